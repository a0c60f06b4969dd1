"""Request and response types of tickets, feedback, announcements and the staff desk."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from core.support.checks import BODY_MAX, SUBJECT_MAX
from miniapp_api.features.help.schemas import Category
from miniapp_api.schema import DateTime, Model, Out, Page, example, optional, text

TicketStatus = Literal["open", "in_progress", "waiting_user", "resolved", "closed"]
FeedbackKind = Literal["problem", "suggestion", "complaint"]
FeedbackStatus = Literal["received", "classified", "investigating", "replied", "following_up", "closed"]
AT = "2026-12-06T10:00:00+08:00"
TICKET_EXAMPLE = {"id": 12, "account_id": 42, "company_id": 7, "subject": "开票失败", "description": "点开票后提示平台不可用",
                  "category": "发票开具", "status": "waiting_user", "context": [], "assignee_id": None,
                  "created_at": AT, "updated_at": AT, "resolved_at": None, "closed_at": None,
                  "contact_phone": "", "anonymous": False,
                  "messages": [{"id": 30, "author_id": None, "from_staff": True, "body": "请问是哪一张发票？",
                                "created_at": AT, "attachments": []}]}


class TicketInput(Model):
    subject: str = text(SUBJECT_MAX)
    description: str = text(BODY_MAX)
    category: Category
    model_config = example({"subject": "开票失败", "description": "点开票后提示平台不可用", "category": "发票开具"})


class AttachmentMeta(Out):
    """A file attached to a ticket message: GET /attachments/{id} downloads it."""

    id: int
    filename: str
    media_type: str = Field(description="image/png, image/jpeg or application/pdf (checked by content)")
    size: int = Field(description="Bytes")
    sha256: str


class TicketMessage(Out):
    """One post of the conversation: the user's (from_staff false) or staff's."""

    id: int
    author_id: int | None = Field(description="null on staff posts when a user looks (staff stay anonymous)")
    from_staff: bool
    body: str
    created_at: DateTime
    attachments: list[AttachmentMeta]


class Ticket(Out):
    """A ticket with its whole conversation."""

    id: int
    account_id: int = Field(description="Who opened it (0: a WeChat user without an account)")
    company_id: int | None = Field(description="Their current company when they opened it")
    subject: str
    description: str
    category: Category
    status: TicketStatus
    context: list[str] = Field(description="The last chat lines the bot saw before 人工 (empty from the API)")
    assignee_id: int | None = Field(description="The staff member handling it")
    created_at: DateTime
    updated_at: DateTime
    resolved_at: DateTime | None
    closed_at: DateTime | None
    messages: list[TicketMessage]
    contact_phone: str = Field(description="Opened without a login: the phone left (shown to staff only)")
    anonymous: bool = Field(description="Opened by a WeChat user without an account")
    model_config = example(TICKET_EXAMPLE)


class TicketSummary(Out):
    """A ticket in a list (no conversation)."""

    id: int
    account_id: int
    company_id: int | None
    subject: str
    category: Category
    status: TicketStatus
    created_at: DateTime
    updated_at: DateTime
    anonymous: bool
    contact_phone: str


class Tickets(Page):
    items: list[TicketSummary]
    model_config = example({"items": [{k: TICKET_EXAMPLE[k] for k in TicketSummary.model_fields}],
                            "next_cursor": None})


class Reply(Model):
    text: str = text(BODY_MAX)
    model_config = example({"text": "是 1 号那张。"})


class AttachmentUpload(Model):
    """One or more ``file`` parts (images or PDF, at most 10 MB each, type checked by content), and an
    optional ``text`` to post with them."""

    file: list[bytes] = Field(description="The files (repeat the part for several)")
    text: str = optional(max_length=2000)


class FeedbackInput(Model):
    kind: FeedbackKind
    text: str = text(BODY_MAX)
    model_config = example({"kind": "suggestion", "text": "希望能按月导出发票汇总。"})


class FeedbackEvent(Out):
    at: DateTime
    from_status: FeedbackStatus | Literal[""] = Field(description="Empty on the first event (received)")
    to_status: FeedbackStatus
    note: str = Field(description="Staff's answer (empty for users unless the status is replied, following_up "
                                  "or closed)")


class Feedback(Out):
    """Feedback and what became of it."""

    id: int
    account_id: int
    company_id: int | None
    kind: FeedbackKind
    text: str
    status: FeedbackStatus
    created_at: DateTime
    updated_at: DateTime
    events: list[FeedbackEvent]
    model_config = example({"id": 5, "account_id": 42, "company_id": 7, "kind": "suggestion",
                            "text": "希望能按月导出发票汇总。", "status": "received", "created_at": AT,
                            "updated_at": AT, "events": []})


class FeedbackList(Page):
    items: list[Feedback]


class Announcement(Out):
    """A notice shown between starts_at and ends_at; maintenance ones declare a window where writes wait."""

    id: int
    title: str
    body: str
    starts_at: DateTime
    ends_at: DateTime
    maintenance: bool
    published_at: DateTime | None


class Announcements(Page):
    items: list[Announcement]
    model_config = example({"items": [{"id": 2, "title": "系统维护", "body": "今晚 23:00-23:30 维护，期间暂停开票。",
                                       "starts_at": AT, "ends_at": AT, "maintenance": True, "published_at": AT}],
                            "next_cursor": None})


class NotificationSetting(Model):
    announcements: bool = Field(description="false: no push for announcements (they still show in the app)")
    model_config = example({"announcements": False})


class StatusChange(Model):
    status: TicketStatus
    model_config = example({"status": "resolved"})


class FeedbackAdvance(Model):
    status: FeedbackStatus
    note: str = optional("The answer the user sees (required for replied)", max_length=BODY_MAX)
    model_config = example({"status": "replied", "note": "已排期，下月上线。"})


class AnnouncementInput(Model):
    title: str = text(100)
    body: str = text(2000)
    starts_at: DateTime
    ends_at: DateTime
    maintenance: bool = optional("A maintenance window: writes are refused (503 under_maintenance) inside it")
    model_config = example({"title": "系统维护", "body": "今晚 23:00-23:30 维护，期间暂停开票。",
                            "starts_at": "2026-12-06T23:00:00+08:00", "ends_at": "2026-12-06T23:30:00+08:00",
                            "maintenance": True})


class Publish(Model):
    notify: bool = optional("Push it to every user who did not opt out (default true)")
    model_config = example({"notify": True})


class Published(Out):
    """The announcement is public; how many users were pushed and how many pushes failed."""

    announcement: Announcement
    notified: int
    failed: int
