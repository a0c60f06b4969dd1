"""``fapiao serve --workers N``: N processes serving one port, supervised by a parent process.

The parent

1. refuses more than one worker on the embedded default (SQLite and/or the in-process Redis
   stand-in keep their state inside one process, so workers would not share it);
2. checks the database once (PostgreSQL refuses an outdated schema: ``fapiao migrate``) and
   that Redis answers;
3. creates a fresh, empty ``PROMETHEUS_MULTIPROC_DIR`` so that ``/metrics`` adds up every
   worker (prometheus_client's multiprocess mode reads the variable when it is imported, so
   this happens before the app is imported), and removes it at exit;
4. checks that the port is free, then forks N workers that each listen on it with
   ``SO_REUSEPORT`` and run the app (fapiao.server.serve): the kernel spreads new connections
   evenly over the workers' sockets (one shared socket would let whichever worker wakes first
   accept a whole burst);
5. supervises: a worker that dies is restarted with backoff (0.5 s doubling up to 30 s while it
   keeps dying young); SIGTERM or SIGINT stops accepting, is forwarded to every worker and the
   parent waits for their graceful shutdown (``SHUTDOWN_TIMEOUT_SECONDS`` plus a margin for the
   background tasks, then SIGKILL).

Per process: the database pool, the Redis connection pool, the FAQ search index, the outbox
relay and the scheduler (both safe with several workers: ``FOR UPDATE SKIP LOCKED`` claims,
and a Redis lock per scheduler round). Shared, in PostgreSQL and Redis: everything else.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import shutil
import signal
import socket
import sys
import tempfile
import time
from collections.abc import Iterator
from multiprocessing.process import BaseProcess
from types import FrameType

from core.settings import EMBEDDED_REDIS, Settings
from fapiao import eventloop

log = logging.getLogger("fapiao.workers")

#: Exit code of a worker that cannot start for a reason a restart will not fix (the parent stops).
FATAL_EXIT = 2
#: Beyond the shutdown timeout, how long the parent waits for a worker before SIGKILL: the
#: background tasks (relay, scheduler) get 15 s, then the database and Redis are closed.
STOP_MARGIN_SECONDS = 30.0
RESTART_DELAY_FIRST = 0.5
RESTART_DELAY_MAX = 30.0
#: A worker that ran this long before dying is restarted at once again (its backoff resets).
HEALTHY_AFTER_SECONDS = 30.0
MAX_WORKERS = 64


def embedded_refusal(settings: Settings, workers: int) -> str | None:
    """Why ``--workers N`` (N > 1) cannot run on these settings, or None when it can."""
    if workers <= 1 or not settings.embedded:
        return None
    reasons = []
    if settings.redis_url == EMBEDDED_REDIS:
        reasons.append(f"REDIS_URL is {EMBEDDED_REDIS}, the in-process Redis stand-in: sessions, dialog state, "
                       "SMS codes and limits and the de-duplication of WeChat retries would live in each "
                       "worker separately, so users would be logged out and lose their dialogs between requests")
    if settings.is_sqlite:
        reasons.append(f"DATABASE_URL is SQLite ({settings.database_url}), the embedded database for one "
                       "process: several processes writing it fail with 'database is locked'")
    return (
        f"--workers {workers} needs PostgreSQL and Redis, which the workers share. "
        f"{'; and '.join(reasons)}. "
        "Set DATABASE_URL=postgres://... and REDIS_URL=redis://... (then run `fapiao migrate`), "
        "or run a single process (--workers 1)."
    )


async def _check(settings: Settings) -> None:
    """Once, in the parent: the schema is current and Redis answers."""
    from core.adapters.database import SchemaOutdated, close_db, init_db, pending_migrations
    from core.adapters.kv import RedisStore

    await init_db(settings.database_url)
    try:
        pending = await pending_migrations()
    finally:
        await close_db()
    if pending:
        raise SchemaOutdated(f"database schema is outdated ({len(pending)} pending migration(s): "
                             f"{', '.join(pending)}); run `fapiao migrate`")
    store = RedisStore.from_url(settings.redis_url)
    try:
        await store.ping()
    finally:
        await store.close()


def listen(host: str, port: int) -> socket.socket:
    """A listening socket that shares the port with the other workers' (SO_REUSEPORT)."""
    from fapiao.accepting import listening_socket

    return listening_socket(host, port, reuse_port=True)


