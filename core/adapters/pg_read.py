"""PostgreSQL's read connection: reads outside transactions on asyncpg connections of their own.

Every statement through tortoise's asyncpg client takes a connection from asyncpg's pool and
gives it back: the pool's acquire, then a release that runs as a task of its own
(``asyncio.shield``) and calls the reset hook under a timeout — about as much CPU as the
statement itself for the chat's indexed reads (issue 14: ~8 % of a message per statement).
This client keeps its own few connections and hands an idle one to each statement (a list
pop, and an append when it is done: no task, no timeout context); when all are busy it opens
another, up to ``maxsize`` (the URL's, as the pool's), past which a statement waits for the
next one freed. Each connection still caches its prepared statements in asyncpg, and asyncpg
itself is unchanged: only the pool around it is replaced, for reads.

Only reads outside transactions come here (core/adapters/hot_queries: ``ReadRouter`` for the
ORM, ``fetch`` for the hot SQL), as on the embedded default's read connection; writes and
everything inside ``in_transaction()`` stay on tortoise's pooled default connection, so a
transaction still reads its own rows. A read outside a transaction sees what is committed,
on any connection. A connection that failed (closed under a statement, or a statement
cancelled in flight) is dropped and replaced by the next statement that needs one.
Configured by core/adapters/database.tortoise_config for PostgreSQL URLs.
"""

from __future__ import annotations

import asyncio
import inspect
from collections import deque
from collections.abc import Sequence
from types import TracebackType
from typing import Any

import asyncpg
from tortoise.backends.asyncpg.client import AsyncpgDBClient
from tortoise.exceptions import IntegrityError, OperationalError

#: What asyncpg.connect accepts of a connection's settings (the URL's other options are the pool's).
_CONNECT_OPTIONS = frozenset(inspect.signature(asyncpg.connect).parameters) - {"dsn", "loop", "connection_class"}


class PgReadClient(AsyncpgDBClient):
    """tortoise's asyncpg client for reads, with a list of idle connections instead of a pool."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._idle: list[asyncpg.Connection] = []
        self._opened = 0
        self._waiters: deque[asyncio.Future[asyncpg.Connection | None]] = deque()
        self._closing = False

    def _connect_kwargs(self) -> dict[str, Any]:
        # Not read-only (unlike the embedded default's query_only connection): a hot statement
        # may take a sequence's next value (core/invoicing/issuing.py's _issuer), which
        # PostgreSQL refuses in a read-only session although it is no write to any table.
        settings = dict(self.server_settings)
        if self.schema:
            settings["search_path"] = self.schema
        if self.application_name:
            settings["application_name"] = self.application_name
        options = {k: v for k, v in self.extra.items() if k in _CONNECT_OPTIONS}
        return {"host": self.host, "port": self.port, "user": self.user, "password": self.password,
                "database": self.database, "server_settings": settings, **options}

    async def create_connection(self, with_db: bool) -> None:
        """Connections are opened as statements need them."""
        self._closing = False
        await self._post_connect()

    async def _take(self) -> asyncpg.Connection:
        connection: asyncpg.Connection
        while True:
            while self._idle:
                connection = self._idle.pop()
                if not connection.is_closed():
                    return connection
                self._opened -= 1  # closed while idle (PostgreSQL restarted, or ended it): replaced
            if self._opened < self.pool_maxsize:
                self._opened += 1
                try:
                    connection = await asyncpg.connect(**self._connect_kwargs())
                except BaseException:
                    self._opened -= 1
                    raise
                if self._bound_loop is None:
                    await self._post_connect()
                return connection
            waiter: asyncio.Future[asyncpg.Connection | None] = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                handed = await waiter
            except asyncio.CancelledError:
                if waiter.done() and not waiter.cancelled() and waiter.result() is not None:
                    self._give(waiter.result(), None)  # handed over as this statement was cancelled
                raise
            if handed is not None:
                return handed
            # None: a connection was dropped, so there is room to open one: round again.

    def _give(self, connection: asyncpg.Connection, error: BaseException | None) -> None:
        healthy = not connection.is_closed() and not self._closing and (
            error is None
            # A statement PostgreSQL refused leaves its connection as good as before.
            or (isinstance(error, asyncpg.PostgresError) and not isinstance(error, asyncpg.PostgresConnectionError)))
        if not healthy:
            self._opened -= 1
            connection.terminate()
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(connection if healthy else None)
                return
        if healthy:
            self._idle.append(connection)

    def acquire_connection(self) -> _Lease:  # type: ignore[override]
        return _Lease(self)

    async def fetch(self, query: str, values: Sequence[Any]) -> list[asyncpg.Record]:
        """The rows of one statement (hot_queries.fetch: no tortoise wrapper around it)."""
        self.log.debug("%s: %s", query, values)  # tortoise's SQL log line, as its execute_query writes it
        connection = await self._take()
        try:
            rows: list[asyncpg.Record] = await connection.fetch(query, *values)
        except BaseException as exc:
            self._give(connection, exc)
            if isinstance(exc, asyncpg.SyntaxOrAccessError | asyncpg.exceptions.DataError):
                raise OperationalError(exc) from exc  # as tortoise's client translates them
            if isinstance(exc, asyncpg.IntegrityConstraintViolationError):
                raise IntegrityError(exc) from exc
            raise
        self._give(connection, None)
        return rows

    async def close(self) -> None:
        self._closing = True
        idle, self._idle = self._idle, []
        self._opened -= len(idle)
        for connection in idle:
            try:
                await connection.close(timeout=5)
            except Exception:  # closing anyway: a connection that cannot say goodbye is dropped
                connection.terminate()
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_exception(asyncpg.InterfaceError("pool is closed"))

    async def _close(self) -> None:
        await self.close()


class _Lease:
    """``async with client.acquire_connection() as connection``: one idle connection, given back after."""

    __slots__ = ("client", "connection")

    def __init__(self, client: PgReadClient) -> None:
        self.client = client
        self.connection: asyncpg.Connection | None = None

    async def __aenter__(self) -> asyncpg.Connection:
        self.connection = await self.client._take()
        return self.connection

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        traceback: TracebackType | None) -> None:
        if self.connection is not None:
            self.client._give(self.connection, error)
            self.connection = None


client_class = PgReadClient
