"""Route declarations: one list drives routing, request validation and the OpenAPI document.

A route names its request and response types (pydantic models from the feature's ``schemas.py``;
a plain JSON-schema dict is still accepted while a feature converts), the error codes it can answer
with (from ``miniapp_api/errors.py``; the statuses follow from the catalogue), who may call it, and
what it does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from aiohttp import web
from pydantic import BaseModel

from core.domain.maintenance import Access
from miniapp_api.http import ApiRequest
from miniapp_api.schema import Binary, Multipart, is_model, request_schema

View = Callable[[ApiRequest], Awaitable[web.StreamResponse]]
#: A request or response body: a model, a JSON schema (not converted yet), a file, or None (no body).
Body = type[BaseModel] | dict[str, Any] | Binary | None
#: Who may call a route, as the role matrix names them.
ROLES = ("anonymous", "account", "owner", "admin", "issuer", "accountant", "viewer", "staff")


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    view: View
    summary: str
    tag: str
    auth: bool = True
    #: the JSON body (a model, or a JSON schema); None: the route reads no JSON body
    body: type[BaseModel] | dict[str, Any] | None = None
    #: status -> the response body (a model, a JSON schema, a Binary file; None: no body)
    responses: dict[int, Body] = field(default_factory=dict)
    #: query parameters: a model (each field one parameter) or name -> JSON schema
    query: type[BaseModel] | dict[str, dict[str, Any]] = field(default_factory=dict)
    #: error codes (from the catalogue) or bare statuses this route adds to the usual ones
    errors: tuple[int | str, ...] = ()
    #: what it does, its side effects (Markdown); the role line is added from ``roles``
    description: str = ""
    #: who may call it: names from ROLES ("account": any signed-in account)
    roles: tuple[str, ...] = ()
    #: reusable header parameters by component name, e.g. ("IdempotencyKey",)
    headers: tuple[str, ...] = ()
    #: a multipart/form-data body instead of JSON
    multipart: Multipart | None = None
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

    def query_params(self) -> dict[str, dict[str, Any]]:
        """Query parameter name -> its JSON schema (a model's fields, or the dict as declared)."""
        if is_model(self.query):
            return dict(request_schema(self.query).get("properties", {}))  # type: ignore[arg-type]
        return dict(self.query)  # type: ignore[arg-type]

    def body_schema(self) -> dict[str, Any] | None:
        """The JSON schema the handler validates the body against (self-contained)."""
        if self.body is None:
            return None
        return request_schema(self.body) if is_model(self.body) else self.body  # type: ignore[arg-type,return-value]


def obj(properties: dict[str, Any], required: tuple[str, ...] = (), **extra: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(required), **extra}


STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
INTEGER = {"type": "integer"}
BOOLEAN = {"type": "boolean"}


def string(max_length: int, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "maxLength": max_length, **extra}


@dataclass(frozen=True)
class WireField:
    """How one field of a core dataclass goes on the wire: its schema, its name there (default: the
    field's) and how its value is written (default: as it is)."""

    schema: dict[str, Any]
    name: str = ""
    out: Callable[[Any], Any] | None = None


def wire_properties(cls: type, wire: Mapping[str, WireField]) -> dict[str, Any]:
    """The schema properties of a core dataclass's fields, in its order, each from its one
    :class:`WireField`: the core declares the fields once, the document follows. A field without a
    wire entry, or an entry without a field, fails at import."""
    names = [f.name for f in fields(cls)]
    if set(names) != set(wire):
        raise TypeError(f"{cls.__name__}: fields {sorted(set(names) - set(wire))} have no wire entry, "
                        f"entries {sorted(set(wire) - set(names))} no field")
    return {wire[name].name or name: wire[name].schema for name in names}


#: dataclass -> its field names in order (``dataclasses.fields`` builds a tuple per call: every
#: line of every invoice in a response asks).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def wire_values(value: Any, wire: Mapping[str, WireField]) -> dict[str, Any]:
    """``value``'s fields as :func:`wire_properties` names and types them."""
    names = _FIELD_NAMES.get(type(value))
    if names is None:
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in fields(value))
    out: dict[str, Any] = {}
    for name in names:
        spec, raw = wire[name], getattr(value, name)
        out[spec.name or name] = raw if spec.out is None else spec.out(raw)
    return out


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
