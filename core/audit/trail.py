"""Reading the audit log (the API's 审计日志): one company's trail for its owners and admins,
everything for platform staff; newest first, filtered, paged by an opaque cursor.

Who may read is not decided here: :class:`TrailAccess` is implemented with the accounts and
companies it needs (core/companies/audit_access.py), so the audit package imports neither
(they write to the log)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from core.audit.models import AuditEntry
from core.domain.actor import Actor
from core.domain.errors import ValidationFailed

MAX_PAGE = 100


@dataclass(frozen=True)
class AuditFilter:
    action: str = ""
    actor_id: int | None = None
    since: str = ""
    until: str = ""
    cursor: str = ""
    limit: int = 50


@dataclass(frozen=True)
class AuditItem:
    id: int
    seq: int | None
    at: datetime
    actor_id: int | None
    company_id: int | None
    channel: str
    action: str
    target: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class AuditPage:
    items: tuple[AuditItem, ...]
    next_cursor: str | None


class TrailAccess(Protocol):
    """Who may read which part of the log; each check raises when the actor may not."""

    async def check_company_reader(self, actor: Actor, company_id: int) -> None:
        """An owner or admin of the company, or staff; NotFound when the caller is not a member
        (whether the company exists or not), PermissionDenied for a member of a lesser role."""

    async def check_staff(self, actor: Actor) -> None:
        """Platform staff; PermissionDenied otherwise."""


class AuditTrail:
    def __init__(self, access: TrailAccess) -> None:
        self.access = access

    async def company_trail(self, company_id: int, filters: AuditFilter, actor: Actor) -> AuditPage:
        """An owner or admin reads their company's trail; staff may read any company's."""
        await self.access.check_company_reader(actor, company_id)
        return await self._page(filters, company_id=company_id)

    async def all_entries(self, filters: AuditFilter, actor: Actor, *, company_id: int | None = None) -> AuditPage:
        """Platform staff read everything (optionally one company)."""
        await self.access.check_staff(actor)
        return await self._page(filters, company_id=company_id)

    async def _page(self, filters: AuditFilter, *, company_id: int | None) -> AuditPage:
        query = AuditEntry.all()
        if company_id is not None:
            query = query.filter(company_id=company_id)
        action = filters.action.strip()
        if action:
            if action.endswith((".", "*")):
                query = query.filter(action__startswith=action.rstrip("*"))
            else:
                query = query.filter(action=action)
        if filters.actor_id is not None:
            query = query.filter(actor_id=filters.actor_id)
        if filters.since:
            query = query.filter(at__gte=_parse_time(filters.since, "since"))
        if filters.until:
            query = query.filter(at__lt=_parse_time(filters.until, "until"))
        if filters.cursor:
            query = query.filter(id__lt=_decode_cursor(filters.cursor))
        limit = max(1, min(MAX_PAGE, filters.limit))
        rows = await query.order_by("-id").limit(limit + 1)
        items = tuple(
            AuditItem(id=r.id, seq=r.seq, at=r.at, actor_id=r.actor_id, company_id=r.company_id, channel=r.channel,
                      action=r.action, target=r.target, detail=dict(r.detail))
            for r in rows[:limit]
        )
        next_cursor = _encode_cursor(items[-1].id) if len(rows) > limit else None
        return AuditPage(items=items, next_cursor=next_cursor)


def _parse_time(raw: str, field: str) -> datetime:
    try:
        value = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise ValidationFailed.one(field, "datetime_format") from None
    if value.tzinfo is None:
        raise ValidationFailed.one(field, "datetime_format")
    return value


def _encode_cursor(entry_id: int) -> str:
    return base64.urlsafe_b64encode(f"a:{entry_id}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        prefix, _, value = raw.partition(":")
        if prefix != "a" or not value.isdecimal():
            raise ValueError(raw)
        return int(value)
    except ValueError:
        raise ValidationFailed.one("cursor", "cursor_invalid") from None
