"""The chat message's two Redis commands over one pipelined connection (issue 14).

Every chat message makes two Redis round trips, each one ``EVALSHA`` of the store's scripts
(core/adapters/kv.py). Through ``redis.asyncio.Redis`` each command took a connection from
the pool and gave it back, ran inside the retry wrapper and the observability hooks,
encoded every argument in Python, and wrapped its write in ``asyncio.wait_for`` (a Task per
call) and its read in ``asyncio.timeout``: ~20 % of an FAQ message's instructions on
PostgreSQL + Redis, far more than Redis's own work. Here a command is bytes packed by hiredis,
written with the others of its loop iteration, and one future that hiredis's reader resolves
when the reply arrives.

Why this and not another client: it stays on the libraries redis-py itself stands on —
hiredis (the Redis project's C protocol reader and packer, what redis-py parses with when
it is installed) and redis-py's own error parsing and exception classes, so an outage is
still a ``redis.exceptions.ConnectionError``/``TimeoutError`` (core/adapters/outage.py) and
a flushed script cache still a ``NoScriptError``. What it adds is the ~150 lines below: a
connection, its handshake (AUTH, SELECT) and the pairing of replies with calls. Every other
command, and the configurations this does not cover (TLS, RESP3, credential providers),
stay on redis-py's client (:meth:`ScriptConnection.for_client` answers None for those).

Concurrency: every coroutine of a worker shares the one connection. Redis answers a
connection's commands in the order it received them, so a call appends its future to a FIFO
in the same step as it buffers its bytes (no ``await`` between the two) and the reader
resolves the FIFO in order: concurrent messages are pipelined on one socket. A cancelled
caller's command is still written and its reply read and dropped, which keeps the FIFO in step.

Writes per loop iteration: the first command of an iteration schedules one flush
(``call_soon``) and every command sent before it runs goes out in that one ``transport.write``.
Under load many messages reach a Redis step in the same iteration, and each ``write`` is a
system call (a py-spy profile of the PostgreSQL closed loop put 8.6 % of the server's samples
in this module's writes, bench/results/2026-12-07-pass5/final/pg_profile/). The flush runs
in the next iteration, whose poll does not wait while a callback is ready, so a command is
not held back behind other I/O. A
connection lost between a command's send and its flush never wrote it: the flush (or the loss
itself) fails it with ``ConnectionLost`` like the calls in flight, and its caller sends it once
more on a new connection (which is safe: Redis never saw it).

Timeouts: one watchdog timer per connection instead of one per call. While calls are in
flight it fires every ``timeout`` seconds; when no reply at all arrived during a whole period
it fails every call in flight with ``TimeoutError`` and drops the connection, so a call never
waits more than twice ``timeout`` for a Redis that stopped answering.

Reconnection: when Redis closes the connection (a restart, ``CLIENT KILL``, the network),
its calls in flight fail and the next call connects again. A call whose connection closed
under it is sent once more on a new connection, as redis-py's retry did for these commands:
a Redis that restarted never ran it (one whose connection was cut after it ran the script
and before its reply arrived runs it twice, as with redis-py). Connecting to a Redis that
is down fails at once, as a ``ConnectionError``.
"""

from __future__ import annotations

import asyncio
import collections
import socket
from collections.abc import Callable
from typing import Any, cast

import hiredis
import redis.asyncio as aioredis
from redis._parsers.base import BaseParser  # redis-py's mapping of error replies to its exception classes
from redis.asyncio.connection import Connection, UnixDomainSocketConnection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import InvalidResponse
from redis.exceptions import TimeoutError as RedisTimeoutError

#: (arg, …) → the command's bytes (hiredis, in C): str encoded as UTF-8, numbers as their text.
#: (hiredis's stub types the tuple as having one element.)
pack_command = cast("Callable[[tuple[str | int | float | bytes, ...]], bytes]", hiredis.pack_command)


class ConnectionLost(RedisConnectionError):
    """Redis closed the connection while a call was in flight (the call may be sent again)."""


