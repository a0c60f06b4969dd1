"""VAT return (增值税申报) for one period, computed from invoices. Pure: no I/O, no database.

This module computes; what it computes from is in :mod:`core.domain.vat_lines`, what it
produces (rows, columns, totals, traces, snapshots) in :mod:`core.domain.vat_return`, and the
起征点 rule in :mod:`core.domain.vat_threshold`.

Inputs (GUIDE.md section 3, "Filing"):

* :class:`SaleLine` -- our issued invoices (销项), one line per invoice and rate. Red-letter
  (红字) lines carry negative amounts already. **The caller excludes voided (作废)
  invoices**: they are simply not passed in. Every invoice dated in the period is passed
  in, whatever its delivery state.
* :class:`InputInvoice` -- recorded input invoices (进项); only ``deductible`` ones count.
* ``transfers_out`` (进项转出) and ``carried_credit`` (上期留抵) -- figures the user or the
  previous return supplies; they have no invoices behind them.
* ``uninvoiced`` (未开票收入) -- sales without an invoice, typed by the filer, per rate code
  (excluding tax; negative when income declared earlier is invoiced now). Its tax is
  computed here: round(amount x rate, 2).

Columns (附列资料一): every sales row splits its base and tax into the columns
``special`` (开具增值税专用发票), ``other`` (开具其他发票) and ``uninvoiced`` (未开具发票),
in :attr:`VatRow.columns`.

Every figure is traceable: each :class:`VatRow` keeps the ids of the invoices behind it
(``sources``), and :meth:`VatReturn.explain` / :meth:`VatReturn.trace` answer "which
invoices make up this number" for rows and totals alike.

General taxpayers (一般纳税人), :func:`compute_general`
-----------------------------------------------------
* 销项 by rate: rows ``sales_13``, ``sales_9``, ``sales_6``, ``sales_0`` (group ``output``).
* Simplified-method (简易计税) lines at a 征收率 (3%, 5%): rows ``simplified_3``,
  ``simplified_5`` (group ``simplified``). Their tax is added on top of the general-method
  result and is **never offset** by input tax or 留抵.
* 免税 / 不征税 lines: rows ``sales_exempt`` / ``sales_nontaxable`` -- tax-free sales, reported
  with their base only.
* 进项: rows ``input_<rate code>`` for deductible invoices; non-deductible ones are listed in
  ``input_not_deductible`` (for the record, not counted).
* Result::

      due         = 销项税额 - (进项税额 - 进项转出) - 上期留抵
      payable     = max(0, due) + max(0, simplified_tax)
      carried_out = max(0, -due)                      # 期末留抵, next period's carried_credit

Small-scale taxpayers (小规模纳税人), :func:`compute_small_scale`
----------------------------------------------------------------
* Tax is what was invoiced: lines carry the 征收率 they were issued at, so the 3% -> 1%
  relief is already in the rate codes (issued at 1% -> 1% payable). Nothing is recomputed.
  A blue line whose rate was not on offer during the period (e.g. 1% after 2027-12-31)
  still counts as invoiced, and adds the note ``rate_not_offered:<code>``.
* 起征点 cliff: the period's sales (excluding tax, 未开票收入 included, 销售不动产 at 5% left
  out; see :func:`counts_toward_threshold`) are
  compared with the monthly / quarterly 起征点 from ``tax_rates.small_scale_threshold``
  by :func:`is_under_threshold`. Under it, sales on 普票 (``kind="normal"``) are exempt:
  they move to row ``exempt_threshold`` (小微企业免税销售额; its tax is the 免税额) and are
  not payable. Sales on 专票 (``kind="special"``) are always taxed, and so are 5% sales
  (销售不动产, 公告2023年第1号 第三条). Reaching it taxes all. 未开票收入 is treated like
  普票 sales. 1% and 3% stay in separate rows (``levy_1`` / ``levy_3``): a 3% 专票 issued
  by waiving the reduction is taxed at 3%.
* Rows ``levy_1``, ``levy_3``, ``levy_5`` (group ``levy``) hold taxable sales;
  ``payable = max(0, output_tax)``.

Negative figures (red letters in the period outweighing the period's blue invoices) are
kept as they are, never dropped; ``notes`` flags them (``negative_sales:<row>``,
``negative_simplified_tax``, ``negative_tax``) so a person can look before filing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Final, Literal

from core.domain.errors import ValidationFailed
from core.domain.money import CENT, to_decimal
from core.domain.periods import Period
from core.domain.tax_rates import TaxpayerKind, all_rates, rates_for, small_scale_threshold
from core.domain.vat_lines import COLUMN_OF, InputInvoice, SaleLine, uninvoiced_lines, uninvoiced_totals
from core.domain.vat_return import GROUPS, SALES_GROUPS, RowGroup, Side, VatReturn, VatRow, VatTotals
from core.domain.vat_threshold import counts_toward_threshold, is_under_threshold

__all__ = ["compute_general", "compute_small_scale"]

_ZERO: Final = Decimal("0.00")
_EXEMPT_CODE: Final = "exempt"
_NONTAXABLE_CODE: Final = "nontaxable"

# ------------------------------------------------------------------------- computation


def _amount_arg(value: Decimal | int, name: str) -> Decimal:
    """A caller-supplied figure: Decimal or int, to the fen, not negative.

    ValidationFailed on field ``name``: ``<name>_decimals`` (max 2), ``<name>_negative``.
    """
    result = to_decimal(value)  # TypeError for float / bool
    if result != result.quantize(CENT):
        raise ValidationFailed.one(name, f"{name}_decimals", max=2)
    if result < 0:
        raise ValidationFailed.one(name, f"{name}_negative")
    return _clean(result)


def _clean(value: Decimal) -> Decimal:
    """0.01 quantum, and no negative zero in snapshots."""
    value = value.quantize(CENT)
    return _ZERO if value.is_zero() else value


@dataclass
class _Acc:
    side: Side
    group: RowGroup
    rate_code: str | None
    base: Decimal = _ZERO
    tax: Decimal = _ZERO
    sources: set[int] = field(default_factory=set)
    columns: dict[str, list[Decimal]] = field(default_factory=dict)


class _RowBuilder:
    def __init__(self) -> None:
        self._rows: dict[str, _Acc] = {}

    def add(self, code: str, acc: _Acc, base: Decimal, tax: Decimal, source: int, column: str | None = None) -> None:
        entry = self._rows.setdefault(code, acc)
        entry.base += base
        entry.tax += tax
        if source:
            entry.sources.add(source)
        if column is not None:
            sums = entry.columns.setdefault(column, [_ZERO, _ZERO])
            sums[0] += base
            sums[1] += tax

    def rows(self) -> tuple[VatRow, ...]:
        order = {rate.code: i for i, rate in enumerate(all_rates())}
        group_order = {group: i for i, group in enumerate(GROUPS)}

        def key(item: tuple[str, _Acc]) -> tuple[int, int, str]:
            code, acc = item
            return (group_order[acc.group], order.get(acc.rate_code or "", len(order)), code)

        return tuple(
            VatRow(
                code=code,
                side=acc.side,
                group=acc.group,
                rate_code=acc.rate_code,
                base=_clean(acc.base),
                tax=_clean(acc.tax),
                sources=tuple(sorted(acc.sources)),
                columns=tuple((c, _clean(acc.columns[c][0]), _clean(acc.columns[c][1]))
                              for c in ("special", "other", "uninvoiced") if c in acc.columns),
            )
            for code, acc in sorted(self._rows.items(), key=key)
        )


def _sum(rows: Iterable[VatRow], groups: frozenset[str], attr: Literal["base", "tax"]) -> Decimal:
    return _clean(sum((getattr(row, attr) for row in rows if row.group in groups), _ZERO))


def _sales_tuple(sales: Iterable[SaleLine]) -> tuple[SaleLine, ...]:
    lines = tuple(sales)
    for line in lines:
        if not isinstance(line, SaleLine):
            raise TypeError(f"expected SaleLine, got {type(line).__name__}")
    return lines


def _mark_row(line: SaleLine) -> tuple[str, RowGroup]:
    if line.rate_code == _EXEMPT_CODE:
        return "sales_exempt", "exempt"
    if line.rate_code == _NONTAXABLE_CODE:
        return "sales_nontaxable", "nontaxable"
    raise ValueError(f"unknown mark: {line.rate_code!r}")  # pragma: no cover - data has two marks


def _common_notes(period: Period, kind: TaxpayerKind, lines: tuple[SaleLine, ...], rows: tuple[VatRow, ...]) -> list[str]:
    offered = {rate.code for day in (period.start, period.end) for rate in rates_for(kind, day)}
    notes = sorted({f"rate_not_offered:{line.rate_code}" for line in lines if not line.is_red and line.rate_code not in offered})
    notes += [f"negative_sales:{row.code}" for row in rows if row.side == "sales" and row.base < 0]
    return notes


def _totals(rows: tuple[VatRow, ...], lines: tuple[SaleLine, ...], exempt_groups: frozenset[str], *,
            output_tax: Decimal, payable: Decimal, simplified_tax: Decimal = _ZERO, input_tax: Decimal = _ZERO,
            transfers_out: Decimal = _ZERO, carried_in: Decimal = _ZERO, carried_out: Decimal = _ZERO,
            exempt_tax: Decimal = _ZERO) -> VatTotals:
    """The totals both kinds of return share the making of: sales, exempt (from ``exempt_groups``),
    不征税 and 未开票收入 summed from the rows and lines; the rest as each computation found them."""
    return VatTotals(
        sales=_sum(rows, SALES_GROUPS, "base"), output_tax=output_tax, simplified_tax=simplified_tax,
        input_tax=input_tax, transfers_out=transfers_out, carried_in=carried_in, payable=payable,
        carried_out=carried_out, exempt_sales=_sum(rows, exempt_groups, "base"), exempt_tax=exempt_tax,
        nontaxable_sales=_sum(rows, frozenset({"nontaxable"}), "base"), **uninvoiced_totals(lines))


def compute_general(
    period: Period,
    sales: Iterable[SaleLine],
    inputs: Iterable[InputInvoice] = (),
    *,
    transfers_out: Decimal | int = 0,
    carried_credit: Decimal | int = 0,
    uninvoiced: Mapping[str, Decimal] | None = None,
) -> VatReturn:
    """Return of a general taxpayer (一般纳税人) for ``period``; see the module doc."""
    lines = _sales_tuple(sales) + uninvoiced_lines(uninvoiced or {}, "general", period)
    received = tuple(inputs)
    for invoice in received:
        if not isinstance(invoice, InputInvoice):
            raise TypeError(f"expected InputInvoice, got {type(invoice).__name__}")
    transfers = _amount_arg(transfers_out, "transfers_out")
    carried_in = _amount_arg(carried_credit, "carried_credit")

    builder = _RowBuilder()
    for line in lines:
        rate = line.rate
        code: str
        group: RowGroup
        if rate.is_mark:
            code, group = _mark_row(line)
        elif rate.kind == "levy":
            code, group = f"simplified_{rate.code}", "simplified"
        else:
            code, group = f"sales_{rate.code}", "output"
        builder.add(code, _Acc("sales", group, rate.code), line.amount, line.tax, line.invoice_id,
                    COLUMN_OF[line.kind])
    for invoice in received:
        if invoice.deductible:
            code, acc = f"input_{invoice.rate_code}", _Acc("input", "input", invoice.rate_code)
        else:
            code, acc = "input_not_deductible", _Acc("input", "input_not_deductible", None)
        builder.add(code, acc, invoice.amount, invoice.tax, invoice.id)
    rows = builder.rows()

    output_tax = _sum(rows, frozenset({"output"}), "tax")
    simplified_tax = _sum(rows, frozenset({"simplified"}), "tax")
    input_tax = _sum(rows, frozenset({"input"}), "tax")
    due = output_tax - (input_tax - transfers) - carried_in
    payable = max(_ZERO, due) + max(_ZERO, simplified_tax)
    carried_out = max(_ZERO, -due)

    notes = _common_notes(period, "general", lines, rows)
    if simplified_tax < 0:
        notes.append("negative_simplified_tax")
    totals = _totals(rows, lines, frozenset({"exempt"}), output_tax=output_tax, simplified_tax=simplified_tax,
                     input_tax=input_tax, transfers_out=transfers, carried_in=carried_in, payable=_clean(payable),
                     carried_out=_clean(carried_out))
    return VatReturn(period, "general", rows, totals, notes=tuple(notes))


def compute_small_scale(period: Period, sales: Iterable[SaleLine], on: date | None = None,
                        uninvoiced: Mapping[str, Decimal] | None = None) -> VatReturn:
    """Return of a small-scale taxpayer (小规模纳税人) for ``period``; see the module doc.

    ``on`` picks the 起征点 in force (default: the period's last day). Raises LookupError
    when the data has no 起征点 for that date, ValueError for a line at a general-method
    rate (13/9/6/0), which small-scale taxpayers cannot issue.
    """
    lines = _sales_tuple(sales) + uninvoiced_lines(uninvoiced or {}, "small_scale", period)
    for line in lines:
        if line.rate.kind == "rate":
            raise ValueError(f"small-scale taxpayers cannot issue {line.rate.label} (invoice {line.number})")
    threshold = small_scale_threshold(period.kind, period.end if on is None else on)
    threshold_sales = sum((line.amount for line in lines if counts_toward_threshold(line)), _ZERO)
    under = is_under_threshold(threshold_sales, threshold)

    builder = _RowBuilder()
    for line in lines:
        rate = line.rate
        code: str
        group: RowGroup
        rate_code: str | None = rate.code
        if rate.is_mark:
            code, group = _mark_row(line)
        elif under and line.kind != "special" and counts_toward_threshold(line):
            code, group, rate_code = "exempt_threshold", "exempt_threshold", None
        else:
            code, group = f"levy_{rate.code}", "levy"
        builder.add(code, _Acc("sales", group, rate_code), line.amount, line.tax, line.invoice_id,
                    COLUMN_OF[line.kind])
    rows = builder.rows()

    output_tax = _sum(rows, frozenset({"levy"}), "tax")
    notes = _common_notes(period, "small_scale", lines, rows)
    if output_tax < 0:
        notes.append("negative_tax")
    totals = _totals(rows, lines, frozenset({"exempt", "exempt_threshold"}), output_tax=output_tax,
                     payable=_clean(max(_ZERO, output_tax)),
                     exempt_tax=_sum(rows, frozenset({"exempt_threshold"}), "tax"))
    return VatReturn(period, "small_scale", rows, totals, threshold=threshold, under_threshold=under, notes=tuple(notes))
