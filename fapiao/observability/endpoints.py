"""Wiring into the aiohttp app: the middleware, the response header hook and the ops endpoints."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

import fapiao.observability.health as health
import fapiao.observability.metrics as metrics
from fapiao.observability.middleware import REQUEST_ID_KEY, InFlightCounter, Wiring, add_request_id_header, make_middleware
from http_shared.http import PREFIX_MIDDLEWARES

if TYPE_CHECKING:
    from fapiao.bootstrap import Runtime

_RUNTIME: web.AppKey[Runtime] = web.AppKey("observability_runtime")
_WIRING = web.AppKey("observability_wiring", Wiring)


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    runtime = request.app[_RUNTIME]
    ready, body = await health.readiness(runtime.store)
    if not ready:
        body["request_id"] = request.get(REQUEST_ID_KEY)
    return web.json_response(body, status=200 if ready else 503)


async def metrics_view(request: web.Request) -> web.Response:
    runtime = request.app[_RUNTIME]
    return metrics.response(await metrics.render(runtime.core.clock, runtime.store))


def setup(app: web.Application, runtime: Runtime) -> None:
    app[_RUNTIME] = runtime
    # Outermost, whatever the transports append later: it must see their final responses.
    wiring = app[_WIRING] = Wiring()
    app[PREFIX_MIDDLEWARES] = wiring.prefixed  # the transports' prefix middlewares run inside it
    app.middlewares.insert(0, make_middleware(runtime.texts, wiring))
    app.on_response_prepare.append(add_request_id_header)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics_view)


def track_in_flight(app: web.Application, in_flight: InFlightCounter) -> None:
    """Count ``app``'s requests in ``in_flight`` (graceful shutdown), in the outer middleware."""
    app[_WIRING].in_flight = in_flight
