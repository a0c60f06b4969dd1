"""扫码开票 routes (part of the one table in ``miniapp_api/routes.py``)."""

from __future__ import annotations

from miniapp_api.spec import BOOLEAN, INTEGER, NULLABLE_STRING, STRING, Route, obj, string
from miniapp_api.views import scan

MONEY_IN = {"type": ["string", "number"]}
NULL_MONEY = {"type": ["string", "null"]}
ID = {"type": ["integer", "null"], "minimum": 1, "maximum": 2**31 - 1}
ITEM = obj({"name": STRING, "amount": STRING, "tax_code": STRING, "rate": STRING}, ("name",))
CODE = obj({
    "id": INTEGER, "code": STRING, "kind": {"type": "string", "enum": ["counter", "order"]}, "url": STRING,
    "store_name": STRING, "amount": NULL_MONEY, "items": {"type": "array", "items": ITEM},
    "expires_at": NULLABLE_STRING, "used": BOOLEAN, "auto_issue": BOOLEAN, "auto_cap": NULL_MONEY,
    "daily_cap": NULL_MONEY,
}, ("id", "code", "kind", "url", "amount", "items", "expires_at", "used", "auto_issue"))
CODE_IN = obj({
    "kind": {"type": "string", "enum": ["counter", "order"]}, "amount": MONEY_IN,
    "items": {"type": "array", "items": string(90), "maxItems": 20},
    "expires_in_minutes": {"type": ["integer", "null"], "minimum": 1, "maximum": 43200}, "store_id": ID,
    "auto_issue": BOOLEAN, "auto_cap": MONEY_IN, "daily_cap": MONEY_IN,
})
STORE = obj({"id": INTEGER, "name": STRING, "issuer_account_id": INTEGER}, ("id", "name", "issuer_account_id"))
REQUEST = obj({
    "id": INTEGER, "code_id": INTEGER,
    "status": {"type": "string", "enum": ["submitted", "issued", "rejected", "expired"]},
    "kind": STRING, "amount": STRING, "items": {"type": "array", "items": ITEM}, "buyer_name": STRING,
    "buyer_tax_id": STRING, "buyer_is_person": BOOLEAN, "contact": STRING, "contact_name": STRING,
    "invoice_id": {"type": ["integer", "null"]}, "reason": STRING, "auto_issued": BOOLEAN, "created_at": STRING,
    "messages": {"type": "array", "items": STRING},
}, ("id", "status", "kind", "amount", "buyer_name", "invoice_id"))
OUTCOME = obj({"status": STRING, "invoice_id": {"type": ["integer", "null"]}, "number": NULLABLE_STRING},
              ("status",))
ONE_CODE = "/scan/codes/{code_id}"
ONE_REQUEST = "/scan/requests/{request_id}"

SCAN_ROUTES: tuple[Route, ...] = (
    Route("POST", "/scan/codes", scan.create_code, "Create a 开票码: counter (per company or store) or order (one sale)",
          "scan", body=CODE_IN, responses={201: CODE}, errors=(404, 422)),
    Route("GET", "/scan/codes", scan.codes, "The company's active codes", "scan",
          responses={200: obj({"items": {"type": "array", "items": CODE}}, ("items",))}),
    Route("DELETE", ONE_CODE, scan.revoke_code, "Withdraw a code", "scan", responses={204: None}, errors=(404,)),
    Route("GET", ONE_CODE + "/qr.png", scan.code_png, "The code's QR (PNG)", "scan", responses={200: None},
          errors=(404,)),
    Route("GET", ONE_CODE + "/poster.pdf", scan.code_poster, "Printable poster (A4 or A6)", "scan",
          query={"size": {"type": "string", "enum": ["A4", "A6"]}}, responses={200: None}, errors=(404, 422)),
    Route("POST", "/scan/stores", scan.add_store, "Add a store (门店) with its own 开票员", "scan",
          body=obj({"name": string(40), "issuer_account_id": ID}, ("name",)), responses={201: STORE},
          errors=(422,)),
    Route("GET", "/scan/stores", scan.stores, "The company's stores", "scan",
          responses={200: obj({"items": {"type": "array", "items": STORE}}, ("items",))}),
    Route("GET", "/scan/requests", scan.requests, "Buyer requests (open ones by default)", "scan",
          query={"status": {"type": "string", "enum": ["open", "all"]}},
          responses={200: obj({"items": {"type": "array", "items": REQUEST}}, ("items",))}),
    Route("GET", ONE_REQUEST, scan.request_one, "One request", "scan", responses={200: REQUEST}, errors=(404,)),
    Route("POST", ONE_REQUEST + "/approve", scan.approve, "同意: issue the invoice and deliver it", "scan",
          responses={200: {**REQUEST, "properties": {**REQUEST["properties"], "outcome": OUTCOME}}},
          errors=(404, 409, 422)),
    Route("POST", ONE_REQUEST + "/reject", scan.refuse, "拒绝 with a reason the buyer sees", "scan",
          body=obj({"reason": string(200)}, ("reason",)), responses={200: REQUEST}, errors=(404, 409, 422)),
    Route("POST", ONE_REQUEST + "/modify", scan.modify, "修改 the amount, item or 抬头 before issuing", "scan",
          body=obj({"amount": MONEY_IN, "item": string(90), "buyer_name": string(100),
                    "buyer_tax_id": {"type": ["string", "null"], "maxLength": 20}}),
          responses={200: REQUEST}, errors=(404, 409, 422)),
    Route("POST", ONE_REQUEST + "/deliver", scan.redeliver, "重新交付 (to the request's or a corrected address)",
          "scan", body=obj({"email": string(254), "phone": string(20)}),
          responses={200: obj({"via": {"type": "array", "items": STRING}}, ("via",))}, errors=(404, 409, 422, 429)),
)
