"""Tortoise models of the help centre's human side: tickets (工单) with their threads and
attachments, feedback (意见反馈), announcements (系统公告) and notification opt-outs.

Accounts and companies are referred to by plain integer ids (no foreign keys across
modules). Attachment bytes live on disk (content-addressed by SHA-256 under the
directory the service is given); the rows keep the metadata.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Ticket(Model):
    id = fields.IntField(primary_key=True)
    #: The user who opened it: the only non-staff account that may see it. 0 = opened by a
    #: WeChat user without an account (e.g. locked out), who is ``openid``.
    account_id = fields.IntField(db_index=True)
    #: The official-account user who opened it in chat ("" from the API).
    openid = fields.CharField(max_length=64, default="", db_index=True)
    #: The phone a user without an account left for staff to reach them ("" if none).
    contact_phone = fields.CharField(max_length=20, default="")
    #: The user's current company when the ticket was opened (context for staff).
    company_id = fields.IntField(null=True)
    subject = fields.CharField(max_length=100)
    description = fields.TextField()
    #: One of the FAQ categories (core/help/data/faq.yaml ``categories:``).
    category = fields.CharField(max_length=16)
    #: open, in_progress, waiting_user, resolved, closed
    status = fields.CharField(max_length=16, db_index=True)
    #: The last chat messages before the user asked for a human (人工).
    context: fields.Field[list[str]] = fields.JSONField(default=list)
    #: The staff member who first handled it.
    assignee_id = fields.IntField(null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()
    resolved_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "support_ticket"
        indexes = (("account_id", "updated_at"), ("status", "updated_at"))


class TicketMessage(Model):
    """One post in a ticket's thread; the first one is the user's description."""

    id = fields.IntField(primary_key=True)
    ticket: fields.ForeignKeyRelation[Ticket] = fields.ForeignKeyField(
        "models.Ticket", related_name="messages", on_delete=fields.CASCADE
    )
    ticket_id: int
    author_id = fields.IntField()
    from_staff = fields.BooleanField(default=False)
    body = fields.TextField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "support_ticket_message"
        indexes = (("ticket_id", "id"),)


class TicketAttachment(Model):
    id = fields.IntField(primary_key=True)
    ticket: fields.ForeignKeyRelation[Ticket] = fields.ForeignKeyField(
        "models.Ticket", related_name="attachments", on_delete=fields.CASCADE
    )
    ticket_id: int
    message: fields.ForeignKeyRelation[TicketMessage] = fields.ForeignKeyField(
        "models.TicketMessage", related_name="attachments", on_delete=fields.CASCADE
    )
    message_id: int
    #: Sanitised original name (directories and control characters removed).
    filename = fields.CharField(max_length=128)
    #: From the magic bytes, never from the name.
    media_type = fields.CharField(max_length=64)
    size = fields.IntField()
    sha256 = fields.CharField(max_length=64)
    #: Path of the bytes relative to the attachments directory.
    storage_key = fields.CharField(max_length=128)
    created_at = fields.DatetimeField()

    class Meta:
        table = "support_ticket_attachment"
        indexes = (("ticket_id",), ("message_id",))


class Feedback(Model):
    id = fields.IntField(primary_key=True)
    #: 0 = sent by a WeChat user without an account (``openid``).
    account_id = fields.IntField(db_index=True)
    openid = fields.CharField(max_length=64, default="", db_index=True)
    company_id = fields.IntField(null=True)
    #: problem, suggestion, complaint
    kind = fields.CharField(max_length=16)
    text = fields.TextField()
    #: received, classified, investigating, replied, following_up, closed
    status = fields.CharField(max_length=16, db_index=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "support_feedback"


class FeedbackEvent(Model):
    """Each status change of a feedback item, with the staff member's note."""

    id = fields.IntField(primary_key=True)
    feedback: fields.ForeignKeyRelation[Feedback] = fields.ForeignKeyField(
        "models.Feedback", related_name="events", on_delete=fields.CASCADE
    )
    feedback_id: int
    at = fields.DatetimeField()
    actor_id = fields.IntField(null=True)
    from_status = fields.CharField(max_length=16, default="")
    to_status = fields.CharField(max_length=16)
    note = fields.TextField(default="")

    class Meta:
        table = "support_feedback_event"
        indexes = (("feedback_id", "id"),)


class Announcement(Model):
    """A 系统公告; with ``maintenance`` its window refuses logins and writes."""

    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=100)
    body = fields.TextField()
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    maintenance = fields.BooleanField(default=False)
    #: A draft until published; only published announcements are shown or enforced.
    published_at = fields.DatetimeField(null=True)
    created_by_id = fields.IntField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "support_announcement"
        indexes = (("starts_at", "ends_at"),)


class NotificationOptOut(Model):
    """Accounts that do not want broadcast notifications (announcements).

    Replies to the user's own tickets are always sent.
    """

    id = fields.IntField(primary_key=True)
    account_id = fields.IntField(unique=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "support_notification_opt_out"