def _worker_main(settings: Settings, host: str, port: int, number: int, parent: int) -> None:
    """The body of a worker process (forked from the parent)."""
    # The parent's handlers were inherited by the fork; serve() installs the worker's own.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from core.adapters.database import SchemaOutdated

    try:
        sock = listen(host, port)

        eventloop.run(_worker(settings, host, port, sock, number, parent))
    except SchemaOutdated as exc:
        log.error("worker %s: %s", number, exc)
        sys.exit(FATAL_EXIT)
    except KeyboardInterrupt:  # SIGINT before serve() took over the signals
        pass
    except Exception:
        log.exception("worker %s crashed", number)
        sys.exit(1)


async def _worker(settings: Settings, host: str, port: int, sock: socket.socket, number: int, parent: int) -> None:
    from fapiao.server import serve

    async def watch_parent() -> None:
        # The parent was killed (SIGKILL, OOM): stop serving rather than live on unsupervised.
        while True:
            await asyncio.sleep(1)
            if os.getppid() != parent:
                log.error("worker %s: the supervising process is gone; shutting down", number)
                os.kill(os.getpid(), signal.SIGTERM)
                return

    watcher = asyncio.create_task(watch_parent())
    try:
        await serve(settings, host, port, sock=sock, worker=number)
    finally:
        watcher.cancel()


class Supervisor:
    """The parent process: starts, restarts and stops the workers."""

    def __init__(self, settings: Settings, host: str, port: int, workers: int) -> None:
        self.settings = settings
        self.host = host
        self.port = port
        self.count = workers
        self.context = multiprocessing.get_context("fork")
        self.procs: dict[int, BaseProcess | None] = {}
        self.started_at: dict[int, float] = {}
        self.failures: dict[int, int] = dict.fromkeys(range(workers), 0)
        self.restart_at: dict[int, float] = {}
        self.stopping = False
        self.fatal = False
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_w, False)

    # -- signals --------------------------------------------------------------------------

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if not self.stopping:
            log.info("%s received: stopping %s worker(s) gracefully", signal.Signals(signum).name, self.count)
        self.stopping = True
        with contextlib.suppress(OSError):  # the pipe is full: the loop is awake anyway
            os.write(self._wake_w, b"x")

    # -- workers --------------------------------------------------------------------------

    def _start(self, number: int) -> None:
        proc = self.context.Process(
            target=_worker_main, name=f"fapiao-worker-{number}",
            args=(self.settings, self.host, self.port, number, os.getpid()),
        )
        proc.start()
        self.procs[number] = proc
        self.started_at[number] = time.monotonic()
        self.restart_at.pop(number, None)
        log.info("worker %s started (pid %s)", number, proc.pid)

    def _alive(self) -> list[BaseProcess]:
        return [p for p in self.procs.values() if p is not None and p.exitcode is None]

    def _reap(self) -> None:
        now = time.monotonic()
        for number, proc in list(self.procs.items()):
            if proc is None or proc.is_alive():
                continue
            proc.join()
            code = proc.exitcode
            self.procs[number] = None
            _mark_process_dead(proc.pid)
            if self.stopping:
                continue
            if code == FATAL_EXIT:
                log.error("worker %s (pid %s) cannot start (exit %s); stopping", number, proc.pid, code)
                self.fatal = True
                self.stopping = True
                continue
            lived = now - self.started_at.get(number, now)
            self.failures[number] = 0 if lived >= HEALTHY_AFTER_SECONDS else self.failures[number] + 1
            delay = min(RESTART_DELAY_MAX, RESTART_DELAY_FIRST * 2 ** max(self.failures[number] - 1, 0))
            how = f"killed by {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit {code}"
            log.warning("worker %s (pid %s) died (%s) after %.1fs; restarting in %.1fs",
                        number, proc.pid, how, lived, delay)
            self.restart_at[number] = now + delay

    def run(self) -> int:
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            for number in range(self.count):
                self._start(number)
            while not self.stopping:
                waiting = [p.sentinel for p in self._alive()]
                timeout = 1.0
                if self.restart_at:
                    timeout = max(0.0, min(timeout, min(self.restart_at.values()) - time.monotonic()))
                multiprocessing.connection.wait([*waiting, self._wake_r], timeout=timeout)
                self._reap()
                now = time.monotonic()
                for number, at in list(self.restart_at.items()):
                    if at <= now and not self.stopping:
                        self._start(number)
            return self._stop()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            os.close(self._wake_r)
            os.close(self._wake_w)

    def _stop(self) -> int:
        # Each worker closes its listening socket first, then finishes what is in flight.
        codes: list[int | None] = []
        for proc in self._alive():
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid or 0, signal.SIGTERM)
        deadline = time.monotonic() + self.settings.shutdown_timeout_seconds + STOP_MARGIN_SECONDS
        while (alive := self._alive()) and time.monotonic() < deadline:
            # One look at who is alive per round: asking twice let a worker that exited in between
            # leave an empty list to wait on, and wait([]) sleeps the whole timeout (the supervisor
            # then outlived its workers by up to a minute).
            multiprocessing.connection.wait([p.sentinel for p in alive],
                                            timeout=max(0.0, deadline - time.monotonic()))
        for proc in self._alive():
            log.error("worker pid %s did not stop in time; killing it", proc.pid)
            proc.kill()
        for number, worker in self.procs.items():
            if worker is not None:
                worker.join()
                codes.append(worker.exitcode)
                _mark_process_dead(worker.pid)
                log.info("worker %s (pid %s) stopped (exit %s)", number, worker.pid, worker.exitcode)
        if self.fatal:
            return FATAL_EXIT
        return 0 if all(code == 0 for code in codes) else 1


