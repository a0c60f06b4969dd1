"""The public verification page the QR code opens: /v/<token> and /v/<token>/pdf.

Marked noindex, rate-limited per IP, and an unknown token gets a friendly 404 page.
"""

from __future__ import annotations

from aiohttp import web

from core.domain.errors import NotFound, RateLimited
from core.domain.links import verify_pdf_url
from http_shared.files import SAFE_HEADERS, file_response
from http_shared.http import CORE, TEXTS, client_ip

HEADERS = {"X-Robots-Tag": "noindex, nofollow", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer",
           **SAFE_HEADERS}


async def _limited(request: web.Request) -> web.Response | None:
    try:
        await request.app[CORE].public_pages.check(client_ip(request) or "")
    except RateLimited as exc:
        html = request.app[TEXTS].page("verify_limited.html")
        return web.Response(text=html, status=429, content_type="text/html",
                            headers={**HEADERS, "Retry-After": str(exc.params.get("retry_after", 60))})
    return None


async def page(request: web.Request) -> web.Response:
    refused = await _limited(request)
    if refused is not None:
        return refused
    core = request.app[CORE]
    texts = request.app[TEXTS]
    try:
        facts = await core.invoices.verify_token(request.match_info["token"])
    except NotFound:
        return web.Response(text=texts.page("verify_404.html"), status=404, content_type="text/html", headers=HEADERS)
    html = texts.page("verify.html", facts=facts, pdf_url=verify_pdf_url("", facts.token))
    return web.Response(text=html, content_type="text/html", headers=HEADERS)


async def pdf(request: web.Request) -> web.StreamResponse:
    refused = await _limited(request)
    if refused is not None:
        return refused
    core = request.app[CORE]
    try:
        filename, data = await core.documents.pdf_by_token(request.match_info["token"])
    except NotFound:
        texts = request.app[TEXTS]
        return web.Response(text=texts.page("verify_404.html"), status=404, content_type="text/html", headers=HEADERS)
    response = file_response(data, filename, "application/pdf")
    response.headers.update(HEADERS)
    return response
