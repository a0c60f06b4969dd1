"""The maintenance window: while a published maintenance announcement's window is open,
logins and writes are refused with ``under_maintenance`` (reads go on). The rule of which
requests wait is :mod:`core.domain.maintenance`, one for every transport; this is its guard.
"""

from __future__ import annotations

import time
from datetime import datetime

from core.domain.jsonable import china_isoformat
from core.domain.maintenance import Access, refused_in_maintenance
from core.ports import Clock
from core.support.announcements import AnnouncementView, announcement_view, windows_generation
from core.support.checks import china_time
from core.support.errors import UnderMaintenance
from core.support.models import Announcement


class MaintenanceGuard:
    """Refuses logins and writes while a published maintenance announcement's window
    [starts_at, ends_at) contains now. Reads are never refused.

    Asked on every bot message in a dialog and every write, so the published windows not yet
    over are kept in process for :attr:`CACHE_SECONDS` and matched against the clock on each
    call (a window starts and ends on time). Publishing or ending a window in this process
    takes effect at once; in another worker within :attr:`CACHE_SECONDS`."""

    #: How long another worker may go on using the windows it read (staff changes reach it within this).
    CACHE_SECONDS = 5.0

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._windows: list[AnnouncementView] | None = None
        self._read_at = 0.0  # time.monotonic() of the read
        self._read_now: datetime | None = None  # the clock's time at the read
        self._generation = -1

    async def _current_windows(self, now: datetime) -> list[AnnouncementView]:
        fresh = (self._windows is not None and self._generation == windows_generation()
                 and self._read_now is not None and now >= self._read_now
                 and time.monotonic() - self._read_at < self.CACHE_SECONDS)
        if not fresh or self._windows is None:
            generation = windows_generation()
            rows = await Announcement.filter(maintenance=True, published_at__isnull=False,
                                             ends_at__gt=now).order_by("-ends_at", "id")
            self._windows = [announcement_view(row) for row in rows]
            self._read_at, self._read_now, self._generation = time.monotonic(), now, generation
        return self._windows

    async def active(self) -> AnnouncementView | None:
        now = self.clock.now()
        for window in await self._current_windows(now):  # latest end first
            if window.starts_at <= now < window.ends_at:
                return window
        return None

    async def check(self, access: Access, activity: str) -> None:
        """The one maintenance rule (``core/domain/maintenance.py``): a write of a non-exempt
        activity is refused while a window is open; reads never are (and cost no look-up)."""
        if refused_in_maintenance(access, activity):
            await self.check_write()

    async def check_write(self) -> None:
        window = await self.active()
        if window is not None:
            raise UnderMaintenance({"until": china_time(window.ends_at), "until_iso": china_isoformat(window.ends_at),
                                    "title": window.title})
