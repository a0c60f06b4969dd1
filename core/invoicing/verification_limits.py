"""Per-IP limit on the public verification pages (``/v/<token>`` and its PDF).

The pages need no login, so a scraper could walk them; the tokens are unguessable, but a
limit keeps one address from hammering them. Fixed one-minute windows on the injected
clock (testable without sleeping), counted in the shared store (all workers agree).
"""

from __future__ import annotations

import math

from core.domain.errors import RateLimited
from core.ports import Clock, KeyValueStore

PAGES_PER_MINUTE = 60
WINDOW_SECONDS = 60


class PublicPageLimit:
    def __init__(self, store: KeyValueStore, clock: Clock, per_minute: int = PAGES_PER_MINUTE) -> None:
        self.store = store
        self.clock = clock
        self.per_minute = per_minute

    async def check(self, ip: str) -> None:
        """Count one page view from ``ip``; RateLimited (with retry_after) above the limit."""
        now = self.clock.now().timestamp()
        window = int(now // WINDOW_SECONDS)
        count = await self.store.incr(f"verify:limit:{ip or 'unknown'}:{window}", ttl=2 * WINDOW_SECONDS)
        if count > self.per_minute:
            raise RateLimited({"retry_after": max(1, math.ceil((window + 1) * WINDOW_SECONDS - now))})


#: ``GET /api/v1/verify`` (number + date + total, no login): per address, for everyone together, and
#: a wait after repeated misses, so the endpoint cannot be walked to find other companies' invoices
#: (issue 13 #2). The store is asked first: when Redis is down the lookup is refused (503), never
#: answered unlimited.
VERIFY_PER_IP_PER_MINUTE = 10
VERIFY_PER_IP_PER_DAY = 200
VERIFY_GLOBAL_PER_MINUTE = 600
VERIFY_MISSES_BEFORE_WAIT = 5
VERIFY_MISS_WINDOW_SECONDS = 3600
VERIFY_WAIT_SECONDS = 1800


class VerifyLimit:
    def __init__(self, store: KeyValueStore, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    async def before(self, ip: str) -> None:
        """Count one lookup; RateLimited while this address waits after misses, or above a limit."""
        now = self.clock.now().timestamp()
        subject = ip or "unknown"
        blocked_until = await self.store.get(f"verify:wait:{subject}")
        if blocked_until is not None and float(blocked_until) > now:
            raise RateLimited({"retry_after": max(1, math.ceil(float(blocked_until) - now))})
        for key, window, most in (
            (f"verify:ip:{subject}", 60, VERIFY_PER_IP_PER_MINUTE),
            (f"verify:ipday:{subject}", 86400, VERIFY_PER_IP_PER_DAY),
            ("verify:all", 60, VERIFY_GLOBAL_PER_MINUTE),
        ):
            bucket = int(now // window)
            if await self.store.incr(f"{key}:{bucket}", ttl=window + 60) > most:
                raise RateLimited({"retry_after": max(1, math.ceil((bucket + 1) * window - now))})

    async def miss(self, ip: str) -> None:
        """A lookup that matched nothing; the N-th miss in the window starts the wait."""
        now = self.clock.now().timestamp()
        subject = ip or "unknown"
        bucket = int(now // VERIFY_MISS_WINDOW_SECONDS)
        misses = await self.store.incr(f"verify:miss:{subject}:{bucket}", ttl=VERIFY_MISS_WINDOW_SECONDS + 60)
        if misses >= VERIFY_MISSES_BEFORE_WAIT:
            await self.store.set(f"verify:wait:{subject}", str(now + VERIFY_WAIT_SECONDS), ttl=VERIFY_WAIT_SECONDS + 60)
