"""Writing a notification into the transactional outbox (GUIDE §4).

:func:`enqueue` writes an :class:`OutboxEvent` with the caller's transaction client, so the
notification commits or rolls back together with the state change it reports; the relay
(``core/notifications/relay.py``) delivers it later, at least once. :class:`OutboxNotifier`
is the services' ``Notifier`` over it.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient
from tortoise.transactions import in_transaction

from core.domain.jsonable import json_default
from core.notifications.models import PENDING, OutboxEvent
from core.ports import Clock

MAX_EVENT_ID = 64
MAX_KIND = 32
MAX_TEMPLATE = 100


def _plain_params(params: dict[str, Any]) -> dict[str, Any]:
    """Params as plain JSON (Decimal → str, dates → ISO) so they round-trip unchanged."""
    plain = json.loads(json.dumps(dict(params), default=json_default, ensure_ascii=False))
    assert isinstance(plain, dict)
    return plain


async def enqueue(
    conn: BaseDBAsyncClient,
    *,
    account_id: int,
    company_id: int | None,
    kind: str,
    template: str,
    params: dict[str, Any],
    event_id: str | None = None,
    clock: Clock,
    not_before: datetime | None = None,
) -> str:
    """Write a notification into the outbox inside the caller's transaction; returns its event id.

    ``conn`` must be the transaction client of the state change (``async with
    in_transaction("default") as conn``). A producer that passes its own deterministic ``event_id``
    (e.g. ``"deadline:42:2026Q4:5d"``) gets insert-or-ignore: enqueueing it twice is one
    notification. ``not_before`` delays the first attempt (scheduled reminders).
    """
    if not isinstance(conn, TransactionalDBClient):
        raise TypeError("enqueue() must be given the caller's transaction client (in_transaction('default'))")
    eid = event_id or uuid.uuid4().hex
    if not 0 < len(eid) <= MAX_EVENT_ID:
        raise ValueError(f"event_id must be 1–{MAX_EVENT_ID} characters")
    if not 0 < len(kind) <= MAX_KIND or not 0 < len(template) <= MAX_TEMPLATE:
        raise ValueError("kind and template must be non-empty and short")
    now = clock.now().astimezone(UTC)
    await OutboxEvent.bulk_create(
        [OutboxEvent(
            event_id=eid, account_id=account_id, company_id=company_id, kind=kind, template=template,
            params=_plain_params(params), created_at=now,
            available_at=not_before.astimezone(UTC) if not_before is not None else now,
            attempts=0, status=PENDING, channels_done=[], last_error="",
        )],
        ignore_conflicts=True,
        using_db=conn,
    )
    return eid


class OutboxNotifier:
    """A Notifier that writes to the outbox — in the caller's transaction when given one,
    else its own — so the relay delivers the message at least once, on the user's channels,
    and keeps it in the message centre."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    async def notify_user(self, account_id: int, text_key: str, params: dict[str, Any], *,
                          connection: BaseDBAsyncClient | None = None) -> None:
        kind = text_key.removeprefix("bot.").rsplit(".", 1)[0]  # "bot.ticket.staff_replied" -> "ticket"
        if connection is not None:
            await enqueue(connection, account_id=account_id, company_id=None, kind=kind, template=text_key,
                          params=params, clock=self.clock)
            return
        async with in_transaction(OutboxEvent._meta.default_connection) as conn:
            await enqueue(conn, account_id=account_id, company_id=None, kind=kind, template=text_key,
                          params=params, clock=self.clock)
