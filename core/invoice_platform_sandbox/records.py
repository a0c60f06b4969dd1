"""Conversions between the sandbox's rows and the port's dataclasses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, cast

from core.clock import CHINA
from core.invoice_platform_sandbox.models import PlatformInvoice, PlatformRedConfirmation
from core.port_data.invoice_platform import (
    ConfirmationState,
    IssuedInvoice,
    PlatformInvoiceStatus,
    PlatformLine,
    ReceivedInvoice,
    RedConfirmationInfo,
    TaxMark,
)


def china_date(moment: datetime) -> date:
    return moment.astimezone(CHINA).date()


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive UTC datetimes; the port promises aware ones."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _undec(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def line_to_json(line: PlatformLine) -> dict[str, object]:
    return {
        "name": line.name, "tax_code": line.tax_code, "amount": str(line.amount), "tax": str(line.tax),
        "rate": _dec(line.rate), "tax_mark": line.tax_mark, "spec": line.spec, "unit": line.unit,
        "quantity": _dec(line.quantity), "unit_price": _dec(line.unit_price), "is_discount": line.is_discount,
    }


def line_from_json(data: dict[str, Any]) -> PlatformLine:
    return PlatformLine(
        name=str(data["name"]), tax_code=str(data["tax_code"]), amount=Decimal(str(data["amount"])),
        tax=Decimal(str(data["tax"])), rate=_undec(data.get("rate")),
        tax_mark=cast(TaxMark, data.get("tax_mark") or ""), spec=str(data.get("spec") or ""),
        unit=str(data.get("unit") or ""), quantity=_undec(data.get("quantity")),
        unit_price=_undec(data.get("unit_price")), is_discount=bool(data.get("is_discount")),
    )


def lines_from_json(items: Sequence[dict[str, Any]]) -> tuple[PlatformLine, ...]:
    return tuple(line_from_json(item) for item in items)


def issued(row: PlatformInvoice) -> IssuedInvoice:
    return IssuedInvoice(request_id=row.request_id, number=row.number, issued_at=aware(row.issued_at),
                         qr_payload=row.qr_payload, check_code=row.check_code)


def received(row: PlatformInvoice) -> ReceivedInvoice:
    lines = lines_from_json(cast(list[dict[str, Any]], row.lines))
    return ReceivedInvoice(
        number=row.number, qr_kind="31" if row.kind == "special" else "32",
        issued_on=china_date(aware(row.issued_at)), seller_name=row.seller_name, seller_tax_id=row.seller_tax_id,
        buyer_tax_id=row.buyer_tax_id, amount=row.total_amount, tax=row.total_tax, total=row.total,
        status=cast(PlatformInvoiceStatus, row.status), tax_codes=tuple(line.tax_code for line in lines),
        item_names=tuple(line.name for line in lines),
        use=cast(Any, row.use), use_reason=row.use_reason, use_period=row.use_period,
    )


def confirmation(row: PlatformRedConfirmation) -> RedConfirmationInfo:
    return RedConfirmationInfo(
        confirmation_no=row.confirmation_no, state=cast(ConfirmationState, row.state), blue_number=row.blue_number,
        seller_tax_id=row.seller_tax_id, seller_name=row.seller_name, buyer_tax_id=row.buyer_tax_id,
        buyer_name=row.buyer_name, initiator="buyer" if row.initiator == "buyer" else "seller",
        reason_code=row.reason_code, lines=lines_from_json(cast(list[dict[str, Any]], row.lines)),
        line_indexes=tuple(int(i) for i in row.line_indexes), created_at=aware(row.created_at),
        expires_at=aware(row.expires_at) if row.expires_at else None, red_number=row.red_number,
    )
