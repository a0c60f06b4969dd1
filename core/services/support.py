"""Help centre, human side: tickets (工单), feedback (意见反馈) and announcements (系统公告).

* Tickets: a user opens one (subject, description, FAQ category, attachments, the last
  chat lines when they typed 人工); staff and the user reply in a thread; every staff
  reply notifies the owner. Users see only their own tickets (another user's ticket is
  "not found"); platform staff (``Account.is_staff``) see and handle all of them.
* Feedback: 问题/建议/投诉 moving through statuses along :data:`FEEDBACK_TRANSITIONS`.
* Announcements: published ones are shown while their window is open; a maintenance
  announcement makes :class:`MaintenanceGuard` refuse logins and writes until it ends.

Attachments are checked by magic bytes (:mod:`core.domain.attachments`) and stored on
disk, content-addressed by SHA-256, under the directory the service is given.
Notifications go through the :class:`Notifier` port as a template key plus params.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import secrets
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, cast

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Subquery

from core.adapters.models import Account
from core.clock import CHINA
from core.domain import validators
from core.domain.actor import Actor
from core.domain.attachments import MAX_ATTACHMENT_BYTES, check_attachment, safe_filename
from core.domain.errors import DomainError, NotFound, PermissionDenied, ValidationFailed
from core.domain.jsonable import china_isoformat
from core.domain.maintenance import Access, refused_in_maintenance
from core.help.search import load_categories
from core.ports import Clock, Notifier
from core.services.audit import AuditLog
from core.services.identity import signed_in_account
from core.services.requester import Requester, check_anonymous_quota, recipient, requester_of
from core.support.models import (
    Announcement,
    Feedback,
    FeedbackEvent,
    NotificationOptOut,
    Ticket,
    TicketAttachment,
    TicketMessage,
)

log = logging.getLogger(__name__)

SUBJECT_MAX = 100
BODY_MAX = 2000
MAX_ATTACHMENTS_PER_MESSAGE = 5
CONTEXT_LINES = 10
CONTEXT_LINE_MAX = 500
NOTIFY_BATCH = 500

# -- tickets: statuses and transitions (data) ----------------------------------------------------

TICKET_STATUSES = ("open", "in_progress", "waiting_user", "resolved", "closed")
TICKET_STATUS_LABELS: Mapping[str, str] = {
    "open": "待处理", "in_progress": "处理中", "waiting_user": "待用户回复", "resolved": "已解决", "closed": "已关闭",
}
#: What staff may set with :meth:`TicketService.set_status`.
TICKET_TRANSITIONS: Mapping[str, tuple[str, ...]] = {
    "open": ("in_progress", "waiting_user", "resolved", "closed"),
    "in_progress": ("open", "waiting_user", "resolved", "closed"),
    "waiting_user": ("in_progress", "resolved", "closed"),
    "resolved": ("in_progress", "closed"),
    "closed": (),
}
#: Status after a staff reply, by current status (a closed ticket takes no replies).
TICKET_AFTER_STAFF_REPLY: Mapping[str, str] = {
    "open": "waiting_user", "in_progress": "waiting_user", "waiting_user": "waiting_user",
    "resolved": "waiting_user",
}
#: Status after the owner's reply: back to whoever has the ball. ``None`` = "open" if no
#: staff member has handled the ticket yet, else "in_progress".
TICKET_AFTER_USER_REPLY: Mapping[str, str | None] = {
    "open": "open", "in_progress": "in_progress", "waiting_user": None, "resolved": None,
}

# -- feedback ------------------------------------------------------------------------------------

FEEDBACK_KINDS = ("problem", "suggestion", "complaint")
FEEDBACK_KIND_LABELS: Mapping[str, str] = {"problem": "问题", "suggestion": "建议", "complaint": "投诉"}
FEEDBACK_STATUSES = ("received", "classified", "investigating", "replied", "following_up", "closed")
FEEDBACK_STATUS_LABELS: Mapping[str, str] = {
    "received": "已接收", "classified": "已分类", "investigating": "调查中", "replied": "已回复",
    "following_up": "跟进中", "closed": "已完结",
}
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

# -- notification keys ---------------------------------------------------------------------------

KEY_TICKET_STAFF_REPLIED = "bot.ticket.staff_replied"
KEY_FEEDBACK_REPLIED = "bot.feedback.replied"
KEY_ANNOUNCEMENT = "bot.announcement.published"


# -- errors (to move to core/domain/errors.py) ---------------------------------------------------


class UnderMaintenance(DomainError):
    """A maintenance window is open: ``params`` = until (China time, "YYYY-MM-DD HH:MM"),
    until_iso (UTC ISO 8601), title."""

    code: ClassVar[str] = "under_maintenance"
    http_status: ClassVar[int] = 503


class TicketClosed(DomainError):
    """The ticket is closed; a new question needs a new ticket. ``params`` = ticket_id."""

    code: ClassVar[str] = "ticket_closed"
    http_status: ClassVar[int] = 409


class TransitionNotAllowed(DomainError):
    """``params`` = what ("ticket" | "feedback"), from, to (status codes), allowed (list)."""

    code: ClassVar[str] = "transition_not_allowed"
    http_status: ClassVar[int] = 409


class AnnouncementPublished(DomainError):
    """The announcement was already published (and its notification sent)."""

    code: ClassVar[str] = "announcement_published"
    http_status: ClassVar[int] = 409


# -- ports ---------------------------------------------------------------------------------------


# -- views ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentMeta:
    id: int
    filename: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class TicketMessageView:
    id: int
    #: ``None`` on staff posts when a user looks (staff stay anonymous to users).
    author_id: int | None
    from_staff: bool
    body: str
    created_at: datetime
    attachments: tuple[AttachmentMeta, ...] = ()


@dataclass(frozen=True)
class TicketSummary:
    id: int
    account_id: int
    company_id: int | None
    subject: str
    category: str
    status: str
    created_at: datetime
    updated_at: datetime
    #: Opened by a WeChat user without an account, and the phone they left.
    anonymous: bool = False
    contact_phone: str = ""


@dataclass(frozen=True)
class TicketView:
    id: int
    account_id: int
    company_id: int | None
    subject: str
    description: str
    category: str
    status: str
    context: tuple[str, ...]
    assignee_id: int | None
    created_at: datetime
    updated_at: datetime
    resolved_at: datetime | None
    closed_at: datetime | None
    messages: tuple[TicketMessageView, ...]
    #: Opened without a login: the phone the WeChat user left (shown to staff only).
    contact_phone: str = ""
    #: Opened by a WeChat user without an account (account_id 0).
    anonymous: bool = False


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


# -- helpers -------------------------------------------------------------------------------------


def china_time(moment: datetime) -> str:
    """"2026-11-27 17:00" in Asia/Shanghai: how users read times."""
    return moment.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


def _check_body(raw: str, field: str, *, max_len: int = BODY_MAX, required: bool = True) -> str:
    """Multi-line text: like ``validators.check_text`` but newlines and tabs are allowed."""
    value = raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    if required and not value:
        raise ValidationFailed.one(field, "required")
    if len(value) > max_len:
        raise ValidationFailed.one(field, "too_long", max=max_len)
    if any(not ch.isprintable() and ch not in "\n\t" for ch in value):
        raise ValidationFailed.one(field, "text_too_long", max=max_len)
    return value


def _choice(value: str, field: str, allowed: Sequence[str]) -> str:
    if value not in allowed:
        raise ValidationFailed.one(field, "not_allowed", allowed="、".join(allowed))
    return value


def _attempt(problems: dict[str, Any], check: Callable[..., str], *args: Any, **kwargs: Any) -> str:
    """Run one field check, collecting its problem so that all fields are reported at once."""
    try:
        return check(*args, **kwargs)
    except ValidationFailed as exc:
        problems.update(exc.fields)
        return ""


async def _staff(actor: Actor) -> Account:
    account = await signed_in_account(actor)
    if not account.is_staff:
        raise PermissionDenied({"need": "staff"})
    return account


async def _notify(notifier: Notifier, account_id: int, key: str, params: dict[str, Any]) -> bool:
    """A failed notification is logged, never fatal: the change it reports is committed."""
    try:
        await notifier.notify_user(account_id, key, params)
    except Exception:
        log.exception("notification %s to account %s failed", key, account_id)
        return False
    return True


@dataclass(frozen=True)
class _CheckedFile:
    filename: str
    media_type: str
    data: bytes


def _check_files(files: Sequence[tuple[str, bytes]], max_bytes: int) -> list[_CheckedFile]:
    if len(files) > MAX_ATTACHMENTS_PER_MESSAGE:
        raise ValidationFailed.one("attachments", "attachments_too_many", max=MAX_ATTACHMENTS_PER_MESSAGE)
    checked = []
    for name, data in files:
        try:
            media_type = check_attachment(name, data, max_bytes)
        except ValidationFailed as exc:
            problem = exc.fields["attachment"]
            raise ValidationFailed.one("attachment", problem.code, **problem.params, filename=name) from None
        checked.append(_CheckedFile(safe_filename(name, media_type), media_type, data))
    return checked


class AttachmentFiles:
    """Attachment bytes on disk, content-addressed: ``<dir>/<sha[:2]>/<sha>``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def put(self, data: bytes) -> tuple[str, str]:
        """Store the bytes (once per content); return (sha256, storage key)."""
        digest = hashlib.sha256(data).hexdigest()
        key = f"{digest[:2]}/{digest}"
        await asyncio.to_thread(self._write, self.directory / key, data)
        return digest, key

    async def get(self, key: str) -> bytes:
        return await asyncio.to_thread((self.directory / key).read_bytes)

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{secrets.token_hex(4)}.tmp")
        temporary.write_bytes(data)
        temporary.replace(path)


