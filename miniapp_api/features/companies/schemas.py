"""Request and response schemas of companies."""

from __future__ import annotations

from miniapp_api.spec import BOOLEAN, INTEGER, STRING, obj, string

ROLE_NAMES = ["admin", "issuer", "accountant", "viewer"]

COMPANY_FIELDS = {
    "name": string(100), "tax_id": string(20),
    "taxpayer_kind": {"type": "string", "enum": ["general", "small_scale"]},
    "region": string(2), "address_phone": string(200), "bank_account": string(200),
    "issuer_name": string(32),
    "allowed_kinds": {"type": "array", "items": {"type": "string", "enum": ["normal", "special"]}},
    "default_rate": {"type": ["string", "null"], "maxLength": 16},
    "invoice_limit": {"type": ["number", "string", "null"]},
    "approval_required": BOOLEAN,
}

COMPANY_IN = obj(COMPANY_FIELDS, ("name", "tax_id"))

COMPANY_OUT = obj(
    {**COMPANY_FIELDS, "id": INTEGER, "role": STRING, "invoice_limit": {"type": ["string", "null"]},
     "auth_state": {"type": "string", "enum": ["pending", "authorized", "superseded"]}},
    ("id", "name", "tax_id", "taxpayer_kind", "role"),
)

INVITE = obj({"code": STRING, "role": STRING, "expires_at": STRING, "company_name": STRING},
             ("code", "role", "expires_at"))
