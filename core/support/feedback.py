"""Feedback (意见反馈): 问题/建议/投诉 moving through statuses along :data:`FEEDBACK_TRANSITIONS`;
staff notes on 已回复 (and after) are answers the user sees and is sent."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from core.audit.log import AuditLog
from core.domain.actor import Actor
from core.domain.errors import NotFound, ValidationFailed
from core.ports import Clock, Notifier
from core.support.checks import attempt, check_body, choice, require_staff
from core.support.errors import TransitionNotAllowed
from core.support.models import Feedback, FeedbackEvent
from core.support.requester import check_anonymous_quota, recipient, requester_of

KEY_FEEDBACK_REPLIED = "bot.feedback.replied"

FEEDBACK_KINDS = ("problem", "suggestion", "complaint")
FEEDBACK_STATUSES = ("received", "classified", "investigating", "replied", "following_up", "closed")
FEEDBACK_TRANSITIONS: Mapping[str, tuple[str, ...]] = {
    "received": ("classified",),
    "classified": ("investigating",),
    "investigating": ("replied",),
    "replied": ("following_up", "closed"),
    "following_up": ("replied", "closed"),
    "closed": (),
}
#: Notes written when moving to these statuses are answers the user sees; others are internal.
FEEDBACK_PUBLIC_NOTES = ("replied", "following_up", "closed")


@dataclass(frozen=True)
class FeedbackEventView:
    at: datetime
    from_status: str
    to_status: str
    #: Empty for users unless the status makes it an answer (:data:`FEEDBACK_PUBLIC_NOTES`).
    note: str


@dataclass(frozen=True)
class FeedbackView:
    id: int
    account_id: int
    company_id: int | None
    kind: str
    text: str
    status: str
    created_at: datetime
    updated_at: datetime
    events: tuple[FeedbackEventView, ...] = ()


class FeedbackService:
    def __init__(self, clock: Clock, audit: AuditLog, notifier: Notifier) -> None:
        self.clock = clock
        self.audit = audit
        self.notifier = notifier

    async def submit(self, actor: Actor, kind: str, text: str) -> FeedbackView:
        who = await requester_of(actor)  # without a login: the WeChat user's
        await check_anonymous_quota(Feedback, who, self.clock)
        problems: dict[str, Any] = {}
        attempt(problems, choice, kind, "kind", FEEDBACK_KINDS)
        body = attempt(problems, check_body, text, "text")
        if problems:
            raise ValidationFailed(fields=problems)
        now = self.clock.now()
        async with self.audit.transaction() as conn:
            item = await Feedback.create(account_id=who.account_id, openid=actor.openid or "",
                                         company_id=who.company_id, kind=kind, text=body, status="received",
                                         created_at=now, updated_at=now, using_db=conn)
            await FeedbackEvent.create(feedback_id=item.id, at=now, actor_id=who.account_id, from_status="",
                                       to_status="received", using_db=conn)
            await self.audit.record(actor, "feedback.submit", target=f"feedback:{item.id}",
                                    company_id=item.company_id, detail={"kind": kind}, connection=conn)
        return await self._view(item, viewer_is_staff=who.is_staff)

    async def advance(self, staff: Actor, feedback_id: int, status: str, note: str = "") -> FeedbackView:
        """Staff only; allowed moves are :data:`FEEDBACK_TRANSITIONS`. Moving to 已回复
        needs a note (the answer), which is sent to the user."""
        await require_staff(staff)
        choice(status, "status", FEEDBACK_STATUSES)
        text = check_body(note, "note", required=status == "replied")
        now = self.clock.now()
        async with self.audit.transaction() as conn:
            item = await Feedback.filter(id=feedback_id).using_db(conn).select_for_update().first()
            if item is None:
                raise NotFound({"what": "feedback"})
            allowed = FEEDBACK_TRANSITIONS[item.status]
            if status not in allowed:
                raise TransitionNotAllowed({"what": "feedback", "from": item.status, "to": status,
                                            "allowed": list(allowed)})
            await FeedbackEvent.create(feedback_id=item.id, at=now, actor_id=staff.account_id, from_status=item.status,
                                       to_status=status, note=text, using_db=conn)
            await Feedback.filter(id=item.id).using_db(conn).update(status=status, updated_at=now)
            if status == "replied":
                to, params = recipient(item.account_id, item.openid,
                                       {"feedback_id": item.id, "kind": item.kind, "note": text})
                await self.notifier.notify_user(to, KEY_FEEDBACK_REPLIED, params, connection=conn)
            await self.audit.record(staff, "feedback.advance", target=f"feedback:{item.id}",
                                    company_id=item.company_id, detail={"from": item.status, "to": status},
                                    connection=conn)
        await item.refresh_from_db()
        return await self._view(item, viewer_is_staff=True)

    async def mine(self, actor: Actor) -> list[FeedbackView]:
        who = await requester_of(actor)
        rows = await Feedback.filter(who.mine()).order_by("-updated_at", "-id")
        return [await self._view(item, viewer_is_staff=False) for item in rows]

    async def get(self, actor: Actor, feedback_id: int) -> FeedbackView:
        who = await requester_of(actor)
        item = await Feedback.get_or_none(id=feedback_id)
        if item is None or not (who.is_staff or who.owns(item.account_id, item.openid)):
            raise NotFound({"what": "feedback"})
        return await self._view(item, viewer_is_staff=who.is_staff)

    async def all(self, staff: Actor, status: str | None = None, limit: int = 100) -> list[FeedbackView]:
        await require_staff(staff)
        query = Feedback.all()
        if status is not None:
            query = query.filter(status=choice(status, "status", FEEDBACK_STATUSES))
        rows = await query.order_by("-updated_at", "-id").limit(max(1, min(limit, 500)))
        return [await self._view(item, viewer_is_staff=True) for item in rows]

    @staticmethod
    async def _view(item: Feedback, *, viewer_is_staff: bool) -> FeedbackView:
        events = await FeedbackEvent.filter(feedback_id=item.id).order_by("id")
        return FeedbackView(
            id=item.id, account_id=item.account_id, company_id=item.company_id, kind=item.kind, text=item.text,
            status=item.status, created_at=item.created_at, updated_at=item.updated_at,
            events=tuple(
                FeedbackEventView(at=e.at, from_status=e.from_status, to_status=e.to_status,
                                  note=e.note if viewer_is_staff or e.to_status in FEEDBACK_PUBLIC_NOTES else "")
                for e in events
            ),
        )
