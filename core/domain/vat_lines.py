"""The lines a VAT return is computed from (see :mod:`core.domain.vat`): our sales per
invoice and rate (:class:`SaleLine`), the input invoices (:class:`InputInvoice`), and the
未开票收入 the filer types per rate (:func:`uninvoiced_lines`). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final, Literal, get_args

from core.domain.errors import ValidationFailed
from core.domain.money import CENT, to_decimal
from core.domain.periods import Period
from core.domain.tax_rates import TaxpayerKind, TaxRate, rate_by_code, rates_for

__all__ = ["COLUMN_OF", "InputInvoice", "InvoiceKind", "SaleLine", "uninvoiced_lines", "uninvoiced_totals"]

InvoiceKind = Literal["normal", "special", "uninvoiced"]
#: 附列资料一's columns, by invoice kind.
COLUMN_OF: Final = {"special": "special", "normal": "other", "uninvoiced": "uninvoiced"}
_INVOICE_KINDS: Final = frozenset(get_args(InvoiceKind))
_RATE_CODE_RE: Final = re.compile(r"[0-9A-Za-z_.]{1,16}")
_ZERO: Final = Decimal("0.00")


def _clean(value: Decimal) -> Decimal:
    value = value.quantize(CENT)
    return _ZERO if value.is_zero() else value


# ------------------------------------------------------------------------------ inputs


def _check_id(value: object, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")


def _check_money(value: object, name: str) -> None:
    """Exact Decimal to the fen; floats and sub-fen amounts are refused."""
    if not isinstance(value, Decimal):
        raise TypeError(f"{name} must be a Decimal, got {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{name} is not a finite number: {value!r}")
    if value != value.quantize(CENT):
        raise ValueError(f"{name} has more than 2 decimals: {value}")


@dataclass(frozen=True)
class SaleLine:
    """Sales of one issued invoice at one rate (sum of its lines at ``rate_code``).

    ``amount`` excludes tax. Red-letter lines (``is_red``) carry amount and tax already
    negative. Voided invoices are not passed in at all. ``kind``: 普票 ``normal`` or 专票
    ``special`` (matters for small-scale taxpayers under the 起征点).
    """

    invoice_id: int
    number: str
    rate_code: str
    amount: Decimal
    tax: Decimal
    is_red: bool
    kind: InvoiceKind = "normal"

    def __post_init__(self) -> None:
        if self.kind == "uninvoiced":
            # 未开票收入: no invoice behind it (id 0), either sign, tax computed from the rate.
            _check_money(self.amount, "amount")
            _check_money(self.tax, "tax")
            return
        _check_id(self.invoice_id, "invoice_id")
        if not isinstance(self.number, str):
            raise TypeError("number must be a str")
        _check_money(self.amount, "amount")
        _check_money(self.tax, "tax")
        if not isinstance(self.is_red, bool):
            raise TypeError("is_red must be a bool")
        if self.kind not in _INVOICE_KINDS:
            raise ValueError(f"unknown invoice kind: {self.kind!r}")
        rate = self.rate  # unknown codes raise here
        if self.is_red and (self.amount > 0 or self.tax > 0):
            raise ValueError(f"red-letter line {self.number} must carry negative amounts")
        if rate.is_mark and self.tax != 0:
            raise ValueError(f"{rate.label} line {self.number} cannot carry tax")

    @property
    def rate(self) -> TaxRate:
        try:
            return rate_by_code(self.rate_code)
        except KeyError:
            raise ValueError(f"unknown rate code: {self.rate_code!r}") from None


@dataclass(frozen=True)
class InputInvoice:
    """A recorded input invoice (进项). Only ``deductible`` ones enter the return.

    ``rate_code`` is kept as printed (a supplier may have used any rate); it only names the
    row (``input_<rate_code>``).
    """

    id: int
    number: str
    rate_code: str
    amount: Decimal
    tax: Decimal
    deductible: bool

    def __post_init__(self) -> None:
        _check_id(self.id, "id")
        if not isinstance(self.number, str):
            raise TypeError("number must be a str")
        if not isinstance(self.rate_code, str) or not _RATE_CODE_RE.fullmatch(self.rate_code):
            raise ValueError(f"bad rate code: {self.rate_code!r}")
        _check_money(self.amount, "amount")
        _check_money(self.tax, "tax")
        if not isinstance(self.deductible, bool):
            raise TypeError("deductible must be a bool")


# ---------------------------------------------------------------------- 未开票收入


def uninvoiced_lines(amounts: Mapping[str, Decimal], kind: TaxpayerKind, period: Period) -> tuple[SaleLine, ...]:
    """未开票收入 typed by the filer (rate code -> amount excluding tax) as sales lines with
    their tax computed (round(amount x rate, 2), ROUND_HALF_UP). A rate the taxpayer could
    not charge in the period is refused: ValidationFailed on ``uninvoiced`` (``uninvoiced_rate``).
    """
    offered = {rate.code: rate for day in (period.start, period.end) for rate in rates_for(kind, day)}
    lines = []
    for code, amount in sorted(amounts.items()):
        value = to_decimal(amount)
        if value != value.quantize(CENT):
            raise ValidationFailed.one("uninvoiced", "uninvoiced_decimals", max=2)
        if value == 0:
            continue
        rate = offered.get(code)
        if rate is None or rate.is_mark:
            raise ValidationFailed.one("uninvoiced", "uninvoiced_rate", rate=code,
                                       allowed="、".join(c for c, r in offered.items() if not r.is_mark))
        tax = _clean((value * rate.rate).quantize(CENT, rounding=ROUND_HALF_UP))
        lines.append(SaleLine(0, "", code, _clean(value), tax, False, "uninvoiced"))
    return tuple(lines)


def uninvoiced_totals(lines: Iterable[SaleLine]) -> dict[str, Decimal]:
    mine = [line for line in lines if line.kind == "uninvoiced"]
    return {"uninvoiced_sales": _clean(sum((line.amount for line in mine), _ZERO)),
            "uninvoiced_tax": _clean(sum((line.tax for line in mine), _ZERO))}
