"""H5 views: parse the form, call one core service, render a page (templates/scan/*.html).

/s/<code>                code page (GET) and 提交 (POST)
/s/<code>/suggest?q=     抬头 suggestions from titles the shop saved (JSON)
/s/r/<token>             status page; POST …/message (message the shop), GET …/pdf, GET …/card
/s/jssdk?url=            JS-SDK signature (wx.config) for chooseInvoiceTitle
/s/poster/<token>.pdf    the shop's poster (link from chat)
/s/static/<file>         stylesheet and script
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections import defaultdict
from typing import Any
from urllib.parse import quote

from aiohttp import web

from core.clock import CHINA
from core.container import Core
from core.domain.errors import DomainError, NotFound, ValidationFailed
from core.domain.links import scan_code_url
from core.domain.maintenance import Access
from core.scan_invoicing.buyer import Submission
from core.scan_invoicing.errors import ScanAmountChanged, ScanCodeUnusable, ScanLimitReached
from h5.security import HEADERS, WX_COOKIE, csrf_ok, csrf_pair, html, in_wechat, openid_from, signed_openid
from http_shared.files import file_response
from http_shared.http import CORE, TEXTS, client_ip
from templates import TEMPLATE_DIR, Texts

TITLE_COOKIE = "scan_title"
STATIC = {"scan.css": "text/css", "scan.js": "application/javascript"}
FORM_FIELDS = ("kind", "buyer_name", "buyer_tax_id", "address_phone", "bank_account", "email", "phone", "amount",
               "item", "contact_name")


def _ctx(request: web.Request) -> tuple[Core, Texts]:
    return request.app[CORE], request.app[TEXTS]


def _ip(request: web.Request) -> str:
    return client_ip(request) or ""


def _secure(core: Core) -> bool:
    return core.settings.public_base_url.startswith("https://")


def refused(texts: Texts, exc: DomainError, status: int | None = None) -> web.Response:
    """The friendly page for an expired, used or forged code, a changed amount, a limit."""
    reason = "other"
    if isinstance(exc, ScanCodeUnusable):
        reason = str(exc.params.get("why", "unknown"))
    elif isinstance(exc, ScanAmountChanged):
        reason = "amount_changed"
    elif isinstance(exc, ScanLimitReached):
        reason = "limit"
    elif isinstance(exc, NotFound):
        reason = "unknown"
    return html(texts.page("scan/refused.html", reason=reason, message=texts.error(exc.code, exc.params)),
                status or exc.http_status)


async def _guard(request: web.Request) -> web.Response | None:
    core, texts = _ctx(request)
    try:
        await core.scan.buyer.check_view(_ip(request))
    except ScanLimitReached as exc:
        return refused(texts, exc)
    return None


async def code_page(request: web.Request, form: dict[str, str] | None = None,
                    errors: dict[str, str] | None = None) -> web.Response:
    limited = await _guard(request)
    if limited is not None:
        return limited
    core, texts = _ctx(request)
    try:
        page = await core.scan.buyer.open_code(request.match_info["code"])
    except DomainError as exc:
        return refused(texts, exc)
    wx_cookie = await _wechat_identity(request, core, page.code)
    token, cookie = csrf_pair(request, core.settings.secret_key)
    # Missing keys read as "" in the template (StrictUndefined elsewhere).
    body = texts.page("scan/code.html", page=page, form=defaultdict(str, form or {}),
                      errors=defaultdict(str, errors or {}), csrf=token,
                      select_title=core.settings.wechat_api == "wechat" and in_wechat(request),
                      appid=core.settings.wechat_appid)
    response = html(body, 422 if errors else 200, cookie, secure=_secure(core))
    if wx_cookie:
        response.set_cookie(WX_COOKIE, wx_cookie, httponly=True, samesite="Lax", path="/s/", max_age=30 * 86400,
                            secure=_secure(core))
    return response


async def _wechat_identity(request: web.Request, core: Core, code: str) -> str | None:
    """Inside WeChat, the buyer's openid (snsapi_base, no consent screen) so that a follower of
    the official account also gets the invoice as a customer-service message."""
    oauth_code = request.query.get("code", "")
    if oauth_code and request.query.get("state") == "scan":
        try:
            return signed_openid(core.settings.secret_key, await core.scan.wechat.oauth_openid(oauth_code[:128]))
        except DomainError:
            return None
    if in_wechat(request) and core.settings.wechat_api == "wechat" and request.method == "GET" \
            and not openid_from(request, core.settings.secret_key):
        back = quote(scan_code_url(core.settings.public_base_url, code), safe="")
        raise web.HTTPFound(f"https://open.weixin.qq.com/connect/oauth2/authorize?appid={core.settings.wechat_appid}"
                            f"&redirect_uri={back}&response_type=code&scope=snsapi_base&state=scan#wechat_redirect",
                            headers=HEADERS)
    return None


async def submit(request: web.Request) -> web.Response:
    core, texts = _ctx(request)
    data = await request.post()
    form = {name: str(data.get(name, ""))[:300] for name in FORM_FIELDS}
    form["title_type"] = str(data.get("title_type", "org"))
    if not csrf_ok(request, core.settings.secret_key, str(data.get("csrf", ""))):
        return html(texts.page("scan/refused.html", reason="csrf", message=""), 403)
    submission = Submission(
        kind=form["kind"] or "normal", is_person=form["title_type"] == "person", buyer_name=form["buyer_name"],
        buyer_tax_id=form["buyer_tax_id"], address_phone=form["address_phone"], bank_account=form["bank_account"],
        email=form["email"], phone=form["phone"], amount=form["amount"], item=form["item"],
        contact_name=form["contact_name"], openid=openid_from(request, core.settings.secret_key))
    try:
        # The core's one maintenance rule: a buyer's 提交 is a write, it waits for the window's end.
        await core.maintenance.check(Access.WRITE, "scan")
        token = await core.scan.buyer.submit(request.match_info["code"], submission, _ip(request))
    except ValidationFailed as exc:
        errors = {name.split(".")[-1]: texts.field(p.code, p.params) for name, p in exc.fields.items()}
        return await code_page(request, form, errors)
    except DomainError as exc:
        return refused(texts, exc)
    raise web.HTTPSeeOther(f"/s/r/{token}", headers=HEADERS)


async def suggest(request: web.Request) -> web.Response:
    limited = await _guard(request)
    if limited is not None:
        return web.json_response({"items": []}, status=429, headers=HEADERS)
    core, _texts = _ctx(request)
    try:
        found = await core.scan.buyer.suggest(request.match_info["code"], request.query.get("q", "")[:50])
    except DomainError:
        found = []
    return web.json_response({"items": [{"name": n, "tax_id": t} for n, t in found]}, headers=HEADERS)


async def title_pick(request: web.Request) -> web.StreamResponse:
    """「使用微信发票抬头」: to WeChat's select-title page; the choice comes back through the bot."""
    core, texts = _ctx(request)
    try:
        nonce, url = await core.scan.buyer.title_link(request.match_info["code"])
    except DomainError as exc:
        return refused(texts, exc)
    response = web.HTTPFound(url, headers=HEADERS)
    response.set_cookie(TITLE_COOKIE, nonce, httponly=True, samesite="Lax", path="/s/", max_age=1800,
                        secure=_secure(core))
    raise response


