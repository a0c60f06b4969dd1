"""Announcements (系统公告): staff draft, publish (every account not opted out is told) and end
them; published ones are shown while their window is open. A maintenance announcement's
window is enforced by :class:`core.support.maintenance.MaintenanceGuard`, which re-reads the
windows at once when this process publishes or ends one (:func:`windows_generation`).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Subquery

from core.accounts.models import Account
from core.adapters.hot_queries import columns, fetch_rows, sql_of
from core.audit.log import AuditLog
from core.clock import CHINA
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import NotFound, ValidationFailed
from core.ports import Clock, Notifier
from core.support.checks import SUBJECT_MAX, attempt, check_body, china_time, require_staff
from core.support.errors import AnnouncementPublished
from core.support.models import Announcement, NotificationOptOut

log = logging.getLogger(__name__)

NOTIFY_BATCH = 500
KEY_ANNOUNCEMENT = "bot.announcement.published"


@dataclass(frozen=True)
class AnnouncementView:
    id: int
    title: str
    body: str
    starts_at: datetime
    ends_at: datetime
    maintenance: bool
    published_at: datetime | None


@dataclass(frozen=True)
class PublishResult:
    announcement: AnnouncementView
    notified: int
    failed: int


async def _notify(notifier: Notifier, account_id: int, key: str, params: dict[str, Any]) -> bool:
    """A failed notification is logged, never fatal: the change it reports is committed."""
    try:
        await notifier.notify_user(account_id, key, params)
    except Exception:
        log.exception("notification %s to account %s failed", key, account_id)
        return False
    return True


def _aware(moment: datetime) -> datetime:
    """Naive datetimes are China time (what staff type); aware ones are kept."""
    return moment.replace(tzinfo=CHINA) if moment.tzinfo is None else moment


def announcement_view(row: Announcement) -> AnnouncementView:
    return AnnouncementView(id=row.id, title=row.title, body=row.body, starts_at=row.starts_at, ends_at=row.ends_at,
                            maintenance=row.maintenance, published_at=row.published_at)


#: Bumped by publish and end in this process: every guard of the process re-reads the windows at once.
_generation = 0


def windows_generation() -> int:
    """How many times this process published or ended an announcement (the guards' cache key)."""
    return _generation


def _windows_changed() -> None:
    global _generation
    _generation += 1


class AnnouncementService:
    def __init__(self, clock: Clock, audit: AuditLog, notifier: Notifier) -> None:
        self.clock = clock
        self.audit = audit
        self.notifier = notifier

    async def create(self, staff: Actor, title: str, body: str, starts_at: datetime, ends_at: datetime,
                     maintenance: bool = False) -> AnnouncementView:
        """A draft; nothing is shown or enforced until :meth:`publish`."""
        account = await require_staff(staff)
        problems: dict[str, Any] = {}
        values = {
            "title": attempt(problems, validators.check_text, title, "title", max_len=SUBJECT_MAX),
            "body": attempt(problems, check_body, body, "body"),
        }
        start, end = _aware(starts_at), _aware(ends_at)
        if end <= start:
            problems.update(ValidationFailed.one("ends_at", "ends_before_start").fields)
        elif end <= self.clock.now():
            problems.update(ValidationFailed.one("ends_at", "ends_in_past").fields)
        if problems:
            raise ValidationFailed(fields=problems)
        async with self.audit.transaction() as conn:
            row = await Announcement.create(title=values["title"], body=values["body"], starts_at=start, ends_at=end,
                                            maintenance=maintenance, created_by_id=account.id,
                                            created_at=self.clock.now(), using_db=conn)
            await self.audit.record(staff, "announcement.create", target=f"announcement:{row.id}",
                                    detail={"maintenance": maintenance, "starts_at": start.isoformat(),
                                            "ends_at": end.isoformat()},
                                    connection=conn)
        return announcement_view(row)

    async def current(self) -> list[AnnouncementView]:
        """Published announcements not yet over (running or upcoming, e.g. a maintenance notice), earliest first.

        Read on every subscribe event, as one plain statement (core/adapters/hot_queries.py; held
        to the ORM query it replaces by tests/integration/test_hot_queries.py)."""
        rows = await fetch_rows(Announcement, sql_of(
            f"SELECT {columns(Announcement)} FROM support_announcement "
            f"WHERE published_at IS NOT NULL AND ends_at > {{}} ORDER BY starts_at, id"), self.clock.now())
        return [announcement_view(row) for row in rows]

    async def all(self, staff: Actor, limit: int = 100) -> list[AnnouncementView]:
        await require_staff(staff)
        rows = await Announcement.all().order_by("-starts_at", "-id").limit(max(1, min(limit, 500)))
        return [announcement_view(row) for row in rows]

    async def publish(self, staff: Actor, announcement_id: int, notify: bool = True) -> PublishResult:
        """Publish once; with ``notify`` every account that has not opted out is told
        (key :data:`KEY_ANNOUNCEMENT`). A failed send is logged and counted, not fatal."""
        await require_staff(staff)
        now = self.clock.now()
        async with self.audit.transaction() as conn:
            row = await Announcement.get_or_none(id=announcement_id, using_db=conn)
            if row is None:
                raise NotFound({"what": "announcement"})
            claimed = await Announcement.filter(id=row.id, published_at=None).using_db(conn).update(published_at=now)
            if claimed != 1:
                raise AnnouncementPublished({"announcement_id": row.id})
            await self.audit.record(staff, "announcement.publish", target=f"announcement:{row.id}",
                                    detail={"notify": notify}, connection=conn)
        _windows_changed()
        await row.refresh_from_db()
        notified = failed = 0
        if notify:
            params = {"announcement_id": row.id, "title": row.title, "body": row.body,
                      "starts_at": china_time(row.starts_at), "ends_at": china_time(row.ends_at),
                      "maintenance": row.maintenance}
            async for account_id in self._recipients():
                if await _notify(self.notifier, account_id, KEY_ANNOUNCEMENT, dict(params)):
                    notified += 1
                else:
                    failed += 1
        return PublishResult(announcement_view(row), notified, failed)

    async def end(self, staff: Actor, announcement_id: int) -> AnnouncementView:
        """End a window now (e.g. maintenance finished early); a future one is cut to now too."""
        await require_staff(staff)
        now = self.clock.now()
        async with self.audit.transaction() as conn:
            row = await Announcement.get_or_none(id=announcement_id, using_db=conn)
            if row is None:
                raise NotFound({"what": "announcement"})
            if row.ends_at > now:
                changes: dict[str, Any] = {"ends_at": now}
                if row.starts_at > now:
                    changes["starts_at"] = now
                await Announcement.filter(id=row.id).using_db(conn).update(**changes)
                await self.audit.record(staff, "announcement.end", target=f"announcement:{row.id}",
                                        detail={"planned_end": row.ends_at.isoformat()}, connection=conn)
        _windows_changed()
        await row.refresh_from_db()
        return announcement_view(row)

    async def set_opt_out(self, account_id: int, opted_out: bool, actor: Actor | None = None) -> None:
        """Opt the account out of (or back into) broadcast notifications. Pass the acting
        user's ``actor`` for the audit log (default: the account itself, channel api)."""
        who = actor or Actor(channel="api", account_id=account_id)
        try:
            async with self.audit.transaction() as conn:
                if opted_out:
                    if not await NotificationOptOut.filter(account_id=account_id).using_db(conn).exists():
                        await NotificationOptOut.create(account_id=account_id, created_at=self.clock.now(),
                                                        using_db=conn)
                else:
                    await NotificationOptOut.filter(account_id=account_id).using_db(conn).delete()
                await self.audit.record(who, "notification.opt_out" if opted_out else "notification.opt_in",
                                        target=f"account:{account_id}", connection=conn)
        except IntegrityError:  # a concurrent request opted the account out first: same outcome
            pass

    async def is_opted_out(self, account_id: int) -> bool:
        return await NotificationOptOut.exists(account_id=account_id)

    async def _recipients(self) -> AsyncIterator[int]:
        """Account ids without an opt-out, in id order, fetched in batches."""
        last = 0
        while True:
            batch = cast(list[int], await Account.filter(id__gt=last).exclude(
                id__in=Subquery(NotificationOptOut.all().values_list("account_id", flat=True))
            ).order_by("id").limit(NOTIFY_BATCH).values_list("id", flat=True))
            if not batch:
                return
            for account_id in batch:
                yield account_id
            last = batch[-1]
