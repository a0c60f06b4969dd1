"""Money, quantities and unit prices as :class:`~decimal.Decimal`.

Rules (GUIDE.md section 3, "Arithmetic"):

* 金额 and 税额 are quantized to 0.01 with ROUND_HALF_UP (:func:`to_money`).
* 单价 and 数量 keep up to 8 decimals (:func:`parse_quantity`, :func:`parse_unit_price`).
* Floats are never accepted: every entry point raises :class:`TypeError` for one.

The ``parse_*`` functions read what a user typed (chat bot, mini-program form) and raise
:class:`~core.domain.errors.ValidationFailed` with a problem code per field:

=====================  ==========================================================
problem code           meaning (params)
=====================  ==========================================================
``<kind>_required``    nothing typed
``<kind>_format``      not a number we understand
``<kind>_positive``    zero or negative
``<kind>_decimals``    too many decimals (``max``: allowed decimals)
``<kind>_too_large``   above the largest accepted value (``max``: that value)
=====================  ==========================================================

where ``<kind>`` is ``amount``, ``quantity`` or ``unit_price``.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final

from core.domain.errors import ValidationFailed

__all__ = [
    "CENT",
    "MONEY_MAX",
    "NUMBER_MAX",
    "PRICE_PLACES",
    "QUANTUM_8",
    "decimal_places",
    "format_money",
    "money_text",
    "number_text",
    "parse_money",
    "parse_quantity",
    "parse_unit_price",
    "parse_wire_money",
    "parse_wire_number",
    "to_decimal",
    "to_money",
]

#: One fen; the quantum of every 金额 and 税额.
CENT: Final = Decimal("0.01")
#: Quantum of 单价 and 数量 (8 decimals).
QUANTUM_8: Final = Decimal("0.00000001")
#: Decimals kept for 单价 and 数量.
PRICE_PLACES: Final = 8
#: Largest amount we accept or can write in 大写 (just under one 万亿).
MONEY_MAX: Final = Decimal("999999999999.99")
#: Largest quantity or unit price we accept.
NUMBER_MAX: Final = Decimal("999999999999.99999999")

# After NFKC normalisation the full-width ￥ becomes ¥, ，becomes "," and ．becomes ".".
_CURRENCY_PREFIXES: Final = ("人民币", "rmb", "cny", "¥")
_CURRENCY_SUFFIXES: Final = ("元整", "元", "圆", "块钱", "块", "rmb", "cny")
_MINUS_SIGNS: Final = ("-", "\u2212", "负")
_NUMBER_RE: Final = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
#: The one spelling a program sends (the API): ASCII digits, an optional "-" and "." (no
#: thousands separators, full-width digits, exponents, NaN or Infinity, spaces or "+").
WIRE_DECIMAL_RE: Final = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
WIRE_DECIMAL_PATTERN: Final = "^" + WIRE_DECIMAL_RE.pattern + "$"


def _reject_float(value: object) -> None:
    if isinstance(value, float):
        raise TypeError("money and quantities must be Decimal, int or str, never float")
    if isinstance(value, bool):
        raise TypeError("a bool is not a number")


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Convert an exact value to a finite Decimal (no rounding).

    Raises TypeError for floats (and anything not Decimal/int/str) and ValueError for text
    that is not a plain number or for NaN/infinity.
    """
    _reject_float(value)
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
    else:
        raise TypeError(f"expected Decimal, int or str, got {type(value).__name__}")
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def to_money(value: Decimal | int | str) -> Decimal:
    """Quantize to 0.01 with ROUND_HALF_UP (half away from zero for negatives)."""
    return to_decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def decimal_places(value: Decimal) -> int:
    """Significant decimals of a finite Decimal: ``1.50`` -> 1, ``100`` -> 0, ``0.125`` -> 3."""
    exponent = value.normalize().as_tuple().exponent
    if not isinstance(exponent, int):  # NaN / infinity
        raise ValueError(f"not a finite number: {value!r}")
    return max(0, -exponent)


def _strip_prefixes(text: str, prefixes: tuple[str, ...]) -> str:
    changed = True
    while changed:
        changed = False
        for prefix in prefixes:
            if text.startswith(prefix):
                text = text[len(prefix) :]
                changed = True
    return text


