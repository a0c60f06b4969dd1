"""JSON for domain values: Decimal as exact strings, dates in ISO 8601, enums by value."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from core.clock import CHINA

#: The product's users live in China: the API gives every timestamp in China time, with its offset.


def json_default(value: Any) -> Any:
    """``default=`` for :func:`json.dumps`: never a float, so money stays exact."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not JSON-serialisable")


def china_isoformat(moment: datetime) -> str:
    """A timestamp as the API gives it: China time with its offset (``2026-12-06T21:30:00+08:00``).

    A naive datetime is taken as UTC (what the database hands back without a zone)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(CHINA).isoformat()


def api_json_default(value: Any) -> Any:
    """``default=`` for the API's JSON: like :func:`json_default`, but timestamps in China time
    (dates stay dates: ``2026-12-06``)."""
    if isinstance(value, datetime):
        return china_isoformat(value)
    return json_default(value)


def decimal_from_snapshot(value: object, name: str) -> Decimal:
    """Read back a Decimal written as a string into a stored snapshot; ValueError otherwise."""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a decimal string")
    try:
        result = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{name} is not a decimal: {value!r}") from None
    if not result.is_finite():
        raise ValueError(f"{name} is not finite")
    return result
