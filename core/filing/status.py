"""申报状态: where the company's returns stand, read from OUR records.

The bureau is asked only about returns still in progress (已提交 … 需补充材料); a failed
look leaves that return at its last recorded status, marked stale, and the rest of the
board is still answered. Drafts never submitted are not returns yet and are left out;
a corrected return lists its earlier rejected submission(s) in its timeline (events carry
their version). Periods whose deadline passed without a return are named 逾期.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from core.adapters.models import Filing, FilingEvent
from core.companies.models import Company
from core.domain.actor import Actor
from core.domain.periods import Period, due_date
from core.filing import compute as compute
from core.filing.views import FilingView, filing_view
from core.services.companies import CompanyService

log = logging.getLogger(__name__)
OPEN_STATES = ("submitted", "accepted", "reviewing", "needs_materials")
#: How far back 逾期 periods are looked for.
OVERDUE_LOOKBACK = 12


@dataclass(frozen=True)
class StatusBoard:
    filings: list[FilingView]
    #: Ids of returns whose latest status could not be fetched from the bureau just now.
    stale: list[int]
    #: Periods past their deadline with no return filed: tax_type, period, due (ISO date).
    overdue: list[dict[str, Any]]


async def overdue_periods(company: Company, today: date) -> list[dict[str, Any]]:
    """VAT periods (monthly or quarterly as set) and CIT quarters since the company was
    created whose due date has passed with no return submitted."""
    filed = {(f.tax_type, f.period) for f in await Filing.filter(
        company_id=company.id, status__in=list(compute.FILED_STATES)).only("tax_type", "period")}
    created = company.created_at.date()
    found: list[dict[str, Any]] = []
    vat_kind = compute.vat_period_kind(company, await compute.profile_of(company.id))
    for tax_type, kind in (("vat", vat_kind), ("cit", "quarter")):
        period = Period.containing(today, kind).previous()  # type: ignore[arg-type]
        for _ in range(OVERDUE_LOOKBACK):
            if period.end < created:
                break
            due = due_date(period)
            if due < today and (tax_type, period.label) not in filed:
                found.append({"tax_type": tax_type, "period": period.label, "due": due.isoformat()})
            period = period.previous()
    return sorted(found, key=lambda o: (o["due"], o["tax_type"]))


async def status_board(companies: CompanyService, refresh: Callable[[int], Awaitable[object]], today: date,
                       actor: Actor, limit: int) -> StatusBoard:
    """The actor's company's latest returns (open ones refreshed from the bureau through ``refresh``),
    those that could not be refreshed, and the overdue periods."""
    scope = await companies.require(actor)
    company = await Company.get(id=scope.company_id)
    rows = await Filing.filter(company_id=company.id).exclude(status="cancelled") \
        .order_by("-updated_at", "-id").limit(limit * 2)
    stale: list[int] = []
    views = []
    for row in rows:
        if row.status == "draft" and row.version == 1:
            continue  # never submitted: not a return yet
        if row.status in OPEN_STATES:
            try:
                await refresh(row.id)
            except Exception:  # the bureau, the network …: this line degrades, the board does not
                log.warning("filing %s: status refresh failed", row.id, exc_info=True)
                stale.append(row.id)
            row = await Filing.get(id=row.id)
        events = await FilingEvent.filter(filing_id=row.id).order_by("id")
        views.append(filing_view(row, events, today))
        if len(views) >= limit:
            break
    return StatusBoard(views, stale, await overdue_periods(company, today))
