"""Discount lines (折扣行): a discount shown on the same invoice as the sale it reduces.

A discount reduces the VAT base only when the sale and the discount are on the same
invoice, in the 金额 column (国税函〔2010〕56号; GUIDE.md section 3). On a 数电票 the
platform prints it as its own line right under the line it discounts: the same 项目名称,
税收分类编码 and 税率, with a negative 金额 and 税额 and no 数量/单价 (发票行性质: 折扣行,
the line above it is the 被折扣行).

The discount is given like the line's price: including tax when the invoice's prices
include tax, else excluding tax; as money (``50``) or as a percentage of the line
(``10%``). The arithmetic mirrors :func:`core.domain.invoice_math.compute_line`:

* including tax: 折扣金额 = round(折扣 / (1 + rate), 2), 折扣税额 = 折扣 - 折扣金额;
* excluding tax: 折扣金额 = 折扣, 折扣税额 = round(折扣 x rate, 2);
* a discount of the whole line mirrors it exactly (-金额, -税额);
* the discounted line never goes below zero: 折扣税额 is capped by the line's 税额 (the
  金额 then takes the rest, so the discount still totals what was typed).

Stored lines need no extra column: on a blue invoice a line with a negative 金额 is a
折扣行 and discounts the line right above it (:func:`line_natures`).

Problem codes (field ``<prefix>discount``): ``discount_format``, ``discount_positive``,
``discount_decimals`` (``max``), ``discount_exceeds`` (``max``: the line's total in the
same basis), ``discount_on_mark`` (a 免税/不征税 line has no tax to reduce: give the net
price instead), ``discount_without_line`` (a discount that follows no line).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final, Literal

from core.domain.errors import ValidationFailed
from core.domain.invoice_math import Line, check_line_tax
from core.domain.money import CENT, decimal_places

__all__ = ["LineNature", "compute_discount", "line_natures", "parse_discount"]

#: 发票行性质 as the platform names it: 正常行, 折扣行, 被折扣行.
LineNature = Literal["normal", "discount", "discounted"]

_HUNDRED: Final = Decimal(100)


def _round2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_discount(text: str, line: Line, price_includes_tax: bool, field: str = "discount") -> Decimal:
    """The discount typed for ``line`` as money in the line's price basis (two decimals).

    ``"50"``, ``"50.5"``, ``"¥50"``, ``"50元"`` are money; ``"10%"`` is 10 percent of the
    line (its 价税合计 when prices include tax, else its 金额), rounded half up.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    cleaned = text.strip().replace("¥", "").replace("￥", "").replace("元", "").replace(",", "")
    cleaned = cleaned.replace("％", "%").strip()
    percent = cleaned.endswith("%")
    if percent:
        cleaned = cleaned[:-1].strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationFailed.one(field, "discount_format") from None
    if not value.is_finite():
        raise ValidationFailed.one(field, "discount_format")
    if value <= 0:
        raise ValidationFailed.one(field, "discount_positive")
    base = line.total if price_includes_tax else line.amount
    if percent:
        if value > _HUNDRED:
            raise ValidationFailed.one(field, "discount_exceeds", max=f"{base:.2f}")
        return _round2(base * value / _HUNDRED)
    if decimal_places(value) > 2:
        raise ValidationFailed.one(field, "discount_decimals", max=2)
    return value.quantize(CENT)


def compute_discount(line: Line, discount: Decimal, price_includes_tax: bool, field: str = "discount") -> Line:
    """The 折扣行 for ``line``: negative 金额 and 税额 that together make ``discount``
    (price including tax) or whose 金额 is ``discount`` (excluding tax)."""
    if isinstance(discount, float) or not isinstance(discount, Decimal):
        raise TypeError("discount must be a Decimal")
    if line.amount <= 0:
        raise ValidationFailed.one(field, "discount_without_line")
    if line.rate.is_mark:
        raise ValidationFailed.one(field, "discount_on_mark")
    if discount <= 0:
        raise ValidationFailed.one(field, "discount_positive")
    if discount != discount.quantize(CENT):
        raise ValidationFailed.one(field, "discount_decimals", max=2)
    base = line.total if price_includes_tax else line.amount
    if discount > base:
        raise ValidationFailed.one(field, "discount_exceeds", max=f"{base:.2f}")

    rate = line.rate.rate
    if discount == base:  # the whole line: mirror it exactly
        amount, tax = line.amount, line.tax
    elif price_includes_tax:
        amount = _round2(discount / (1 + rate))
        tax = discount - amount
        if tax > line.tax:
            tax = line.tax
            amount = discount - tax
    else:
        amount = discount
        tax = min(_round2(discount * rate), line.tax)
    check_line_tax(-amount, -tax, line.rate, field=field)
    return replace(line, quantity=None, unit_price=None, amount=-amount, tax=-tax, total=-(amount + tax))


def line_natures(lines: Sequence[Line], *, is_red: bool = False) -> list[LineNature]:
    """发票行性质 of stored lines: on a blue invoice a negative line is a 折扣行 and the line
    above it the 被折扣行; every line of a red invoice is negative and 正常."""
    natures: list[LineNature] = ["normal"] * len(lines)
    if is_red:
        return natures
    for index, line in enumerate(lines):
        if line.amount < 0:
            natures[index] = "discount"
            if index > 0:
                natures[index - 1] = "discounted"
    return natures