def _strip_suffixes(text: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:  # longest first in the tuples above
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _parse_number_text(
    text: str,
    field: str,
    *,
    kind: str,
    max_places: int,
    max_value: Decimal,
    currency: bool,
) -> Decimal:
    if not isinstance(text, str):
        _reject_float(text)
        raise TypeError(f"expected str, got {type(text).__name__}")
    cleaned = unicodedata.normalize("NFKC", text).strip().lower()
    cleaned = "".join(cleaned.split())  # drop every space, also "1 000"
    if not cleaned:
        raise ValidationFailed.one(field, f"{kind}_required")

    negative = False
    for _ in range(2):  # the sign may come before or after the currency symbol
        if cleaned.startswith("+"):
            cleaned = cleaned[1:]
        for minus in _MINUS_SIGNS:
            if cleaned.startswith(minus):
                cleaned = cleaned[len(minus) :]
                negative = True
        if currency:
            cleaned = _strip_prefixes(cleaned, _CURRENCY_PREFIXES)
    if currency:
        cleaned = _strip_suffixes(cleaned, _CURRENCY_SUFFIXES)

    if not _NUMBER_RE.fullmatch(cleaned):
        raise ValidationFailed.one(field, f"{kind}_format")
    value = Decimal(cleaned.replace(",", ""))
    if negative or value <= 0:
        raise ValidationFailed.one(field, f"{kind}_positive")
    if decimal_places(value) > max_places:
        raise ValidationFailed.one(field, f"{kind}_decimals", max=max_places)
    if value > max_value:
        raise ValidationFailed.one(field, f"{kind}_too_large", max=str(max_value))
    return value


def parse_money(text: str, field: str) -> Decimal:
    """Read an amount typed by a user: ``1000``, ``1,000.50``, ``¥1000``, ``1000元``.

    Returns a positive Decimal quantized to 0.01. Trailing zeros beyond two decimals are
    tolerated (``12.340``); real extra precision (``12.345``) is refused, never rounded.
    Problem codes: ``amount_required``, ``amount_format``, ``amount_positive``,
    ``amount_decimals`` (max), ``amount_too_large`` (max).
    """
    value = _parse_number_text(text, field, kind="amount", max_places=2, max_value=MONEY_MAX, currency=True)
    return value.quantize(CENT)


def _plain(value: Decimal) -> Decimal:
    """Drop trailing fractional zeros but never switch to exponent notation."""
    normal = value.normalize()
    exponent = normal.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        return normal.quantize(Decimal(1))
    return normal


def parse_quantity(text: str, field: str) -> Decimal:
    """Read a 数量 (up to 8 decimals, > 0). No currency symbols.

    Problem codes: ``quantity_required``, ``quantity_format``, ``quantity_positive``,
    ``quantity_decimals`` (max), ``quantity_too_large`` (max).
    """
    value = _parse_number_text(
        text,
        field,
        kind="quantity",
        max_places=PRICE_PLACES,
        max_value=NUMBER_MAX,
        currency=False,
    )
    return _plain(value)


def parse_unit_price(text: str, field: str) -> Decimal:
    """Read a 单价 (up to 8 decimals, > 0); ``¥`` and ``元`` are allowed.

    Problem codes: ``unit_price_required``, ``unit_price_format``, ``unit_price_positive``,
    ``unit_price_decimals`` (max), ``unit_price_too_large`` (max).
    """
    value = _parse_number_text(
        text,
        field,
        kind="unit_price",
        max_places=PRICE_PLACES,
        max_value=NUMBER_MAX,
        currency=True,
    )
    return _plain(value)


def format_money(value: Decimal | int) -> str:
    """``Decimal("1234.5")`` -> ``"¥1,234.50"``; ``Decimal("-12")`` -> ``"-¥12.00"``."""
    amount = to_money(value)
    if amount == 0:
        return "¥0.00"
    sign = "-" if amount < 0 else ""
    return f"{sign}¥{abs(amount):,.2f}"


# -- the API's wire format ---------------------------------------------------------------------
#
# What a person types (above) is read generously; what a program sends is not: one spelling, so
# "1,000.00", "１００", "1e2" and "NaN" are refused with ``<kind>_wire_format`` instead of being
# guessed at. Problem codes: ``<kind>_wire_format`` (max: allowed decimals), ``<kind>_positive``,
# ``<kind>_decimals`` (max), ``<kind>_too_large`` (max).


def _parse_wire(value: object, field: str, *, kind: str, max_places: int, max_value: Decimal,
                signed: bool, zero: bool) -> Decimal:
    if not isinstance(value, str) or len(value) > 40 or not WIRE_DECIMAL_RE.fullmatch(value):
        raise ValidationFailed.one(field, f"{kind}_wire_format", max=max_places)
    number = Decimal(value)
    if decimal_places(number) > max_places:
        raise ValidationFailed.one(field, f"{kind}_decimals", max=max_places)
    if abs(number) > max_value:
        raise ValidationFailed.one(field, f"{kind}_too_large", max=str(max_value))
    if (number < 0 and not signed) or (number == 0 and not zero):
        raise ValidationFailed.one(field, f"{kind}_positive")
    return number


def parse_wire_money(value: object, field: str, *, signed: bool = False, zero: bool = False) -> Decimal:
    """An amount as the API takes it: a JSON string like ``"1000"`` or ``"1000.50"`` (at most two
    decimals), quantized to 0.01. Positive unless ``signed`` (negatives allowed) or ``zero``."""
    number = _parse_wire(value, field, kind="amount", max_places=2, max_value=MONEY_MAX, signed=signed, zero=zero)
    return number.quantize(CENT) + 0  # "+ 0" turns -0.00 into 0.00


def parse_wire_number(value: object, field: str, kind: str) -> Decimal:
    """A 数量 or 单价 (``kind`` ``quantity`` or ``unit_price``) as the API takes it: a positive decimal
    string with at most 8 decimals, trailing zeros dropped."""
    number = _parse_wire(value, field, kind=kind, max_places=PRICE_PLACES, max_value=NUMBER_MAX, signed=False,
                         zero=False)
    return _plain(number)


def money_text(value: Decimal | int) -> str:
    """Money as the API writes it: exactly two decimals, no separators (``"1234.50"``, ``"-12.00"``)."""
    return f"{to_money(value) + 0:f}"


def number_text(value: Decimal | int) -> str:
    """A 数量 or 单价 as the API writes it: no trailing zeros, never an exponent (``"2"``, ``"12.5"``)."""
    return f"{_plain(to_decimal(value)):f}"
