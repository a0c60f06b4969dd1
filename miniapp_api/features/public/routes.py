"""The public pages the QR code and the export link open (outside /api/v1, HTML or a file)."""

from __future__ import annotations

from miniapp_api.features.public import views
from miniapp_api.spec import Page, Route

ROUTES: tuple[Route, ...] = ()
PAGES: tuple[Page, ...] = (
    Page("/v/{token}", views.page),
    Page("/v/{token}/pdf", views.pdf),
)