class _Wire(asyncio.Protocol):
    """One connection: writes commands, reads replies, pairs them with the calls in order."""

    def __init__(self, loop: asyncio.AbstractEventLoop, timeout: float) -> None:
        self.loop = loop
        self.timeout = timeout
        # replyError: an error reply becomes redis-py's exception for it (NoScriptError, BusyLoadingError…).
        self.reader = hiredis.Reader(protocolError=InvalidResponse, replyError=BaseParser.parse_error,
                                     encoding="utf-8")
        self.transport: asyncio.Transport | None = None
        self.waiting: collections.deque[asyncio.Future[Any]] = collections.deque()
        #: Commands sent in this loop iteration, not written yet (their futures are already in ``waiting``).
        self._buffered: list[bytes] = []
        self.lost = False
        self.replies = 0
        self._watchdog: asyncio.TimerHandle | None = None
        self._mark = 0

    # -- calls ---------------------------------------------------------------------------

    def send(self, packed: bytes) -> asyncio.Future[Any]:
        """Write one packed command; the future gets its reply (or its error)."""
        transport = self.transport
        if self.lost or transport is None or transport.is_closing():  # closing: uvloop's write would raise
            self.lost = True
            raise ConnectionLost("Redis closed the connection")
        future = self.loop.create_future()
        # Buffered and its future queued in the same step: the FIFO of futures stays the order of the bytes.
        buffered = self._buffered
        buffered.append(packed)
        self.waiting.append(future)
        if len(buffered) == 1:  # the iteration's first command: one write for all of them, next iteration
            self.loop.call_soon(self._flush)
        if self._watchdog is None:
            self._arm()
        return future

    def _flush(self) -> None:
        """Write the commands buffered since the last flush in one ``transport.write``."""
        buffered = self._buffered
        if not buffered:  # dropped by _fail: the connection was lost before they went out
            return
        self._buffered = []
        transport = self.transport
        if self.lost or transport is None or transport.is_closing():
            # Lost between send and flush: never written, so these calls fail as closed under them (their
            # caller sends them once more on a new connection). Calls already written fail alike.
            self._fail(ConnectionLost("Redis closed the connection"))
            return
        transport.write(buffered[0] if len(buffered) == 1 else b"".join(buffered))

    def _arm(self) -> None:
        self._mark = self.replies
        self._watchdog = self.loop.call_later(self.timeout, self._check)

    def _check(self) -> None:
        self._watchdog = None
        if not self.waiting:
            return
        if self.replies == self._mark:  # a whole period in flight without a single reply
            self.abort(RedisTimeoutError(f"Timeout reading from Redis ({self.timeout} s without a reply)"))
            return
        self._arm()

    def abort(self, error: BaseException) -> None:
        """Fail every call in flight with ``error`` and drop the connection."""
        self._fail(error)
        if self.transport is not None:
            self.transport.abort()

    def _fail(self, error: BaseException) -> None:
        self.lost = True
        self._buffered = []  # never to be written: their futures fail below with the others
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        waiting, self.waiting = self.waiting, collections.deque()
        for future in waiting:
            if not future.done():
                future.set_exception(error)

    # -- asyncio.Protocol ----------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's transports are not asyncio's classes

    def data_received(self, data: bytes) -> None:
        reader = self.reader
        reader.feed(data)
        waiting = self.waiting
        while True:
            try:
                reply = reader.gets()
            except InvalidResponse as exc:  # not Redis's protocol: nothing after this can be trusted
                self.abort(RedisConnectionError(f"Redis protocol error: {exc}"))
                return
            if reply is False:
                return
            self.replies += 1
            if not waiting:  # a reply nobody asked for: the pairing is lost
                self.abort(RedisConnectionError("Redis sent a reply without a command"))
                return
            future = waiting.popleft()
            if future.done():  # its caller was cancelled
                continue
            if isinstance(reply, Exception):
                future.set_exception(reply)
            else:
                future.set_result(reply)

    def eof_received(self) -> None:
        self.lost = True  # new calls go to a new connection; those in flight fail when it closes

    def connection_lost(self, exc: Exception | None) -> None:
        self._fail(ConnectionLost(f"Redis closed the connection{f': {exc}' if exc else ''}"))


