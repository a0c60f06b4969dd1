"""Tortoise models of notifications: the transactional outbox, the in-app message centre
(站内信), notification preferences and mini-program subscribe-message grants.

Accounts and companies are referred to by plain integer ids (no foreign keys across
modules), like ``core/support/models.py``. Events are written by
``core/notifications/enqueue.py`` and delivered by ``core/notifications/relay.py``.
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

#: Every channel a user can choose; ``sms`` is only ever used as a fallback.
ALL_CHANNELS: tuple[str, ...] = ("wechat", "miniapp", "sms", "inbox")


#: The life cycle of an :class:`OutboxEvent` (its ``status``).
PENDING = "pending"
DELIVERING = "delivering"
DELIVERED = "delivered"
FAILED = "failed"


def _default_channels() -> list[str]:
    return list(ALL_CHANNELS)


class OutboxEvent(Model):
    """One notification to deliver, written in the same transaction as the change it reports.

    Life cycle: ``pending`` → (claimed by a relay) ``delivering`` → ``delivered``; a
    transient failure puts it back to ``pending`` with a later ``available_at``; after
    ``max_attempts`` claims it ends ``failed``. A ``delivering`` row whose lease
    (``claimed_until``) has passed belongs to a relay that died and is claimed again.
    """

    id = fields.BigIntField(primary_key=True)
    #: The dedupe key (uuid4 hex unless the producer passes a deterministic one).
    event_id = fields.CharField(max_length=64, unique=True)
    account_id = fields.IntField()
    company_id = fields.IntField(null=True)
    #: e.g. "filing.status", "deadline.reminder", "ticket.reply"
    kind = fields.CharField(max_length=32)
    #: Message key in templates/messages.zh.yaml (rendered at the edge, never stored as text).
    template = fields.CharField(max_length=100)
    params: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField()
    #: Earliest time of the next attempt (backoff after a failure).
    available_at = fields.DatetimeField()
    #: Number of claims so far (a relay killed mid-delivery counts as an attempt).
    attempts = fields.IntField(default=0)
    #: pending, delivering, delivered, failed
    status = fields.CharField(max_length=16, default="pending")
    claimed_by = fields.CharField(max_length=64, null=True)
    #: Random per claim: a relay whose lease was taken over can no longer write the row.
    claim_token = fields.CharField(max_length=32, null=True)
    claimed_until = fields.DatetimeField(null=True)
    last_error = fields.TextField(default="")
    delivered_at = fields.DatetimeField(null=True)
    #: Channels that already delivered this event: a retry never sends on them again.
    channels_done: fields.Field[list[str]] = fields.JSONField(default=list)

    class Meta:
        table = "outbox_event"
        indexes = (("status", "available_at"), ("status", "claimed_until"), ("account_id", "id"))


class InboxMessage(Model):
    """A 站内信 in the message centre; one per outbox event (``event_id`` is unique)."""

    id = fields.BigIntField(primary_key=True)
    account_id = fields.IntField()
    company_id = fields.IntField(null=True)
    event_id = fields.CharField(max_length=64, unique=True)
    kind = fields.CharField(max_length=32, default="")
    #: Message key + params; the transport renders the title/body.
    template = fields.CharField(max_length=100)
    params: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField()
    read_at = fields.DatetimeField(null=True)

    class Meta:
        table = "inbox_message"
        indexes = (("account_id", "id"), ("account_id", "read_at"))


class NotificationPreference(Model):
    """Per-account channel choice. No row means the defaults."""

    id = fields.IntField(primary_key=True)
    account_id = fields.IntField(unique=True)
    #: Subset of ALL_CHANNELS. "sms" here means: SMS may be used as the fallback.
    channels: fields.Field[list[str]] = fields.JSONField(default=_default_channels)
    #: Days before a filing deadline to send the reminder.
    reminder_days = fields.IntField(default=5)
    reminders_enabled = fields.BooleanField(default=True)
    updated_at = fields.DatetimeField()

    class Meta:
        table = "notification_preference"


class SubscribeGrant(Model):
    """One mini-program subscribe-message consent (wx.requestSubscribeMessage "accept").

    WeChat allows one push per consent, so each grant is spent once (``spent_at``).
    """

    id = fields.BigIntField(primary_key=True)
    account_id = fields.IntField()
    template_id = fields.CharField(max_length=64)
    granted_at = fields.DatetimeField()
    spent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "subscribe_grant"
        indexes = (("account_id", "template_id", "spent_at"),)
