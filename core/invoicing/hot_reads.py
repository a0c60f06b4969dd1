"""The invoice reads of 最近发票 and 查询 (a page, a month, a number) as plain SQL, built with
core/adapters/hot_queries (one statement for both dialects, rows built as tortoise builds them).
tests/integration/test_hot_queries.py holds each one to the ORM query it replaces, on both backends.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from core.adapters.hot_queries import columns, fetch_rows, sql_of
from core.invoicing.models import Invoice, InvoiceEvent, InvoiceLine


def _marks(count: int) -> str:
    return ", ".join(["{}"] * count)


async def invoice_page(company_id: int, *, number: str = "", date_from: date | None = None,
                       date_to: date | None = None, status: str = "", kind: str = "", by_date: bool = False,
                       descending: bool = True, limit: int) -> list[Invoice]:
    """The first ``limit`` invoices of the company matching the (exact) filters, newest id first
    (``by_date``: by issue date, then id): InvoiceQueries.search's ORM query without a cursor,
    for the filters that are equalities or date bounds."""
    where = ["company_id = {}"]
    values: list[Any] = [company_id]
    for clause, value in (("number = {}", number), ("issue_date >= {}", date_from), ("issue_date <= {}", date_to),
                          ("status = {}", status), ("kind = {}", kind)):
        if value:
            where.append(clause)
            values.append(value)
    direction = "DESC" if descending else "ASC"
    order = f"issue_date {direction}, id {direction}" if by_date else f"id {direction}"
    sql = sql_of(f"SELECT {columns(Invoice)} FROM invoice WHERE {' AND '.join(where)} ORDER BY {order} LIMIT {{}}")
    return await fetch_rows(Invoice, sql, *values, limit)


async def invoice_by_number(company_id: int, number: str) -> Invoice | None:
    """The company's invoice with exactly this number (``Invoice.filter(company_id, number).first()``)."""
    rows = await fetch_rows(Invoice, sql_of(f"SELECT {columns(Invoice)} FROM invoice "
                                            "WHERE company_id = {} AND number = {} LIMIT 1"), company_id, number)
    return rows[0] if rows else None


async def invoice_lines(invoice_ids: Sequence[int]) -> list[InvoiceLine]:
    """The lines of these invoices, by position (``InvoiceLine.filter(invoice_id__in=…).order_by("position")``)."""
    if not invoice_ids:
        return []
    sql = sql_of(f"SELECT {columns(InvoiceLine)} FROM invoice_line WHERE invoice_id IN ({_marks(len(invoice_ids))}) "
                 "ORDER BY position")
    return await fetch_rows(InvoiceLine, sql, *invoice_ids)


async def invoice_events(invoice_id: int) -> list[InvoiceEvent]:
    """An invoice's history, oldest first (``InvoiceEvent.filter(invoice_id=…).order_by("id")``)."""
    return await fetch_rows(InvoiceEvent, sql_of(f"SELECT {columns(InvoiceEvent)} FROM invoice_event "
                                                 "WHERE invoice_id = {} ORDER BY id"), invoice_id)