# -- tickets -------------------------------------------------------------------------------------


class TicketService:
    def __init__(self, clock: Clock, audit: AuditLog, files: AttachmentFiles, notifier: Notifier,
                 categories: Sequence[str], max_attachment_bytes: int = MAX_ATTACHMENT_BYTES) -> None:
        self.clock = clock
        self.audit = audit
        self.files = files
        self.notifier = notifier
        self.categories = tuple(categories)
        self.max_attachment_bytes = max_attachment_bytes

    async def open(self, actor: Actor, subject: str, description: str, category: str,
                   attachments: Sequence[tuple[str, bytes]] = (), context: Sequence[str] = (),
                   phone: str = "") -> TicketView:
        """Open a ticket; ``context`` = the last chat lines the bot saw before 人工. Without a
        login the ticket belongs to the WeChat user (``actor.openid``), with the ``phone`` they
        left for staff."""
        who = await requester_of(actor)
        await check_anonymous_quota(Ticket, who, self.clock)
        problems: dict[str, Any] = {}
        contact = _attempt(problems, validators.normalize_phone, phone) if phone.strip() else ""
        values = {
            "subject": _attempt(problems, validators.check_text, subject, "subject", max_len=SUBJECT_MAX),
            "description": _attempt(problems, _check_body, description, "description"),
            "category": _attempt(problems, _choice, category, "category", self.categories),
        }
        if problems:
            raise ValidationFailed(fields=problems)
        files = _check_files(attachments, self.max_attachment_bytes)
        lines = [str(line)[:CONTEXT_LINE_MAX] for line in list(context)[-CONTEXT_LINES:]]
        stored = [(f, *(await self.files.put(f.data))) for f in files]
        now = self.clock.now()
        async with self.audit.transaction() as conn:
            ticket = await Ticket.create(
                account_id=who.account_id, openid=actor.openid or "", contact_phone=contact,
                company_id=who.company_id, subject=values["subject"],
                description=values["description"], category=values["category"], status="open", context=lines,
                created_at=now, updated_at=now, using_db=conn)
            message = await TicketMessage.create(ticket_id=ticket.id, author_id=who.account_id, from_staff=False,
                                                 body=values["description"], created_at=now, using_db=conn)
            await self._attach(ticket.id, message.id, stored, conn)
            await self.audit.record(actor, "ticket.open", target=f"ticket:{ticket.id}",
                                    company_id=ticket.company_id,
                                    detail={"category": ticket.category, "attachments": len(stored),
                                            "signed_in": who.account is not None},
                                    connection=conn)
        return await self._view(ticket, viewer_is_staff=who.is_staff)

    async def reply(self, actor: Actor, ticket_id: int, text: str,
                    attachments: Sequence[tuple[str, bytes]] = ()) -> TicketView:
        """Post in the thread. A staff reply → 待用户回复 and the owner is notified; the
        owner's reply hands the ticket back to staff (待处理 / 处理中)."""
        who = await requester_of(actor)
        ticket = await self._visible(who, ticket_id)
        if ticket.status == "closed":
            raise TicketClosed({"ticket_id": ticket.id})
        body = _check_body(text, "text", required=not attachments)
        files = _check_files(attachments, self.max_attachment_bytes)
        stored = [(f, *(await self.files.put(f.data))) for f in files]
        from_staff = who.is_staff and who.account_id != ticket.account_id
        now = self.clock.now()
        async with self.audit.transaction() as conn:
            locked = await Ticket.filter(id=ticket.id).using_db(conn).select_for_update().first()
            if locked is None:
                raise NotFound({"what": "ticket"})
            if locked.status == "closed":
                raise TicketClosed({"ticket_id": ticket.id})
            assignee: int | None
            if from_staff:
                status = TICKET_AFTER_STAFF_REPLY[locked.status]
                assignee = locked.assignee_id or who.account_id
            else:
                status = TICKET_AFTER_USER_REPLY[locked.status] or \
                    ("in_progress" if locked.assignee_id is not None else "open")
                assignee = locked.assignee_id
            message = await TicketMessage.create(ticket_id=ticket.id, author_id=who.account_id, from_staff=from_staff,
                                                 body=body, created_at=now, using_db=conn)
            await self._attach(ticket.id, message.id, stored, conn)
            await Ticket.filter(id=ticket.id).using_db(conn).update(status=status, updated_at=now,
                                                                     assignee_id=assignee)
            if from_staff:
                # In the reply's transaction: a committed reply always reaches the user (every
                # WeChat user bound to the account, or the WeChat user who asked without one).
                to, params = recipient(ticket.account_id, ticket.openid,
                                       {"ticket_id": ticket.id, "subject": ticket.subject, "text": body})
                await self.notifier.notify_user(to, KEY_TICKET_STAFF_REPLIED, params, connection=conn)
            await self.audit.record(actor, "ticket.reply", target=f"ticket:{ticket.id}", company_id=ticket.company_id,
                                    detail={"from_staff": from_staff, "from": locked.status, "to": status,
                                            "attachments": len(stored)},
                                    connection=conn)
        await ticket.refresh_from_db()
        return await self._view(ticket, viewer_is_staff=who.is_staff)

    async def set_status(self, staff: Actor, ticket_id: int, status: str) -> TicketView:
        """Staff only; allowed moves are :data:`TICKET_TRANSITIONS`."""
        account = await _staff(staff)
        _choice(status, "status", TICKET_STATUSES)
        now = self.clock.now()
        async with self.audit.transaction() as conn:
            ticket = await Ticket.filter(id=ticket_id).using_db(conn).select_for_update().first()
            if ticket is None:
                raise NotFound({"what": "ticket"})
            allowed = TICKET_TRANSITIONS[ticket.status]
            if status not in allowed:
                raise TransitionNotAllowed({"what": "ticket", "from": ticket.status, "to": status,
                                            "allowed": list(allowed)})
            changes: dict[str, Any] = {"status": status, "updated_at": now}
            if status == "resolved":
                changes["resolved_at"] = now
            if status == "closed":
                changes["closed_at"] = now
            if ticket.assignee_id is None and status != "open":
                changes["assignee_id"] = account.id
            await Ticket.filter(id=ticket.id).using_db(conn).update(**changes)
            await self.audit.record(staff, "ticket.status", target=f"ticket:{ticket.id}", company_id=ticket.company_id,
                                    detail={"from": ticket.status, "to": status}, connection=conn)
        await ticket.refresh_from_db()
        return await self._view(ticket, viewer_is_staff=True)

    async def mine(self, actor: Actor) -> list[TicketSummary]:
        who = await requester_of(actor)
        rows = await Ticket.filter(who.mine()).order_by("-updated_at", "-id")
        return [self._summary(t) for t in rows]

    async def all(self, staff: Actor, status: str | None = None, limit: int = 100) -> list[TicketSummary]:
        await _staff(staff)
        query = Ticket.all()
        if status is not None:
            query = query.filter(status=_choice(status, "status", TICKET_STATUSES))
        rows = await query.order_by("-updated_at", "-id").limit(max(1, min(limit, 500)))
        return [self._summary(t) for t in rows]

    async def get(self, actor: Actor, ticket_id: int) -> TicketView:
        who = await requester_of(actor)
        ticket = await self._visible(who, ticket_id)
        return await self._view(ticket, viewer_is_staff=who.is_staff)

    async def attachment(self, actor: Actor, attachment_id: int) -> tuple[str, str, bytes]:
        """(file name, media type, bytes) of an attachment on a ticket the actor may see."""
        who = await requester_of(actor)
        row = await TicketAttachment.get_or_none(id=attachment_id)
        if row is None:
            raise NotFound({"what": "attachment"})
        try:
            await self._visible(who, row.ticket_id)
        except NotFound:
            raise NotFound({"what": "attachment"}) from None
        try:
            data = await self.files.get(row.storage_key)
        except FileNotFoundError:
            log.error("attachment %s: file %s is missing", row.id, row.storage_key)
            raise NotFound({"what": "attachment"}) from None
        return row.filename, row.media_type, data

    # -- internals

    async def _visible(self, who: Requester, ticket_id: int) -> Ticket:
        ticket = await Ticket.get_or_none(id=ticket_id)
        if ticket is None or not (who.is_staff or who.owns(ticket.account_id, ticket.openid)):
            raise NotFound({"what": "ticket"})
        return ticket

    async def _attach(self, ticket_id: int, message_id: int, stored: Sequence[tuple[_CheckedFile, str, str]],
                      conn: BaseDBAsyncClient) -> None:
        for file, digest, key in stored:
            await TicketAttachment.create(ticket_id=ticket_id, message_id=message_id, filename=file.filename,
                                          media_type=file.media_type, size=len(file.data), sha256=digest,
                                          storage_key=key, created_at=self.clock.now(), using_db=conn)

    @staticmethod
    def _summary(ticket: Ticket) -> TicketSummary:
        return TicketSummary(id=ticket.id, account_id=ticket.account_id, company_id=ticket.company_id,
                             subject=ticket.subject, category=ticket.category, status=ticket.status,
                             created_at=ticket.created_at, updated_at=ticket.updated_at,
                             anonymous=ticket.account_id == 0, contact_phone=ticket.contact_phone)

    @staticmethod
    async def _view(ticket: Ticket, *, viewer_is_staff: bool) -> TicketView:
        messages = await TicketMessage.filter(ticket_id=ticket.id).order_by("id")
        files: dict[int, list[AttachmentMeta]] = {}
        for row in await TicketAttachment.filter(ticket_id=ticket.id).order_by("id"):
            files.setdefault(row.message_id, []).append(
                AttachmentMeta(id=row.id, filename=row.filename, media_type=row.media_type, size=row.size,
                               sha256=row.sha256))
        thread = tuple(
            TicketMessageView(id=m.id, author_id=m.author_id if viewer_is_staff or not m.from_staff else None,
                              from_staff=m.from_staff, body=m.body, created_at=m.created_at,
                              attachments=tuple(files.get(m.id, ())))
            for m in messages
        )
        return TicketView(
            id=ticket.id, account_id=ticket.account_id, company_id=ticket.company_id, subject=ticket.subject,
            description=ticket.description, category=ticket.category, status=ticket.status,
            context=tuple(ticket.context or ()), assignee_id=ticket.assignee_id if viewer_is_staff else None,
            created_at=ticket.created_at, updated_at=ticket.updated_at, resolved_at=ticket.resolved_at,
            closed_at=ticket.closed_at, messages=thread,
            contact_phone=ticket.contact_phone if viewer_is_staff else "", anonymous=ticket.account_id == 0,
        )


