"""``fapiao serve`` (one process, or ``--workers N``) and ``fapiao migrate``."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from fapiao import eventloop, workers
from fapiao.config import load_or_exit
from fapiao.observability.logs import setup_logging
from fapiao.workers import MAX_WORKERS, metrics_directory


def cmd_serve(args: argparse.Namespace) -> int:
    # The server, the core and the database are imported here: the core imports prometheus_client,
    # which picks its multi-process mode when first imported (see below).
    from core.adapters.database import SchemaOutdated

    if args.workers > 1:
        # First of all: prometheus_client picks its multiprocess mode when it is imported,
        # and loading the settings (notification templates) already imports it.
        with metrics_directory():
            setup_logging(verbose=args.verbose)
            return workers.run(load_or_exit().for_listening(args.host, args.port), args.host, args.port,
                               args.workers)
    setup_logging(verbose=args.verbose)
    settings = load_or_exit().for_listening(args.host, args.port)
    from fapiao.server import serve

    try:
        eventloop.run(serve(settings, args.host, args.port))
    except SchemaOutdated as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from core.adapters.database import migrate

    setup_logging()
    settings = load_or_exit()
    applied = asyncio.run(migrate(settings.database_url))
    print("applied: " + (", ".join(applied) if applied else "nothing, the schema is up to date"))
    return 0


def _worker_count(value: str) -> int:
    try:
        count = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 1 <= count <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_WORKERS}")
    return count


def add_commands(sub: Any) -> None:
    serve = sub.add_parser("serve", help="run the server (WeChat endpoint /wechat, API /api/v1)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--verbose", action="store_true")
    serve.add_argument("--workers", type=_worker_count, default=1, metavar="N",
                       help="worker processes sharing the port (N > 1 needs PostgreSQL and Redis; see docs/deploy.md)")
    serve.set_defaults(func=cmd_serve)

    migrate = sub.add_parser("migrate", help="apply database migrations")
    migrate.set_defaults(func=cmd_migrate)
