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
* ``COMMIT`` and ``ROLLBACK`` inline too, and the fsync after it on the connection's thread,
  grouped (below);
* a statement outside a transaction (its own implicit transaction, with its commit and the
  fsync) and scripts (migrations) on the connection's thread.

**Group commit.** The connection runs ``synchronous=NORMAL`` (a COMMIT writes the WAL's frames
to the file but does not fsync them) and fsyncs the WAL itself before a transaction counts as
committed to its caller: :class:`GroupCommitContext` commits on the loop's thread, *releases
tortoise's write lock*, and only then waits for an fsync of the WAL that began after that
COMMIT. At most one fsync runs at a time; every transaction that committed while it ran is
covered by the next one, so N issues waiting on the disk cost one fsync, not N. The WAL is
appended in commit order, so an fsync covers every commit before it. What a caller is told
is committed (and so every reply built on it) is on disk, as with ``synchronous=FULL``: a
power loss loses only transactions nobody was answered about yet. (A read on the read
connection may see such a transaction a few milliseconds before its fsync completes, as
another request's read, never as its own acknowledgement.)

Before, the COMMIT and its fsync ran on the thread while the lock was held, and the lock
was released only once the loop had run the thread's completion callback, then resumed the
transaction's task: two trips through the loop's ready queue per transaction, which under
a saturated loop (the embedded closed loop) were tens of milliseconds each, and every other
write queued behind them. Now the lock is held for the transaction's CPU only (BEGIN,
statements and COMMIT are inline: one loop step, no suspension).

Checkpoints: the write connection does not checkpoint on commit (``wal_autocheckpoint=0``, the
copy of pages into the database file and its two fsyncs would run on the loop's thread);
a checkpoint connection of its own does a ``PASSIVE`` checkpoint on the connection's thread
after every :data:`CHECKPOINT_EVERY` grouped fsyncs (a checkpoint syncs the WAL before
copying and the database after, so nothing it copies is lost).

A database that is not in WAL mode (``:memory:``) keeps ``synchronous`` as it is and commits
with its fsync on the thread, the lock held (no group commit).

tortoise still serialises the connection (one transaction at a time, behind its lock) and
reads outside transactions go to the read connection (core/adapters/sqlite_read.py). The
object below offers the part of ``aiosqlite.Connection`` tortoise's client calls.
Configured by core/adapters/database.tortoise_config for SQLite files.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from tortoise.backends.base.client import TransactionContext
from tortoise.backends.sqlite.client import SqliteClient, SqliteTransactionContext, SqliteTransactionWrapper
from tortoise.connection import get_connections

T = TypeVar("T")
#: How long a statement waits for another process's write lock (sqlite3's default, 5 s).
BUSY_TIMEOUT_MS = 5000
NO_WAIT = 0
#: A PASSIVE checkpoint after this many grouped fsyncs (SQLite's own default is every ~1,000
#: WAL pages; an issue writes ~15-20).
CHECKPOINT_EVERY = 50


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
        self._path = path
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-write")
        #: Group commit (WAL only, :meth:`start_group_commit`): commits done / covered by an fsync.
        self.group_commit = False
        self._committed = 0
        self._synced = 0
        self._syncing: asyncio.Future[None] | None = None
        self._syncs = 0
        self._checkpointer: sqlite3.Connection | None = None

    def start_group_commit(self) -> None:
        """In WAL mode: commit without the fsync (``synchronous=NORMAL``), the WAL synced by
        :meth:`durable`, checkpoints off the loop (module docstring). Else nothing changes."""
        mode = self._conn.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            return
        self._conn.execute("PRAGMA synchronous=NORMAL").close()
        self._conn.execute("PRAGMA wal_autocheckpoint=0").close()
        self.group_commit = True

    def commit_now(self) -> int:
        """COMMIT on the loop's thread without waiting for the disk (group commit): the ticket
        to pass to :meth:`durable` before anyone is told it committed."""
        self._conn.commit()
        self._committed += 1
        return self._committed

    async def durable(self, ticket: int) -> None:
        """Return once an fsync of the WAL that began after commit ``ticket`` has completed.
        One fsync at a time: whoever waits while one runs shares the next one."""
        while self._synced < ticket:
            if self._syncing is None:
                self._syncing = asyncio.ensure_future(self._sync())
            # shield: a cancelled waiter does not cancel the fsync the others wait for
            await asyncio.shield(self._syncing)

    async def _sync(self) -> None:
        covers = self._committed  # every commit so far is in the WAL's file already
        try:
            await self._off_loop(self._sync_wal)
            self._synced = max(self._synced, covers)
        finally:
            self._syncing = None

    def _sync_wal(self) -> None:
        """On the connection's thread: fsync the WAL file (opened by name each time: SQLite may
        truncate it, and an fsync reaches the file's data through any descriptor), and now and
        then a PASSIVE checkpoint on a connection of its own."""
        fd = os.open(self._path + "-wal", os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        self._syncs += 1
        if self._syncs % CHECKPOINT_EVERY == 0:
            if self._checkpointer is None:
                self._checkpointer = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
                self._checkpointer.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}").close()
            self._checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)").close()

    def _outside(self, call: Callable[..., T], *args: Any) -> T:
        """On the connection's thread: a statement in its own implicit transaction, and (group
        commit) the fsync of its commit before it returns."""
        before = self._conn.total_changes
        result = call(*args)
        if self.group_commit and self._conn.total_changes != before:
            self._sync_wal()
        return result

    @property
    def total_changes(self) -> int:
        return self._conn.total_changes

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    async def _run(self, call: Callable[..., T], *args: Any) -> T:
        if self._conn.in_transaction:
            return call(*args)  # pages in memory only: microseconds
        return await asyncio.get_running_loop().run_in_executor(self._thread, self._outside, call, *args)

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
        return _Cursor(await self._off_loop(self._outside, self._conn.executescript, script))

    async def commit(self) -> None:
        """Commit and wait for the disk, the lock (if any) still held: tortoise's own paths
        (``execute_many`` outside a transaction). :class:`GroupCommitContext` releases the
        lock first."""
        if not self._conn.in_transaction:  # tortoise also commits before every BEGIN: nothing to do then
            return
        if self.group_commit:
            await self.durable(self.commit_now())
        else:
            await self._off_loop(self._conn.commit)

    async def rollback(self) -> None:
        if self._conn.in_transaction:
            if self.group_commit:
                self._conn.rollback()  # WAL: the transaction's frames are simply not committed
            else:
                await self._off_loop(self._conn.rollback)

    async def close(self) -> None:
        await self._off_loop(self._conn.close)
        if self._checkpointer is not None:
            await self._off_loop(self._checkpointer.close)
        self._thread.shutdown(wait=True)


