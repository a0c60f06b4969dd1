"""The invoice reads of 最近发票, 查询 (a page, a month, a number) and an invoice's detail, as plain
SQL that builds the views straight from the rows.

Each statement is written once for both dialects (core/adapters/hot_queries) and selects only the
columns a view shows: tortoise built whole ``Invoice`` rows first (``_init_from_db``, about half of
the query's time, mostly iso8601 parsing three datetimes per row on SQLite that no view shows),
then the views from them. The conversions per dialect are hot_queries' :class:`Conversions`
(Decimal for money, dates, booleans), and tests/integration/test_hot_queries.py holds every view
built here to the one :func:`core.invoicing.views.to_view` builds from the ORM's rows, on both
backends.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from core.adapters.hot_queries import MEMBERSHIP_CTE, SCOPE_COMPANY, Conversions, fetch_raw, sql_of
from core.domain.amount_in_words import amount_in_words
from core.domain.tax_rates import rate_by_code
from core.invoicing.models import InvoiceEvent
from core.invoicing.views import EventOut, InvoiceView, LineOut

#: The invoice columns an InvoiceView shows, in the order :func:`_view` reads them.
_HEAD_NAMES = ("id", "kind", "status", "is_red", "number", "issue_date", "buyer_name", "buyer_tax_id",
               "buyer_is_person", "total_amount", "total_tax", "total", "remark", "original_id", "reissued_from_id",
               "pending_action", "reason", "verify_token", "qr_payload", "red_confirmation_no", "price_includes_tax")
#: A line's columns, in the order :func:`_line` reads them (``invoice_id`` is the head's).
_LINE_NAMES = ("position", "name", "printed_name", "tax_code", "spec", "unit", "quantity", "unit_price", "amount",
               "rate_code", "tax", "original_position")
_HEAD_WIDTH = len(_HEAD_NAMES)
_HEAD = ", ".join(f'"{name}"' for name in _HEAD_NAMES)
_HEAD_AND_LINES = ", ".join([*(f'h."{name}"' for name in _HEAD_NAMES), *(f'l."{name}"' for name in _LINE_NAMES)])
_EVENT_AT = InvoiceEvent._meta.fields_map["at"]
_EVENT_DETAIL = InvoiceEvent._meta.fields_map["detail"]


def _with_lines(head_sql: str, order: str) -> str:
    """The invoices ``head_sql`` selects (``_HEAD``, with its own ORDER BY and LIMIT) with their lines,
    in one statement: a row per line (a draft without lines: one row, its line columns NULL), in
    the heads' ``order`` and each invoice's lines by position. One round trip instead of two."""
    return (f"SELECT {_HEAD_AND_LINES} FROM ({head_sql}) h LEFT JOIN invoice_line l ON l.invoice_id = h.id "
            f"ORDER BY {order}, l.position")


_BY_ID = sql_of(_with_lines(f"SELECT {_HEAD} FROM invoice WHERE id = {{}}", "h.id"))
_BY_ID_IN = sql_of(_with_lines(f"SELECT {_HEAD} FROM invoice WHERE id = {{}} AND company_id = {{}}", "h.id"))
_BY_NUMBER = sql_of(_with_lines(f"SELECT {_HEAD} FROM invoice WHERE company_id = {{}} AND number = {{}} LIMIT 1",
                                "h.id"))
#: An actor's membership (company id, role) as a read that needs the scope first found it (None: none).
Membership = tuple[int, str] | None


@lru_cache(maxsize=256)  # a few shapes of page: built once each, not per message
def _scoped(head_sql: str, order: str, *, with_lines: bool = True) -> str:
    """:func:`_with_lines` (``with_lines``: else the heads alone) behind the account's membership
    (hot_queries.MEMBERSHIP_CTE, ``head_sql``'s company ``SCOPE_COMPANY``): each row starts with the
    membership's company id and role; no row at all without a membership, one row of NULL heads
    when it has no invoice to show (:func:`_split_scope`)."""
    if with_lines:
        return (f"{MEMBERSHIP_CTE} SELECT member_scope.company_id, member_scope.role, {_HEAD_AND_LINES} "
                f"FROM member_scope LEFT JOIN ({head_sql}) h ON TRUE "
                f"LEFT JOIN invoice_line l ON l.invoice_id = h.id ORDER BY {order}, l.position")
    heads = ", ".join(f'h."{name}"' for name in _HEAD_NAMES)
    return (f"{MEMBERSHIP_CTE} SELECT member_scope.company_id, member_scope.role, {heads} "
            f"FROM member_scope LEFT JOIN ({head_sql}) h ON TRUE ORDER BY {order}")


def _split_scope(rows: list[Any]) -> tuple[Membership, list[Any]]:
    """The membership and the rows without it (those of the unscoped statement)."""
    if not rows:
        return None, []
    membership = (int(rows[0][0]), str(rows[0][1]))
    return membership, [row[2:] for row in rows if row[2] is not None]


_BY_NUMBER_SCOPED = sql_of(_scoped(f"SELECT {_HEAD} FROM invoice WHERE company_id = {SCOPE_COMPANY} "
                                   "AND number = {} LIMIT 1", "h.id"))
_EVENTS = sql_of('SELECT "at", "actor_id", "channel", "action", "detail" FROM invoice_event '
                 "WHERE invoice_id = {} ORDER BY id")
#: 大写 of a total: a pure function of the amount, and a list shows the same invoices again and
#: again (最近发票, then 查询, then 更多), ~8 µs each.
_in_words = lru_cache(maxsize=4096)(amount_in_words)


def _marks(count: int) -> str:
    return ", ".join(["{}"] * count)


def _view(row: Any, conv: Conversions, lines: tuple[LineOut, ...], events: tuple[EventOut, ...]) -> InvoiceView:
    (id_, kind, status, is_red, number, issue_date, buyer_name, buyer_tax_id, buyer_is_person, total_amount,
     total_tax, total, remark, original_id, reissued_from_id, pending_action, reason, verify_token, qr_payload,
     red_confirmation_no, price_includes_tax) = row[:_HEAD_WIDTH]
    cents = conv.cents
    total = cents(total)
    return InvoiceView(
        id=id_, kind=kind, status=status, is_red=conv.flag(is_red), number=number, issue_date=conv.day(issue_date),
        buyer_name=buyer_name, buyer_tax_id=buyer_tax_id, buyer_is_person=conv.flag(buyer_is_person),
        total_amount=cents(total_amount), total_tax=cents(total_tax), total=total,
        total_in_words=_in_words(total), remark=remark, original_id=original_id,
        reissued_from_id=reissued_from_id, pending_action=pending_action, reason=reason, verify_token=verify_token,
        lines=lines, events=events, qr_payload=qr_payload, red_confirmation_no=red_confirmation_no,
        price_includes_tax=conv.flag(price_includes_tax))


def _line(values: Any, conv: Conversions) -> LineOut:
    (position, name, printed_name, tax_code, spec, unit, quantity, unit_price, amount, rate_code, tax,
     original_position) = values
    return LineOut(position=position, name=name, printed_name=printed_name, tax_code=tax_code, spec=spec, unit=unit,
                   quantity=conv.decimal8(quantity), unit_price=conv.decimal8(unit_price), amount=conv.cents(amount),
                   rate=rate_code, rate_label=rate_by_code(rate_code).label, tax=conv.cents(tax),
                   original_position=original_position)


def _grouped(rows: list[Any]) -> list[tuple[Any, tuple[Any, ...]]]:
    """The rows of :func:`_with_lines` as (head row, its lines' values), in order."""
    heads: list[tuple[Any, list[Any]]] = []
    last = None
    for row in rows:
        if row[0] != last:
            last = row[0]
            heads.append((row, []))
        if row[_HEAD_WIDTH] is not None:  # position: NULL only for an invoice without lines
            heads[-1][1].append(row[_HEAD_WIDTH:])
    return [(head, tuple(lines)) for head, lines in heads]


async def line_views(invoice_ids: Sequence[int]) -> dict[int, tuple[LineOut, ...]]:
    """The lines of these invoices by invoice, each by position
    (``InvoiceLine.filter(invoice_id__in=…).order_by("position")``)."""
    if not invoice_ids:
        return {}
    line_columns = ", ".join(f'"{name}"' for name in _LINE_NAMES)
    conv, rows = await fetch_raw(sql_of(f'SELECT "invoice_id", {line_columns} FROM invoice_line WHERE invoice_id IN '
                                        f"({_marks(len(invoice_ids))}) ORDER BY position"), *invoice_ids)
    by_invoice: dict[int, list[LineOut]] = {}
    for row in rows:
        by_invoice.setdefault(row[0], []).append(_line(row[1:], conv))
    return {invoice_id: tuple(lines) for invoice_id, lines in by_invoice.items()}


async def event_views(invoice_id: int) -> tuple[EventOut, ...]:
    """An invoice's history, oldest first (``InvoiceEvent.filter(invoice_id=…).order_by("id")``)."""
    conv, rows = await fetch_raw(_EVENTS, invoice_id)
    return tuple(EventOut(at=conv.moment(_EVENT_AT, at), action=action, actor_id=actor_id, channel=channel,
                          detail=dict(_EVENT_DETAIL.to_python_value(detail)))
                 for at, actor_id, channel, action, detail in rows)


async def _one(conv: Conversions, rows: list[Any], with_history: bool) -> InvoiceView | None:
    if not rows:
        return None
    ((head, lines),) = _grouped(rows)
    return _view(head, conv, tuple(_line(line, conv) for line in lines),
                 await event_views(head[0]) if with_history else ())


async def view_by_id(invoice_id: int, company_id: int | None = None, *,
                     with_history: bool = False) -> InvoiceView | None:
    """The invoice's view (of the company's invoice, when ``company_id`` is given), or None."""
    conv, rows = await (fetch_raw(_BY_ID, invoice_id) if company_id is None
                        else fetch_raw(_BY_ID_IN, invoice_id, company_id))
    return await _one(conv, rows, with_history)


async def view_by_number(company_id: int, number: str, *, with_history: bool = False) -> InvoiceView | None:
    """The view of the company's invoice with exactly this number, or None."""
    conv, rows = await fetch_raw(_BY_NUMBER, company_id, number)
    return await _one(conv, rows, with_history)


async def view_by_number_scoped(account_id: int, number: str, *,
                                with_history: bool = False) -> tuple[Membership, InvoiceView | None]:
    """:func:`view_by_number` in the company of the account's current membership, read with it
    (Tenancy.unresolved): (the membership, the view). The view means nothing without a membership."""
    conv, rows = await fetch_raw(_BY_NUMBER_SCOPED, account_id, number)
    membership, rows = _split_scope(rows)
    return membership, await _one(conv, rows, with_history)


def _page(company: str, number: str, date_from: date | None, date_to: date | None, status: str, kind: str,
          by_date: bool, descending: bool) -> tuple[str, str, list[Any]]:
    """(the page's SELECT of heads, the order of its rows outside it as ``h``, its values after the
    company's): the company is ``company`` in the SQL (a parameter mark, or SCOPE_COMPANY)."""
    where = [f"company_id = {company}"]
    values: list[Any] = []
    for clause, value in (("number = {}", number), ("issue_date >= {}", date_from), ("issue_date <= {}", date_to),
                          ("status = {}", status), ("kind = {}", kind)):
        if value:
            where.append(clause)
            values.append(value)
    direction = "DESC" if descending else "ASC"
    order = f"issue_date {direction}, id {direction}" if by_date else f"id {direction}"
    outer = f"h.issue_date {direction}, h.id {direction}" if by_date else f"h.id {direction}"
    return f"SELECT {_HEAD} FROM invoice WHERE {' AND '.join(where)} ORDER BY {order} LIMIT {{}}", outer, values


async def page_views(company_id: int, *, number: str = "", date_from: date | None = None,
                     date_to: date | None = None, status: str = "", kind: str = "", by_date: bool = False,
                     descending: bool = True, limit: int, with_lines: bool = True) -> tuple[list[InvoiceView], bool]:
    """The views of the first ``limit`` invoices of the company matching the (exact) filters, newest
    id first (``by_date``: by issue date, then id), and whether more match: InvoiceQueries.search's
    ORM query without a cursor, for the filters that are equalities or date bounds. One statement:
    the page (one more row than shown, to know whether more match), joined to its lines unless
    ``with_lines`` is false (the views' ``lines`` then empty)."""
    page, outer, values = _page("{}", number, date_from, date_to, status, kind, by_date, descending)
    statement = _with_lines(page, outer) if with_lines else page
    conv, rows = await fetch_raw(sql_of(statement), company_id, *values, limit + 1)
    return _page_of(conv, rows, limit, with_lines)


async def page_views_scoped(account_id: int, *, number: str = "", date_from: date | None = None,
                            date_to: date | None = None, status: str = "", kind: str = "", by_date: bool = False,
                            descending: bool = True, limit: int,
                            with_lines: bool = True) -> tuple[Membership, list[InvoiceView], bool]:
    """:func:`page_views` in the company of the account's current membership, read with it
    (Tenancy.unresolved): (the membership, the views, whether more match). The views mean nothing
    without a membership."""
    page, outer, values = _page(SCOPE_COMPANY, number, date_from, date_to, status, kind, by_date, descending)
    conv, rows = await fetch_raw(sql_of(_scoped(page, outer, with_lines=with_lines)), account_id, *values,
                                 limit + 1)
    membership, rows = _split_scope(rows)
    return (membership, *_page_of(conv, rows, limit, with_lines))


def _page_of(conv: Conversions, rows: list[Any], limit: int, with_lines: bool) -> tuple[list[InvoiceView], bool]:
    if not with_lines:
        return [_view(row, conv, (), ()) for row in rows[:limit]], len(rows) > limit
    heads = _grouped(rows)
    return [_view(head, conv, tuple(_line(line, conv) for line in lines), ()) for head, lines in heads[:limit]], \
        len(heads) > limit
