"""The routes of tax filing: method, path, view, schemas."""

from __future__ import annotations

from miniapp_api.docs import documented
from miniapp_api.features.filings import views
from miniapp_api.features.filings.docs import DOCS
from miniapp_api.features.filings.schemas import FILING, FILING_PROFILE, BooksUpload, MaterialsUpload
from miniapp_api.pagination import PAGE_QUERY, page_schema
from miniapp_api.schema import Multipart
from miniapp_api.spec import BOOLEAN, COUNT_IN, INTEGER, STRING, Route, obj, string
from miniapp_api.wire import MONEY_IN, MONEY_OUT, RATE

MONEY = MONEY_IN

ROUTES: tuple[Route, ...] = (
    Route("POST", "/filings", views.prepare, "Prepare a return (VAT or CIT) prefilled from our data", "filing",
          body=obj({"tax_type": {"type": "string", "enum": ["vat", "cit"]}, "period": string(16),
                    "cost": MONEY, "expenses": MONEY, "employees": COUNT_IN, "assets": MONEY,
                    "restricted_industry": BOOLEAN, "prior_losses": MONEY,
                    "transfers_out": MONEY,
                    "uninvoiced": {"type": "object", "description": (
                        "未开票收入 (excluding tax) by rate, keyed in the rate's one spelling, e.g. {\"0.13\": \"5000\"}; "
                        "may be negative"), "propertyNames": {"enum": RATE["enum"]},
                        "additionalProperties": MONEY, "maxProperties": 8}},
                    ("tax_type", "period")),
          responses={201: FILING}, errors=(403, 409, 422)),
    Route("POST", "/filings/{filing_id}/adjust", views.adjust,
          "修改 one column of a draft return and recompute everything that depends on it: 未开票收入 (uninvoiced, "
          "per rate; may be negative), 进项转出 (transfers_out); CIT cost / expenses", "filing",
          body=obj({"column": {"type": "string", "enum": ["uninvoiced", "transfers_out", "cost", "expenses"]},
                    "value": {**MONEY, "description": "The new amount (uninvoiced may be negative). "
                              + MONEY["description"]},
                    "rate": {**RATE, "description": "uninvoiced only: the rate of the sales. " + RATE["description"]}},
                   ("column", "value")),
          responses={200: FILING}, errors=(404, 409, 422)),
    Route("POST", "/filings/{filing_id}/books", views.import_books,
          "营业成本 and 期间费用 of a CIT draft from a CSV of the books (multipart 'file': account,amount per row); "
          "returns the recomputed return and the rows not understood", "filing",
          multipart=Multipart(BooksUpload),
          responses={200: obj({"filing": FILING, "cost": MONEY_OUT, "expenses": MONEY_OUT, "problems": {
              "type": "array", "items": obj({"row": INTEGER, "account": STRING, "problem": STRING},
                                            ("row", "problem"))}}, ("filing", "cost", "expenses", "problems"))},
          errors=(404, 409, 422)),
    Route("GET", "/filing-profile", views.profile, "The company's filing profile (纳税期限, CIT figures)",
          "filing", responses={200: FILING_PROFILE}),
    Route("PUT", "/filing-profile", views.set_profile,
          "Set the 纳税期限 (small-scale: month or quarter) and the CIT figures the 小型微利 test needs", "filing",
          body=obj({"vat_period": {"type": "string", "enum": ["month", "quarter"]}, "employees": COUNT_IN,
                    "assets": MONEY, "restricted_industry": BOOLEAN, "prior_losses": MONEY}),
          responses={200: FILING_PROFILE}, errors=(403, 422)),
    Route("GET", "/filings", views.recent, "Recent returns and their status", "filing",
          query=PAGE_QUERY, responses={200: page_schema(FILING)}),
    Route("GET", "/filings/{filing_id}", views.detail, "A return with its whole timeline", "filing",
          responses={200: FILING}, errors=(404,)),
    Route("POST", "/filings/{filing_id}/submit", views.submit, "Submit (or resubmit a corrected) return", "filing",
          responses={200: FILING}, errors=(404, 409, 422, 503)),
    Route("POST", "/filings/{filing_id}/materials", views.materials,
          "Upload requested materials (multipart 'file'; images or PDF ≤ 10 MB, checked by content)", "filing",
          multipart=Multipart(MaterialsUpload),
          responses={200: FILING}, errors=(404, 409, 422)),
    Route("POST", "/filings/{filing_id}/pay", views.pay, "Pay the tax of a successful return", "filing",
          body=obj({"method": {"type": "string", "enum": ["bank", "wechat", "alipay", "tripartite"]}}, ("method",)),
          responses={200: FILING}, errors=(404, 409, 422)),
    Route("GET", "/filings/{filing_id}/explain", views.explain, "The invoices behind a figure of the return",
          "filing", query={"row": STRING},
          responses={200: obj({"row": STRING, "invoices": {"type": "array", "items": STRING}}, ("row", "invoices"))},
          errors=(404, 422)),
)
ROUTES = documented(ROUTES, DOCS)
