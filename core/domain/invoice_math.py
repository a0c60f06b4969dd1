"""Invoice line and total arithmetic (GUIDE.md section 3, "Arithmetic").

* Price including tax: 金额 = round(含税金额 / (1 + rate), 2) and 税额 = 含税金额 - 金额, so
  the line adds up exactly to what the customer pays.
* Price excluding tax: 税额 = round(金额 x rate, 2).
* With quantity and unit price, the line money is round(数量 x 单价, 2); a unit price that
  includes tax is turned into the excluding-tax 单价 = 金额 / 数量 with 8 decimals.
* 免税 / 不征税 and 0% lines carry no tax.
* Tolerances (*unconfirmed* but widely enforced): per line |税额 - 金额 x rate| <= 0.06,
  over the invoice |合计税额 - sum(金额 x rate)| <= 1.27.

Problem codes (field names get ``field_prefix``, e.g. ``lines.2.``):

=========================  ===============  =================================================
code                       field            params
=========================  ===============  =================================================
``item_name_required``     name
``amount_required``        amount           (neither amount nor quantity and unit price)
``quantity_required``      quantity         (unit price given without quantity)
``unit_price_required``    unit_price       (quantity given without unit price or amount)
``amount_positive``        amount
``quantity_positive``      quantity
``unit_price_positive``    unit_price
``amount_decimals``        amount           max
``quantity_decimals``      quantity         max
``unit_price_decimals``    unit_price       max
``amount_too_large``       amount           max
``line_amount_mismatch``   amount           expected (数量 x 单价 rounded), amount
``line_tax_tolerance``     tax              diff, max
``lines_required``         lines
``invoice_tax_tolerance``  lines            diff, max (suggest splitting the invoice)
``amount_too_large``       total            max (价税合计 beyond what 大写 can write)
``invoice_over_limit``     total            limit, total
``tax_code_format``        tax_code
``tax_code_unknown``       tax_code         code
=========================  ===============  =================================================
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from core.domain import tax_codes
from core.domain.amount_in_words import amount_in_words
from core.domain.errors import ValidationFailed
from core.domain.invoice_document import PrintedLine
from core.domain.money import CENT, MONEY_MAX, NUMBER_MAX, PRICE_PLACES, QUANTUM_8, decimal_places
from core.domain.tax_rates import TaxRate

__all__ = [
    "INVOICE_TAX_TOLERANCE",
    "LINE_TAX_TOLERANCE",
    "ItemLine",
    "Line",
    "LineInput",
    "Totals",
    "check_limit",
    "check_line_tax",
    "compute_line",
    "compute_totals",
    "negate",
]

LINE_TAX_TOLERANCE: Final = Decimal("0.06")
INVOICE_TAX_TOLERANCE: Final = Decimal("1.27")
#: |数量 x 单价 - 金额| allowed when all three are given.
AMOUNT_MISMATCH_TOLERANCE: Final = Decimal("0.01")


@dataclass(frozen=True)
class LineInput:
    """One line as entered. Give ``amount``, or ``quantity`` and ``unit_price`` (or all
    three, which must agree). ``amount`` and ``unit_price`` include tax when
    ``price_includes_tax`` is true."""

    name: str
    tax_code: str
    quantity: Decimal | None
    unit_price: Decimal | None
    amount: Decimal | None
    rate: TaxRate
    price_includes_tax: bool
    spec: str = ""
    unit: str = ""


@dataclass(frozen=True)
class ItemLine(PrintedLine):
    """A line of one of our invoices: what it prints, and the item name and 税收分类编码 behind it.
    ``amount`` (金额) and ``unit_price`` exclude tax."""

    name: str
    tax_code: str


@dataclass(frozen=True)
class Line(ItemLine):
    """A computed line: its rate and 价税合计 besides what it prints."""

    rate: TaxRate
    total: Decimal


@dataclass(frozen=True)
class Totals:
    amount: Decimal
    tax: Decimal
    total: Decimal
    total_in_words: str


def _round2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _round8(value: Decimal) -> Decimal:
    """Round to 8 decimals and drop trailing zeros (never exponent notation)."""
    rounded = value.quantize(QUANTUM_8, rounding=ROUND_HALF_UP).normalize()
    exponent = rounded.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        return rounded.quantize(Decimal(1))
    return rounded


def _as_decimal(value: object, what: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, float):
        raise TypeError(f"{what} must be a Decimal, never a float")
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise TypeError(f"{what} must be a Decimal, got {type(value).__name__}")
    result = Decimal(value)
    if not result.is_finite():
        raise ValueError(f"{what} is not finite: {value!r}")
    return result


def _require_decimal(value: object, what: str) -> Decimal:
    result = _as_decimal(value, what)
    if result is None:
        raise TypeError(f"{what} must be a Decimal, got None")
    return result


def _check_number(value: Decimal, kind: str, field: str, max_places: int, max_value: Decimal) -> None:
    if value <= 0:
        raise ValidationFailed.one(field, f"{kind}_positive")
    if decimal_places(value) > max_places:
        raise ValidationFailed.one(field, f"{kind}_decimals", max=max_places)
    if value > max_value:
        raise ValidationFailed.one(field, f"{kind}_too_large", max=str(max_value))


def check_line_tax(amount: Decimal, tax: Decimal, rate: TaxRate, field: str = "tax") -> None:
    """Raise ``line_tax_tolerance`` when |税额 - 金额 x rate| > 0.06."""
    diff = abs(tax - amount * rate.rate)
    if diff > LINE_TAX_TOLERANCE:
        raise ValidationFailed.one(field, "line_tax_tolerance", diff=str(_round2(diff)), max=str(LINE_TAX_TOLERANCE))


def compute_line(inp: LineInput, *, field_prefix: str = "") -> Line:
    """Compute 金额, 税额 and the excluding-tax 单价 of one line (see module doc)."""
    if not isinstance(inp.rate, TaxRate):
        raise TypeError("rate must be a TaxRate")
    quantity = _as_decimal(inp.quantity, "quantity")
    unit_price = _as_decimal(inp.unit_price, "unit_price")
    given = _as_decimal(inp.amount, "amount")

    def f(name: str) -> str:
        return f"{field_prefix}{name}"

    name = inp.name.strip() if isinstance(inp.name, str) else ""
    if not name:
        raise ValidationFailed.one(f("name"), "item_name_required")
    printed = tax_codes.printed_name(inp.tax_code, name, field=f("tax_code"), name_field=f("name"))

    if quantity is not None:
        _check_number(quantity, "quantity", f("quantity"), PRICE_PLACES, NUMBER_MAX)
    if unit_price is not None:
        _check_number(unit_price, "unit_price", f("unit_price"), PRICE_PLACES, NUMBER_MAX)
    if given is not None:
        _check_number(given, "amount", f("amount"), 2, MONEY_MAX)

    if given is None:
        if quantity is None and unit_price is None:
            raise ValidationFailed.one(f("amount"), "amount_required")
        if unit_price is None:
            raise ValidationFailed.one(f("unit_price"), "unit_price_required")
        if quantity is None:
            raise ValidationFailed.one(f("quantity"), "quantity_required")
        gross = _round2(quantity * unit_price)
        if gross <= 0:
            raise ValidationFailed.one(f("amount"), "amount_positive")
        if gross > MONEY_MAX:
            raise ValidationFailed.one(f("amount"), "amount_too_large", max=str(MONEY_MAX))
    else:
        if unit_price is not None and quantity is None:
            raise ValidationFailed.one(f("quantity"), "quantity_required")
        if unit_price is not None and quantity is not None:
            expected = quantity * unit_price
            if abs(expected - given) > AMOUNT_MISMATCH_TOLERANCE:
                raise ValidationFailed.one(
                    f("amount"),
                    "line_amount_mismatch",
                    expected=str(_round2(expected)),
                    amount=str(given),
                )
        gross = given.quantize(CENT)

    rate = inp.rate.rate
    if inp.price_includes_tax:
        amount = _round2(gross / (1 + rate))
        tax = gross - amount
    else:
        amount = gross
        tax = _round2(amount * rate)

    if quantity is None:
        unit_price_excl = None
    elif inp.price_includes_tax or unit_price is None:
        unit_price_excl = _round8(amount / quantity)
    else:
        unit_price_excl = unit_price

    check_line_tax(amount, tax, inp.rate, field=f("tax"))
    return Line(
        name=name,
        printed_name=printed,
        tax_code=inp.tax_code.strip(),
        spec=inp.spec.strip(),
        unit=inp.unit.strip(),
        quantity=quantity,
        unit_price=unit_price_excl,
        amount=amount,
        rate=inp.rate,
        tax=tax,
        total=amount + tax,
    )


def compute_totals(lines: Sequence[Line]) -> Totals:
    """合计金额, 合计税额, 价税合计 and its 大写; checks the invoice-wide tolerance."""
    if not lines:
        raise ValidationFailed.one("lines", "lines_required")
    amount = sum((line.amount for line in lines), Decimal("0.00"))
    tax = sum((line.tax for line in lines), Decimal("0.00"))
    exact_tax = sum((line.amount * line.rate.rate for line in lines), Decimal(0))
    diff = abs(tax - exact_tax)
    if diff > INVOICE_TAX_TOLERANCE:
        raise ValidationFailed.one(
            "lines",
            "invoice_tax_tolerance",
            diff=str(_round2(diff)),
            max=str(INVOICE_TAX_TOLERANCE),
        )
    total = amount + tax
    if abs(total) > MONEY_MAX:
        raise ValidationFailed.one("total", "amount_too_large", max=str(MONEY_MAX))
    return Totals(amount=amount, tax=tax, total=total, total_in_words=amount_in_words(total))


def _neg(value: Decimal) -> Decimal:
    return -value if value else value  # keep 0.00 positive


def negate(lines: Iterable[Line]) -> list[Line]:
    """Red-letter (红字) lines: 数量, 金额, 税额 and 价税合计 negated; 单价 stays positive.

    ``negate(negate(lines)) == lines``. ``compute_totals`` of the result is negative and
    its 大写 starts with 负.
    """
    return [
        replace(
            line,
            quantity=None if line.quantity is None else _neg(line.quantity),
            amount=_neg(line.amount),
            tax=_neg(line.tax),
            total=_neg(line.total),
        )
        for line in lines
    ]


def check_limit(total: Decimal, limit: Decimal | None) -> None:
    """Raise ``invoice_over_limit`` when |价税合计| exceeds the company's single-invoice limit.

    ``limit=None`` means no limit. Params ``limit`` and ``total`` are plain strings with
    two decimals (``"100000.00"``).
    """
    checked = _require_decimal(total, "total")
    if limit is None:
        return
    cap = _require_decimal(limit, "limit")
    if abs(checked) > cap:
        raise ValidationFailed.one(
            "total",
            "invoice_over_limit",
            limit=str(_round2(cap)),
            total=str(_round2(abs(checked))),
        )