async def title_json(request: web.Request) -> web.Response:
    """The 抬头 WeChat sent for this browser's select-title nonce (null until it arrives)."""
    core, _texts = _ctx(request)
    title = await core.scan.buyer.title_for(request.cookies.get(TITLE_COOKIE, ""))
    return web.json_response({"title": title}, headers=HEADERS)


async def status_page(request: web.Request, note: str = "", error: str = "") -> web.Response:
    limited = await _guard(request)
    if limited is not None:
        return limited
    core, texts = _ctx(request)
    try:
        page = await core.scan.buyer.status(request.match_info["token"])
    except DomainError as exc:
        return refused(texts, exc)
    token, cookie = csrf_pair(request, core.settings.secret_key)
    body = texts.page("scan/status.html", page=page, csrf=token, note=note, error=error, china=CHINA,
                      verify_url=core.invoices.verify_url(page.verify_token) if page.verify_token else "")
    return html(body, 200, cookie, secure=_secure(core))


async def message(request: web.Request) -> web.Response:
    core, texts = _ctx(request)
    data = await request.post()
    if not csrf_ok(request, core.settings.secret_key, str(data.get("csrf", ""))):
        return html(texts.page("scan/refused.html", reason="csrf", message=""), 403)
    try:
        await core.maintenance.check(Access.WRITE, "scan")
        await core.scan.buyer.message_shop(request.match_info["token"], str(data.get("message", ""))[:600],
                                           _ip(request))
    except ValidationFailed as exc:
        return await status_page(request, error=" ".join(texts.field(p.code, p.params)
                                                         for p in exc.fields.values()))
    except DomainError as exc:
        return refused(texts, exc)
    return await status_page(request, note="sent")


