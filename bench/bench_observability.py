"""Micro-benchmark: what the access log and the metrics cost per request (target ≤ ~0.02 ms).

Runs the outermost middleware (fapiao/observability/middleware.py) around a handler that
does nothing, N times, on a real aiohttp request object, with logging set up as ``fapiao
serve`` sets it (our handler: request id + masking filters, text or JSON format) writing to
/dev/null, and the Prometheus metrics as in production; then the same middleware with
logging and metrics switched off. The difference is their cost. CPU time of this process.

    .venv/bin/python bench/bench_observability.py [--count 50000] [--format text|json]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aiohttp import web  # noqa: E402
from aiohttp.test_utils import make_mocked_request  # noqa: E402

from core import telemetry  # noqa: E402
from fapiao.observability import middleware as mw  # noqa: E402
from fapiao.observability.logs import setup_logging  # noqa: E402
from templates import texts  # noqa: E402


async def measure(count: int, *, observe: bool) -> float:
    app = web.Application()

    async def handler(_request: web.Request) -> web.StreamResponse:
        return web.Response(text="success")

    app.router.add_post("/wechat", handler)
    middleware = mw.make_middleware(texts())
    request = make_mocked_request("POST", "/wechat", app=app)
    match = await app.router.resolve(request)
    request._match_info = match  # route_template reads it
    saved: dict[str, Any] = {}
    if not observe:
        saved = {"http": telemetry.http_request, "level": mw.access_log.level}
        telemetry.http_request = lambda *args, **kwargs: None  # type: ignore[assignment]
        mw.access_log.setLevel(logging.CRITICAL)
    try:
        for _ in range(min(count, 1000)):  # warm up (label children, caches)
            await middleware(request, handler)
        started = time.process_time()
        for _ in range(count):
            await middleware(request, handler)
        return (time.process_time() - started) / count * 1000
    finally:
        if saved:
            telemetry.http_request = saved["http"]
            mw.access_log.setLevel(saved["level"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with open(os.devnull, "w") as sink:
        setup_logging(log_format=args.format, level="INFO", stream=sink)
        with_obs, without = [], []
        for _ in range(args.repeat):
            with_obs.append(asyncio.run(measure(args.count, observe=True)))
            without.append(asyncio.run(measure(args.count, observe=False)))
    best_with, best_without = min(with_obs), min(without)
    print(f"middleware with access log + metrics ({args.format}): {best_with * 1000:.1f} µs per request "
          f"(best of {args.repeat} × {args.count})")
    print(f"middleware without them:                  {best_without * 1000:.1f} µs")
    print(f"access log + metrics cost:                {(best_with - best_without) * 1000:.1f} µs per request "
          f"(target ≤ 20 µs)")


if __name__ == "__main__":
    main()
