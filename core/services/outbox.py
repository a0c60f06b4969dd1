"""Notifications through a transactional outbox (GUIDE §4).

* :func:`enqueue` writes an :class:`OutboxEvent` with the caller's transaction client, so
  the notification commits or rolls back together with the state change it reports.
* :class:`OutboxRelay` delivers due events at least once, with retries and exponential
  backoff, and is safe with several relays (processes or tasks) at once:

  - **PostgreSQL**: ``SELECT … FOR UPDATE SKIP LOCKED`` in a transaction, then the rows are
    marked ``delivering`` with the relay's id, a fresh claim token and a lease
    (``claimed_until``) before the transaction commits; other relays skip locked rows.
  - **SQLite** (and anything else): candidates are read without locks, then each is taken
    by a guarded ``UPDATE … WHERE id = ? AND (status = 'pending' AND available_at <= now
    OR status = 'delivering' AND claimed_until < now)``; only the relay whose update
    changed the row owns it.

  Every later write (progress, retry, finish) is guarded by the claim token, so a relay
  whose lease ran out and was taken over cannot overwrite the new owner. A relay killed
  mid-delivery leaves the row ``delivering``; once the lease passes, another relay claims
  it again. A relay that stops gracefully releases the events it claimed but did not
  start (:meth:`OutboxRelay.release`), so they need not wait for the lease.
  ``channels_done`` is saved after each channel that succeeds, so a retry never sends again
  on a channel that already delivered; the inbox channel also dedupes on the unique event id.
  (At-least-once: a crash between a send and its save can still repeat that one push.)
* Channel choice: the account's :class:`NotificationPreference` (defaults: every channel);
  ``inbox`` is always on; ``sms`` is only a fallback, used when neither ``wechat`` nor
  ``miniapp`` delivered and none of them is waiting for a retry (or this is the last try).
* :class:`MessageCentre`: the 站内信 list, unread count, mark-read, preferences and
  mini-program subscribe grants.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import json
import logging
import uuid
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient, TransactionalDBClient
from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from core.adapters.outage import is_outage
from core.domain.actor import Actor
from core.domain.errors import ValidationFailed
from core.domain.jsonable import json_default
from core.notifications.models import (
    ALL_CHANNELS,
    InboxMessage,
    NotificationPreference,
    OutboxEvent,
    SubscribeGrant,
)
from core.ports import Channel, Clock
from core.services.audit import AuditLog
from core.services.channels import (
    INBOX,
    MINIAPP,
    SMS,
    WECHAT,
    InboxChannel,
    MiniappSubscribeChannel,
    SmsChannel,
    WeChatChannel,
    WeChatTemplateChannel,
)

__all__ = [
    "ALL_CHANNELS",
    "ALWAYS_ON",
    "PUSH_CHANNELS",
    "REMINDER_KINDS",
    "InboxChannel",
    "InboxItem",
    "MessageCentre",
    "MiniappSubscribeChannel",
    "OutboxRelay",
    "Preferences",
    "SmsChannel",
    "WeChatChannel",
    "WeChatTemplateChannel",
    "enqueue",
    "preferences_for",
    "purge_delivered",
]

log = logging.getLogger(__name__)

PENDING = "pending"
DELIVERING = "delivering"
DELIVERED = "delivered"
FAILED = "failed"

#: Channels that reach the user's phone through WeChat; SMS stands in only when none did.
PUSH_CHANNELS = frozenset({WECHAT, MINIAPP})
#: Channels the preferences cannot switch off.
ALWAYS_ON = frozenset({INBOX})
#: Kinds suppressed when the account turned reminders off.
REMINDER_KINDS = frozenset({"deadline.reminder"})

MAX_EVENT_ID = 64
MAX_KIND = 32
MAX_TEMPLATE = 100
MAX_ERROR = 2000
REMINDER_DAYS_RANGE = (1, 30)
#: Without row locks (SQLite) a relay reads this many times ``batch`` candidates.
SQLITE_OVERSCAN = 4


# -- enqueue ------------------------------------------------------------------------------------


def _plain_params(params: dict[str, Any]) -> dict[str, Any]:
    """Params as plain JSON (Decimal → str, dates → ISO) so they round-trip unchanged."""
    plain = json.loads(json.dumps(dict(params), default=json_default, ensure_ascii=False))
    assert isinstance(plain, dict)
    return plain


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


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
    now = _utc(clock.now())
    await OutboxEvent.bulk_create(
        [OutboxEvent(
            event_id=eid, account_id=account_id, company_id=company_id, kind=kind, template=template,
            params=_plain_params(params), created_at=now,
            available_at=_utc(not_before) if not_before is not None else now,
            attempts=0, status=PENDING, channels_done=[], last_error="",
        )],
        ignore_conflicts=True,
        using_db=conn,
    )
    return eid


# -- preferences --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preferences:
    channels: tuple[str, ...]
    reminder_days: int = 5
    reminders_enabled: bool = True

    def allows(self, channel: str) -> bool:
        """Preferences govern the known channels; any other channel is always used."""
        return channel in ALWAYS_ON or channel in self.channels or channel not in ALL_CHANNELS


DEFAULT_PREFERENCES = Preferences(channels=ALL_CHANNELS)


def _canonical_channels(channels: Iterable[str]) -> tuple[str, ...]:
    chosen = set(channels) | ALWAYS_ON
    return tuple(name for name in ALL_CHANNELS if name in chosen)


def _preferences(row: NotificationPreference | None) -> Preferences:
    if row is None:
        return DEFAULT_PREFERENCES
    return Preferences(channels=_canonical_channels(c for c in row.channels if c in ALL_CHANNELS),
                       reminder_days=row.reminder_days, reminders_enabled=row.reminders_enabled)


async def preferences_for(account_id: int) -> Preferences:
    return _preferences(await NotificationPreference.filter(account_id=account_id).first())


# -- relay --------------------------------------------------------------------------------------


def _due(now: datetime) -> Q:
    return Q(status=PENDING, available_at__lte=now) | Q(status=DELIVERING, claimed_until__lt=now)


class _LostLease(Exception):
    """Another relay took the event over (our lease had expired)."""


class OutboxRelay:
    """Claims due outbox events and delivers them through the channels, in the given order.

    ``channel_timeout`` (default: half the lease) bounds each channel call, so the lease —
    renewed before every channel — does not run out while we still work on the event.
    ``sms_kinds`` limits the SMS fallback to some kinds (``None``: every kind).
    """

    def __init__(
        self,
        clock: Clock,
        channels: Sequence[Channel],
        worker_id: str,
        lease_seconds: float = 60,
        max_attempts: int = 8,
        batch: int = 50,
        *,
        base_delay: float = 5.0,
        max_delay: float = 3600.0,
        channel_timeout: float | None = None,
        concurrency: int = 1,
        sms_kinds: Collection[str] | None = None,
    ) -> None:
        if max_attempts < 1 or batch < 1 or lease_seconds <= 0 or concurrency < 1:
            raise ValueError("max_attempts, batch, concurrency and lease_seconds must be positive")
        self.clock = clock
        self.channels = list(channels)
        self.worker_id = worker_id[:64]
        self.lease = timedelta(seconds=lease_seconds)
        self.max_attempts = max_attempts
        self.batch = batch
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.channel_timeout = channel_timeout if channel_timeout is not None else lease_seconds / 2
        self.concurrency = concurrency
        self.sms_kinds = frozenset(sms_kinds) if sms_kinds is not None else None
        self._wake = asyncio.Event()

    # -- claiming ---------------------------------------------------------------------------

    def backoff(self, attempts: int) -> timedelta:
        """Delay after the ``attempts``-th failed attempt: base × 2^(attempts-1), capped."""
        exponent = min(max(attempts - 1, 0), 30)
        return timedelta(seconds=min(self.max_delay, self.base_delay * (2 ** exponent)))

    def _claim_fields(self, token: str, now: datetime) -> dict[str, Any]:
        return {"status": DELIVERING, "claimed_by": self.worker_id, "claim_token": token,
                "claimed_until": now + self.lease, "attempts": F("attempts") + 1}

    async def claim(self) -> builtins.list[OutboxEvent]:
        """Take up to ``batch`` due events (pending and due, or with an expired lease)."""
        now = _utc(self.clock.now())
        token = uuid.uuid4().hex
        name = OutboxEvent._meta.default_connection
        dialect = connections.get(name or "default").capabilities.dialect
        if dialect == "postgres":
            async with in_transaction(name) as tx:
                rows = await (OutboxEvent.filter(_due(now)).order_by("available_at", "id").limit(self.batch)
                              .select_for_update(skip_locked=True).using_db(tx))
                if not rows:
                    return []
                await OutboxEvent.filter(Q(id__in=[r.id for r in rows]) & _due(now)).using_db(tx).update(
                    **self._claim_fields(token, now))
        else:
            # Read more candidates than we want: rows another relay takes first are skipped
            # (its guarded update won), and we go on to the next ones.
            ids = await (OutboxEvent.filter(_due(now)).order_by("available_at", "id")
                         .limit(self.batch * SQLITE_OVERSCAN).values_list("id", flat=True))
            taken = 0
            for event_id in ids:
                taken += await OutboxEvent.filter(Q(id=event_id) & _due(now)).update(**self._claim_fields(token, now))
                if taken >= self.batch:
                    break
            if not taken:
                return []
        return await OutboxEvent.filter(claim_token=token, status=DELIVERING).order_by("available_at", "id")

    # -- guarded writes ----------------------------------------------------------------------

    async def _write(self, event: OutboxEvent, **values: Any) -> None:
        changed = await OutboxEvent.filter(id=event.id, claim_token=event.claim_token, status=DELIVERING).update(**values)
        if changed != 1:
            raise _LostLease(event.event_id)

    async def _renew(self, event: OutboxEvent, **values: Any) -> None:
        await self._write(event, claimed_until=_utc(self.clock.now()) + self.lease, **values)

    async def _finish(self, event: OutboxEvent, status: str, **values: Any) -> None:
        await self._write(event, status=status, claim_token=None, claimed_until=None, **values)

    # -- delivery ----------------------------------------------------------------------------

    async def _attempt(self, channel: Channel, event: OutboxEvent,
                       errors: builtins.list[tuple[str, str]]) -> bool | None:
        """True/False as the channel says; None after a (logged) transient failure."""
        try:
            async with asyncio.timeout(self.channel_timeout):
                delivered = await channel.deliver(event.account_id, event.template, dict(event.params), event.event_id)
        except Exception as exc:
            log.warning("outbox event %s: channel %s failed (attempt %s): %r",
                        event.event_id, channel.name, event.attempts, exc)
            errors.append((channel.name, f"{channel.name}: {type(exc).__name__}: {exc}"))
            return None
        return bool(delivered)

    async def deliver(self, event: OutboxEvent) -> None:
        """Deliver one claimed event and record the outcome (delivered, retry later, failed)."""
        try:
            await self._deliver(event)
        except _LostLease:
            log.warning("outbox event %s: lease lost to another relay; leaving it to them", event.event_id)

    async def _deliver(self, event: OutboxEvent) -> None:
        now = _utc(self.clock.now())
        if event.attempts > self.max_attempts:  # claimed again and again by relays that died
            await self._finish(event, FAILED, last_error=(event.last_error + "\nattempts exhausted")[-MAX_ERROR:])
            return
        prefs = await preferences_for(event.account_id)
        if event.kind in REMINDER_KINDS and not prefs.reminders_enabled:
            await self._finish(event, DELIVERED, delivered_at=now, last_error="suppressed: reminders disabled")
            return
        done = list(event.channels_done)
        errors: list[tuple[str, str]] = []
        push_retry = False

        async def run(channel: Channel) -> None:
            nonlocal push_retry
            await self._renew(event)
            outcome = await self._attempt(channel, event, errors)
            if outcome:
                done.append(channel.name)
                await self._renew(event, channels_done=list(done))
            elif outcome is None and channel.name in PUSH_CHANNELS:
                push_retry = True

        for channel in self.channels:
            if channel.name != SMS and channel.name not in done and prefs.allows(channel.name):
                await run(channel)

        last_try = event.attempts >= self.max_attempts
        wants_sms = (
            prefs.allows(SMS) and SMS not in done and not PUSH_CHANNELS.intersection(done)
            and (not push_retry or last_try)
            and (self.sms_kinds is None or event.kind in self.sms_kinds)
        )
        if wants_sms:
            for channel in self.channels:
                if channel.name == SMS and SMS not in done:
                    await run(channel)

        now = _utc(self.clock.now())
        message = "\n".join(text for _name, text in errors)[:MAX_ERROR]
        # Once the SMS fallback reached the user, a push channel that kept failing is moot.
        unresolved = [name for name, _text in errors if not (name in PUSH_CHANNELS and SMS in done)]
        if not unresolved:
            await self._finish(event, DELIVERED, delivered_at=now, **({"last_error": message} if message else {}))
        elif last_try:
            log.error("outbox event %s failed after %s attempts: %s", event.event_id, event.attempts, message)
            await self._finish(event, FAILED, last_error=message)
        else:
            await self._finish(event, PENDING, available_at=now + self.backoff(event.attempts), last_error=message)

    async def run_once(self, stop: asyncio.Event | None = None) -> int:
        """Claim due events and deliver them; returns how many were claimed.

        Once ``stop`` is set (graceful shutdown), events of the batch not yet started are
        released (:meth:`release`) instead of delivered, so another relay takes them at once.
        """
        events = await self.claim()
        started: set[int] = set()

        async def one(event: OutboxEvent) -> None:
            if stop is not None and stop.is_set():
                return
            started.add(event.id)
            await self._safe_deliver(event)

        try:
            if self.concurrency == 1:
                for event in events:
                    await one(event)
            else:
                gate = asyncio.Semaphore(self.concurrency)

                async def guarded(event: OutboxEvent) -> None:
                    async with gate:
                        await one(event)

                await asyncio.gather(*(guarded(event) for event in events))
        finally:  # also when cancelled: hand back what we never started
            unstarted = [event for event in events if event.id not in started]
            if unstarted:
                await asyncio.shield(self.release(unstarted))
        return len(events)

    async def release(self, events: Iterable[OutboxEvent]) -> int:
        """Give back claimed events this relay will not deliver (it is stopping): they become
        ``pending`` and due again, and the claim does not count as an attempt. Guarded by the
        claim token, so an event another relay took over is left alone. Returns how many."""
        released = 0
        for event in events:
            released += await OutboxEvent.filter(id=event.id, claim_token=event.claim_token, status=DELIVERING).update(
                status=PENDING, claimed_by=None, claim_token=None, claimed_until=None,
                attempts=F("attempts") - 1)
        if released:
            log.info("outbox relay %s: released %s claimed event(s) on stop", self.worker_id, released)
        return released

    async def _safe_deliver(self, event: OutboxEvent) -> None:
        try:
            await self.deliver(event)
        except Exception:  # a database error: the lease runs out and the event is claimed again
            log.exception("outbox event %s: delivery aborted", event.event_id)

    def wake(self) -> None:
        """Ask a sleeping :meth:`run_forever` to look now (e.g. after committing an enqueue)."""
        self._wake.set()

    async def run_forever(self, stop: asyncio.Event, interval: float = 1.0) -> None:
        """Poll until ``stop`` is set; a full batch is followed at once by the next claim."""
        log.info("outbox relay %s started", self.worker_id)
        while not stop.is_set():
            try:
                claimed = await self.run_once(stop)
            except Exception as exc:
                if is_outage(exc):  # the database is down: one line per round, not a traceback
                    log.warning("outbox relay %s: database unreachable (%r); retrying", self.worker_id, exc)
                else:
                    log.exception("outbox relay %s: claim failed", self.worker_id)
                claimed = 0
            if claimed >= self.batch:
                await asyncio.sleep(0)
                continue
            waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._wake.wait())]
            try:
                await asyncio.wait(waiters, timeout=interval, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for waiter in waiters:
                    waiter.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await waiter
            self._wake.clear()
        log.info("outbox relay %s stopped", self.worker_id)


async def purge_delivered(*, before: datetime) -> int:
    """Delete delivered events created before ``before`` (the inbox keeps its own copy)."""
    return await OutboxEvent.filter(status=DELIVERED, created_at__lt=_utc(before)).delete()


# -- message centre -----------------------------------------------------------------------------


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


class MessageCentre:
    """The user's side of notifications: 站内信, preferences and subscribe consents.

    Every query is scoped by ``account_id``: another account's message ids are ignored.
    """

    MAX_LIMIT = 200  # the API asks for one more than its page of at most 100

    def __init__(self, clock: Clock, audit: AuditLog | None = None) -> None:
        self.clock = clock
        self.audit = audit

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

    async def unread_count(self, account_id: int) -> int:
        return await InboxMessage.filter(account_id=account_id, read_at__isnull=True).count()

    async def mark_read(self, account_id: int, ids: Iterable[int] | Literal["all"]) -> int:
        """Mark messages read; returns how many changed (already-read ones do not count)."""
        query = InboxMessage.filter(account_id=account_id, read_at__isnull=True)
        if ids != "all":
            wanted = sorted({int(i) for i in ids})
            if not wanted:
                return 0
            query = query.filter(id__in=wanted)
        return await query.update(read_at=_utc(self.clock.now()))

    async def get_preferences(self, account_id: int) -> Preferences:
        return await preferences_for(account_id)

    async def set_preferences(
        self,
        account_id: int,
        *,
        channels: Iterable[str] | None = None,
        reminder_days: int | None = None,
        reminders_enabled: bool | None = None,
        actor: Actor | None = None,
    ) -> Preferences:
        """Change some settings (``None`` keeps the current value). ``inbox`` is always kept."""
        values: dict[str, Any] = {}
        if channels is not None:
            chosen = list(channels)
            unknown = [c for c in chosen if c not in ALL_CHANNELS]
            if unknown:
                raise ValidationFailed.one("channels", "not_allowed", allowed="、".join(ALL_CHANNELS))
            values["channels"] = list(_canonical_channels(chosen))
        if reminder_days is not None:
            low, high = REMINDER_DAYS_RANGE
            if isinstance(reminder_days, bool) or not low <= reminder_days <= high:
                raise ValidationFailed.one("reminder_days", "not_allowed", allowed=f"{low}–{high}")
            values["reminder_days"] = reminder_days
        if reminders_enabled is not None:
            values["reminders_enabled"] = bool(reminders_enabled)
        now = _utc(self.clock.now())
        async with in_transaction(NotificationPreference._meta.default_connection) as tx:
            await NotificationPreference.bulk_create(
                [NotificationPreference(account_id=account_id, channels=list(ALL_CHANNELS), updated_at=now)],
                ignore_conflicts=True, using_db=tx,
            )
            if values:
                await NotificationPreference.filter(account_id=account_id).using_db(tx).update(updated_at=now, **values)
            row = await NotificationPreference.filter(account_id=account_id).using_db(tx).first()
            if values and self.audit is not None:  # the last write of the transaction
                await self.audit.record(actor or Actor(channel="api", account_id=account_id),
                                        "notification.preferences", target=f"account:{account_id}",
                                        detail=values, connection=tx)
        return _preferences(row)

    async def grant_subscription(self, account_id: int, template_ids: Sequence[str]) -> int:
        """Record the templates the user accepted in ``wx.requestSubscribeMessage`` (one grant
        each, spent by one push). Returns the number of grants recorded."""
        now = _utc(self.clock.now())
        ids = [t for t in template_ids if t and len(t) <= 64]
        if len(ids) != len(template_ids):
            raise ValidationFailed.one("template_ids", "invalid")
        await SubscribeGrant.bulk_create(
            [SubscribeGrant(account_id=account_id, template_id=t, granted_at=now) for t in ids])
        return len(ids)

    async def unspent_grants(self, account_id: int, template_id: str) -> int:
        return await SubscribeGrant.filter(account_id=account_id, template_id=template_id,
                                           spent_at__isnull=True).count()

    async def record_subscribe_results(self, account_id: int, results: Mapping[str, Any]) -> int:
        """What ``wx.requestSubscribeMessage`` answered (``{template_id: "accept" | "reject" |
        "ban" | "filter"}``, plus its ``errMsg``): one grant per accepted template."""
        accepted = [str(tid) for tid, answer in results.items() if answer == "accept" and tid != "errMsg"]
        return await self.grant_subscription(account_id, accepted) if accepted else 0

    async def unspent_by_template(self, account_id: int) -> dict[str, int]:
        """Unspent subscribe grants per template id (the mini-program asks again at 0)."""
        rows = await SubscribeGrant.filter(account_id=account_id, spent_at__isnull=True).values_list(
            "template_id", flat=True)
        counts: dict[str, int] = {}
        for template_id in rows:
            counts[str(template_id)] = counts.get(str(template_id), 0) + 1
        return counts


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
