"""The outermost middleware of the whole app (WeChat endpoint, API, public pages, ops endpoints).

For every request it: takes a sane ``X-Request-Id`` or makes one, keeps it in a
contextvar (so every log line carries it) and on the request (``request["request_id"]``,
read by the API's error middleware), returns it in the ``X-Request-Id`` header, times
the request into ``fapiao_http_request_duration_seconds`` by route template, writes one
access log line, and turns an exception nothing else handled into a 500 whose body
carries the request id (the API's own error middleware does the same in JSON).
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from aiohttp import web
from aiohttp.typedefs import Middleware

import fapiao.observability.logs as logs
from core import telemetry
from core.adapters.outage import is_outage
from fapiao.observability.context import HEADER, new_request_id, request_id_var, sane_request_id
from fapiao.observability.logs import ACCESS_LOGGER, ACCESS_MESSAGE, AccessFields
from templates import Texts

log = logging.getLogger("fapiao.http")
access_log = logging.getLogger(ACCESS_LOGGER)

#: The id on the request too: the response header is added when the response is prepared,
#: which may be after this middleware has returned (raised HTTPException).
REQUEST_ID_KEY = web.RequestKey("request_id", str)
#: Polled or scraped often: their access lines go to DEBUG.
QUIET_ROUTES = frozenset({"/healthz", "/readyz", "/metrics", "/dev/pushes"})
SERVER_ERROR_KEY = "observability.server_error"

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def route_template(request: web.Request) -> str:
    """``/api/v1/invoices/{invoice_id}``, never the raw path (bounded label values)."""
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else "unmatched"


def server_error_text(texts: Texts, request_id: str) -> str:
    return texts.render(SERVER_ERROR_KEY, request_id=request_id)


#: The access record's attributes that are the same on every line of a process and thread (file, line,
#: function, process, thread names): computed once, by the logger itself, then copied.
_record_template: tuple[tuple[int, int], dict[str, Any]] | None = None


def log_access(level: int, fields: AccessFields, request_id: str) -> None:
    """The access line: written directly while the logging configuration is the one
    ``setup_logging`` built (:class:`fapiao.observability.logs.AccessWriter`, issue 14), else
    logged as a record like any line (pytest's caplog, an operator's configuration)."""
    if access_log.isEnabledFor(level):
        now = time.time()
        writer = logs.access_writer
        if writer is None or not writer.write(level, fields, request_id, now):
            access_log.handle(access_record(level, fields, request_id, now))


def access_record(level: int, fields: AccessFields, request_id: str | None, now: float) -> logging.LogRecord:
    """The access line's record, as ``access_log.makeRecord`` makes it at ``now`` (``time.time()``),
    for less: LogRecord's constructor derives a dozen attributes (file and module names, thread,
    process) that never change here (issue 14: every message pays it; bench/bench_observability.py).
    ``request_id`` is the one RequestIdFilter would read from the context."""
    global _record_template
    place = (os.getpid(), threading.get_ident())
    if _record_template is None or _record_template[0] != place:
        # Not Logger.log: it would also walk the stack for the caller's file and line, which no
        # format of ours shows.
        model = access_log.makeRecord(ACCESS_LOGGER, logging.INFO, __file__, 0, "", (), None)
        _record_template = (place, dict(vars(model)))
    record = logging.LogRecord.__new__(logging.LogRecord)
    method, route, status, elapsed, remote = fields
    attributes = record.__dict__
    attributes.update(_record_template[1])
    attributes["relativeCreated"] += (now - attributes["created"]) * 1000
    attributes["created"] = now
    attributes["msecs"] = int((now - int(now)) * 1000) + 0.0  # as LogRecord computes it
    attributes["levelno"] = level
    attributes["levelname"] = logging.getLevelName(level)
    attributes["msg"] = ACCESS_MESSAGE
    attributes["args"] = (method, route, status, elapsed * 1000)
    # The JSON line's extra fields, in this order (AccessWriter writes the same).
    attributes["method"] = method
    attributes["route"] = route
    attributes["status"] = status
    attributes["duration_ms"] = round(elapsed * 1000, 2)
    attributes["remote"] = remote
    attributes["request_id"] = request_id
    return record


class InFlightCounter(Protocol):
    """fapiao.server.InFlight: the requests being handled, for graceful shutdown."""

    stopping: bool

    def begin(self) -> None: ...

    def end(self) -> None: ...


class Wiring:
    """What the outer middleware runs besides its own work, filled in while the app is built: the
    in-flight counter (``fapiao serve``) and the middlewares of path prefixes (the API's error
    envelope, http_shared.http.PREFIX_MIDDLEWARES). One middleware doing all of it instead of three
    app middlewares: each app middleware is a coroutine, a partial and an ``await`` more on every
    request, the WeChat endpoint's messages included (issue 14)."""

    __slots__ = ("in_flight", "prefixed")

    def __init__(self) -> None:
        self.in_flight: InFlightCounter | None = None
        self.prefixed: list[tuple[str, Middleware]] = []


def make_middleware(texts: Texts, wiring: Wiring | None = None) -> Middleware:
    wiring = wiring if wiring is not None else Wiring()
    prefixed = wiring.prefixed

    @web.middleware
    async def request_context(request: web.Request, handler: Handler) -> web.StreamResponse:
        # Counted first and uncounted last: the whole request, the access line included, is in flight
        # (it was the outermost middleware of its own).
        in_flight = wiring.in_flight
        if in_flight is not None:
            in_flight.begin()
        request_id = sane_request_id(request.headers.get(HEADER)) or new_request_id()
        request[REQUEST_ID_KEY] = request_id
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 500
        response: web.StreamResponse
        try:
            try:
                inner = None
                if prefixed:
                    path = request.path
                    for prefix, middleware in prefixed:
                        if path.startswith(prefix):
                            inner = middleware
                            break
                response = await (handler(request) if inner is None else inner(request, handler))
                status = response.status
            except web.HTTPException as exc:
                status = exc.status
                if status < 500:
                    raise
                log.warning("%s %s answered %s", request.method, route_template(request), status)
                response = web.Response(status=status, text=server_error_text(texts, request_id))
            except asyncio.CancelledError:
                status = 499  # the client went away (nginx's code for it)
                raise
            except Exception as exc:
                if is_outage(exc):
                    # PostgreSQL or Redis unreachable (the public pages have no error middleware
                    # of their own): 503 with the Chinese sentence; it recovers by itself.
                    log.warning("dependency unreachable in %s %s: %r", request.method, route_template(request), exc)
                    status = 503
                    response = web.Response(status=503, text=texts.error("service_unavailable", {}),
                                            headers={"Retry-After": "5"})
                else:
                    log.exception("unhandled error in %s %s", request.method, route_template(request))
                    status = 500
                    response = web.Response(status=500, text=server_error_text(texts, request_id))
            if in_flight is not None and in_flight.stopping:  # no next request on this keep-alive connection
                response.force_close()
            return response
        finally:
            elapsed = time.perf_counter() - started
            route = route_template(request)
            telemetry.http_request(route, request.method, status, elapsed)
            log_access(logging.DEBUG if route in QUIET_ROUTES else logging.INFO,
                       (request.method, route, status, elapsed, request.remote or ""), request_id)
            request_id_var.reset(token)
            if in_flight is not None:
                in_flight.end()

    return request_context


async def add_request_id_header(request: web.Request, response: web.StreamResponse) -> None:
    """on_response_prepare: every response, also ones raised as HTTPException or streamed."""
    request_id = request.get(REQUEST_ID_KEY)
    if request_id and HEADER not in response.headers:
        response.headers[HEADER] = request_id
