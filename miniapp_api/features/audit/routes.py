"""The routes of the audit trail."""

from __future__ import annotations

from miniapp_api.features.audit import views
from miniapp_api.features.audit.schemas import AUDIT_QUERY, AuditPage
from miniapp_api.spec import INTEGER, Route

ROUTES: tuple[Route, ...] = (
    Route("GET", "/companies/{company_id}/audit", views.company_trail,
          "The company's audit trail, newest first (owner or admin; platform staff)", "audit",
          roles=("owner", "admin", "staff"), query=AUDIT_QUERY, responses={200: AuditPage}, errors=("not_found",),
          description="Everything that happened in the company (issuing, members, settings, logins of its "
                      "members …). An owner or admin of that company, or staff; another member is 403, a "
                      "company the caller does not belong to 404."),
    Route("GET", "/audit", views.all_entries, "The whole audit log, newest first (platform staff)", "audit",
          roles=("staff",), query={**AUDIT_QUERY, "company_id": INTEGER}, responses={200: AuditPage},
          description="Every entry of every company and account, optionally of one company."),
)
