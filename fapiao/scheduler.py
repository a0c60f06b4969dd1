"""Background work inside `fapiao serve`: follow submitted returns (and move the sandbox bureau on).

Safe with several workers: a status change is recorded with a guarded update, so two
workers seeing the same change record it once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from core.container import Core

log = logging.getLogger(__name__)
INTERVAL_SECONDS = 2.0


async def run_background(core: Core, stop: asyncio.Event, interval: float = INTERVAL_SECONDS) -> None:
    rounds = 0
    while not stop.is_set():
        try:
            tick = getattr(core.bureau, "tick", None)
            if tick is not None:
                await tick()
            await core.filings.refresh_all()
            if rounds % 300 == 0:  # about every 10 minutes: deadline reminders (once per period each)
                await core.reminders.run()
        except Exception:
            log.exception("background round failed; retrying")
        rounds += 1
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=interval)