# -- feedback ------------------------------------------------------------------------------------


class FeedbackService:
    def __init__(self, clock: Clock, audit: AuditLog, notifier: Notifier) -> None:
        self.clock = clock
        self.audit = audit
        self.notifier = notifier

    async def submit(self, actor: Actor, kind: str, text: str) -> FeedbackView:
        who = await requester_of(actor)  # without a login: the WeChat user's
        await check_anonymous_quota(Feedback, who, self.clock)
        problems: dict[str, Any] = {}
        _attempt(problems, _choice, kind, "kind", FEEDBACK_KINDS)
        body = _attempt(problems, _check_body, text, "text")
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
        await _staff(staff)
        _choice(status, "status", FEEDBACK_STATUSES)
        text = _check_body(note, "note", required=status == "replied")
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
        await _staff(staff)
        query = Feedback.all()
        if status is not None:
            query = query.filter(status=_choice(status, "status", FEEDBACK_STATUSES))
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


class SupportService:
    """Tickets and feedback: ``support.tickets.open(...)``, ``support.feedback.submit(...)``."""

    def __init__(self, clock: Clock, audit: AuditLog, attachments_dir: Path, notifier: Notifier, *,
                 categories: Sequence[str] | None = None, max_attachment_bytes: int = MAX_ATTACHMENT_BYTES) -> None:
        self.files = AttachmentFiles(attachments_dir)
        self.tickets = TicketService(clock, audit, self.files, notifier,
                                     categories if categories is not None else load_categories(),
                                     max_attachment_bytes)
        self.feedback = FeedbackService(clock, audit, notifier)


