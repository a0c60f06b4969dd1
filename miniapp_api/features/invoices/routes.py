"""The routes of invoices: method, path, view, schemas."""

from __future__ import annotations

from miniapp_api.docs import documented
from miniapp_api.features.invoices import views
from miniapp_api.features.invoices.docs import DOCS
from miniapp_api.features.invoices.schemas import (
    CONFIRMATION,
    CONFIRMATION_IN,
    CORRECTIONS,
    CUSTOMER,
    INVOICE,
    INVOICE_IN,
    INVOICE_PAGE,
    PRODUCT,
    PRODUCT_IN,
    REASON,
    RED_IN,
    SEARCH_QUERY,
    TAX_CODE,
    VERIFICATION,
    VerifyQuery,
)
from miniapp_api.http import read_view
from miniapp_api.pagination import PAGE_QUERY, page_schema
from miniapp_api.schema import Binary
from miniapp_api.spec import INTEGER, STRING, Route, obj, string
from miniapp_api.wire import MONEY_OUT

ONE = "/invoices/{invoice_id}"
#: 发票统计: issued invoices of one kind (special, normal) or of all; red ones counted and negative.
SALES_TOTALS = obj({"kind": {"type": "string", "enum": ["special", "normal", "all"]}, "count": INTEGER,
                    "red": INTEGER, "amount_excl_tax": {**MONEY_OUT, "description": "合计金额"},
                    "tax": {**MONEY_OUT, "description": "合计税额"},
                    "amount_incl_tax": {**MONEY_OUT, "description": "价税合计: amount_excl_tax + tax"}},
                   ("kind", "count", "red", "amount_excl_tax", "tax", "amount_incl_tax"))