def _mark_process_dead(pid: int | None) -> None:
    """Drop a dead worker's live gauges from the multiprocess metrics (when metrics are on)."""
    if pid is None or not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return
    try:
        from prometheus_client import multiprocess
    except ImportError:
        return
    with contextlib.suppress(OSError):
        multiprocess.mark_process_dead(pid)  # type: ignore[no-untyped-call]


def run(settings: Settings, host: str, port: int, workers: int) -> int:
    """``fapiao serve --workers N`` with N > 1; returns the process exit code."""
    from core.adapters.database import SchemaOutdated

    refusal = embedded_refusal(settings, workers)
    if refusal:
        print(f"error: {refusal}", file=sys.stderr)
        return 2
    try:
        asyncio.run(_check(settings))
    except SchemaOutdated as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # connection refused, authentication, unknown host ...
        print(f"error: cannot reach the database or Redis: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    try:
        listen(host, port).close()  # the port is free (or shared only with SO_REUSEPORT sockets)
    except OSError as exc:
        print(f"error: cannot listen on {host}:{port}: {exc}", file=sys.stderr)
        return 2
    log.info("starting %s workers on http://%s:%s (metrics of all workers in %s)", workers, host, port,
             os.environ.get("PROMETHEUS_MULTIPROC_DIR", "-"))
    return Supervisor(settings, host, port, workers).run()


@contextlib.contextmanager
def metrics_directory() -> Iterator[str]:
    """A fresh, empty PROMETHEUS_MULTIPROC_DIR for the workers' metrics, removed at exit.

    Enter it before anything imports prometheus_client (the settings' notification
    templates do): the library picks its multiprocess mode at import time.
    """
    if "prometheus_client" in sys.modules:  # too late for its multiprocess mode in this process
        log.warning("prometheus_client was imported before PROMETHEUS_MULTIPROC_DIR was set")
    metrics_dir = tempfile.mkdtemp(prefix="fapiao-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    try:
        yield metrics_dir
    finally:
        shutil.rmtree(metrics_dir, ignore_errors=True)
        os.environ.pop("PROMETHEUS_MULTIPROC_DIR", None)
