"""The aiohttp application: the WeChat endpoint and the mini-program API on one server."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import socket
from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web

import bot.webhook
import fapiao.observability
import h5.views
import miniapp_api.app
from core.settings import Settings, load_settings
from fapiao.accepting import AcceptAllSite, listening_socket
from fapiao.bootstrap import Runtime, build_relay, start_runtime
from fapiao.observability.logs import setup_logging
from fapiao.observability.turn_batching import TurnBatchedStream, batch_handler_writes, unbatch_handler_writes
from fapiao.scheduler import run_background
from miniapp_api.parse_errors import PARSER_LIMITS

log = logging.getLogger("fapiao")
RUNTIME = web.AppKey("runtime", Runtime)


def build_app(runtime: Runtime, *, background: bool = True) -> web.Application:
    """Both transports over one started runtime. The caller owns the runtime's lifetime.

    ``background`` runs the notification relay and the scheduler as tasks of the app
    (tests drive those explicitly instead, with the frozen clock).
    """
    # Uploads (ticket attachments) may reach 10 MB; JSON bodies and WeChat posts keep their own,
    # much smaller cap (MAX_BODY_BYTES), checked by each transport.
    # aiohttp's parser refuses a header or request line over 8 KB with a plain-text 400 before any
    # middleware runs; PARSER_LIMITS let it through so that the API refuses it itself, with the error
    # envelope (issues 13, 16); beyond them the parser's refusal is the envelope too.
    app = web.Application(client_max_size=11 * 1024 * 1024, handler_args=dict(PARSER_LIMITS))
    app[RUNTIME] = runtime
    # Request ids, latency metrics, access log; /healthz, /readyz, /metrics.
    fapiao.observability.setup(app, runtime)
    endpoint = bot.webhook.setup(app, runtime.core, runtime.texts)
    miniapp_api.app.setup(app, runtime.core, runtime.texts)
    # The buyer's pages of 扫码开票 (h5/): PUBLIC_BASE_URL/s/<code>.
    h5.views.setup(app)

    async def drain(_app: web.Application) -> None:
        # Graceful shutdown: deferred replies and running exports finish first.
        await endpoint.drain()
        await runtime.core.exports.drain()

    app.on_shutdown.append(drain)

    async def background_tasks(_app: web.Application) -> AsyncIterator[None]:
        stop = asyncio.Event()
        tasks = [asyncio.create_task(run_background(runtime.core, stop)),
                 asyncio.create_task(build_relay(runtime.core, runtime.texts).run_forever(stop))]
        yield
        stop.set()
        _, pending = await asyncio.wait(tasks, timeout=15)
        for task in pending:  # a stuck round must not block shutdown
            task.cancel()

    if background:
        app.cleanup_ctx.append(background_tasks)
    return app


async def _worker_header(_request: web.Request, response: web.StreamResponse) -> None:
    # Which worker answered (multi-worker mode only): for operators and the multi-worker test.
    response.headers["X-Worker"] = str(os.getpid())


#: After the shutdown timeout, how long aiohttp waits for requests still running before cancelling them.
CANCEL_GRACE_SECONDS = 2.0


class InFlight:
    """Counts the requests being handled, so shutdown can wait for them *before* aiohttp closes
    the connections: aiohttp's own shutdown stops reading from every connection first, so a
    request whose body is still arriving could never finish."""

    def __init__(self) -> None:
        self.count = 0
        self.stopping = False
        self._idle = asyncio.Event()
        self._idle.set()

    # Called by the app's outer middleware (fapiao.observability: track_in_flight), first and last
    # thing of every request; it also closes the keep-alive connection once ``stopping``.
    def begin(self) -> None:
        self.count += 1
        if self.count == 1:
            self._idle.clear()

    def end(self) -> None:
        self.count -= 1
        if not self.count:
            self._idle.set()

    async def wait(self, seconds: float) -> bool:
        """True when every request finished within ``seconds``."""
        try:
            await asyncio.wait_for(self._idle.wait(), seconds)
        except TimeoutError:
            return False
        return True


async def shutdown(runner: web.AppRunner, in_flight: InFlight, seconds: float) -> None:
    """Stop accepting, let requests in flight finish (up to ``seconds``), then clean up the app."""
    for site in list(runner.sites):
        await site.stop()  # closes the listening socket; open connections stay
    in_flight.stopping = True
    if in_flight.count:
        log.info("waiting for %s request(s) in flight (up to %ss)", in_flight.count, seconds)
        if not await in_flight.wait(seconds):
            log.warning("%s request(s) still running after %ss: cancelling them", in_flight.count, seconds)
    # aiohttp's shutdown: close idle connections, on_shutdown (deferred WeChat replies, exports),
    # cancel what is still running after the grace, then cleanup (relay, scheduler).
    await runner.cleanup()


def freeze_startup_heap() -> None:
    """Take what startup built (modules, jieba's dictionary, the FAQ index, templates, the app)
    out of the garbage collector's full collections: ``gc.collect()`` first, so startup's own
    garbage is not kept, then ``gc.freeze()``. Measured on the embedded closed loop
    (bench/results/2026-12-07-pass6/final/gc/): the ~230,000 objects startup leaves made each full
    collection a 150 ms pause of the event loop (4 in a 20 s run at ~1,400 msg/s), 16 ms after.
    Under ``fapiao serve --workers N`` each worker does it in its own process. A frozen object is
    still freed by reference counting; only a cycle of them would stay, and startup's objects live
    as long as the process."""
    gc.collect()
    gc.freeze()


async def serve(settings: Settings, host: str, port: int, *, sock: socket.socket | None = None,
                worker: int | None = None) -> None:
    """Serve until SIGTERM or SIGINT, then shut down gracefully.

    Shutdown: stop accepting connections; let requests in flight (and the dialog steps they
    run) finish within ``SHUTDOWN_TIMEOUT_SECONDS`` (then they are cancelled); drain deferred
    WeChat replies and running exports; stop the scheduler and the outbox relay (which
    releases the events it claimed but did not start); close the database and Redis.

    ``sock`` is the listening socket of a worker of ``fapiao serve --workers N``
    (fapiao/workers.py), and ``worker`` its number (adds an ``X-Worker`` header).
    """
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):  # early, so a stop during startup is clean too
        loop.add_signal_handler(sig, stop.set)
    runtime = await start_runtime(settings)
    runner: web.AppRunner | None = None
    in_flight = InFlight()
    log_stream: TurnBatchedStream | None = None
    try:
        # Load jieba and the FAQ index now, not on the first user's question.
        await runtime.core.help.warm_up(Path(settings.data_dir) / "cache")
        app = build_app(runtime)
        # Imported here: fapiao.observability's modules load prometheus_client (see its __init__).
        from fapiao.observability.endpoints import track_in_flight

        track_in_flight(app, in_flight)
        if worker is not None:
            app.on_response_prepare.append(_worker_header)
        freeze_startup_heap()  # after the warm-up and the app: what every request uses from now on
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=CANCEL_GRACE_SECONDS)
        await runner.setup()
        # The log lines (an access line per request) written once per turn of the loop, not one
        # write(2) each (fapiao/observability/turn_batching.py).
        log_stream = batch_handler_writes(loop)
        # Not aiohttp's TCPSite: on uvloop it accepts one connection per turn of the loop (see
        # fapiao/accepting.py).
        site = AcceptAllSite(runner, sock if sock is not None else listening_socket(host, port))
        await site.start()
        mode = "safe (AES)" if settings.safe_mode else "plaintext"
        event_loop = "uvloop" if type(loop).__module__.startswith("uvloop") else "asyncio"
        log.info("%sserving on http://%s:%s  (WeChat endpoint /wechat in %s mode, API /api/v1, %s event loop)",
                 f"worker {worker} (pid {os.getpid()}): " if worker is not None else "", host, port, mode,
                 event_loop)
        await stop.wait()
    finally:
        log.info("shutting down: no new connections; requests in flight get up to %ss",
                 settings.shutdown_timeout_seconds)
        if runner is not None:
            await shutdown(runner, in_flight, settings.shutdown_timeout_seconds)
        await runtime.close()
        log.info("stopped")
        unbatch_handler_writes(log_stream)


async def gunicorn_app() -> web.Application:
    """App factory for gunicorn with aiohttp's worker (the alternative to ``fapiao serve --workers``)::

        gunicorn 'fapiao.server:gunicorn_app' --worker-class aiohttp.GunicornUVLoopWebWorker \\
            --workers 4 --bind 127.0.0.1:8080 --graceful-timeout 30

    (``aiohttp.GunicornUVLoopWebWorker`` runs on uvloop, as ``fapiao serve`` does when it is
    installed; ``aiohttp.GunicornWebWorker`` on asyncio's loop.)

    Each gunicorn worker starts its own runtime from the settings (PostgreSQL refuses an
    outdated schema: run ``fapiao migrate`` first), warms up the FAQ search, and closes the
    runtime when the app is cleaned up. Signals and the shutdown timeout are gunicorn's
    (``--graceful-timeout``). Use PostgreSQL and Redis: the embedded default is one process.
    """

    setup_logging()  # JSON or text (LOG_FORMAT), request ids, masking: as under `fapiao serve`
    settings = load_settings()
    if settings.embedded:
        log.warning("gunicorn on the embedded default: run it with --workers 1 only (SQLite and the "
                    "in-process Redis stand-in do not share state between processes)")
    runtime = await start_runtime(settings)
    try:
        await runtime.core.help.warm_up(Path(settings.data_dir) / "cache")
        app = build_app(runtime)
        freeze_startup_heap()
    except BaseException:
        await runtime.close()
        raise

    async def close_runtime(_app: web.Application) -> None:
        await runtime.close()

    app.on_cleanup.append(close_runtime)  # after build_app's own cleanup (background tasks)
    return app
