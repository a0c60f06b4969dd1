"""The routes of input invoices (进项): method, path, view, schemas."""

from __future__ import annotations

from miniapp_api.docs import documented
from miniapp_api.features.input_invoices import views
from miniapp_api.features.input_invoices.docs import DOCS
from miniapp_api.features.input_invoices.schemas import (
    INPUT_CONFIRMED,
    INPUT_INVOICE,
    INPUT_KINDS,
    INPUT_NUMBER,
    INPUT_OVERVIEW,
    INPUT_PAGE,
    INPUT_REASON,
    STATISTICS_STATE,
    ImportUpload,
    InvoiceFileUpload,
)
from miniapp_api.pagination import PAGE_QUERY
from miniapp_api.schema import Multipart
from miniapp_api.spec import BOOLEAN, INTEGER, STRING, Route, obj, string
from miniapp_api.wire import MONEY_IN, RATE

ROUTES: tuple[Route, ...] = (
    Route("GET", "/input-invoices", views.listing,
          "Received input invoices (synced from the platform or added by hand), newest first, with a cursor",
          "filing", query={"month": string(8), "kind": {"type": "string", "enum": INPUT_KINDS},
                           "use": {"type": "string", "enum": ["pending", "deduct", "not_deduct"]},
                           "seller": string(100), **PAGE_QUERY},
          responses={200: INPUT_PAGE}, errors=(422,)),
    Route("GET", "/input-invoices/overview", views.overview,
          "进项 of a month (synced from the platform first): count, tax, what waits for 勾选, the 统计确认 state",
          "filing", query={"month": string(8)}, responses={200: INPUT_OVERVIEW}, errors=(422, 503)),
    Route("POST", "/input-invoices/sync", views.sync,
          "Copy the platform's 全量发票查询 (invoices issued to the company) into the records", "filing",
          body=obj({"month": string(8)}), responses={200: obj({"added": INTEGER, "updated": INTEGER},
                                                              ("added", "updated"))}, errors=(422, 503)),
    Route("POST", "/input-invoices/use", views.confirm_use,
          "勾选/用途确认: deduct, not_deduct (with a reason code or number) or undo, for invoices or every "
          "unconfirmed 专票", "filing",
          body=obj({"numbers": {"type": "array", "items": INPUT_NUMBER, "maxItems": 500},
                    "all_special": BOOLEAN,
                    "decision": {"type": "string", "enum": ["deduct", "not_deduct", "undo"]},
                    "reason": string(64)}, ("decision",)),
          responses={200: INPUT_CONFIRMED}, errors=(404, 409, 422, 503)),
    Route("POST", "/input-invoices/statistics", views.statistics,
          "The period's 统计确认: status, apply (申请统计), sign (确认签名), undo (before signing)", "filing",
          body=obj({"action": {"type": "string", "enum": ["status", "apply", "sign", "undo"]},
                    "period": string(8)}, ("action",)),
          responses={200: obj({"period": STRING, "state": STATISTICS_STATE}, ("period", "state"))},
          errors=(422, 503)),
    Route("POST", "/input-invoices/file", views.upload_file,
          "Record a received invoice from its 数电 PDF, OFD or XML file or a photo of its QR code (multipart "
          "'file', at most 5 MB); 202 with the QR payload when its tax must still be sent", "filing",
          multipart=Multipart(InvoiceFileUpload),
          responses={201: INPUT_INVOICE, 202: obj({"qr": STRING, "needs": {"type": "array", "items": STRING}},
                                                  ("qr", "needs"))},
          errors=(409, 422)),
    Route("GET", "/input-invoices/reasons", views.reasons,
          "The standard 不抵扣 and 进项转出 reasons", "filing",
          responses={200: obj({"not_deduct": {"type": "array", "items": INPUT_REASON},
                               "transfer_out": {"type": "array", "items": INPUT_REASON}},
                              ("not_deduct", "transfer_out"))}),
    Route("POST", "/input-invoices", views.add_input_invoice,
          "Record an input invoice: typed fields, or the QR string of a received invoice plus its tax", "filing",
          body=obj({"qr": string(200), "number": string(24), "code": string(12), "issue_date": string(20),
                    "amount_excl_tax": {**MONEY_IN, "description": "金额 as printed (typed entry)"},
                    "tax": {**MONEY_IN, "description": "税额 as printed"}, "kind": string(16),
                    "seller_name": string(100), "seller_tax_id": string(20),
                    "rate": {**RATE, "description": "The rate printed; omitted: found from amount and tax. "
                             + RATE["description"]},
                    "amount_incl_tax": {**MONEY_IN, "description": "价税合计 / 票面金额 (rail tickets: the base)"},
                    "fare_and_fuel": {**MONEY_IN, "description": "航空行程单: 票价 + 燃油附加费"}}),
          responses={201: INPUT_INVOICE}, errors=(409, 422)),
    Route("POST", "/input-invoices/import", views.import_input_invoices,
          "Import input invoices from Excel or CSV (multipart 'file'); returns a per-row report", "filing",
          multipart=Multipart(ImportUpload),
          responses={200: obj({"imported": INTEGER, "problems": {"type": "array", "items": obj({
              "row": {"type": "integer", "description": "1-based data row (the header is row 0)"},
              "messages": {"type": "array", "items": STRING, "description": "What is wrong, one sentence per field"}},
              ("row", "messages"))}}, ("imported", "problems"))},
          errors=(422,)),
)
ROUTES = documented(ROUTES, DOCS)
