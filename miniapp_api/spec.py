"""Route declarations: one table drives routing, request validation and the OpenAPI document."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

View = Callable[["ApiRequest"], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    view: View
    summary: str
    tag: str
    auth: bool = True
    body: dict[str, Any] | None = None
    #: status -> JSON schema of the response body (None: no body)
    responses: dict[int, dict[str, Any] | None] = field(default_factory=dict)
    query: dict[str, dict[str, Any]] = field(default_factory=dict)
    errors: tuple[int, ...] = ()


@dataclass
class ApiRequest:
    """What a view gets: the raw request, the validated body and the caller."""

    http: web.Request
    body: dict[str, Any]
    account_id: int | None
    token: str | None

    @property
    def match(self) -> Any:
        return self.http.match_info


def obj(properties: dict[str, Any], required: tuple[str, ...] = (), **extra: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(required), **extra}


STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
INTEGER = {"type": "integer"}
BOOLEAN = {"type": "boolean"}


def string(max_length: int, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "maxLength": max_length, **extra}