ROUTES: tuple[Route, ...] = (
    Route("POST", "/invoices", views.create, "Issue an invoice (or save a draft); honours Idempotency-Key",
          "invoice", body=INVOICE_IN, responses={201: INVOICE}, errors=(403, 409, 422)),
    Route("GET", "/invoices", views.search, "Search invoices (filters, sorting, cursor pagination)", "invoice",
          query=SEARCH_QUERY, responses={200: INVOICE_PAGE}),
    Route("GET", "/invoices/statistics",
          read_view(lambda req: req.core.invoices.statistics(req.actor, req.query.get("month") or None)),
          "This month's (or ?month=2026-11) issued invoices by kind: count, amount_excl_tax, tax, amount_incl_tax "
          "(the lines the VAT return declares; red-letter ones negative)", "invoice",
          tenancy="the totals of the caller's current company", query={"month": string(16, examples=["2026-11"])},
          responses={200: obj({"period": STRING, "kinds": {"type": "array", "items": SALES_TOTALS},
                               "overall": SALES_TOTALS}, ("period", "kinds", "overall"))}, errors=(422,)),
    Route("GET", ONE, views.detail, "An invoice with its lines and history", "invoice",
          responses={200: INVOICE}, errors=(404,)),
    Route("PUT", ONE, views.update, "Edit a draft (issued invoices are immutable)", "invoice", body=INVOICE_IN,
          responses={200: INVOICE}, errors=(404, 409)),
    Route("DELETE", ONE, views.delete, "Delete a draft", "invoice", responses={204: None}, errors=(404, 409)),
    Route("POST", ONE + "/issue", views.issue, "Issue a draft (or submit it for approval)", "invoice",
          responses={200: INVOICE}, errors=(404, 409)),
    Route("POST", ONE + "/approve", views.approve, "Approve the pending action", "invoice",
          responses={200: INVOICE}, errors=(403, 404, 409)),
    Route("POST", ONE + "/reject", views.reject, "Reject the pending action with a reason", "invoice",
          body=REASON, responses={200: INVOICE}, errors=(403, 404, 409)),
    Route("POST", ONE + "/void", views.void,
          "No 作废 for an electronic 数电票: always 409, saying the correction is 红冲 then 重开 (drafts: DELETE)",
          "invoice", body=REASON, errors=(404, 409)),
    Route("POST", ONE + "/red-letter", views.red_letter, "Red-letter an invoice, fully or by lines", "invoice",
          body=RED_IN, responses={201: INVOICE, 202: INVOICE}, errors=(404, 409)),
    Route("POST", ONE + "/reissue", views.reissue, "重开: start a corrected draft from a red-lettered invoice",
          "invoice", responses={201: INVOICE}, errors=(404, 409)),
    Route("GET", ONE + "/corrections", views.corrections, "Which corrections apply now, and why", "invoice",
          responses={200: CORRECTIONS}, errors=(404,)),
    Route("GET", ONE + "/pdf", views.pdf, "The invoice PDF", "invoice",
          query={"inline": {"type": "string", "enum": ["0", "1"], "description": "1: shown in place, not saved"}},
          responses={200: Binary("application/pdf", "The invoice PDF, saved as 电子发票-<number>.pdf")}, errors=(404, 409)),
    Route("GET", ONE + "/qr.png", views.qr_png, "QR code (PNG) of the verification link", "invoice",
          responses={200: Binary("image/png", "QR code of the verification link", attachment=False)}, errors=(404, 409)),
    Route("POST", ONE + "/deliver", views.deliver, "Send the PDF by e-mail and/or the link by SMS to the buyer",
          "invoice", body=obj({"email": string(254), "phone": string(20)}),
          responses={200: obj({"deliveries": {"type": "array", "items": obj(
              {"channel": STRING, "to_masked": STRING}, ("channel", "to_masked"))}}, ("deliveries",))},
          errors=(404, 409, 422, 429)),
    Route("GET", "/red-confirmations", views.confirmations,
          "红字确认单: incoming (waiting for this company's decision) or outgoing (started by it)", "invoice",
          query={"direction": {"type": "string", "enum": ["incoming", "outgoing"]}, **PAGE_QUERY},
          responses={200: page_schema(CONFIRMATION)}),
    Route("POST", "/red-confirmations", views.request_confirmation,
          "Buyer starts a 红字确认单 for an invoice it received from a seller on fapiao (the seller confirms)",
          "invoice", body=CONFIRMATION_IN, responses={201: CONFIRMATION}, errors=(404, 409, 422)),
    Route("POST", "/red-confirmations/{confirmation_no}/confirm", views.confirm,
          "The other side confirms: the red invoice is issued for the seller", "invoice",
          responses={200: CONFIRMATION}, errors=(403, 404, 409, 422)),
    Route("POST", "/red-confirmations/{confirmation_no}/decline", views.decline,
          "The other side refuses a pending 确认单", "invoice", responses={200: CONFIRMATION},
          errors=(403, 404, 409, 422)),
    Route("POST", "/red-confirmations/{confirmation_no}/revoke", views.revoke,
          "The side that started a pending 确认单 withdraws it", "invoice", responses={200: CONFIRMATION},
          errors=(403, 404, 409, 422)),
    Route("GET", "/verify", views.verify, "Verify by number, issue date and 价税合计 (like the national verification platform)",
          "verify", auth=False, query=VerifyQuery,
          responses={200: VERIFICATION}, errors=(404, 422, 429, 503)),
    Route("GET", "/tax-codes", views.tax_codes, "Search the tax classification catalogue", "catalogue",
          query={"q": STRING, **PAGE_QUERY}, responses={200: page_schema(TAX_CODE)}),
    Route("GET", "/products", views.products, "Saved products and services", "catalogue",
          query=PAGE_QUERY, responses={200: page_schema(PRODUCT)}),
    Route("POST", "/products", views.add_product, "Save a product or service for quick picking", "catalogue",
          body=PRODUCT_IN,
          responses={201: PRODUCT}, errors=(409, 422)),
    Route("DELETE", "/products/{product_id}", views.remove_product, "Remove a saved product", "catalogue",
          responses={204: None}, errors=(404,)),
    Route("GET", "/customers", views.customers, "Saved buyers, most recent first", "catalogue",
          query=PAGE_QUERY, responses={200: page_schema(CUSTOMER)}),
)
ROUTES = documented(ROUTES, DOCS)
