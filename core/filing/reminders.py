"""Deadline reminders: N days (per user, default 5) before each unfiled VAT deadline, once per
period — the outbox event id carries the period, so a second run enqueues nothing new."""

from __future__ import annotations

from datetime import date

from tortoise.transactions import in_transaction

from core.clock import CHINA
from core.companies.models import Company, Membership
from core.domain.periods import Period, due_date, reminder_date
from core.domain.roles import Role
from core.filing.compute import profile_of, vat_period_kind
from core.filing.models import Filing
from core.filing.sources import unconfirmed_special
from core.notifications.enqueue import enqueue
from core.notifications.models import NotificationPreference, OutboxEvent
from core.ports import Clock

REMINDER_KEY = "bot.filing.reminder"
DEFAULT_DAYS = 5


class ReminderService:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    async def run(self, today: date | None = None) -> int:
        """Enqueue the reminders due today; returns how many were new."""
        today = today or self.clock.now().astimezone(CHINA).date()
        queued = 0
        for company in await Company.all():
            # General taxpayers monthly; small-scale as set on the company's filing profile.
            kind = vat_period_kind(company, await profile_of(company.id))
            period = Period.containing(today, kind).previous()  # type: ignore[arg-type]
            due = due_date(period)
            if today > due:
                continue
            filed = await Filing.filter(company_id=company.id, tax_type="vat", period=period.label).exclude(
                status__in=["draft", "failed"]).exists()
            if filed:
                continue
            # 勾选 to finish before filing: 专票 received by the period's end not yet confirmed.
            unconfirmed = await unconfirmed_special(company.id, period.end) if company.taxpayer_kind == "general" else 0
            members = await Membership.filter(company_id=company.id, role__in=[Role.OWNER, Role.ADMIN, Role.ACCOUNTANT])
            for member in members:
                preference = await NotificationPreference.get_or_none(account_id=member.account_id)
                days = preference.reminder_days if preference else DEFAULT_DAYS
                if today < reminder_date(period, days):
                    continue
                async with in_transaction("default") as conn:
                    event_id = f"reminder:vat:{company.id}:{period.label}:{member.account_id}"
                    before = await _exists(event_id)
                    await enqueue(conn, account_id=member.account_id, company_id=company.id, kind="deadline.reminder",
                                  template=REMINDER_KEY, clock=self.clock, event_id=event_id,
                                  params={"period": period.label, "due": due.isoformat(),
                                          "days_left": (due - today).days, "company": company.name,
                                          "unconfirmed": unconfirmed})
                if not before:
                    queued += 1
        return queued


async def _exists(event_id: str) -> bool:
    return await OutboxEvent.exists(event_id=event_id)
