"""The invoice side's wire format: how money, rates and quantities look in and out of the API.

* Money is a decimal string with exactly two places (``"4716.98"``, ``"-60.00"``), in and out.
  Requests refuse anything else ("1,000.00", full-width "１００", "1e2", NaN, Infinity, a JSON
  number) with ``<kind>_wire_format``, naming the field; the chat bot keeps reading what people
  type (core.domain.money.parse_money).
* Amounts say what they are: ``amount_excl_tax`` (金额), ``tax`` (税额), ``amount_incl_tax`` (价税合计)
  on every line and total, red letters and discount lines too. A request that sends plain
  ``amount`` / ``unit_price`` states its basis in the required ``price_includes_tax``.
* A rate has one spelling: its fraction as a decimal string (``"0.13"``, ``"0.06"``, ``"0.01"``,
  ``"0"`` for the export zero rate) or a named mark (``"exempt"`` 免税, ``"not_taxable"`` 不征税).
  ``rate_label`` ("6%", "免税") is for display only.
* Quantities and unit prices come back without trailing zeros (``"2"``, ``"12.5"``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict
from decimal import Decimal
from typing import Any

from core.domain.errors import ValidationFailed
from core.domain.money import WIRE_DECIMAL_PATTERN, money_text, number_text, parse_wire_money, parse_wire_number
from core.domain.rate_reading import read_rate
from core.domain.tax_rates import TaxRate, all_rates, rate_by_code, rate_by_value, rate_value, rate_values

__all__ = [
    "MONEY_IN",
    "MONEY_OUT",
    "NULL_MONEY_OUT",
    "NUMBER_IN",
    "NUMBER_OUT",
    "RATE",
    "RATE_IN",
    "money",
    "money_in",
    "number",
    "number_in",
    "optional_money",
    "rate_in",
    "rate_of_code",
]

# -- schema fragments ---------------------------------------------------------------------------

MONEY_IN: dict[str, Any] = {
    "type": "string", "maxLength": 16, "examples": ["1000", "4716.98"],
    "description": "Money: a decimal string, at most 2 decimals, ASCII digits only (no thousands separator, "
                   "exponent, NaN/Infinity or JSON number).",
}
MONEY_OUT: dict[str, Any] = {"type": "string", "pattern": r"^-?[0-9]+\.[0-9]{2}$", "examples": ["4716.98"],
                             "description": "Money: a decimal string with exactly 2 decimals."}
NULL_MONEY_OUT: dict[str, Any] = {**MONEY_OUT, "type": ["string", "null"]}
NUMBER_IN: dict[str, Any] = {
    "type": "string", "maxLength": 24, "examples": ["2", "12.5"],
    "description": "A decimal string, at most 8 decimals, ASCII digits only.",
}
NUMBER_OUT: dict[str, Any] = {"type": ["string", "null"], "pattern": WIRE_DECIMAL_PATTERN, "examples": ["2", "12.5"],
                              "description": "A decimal string without trailing zeros."}
RATE: dict[str, Any] = {
    "type": "string", "enum": rate_values(),
    "description": "The rate as a fraction (\"0.06\" is 6%; \"0\" the export zero rate) or a named mark: "
                   "\"exempt\" (免税), \"not_taxable\" (不征税). No other spelling is accepted.",
}
RATE_IN = RATE
PERCENT_OR_MONEY = r"^[0-9]+(\.[0-9]+)?%$"


# -- out ------------------------------------------------------------------------------------------


def money(value: Decimal | int) -> str:
    return money_text(value)


def optional_money(value: Decimal | None) -> str | None:
    return None if value is None else money_text(value)


def number(value: Decimal | None) -> str | None:
    return None if value is None else number_text(value)


def rate_of_text(text: str | None) -> str | None:
    """A stored rate that may be a code ("6") or older free text ("6%"), in its wire spelling; None if unreadable."""
    if not text:
        return None
    found = rate_of_code(text)
    if found is not None:
        return found
    read = read_rate(text)
    if isinstance(read, TaxRate):
        return rate_value(read)
    if read is not None:
        return next((rate_value(r) for r in all_rates() if not r.is_mark and r.rate == read), None)
    return None


def rate_of_code(code: str) -> str | None:
    """A stored rate code ("6", "exempt", "nontaxable") in its wire spelling; None when empty or unknown."""
    if not code:
        return None
    try:
        return rate_value(rate_by_code(code))
    except KeyError:
        return None


# -- in -------------------------------------------------------------------------------------------


def money_in(value: Any, field: str, *, signed: bool = False, zero: bool = False) -> str:
    """A request's money, strictly (see the module doc), as the canonical string core reads."""
    return f"{parse_wire_money(value, field, signed=signed, zero=zero):f}"


def optional_money_in(body: Mapping[str, Any], name: str, field: str | None = None, **options: Any) -> str | None:
    value = body.get(name)
    return None if value is None else money_in(value, field or name, **options)


def number_in(value: Any, field: str, kind: str) -> str:
    return f"{parse_wire_number(value, field, kind):f}"


def rate_in(value: Any, field: str) -> TaxRate:
    """A rate in its one spelling; ``rate_value_invalid`` (naming the allowed values) otherwise."""
    found = rate_by_value(value) if isinstance(value, str) else None
    if found is None:
        raise ValidationFailed.one(field, "rate_value_invalid", allowed="、".join(rate_values()))
    return found


def rate_text_in(value: Any, field: str) -> str:
    """A rate in its one spelling, as the text core's rate reader takes (its stored code)."""
    return rate_in(value, field).code


def discount_in(value: Any, field: str) -> str:
    """A 折扣: money (``"50"``) or a percentage of the line (``"10%"``)."""
    if isinstance(value, str) and value.endswith("%"):
        number_in(value[:-1], field, "discount")
        return value
    return money_in(value, field)


#: Core names an amount by what it is internally; the API by what it holds.
AMOUNT_NAMES = {"amount": "amount_excl_tax", "total": "amount_incl_tax"}


@contextmanager
def field_names(names: Mapping[str, str]) -> Iterator[None]:
    """Name core's refusals with the API's field names (``lines.0.total`` -> ``lines.0.amount_incl_tax``)."""
    try:
        yield
    except ValidationFailed as exc:
        renamed = {}
        for key, problem in exc.fields.items():
            head, _, last = key.rpartition(".")
            if last in names:
                key = f"{head}.{names[last]}" if head else names[last]
            renamed[key] = problem
        raise ValidationFailed(exc.params, fields=renamed) from None


def plain(data: Any) -> dict[str, Any]:
    return asdict(data)