class ScriptConnection:
    """The store's scripts' connection to one Redis (see the module's docstring)."""

    def __init__(self, client: aioredis.Redis, *, host: str = "localhost", port: int = 6379, path: str = "",
                 db: int = 0, username: str | None = None, password: str | None = None,
                 timeout: float = 2.0, connect_timeout: float = 2.0) -> None:
        #: The redis-py client this connection stands in for (RedisStore uses it only while its
        #: ``client`` is still this one: tests replace ``client`` to simulate an outage).
        self.client = client
        self.host, self.port, self.path, self.db = host, port, path, db
        self.username, self.password = username, password
        self.timeout, self.connect_timeout = timeout, connect_timeout
        self._wire: _Wire | None = None
        self._lock: asyncio.Lock | None = None
        self._loop: asyncio.AbstractEventLoop | None = None  # the loop _lock and _wire belong to

    @classmethod
    def for_client(cls, client: object) -> ScriptConnection | None:
        """The connection to where ``client`` connects; None when this does not cover its
        configuration (TLS, RESP3, a credential provider, not a redis-py client at all)."""
        if not isinstance(client, aioredis.Redis):
            return None
        pool = client.connection_pool
        kwargs = pool.connection_kwargs
        if (pool.connection_class not in (Connection, UnixDomainSocketConnection)
                or kwargs.get("credential_provider") is not None or kwargs.get("protocol") not in (None, 2, "2")):
            return None
        return cls(client, host=str(kwargs.get("host", "localhost")), port=int(kwargs.get("port", 6379)),
                   path=str(kwargs.get("path", "")), db=int(kwargs.get("db") or 0),
                   username=kwargs.get("username"), password=kwargs.get("password"),
                   timeout=float(kwargs.get("socket_timeout") or 2.0),
                   connect_timeout=float(kwargs.get("socket_connect_timeout") or 2.0))

    async def call(self, packed: bytes) -> Any:
        """Send one packed command (``pack_command(…)``) and return its reply."""
        wire = self._wire
        if wire is None or wire.lost or wire.loop is not asyncio.get_running_loop():
            wire = await self._connect()
        try:
            return await wire.send(packed)
        except ConnectionLost:  # closed under the call (a Redis restart): once more, on a new connection
            wire = await self._connect()
            return await wire.send(packed)

    async def _connect(self) -> _Wire:
        loop = asyncio.get_running_loop()
        if self._lock is None or self._loop is not loop:  # first use, or a new event loop (a CLI's second run)
            self._drop()
            self._lock, self._loop = asyncio.Lock(), loop
        async with self._lock:  # concurrent callers wait for one connection instead of opening one each
            wire = self._wire
            if wire is not None and not wire.lost:
                return wire
            self._wire = wire = await self._open(loop)
            return wire

    async def _open(self, loop: asyncio.AbstractEventLoop) -> _Wire:
        where = self.path or f"{self.host}:{self.port}"
        try:
            async with asyncio.timeout(self.connect_timeout):
                if self.path:
                    _, wire = await loop.create_unix_connection(lambda: _Wire(loop, self.timeout), self.path)
                else:
                    _, wire = await loop.create_connection(lambda: _Wire(loop, self.timeout), self.host, self.port)
        except TimeoutError:
            raise RedisTimeoutError(f"Timeout connecting to Redis at {where}") from None
        except OSError as exc:
            raise RedisConnectionError(f"Error connecting to Redis at {where}: {exc}") from exc
        if not self.path:
            self._keepalive(wire)
        # The handshake redis-py's connection makes for a plain URL: AUTH, then SELECT.
        handshake = []
        if self.password is not None:
            credentials = (self.username, self.password) if self.username else (self.password,)
            handshake.append(wire.send(pack_command(("AUTH", *credentials))))
        if self.db:
            handshake.append(wire.send(pack_command(("SELECT", self.db))))
        try:
            for step in handshake:
                await step
        except BaseException:
            wire.abort(RedisConnectionError("Redis handshake failed"))
            raise
        return wire

    @staticmethod
    def _keepalive(wire: _Wire) -> None:
        """TCP keepalive as redis-py sets it by default (a peer that vanished is noticed)."""
        sock = wire.transport.get_extra_info("socket") if wire.transport is not None else None
        if sock is None:
            return
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        for option, value in (("TCP_KEEPIDLE", 30), ("TCP_KEEPINTVL", 5), ("TCP_KEEPCNT", 3)):
            if hasattr(socket, option):
                sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, option), value)

    def _drop(self) -> None:
        wire, self._wire = self._wire, None
        if wire is not None and not wire.lost and not wire.loop.is_closed():
            wire.abort(ConnectionLost("connection closed by the client"))

    async def close(self) -> None:
        self._drop()
