"""Route declarations: one table drives routing, request validation and the OpenAPI document."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from core.domain.maintenance import Access
from miniapp_api.http import ApiRequest

View = Callable[[ApiRequest], Awaitable[web.StreamResponse]]


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
    #: What the core's maintenance rule calls this route's activity (core/domain/maintenance.py:
    #: its writes go on during a window when the core names it exempt); the tag unless said.
    activity: str | None = None
    #: For an authenticated operation without ids in its path: why it cannot reach another
    #: company's data ("the caller's current company …"); tests/abuse/test_tenancy_matrix.py
    #: checks every such operation as a user of another company.
    tenancy: str | None = None

    @property
    def access(self) -> Access:
        """GET and HEAD read; every other method writes."""
        return Access.READ if self.method in ("GET", "HEAD") else Access.WRITE

    @property
    def maintenance_activity(self) -> str:
        return self.activity or self.tag



def obj(properties: dict[str, Any], required: tuple[str, ...] = (), **extra: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(required), **extra}


STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
INTEGER = {"type": "integer"}
BOOLEAN = {"type": "boolean"}


def string(max_length: int, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "maxLength": max_length, **extra}


#: Integers a client sends: bounded to what the database columns hold (an unbounded id was a 500).
ID_IN = {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}
COUNT_IN = {"type": "integer", "minimum": 0, "maximum": 2**31 - 1}
PHONE = string(20, description="Mainland China mobile number")
MONEY = {"type": ["string", "number"]}
MONEY_OUT = {"type": "string"}
NULL_MONEY_OUT = {"type": ["string", "null"]}


@dataclass(frozen=True)
class Page:
    """A GET outside /api/v1 (the /v/ verification page, the /dl/ export link): HTML or a file, no JSON."""

    path: str
    handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
