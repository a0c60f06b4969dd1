"""The routes of exports: method, path, view, schemas."""

from __future__ import annotations

from miniapp_api.docs import documented
from miniapp_api.features.exports import views
from miniapp_api.features.exports.docs import DOCS
from miniapp_api.features.exports.schemas import EXPORT_JOB
from miniapp_api.features.invoices.schemas import SEARCH_QUERY
from miniapp_api.spec import Page, Route, obj

ROUTES: tuple[Route, ...] = (
    Route("POST", "/exports", views.start, "Export invoices (csv, xlsx or a zip of PDFs) as a background job",
          "export", body=obj({"format": {"type": "string", "enum": ["csv", "xlsx", "zip"]},
                              "filters": obj({k: v for k, v in SEARCH_QUERY.items() if k not in ("cursor", "limit")},
                                             description="The filters of GET /invoices, same names and formats")},
                             ("format",)),
          responses={202: EXPORT_JOB}, errors=(403, 422)),
    Route("GET", "/exports/{job_id}", views.status, "Progress of an export; the download link once done",
          "export", responses={200: EXPORT_JOB}, errors=(404,)),
    Route("POST", "/exports/backup", views.start_backup,
          "Back up the company's own data (invoices with lines and events, customers, products, filings, input "
          "invoices, invoice PDFs) as one ZIP; owner or admin; follow it like an export",
          "export", responses={202: EXPORT_JOB}, errors=(403,)),
)
ROUTES = documented(ROUTES, DOCS)

#: The download link of a finished export: public but unguessable (the WeChat browser has no bearer token).
PAGES: tuple[Page, ...] = (Page("/dl/{token}", views.download),)
