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
