"""JSON for domain values: Decimal as exact strings, dates in ISO 8601, enums by value."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any


def json_default(value: Any) -> Any:
    """``default=`` for :func:`json.dumps`: never a float, so money stays exact."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not JSON-serialisable")


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
