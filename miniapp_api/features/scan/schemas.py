"""Request and response schemas of 扫码开票."""

from __future__ import annotations

from miniapp_api.spec import BOOLEAN, INTEGER, NULLABLE_STRING, STRING, obj, string

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
