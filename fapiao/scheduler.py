"""Background work inside `fapiao serve`: follow submitted returns (and move the sandbox bureau on),
and deadline reminders.

Safe with several workers (``fapiao serve --workers N``, gunicorn, several hosts):

* the jobs themselves are idempotent: a status change is recorded with a guarded update
  (two workers seeing the same change record it once) and a reminder's outbox event id is
  deterministic (enqueued twice, delivered once);
* on top of that, one round runs at a time across all workers: a worker takes the lock
  ``scheduler:round`` in the shared store (SET NX with an expiry, so a worker that dies
  holding it blocks the others for at most :data:`ROUND_LOCK_SECONDS`); the others skip that
  round. So the bureau is not polled once per worker, and the sandbox bureau's records
  are not advanced by two processes at once;
* reminders run at most once per :data:`REMINDER_EVERY_SECONDS` across all workers (a shared
  key with that expiry), not once per worker.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid

from core.adapters.outage import is_outage
from core.container import Core
from fapiao.ops.backup.schedule import BackupScheduler

log = logging.getLogger(__name__)
INTERVAL_SECONDS = 2.0
ROUND_LOCK = "scheduler:round"
ROUND_LOCK_SECONDS = 60
REMINDERS_KEY = "scheduler:reminders"
REMINDER_EVERY_SECONDS = 600


async def run_round(core: Core, owner: str) -> bool:
    """One round of background work, unless another worker is running one; True if it ran."""
    if not await core.store.set(ROUND_LOCK, owner, ttl=ROUND_LOCK_SECONDS, only_new=True):
        return False
    try:
        tick = getattr(core.bureau, "tick", None)
        if tick is not None:
            await tick()
        await core.filings.refresh_all()
        await core.exports.purge_expired()  # export files go when their link does
        if await core.store.set(REMINDERS_KEY, owner, ttl=REMINDER_EVERY_SECONDS, only_new=True):
            await core.reminders.run()  # once per period each (event ids), and only here every 10 minutes
    finally:
        # Release only our own lock (it may have expired and been taken by another worker).
        if await core.store.get(ROUND_LOCK) == owner:
            await core.store.delete(ROUND_LOCK)
    return True


async def run_background(core: Core, stop: asyncio.Event, interval: float = INTERVAL_SECONDS) -> None:
    owner = uuid.uuid4().hex
    backups = BackupScheduler(core)  # scheduled backups: one worker at a time (a lock in the store)
    while not stop.is_set():
        try:
            await run_round(core, owner)
        except Exception as exc:
            if is_outage(exc):  # the database or Redis is down: one line per round, not a traceback
                log.warning("background round skipped, a dependency is unreachable: %r", exc)
            else:
                log.exception("background round failed; retrying")
        backups.tick()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval)
    await backups.stop()
