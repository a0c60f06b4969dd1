"""Request and response schemas of tax filing."""

from __future__ import annotations

from miniapp_api.spec import BOOLEAN, INTEGER, NULLABLE_STRING, STRING, obj

FILING = obj({"id": INTEGER, "tax_type": STRING, "period": STRING, "status": {"type": "string", "enum": [
    "draft", "submitted", "accepted", "reviewing", "needs_materials", "succeeded", "failed", "paid", "cancelled"]},
    "version": INTEGER, "payable": STRING, "declared_sales": STRING, "due_date": STRING, "receipt": NULLABLE_STRING,
    "message": STRING, "figures": {"type": "object"}, "events": {"type": "array", "items": obj(
        {"at": STRING, "status": STRING, "version": INTEGER, "message": STRING}, ("at", "status"))},
    "surcharges": STRING, "total_due": STRING, "overdue": BOOLEAN},
    ("id", "tax_type", "period", "status", "payable", "due_date", "events", "surcharges", "total_due", "overdue"))

#: The company's filing profile: 纳税期限 and the CIT figures the 小型微利 test needs (null: not asked yet).
FILING_PROFILE = obj({"taxpayer_kind": STRING, "vat_period": {"type": "string", "enum": ["month", "quarter"]},
                      "employees": {"type": ["integer", "null"]}, "assets": NULLABLE_STRING,
                      "restricted_industry": {"type": ["boolean", "null"]}, "prior_losses": NULLABLE_STRING},
                     ("taxpayer_kind", "vat_period", "employees", "assets", "restricted_industry", "prior_losses"))
