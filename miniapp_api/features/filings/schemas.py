"""Request and response schemas of tax filing."""

from __future__ import annotations

from pydantic import Field

from miniapp_api.features.filings.figures import FIGURES
from miniapp_api.schema import Model
from miniapp_api.spec import BOOLEAN, INTEGER, NULLABLE_STRING, STRING, obj
from miniapp_api.wire import MONEY_OUT, NULL_MONEY_OUT

FILING = obj({"id": INTEGER, "tax_type": STRING, "period": STRING, "status": {"type": "string", "enum": [
    "draft", "submitted", "accepted", "reviewing", "needs_materials", "succeeded", "failed", "paid", "cancelled"]},
    "version": INTEGER, "payable": {**MONEY_OUT, "description": "应纳税额 (VAT or CIT)"},
    "declared_sales": {**MONEY_OUT, "description": "Sales declared (excluding tax)"}, "due_date": STRING,
    "receipt": NULLABLE_STRING, "message": STRING, "figures": FIGURES, "events": {"type": "array", "items": obj(
        {"at": STRING, "status": STRING, "version": INTEGER, "message": STRING}, ("at", "status"))},
    "surcharges": {**MONEY_OUT, "description": "附加税费 (VAT returns; 0.00 for CIT)"},
    "total_due": {**MONEY_OUT, "description": "What is paid: payable + surcharges"}, "overdue": BOOLEAN},
    ("id", "tax_type", "period", "status", "payable", "due_date", "events", "surcharges", "total_due", "overdue"))

#: The company's filing profile: 纳税期限 and the CIT figures the 小型微利 test needs (null: not asked yet).
FILING_PROFILE = obj({"taxpayer_kind": STRING, "vat_period": {"type": "string", "enum": ["month", "quarter"]},
                      "employees": {"type": ["integer", "null"]}, "assets": NULL_MONEY_OUT,
                      "restricted_industry": {"type": ["boolean", "null"]}, "prior_losses": NULL_MONEY_OUT},
                     ("taxpayer_kind", "vat_period", "employees", "assets", "restricted_industry", "prior_losses"))



class BooksUpload(Model):
    """A CSV of the books: one ``account,amount`` per row (余额表 or 利润表 export)."""

    file: bytes = Field(description="The CSV file (UTF-8 or GBK)")


class MaterialsUpload(Model):
    """Materials the bureau asked for."""

    file: bytes = Field(description="An image or a PDF, at most 10 MB, type checked by content")
