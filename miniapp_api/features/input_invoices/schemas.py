"""Request and response schemas of input invoices (进项)."""

from __future__ import annotations

from pydantic import Field

from miniapp_api.schema import Model
from miniapp_api.spec import BOOLEAN, INTEGER, NULLABLE_STRING, STRING, obj
from miniapp_api.wire import MONEY_OUT, RATE

INPUT_KINDS = ["special", "normal", "toll", "rail", "air"]

INPUT_INVOICE = obj({"id": INTEGER, "kind": {"type": "string", "enum": INPUT_KINDS}, "code": STRING,
                     "number": STRING, "issue_date": STRING, "seller_name": STRING, "seller_tax_id": STRING,
                     "amount_excl_tax": {**MONEY_OUT, "description": "金额 (excluding tax)"},
                     "tax": {**MONEY_OUT, "description": "税额"},
                     "amount_incl_tax": {**MONEY_OUT, "description": (
                         "价税合计 (rail and air tickets: 票面金额, the base of the computed tax)")},
                     "deductible": BOOLEAN,
                     "source": {"type": "string", "enum": ["platform", "typed", "import", "qr", "pdf", "ofd", "xml"]},
                     "qr_kind": STRING,
                     "rate": {**RATE, "type": ["string", "null"], "enum": [*RATE["enum"], None],
                              "description": "The invoice's rate (null when mixed or unknown). " + RATE["description"]},
                     "item_category": STRING, "not_deductible_code": STRING,
                     "deductible_tax": {**MONEY_OUT, "description": "The input tax it gives (0.00 when not deductible)"},
                     "use": {"type": "string", "enum": ["", "deduct", "not_deduct"]}, "use_period": NULLABLE_STRING,
                     "use_reason": STRING},
                    ("id", "kind", "number", "amount_excl_tax", "tax", "amount_incl_tax", "deductible", "deductible_tax",
                     "use", "source", "rate"))

INPUT_PAGE = obj({"items": {"type": "array", "items": INPUT_INVOICE}, "next_cursor": NULLABLE_STRING},
                 ("items", "next_cursor"))

STATISTICS_STATE = {"type": "string", "enum": ["open", "applied", "signed"]}

INPUT_OVERVIEW = obj({"month": STRING, "count": INTEGER, "amount_excl_tax": MONEY_OUT, "tax": MONEY_OUT,
                      "unconfirmed": INTEGER, "unconfirmed_special": INTEGER, "use_period": STRING,
                      "statistics": STATISTICS_STATE, "deducted_count": INTEGER, "deducted_tax": MONEY_OUT,
                      "items": {"type": "array", "items": INPUT_INVOICE}},
                     ("month", "count", "tax", "unconfirmed", "use_period", "statistics", "items"))

INPUT_CONFIRMED = obj({"decision": STRING, "period": STRING, "done": {"type": "array", "items": INPUT_INVOICE},
                       "transfers_out": {"type": "array", "items": STRING}},
                      ("decision", "period", "done", "transfers_out"))

INPUT_REASON = obj({"code": STRING, "label": STRING}, ("code", "label"))

INPUT_NUMBER = {"type": "string", "minLength": 8, "maxLength": 24, "pattern": "^[0-9]+$"}



class InvoiceFileUpload(Model):
    """A received invoice's file."""

    file: bytes = Field(description="The 数电 PDF, OFD or XML, or a photo of its QR code; at most 5 MB")


class ImportUpload(Model):
    """A spreadsheet of received invoices."""

    file: bytes = Field(description="Excel (.xlsx) or CSV with 发票号码、开票日期、金额、税额 columns")
