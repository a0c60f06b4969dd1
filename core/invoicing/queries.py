"""Reading invoices: by id or number, filtered pages (keyset pagination), customers,
and the issued lines of a period that the statistics and the VAT return share."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise.expressions import Q

from core.adapters import hot_queries
from core.companies.models import Customer
from core.domain.actor import Actor
from core.domain.errors import (
    NotFound,
    ValidationFailed,
)
from core.domain.periods import Period
from core.domain.vat_lines import SaleLine
from core.invoicing import hot_reads
from core.invoicing.base import InvoicingBase
from core.invoicing.models import Invoice, InvoiceLine
from core.invoicing.views import (
    MAX_PAGE,
    BuyerInput,
    InvoiceFilter,
    InvoiceView,
    Page,
    model_view,
)

#: The buyers of the company's last 50 invoices (red ones left out), newest first.
_RECENT_BUYERS = hot_queries.sql_of(
    "SELECT buyer_name, buyer_tax_id, buyer_address_phone, buyer_bank_account, buyer_is_person FROM invoice "
    "WHERE company_id = {} AND NOT is_red ORDER BY id DESC LIMIT 50")


def keyset(column: str, value: object, last_id: int, descending: bool) -> Q:
    """The rows after (column, id) = (value, last_id) in that order: keyset pagination."""
    op = "lt" if descending else "gt"
    after: dict[str, Any] = {f"{column}__{op}": value}
    tie: dict[str, Any] = {column: value, f"id__{op}": last_id}
    return Q(**after) | Q(**tie)


async def sales_lines(company_id: int, period: Period) -> list[SaleLine]:
    """Issued invoices' lines in the period: red ones negative, voided ones left out.

    The one definition of "sales in a period": the VAT return and the statistics both use it.
    """
    invoices = {i.id: i for i in await Invoice.filter(
        company_id=company_id, issue_date__gte=period.start, issue_date__lte=period.end,
        status__in=["issued", "red_partial", "red_full"], number__isnull=False)}
    if not invoices:
        return []
    lines = await InvoiceLine.filter(invoice_id__in=list(invoices)).order_by("invoice_id", "position")
    return [SaleLine(invoice_id=line.invoice_id, number=invoices[line.invoice_id].number or "",
                         rate_code=line.rate_code, amount=line.amount, tax=line.tax,
                         is_red=invoices[line.invoice_id].is_red,
                         kind="special" if invoices[line.invoice_id].kind == "special" else "normal")
            for line in lines]


@dataclass(frozen=True)
class SalesTotals:
    """Issued invoices of one kind (``special`` 专票, ``normal`` 普票) or of all (``all``) in a
    period: how many (red ones included, counted in ``red``) and their sums, red ones negative."""

    kind: str
    count: int
    red: int
    #: 合计金额 (不含税), 合计税额, 价税合计 — named as an invoice's amounts are everywhere.
    amount_excl_tax: Decimal
    tax: Decimal
    amount_incl_tax: Decimal


@dataclass(frozen=True)
class SalesStatistics:
    """发票统计: a month's totals by kind, from :func:`sales_lines` (so they agree with the VAT return)."""

    period: str
    kinds: tuple[SalesTotals, ...]
    overall: SalesTotals


def _totals(kind: str, lines: list[SaleLine]) -> SalesTotals:
    amount = sum((line.amount for line in lines), Decimal("0.00"))
    tax = sum((line.tax for line in lines), Decimal("0.00"))
    return SalesTotals(kind=kind, count=len({line.invoice_id for line in lines}),
                       red=len({line.invoice_id for line in lines if line.is_red}),
                       amount_excl_tax=amount, tax=tax, amount_incl_tax=amount + tax)


