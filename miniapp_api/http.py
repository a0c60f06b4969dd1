"""What every API module shares, and nothing else: the app keys, JSON replies, the error body and the
request object a view gets.

A leaf: it imports nothing from ``miniapp_api`` (features, the app and the document all import it), so
the package has no import cycle.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, is_dataclass
from typing import Any

from aiohttp import web

from core.container import Core
from core.domain.actor import Actor
from core.domain.errors import FieldProblem
from core.domain.jsonable import api_json_default
from core.json_codec import dumps_bytes
from templates import Texts

API_PREFIX = "/api/v1"
CORE = web.AppKey("api_core", Core)
TEXTS = web.AppKey("api_texts", Texts)


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """``data`` as the API's JSON: Decimal as exact strings, timestamps in China time with their offset
    (``2026-12-06T21:30:00+08:00``), dates as dates (core.domain.jsonable.api_json_default)."""
    return web.Response(body=dumps_bytes(data, default=api_json_default), status=status, headers=headers,
                        content_type="application/json", charset="utf-8")


def error_body(texts: Texts, code: str, params: dict[str, Any] | None = None,
               fields: dict[str, FieldProblem] | None = None, **extra: Any) -> dict[str, Any]:
    details = {k: v for k, v in (params or {}).items() if isinstance(v, str | int | float | bool)}
    return {"error": {
        "code": code,
        "message": texts.error(code, params or {}),
        "fields": {name: texts.field(p.code, p.params) for name, p in (fields or {}).items()},
        "details": details,
        **extra,
    }}


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


@dataclass
class ApiRequest:
    """What a view gets: the raw request, the validated body, the caller, the core and the texts."""

    http: web.Request
    body: dict[str, Any]
    account_id: int | None
    token: str | None

    @property
    def core(self) -> Core:
        return self.http.app[CORE]

    @property
    def texts(self) -> Texts:
        return self.http.app[TEXTS]

    @property
    def actor(self) -> Actor:
        return Actor(channel="api", account_id=self.account_id, ip=client_ip(self.http))

    @property
    def match(self) -> Any:
        return self.http.match_info

    @property
    def query(self) -> Any:
        return self.http.query


def to_json(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return value


def read_view(query: Callable[[ApiRequest], Awaitable[Any]]) -> Callable[[ApiRequest], Awaitable[web.Response]]:
    """A view that is one core query answered as JSON (dataclasses as objects, Decimals as
    strings): a read route then needs no view function of its own (``GET /invoices/statistics``)."""

    async def view(req: ApiRequest) -> web.Response:
        return json_response(to_json(await query(req)))

    return view
