"""What every API module shares, and nothing else: the error body and the request object a view gets
(the app keys, the JSON reply and the caller's address are the transports' shared
:mod:`http_shared.http`).

A leaf: it imports nothing from ``miniapp_api`` (features, the app and the document all import it), so
the package has no import cycle.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, is_dataclass
from typing import Any

from aiohttp import web

from core.container import Core
from core.domain.actor import Actor
from core.domain.errors import FieldProblem
from http_shared.http import CORE, TEXTS, client_ip, json_response
from templates import Texts

API_PREFIX = "/api/v1"


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
