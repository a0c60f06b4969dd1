"""申报状态: where the company's returns stand, read from OUR records.

The bureau is asked only about returns still in progress (已提交 … 需补充材料); a failed
look leaves that return at its last recorded status, marked stale, and the rest of the
board is still answered. Drafts never submitted are not returns yet and are left out;
a corrected return lists its earlier rejected submission(s) in its timeline (events carry
their version). Periods whose deadline passed without a return are named 逾期.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Set
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from tortoise.exceptions import DoesNotExist

from core.adapters.hot_queries import MEMBERSHIP_CTE, SCOPE_COMPANY, Sql, columns, fetch, fetch_raw, fetch_rows, sql_of
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


@dataclass(frozen=True)
class BoardHead:
    """What the board reads of the company in one statement (:func:`_board_head`)."""

    company_id: int
    #: The company's ``created_at`` (as its model gives it).
    created_at: datetime
    #: compute.vat_period_kind of the company and its tax profile.
    vat_kind: str
    #: The (tax type, period) of its filed returns (compute.FILED_STATES).
    filed: frozenset[tuple[str, str]]
    #: Its latest returns not cancelled, newest first (``updated_at``, then id), as whole rows.
    filings: tuple[Filing, ...]


@cache
def _db_columns(model: type[Any]) -> list[str]:
    return list(model._meta.fields_db_projection.values())


#: A filed return's (tax type, period) as one text, and the separator of the aggregate's items.
_FILED_ITEM, _FILED_SEPARATOR = "tax_type || '|' || period", ","


@cache
def _board_head(scoped: bool) -> Sql:
    """The board's reads of the company in one statement: the account's membership
    (hot_queries.MEMBERSHIP_CTE; ``scoped`` false: the company of the parameter, its role NULL),
    the company's creation and kind, its tax profile's VAT period, its filed periods (one
    aggregated text: ``group_concat`` on SQLite, ``string_agg`` on PostgreSQL) and its latest
    returns: one row per return (one row of NULL return columns when none), newest first; no row
    without a membership (or without the company). Parameters: the account (or company), the
    filed states, the number of returns. Before, three to four statements (the company, the
    profile, the returns, the filed periods)."""
    scope = MEMBERSHIP_CTE if scoped else \
        "WITH member_scope AS (SELECT id AS company_id, NULL AS role FROM company WHERE id = {})"
    states = ", ".join(["{}"] * len(compute.FILED_STATES))
    filing = ", ".join(f'f."{name}"' for name in _db_columns(Filing))

    def text(aggregate: str) -> str:
        return (f'{scope} SELECT member_scope.company_id, member_scope.role, c."id", c."created_at", '
                f'c."taxpayer_kind", p."company_id", p."vat_period", '
                f"(SELECT {aggregate}({_FILED_ITEM}, '{_FILED_SEPARATOR}') FROM filing "
                f"WHERE company_id = member_scope.company_id AND status IN ({states})), {filing} "
                "FROM member_scope LEFT JOIN company c ON c.id = member_scope.company_id "
                "LEFT JOIN company_tax_profile p ON p.company_id = c.id "
                f"LEFT JOIN (SELECT {columns(Filing)} FROM filing WHERE company_id = "
                f"{SCOPE_COMPANY} AND NOT status = 'cancelled' ORDER BY updated_at DESC, id DESC LIMIT {{}}) f ON TRUE "
                'ORDER BY f."updated_at" DESC, f."id" DESC')

    return Sql(text("group_concat"), postgres=text("string_agg"))


_COMPANY_CREATED_AT = Company._meta.fields_map["created_at"]
_HEAD_WIDTH = 8


async def _read_head(scoped: bool, key: int, limit: int) -> tuple[tuple[int, str] | None, BoardHead | None]:
    """(the membership, when ``scoped``; the board's head, None when the company is not found)."""
    conv, rows = await fetch_raw(_board_head(scoped), key, *compute.FILED_STATES, limit)
    if not rows:
        return None, None
    first = rows[0]
    membership = (int(first[0]), str(first[1])) if scoped else None
    if first[2] is None:
        return membership, None
    names = _db_columns(Filing)
    filed = frozenset((kind, period) for kind, _, period in (item.partition("|") for item in first[7].split(
        _FILED_SEPARATOR))) if first[7] else frozenset()
    head = BoardHead(
        company_id=int(first[2]), created_at=conv.moment(_COMPANY_CREATED_AT, first[3]),
        vat_kind=compute.vat_period_kind_of(str(first[4]), None if first[5] is None else first[6]),
        filed=filed,
        filings=tuple(Filing._init_from_db(**dict(zip(names, row[_HEAD_WIDTH:], strict=True)))
                      for row in rows if row[_HEAD_WIDTH] is not None))
    return membership, head


async def _scoped_board(account_id: int, limit: int) -> tuple[tuple[int, str] | None, BoardHead | None]:
    """The account's membership and its company's board head, read with it (Tenancy.unresolved)."""
    return await _read_head(True, account_id, limit)


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
    return _overdue(company.created_at.date(), compute.vat_period_kind(company, profiles[0] if profiles else None),
                    filed, today)


def _overdue(created: date, vat_kind: str, filed: Set[tuple[str, str]], today: date) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
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
    # queries cost more to build than to answer (tests/unit/test_filings.py).
    account_id = companies.unresolved(actor)
    if account_id is not None:  # the scope not read yet: with the board's head, then the same checks
        membership, head = await _scoped_board(account_id, limit * 2)
        await companies.require(actor, membership=membership)
    else:
        scope = await companies.require(actor)
        _, head = await _read_head(False, scope.company_id, limit * 2)
    if head is None:
        raise DoesNotExist(Company)
    stale: list[int] = []
    shown: list[Filing] = []
    for row in head.filings:
        if row.status == "draft" and row.version == 1:
            continue  # never submitted: not a return yet
        if row.status in OPEN_STATES:
            try:
                await refresh(row.id)
            except Exception:  # the bureau, the network …: this line degrades, the board does not
                log.warning("filing %s: status refresh failed", row.id, exc_info=True)
                stale.append(row.id)
            row = await Filing.get(id=row.id)
        shown.append(row)
        if len(shown) >= limit:
            break
    events = await _events([row.id for row in shown])
    views = [filing_view(row, events.get(row.id, ()), today) for row in shown]
    return StatusBoard(views, stale, _overdue(head.created_at.date(), head.vat_kind, head.filed, today))


async def _events(filing_ids: list[int]) -> dict[int, list[FilingEvent]]:
    """The history of these returns by return, each oldest first: one statement (was one per return)."""
    if not filing_ids:
        return {}
    by_filing: dict[int, list[FilingEvent]] = {}
    for event in await fetch_rows(FilingEvent, sql_of(
            f"SELECT {columns(FilingEvent)} FROM filing_event WHERE filing_id IN "
            f"({', '.join(['{}'] * len(filing_ids))}) ORDER BY id"), *filing_ids):
        by_filing.setdefault(event.filing_id, []).append(event)
    return by_filing
