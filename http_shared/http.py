"""What both web transports (miniapp_api, h5) read from the one app: the core and the texts (app keys),
the JSON reply, and the caller's address behind trusted proxies."""

from __future__ import annotations

import ipaddress
from typing import Any

from aiohttp import web
from aiohttp.typedefs import Middleware

from core.container import Core
from core.domain.jsonable import api_json_default
from core.json_codec import dumps_bytes
from templates import Texts

#: The core and the texts, set once on the app by ``miniapp_api.app.setup``.
CORE = web.AppKey("api_core", Core)
TEXTS = web.AppKey("api_texts", Texts)
#: Middlewares for the paths under a prefix only, as (prefix, middleware): the app's outer middleware
#: (fapiao.observability) runs one for a request whose path starts with its prefix, so that the other
#: routes (the WeChat endpoint: every message) do not pass through it as they would an app middleware
#: (issue 14). Present when the app has that outer middleware; else a transport appends its middleware
#: to the app's as usual.
PREFIX_MIDDLEWARES: web.AppKey[list[tuple[str, Middleware]]] = web.AppKey("prefix_middlewares")


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """``data`` as the API's JSON: Decimal as exact strings, timestamps in China time with their offset
    (``2026-12-06T21:30:00+08:00``), dates as dates (core.domain.jsonable.api_json_default)."""
    return web.Response(body=dumps_bytes(data, default=api_json_default), status=status, headers=headers,
                        content_type="application/json", charset="utf-8")


def client_ip(request: web.Request, trusted: tuple[Any, ...] | None = None) -> str | None:
    """The caller's address, for the per-IP limits.

    ``X-Forwarded-For`` is believed only when the direct peer is one of ``TRUSTED_PROXIES`` (default:
    none), and then only its last entry, the one that proxy appended: earlier entries are whatever
    the client sent. (Trusting any loopback or private peer let a client behind a shared proxy, or
    on the same network, rotate the header to dodge the per-IP SMS, login and /v/ limits.)
    """
    if trusted is None:
        trusted = request.app[CORE].settings.trusted_proxy_networks
    remote = request.remote
    forwarded = request.headers.get("X-Forwarded-For", "")
    if forwarded and remote and trusted:
        try:
            peer = ipaddress.ip_address(remote)
        except ValueError:
            return remote
        if any(peer in network for network in trusted):
            last = forwarded.split(",")[-1].strip()
            if last:
                return last
    return remote
