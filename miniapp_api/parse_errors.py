"""The error envelope for requests aiohttp's HTTP parser refuses before any middleware runs (issue 16).

The parser reads the request line and the headers before routing, and answers what it cannot take
(a line or a header over its limit, too many headers, a malformed request) with a plain-text 400 of
its own. The API promises its JSON envelope on every 4xx, so:

* :data:`PARSER_LIMITS` raise the parser's limits well above anything the API accepts, so that the
  API's middleware sees the request and refuses it itself (414 ``uri_too_long`` over
  :data:`MAX_REQUEST_LINE`, 431 ``header_too_large`` over :data:`MAX_HEADER_BYTES` or
  :data:`MAX_HEADERS`), with the envelope, a request id and the usual logging;
* beyond those limits the parser still refuses first: :func:`install` makes that refusal the envelope
  too (it cannot know the path then; any client gets JSON).
"""

from __future__ import annotations

from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import BadHttpMessage, LineTooLong
from aiohttp.web_protocol import RequestHandler

from core.json_codec import dumps
from templates import texts

#: No header the API reads is longer (a bearer token is 43 characters).
MAX_HEADER_BYTES = 8 * 1024
#: The request line (method, path and query) the API accepts.
MAX_REQUEST_LINE = 8 * 1024
#: More headers than any client sends.
MAX_HEADERS = 100
#: ``handler_args`` of the application: the parser lets through what the middleware refuses itself.
PARSER_LIMITS: dict[str, int] = {"max_line_size": 64 * 1024, "max_field_size": 64 * 1024, "max_headers": 256}

_original_handle_error = RequestHandler.handle_error


def refusal(exc: BadHttpMessage) -> tuple[int, str, dict[str, Any]]:
    """Status, error code and params of a request the parser refused."""
    if isinstance(exc, LineTooLong):
        # The request line comes first and starts with its target ("/api/v1/…"); anything else is a header.
        text = exc.message if isinstance(exc.message, str) else ""
        if "reading: b'/" in text or "reading: bytearray(b'/" in text:
            return 414, "uri_too_long", {"limit_kb": MAX_REQUEST_LINE // 1024}
        return 431, "header_too_large", {"limit_kb": MAX_HEADER_BYTES // 1024}
    if "headers" in str(exc.message).lower():
        return 431, "header_too_large", {"limit_kb": MAX_HEADER_BYTES // 1024}
    return 400, "malformed_request", {}


def _handle_error(self: RequestHandler, request: Any, status: int = 500, exc: BaseException | None = None,
                  message: str | None = None) -> web.StreamResponse:
    response = _original_handle_error(self, request, status, exc, message)  # logs, checks nothing was sent
    if not isinstance(exc, BadHttpMessage) or status >= 500:
        return response
    code_status, code, params = refusal(exc)

    body = {"error": {"code": code, "message": texts().error(code, params), "fields": {}, "details": params}}
    json_response = web.Response(status=code_status, text=dumps(body), content_type="application/json")
    json_response.force_close()
    return json_response


def install() -> None:
    """Make the parser's refusals the API's envelope (idempotent; every server of the process)."""
    RequestHandler.handle_error = _handle_error  # type: ignore[method-assign]
