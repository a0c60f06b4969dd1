"""Accept every waiting connection each time the listening socket is readable.

Why not aiohttp's ``TCPSite``/``SockSite``: on uvloop they listen through libuv, which since
libuv 1.45 (libuv/libuv#3696, "unix: don't accept() connections in a loop") accepts **one**
connection per turn of the event loop. A turn of a busy server takes as long as the callbacks
it runs: at ~1,000 messages/s with 200 in flight it is ~100 ms, so new connections were taken
at ~10 per second. In the WeChat closed-loop bench on a slow machine, 35 of 200 users' first
messages waited in the kernel's accept queue past WeChat's 5 s deadline
(bench/results/2026-12-07-pass7/accept/). asyncio's own loop accepts up to the backlog per
turn; this site does the same on either loop: a reader on the listening socket accepts until
the queue is empty (or ``LISTEN_BACKLOG`` at once), and hands each socket to the loop with
``connect_accepted_socket`` and aiohttp's protocol factory, so the connections are the loop's
own transports (uvloop's C ones) served by aiohttp exactly as before. Only accepting moved.

A new connection now waits for its turn like a request on an open one, instead of for the
kernel's queue to be drained one per turn. Errors are asyncio's: a connection reset before it
was accepted is skipped; running out of descriptors or memory is logged and accepting pauses
for a second (asyncio's ``ACCEPT_RETRY_DELAY``) rather than spinning on a readable socket.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket

from aiohttp import web
from yarl import URL

log = logging.getLogger(__name__)

#: The accept queue of every listening socket, one worker or several. WeChat's servers and a busy
#: mini-program open many connections at once; with asyncio's default of 100 (aiohttp's 128) a
#: burst overflows the queue, the kernel drops the handshakes, and those clients wait out TCP's
#: 1 s, 3 s … retransmits. The kernel caps it at net.core.somaxconn (4096 on current kernels).
LISTEN_BACKLOG = 1024

#: After EMFILE/ENFILE/ENOBUFS/ENOMEM: wait this long before accepting again (asyncio's value).
ACCEPT_RETRY_DELAY = 1.0

#: accept() errors that concern one connection only (it went away before we took it): go on.
_SKIP = frozenset({errno.ECONNABORTED, errno.EPROTO, errno.EPERM})


def listening_socket(host: str, port: int, *, reuse_port: bool = False) -> socket.socket:
    """A listening TCP socket on (host, port) with ``LISTEN_BACKLOG``; ``reuse_port`` for the
    workers of ``fapiao serve --workers N``, which share the port (SO_REUSEPORT)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family, backlog=LISTEN_BACKLOG, reuse_port=reuse_port)


class AcceptAllSite(web.BaseSite):
    """An aiohttp site on a listening socket that accepts every waiting connection per turn."""

    __slots__ = ("_loop", "_name", "_opening", "_reading", "_retry", "_sock")

    def __init__(self, runner: web.BaseRunner, sock: socket.socket) -> None:
        super().__init__(runner, backlog=LISTEN_BACKLOG)
        self._sock = sock
        host, port = sock.getsockname()[:2]
        self._name = str(URL.build(scheme="http", host=host, port=port))
        self._loop: asyncio.AbstractEventLoop | None = None
        self._reading = False
        self._opening: set[asyncio.Task[None]] = set()  # connections being handed to the loop
        self._retry: asyncio.TimerHandle | None = None

    @property
    def name(self) -> str:
        return self._name

    async def start(self) -> None:
        await super().start()
        self._loop = asyncio.get_running_loop()
        self._sock.setblocking(False)
        self._resume()

    async def stop(self) -> None:
        """Stop accepting and close the listening socket; open connections stay (aiohttp's
        shutdown closes them when their requests are done)."""
        self._pause()
        if self._retry is not None:
            self._retry.cancel()
            self._retry = None
        self._sock.close()
        if self._opening:  # the few sockets accepted but not yet served: let them be served
            await asyncio.gather(*self._opening, return_exceptions=True)
        await super().stop()

    def _resume(self) -> None:
        self._retry = None
        if not self._reading and self._loop is not None and self._sock.fileno() != -1:
            self._loop.add_reader(self._sock.fileno(), self._accept_waiting)
            self._reading = True

    def _pause(self) -> None:
        if self._reading and self._loop is not None:
            self._loop.remove_reader(self._sock.fileno())
            self._reading = False

    def _accept_waiting(self) -> None:
        assert self._loop is not None
        for _ in range(LISTEN_BACKLOG):
            try:
                conn, _address = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return  # the queue is empty
            except OSError as exc:
                if exc.errno in _SKIP:
                    continue
                # Out of descriptors or memory: every accept would fail the same way now.
                log.error("accepting connections paused for %ss: %s", ACCEPT_RETRY_DELAY, exc)
                self._pause()
                self._retry = self._loop.call_later(ACCEPT_RETRY_DELAY, self._resume)
                return
            task = self._loop.create_task(self._serve(conn))
            self._opening.add(task)
            task.add_done_callback(self._opening.discard)

    async def _serve(self, conn: socket.socket) -> None:
        assert self._loop is not None
        server = self._runner.server
        try:
            if server is None:  # the runner was cleaned up between accept and now
                raise ConnectionAbortedError("the server is shutting down")
            await self._loop.connect_accepted_socket(server, conn)
        except Exception as exc:  # one connection's failure is not the server's
            log.warning("could not serve an accepted connection: %s", exc)
            conn.close()