class InvoiceQueries(InvoicingBase):
    async def statistics(self, actor: Actor, month: str | None = None) -> SalesStatistics:
        """This month's (or ``month``'s, ``2026-11``) totals by kind: the lines the VAT return declares."""
        scope = await self.companies.require(actor)
        period = Period.parse(month, "month") if month else Period.containing(self.today(), "month")
        lines = await sales_lines(scope.company_id, period)
        kinds = tuple(_totals(kind, [line for line in lines if line.kind == kind])
                      for kind in ("special", "normal") if any(line.kind == kind for line in lines))
        return SalesStatistics(period=period.label, kinds=kinds, overall=_totals("all", lines))

    async def get_by_number(self, number: str, actor: Actor, *, with_history: bool = True) -> InvoiceView:
        """The company's invoice with this number (or, 4-19 digits, the one ending in them);
        ``with_history=False``: its view without the history (``events`` empty), one statement
        fewer, for a reply that shows none (the chat's 查询 <号码>)."""
        text = number.strip()
        account_id = self.companies.unresolved(actor)
        if account_id is not None:  # the scope and the invoice in one statement, then the same checks
            membership, view = await hot_reads.view_by_number_scoped(account_id, text, with_history=with_history)
            scope = await self.companies.require(actor, membership=membership)
        else:
            scope = await self.companies.require(actor)
            view = await hot_reads.view_by_number(scope.company_id, text, with_history=with_history)
        if view is None and text.isascii() and text.isdigit() and 4 <= len(text) < 20:
            # The last few digits, as owners read them off a list (「红冲 0001」): one match or none.
            matches = await Invoice.filter(company_id=scope.company_id, number__endswith=text).limit(2)
            if len(matches) > 1:
                raise ValidationFailed.one("number", "number_ambiguous", digits=text)
            if matches:
                view = await hot_reads.view_by_id(matches[0].id, with_history=with_history)
        if view is None:
            raise NotFound({"what": "invoice"})
        return view

    async def search(self, filters: InvoiceFilter, actor: Actor, *, with_lines: bool = True) -> Page:
        """A page of the company's invoices; ``with_lines=False``: the views without their lines
        (``lines`` empty), for a list that shows none (the chat's 最近发票 and 查询)."""
        limit = max(1, min(filters.limit, MAX_PAGE))
        descending = filters.sort.startswith("-")
        by_total = filters.sort.endswith("total")
        # Within a date range, newest (or oldest) issue date first: the planner cannot know
        # that ids follow dates, and walking the primary key skipped ~400k rows at 1M
        # invoices, where (company_id, issue_date, id) serves the range in order.
        by_date = not by_total and (filters.date_from is not None or filters.date_to is not None)
        plain = self._plain(filters) and not by_total
        account_id = self.companies.unresolved(actor) if plain else None
        if account_id is not None:
            # The chat's shapes (最近发票, 查询 a month or a whole number; the API's first page without
            # text filters), the scope not read yet: the membership and the page (with its lines) in
            # one statement, the views built from the rows; the scope's checks (and refusals) as before.
            membership, items, more = await hot_reads.page_views_scoped(
                account_id, number=filters.number.strip(), date_from=filters.date_from,
                date_to=filters.date_to, status=filters.status, kind=filters.kind, by_date=by_date,
                descending=descending, limit=limit, with_lines=with_lines)
            await self.companies.require(actor, membership=membership)
        elif plain:
            scope = await self.companies.require(actor)
            items, more = await hot_reads.page_views(
                scope.company_id, number=filters.number.strip(), date_from=filters.date_from,
                date_to=filters.date_to, status=filters.status, kind=filters.kind, by_date=by_date,
                descending=descending, limit=limit, with_lines=with_lines)
        else:
            scope = await self.companies.require(actor)
            query = self.filtered(scope.company_id, filters)
            if filters.cursor:
                query = query.filter(self._after(filters.cursor, descending=descending, by_total=by_total,
                                                 by_date=by_date))
            key = "total" if by_total else "issue_date" if by_date else None
            order = [f"{'-' if descending else ''}{name}" for name in ((key, "id") if key else ("id",))]
            rows = await query.order_by(*order).limit(limit + 1)
            more = len(rows) > limit
            rows = rows[:limit]
            lines = await hot_reads.line_views([r.id for r in rows]) if with_lines else {}
            items = [model_view(r, lines.get(r.id, ()), ()) for r in rows]
        cursor = None
        if more and items:
            last = items[-1]
            raw = json.dumps({"id": last.id, "total": str(last.total),
                              "date": last.issue_date.isoformat() if last.issue_date else None}).encode()
            cursor = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        return Page(items=tuple(items), next_cursor=cursor)

    @staticmethod
    def _plain(filters: InvoiceFilter) -> bool:
        """Whether :func:`hot_reads.page_views` answers these filters: no cursor, and only
        equalities and date bounds (a whole number, not a part of one; no buyer text, no totals)."""
        return not (filters.cursor or filters.legacy_code or filters.buyer or filters.min_total is not None
                    or filters.max_total is not None
                    or (filters.number and len(filters.number.strip()) not in (8, 20)))

    @staticmethod
    def filtered(company_id: int, filters: InvoiceFilter) -> Any:
        """The company's invoices matching the filters (a tortoise QuerySet)."""
        query = Invoice.filter(company_id=company_id)
        if filters.number:
            number = filters.number.strip()
            # A full number matches itself; a part matches its first or its last digits (「查询 0002」).
            query = query.filter(number=number) if len(number) in (8, 20) else \
                query.filter(Q(number__startswith=number) | Q(number__endswith=number))
        if filters.legacy_code:
            query = query.filter(legacy_code=filters.legacy_code.strip())
        if filters.date_from:
            query = query.filter(issue_date__gte=filters.date_from)
        if filters.date_to:
            query = query.filter(issue_date__lte=filters.date_to)
        if filters.buyer:
            query = query.filter(buyer_name__icontains=filters.buyer.strip())
        if filters.status:
            query = query.filter(status=filters.status)
        if filters.kind:
            query = query.filter(kind=filters.kind)
        if filters.min_total is not None:
            query = query.filter(total__gte=filters.min_total)
        if filters.max_total is not None:
            query = query.filter(total__lte=filters.max_total)
        return query

    @staticmethod
    def _after(cursor: str, *, descending: bool, by_total: bool, by_date: bool = False) -> Q:
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            data = json.loads(raw)
            last_id = int(data["id"])
            last_total = Decimal(str(data["total"]))
            last_date = date.fromisoformat(data["date"]) if by_date and data.get("date") else None
        except (ValueError, KeyError, TypeError, InvalidOperation, AttributeError):
            raise ValidationFailed.one("cursor", "cursor_invalid") from None
        if by_date:
            if last_date is None:
                # A date range only matches issued invoices, which all have a date.
                raise ValidationFailed.one("cursor", "cursor_invalid")
            return keyset("issue_date", last_date, last_id, descending)
        if not by_total:
            return Q(id__lt=last_id) if descending else Q(id__gt=last_id)
        return keyset("total", last_total, last_id, descending)

    async def customers(self, actor: Actor, limit: int = 10) -> list[Customer]:
        scope = await self.companies.require(actor)
        return await Customer.filter(company_id=scope.company_id).order_by("-last_used_at").limit(limit)

    async def recent_buyers(self, actor: Actor, limit: int = 5) -> list[BuyerInput]:
        """Saved buyers first, then recent invoice buyers, without duplicates."""
        scope = await self.companies.require(actor)
        seen: set[tuple[str, str]] = set()
        buyers: list[BuyerInput] = []
        # Plain SQL (hot_queries): the 开票 dialog starts with these, and the ORM built 50 whole
        # invoice rows to read five columns (tests/integration/test_hot_queries.py).
        customers = await hot_queries.fetch_rows(Customer, hot_queries.sql_of(
            f"SELECT {hot_queries.columns(Customer)} FROM customer WHERE company_id = {{}} "
            "ORDER BY last_used_at DESC LIMIT {}"), scope.company_id, limit)
        for customer in customers:
            seen.add((customer.name, customer.tax_id))
            buyers.append(BuyerInput(customer.name, customer.tax_id, customer.address_phone, customer.bank_account,
                                     customer.is_person, customer.email))
        if len(buyers) >= limit:
            return buyers
        for name, tax_id, address_phone, bank_account, is_person in await hot_queries.fetch(_RECENT_BUYERS,
                                                                                           scope.company_id):
            key = (name, tax_id)
            if key not in seen and len(buyers) < limit:
                seen.add(key)
                buyers.append(BuyerInput(name, tax_id, address_phone, bank_account, bool(is_person)))
        return buyers


