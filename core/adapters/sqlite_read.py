"""The embedded default's read connection: SQLite queried on the event loop's thread.

tortoise's SQLite client goes through aiosqlite, which runs every statement on a thread of
its own: each query is a hand-off to that thread and back (a queue, a future, a wake-up of
the loop), and with the GIL in between that cost more than the query (the chat path's reads
are indexed look-ups of one to twenty rows, ~10-50 µs in SQLite itself). This client keeps
a plain ``sqlite3`` connection, opened read-only (``query_only``) in WAL mode, and runs each
read inline: a reader in WAL mode never waits for the writer, so nothing here blocks on a
write transaction or its fsync, which stay on the write connection's thread.

Only reads outside transactions come here (core/adapters/hot_queries.ReadRouter); a read
that would scan a large table still runs (it just holds the loop for its duration, as any
CPU work does). Configured by core/adapters/database.tortoise_config for SQLite files.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from tortoise.backends.sqlite.client import SqliteClient, translate_exceptions
from tortoise.exceptions import IntegrityError, OperationalError


class InlineSqliteReadClient(SqliteClient):
    """tortoise's SQLite client, reads only, without aiosqlite's thread."""

    def __init__(self, file_path: str, **kwargs: Any) -> None:
        super().__init__(file_path, **kwargs)
        self._inline: sqlite3.Connection | None = None

    async def create_connection(self, with_db: bool) -> None:
        if self._inline is None:
            connection = sqlite3.connect(self.filename, isolation_level=None, check_same_thread=False)
            connection.row_factory = sqlite3.Row
            for pragma, value in self.pragmas.items():
                connection.execute(f"PRAGMA {pragma}={value}").close()
            self._inline = connection
            await self._post_connect()

    async def close(self) -> None:
        if self._inline is not None:
            self._inline.close()
            self._inline = None

    async def _rows(self, query: str, values: Sequence[Any] | None) -> list[sqlite3.Row]:
        if self._inline is None:
            await self.create_connection(with_db=True)
        assert self._inline is not None
        query = query.replace("\x00", "'||CHAR(0)||'")  # as tortoise's own client does
        cursor = self._inline.execute(query, () if values is None else values)
        try:
            return cursor.fetchall()
        finally:
            cursor.close()

    async def fetch(self, query: str, values: Sequence[Any]) -> list[sqlite3.Row]:
        """The rows of one statement (core/adapters/hot_queries.fetch_raw): ``execute_query``'s rows
        without its two coroutine wrappers, with the same translation of sqlite3's errors."""
        try:
            return await self._rows(query, values)
        except sqlite3.OperationalError as exc:
            raise OperationalError(exc)  # noqa: B904  # as tortoise's translate_exceptions raises it
        except sqlite3.IntegrityError as exc:
            raise IntegrityError(exc)  # noqa: B904

    @translate_exceptions
    async def execute_query(self, query: str, values: list[Any] | None = None) -> tuple[int, Sequence[dict[str, Any]]]:
        rows = await self._rows(query, values)
        return len(rows), rows  # type: ignore[return-value]  # sqlite3.Row reads like tortoise's rows

    @translate_exceptions
    async def execute_query_dict(self, query: str, values: list[Any] | None = None) -> list[dict[str, Any]]:
        return [dict(row) for row in await self._rows(query, values)]


client_class = InlineSqliteReadClient
