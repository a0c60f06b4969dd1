"""Red-letter (红字) amounts, exact to the cent (GUIDE.md section 3, "Corrections").

A red line never recomputes the blue line's tax: it takes it from what is left of the blue
line. A full red invoice mirrors the blue line by line (−金额, −税额, −价税合计); a partial
one is capped by each line's remaining 金额 and 税额, and the part that takes the rest of
a line takes exactly the remainder. So the reds of a blue invoice never exceed it, and
reds that cover it sum to it exactly.

Problem codes (fields under ``prefix``): ``red_quantity_invalid``, ``red_exceeds``
(``left``), ``amount_positive``, ``amount_format``, ``amount_decimals``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from core.domain.errors import ValidationFailed

__all__ = ["RedAmounts", "Remaining", "red_amounts"]

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Remaining:
    """What is left of one blue line after the red invoices already issued against it."""

    amount: Decimal
    tax: Decimal
    #: ``None`` when the blue line has no quantity.
    quantity: Decimal | None
    unit_price: Decimal | None
    #: The line's rate as a fraction (0 for 免税/不征税).
    rate: Decimal


@dataclass(frozen=True)
class RedAmounts:
    """The positive amounts a red line takes away (the red line prints them negative)."""

    amount: Decimal
    tax: Decimal
    quantity: Decimal | None

    @property
    def total(self) -> Decimal:
        return self.amount + self.tax


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _parse(text: str | None, field: str, *, cents: bool) -> Decimal | None:
    if text is None or not str(text).strip():
        return None
    try:
        value = Decimal(str(text).strip().replace(",", ""))
    except InvalidOperation:
        raise ValidationFailed.one(field, "amount_format") from None
    if not value.is_finite():
        raise ValidationFailed.one(field, "amount_format")
    if value <= 0:
        raise ValidationFailed.one(field, "amount_positive")
    if cents and value != value.quantize(CENT):
        # As when issuing: amounts in yuan carry at most 2 decimals.
        raise ValidationFailed.one(field, "amount_decimals")
    return value


def red_amounts(left: Remaining, prefix: str = "", *, quantity: str | None = None, amount: str | None = None,
                total: str | None = None) -> RedAmounts:
    """The red part of one blue line: by quantity, by 金额 (tax excluded), by 价税合计, or
    (none given) the whole remainder."""
    if left.amount <= 0 and left.tax <= 0:
        raise ValidationFailed.one(prefix + "position", "red_exceeds", left="0.00")
    by_quantity = _parse(quantity, prefix + "quantity", cents=False)
    by_amount = _parse(amount, prefix + "amount", cents=True)
    by_total = _parse(total, prefix + "total", cents=True)
    rest = RedAmounts(left.amount, left.tax, left.quantity)
    if by_quantity is not None:
        if left.quantity is None or left.unit_price is None:
            raise ValidationFailed.one(prefix + "quantity", "red_quantity_invalid")
        if by_quantity > left.quantity:
            raise ValidationFailed.one(prefix + "quantity", "red_exceeds", left=str(left.quantity.normalize()))
        if by_quantity == left.quantity:
            return rest
        part = min(_money(left.unit_price * by_quantity), left.amount)
        tax = min(_money(part * left.rate), left.tax)
        if part + tax <= 0:
            # A few units of a line worth a few fen round to 0.00: a red line of nothing is refused.
            raise ValidationFailed.one(prefix + "quantity", "red_too_small")
        return RedAmounts(part, tax, by_quantity)
    if by_amount is not None:
        if by_amount > left.amount:
            raise ValidationFailed.one(prefix + "amount", "red_exceeds", left=str(left.amount))
        if by_amount == left.amount:
            return rest
        return RedAmounts(by_amount, min(_money(by_amount * left.rate), left.tax), None)
    if by_total is not None:
        total_left = left.amount + left.tax
        if by_total > total_left:
            raise ValidationFailed.one(prefix + "total", "red_exceeds", left=str(total_left))
        if by_total == total_left:
            return rest
        # Tax included: 金额 = round(价税 / (1 + rate)), 税额 = 价税 − 金额, within what is left.
        part = _money(by_total / (1 + left.rate))
        tax = by_total - part
        if tax > left.tax:
            tax = left.tax
            part = by_total - tax
        if part > left.amount:
            part = left.amount
            tax = by_total - part
        return RedAmounts(part, tax, None)
    return rest