class GroupCommitContext(SqliteTransactionContext):
    """tortoise's SQLite transaction context, committing as :class:`InlineConnection` groups
    commits: COMMIT, release the write lock, then wait for the fsync (module docstring)."""

    async def __aexit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> None:
        inline: InlineConnection = self.connection._connection
        if exc_type is not None or self.connection._finalized or not inline.group_commit:
            await super().__aexit__(exc_type, exc_val, exc_tb)
            return
        try:
            self.connection._finalized = True
            ticket = inline.commit_now() if inline.in_transaction else 0
        except BaseException:
            if inline.in_transaction:  # the COMMIT failed: nothing of it stays, the next BEGIN works
                inline._conn.rollback()
            raise
        finally:
            get_connections().reset(self.token)
            self._trxlock.release()
        if ticket:
            await inline.durable(ticket)


class InlineSqliteWriteClient(SqliteClient):
    """tortoise's SQLite client over :class:`InlineConnection`."""

    async def create_connection(self, with_db: bool) -> None:
        if not self._connection:
            connection = InlineConnection(self.filename)
            for pragma, value in self.pragmas.items():
                await connection._off_loop(lambda p=pragma, v=value: connection._conn.execute(f"PRAGMA {p}={v}").close())
            await connection._off_loop(connection.start_group_commit)
            self._connection = connection  # type: ignore[assignment]  # offers what the client calls
            await self._post_connect()

    def _in_transaction(self) -> TransactionContext:
        return GroupCommitContext(SqliteTransactionWrapper(self), self._lock)


client_class = InlineSqliteWriteClient
