"""What every H5 page carries: strict headers, a CSRF token bound to a cookie, the caller's address."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from aiohttp import web

#: Scripts and styles only from our own /s/static/ (and WeChat's JS-SDK); no inline code.
CSP = ("default-src 'none'; script-src 'self' https://res.wx.qq.com https://res2.wx.qq.com; style-src 'self'; "
       "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex, nofollow",
    "Cache-Control": "no-store",
}
CSRF_COOKIE = "scan_csrf"


def csrf_pair(request: web.Request, secret: str) -> tuple[str, str | None]:
    """(token for the form, new cookie value or None when the browser already has one)."""
    nonce = request.cookies.get(CSRF_COOKIE, "")
    fresh = None
    if len(nonce) < 16:
        nonce = fresh = secrets.token_urlsafe(16)
    return _sign(secret, nonce), fresh


def _sign(secret: str, nonce: str) -> str:
    return hmac.new(secret.encode(), b"scan-csrf:" + nonce.encode(), hashlib.sha256).hexdigest()


def csrf_ok(request: web.Request, secret: str, sent: str) -> bool:
    nonce = request.cookies.get(CSRF_COOKIE, "")
    return bool(nonce) and hmac.compare_digest(_sign(secret, nonce), sent or "")


def html(text: str, status: int = 200, cookie: str | None = None, *, secure: bool = False) -> web.Response:
    response = web.Response(text=text, status=status, content_type="text/html", headers=HEADERS)
    if cookie:
        response.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="Lax", path="/s/", secure=secure)
    return response


WX_COOKIE = "scan_wx"


def signed_openid(secret: str, openid: str) -> str:
    """The buyer's openid for the cookie, with an HMAC so a page cannot be told another openid."""
    mac = hmac.new(secret.encode(), b"scan-wx:" + openid.encode(), hashlib.sha256).hexdigest()[:32]
    return f"{openid}.{mac}"


def openid_from(request: web.Request, secret: str) -> str:
    openid, _, mac = request.cookies.get(WX_COOKIE, "").rpartition(".")
    if not openid or not hmac.compare_digest(signed_openid(secret, openid), f"{openid}.{mac}"):
        return ""
    return openid


def in_wechat(request: web.Request) -> bool:
    return "micromessenger" in request.headers.get("User-Agent", "").lower()