async def pdf(request: web.Request) -> web.StreamResponse:
    limited = await _guard(request)
    if limited is not None:
        return limited
    core, texts = _ctx(request)
    try:
        verify_token = await core.scan.buyer.pdf_token(request.match_info["token"])
        filename, data = await core.documents.pdf_by_token(verify_token)
    except DomainError as exc:
        return refused(texts, exc)
    response = file_response(data, filename, "application/pdf")
    response.headers.update({k: v for k, v in HEADERS.items() if k != "Content-Security-Policy"})
    return response


async def card(request: web.Request) -> web.Response:
    """存入微信卡包: to WeChat's authorisation page (the event then inserts the invoice)."""
    core, texts = _ctx(request)
    try:
        url = await core.scan.card.auth_url(request.match_info["token"])
    except DomainError as exc:
        return refused(texts, exc)
    raise web.HTTPFound(url, headers=HEADERS)


async def jssdk(request: web.Request) -> web.Response:
    """wx.config for the page at ``url`` (ours only): sha1 of the ticket, nonce, time and URL."""
    core, _texts = _ctx(request)
    url = request.query.get("url", "").split("#")[0]
    if not url.startswith(core.settings.public_base_url.rstrip("/") + "/s/"):
        return web.json_response({"error": "url"}, status=400, headers=HEADERS)
    limited = await _guard(request)
    if limited is not None:
        return web.json_response({"error": "limited"}, status=429, headers=HEADERS)
    try:
        ticket = await core.scan.wechat.jsapi_ticket()
    except DomainError:
        return web.json_response({"error": "unavailable"}, status=503, headers=HEADERS)
    nonce, stamp = secrets.token_hex(8), int(time.time())
    raw = f"jsapi_ticket={ticket}&noncestr={nonce}&timestamp={stamp}&url={url}"
    body: dict[str, Any] = {"appId": core.settings.wechat_appid, "timestamp": stamp, "nonceStr": nonce,
                            "signature": hashlib.sha1(raw.encode()).hexdigest()}
    return web.json_response(body, headers=HEADERS)


async def poster(request: web.Request) -> web.StreamResponse:
    core, texts = _ctx(request)
    try:
        data = await core.scan.shop.poster_by_link(request.match_info["token"])
    except DomainError as exc:
        return refused(texts, exc)
    return file_response(data, "kaipiao-poster.pdf", "application/pdf")


async def static(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    if name not in STATIC:
        raise web.HTTPNotFound()
    body = (TEMPLATE_DIR / "scan" / name).read_bytes()
    return web.Response(body=body, content_type=STATIC[name],
                        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "public, max-age=3600"})


def setup(app: web.Application) -> None:
    """Needs ``miniapp_api.app.setup`` first (it sets the core and texts app keys of ``http_shared.http``)."""
    app.router.add_get("/s/static/{name}", static)
    app.router.add_get("/s/jssdk", jssdk)
    app.router.add_get("/s/poster/{token}.pdf", poster)
    app.router.add_get("/s/r/{token}", status_page)
    app.router.add_post("/s/r/{token}/message", message)
    app.router.add_get("/s/r/{token}/pdf", pdf)
    app.router.add_get("/s/r/{token}/card", card)
    app.router.add_get("/s/{code}", code_page)
    app.router.add_post("/s/{code}", submit)
    app.router.add_get("/s/{code}/suggest", suggest)
    app.router.add_get("/s/{code}/title", title_pick)
    app.router.add_get("/s/{code}/title.json", title_json)
