"""Tickets (工单): a user opens one (subject, description, FAQ category, attachments, the last
chat lines when they typed 人工); staff and the user reply in a thread; every staff reply
notifies the owner. Users see only their own tickets (another user's ticket is "not found");
platform staff (``Account.is_staff``) see and handle all of them. Without a login a ticket
belongs to the WeChat user (:mod:`core.support.requester`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from core.audit.log import AuditLog
from core.domain import validators
from core.domain.actor import Actor
from core.domain.attachments import MAX_ATTACHMENT_BYTES
from core.domain.errors import NotFound, ValidationFailed
from core.ports import Clock, Notifier
from core.support.attachments import AttachmentFiles, AttachmentMeta, CheckedFile, check_files
from core.support.checks import SUBJECT_MAX, attempt, check_body, choice, require_staff
from core.support.errors import TicketClosed, TransitionNotAllowed
from core.support.models import Ticket, TicketAttachment, TicketMessage
from core.support.requester import Requester, check_anonymous_quota, recipient, requester_of

log = logging.getLogger(__name__)

CONTEXT_LINES = 10
CONTEXT_LINE_MAX = 500
KEY_TICKET_STAFF_REPLIED = "bot.ticket.staff_replied"

TICKET_STATUSES = ("open", "in_progress", "waiting_user", "resolved", "closed")
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
        contact = attempt(problems, validators.normalize_phone, phone) if phone.strip() else ""
        values = {
            "subject": attempt(problems, validators.check_text, subject, "subject", max_len=SUBJECT_MAX),
            "description": attempt(problems, check_body, description, "description"),
            "category": attempt(problems, choice, category, "category", self.categories),
        }
        if problems:
            raise ValidationFailed(fields=problems)
        files = check_files(attachments, self.max_attachment_bytes)
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
        body = check_body(text, "text", required=not attachments)
        files = check_files(attachments, self.max_attachment_bytes)
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
        account = await require_staff(staff)
        choice(status, "status", TICKET_STATUSES)
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
        await require_staff(staff)
        query = Ticket.all()
        if status is not None:
            query = query.filter(status=choice(status, "status", TICKET_STATUSES))
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

    async def _attach(self, ticket_id: int, message_id: int, stored: Sequence[tuple[CheckedFile, str, str]],
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
