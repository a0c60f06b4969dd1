"""The user's 消息 (站内信): the messages the inbox channel kept, newest first, unread count
and mark-read. Every query is scoped by ``account_id``: another account's message ids are
ignored."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from core.adapters.hot_queries import Sql, columns, fetch, sql_of
from core.notifications.models import InboxMessage
from core.ports import Clock

_MARK = "UPDATE inbox_message SET read_at = {} WHERE account_id = {} AND read_at IS NULL"
_MARK_ALL = Sql(_MARK)


@functools.lru_cache(maxsize=64)  # the chat marks at most the 5 it shows; the API's lists vary more
def _mark_some(count: int) -> Sql:
    """:meth:`Inbox.mark_read`'s statement for ``count`` ids."""
    return Sql(f"{_MARK} AND id IN ({', '.join(['{}'] * count)})")


@dataclass(frozen=True)
class InboxItem:
    id: int
    event_id: str
    kind: str
    company_id: int | None
    template: str
    params: dict[str, Any]
    created_at: datetime
    read_at: datetime | None

    @property
    def unread(self) -> bool:
        return self.read_at is None


def _item(row: InboxMessage) -> InboxItem:
    return InboxItem(id=row.id, event_id=row.event_id, kind=row.kind, company_id=row.company_id,
                     template=row.template, params=dict(row.params), created_at=row.created_at, read_at=row.read_at)


class Inbox:
    """The user's messages (消息)."""

    MAX_LIMIT = 200  # the API asks for one more than its page of at most 100

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    async def list(self, account_id: int, *, unread_only: bool = False, limit: int = 20,
                   before_id: int | None = None) -> builtins.list[InboxItem]:
        """Newest first; page with ``before_id`` = the last id of the previous page."""
        query = InboxMessage.filter(account_id=account_id)
        if unread_only:
            query = query.filter(read_at__isnull=True)
        if before_id is not None:
            query = query.filter(id__lt=before_id)
        rows = await query.order_by("-id").limit(max(1, min(limit, self.MAX_LIMIT)))
        return [_item(row) for row in rows]

    async def latest(self, account_id: int, limit: int) -> tuple[builtins.list[InboxItem], int]:
        """The chat's 消息: :meth:`list` (newest ``limit``) and :meth:`unread_count` in one plain
        statement (core/adapters/hot_queries.py; held to those two by
        tests/integration/test_hot_queries.py): without a message, one row with the count alone."""
        sql = sql_of(
            f"SELECT m.*, c.unread AS _unread FROM (SELECT COUNT(*) AS unread FROM inbox_message "
            f"WHERE account_id = {{}} AND read_at IS NULL) AS c LEFT JOIN (SELECT {columns(InboxMessage)} "
            f"FROM inbox_message WHERE account_id = {{}} ORDER BY id DESC LIMIT {{}}) AS m ON 1 = 1 ORDER BY m.id DESC")
        rows = await fetch(sql, account_id, account_id, max(1, min(limit, self.MAX_LIMIT)))
        unread = int(rows[0]["_unread"]) if rows else 0
        # tortoise builds each row as its own queries do (the same conversions of every column)
        return [_item(InboxMessage._init_from_db(**row)) for row in rows if row["id"] is not None], unread

    async def unread_count(self, account_id: int) -> int:
        return await InboxMessage.filter(account_id=account_id, read_at__isnull=True).count()

    async def mark_read(self, account_id: int, ids: Iterable[int] | Literal["all"]) -> int:
        """Mark messages read; returns how many changed (already-read ones do not count).

        One plain statement (core/adapters/hot_queries.py; the chat's 消息 marks what it showed
        on every message with unread ones): the ORM's update built a query object, its criteria
        and a per-field conversion for each call. tests/integration/test_hot_queries.py holds it
        to that ORM update on both backends."""
        if ids == "all":
            sql, values = _MARK_ALL, []
        else:
            values = sorted({int(i) for i in ids})
            if not values:
                return 0
            sql = _mark_some(len(values))
        # The model's write connection, as its update's (tortoise's default: one statement, its own
        # transaction, or the caller's inside one).
        conn = InboxMessage._meta.db
        now = self.clock.now().astimezone(UTC)
        # (changed rows, rows): the driver's count of changed rows, as the ORM's update answers it
        changed, _ = await conn.execute_query(sql.render(conn.capabilities.dialect), [now, account_id, *values])
        return int(changed)
