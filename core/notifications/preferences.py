"""Notification preferences: the channels each account chose (``inbox`` always on, ``sms``
only as a fallback) and its deadline reminders (on/off, how many days before). The relay
reads them for every event (``core/notifications/relay.py``); users change them through
:class:`NotificationPreferences` (audited).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from tortoise.transactions import in_transaction

from core.audit.log import AuditLog
from core.domain.actor import Actor
from core.domain.errors import ValidationFailed
from core.notifications.channels import INBOX
from core.notifications.models import ALL_CHANNELS, NotificationPreference
from core.ports import Clock

#: Channels the preferences cannot switch off.
ALWAYS_ON = frozenset({INBOX})
REMINDER_DAYS_RANGE = (1, 30)


@dataclass(frozen=True)
class Preferences:
    channels: tuple[str, ...]
    reminder_days: int = 5
    reminders_enabled: bool = True

    def allows(self, channel: str) -> bool:
        """Preferences govern the known channels; any other channel is always used."""
        return channel in ALWAYS_ON or channel in self.channels or channel not in ALL_CHANNELS


DEFAULT_PREFERENCES = Preferences(channels=ALL_CHANNELS)


def _canonical_channels(channels: Iterable[str]) -> tuple[str, ...]:
    chosen = set(channels) | ALWAYS_ON
    return tuple(name for name in ALL_CHANNELS if name in chosen)


def _preferences(row: NotificationPreference | None) -> Preferences:
    if row is None:
        return DEFAULT_PREFERENCES
    return Preferences(channels=_canonical_channels(c for c in row.channels if c in ALL_CHANNELS),
                       reminder_days=row.reminder_days, reminders_enabled=row.reminders_enabled)


async def preferences_for(account_id: int) -> Preferences:
    return _preferences(await NotificationPreference.filter(account_id=account_id).first())


class NotificationPreferences:
    """An account's notification settings: read them, change them (audited)."""

    def __init__(self, clock: Clock, audit: AuditLog | None = None) -> None:
        self.clock = clock
        self.audit = audit

    async def get_preferences(self, account_id: int) -> Preferences:
        return await preferences_for(account_id)

    async def set_preferences(
        self,
        account_id: int,
        *,
        channels: Iterable[str] | None = None,
        reminder_days: int | None = None,
        reminders_enabled: bool | None = None,
        actor: Actor | None = None,
    ) -> Preferences:
        """Change some settings (``None`` keeps the current value). ``inbox`` is always kept."""
        values: dict[str, Any] = {}
        if channels is not None:
            chosen = list(channels)
            unknown = [c for c in chosen if c not in ALL_CHANNELS]
            if unknown:
                raise ValidationFailed.one("channels", "not_allowed", allowed="、".join(ALL_CHANNELS))
            values["channels"] = list(_canonical_channels(chosen))
        if reminder_days is not None:
            low, high = REMINDER_DAYS_RANGE
            if isinstance(reminder_days, bool) or not low <= reminder_days <= high:
                raise ValidationFailed.one("reminder_days", "not_allowed", allowed=f"{low}–{high}")
            values["reminder_days"] = reminder_days
        if reminders_enabled is not None:
            values["reminders_enabled"] = bool(reminders_enabled)
        now = self.clock.now().astimezone(UTC)
        async with in_transaction(NotificationPreference._meta.default_connection) as tx:
            await NotificationPreference.bulk_create(
                [NotificationPreference(account_id=account_id, channels=list(ALL_CHANNELS), updated_at=now)],
                ignore_conflicts=True, using_db=tx,
            )
            if values:
                await NotificationPreference.filter(account_id=account_id).using_db(tx).update(updated_at=now, **values)
            row = await NotificationPreference.filter(account_id=account_id).using_db(tx).first()
            if values and self.audit is not None:  # the last write of the transaction
                await self.audit.record(actor or Actor(channel="api", account_id=account_id),
                                        "notification.preferences", target=f"account:{account_id}",
                                        detail=values, connection=tx)
        return _preferences(row)
