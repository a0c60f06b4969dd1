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
from functools import cache
from typing import Any

from tortoise.exceptions import DoesNotExist

from core.adapters.hot_queries import MEMBERSHIP_CTE, columns, fetch, fetch_rows, sql_of
from core.companies.models import Company
from core.companies.service import CompanyService
from core.domain.actor import Actor
from core.domain.periods import Period, due_date
from core.filing import compute as compute
from core.filing.models import CompanyTaxProfile, Filing, FilingEvent
from core.filing.views import FilingView, filing_view

log = logging.getLogger(__name__)
OPEN_STATES = ("submitted", "accepted", "reviewing", "needs_materials")
#: How far back 逾期 periods are looked for.
OVERDUE_LOOKBACK = 12
#: The (tax type, period) of the company's filed returns.
_FILED = sql_of("SELECT tax_type, period FROM filing WHERE company_id = {} AND status IN "
                f"({', '.join(['{}'] * len(compute.FILED_STATES))})")


@dataclass(frozen=True)
class StatusBoard:
    filings: list[FilingView]
    #: Ids of returns whose latest status could not be fetched from the bureau just now.
    stale: list[int]
    #: Periods past their deadline with no return filed: tax_type, period, due (ISO date).
    overdue: list[dict[str, Any]]


@cache
def _db_columns(model: type[Any]) -> list[str]:
    return list(model._meta.fields_db_projection.values())


@cache
def _board_head() -> str:
    """The account's membership (hot_queries.MEMBERSHIP_CTE), its company and the company's tax
    profile in one statement (0 or 1 row): the board's first three reads in one round trip."""
    company = ", ".join(f'c."{name}"' for name in _db_columns(Company))
    profile = ", ".join(f'p."{name}"' for name in _db_columns(CompanyTaxProfile))
    return (f"{MEMBERSHIP_CTE} SELECT member_scope.company_id, member_scope.role, {company}, {profile} "
            "FROM member_scope LEFT JOIN company c ON c.id = member_scope.company_id "
            "LEFT JOIN company_tax_profile p ON p.company_id = c.id")


async def _scoped_company(account_id: int) -> tuple[tuple[int, str] | None, list[Company],
                                                    list[CompanyTaxProfile]]:
    """(the membership, its company as the board's company read finds it, the company's profile as
    :func:`overdue_periods` reads it), from one statement; built as tortoise builds the rows."""
    rows = await fetch(sql_of(_board_head()), account_id)
    if not rows:
        return None, [], []
    row = list(rows[0])
    company_names, profile_names = _db_columns(Company), _db_columns(CompanyTaxProfile)
    company_values = row[2:2 + len(company_names)]
    profile_values = row[2 + len(company_names):]
    companies = [Company._init_from_db(**dict(zip(company_names, company_values, strict=True)))] \
        if company_values[company_names.index("id")] is not None else []
    profiles = [CompanyTaxProfile._init_from_db(**dict(zip(profile_names, profile_values, strict=True)))] \
        if profile_values[profile_names.index("company_id")] is not None else []
    return (int(row[0]), str(row[1])), companies, profiles


async def overdue_periods(company: Company, today: date,
                          profiles: list[CompanyTaxProfile] | None = None) -> list[dict[str, Any]]:
    """VAT periods (monthly or quarterly as set) and CIT quarters since the company was
    created whose due date has passed with no return submitted. ``profiles``: the company's
    tax profile (none: ``[]``) when already read, else read here."""
    filed = {(str(r[0]), str(r[1])) for r in await fetch(_FILED, company.id, *compute.FILED_STATES)}
    if profiles is None:
        profiles = await fetch_rows(CompanyTaxProfile, sql_of(
            f"SELECT {columns(CompanyTaxProfile)} FROM company_tax_profile WHERE company_id = {{}} LIMIT 1"),
            company.id)
    created = company.created_at.date()
    found: list[dict[str, Any]] = []
    vat_kind = compute.vat_period_kind(company, profiles[0] if profiles else None)
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
    # Plain SQL (core/adapters/hot_queries.py): 申报状态 is a frequent chat read, and its ORM
    # queries cost more to build than to answer (tests/integration/test_hot_queries.py).
    account_id = companies.unresolved(actor)
    profiles: list[CompanyTaxProfile] | None = None
    if account_id is not None:  # the scope not read yet: with the company and its profile, then the same checks
        membership, found, profiles = await _scoped_company(account_id)
        await companies.require(actor, membership=membership)
    else:
        scope = await companies.require(actor)
        found = await fetch_rows(Company, sql_of(f"SELECT {columns(Company)} FROM company WHERE id = {{}}"),
                                 scope.company_id)
    if not found:
        raise DoesNotExist(Company)
    company = found[0]
    rows = await fetch_rows(Filing, sql_of(
        f"SELECT {columns(Filing)} FROM filing WHERE company_id = {{}} AND NOT status = 'cancelled' "
        "ORDER BY updated_at DESC, id DESC LIMIT {}"), company.id, limit * 2)
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
        events = await fetch_rows(FilingEvent, sql_of(
            f"SELECT {columns(FilingEvent)} FROM filing_event WHERE filing_id = {{}} ORDER BY id"), row.id)
        views.append(filing_view(row, events, today))
        if len(views) >= limit:
            break
    return StatusBoard(views, stale, await overdue_periods(company, today, profiles))
