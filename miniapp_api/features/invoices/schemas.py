"""Request and response schemas of invoices."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import Field

from core.invoicing.views import CORRECTION_REASONS, LineDraft, LineOut
from miniapp_api import wire
from miniapp_api.pagination import PAGE_QUERY
from miniapp_api.schema import Model
from miniapp_api.spec import (
    BOOLEAN,
    ID_IN,
    INTEGER,
    NULLABLE_STRING,
    STRING,
    WireField,
    obj,
    string,
    wire_properties,
)
from miniapp_api.wire import MONEY_IN, MONEY_OUT, NUMBER_IN, NUMBER_OUT, RATE

BUYER = obj({
    "name": string(100), "tax_id": string(20), "address_phone": string(200), "bank_account": string(200),
    "is_person": BOOLEAN, "email": string(254), "phone": string(20),
}, ("name",))

BUYER_TITLE = obj({"type": {"type": ["string", "integer"]}, "title": string(100), "taxNumber": string(20),
                   "companyAddress": string(200), "telephone": string(40), "bankName": string(100),
                   "bankAccount": string(100)}, ("title",),
                  description="The object wx.chooseInvoiceTitle returns (type 0 = company, 1 = person)")

#: A line as entered: the fields are core's LineDraft (core/invoicing/views.py), each typed here.
LINE_IN_WIRE = {
    "name": WireField(string(90, description=(
        "项目名称 as typed; the printed name adds the tax code's short name (*信息技术服务*…)"))),
    "amount": WireField({**MONEY_IN, "description": (
        "The line's money: including tax when the invoice's price_includes_tax is true (价税合计 of the line), "
        "excluding tax (金额) when false. Give amount, or quantity and unit_price, or all three (they must agree). "
        + MONEY_IN["description"])}),
    "quantity": WireField({**NUMBER_IN, "description": "数量. " + NUMBER_IN["description"]}),
    "unit_price": WireField({**NUMBER_IN, "description": (
        "单价, on the same basis as amount (price_includes_tax). " + NUMBER_IN["description"])}),
    "rate": WireField({**RATE, "description": (
        "税率/征收率. Omitted: the company's default rate (general taxpayers), else the tax code's. "
        + RATE["description"])}),
    "tax_code": WireField(string(19, description="19-digit 税收分类编码 (a leaf); omitted: guessed from the name")),
    "spec": WireField(string(40)), "unit": WireField(string(20)),
    "discount": WireField({"type": "string", "maxLength": 20, "examples": ["50", "10%"], "description": (
        "折扣行 printed right under this line (国税函〔2010〕56号): money (\"50\", same basis as amount) or a "
        "percentage (\"10%\") of the line; it comes back as the next line with negative amounts and tax")}),
}
LINE_IN = obj(wire_properties(LineDraft, LINE_IN_WIRE), ("name",))

INVOICE_IN = obj({
    "kind": {"type": "string", "enum": ["normal", "special"], "description": "normal 普票, special 专票"},
    "buyer": BUYER, "buyer_title": BUYER_TITLE,
    "lines": {"type": "array", "items": LINE_IN, "minItems": 1, "maxItems": 100},
    "price_includes_tax": {"type": "boolean", "description": (
        "Required, no default: true when lines[].amount, unit_price and discount include tax (what the customer "
        "pays), false when they exclude it (金额). Either way the answer names amount_excl_tax, tax and "
        "amount_incl_tax.")},
    "remark": string(200), "draft": {"type": "boolean", "description": "true: save a draft, do not issue"},
    "save_buyer": {"type": "boolean", "description": "Remember the buyer for quick picking (GET /customers)"},
    "waive_relief": {"type": "boolean", "description": (
        "Small-scale seller only, on a 专票 (kind special) while the 3%->1% relief runs: give the relief up "
        "for this invoice and issue at 3% (国家税务总局公告2023年第1号 第三条). Without it a typed 0.03 is "
        "refused (rate_waiver_required) and lines default to 0.01. Ignored otherwise.")},
}, ("kind", "lines", "price_includes_tax"))

#: A line as shown: the fields are core's LineOut (its PrintedLine's and its own), named and typed here;
#: amount_incl_tax and is_discount are computed from them (miniapp_api/features/invoices/bodies.py).
LINE_OUT_WIRE = {
    "name": WireField(STRING), "printed_name": WireField(STRING), "tax_code": WireField(STRING),
    "spec": WireField(STRING), "unit": WireField(STRING), "quantity": WireField(NUMBER_OUT, out=wire.number),
    "unit_price": WireField({**NUMBER_OUT, "description": "单价 excluding tax, as printed. "
                             + NUMBER_OUT["description"]}, "unit_price_excl_tax", wire.number),
    "amount": WireField({**MONEY_OUT, "description": "金额 (excluding tax); negative on red letters and discount lines"},
                        "amount_excl_tax", wire.money),
    "tax": WireField({**MONEY_OUT, "description": "税额; 0.00 on exempt, not_taxable and 0 lines"}, out=wire.money),
    "position": WireField(INTEGER), "rate": WireField(RATE, out=wire.rate_of_code),
    "rate_label": WireField({"type": "string", "description": "The rate as printed (\"6%\", \"免税\"), for display"}),
    "original_position": WireField({"type": ["integer", "null"], "description": "Red letters: the blue invoice's line"}),
}
LINE_OUT = obj({
    **wire_properties(LineOut, LINE_OUT_WIRE),
    "amount_incl_tax": {**MONEY_OUT, "description": "价税合计 of the line: amount_excl_tax + tax"},
    "is_discount": {"type": "boolean", "description": "A 折扣行 for the line above it"},
}, ("position", "name", "printed_name", "tax_code", "quantity", "unit_price_excl_tax", "amount_excl_tax", "tax",
    "amount_incl_tax", "rate", "rate_label", "is_discount"))

EVENT = obj({"at": STRING, "action": STRING, "actor_id": {"type": ["integer", "null"]}, "channel": STRING,
             "detail": {"type": "object",
                        "additionalProperties": {"type": ["string", "integer", "number", "boolean", "null"]},
                        "description": ("What the action recorded, scalars by name (e.g. number, reason, "
                                        "reason_code, reissued_from, confirmation_no); varies by action")}},
            ("at", "action"))

INVOICE = obj({
    "id": INTEGER, "kind": {"type": "string", "enum": ["normal", "special"]}, "status": {"type": "string", "enum": [
        "draft", "pending", "issuing", "issued", "voided", "red_partial", "red_full"]},
    "is_red": BOOLEAN, "number": NULLABLE_STRING, "issue_date": NULLABLE_STRING, "buyer_name": STRING,
    "buyer_tax_id": STRING, "buyer_is_person": BOOLEAN,
    "price_includes_tax": {"type": "boolean", "description": "How the amounts were entered"},
    "amount_excl_tax": {**MONEY_OUT, "description": "合计金额 (excluding tax)"},
    "tax": {**MONEY_OUT, "description": "合计税额"},
    "amount_incl_tax": {**MONEY_OUT, "description": "价税合计: amount_excl_tax + tax; negative on a red letter"},
    "amount_incl_tax_in_words": {"type": "string", "description": "价税合计（大写）, as printed"},
    "remark": STRING, "original_id": {"type": ["integer", "null"]},
    "reissued_from_id": {"type": ["integer", "null"]}, "pending_action": STRING, "reason": STRING,
    "verify_url": NULLABLE_STRING, "pdf_url": NULLABLE_STRING, "new_buyer": BOOLEAN,
    "lines": {"type": "array", "items": LINE_OUT}, "events": {"type": "array", "items": EVENT},
    "qr_payload": STRING, "red_confirmation_no": STRING,
}, ("id", "kind", "status", "is_red", "number", "price_includes_tax", "amount_excl_tax", "tax", "amount_incl_tax",
    "lines", "verify_url"))

INVOICE_PAGE = obj({"items": {"type": "array", "items": INVOICE}, "next_cursor": NULLABLE_STRING},
                   ("items", "next_cursor"))

REASON = obj({"reason": string(200)}, ("reason",))

RED_IN = obj({"reason_code": {"type": "string", "enum": ["mistake", "return", "suspension", "allowance"]},
              "lines": {"type": "array", "description": (
                  "Partial 红冲, per line of the blue invoice: a quantity (数量 to take back), or an amount "
                  "(amount_excl_tax or amount_incl_tax, positive); omitted: the whole invoice"),
                  "items": obj({"position": ID_IN, "quantity": NUMBER_IN, "amount_excl_tax": MONEY_IN,
                                "amount_incl_tax": MONEY_IN}, ("position",))}}, ("reason_code",))

SEARCH_QUERY: dict[str, dict[str, Any]] = {
    "number": string(24), "code": string(12), "date_from": {"type": "string", "format": "date"},
    "date_to": {"type": "string", "format": "date"}, "buyer": string(100),
    "status": {"type": "string", "enum": ["draft", "pending", "issued", "voided", "red_partial", "red_full"]},
    "kind": {"type": "string", "enum": ["normal", "special"]},
    "min_total": {**MONEY_IN, "description": "价税合计 (amount_incl_tax) at least this. " + MONEY_IN["description"]},
    "max_total": {**MONEY_IN, "description": "价税合计 (amount_incl_tax) at most this. " + MONEY_IN["description"]},
    "sort": {"type": "string", "enum": ["-id", "id", "-total", "total"],
             "description": "id: in issuing order; total: by 价税合计 (amount_incl_tax); '-': descending"},
    **PAGE_QUERY,
}

class VerifyQuery(Model):
    """The three facts the national 查验 platform asks for; all required."""

    number: str = Field(max_length=24, description="The invoice number (20 digits for a 数电票)")
    date: str = Field(description="开票日期, YYYY-MM-DD", json_schema_extra={"format": "date"})
    amount_incl_tax: str = Field(max_length=16, description=(
        "价税合计 as a decimal string (\"1135.60\"); no thousands separator, full-width digits or exponent"))


VERIFICATION = obj({"number": STRING, "issue_date": STRING, "seller_name": STRING, "buyer_masked": STRING,
                    "amount_incl_tax": {**MONEY_OUT, "description": "价税合计"},
                    "status": {"type": "string", "enum": ["issued", "red_partial", "red_full", "voided"],
                               "description": "The same words as an invoice's status"},
                    "is_red": BOOLEAN, "kind": {"type": "string", "enum": ["normal", "special"]}},
                   ("number", "issue_date", "seller_name", "buyer_masked", "amount_incl_tax", "status", "is_red",
                    "kind"),
                   additionalProperties=False)

ONE = "/invoices/{invoice_id}"

CONFIRMATION_STATE = {"type": "string", "enum": [
    "no_confirmation_needed", "seller_pending_buyer", "buyer_pending_seller", "confirmed", "lapsed", "revoked",
    "refused"]}

CONFIRMATION = obj({"confirmation_no": STRING, "state": CONFIRMATION_STATE, "blue_number": STRING,
                    "seller_name": STRING, "buyer_name": STRING, "initiator": {"type": "string", "enum": [
                        "seller", "buyer"]}, "reason_code": STRING,
                    "amount_incl_tax": {**MONEY_OUT, "description": "价税合计 of the red invoice (negative)"},
                    "created_at": STRING,
                    "expires_at": {"type": ["string", "null"]}, "red_number": {"type": ["string", "null"]},
                    "as_seller": BOOLEAN, "awaiting_me": BOOLEAN, "direction": STRING},
                   ("confirmation_no", "state", "blue_number", "seller_name", "buyer_name", "amount_incl_tax"))

CONFIRMATION_IN = obj({"number": string(24), "reason_code": {"type": "string", "enum": [
    "mistake", "return", "suspension", "allowance"]}}, ("number", "reason_code"))

PRODUCT = obj({"id": INTEGER, "name": STRING, "tax_code": STRING, "printed_name": STRING,
               "rate": {**RATE, "type": ["string", "null"], "enum": [*RATE["enum"], None],
                        "description": "The product's rate, or null: the tax code's default. " + RATE["description"]},
               "unit": STRING, "spec": STRING,
               "unit_price": {**NUMBER_OUT, "description": "单价 on the basis of price_includes_tax, or null"},
               "price_includes_tax": BOOLEAN},
              ("id", "name", "tax_code", "printed_name", "rate", "unit_price", "price_includes_tax"))

PRODUCT_IN = obj({"name": string(90), "tax_code": string(19), "rate": RATE, "unit": string(20), "spec": string(40),
                  "unit_price": {**NUMBER_IN, "description": "单价 on the basis of price_includes_tax"},
                  "price_includes_tax": {"type": "boolean", "description": (
                      "Whether unit_price includes tax: required with unit_price (no default), ignored without")}},
                 ("name",))

TAX_CODE = obj({"code": {"type": "string", "description": "19-digit 税收分类编码"}, "short_name": STRING,
                "name": STRING, "default_rate": {**RATE, "description": "The general taxpayer's usual rate. "
                                                 + RATE["description"]},
                "unconfirmed": {"type": "boolean", "description": "The default rate is not confirmed: check it"}},
               ("code", "short_name", "name", "default_rate", "unconfirmed"))

CUSTOMER = obj({"id": INTEGER, "name": STRING, "tax_id": STRING, "address_phone": STRING, "bank_account": STRING,
                "is_person": BOOLEAN, "email": STRING},
               ("id", "name", "tax_id", "address_phone", "bank_account", "is_person", "email"))

CORRECTION_REASON = obj({"code": {"type": "string", "enum": list(CORRECTION_REASONS)},
                         "message": {"type": "string", "description": "The reason in Chinese, for the screen"}},
                        ("code", "message"))

CORRECTIONS = obj({
    "editable": {"type": "boolean", "description": "PUT /invoices/{id} applies (drafts only)"},
    "red_letter": {"type": "boolean", "description": "POST /invoices/{id}/red-letter applies"},
    "reissue": {"type": "boolean", "description": "POST /invoices/{id}/reissue applies (after a 红冲)"},
    "void": {"type": "boolean", "description": "Always false: a 数电票 is never voided (红冲, then 重开)"},
    "reasons": {"type": "object", "additionalProperties": CORRECTION_REASON,
                "description": "For each option that is false, why (keyed by the option's name)"},
}, ("editable", "red_letter", "reissue", "void", "reasons"))



# -- examples: a 专票 with 6% consulting, a 免税 line with a 折扣行, amounts excluding tax, a red letter
# (examples.json, taken from real answers; checked against their schemas by tests/api/test_money_rates_api.py).
EXAMPLES: dict[str, dict[str, Any]] = json.loads((Path(__file__).parent / "examples.json").read_text(encoding="utf-8"))
INVOICE_IN["examples"] = list(EXAMPLES["invoice_in"].values())
INVOICE["examples"] = list(EXAMPLES["invoice"].values())
RED_IN["examples"] = list(EXAMPLES["red_in"].values())
