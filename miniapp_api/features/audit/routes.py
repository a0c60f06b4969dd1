"""The routes of the audit trail: method, path, view, schemas."""

from __future__ import annotations

from miniapp_api.features.audit import views
from miniapp_api.features.audit.schemas import AUDIT_PAGE, AUDIT_QUERY
from miniapp_api.spec import INTEGER, Route

ROUTES: tuple[Route, ...] = (
    Route("GET", "/companies/{company_id}/audit", views.company_trail,
          "The company's audit trail, newest first (owner or admin; platform staff)", "audit",
          query=AUDIT_QUERY, responses={200: AUDIT_PAGE}, errors=(403, 404, 422)),
    Route("GET", "/audit", views.all_entries, "The whole audit log, newest first (platform staff)", "audit",
          query={**AUDIT_QUERY, "company_id": INTEGER}, responses={200: AUDIT_PAGE}, errors=(403, 422)),
)
