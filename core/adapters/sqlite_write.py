"""The embedded default's write connection: a transaction's statements on the event loop's
thread, its BEGIN and its COMMIT (the fsync) on a thread of their own.

tortoise's SQLite client goes through aiosqlite, which runs every statement on its thread: a
hand-off there and back (a queue, a future, a wake-up of the loop) per statement, and while
the loop is busy each hand-off also waits for the GIL. An issue is ~20 statements in one
transaction, so the write connection spent far longer handing statements over than running
them (~10-50 µs each in SQLite itself), and everything that writes queued behind it.

Here a plain ``sqlite3`` connection runs:

* ``BEGIN`` as ``BEGIN IMMEDIATE``: it takes the database's write lock up front, so no
  statement inside the transaction can wait for a lock. On the loop's thread when the lock is
  free (it always is for the server's own transactions: they are one at a time); if another
  process holds it (a ``fapiao`` command writing beside the server), the wait happens on the
  connection's thread;
* every statement inside the transaction inline, on the loop's thread: it only touches pages
  in memory (WAL: nothing is written to the file before COMMIT);
* ``COMMIT`` and ``ROLLBACK`` on the connection's thread: the commit's write and fsync of the
  WAL (``synchronous=FULL``, unchanged: a committed write survives a power loss) happen there,
  with the GIL released, while the loop serves other requests;
* a statement outside a transaction (its own implicit transaction, with its commit) and
  scripts (migrations) on the connection's thread too.

tortoise still serialises the connection (one transaction at a time, behind its lock) and
reads outside transactions go to the read connection (core/adapters/sqlite_read.py). The
object below offers the part of ``aiosqlite.Connection`` tortoise's client calls.
Configured by core/adapters/database.tortoise_config for SQLite files.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from tortoise.backends.sqlite.client import SqliteClient

T = TypeVar("T")
#: How long a statement waits for another process's write lock (sqlite3's default, 5 s).
BUSY_TIMEOUT_MS = 5000
NO_WAIT = 0


class _Cursor:
    """What ``await connection.execute(...)`` gives tortoise: it only closes it."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    async def close(self) -> None:
        self._cursor.close()


class InlineConnection:
    """The ``aiosqlite.Connection`` methods tortoise's SQLite client uses, on one ``sqlite3``
    connection: inline inside a transaction, on the connection's own thread otherwise."""

    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-write")

    @property
    def total_changes(self) -> int:
        return self._conn.total_changes

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    async def _run(self, call: Callable[..., T], *args: Any) -> T:
        if self._conn.in_transaction:
            return call(*args)  # pages in memory only: microseconds
        return await asyncio.get_running_loop().run_in_executor(self._thread, call, *args)

    async def _off_loop(self, call: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._thread, call, *args)

    def _begin_now(self) -> bool:
        """``BEGIN IMMEDIATE`` on the loop's thread if the write lock is free (it is, unless
        another process writes: ``fapiao`` commands run beside the server); False if not."""
        self._conn.execute(f"PRAGMA busy_timeout={NO_WAIT}").close()
        try:
            self._conn.execute("BEGIN IMMEDIATE").close()
            return True
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY:
                raise
            return False
        finally:
            self._conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}").close()

    async def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> _Cursor:
        if sql.strip().upper() == "BEGIN":
            if not self._begin_now():  # wait for the other process's write lock off the loop
                return _Cursor(await self._off_loop(self._conn.execute, "BEGIN IMMEDIATE"))
            return _Cursor(self._conn.cursor())
        return _Cursor(await self._run(self._conn.execute, sql, list(parameters or ())))

    def _insert(self, sql: str, parameters: Sequence[Any]) -> tuple[int | None]:
        cursor = self._conn.execute(sql, parameters)
        try:
            return (cursor.lastrowid,)
        finally:
            cursor.close()

    async def execute_insert(self, sql: str, parameters: Iterable[Any] | None = None) -> tuple[int | None]:
        return await self._run(self._insert, sql, list(parameters or ()))

    def _fetchall(self, sql: str, parameters: Sequence[Any]) -> list[sqlite3.Row]:
        cursor = self._conn.execute(sql, parameters)
        try:
            return cursor.fetchall()
        finally:
            cursor.close()

    async def execute_fetchall(self, sql: str, parameters: Iterable[Any] | None = None) -> list[sqlite3.Row]:
        return await self._run(self._fetchall, sql, list(parameters or ()))

    async def executemany(self, sql: str, parameters: Iterable[Iterable[Any]]) -> _Cursor:
        return _Cursor(await self._run(self._conn.executemany, sql, parameters))

    async def executescript(self, script: str) -> _Cursor:
        return _Cursor(await self._off_loop(self._conn.executescript, script))

    async def commit(self) -> None:
        if self._conn.in_transaction:  # tortoise also commits before every BEGIN: nothing to do then
            await self._off_loop(self._conn.commit)

    async def rollback(self) -> None:
        if self._conn.in_transaction:
            await self._off_loop(self._conn.rollback)

    async def close(self) -> None:
        await self._off_loop(self._conn.close)
        self._thread.shutdown(wait=True)


class InlineSqliteWriteClient(SqliteClient):
    """tortoise's SQLite client over :class:`InlineConnection`."""

    async def create_connection(self, with_db: bool) -> None:
        if not self._connection:
            connection = InlineConnection(self.filename)
            for pragma, value in self.pragmas.items():
                await connection._off_loop(lambda p=pragma, v=value: connection._conn.execute(f"PRAGMA {p}={v}").close())
            self._connection = connection  # type: ignore[assignment]  # offers what the client calls
            await self._post_connect()


client_class = InlineSqliteWriteClient
