"""Request and response schemas of invoices."""

from __future__ import annotations

from typing import Any

from miniapp_api.spec import BOOLEAN, ID_IN, INTEGER, MONEY, MONEY_OUT, NULL_MONEY_OUT, NULLABLE_STRING, STRING, obj, string

BUYER = obj({
    "name": string(100), "tax_id": string(20), "address_phone": string(200), "bank_account": string(200),
    "is_person": BOOLEAN, "email": string(254), "phone": string(20),
}, ("name",))

BUYER_TITLE = obj({"type": {"type": ["string", "integer"]}, "title": string(100), "taxNumber": string(20),
                   "companyAddress": string(200), "telephone": string(40), "bankName": string(100),
                   "bankAccount": string(100)}, ("title",),
                  description="The object wx.chooseInvoiceTitle returns (type 0 = company, 1 = person)")

LINE_IN = obj({"name": string(90), "amount": MONEY, "quantity": MONEY, "unit_price": MONEY,
               "rate": {"type": ["string", "number"]}, "tax_code": string(19), "spec": string(40),
               "unit": string(20),
               "discount": {"type": ["string", "number"], "maxLength": 20, "description": (
                   "折扣行 printed right under this line (国税函〔2010〕56号): money (50) or a percentage "
                   "('10%') of the line, including tax when price_includes_tax; it comes back as the next "
                   "line with negative amount and tax")}}, ("name",))

INVOICE_IN = obj({
    "kind": {"type": "string", "enum": ["normal", "special"]}, "buyer": BUYER, "buyer_title": BUYER_TITLE,
    "lines": {"type": "array", "items": LINE_IN, "minItems": 1, "maxItems": 100},
    "price_includes_tax": BOOLEAN, "remark": string(200), "draft": BOOLEAN, "save_buyer": BOOLEAN,
    "waive_relief": {"type": "boolean", "description": (
        "Small-scale seller only, on a 专票 (kind special) while the 3%->1% relief runs: give the relief up "
        "for this invoice and issue at 3% (国家税务总局公告2023年第1号 第三条). Without it a typed 3% is "
        "refused (rate_waiver_required) and lines default to 1%. Ignored otherwise.")},
}, ("kind", "lines"))

LINE_OUT = obj({"position": INTEGER, "name": STRING, "printed_name": STRING, "tax_code": STRING, "spec": STRING,
                "unit": STRING, "quantity": NULL_MONEY_OUT, "unit_price": NULL_MONEY_OUT, "amount": MONEY_OUT,
                "rate": STRING, "rate_label": STRING, "tax": MONEY_OUT,
                "original_position": {"type": ["integer", "null"]}},
               ("position", "printed_name", "amount", "rate", "tax"))

EVENT = obj({"at": STRING, "action": STRING, "actor_id": {"type": ["integer", "null"]}, "channel": STRING,
             "detail": {"type": "object"}}, ("at", "action"))

INVOICE = obj({
    "id": INTEGER, "kind": STRING, "status": {"type": "string", "enum": [
        "draft", "pending", "issuing", "issued", "voided", "red_partial", "red_full"]},
    "is_red": BOOLEAN, "number": NULLABLE_STRING, "issue_date": NULLABLE_STRING, "buyer_name": STRING,
    "buyer_tax_id": STRING, "buyer_is_person": BOOLEAN, "total_amount": MONEY_OUT, "total_tax": MONEY_OUT,
    "total": MONEY_OUT, "total_in_words": STRING, "remark": STRING, "original_id": {"type": ["integer", "null"]},
    "reissued_from_id": {"type": ["integer", "null"]}, "pending_action": STRING, "reason": STRING,
    "verify_url": NULLABLE_STRING, "pdf_url": NULLABLE_STRING, "new_buyer": BOOLEAN,
    "lines": {"type": "array", "items": LINE_OUT}, "events": {"type": "array", "items": EVENT},
    "qr_payload": STRING, "red_confirmation_no": STRING,
}, ("id", "kind", "status", "number", "total", "lines", "verify_url"))

INVOICE_PAGE = obj({"items": {"type": "array", "items": INVOICE}, "next_cursor": NULLABLE_STRING},
                   ("items", "next_cursor"))

REASON = obj({"reason": string(200)}, ("reason",))

RED_IN = obj({"reason_code": {"type": "string", "enum": ["mistake", "return", "suspension", "allowance"]},
              "lines": {"type": "array", "items": obj({"position": ID_IN, "quantity": MONEY, "amount": MONEY,
                                                                      "total": MONEY},
                                                      ("position",))}}, ("reason_code",))

SEARCH_QUERY: dict[str, dict[str, Any]] = {
    "number": string(24), "code": string(12), "date_from": {"type": "string", "format": "date"},
    "date_to": {"type": "string", "format": "date"}, "buyer": string(100),
    "status": {"type": "string", "enum": ["draft", "pending", "issued", "voided", "red_partial", "red_full"]},
    "kind": {"type": "string", "enum": ["normal", "special"]},
    "min_total": STRING, "max_total": STRING, "sort": {"type": "string", "enum": ["-id", "id", "-total", "total"]},
    "cursor": STRING, "limit": {"type": "integer", "minimum": 1, "maximum": 100},
}

VERIFICATION = obj({"number": STRING, "issue_date": STRING, "seller_name": STRING, "buyer_masked": STRING,
                    "total": MONEY_OUT, "status": STRING, "is_red": BOOLEAN, "kind": STRING},
                   ("number", "issue_date", "seller_name", "buyer_masked", "total", "status"),
                   additionalProperties=False)

ONE = "/invoices/{invoice_id}"

CONFIRMATION_STATE = {"type": "string", "enum": [
    "no_confirmation_needed", "seller_pending_buyer", "buyer_pending_seller", "confirmed", "lapsed", "revoked",
    "refused"]}

CONFIRMATION = obj({"confirmation_no": STRING, "state": CONFIRMATION_STATE, "blue_number": STRING,
                    "seller_name": STRING, "buyer_name": STRING, "initiator": {"type": "string", "enum": [
                        "seller", "buyer"]}, "reason_code": STRING, "total": STRING, "created_at": STRING,
                    "expires_at": {"type": ["string", "null"]}, "red_number": {"type": ["string", "null"]},
                    "as_seller": BOOLEAN, "awaiting_me": BOOLEAN, "direction": STRING},
                   ("confirmation_no", "state", "blue_number", "seller_name", "buyer_name", "total"))

CONFIRMATION_IN = obj({"number": string(24), "reason_code": {"type": "string", "enum": [
    "mistake", "return", "suspension", "allowance"]}}, ("number", "reason_code"))

PRODUCT = obj({"id": INTEGER, "name": STRING, "tax_code": STRING, "printed_name": STRING, "rate": STRING,
               "unit": STRING, "spec": STRING, "unit_price": NULL_MONEY_OUT, "price_includes_tax": BOOLEAN},
              ("id", "name", "tax_code", "printed_name"))
