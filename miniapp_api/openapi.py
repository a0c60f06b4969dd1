"""The OpenAPI 3.1 document, built from the route list so it cannot drift.

Named types (the pydantic models of every feature's ``schemas.py``) sit under ``components/schemas``
and are referred to with ``$ref``; so do the error envelope (``Error``), the error catalogue
(``ErrorCode``), the ``Idempotency-Key`` parameter and the ``Idempotent-Replayed`` header. Every
operation gets its summary, description (with who may call it), examples, and every status it can
answer with, each error status listing its codes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from core.domain.maintenance import refused_in_maintenance
from miniapp_api.errors import CATALOGUE, error_code_schema, error_schema
from miniapp_api.examples import fill_examples
from miniapp_api.http import API_PREFIX
from miniapp_api.pagination import PAGE_QUERY
from miniapp_api.schema import Binary, component_schemas, is_model, request_schema
from miniapp_api.spec import Route

_ROLE_WORDS = {
    "anonymous": "anyone, without a token", "account": "any signed-in account",
    "owner": "owner", "admin": "admin", "issuer": "issuer", "accountant": "accountant", "viewer": "viewer",
    "staff": "platform staff",
}
_STATUS_WORDS = {400: "Bad request", 401: "Not signed in", 403: "Forbidden", 404: "Not found", 405: "Method not allowed",
                 409: "Conflict", 413: "Too large", 415: "Unsupported media type", 422: "Unprocessable",
                 423: "Locked", 429: "Too many requests", 431: "Header too large", 500: "Server error",
                 503: "Unavailable"}

IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key", "in": "header", "required": False,
    "description": (
        "Makes a retry safe. 1-128 characters of your choosing (a UUID is fine; surrounding spaces are "
        "ignored; an empty or longer one is 422 on the field Idempotency-Key), scoped to the current company: "
        "the same key with the same body answers the first result again, with the header "
        "`Idempotent-Replayed: true`, and issues nothing twice; the same key with a different body is 422 "
        "`idempotency_mismatch`. A key stays bound to the invoice it made."),
    "schema": {"type": "string", "minLength": 1, "maxLength": 128},
    "example": "8f14e45f-ceea-467f-a0e6-7b4e8f0b2c11",
}
IDEMPOTENT_REPLAYED = {
    "description": "`true` when this answer is the stored result of an earlier request with the same Idempotency-Key.",
    "schema": {"type": "string", "enum": ["true"]},
}
CONTENT_DISPOSITION = {
    "description": "attachment (or inline) with the file name, RFC 6266 / RFC 5987 for Chinese names.",
    "schema": {"type": "string"},
}
#: The pagination parameters' components: every list refers to them (miniapp_api/pagination.py).
PAGE_PARAMETERS = {"cursor": "Cursor", "limit": "Limit"}
RETRY_AFTER = {"description": "Seconds to wait before trying again (also details.retry_after)",
               "schema": {"type": "integer", "minimum": 1}}
#: What each tag groups (Redocly's tag-description rule; the reader's table of contents).
TAGS = {
    "auth": "Sign-up, login (password, SMS code, wx.login code, second factor), password reset, logout.",
    "account": "The signed-in account: profile, second factor, password, WeChat bindings, notifications.",
    "company": "Companies: create, settings, taxpayer authorisation, switch, invites, members, owner transfer.",
    "audit": "The tamper-evident audit trail.",
    "invoice": "Issuing (数电票), drafts, approval, red-letter (红冲) and 红字确认单, reissue, PDF, delivery, statistics.",
    "verify": "Public verification of an invoice by number, date and amount.",
    "catalogue": "Tax classification codes, saved products and buyers.",
    "export": "Exports (CSV, Excel, PDF zip) and the company's data backup, as background jobs.",
    "help": "The help centre: search, categories, entries (staff edit them).",
    "support": "Tickets with attachments, feedback, announcements.",
    "staff": "The platform staff's desk: tickets, feedback, announcements.",
    "filing": "Tax returns (VAT, CIT), the filing profile, input invoices (进项).",
    "messages": "The in-app message centre, notification preferences, subscribe-message grants.",
    "scan": "扫码开票: codes, stores and the buyers' requests.",
}
SERVERS = [
    {"url": "/", "description": "The server that serves this document (its PUBLIC_BASE_URL)."},
    {"url": "https://{host}", "description": "A deployment", "variables": {"host": {"default": "kaipiao.example.cn"}}},
]


def build_document(routes: Iterable[Route]) -> dict[str, Any]:
    routes = tuple(routes)
    models = [m for route in routes for m in _models_of(route)]
    refs, schemas = component_schemas(models)
    schemas["Error"] = error_schema()
    schemas["ErrorCode"] = error_code_schema()
    paths: dict[str, Any] = {}
    for route in routes:
        paths.setdefault(API_PREFIX + route.path, {})[route.method.lower()] = _operation(route, refs)
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "fapiao mini-program API", "version": "1", "description": _INFO},
        "servers": SERVERS,
        "security": [{"bearer": []}],
        "tags": [{"name": tag, "description": TAGS.get(tag, tag)} for tag in dict.fromkeys(r.tag for r in routes)],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": (
                "The token from /auth/login, /auth/login/sms, /auth/login/second-factor, /auth/wechat or "
                "/auth/register: `Authorization: Bearer <token>`.")}},
            "schemas": schemas,
            "parameters": {
                "IdempotencyKey": IDEMPOTENCY_KEY,
                **{component: {"name": name, "in": "query", "required": False, "schema": PAGE_QUERY[name],
                               "description": PAGE_QUERY[name]["description"]}
                   for name, component in PAGE_PARAMETERS.items()},
            },
            "headers": {"IdempotentReplayed": IDEMPOTENT_REPLAYED},
        },
    }
    fill_examples(document)
    return document


_INFO = ("The JSON API of the fapiao mini-program. Every error is `{\"error\": {code, message, fields, details}}` "
         "(`components/schemas/Error`); the codes are in `components/schemas/ErrorCode`. Who may call an "
         "operation is in its description and in `x-roles` (anonymous, account = any signed-in account, "
         "owner, admin, issuer, accountant, viewer: the caller's role in the current company; staff).")


def _models_of(route: Route) -> list[type[BaseModel]]:
    found: list[Any] = [route.body] if is_model(route.body) else []
    found += [body for body in route.responses.values() if is_model(body)]
    if route.multipart is not None:
        found.append(route.multipart.model)
    return found


def operation_id(route: Route) -> str:
    return (f"{route.method.lower()}_{route.path.strip('/').replace('/', '_').replace('-', '_')}"
            .replace("{", "").replace("}", "").replace(".", "_"))


def _operation(route: Route, refs: dict[type[BaseModel], dict[str, Any]]) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "summary": route.summary, "tags": [route.tag], "operationId": operation_id(route),
        "description": _description(route), "security": [{"bearer": []}] if route.auth else [],
    }
    if route.roles:
        operation["x-roles"] = list(route.roles)
    params = _parameters(route)
    if params:
        operation["parameters"] = params
    if route.body is not None:
        operation["requestBody"] = {"required": True, "content": {"application/json": _media(route.body, refs)}}
    elif route.multipart is not None:
        operation["requestBody"] = {"required": True, "content": {"multipart/form-data": {
            "schema": refs[route.multipart.model],
            "encoding": {"file": {"contentType": "image/png, image/jpeg, application/pdf, */*"}}}}}
    responses: dict[str, Any] = {}
    for status, body in route.responses.items():
        responses[str(status)] = _response(route, status, body, refs)
    for status, codes in sorted(_error_codes(route).items()):
        responses.setdefault(str(status), _error_response(status, codes))
    operation["responses"] = responses
    return operation


def _description(route: Route) -> str:
    text = route.description or route.summary
    if route.roles:
        text += "\n\n**Who may call:** " + ", ".join(_ROLE_WORDS.get(role, role) for role in route.roles) + "."
    elif not route.auth:
        text += "\n\n**Who may call:** anyone, without a token."
    return text


def _parameters(route: Route) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in _path_params(route.path)]
    if is_model(route.query):
        schema = request_schema(route.query)  # type: ignore[arg-type]
        required = set(schema.get("required", ()))
        for name, prop in schema.get("properties", {}).items():
            param: dict[str, Any] = {"name": name, "in": "query", "required": name in required,
                                     "schema": {k: v for k, v in prop.items() if k != "description"}}
            if prop.get("description"):
                param["description"] = prop["description"]
            params.append(param)
    else:
        params += [{"$ref": f"#/components/parameters/{PAGE_PARAMETERS[name]}"}
                   if PAGE_QUERY.get(name) is schema else
                   {"name": name, "in": "query", "required": False, "schema": schema}
                   for name, schema in route.query.items()]  # type: ignore[union-attr]
    params += [{"$ref": f"#/components/parameters/{name}"} for name in route.headers]
    return params


def _media(body: Any, refs: dict[type[BaseModel], dict[str, Any]]) -> dict[str, Any]:
    if not is_model(body):
        return {"schema": body}
    media: dict[str, Any] = {"schema": refs[body]}
    sample = body.example()
    if sample is not None:
        media["example"] = sample
    return media


def _response(route: Route, status: int, body: Any, refs: dict[type[BaseModel], dict[str, Any]]) -> dict[str, Any]:
    if isinstance(body, Binary):
        return {"description": body.description,
                "headers": {"Content-Disposition": CONTENT_DISPOSITION} if body.attachment else {},
                "content": {body.media_type: {"schema": {"type": "string", "format": "binary"}}}}
    description = "OK" if body is None or not is_model(body) else (body.__doc__ or "OK").strip().split("\n")[0]
    response: dict[str, Any] = {"description": description}
    if body is not None:
        response["content"] = {"application/json": _media(body, refs)}
    if "IdempotencyKey" in route.headers and status < 300:
        response["headers"] = {"Idempotent-Replayed": {"$ref": "#/components/headers/IdempotentReplayed"}}
    return response


def _error_codes(route: Route) -> dict[int, list[str]]:
    """Status -> the codes a route can answer with: its own plus what every route of its kind can."""
    codes: set[str] = {"validation_failed", "service_unavailable", "unexpected", "header_too_large"}
    statuses: set[int] = {400}
    if route.body is not None:
        codes |= {"malformed_json", "unsupported_media_type", "body_too_large"}
    if route.multipart is not None:
        codes |= {"upload_too_large"}
    if route.method not in ("GET", "HEAD"):
        statuses.add(413)
    if refused_in_maintenance(route.access, route.maintenance_activity):
        codes.add("under_maintenance")
    if route.auth:
        codes.add("not_authenticated")
    if "IdempotencyKey" in route.headers:
        codes.add("idempotency_mismatch")
    if route.roles and not {"account", "anonymous"} & set(route.roles):
        codes.add("permission_denied")
    for item in route.errors:
        if isinstance(item, str):
            codes.add(item)
        else:
            statuses.add(item)
    by_status: dict[int, list[str]] = {status: [] for status in statuses}
    for code in sorted(codes):
        by_status.setdefault(CATALOGUE[code].status, []).append(code)
    return by_status


def _error_response(status: int, codes: list[str]) -> dict[str, Any]:
    lines = [f"- `{code}`: {CATALOGUE[code].meaning}" for code in codes]
    description = _STATUS_WORDS.get(status, "Error") + (":\n" + "\n".join(lines) if lines else "")
    response: dict[str, Any] = {"description": description, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/Error"}}}}
    if codes:
        response["x-error-codes"] = codes
    if status == 429:
        response["headers"] = {"Retry-After": RETRY_AFTER}
    return response


def _path_params(path: str) -> list[str]:
    return [part[1:-1] for part in path.split("/") if part.startswith("{") and part.endswith("}")]
