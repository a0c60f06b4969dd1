"""What every part of the sandbox platform shares: clock, rules, checks on amounts and codes."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal

from core.domain import tax_codes
from core.domain.tax_rates import all_rates, rate_by_code
from core.invoice_platform_sandbox.rules import SandboxRules, load_rules
from core.port_data.invoice_platform import PlatformLine, PlatformRejected
from core.ports import Clock

log = logging.getLogger("fapiao.platform")
ZERO = Decimal("0.00")


def is_leaf(code: str) -> bool:
    """A 末级 code: the catalogue does not mark it as a summary node (汇总项)."""
    entry = tax_codes.get(code)
    # ``TaxCode.is_leaf`` comes with the catalogue's ``summary`` marks (the rates work).
    return entry is not None and bool(getattr(entry, "is_leaf", True))


def cents(value: Decimal) -> bool:
    return value.is_finite() and value == value.quantize(Decimal("0.01"))


class SandboxBase:
    def __init__(self, clock: Clock, rules: SandboxRules | None = None) -> None:
        self.clock = clock
        self.rules = rules or load_rules()

    def check_lines(self, lines: Sequence[PlatformLine], kind: str, *, red: bool) -> None:
        if not lines:
            raise PlatformRejected("lines_required")
        for index, line in enumerate(lines):
            where = str(index + 1)
            if not cents(line.amount) or not cents(line.tax):
                raise PlatformRejected("amount_format", line=where)
            if red and (line.amount > 0 or line.tax > 0):
                raise PlatformRejected("red_amount_sign", line=where)
            code = line.tax_code
            entry = tax_codes.get(code)
            if entry is None:
                raise PlatformRejected("tax_code_unknown", code=code, line=where)
            if self.rules.leaf_only and not is_leaf(code):
                raise PlatformRejected("tax_code_not_leaf", code=code, name=entry.name, line=where)
            if line.tax_mark:
                if kind == "special":
                    raise PlatformRejected("mark_on_special", line=where)
                continue
            if line.rate is None:
                raise PlatformRejected("rate_required", line=where)
            if self.rules.rate_must_fit_code:
                self._check_rate(line.rate, entry, where)

    @staticmethod
    def _check_rate(rate: Decimal, entry: tax_codes.TaxCode, where: str) -> None:
        """A VAT rate (税率) must be the code's; levy rates (征收率) and 0 % pass."""
        kinds = {r.rate: r.kind for r in all_rates() if r.kind != "mark"}
        kind = kinds.get(rate)
        if kind is None:
            raise PlatformRejected("rate_unknown", rate=f"{rate * 100:g}%", line=where)
        if kind != "rate" or rate == 0:
            return
        expected = rate_by_code(entry.default_rate)
        if expected.kind == "rate" and expected.rate != rate:
            raise PlatformRejected("rate_not_fit_code", code=entry.code, name=entry.name,
                                   rate=f"{rate * 100:g}%", expected=expected.label, line=where)

    @staticmethod
    def check_totals(lines: Sequence[PlatformLine], amount: Decimal, tax: Decimal, total: Decimal) -> None:
        if not (cents(amount) and cents(tax) and cents(total)):
            raise PlatformRejected("amount_format", line="")
        if sum((line.amount for line in lines), ZERO) != amount or sum((line.tax for line in lines), ZERO) != tax \
                or amount + tax != total:
            raise PlatformRejected("totals_mismatch")
