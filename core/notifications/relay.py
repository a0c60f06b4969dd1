"""Delivering the outbox (GUIDE §4): :class:`OutboxRelay` delivers due events at least once,
with retries and exponential backoff, and is safe with several relays (processes or tasks)
at once:

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

Channel choice: the account's preferences (``core/notifications/preferences.py``; defaults:
every channel); ``inbox`` is always on; ``sms`` is only a fallback, used when neither
``wechat`` nor ``miniapp`` delivered and none of them is waiting for a retry (or this is the
last try). Events are written by ``core/notifications/enqueue.py``; the channels are in
``core/notifications/channels.py``.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import logging
import uuid
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise import connections
from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from core.adapters.outage import is_outage
from core.notifications.channels import MINIAPP, SMS, WECHAT
from core.notifications.models import DELIVERED, DELIVERING, FAILED, PENDING, OutboxEvent
from core.notifications.preferences import preferences_for
from core.ports import Channel, Clock

log = logging.getLogger(__name__)

#: Channels that reach the user's phone through WeChat; SMS stands in only when none did.
PUSH_CHANNELS = frozenset({WECHAT, MINIAPP})
#: Kinds suppressed when the account turned reminders off.
REMINDER_KINDS = frozenset({"deadline.reminder"})

MAX_ERROR = 2000
#: Without row locks (SQLite) a relay reads this many times ``batch`` candidates.
SQLITE_OVERSCAN = 4


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
        now = self.clock.now().astimezone(UTC)
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
        await self._write(event, claimed_until=self.clock.now().astimezone(UTC) + self.lease, **values)

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
        now = self.clock.now().astimezone(UTC)
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

        now = self.clock.now().astimezone(UTC)
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
    return await OutboxEvent.filter(status=DELIVERED, created_at__lt=before.astimezone(UTC)).delete()
