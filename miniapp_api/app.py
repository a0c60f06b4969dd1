"""The mini-program JSON API under /api/v1: every feature's routes, included explicitly in one list.

A feature lives in ``miniapp_api/features/<feature>/`` (schemas, views, routes); to add one, write
its ``routes.py`` and add its ``ROUTES`` here. The same list drives routing, request validation and the
OpenAPI document (``/api/v1/openapi.json``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from aiohttp import web

from core.container import Core
from http_shared.http import CORE, PREFIX_MIDDLEWARES, TEXTS, json_response
from miniapp_api.features.account import routes as account
from miniapp_api.features.audit import routes as audit
from miniapp_api.features.auth import routes as auth
from miniapp_api.features.companies import routes as companies
from miniapp_api.features.exports import routes as exports
from miniapp_api.features.filings import routes as filings
from miniapp_api.features.help import routes as help_centre
from miniapp_api.features.input_invoices import routes as input_invoices
from miniapp_api.features.invoices import routes as invoices
from miniapp_api.features.members import routes as members
from miniapp_api.features.messages import routes as messages
from miniapp_api.features.public import routes as public
from miniapp_api.features.scan import routes as scan
from miniapp_api.features.support import routes as support
from miniapp_api.handler import error_middleware, make_handler
from miniapp_api.http import API_PREFIX
from miniapp_api.openapi import build_document
from miniapp_api.parse_errors import install as install_parse_error_envelope
from miniapp_api.spec import Page, Route
from templates import Texts

ROUTES: tuple[Route, ...] = (
    *auth.ROUTES,
    *account.ROUTES,
    *companies.ROUTES,
    *members.ROUTES,
    *audit.ROUTES,
    *invoices.ROUTES,
    *exports.ROUTES,
    *help_centre.ROUTES,
    *support.ROUTES,
    *filings.ROUTES,
    *input_invoices.ROUTES,
    *messages.ROUTES,
    *scan.ROUTES,
    *public.ROUTES,
)
#: GETs outside /api/v1: the verification page and PDF, the export download link.
PAGES: tuple[Page, ...] = (*public.PAGES, *exports.PAGES)


@cache
def document() -> dict[str, Any]:
    """The OpenAPI document of ``ROUTES``."""
    return build_document(ROUTES)


async def openapi_view(request: web.Request) -> web.Response:
    return json_response(document())


def setup(app: web.Application, core: Core, texts: Texts) -> None:
    app[CORE] = core
    app[TEXTS] = texts
    if PREFIX_MIDDLEWARES in app:  # run by the outer middleware, for the API's paths only
        app[PREFIX_MIDDLEWARES].append((API_PREFIX, error_middleware))
    else:
        app.middlewares.append(error_middleware)
    install_parse_error_envelope()
    for route in ROUTES:
        app.router.add_route(route.method, API_PREFIX + route.path, make_handler(route))
    app.router.add_get(API_PREFIX + "/openapi.json", openapi_view)
    for page in PAGES:
        app.router.add_get(page.path, page.handler)
