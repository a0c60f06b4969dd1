"""Health endpoints, request ids, structured and masked logs, Prometheus metrics.

:func:`setup` wires it into the app built by ``fapiao.server.build_app``:

- the outermost middleware (request id, latency by route, access log, 5xx with request id);
- ``GET /healthz`` (liveness), ``GET /readyz`` (database + Redis), ``GET /metrics``.

Logging is configured by :func:`fapiao.observability.logs.setup_logging` (the CLI calls it).
See docs/observability.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aiohttp import web

    from fapiao.bootstrap import Runtime

# Nothing heavy is imported here: ``fapiao.cli`` imports ``fapiao.observability.logs`` before
# ``fapiao serve --workers N`` sets PROMETHEUS_MULTIPROC_DIR, and prometheus_client must not be
# imported before that (it picks its multi-process mode at import time).


def setup(app: web.Application, runtime: Runtime) -> None:
    """Add the middleware and ``/healthz``, ``/readyz``, ``/metrics`` to ``app``."""
    from fapiao.observability.endpoints import setup as setup_endpoints

    setup_endpoints(app, runtime)