# -- announcements -------------------------------------------------------------------------------


def _aware(moment: datetime) -> datetime:
    """Naive datetimes are China time (what staff type); aware ones are kept."""
    return moment.replace(tzinfo=CHINA) if moment.tzinfo is None else moment


def _announcement_view(row: Announcement) -> AnnouncementView:
    return AnnouncementView(id=row.id, title=row.title, body=row.body, starts_at=row.starts_at, ends_at=row.ends_at,
                            maintenance=row.maintenance, published_at=row.published_at)


#: Bumped by publish and end in this process: every guard of the process re-reads the windows at once.
_maintenance_generation = 0


def _maintenance_changed() -> None:
    global _maintenance_generation
    _maintenance_generation += 1


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
        fresh = (self._windows is not None and self._generation == _maintenance_generation
                 and self._read_now is not None and now >= self._read_now
                 and time.monotonic() - self._read_at < self.CACHE_SECONDS)
        if not fresh or self._windows is None:
            generation = _maintenance_generation
            rows = await Announcement.filter(maintenance=True, published_at__isnull=False,
                                             ends_at__gt=now).order_by("-ends_at", "id")
            self._windows = [_announcement_view(row) for row in rows]
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


class AnnouncementService:
    def __init__(self, clock: Clock, audit: AuditLog, notifier: Notifier) -> None:
        self.clock = clock
        self.audit = audit
        self.notifier = notifier

    async def create(self, staff: Actor, title: str, body: str, starts_at: datetime, ends_at: datetime,
                     maintenance: bool = False) -> AnnouncementView:
        """A draft; nothing is shown or enforced until :meth:`publish`."""
        account = await _staff(staff)
        problems: dict[str, Any] = {}
        values = {
            "title": _attempt(problems, validators.check_text, title, "title", max_len=SUBJECT_MAX),
            "body": _attempt(problems, _check_body, body, "body"),
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
        return _announcement_view(row)

    async def current(self) -> list[AnnouncementView]:
        """Published announcements not yet over (running or upcoming, e.g. a maintenance notice), earliest first."""
        now = self.clock.now()
        rows = await Announcement.filter(published_at__isnull=False, ends_at__gt=now).order_by("starts_at", "id")
        return [_announcement_view(row) for row in rows]

    async def all(self, staff: Actor, limit: int = 100) -> list[AnnouncementView]:
        await _staff(staff)
        rows = await Announcement.all().order_by("-starts_at", "-id").limit(max(1, min(limit, 500)))
        return [_announcement_view(row) for row in rows]

    async def publish(self, staff: Actor, announcement_id: int, notify: bool = True) -> PublishResult:
        """Publish once; with ``notify`` every account that has not opted out is told
        (key :data:`KEY_ANNOUNCEMENT`). A failed send is logged and counted, not fatal."""
        await _staff(staff)
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
        _maintenance_changed()
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
        return PublishResult(_announcement_view(row), notified, failed)

    async def end(self, staff: Actor, announcement_id: int) -> AnnouncementView:
        """End a window now (e.g. maintenance finished early); a future one is cut to now too."""
        await _staff(staff)
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
        _maintenance_changed()
        await row.refresh_from_db()
        return _announcement_view(row)

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
