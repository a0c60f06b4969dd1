"""How a request becomes a view call: the error middleware, reading and validating the JSON body, the
caller's token.

Errors always look like ``{"error": {"code", "message", "fields", "details"}}``; the
message comes from the same template as the bot's reply. A 500 carries a request
id and never a stack trace.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from decimal import Decimal
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import BadHttpMessage
from jsonschema import Draft202012Validator

from core.adapters.outage import is_outage
from core.domain.errors import DomainError, FieldProblem, ValidationFailed
from core.request_id import current_request_id
from http_shared.files import UPLOAD_LIMIT_MB
from http_shared.http import CORE, TEXTS, json_response
from miniapp_api.http import API_PREFIX, ApiRequest, error_body
from miniapp_api.parse_errors import MAX_HEADER_BYTES, MAX_HEADERS, MAX_REQUEST_LINE
from miniapp_api.query import check_query
from miniapp_api.schema_check import compile_check
from miniapp_api.spec import Route
from templates import Texts

log = logging.getLogger(__name__)


def _http_error_code(exc: web.HTTPException) -> str:
    return {
        404: "route_not_found",
        405: "method_not_allowed",
        413: "body_too_large",
        415: "unsupported_media_type",
    }.get(exc.status, "unexpected")


@web.middleware
async def error_middleware(request: web.Request, handler: Any) -> web.StreamResponse:
    if not request.path.startswith(API_PREFIX):
        return await handler(request)  # type: ignore[no-any-return]
    texts = request.app[TEXTS]
    # Set by fapiao.observability's outer middleware (also in the X-Request-Id header and the logs).
    request_id = current_request_id() or uuid.uuid4().hex[:16]
    # aiohttp's parser lets more through (miniapp_api.parse_errors.PARSER_LIMITS) so that these are
    # refused here, with the envelope.
    if len(request.headers) > MAX_HEADERS or any(len(value) > MAX_HEADER_BYTES for value in request.headers.values()):
        return json_response(error_body(texts, "header_too_large", {"limit_kb": MAX_HEADER_BYTES // 1024}),
                             status=431)
    if len(request.raw_path) > MAX_REQUEST_LINE:
        return json_response(error_body(texts, "uri_too_long", {"limit_kb": MAX_REQUEST_LINE // 1024}), status=414)
    try:
        return await handler(request)  # type: ignore[no-any-return]
    except DomainError as exc:
        extra: dict[str, Any] = {"request_id": request_id} if exc.http_status >= 500 else {}
        headers: dict[str, str] = {}
        if exc.http_status == 429:
            # The wait, for clients and proxies that read the header (details.retry_after says it too).
            headers["Retry-After"] = str(max(1, int(exc.params.get("retry_after") or 60)))
        return json_response(error_body(texts, exc.code, exc.params, exc.fields, **extra), status=exc.http_status,
                             headers=headers or None)
    except BadHttpMessage:
        # A multipart part with control characters in its headers (filename="a\x00b\r.png"): the
        # upload is malformed, not the server.
        return json_response(error_body(texts, "validation_failed", fields={
            "file": FieldProblem("invalid_characters")}), status=422)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code = _http_error_code(exc)
        params: dict[str, Any] = {}
        if exc.status == 413 and request.content_type.startswith("multipart/"):
            # Name the upload limit, not the JSON body's.
            code, params = "upload_too_large", {"limit_mb": UPLOAD_LIMIT_MB}
        elif exc.status == 413:
            params = {"limit": request.app[CORE].settings.max_body_bytes}
        ids: dict[str, Any] = {"request_id": request_id} if exc.status >= 500 else {}
        allow = {"Allow": ", ".join(sorted(exc.allowed_methods))} \
            if isinstance(exc, web.HTTPMethodNotAllowed) else None
        return json_response(error_body(texts, code, params, **ids), status=exc.status, headers=allow)
    except Exception as exc:
        if is_outage(exc):
            # PostgreSQL or Redis unreachable: 503 with the Chinese sentence; the client may retry.
            log.warning("dependency unreachable, request id %s: %r", request_id, exc)
            return json_response(error_body(texts, "service_unavailable", request_id=request_id), status=503,
                                 headers={"Retry-After": "5"})
        log.exception("unexpected error, request id %s", request_id)
        body = error_body(texts, "unexpected", request_id=request_id)
        # The 5xx sentence asks the user to quote the request id to support.
        body["error"]["message"] = texts.render("observability.server_error", request_id=request_id)
        return json_response(body, status=500)


_TYPE_CODES = {"string": "type_string", "integer": "type_integer", "number": "type_number",
               "boolean": "type_boolean", "object": "type_object", "array": "type_array"}


def _problems(validator: Draft202012Validator, body: Any) -> dict[str, FieldProblem]:
    problems: dict[str, FieldProblem] = {}
    for error in validator.iter_errors(body):
        path = ".".join(str(p) for p in error.absolute_path)
        if error.validator == "required":
            missing = [name for name in error.validator_value if name not in error.instance]
            for name in missing:
                key = f"{path}.{name}" if path else name
                problems.setdefault(key, FieldProblem("required"))
            continue
        name = path or "body"
        own = error.schema.get("x-problem") if isinstance(error.schema, dict) else None
        if own and error.validator != "type":
            # The field names the rule it breaks (display_name_rule): the same message core gives.
            problems.setdefault(name, FieldProblem(own, error.schema.get("x-problem-params", {})))
        elif error.validator == "type":
            expected = error.validator_value
            first = expected[0] if isinstance(expected, list) else expected
            problems.setdefault(name, FieldProblem(_TYPE_CODES.get(first, "invalid")))
        elif error.validator == "maxLength":
            problems.setdefault(name, FieldProblem("too_long", {"max": error.validator_value}))
        elif error.validator == "minLength":
            problems.setdefault(name, FieldProblem("too_short", {"min": error.validator_value}))
        elif error.validator == "enum":
            allowed = "、".join(str(v) for v in error.validator_value)
            problems.setdefault(name, FieldProblem("not_allowed", {"allowed": allowed}))
        else:
            problems.setdefault(name, FieldProblem("invalid"))
    return problems


async def _read_json(request: web.Request, texts: Texts) -> Any:
    if not request.can_read_body:
        return {}
    limit = request.app[CORE].settings.max_body_bytes
    if request.content_length is not None and request.content_length > limit:
        raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=request.content_length)
    if request.content_type not in ("application/json", ""):
        raise web.HTTPUnsupportedMediaType()
    raw = await request.read()
    if len(raw) > limit:
        raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=len(raw))
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw.decode("utf-8"), parse_float=Decimal, parse_int=_bounded_int)
    except UnicodeDecodeError:
        raise _Malformed(0, 0) from None
    except json.JSONDecodeError as exc:
        raise _Malformed(exc.lineno, exc.colno) from None
    except (RecursionError, ValueError):  # 5,000 nested "[" or a 5,000-digit number: no 500
        raise _Malformed(0, 0) from None
    _check_text(body)
    return body


#: Deeper than any request the API documents; the schema validator recurses, so stop here.
MAX_JSON_DEPTH = 32
#: Longer than any integer a field takes (ids, counts, cents); Python's own limit is 4,300 digits.
MAX_INT_DIGITS = 30
_SURROGATE = re.compile("[\ud800-\udfff]")


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError("integer too long")
    return int(text)


def _check_text(body: Any) -> None:
    """Refuse what no field may hold, once, for every field: lone surrogates (they cannot be encoded
    and crashed hashing, logging and the database) and absurd nesting. Iterative, so no recursion."""
    stack: list[tuple[str, Any, int]] = [("", body, 0)]
    while stack:
        path, value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise _Malformed(0, 0)
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise ValidationFailed.one(path or "body", "invalid_characters")
        elif isinstance(value, dict):
            for key, item in value.items():
                if _SURROGATE.search(key):
                    raise ValidationFailed.one(path or "body", "invalid_characters")
                stack.append((f"{path}.{key}" if path else key, item, depth + 1))
        elif isinstance(value, list):
            stack.extend((f"{path}.{i}" if path else str(i), item, depth + 1) for i, item in enumerate(value))


class _Malformed(Exception):
    def __init__(self, line: int, column: int) -> None:
        super().__init__(line, column)
        self.line = line
        self.column = column


def make_handler(route: Route) -> Any:
    schema = route.body_schema()
    validator = Draft202012Validator(schema) if schema is not None else None
    # A quick yes for a valid body; any other body goes to jsonschema, which words the problems.
    passes = compile_check(schema) if schema is not None else None
    query = route.query_params()

    async def handler(request: web.Request) -> web.StreamResponse:
        core = request.app[CORE]
        texts = request.app[TEXTS]
        check_query(query, request.query)
        try:
            body = await _read_json(request, texts) if route.body is not None else {}
        except _Malformed as exc:
            params = {"line": exc.line, "column": exc.column}
            return json_response(error_body(texts, "malformed_json", params), status=400)
        # The core's one maintenance rule: in a window writes wait (logins too), reads go on;
        # the exempt activities (support, staff) are named in core/domain/maintenance.py.
        await core.maintenance.check(route.access, route.maintenance_activity)
        if validator is not None and not (passes is not None and passes(body)):
            problems = _problems(validator, body)
            if problems:
                return json_response(error_body(texts, "validation_failed", fields=problems), status=422)
        token = None
        account_id = None
        scheme, _, credentials = request.headers.get("Authorization", "").strip().partition(" ")
        if scheme.lower() == "bearer":  # RFC 9110: the scheme is case-insensitive
            token = credentials.strip()
        if route.auth:
            account_id = await core.sessions.resolve(token or "")
        return await route.view(ApiRequest(http=request, body=body, account_id=account_id, token=token))

    return handler
