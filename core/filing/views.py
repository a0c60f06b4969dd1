"""What a return looks like to the transports: ``FilingView`` and its events, built from the stored rows
(shared by :mod:`core.filing.service` and :mod:`core.filing.status`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from core.domain.money import to_money
from core.filing.models import Filing, FilingEvent


@dataclass(frozen=True)
class FilingEventView:
    at: datetime
    status: str
    version: int
    message: str


@dataclass(frozen=True)
class FilingView:
    id: int
    tax_type: str
    period: str
    status: str
    version: int
    payable: Decimal
    declared_sales: Decimal
    due_date: date
    receipt: str | None
    message: str
    figures: dict[str, Any]
    events: tuple[FilingEventView, ...] = ()
    #: 附加税费 (VAT returns; 0 for CIT) and what is paid: ``payable`` + ``surcharges``.
    surcharges: Decimal = Decimal("0.00")
    total_due: Decimal = Decimal("0.00")
    #: Whether the due date passed with the return not filed (逾期).
    overdue: bool = False


def surcharges_of(filing: Filing) -> Decimal:
    block = filing.figures.get("surcharges") if filing.tax_type == "vat" else None
    return to_money(Decimal(str(block.get("total", "0")))) if isinstance(block, dict) else Decimal("0.00")


def filing_view(filing: Filing, events: Sequence[FilingEvent] = (), today: date | None = None) -> FilingView:
    surcharges = surcharges_of(filing)
    return FilingView(
        id=filing.id, tax_type=filing.tax_type, period=filing.period, status=filing.status, version=filing.version,
        payable=filing.payable, declared_sales=filing.declared_sales, due_date=filing.due_date,
        receipt=filing.receipt, message=filing.message, figures=dict(filing.figures),
        events=tuple(FilingEventView(e.at, e.status, e.version, e.message) for e in events),
        surcharges=surcharges, total_due=to_money(filing.payable + surcharges),
        overdue=today is not None and filing.status in ("draft", "failed", "cancelled") and today > filing.due_date,
    )
