"""Request and response schemas of 扫码开票."""

from __future__ import annotations

from miniapp_api.spec import BOOLEAN, INTEGER, NULLABLE_STRING, STRING, obj, string
from miniapp_api.wire import MONEY_IN as WIRE_MONEY_IN
from miniapp_api.wire import MONEY_OUT, NULL_MONEY_OUT, RATE

#: What the buyer pays: the amounts of 扫码开票 always include tax (价税合计).
MONEY_IN = {**WIRE_MONEY_IN, "description": "价税合计 (including tax). " + WIRE_MONEY_IN["description"]}
NULL_MONEY = NULL_MONEY_OUT
ID = {"type": ["integer", "null"], "minimum": 1, "maximum": 2**31 - 1}
ITEM = obj({"name": STRING, "amount_incl_tax": {**NULL_MONEY_OUT, "description": "价税合计 of the line, or null"},
            "tax_code": STRING,
            "rate": {**RATE, "type": ["string", "null"], "enum": [*RATE["enum"], None],
                     "description": "The saved product's rate, or null (the tax code's default). "
                                    + RATE["description"]}},
           ("name", "amount_incl_tax", "rate"))
CODE = obj({
    "id": INTEGER, "code": STRING, "kind": {"type": "string", "enum": ["counter", "order"]}, "url": STRING,
    "store_name": STRING, "amount_incl_tax": {**NULL_MONEY, "description": "An order code's 价税合计, or null"},
    "items": {"type": "array", "items": ITEM},
    "expires_at": NULLABLE_STRING, "used": BOOLEAN, "auto_issue": BOOLEAN, "auto_cap": NULL_MONEY,
    "daily_cap": NULL_MONEY,
}, ("id", "code", "kind", "url", "amount_incl_tax", "items", "expires_at", "used", "auto_issue", "auto_cap",
    "daily_cap"))
CODE_IN = obj({
    "kind": {"type": "string", "enum": ["counter", "order"]},
    "amount_incl_tax": {**MONEY_IN, "description": "Order codes: what the buyer pays (价税合计). "
                        + WIRE_MONEY_IN["description"]},
    "items": {"type": "array", "items": string(90), "maxItems": 20},
    "expires_in_minutes": {"type": ["integer", "null"], "minimum": 1, "maximum": 43200}, "store_id": ID,
    "auto_issue": BOOLEAN,
    "auto_cap": {**MONEY_IN, "description": "Auto-issue only up to this 价税合计 per request"},
    "daily_cap": {**MONEY_IN, "description": "Auto-issue only up to this 价税合计 per day"},
})
STORE = obj({"id": INTEGER, "name": STRING, "issuer_account_id": INTEGER}, ("id", "name", "issuer_account_id"))
REQUEST = obj({
    "id": INTEGER, "code_id": INTEGER,
    "status": {"type": "string", "enum": ["submitted", "issued", "rejected", "expired"]},
    "kind": STRING, "amount_incl_tax": {**MONEY_OUT, "description": "价税合计 the buyer asked for"},
    "items": {"type": "array", "items": ITEM}, "buyer_name": STRING,
    "buyer_tax_id": STRING, "buyer_is_person": BOOLEAN, "contact": STRING, "contact_name": STRING,
    "invoice_id": {"type": ["integer", "null"]}, "reason": STRING, "auto_issued": BOOLEAN, "created_at": STRING,
    "messages": {"type": "array", "items": STRING},
}, ("id", "status", "kind", "amount_incl_tax", "buyer_name", "invoice_id"))
OUTCOME = obj({"status": STRING, "invoice_id": {"type": ["integer", "null"]}, "number": NULLABLE_STRING},
              ("status",))
