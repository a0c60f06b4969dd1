"""VAT return (增值税申报) for one period, computed from invoices. Pure: no I/O, no database.

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
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from typing import Any, Final, Literal, get_args

from core.domain.errors import ValidationFailed
from core.domain.jsonable import decimal_from_snapshot
from core.domain.money import CENT, to_decimal
from core.domain.periods import Period
from core.domain.tax_rates import TaxpayerKind, all_rates, rates_for, small_scale_threshold
from core.domain.vat_lines import (
    COLUMN_OF,
    InputInvoice,
    InvoiceKind,
    SaleLine,
    _uninvoiced_totals,
    uninvoiced_lines,
)

__all__ = [
    "EXEMPT_AT_THRESHOLD",
    "InputInvoice",
    "InvoiceKind",
    "RowGroup",
    "SaleLine",
    "Trace",
    "VatReturn",
    "VatRow",
    "VatTotals",
    "compute_general",
    "compute_small_scale",
    "counts_toward_threshold",
    "is_under_threshold",
    "uninvoiced_lines",
]

Side = Literal["sales", "input"]
RowGroup = Literal[
    "output",  # general method 销项, by rate
    "simplified",  # general taxpayer, simplified method, by 征收率
    "levy",  # small-scale taxable sales, by 征收率
    "exempt_threshold",  # small-scale 普票 sales under the 起征点
    "exempt",  # 免税 marked lines
    "nontaxable",  # 不征税 marked lines
    "input",  # deductible 进项, by rate
    "input_not_deductible",  # recorded but not counted
]

_SIDES: Final = frozenset(get_args(Side))
_GROUPS: Final = tuple(get_args(RowGroup))
_TAXPAYER_KINDS: Final = frozenset(get_args(TaxpayerKind))
_SALES_GROUPS: Final = frozenset({"output", "simplified", "levy", "exempt_threshold", "exempt", "nontaxable"})
_ZERO: Final = Decimal("0.00")
_EXEMPT_CODE: Final = "exempt"
_REAL_ESTATE_CODE: Final = "5"
_NONTAXABLE_CODE: Final = "nontaxable"
_FORMAT_VERSION: Final = 1

# --------------------------------------------------------------------------- 起征点 rule

#: Whether sales exactly equal to the 起征点 are still exempt. False: reaching the 起征点
#: is taxed -- GUIDE.md ("a cliff: once reached, all sales are taxed") and the statutory
#: wording "未达到起征点的，免征增值税；达到起征点的，……全额计算缴纳" (增值税暂行条例第十七条,
#: carried into the VAT Law). *Unconfirmed*: the earlier small-scale exemption notices
#: (e.g. 公告2023年第1号) said "未超过10万元", under which exactly 100,000.00 was exempt.
#: Flip this one constant if the 2026 rules turn out to read that way.
EXEMPT_AT_THRESHOLD: Final = False


def is_under_threshold(sales: Decimal, threshold: Decimal) -> bool:
    """True when ``sales`` (excluding tax) stay under the 起征点, i.e. are exempt.

    The only place the comparison is made; see :data:`EXEMPT_AT_THRESHOLD`.
    """
    return sales <= threshold if EXEMPT_AT_THRESHOLD else sales < threshold


def counts_toward_threshold(line: SaleLine) -> bool:
    """Which sales are added up against the 起征点: every line except 不征税 ones (they are
    not sales in the VAT sense). 专票 and 免税 lines count; red lines count negatively.

    Sales at 5% are taken as 销售不动产 and left out (公告2023年第1号 第三条: "扣除本期发生的
    销售不动产的销售额后未超过10万元的……免征增值税"). *Unconfirmed*: a 5% line may also be a
    lease of real estate (a service, which would count); the line does not say which.
    """
    return line.rate_code not in (_NONTAXABLE_CODE, _REAL_ESTATE_CODE)


# ----------------------------------------------------------------------------- outputs


@dataclass(frozen=True)
class VatRow:
    """One figure of the return: ``base`` (销售额 / 金额, excluding tax) and ``tax``.

    ``sources``: sorted ids of the invoices behind it -- our invoices for ``side ==
    "sales"``, input invoices for ``side == "input"``.
    """

    code: str
    side: Side
    group: RowGroup
    rate_code: str | None
    base: Decimal
    tax: Decimal
    sources: tuple[int, ...]
    #: Sales rows: (column, base, tax) per column that has sales -- see the module doc.
    columns: tuple[tuple[str, Decimal, Decimal], ...] = ()


@dataclass(frozen=True)
class VatTotals:
    """Totals of a return (all Decimal, 0.01).

    * ``sales``: every sale excluding tax, net of red letters (incl. tax-free sales).
    * ``output_tax``: general -- 销项税额 (general method); small-scale -- tax on taxable sales.
    * ``simplified_tax``: general -- tax at 征收率 (简易计税); small-scale -- always 0.
    * ``input_tax``: deductible 进项税额 (0 for small-scale).
    * ``transfers_out`` / ``carried_in``: 进项转出 / 上期留抵 as given.
    * ``payable``: 应纳税额 (never negative); ``carried_out``: 期末留抵.
    * ``exempt_sales``: 免税 lines plus small-scale sales exempt under the 起征点;
      ``exempt_tax``: the invoiced tax not payable because of the 起征点 (免税额).
    * ``nontaxable_sales``: 不征税 lines.
    """

    sales: Decimal
    output_tax: Decimal
    simplified_tax: Decimal
    input_tax: Decimal
    transfers_out: Decimal
    carried_in: Decimal
    payable: Decimal
    carried_out: Decimal
    exempt_sales: Decimal
    exempt_tax: Decimal
    nontaxable_sales: Decimal
    #: 未开票收入 (excluding tax) and its tax, included in the figures above.
    uninvoiced_sales: Decimal = _ZERO
    uninvoiced_tax: Decimal = _ZERO


_LATER_TOTALS: Final = frozenset({"uninvoiced_sales", "uninvoiced_tax"})


@dataclass(frozen=True)
class Trace:
    """Invoices behind a figure, by side: our invoices and input invoices."""

    sales: tuple[int, ...]
    inputs: tuple[int, ...]


# Which row groups each total is made of (sales side, input side).
_TOTAL_GROUPS: Final[dict[str, tuple[frozenset[str], frozenset[str]]]] = {
    "sales": (_SALES_GROUPS, frozenset()),
    "output_tax": (frozenset({"output", "levy"}), frozenset()),
    "simplified_tax": (frozenset({"simplified"}), frozenset()),
    "input_tax": (frozenset(), frozenset({"input"})),
    "transfers_out": (frozenset(), frozenset()),
    "carried_in": (frozenset(), frozenset()),
    "payable": (frozenset({"output", "simplified", "levy"}), frozenset({"input"})),
    "carried_out": (frozenset({"output"}), frozenset({"input"})),
    "exempt_sales": (frozenset({"exempt", "exempt_threshold"}), frozenset()),
    "exempt_tax": (frozenset({"exempt_threshold"}), frozenset()),
    "nontaxable_sales": (frozenset({"nontaxable"}), frozenset()),
    # typed by the filer: no invoices behind them
    "uninvoiced_sales": (frozenset(), frozenset()),
    "uninvoiced_tax": (frozenset(), frozenset()),
}


@dataclass(frozen=True)
class VatReturn:
    """A computed VAT return. ``threshold`` / ``under_threshold`` are set for small-scale
    taxpayers only. ``notes``: codes for a person to look at (see the module doc)."""

    period: Period
    taxpayer_kind: TaxpayerKind
    rows: tuple[VatRow, ...]
    totals: VatTotals
    threshold: Decimal | None = None
    under_threshold: bool | None = None
    notes: tuple[str, ...] = ()

    def row(self, code: str) -> VatRow:
        """The row named ``code``; KeyError when the return has no such row."""
        for row in self.rows:
            if row.code == code:
                return row
        raise KeyError(code)

    def trace(self, code: str) -> Trace:
        """Invoices behind a row or a total (``payable`` mixes both sides).

        ``transfers_out`` and ``carried_in`` were supplied by the caller: empty trace.
        """
        if code in _TOTAL_GROUPS:
            sales_groups, input_groups = _TOTAL_GROUPS[code]
            sales = {i for row in self.rows if row.group in sales_groups for i in row.sources}
            inputs = {i for row in self.rows if row.group in input_groups for i in row.sources}
            return Trace(tuple(sorted(sales)), tuple(sorted(inputs)))
        row = self.row(code)
        if row.side == "sales":
            return Trace(row.sources, ())
        return Trace((), row.sources)

    def explain(self, code: str) -> tuple[int, ...]:
        """Ids of the invoices behind a row or a single-side total.

        Rows and ``sales``/``output_tax``/... give our invoice ids; ``input_*`` rows and
        ``input_tax`` give input-invoice ids. ``payable`` and ``carried_out`` draw on both
        kinds of invoice: ValueError, use :meth:`trace`. Unknown codes: KeyError.
        """
        found = self.trace(code)
        if found.sales and found.inputs:
            raise ValueError(f"{code} is made of sales and input invoices; use trace()")
        return found.sales or found.inputs

    # -- snapshots

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready snapshot; Decimals become strings. :meth:`from_dict` reads it back."""
        return {
            "version": _FORMAT_VERSION,
            "period": self.period.label,
            "taxpayer_kind": self.taxpayer_kind,
            "threshold": None if self.threshold is None else str(self.threshold),
            "under_threshold": self.under_threshold,
            "rows": [
                {
                    "code": row.code,
                    "side": row.side,
                    "group": row.group,
                    "rate_code": row.rate_code,
                    "base": str(row.base),
                    "tax": str(row.tax),
                    "sources": list(row.sources),
                    "columns": [{"column": c, "base": str(b), "tax": str(t)} for c, b, t in row.columns],
                }
                for row in self.rows
            ],
            "totals": {f.name: str(getattr(self.totals, f.name)) for f in fields(VatTotals)},
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VatReturn:
        """Read a :meth:`to_dict` snapshot; ValueError when it is malformed."""
        if not isinstance(data, Mapping):
            raise ValueError("snapshot must be a mapping")
        if data.get("version") != _FORMAT_VERSION:
            raise ValueError(f"unknown snapshot version: {data.get('version')!r}")
        kind: Any = data.get("taxpayer_kind")
        if kind not in _TAXPAYER_KINDS:
            raise ValueError(f"unknown taxpayer kind: {kind!r}")
        period_text = data.get("period")
        if not isinstance(period_text, str):
            raise ValueError("period must be a string")
        period = Period.parse(period_text)
        rows: list[VatRow] = []
        for item in _as_list(data.get("rows"), "rows"):
            if not isinstance(item, Mapping):
                raise ValueError("row must be a mapping")
            side: Any = item.get("side")
            group: Any = item.get("group")
            rate_code = item.get("rate_code")
            if side not in _SIDES or group not in _GROUPS:
                raise ValueError(f"bad row side/group: {side!r}/{group!r}")
            if rate_code is not None and not isinstance(rate_code, str):
                raise ValueError("rate_code must be a string or null")
            sources = _as_list(item.get("sources"), "sources")
            if any(isinstance(i, bool) or not isinstance(i, int) for i in sources):
                raise ValueError("sources must be ints")
            rows.append(
                VatRow(
                    code=_as_str(item.get("code"), "code"),
                    side=side,
                    group=group,
                    rate_code=rate_code,
                    base=decimal_from_snapshot(item.get("base"), "base"),
                    tax=decimal_from_snapshot(item.get("tax"), "tax"),
                    sources=tuple(sources),
                    columns=tuple(
                        (_as_str(c.get("column"), "column"), decimal_from_snapshot(c.get("base"), "base"),
                         decimal_from_snapshot(c.get("tax"), "tax"))
                        for c in _as_list(item.get("columns", []), "columns") if isinstance(c, Mapping)),
                )
            )
        totals_raw = data.get("totals")
        if not isinstance(totals_raw, Mapping):
            raise ValueError("totals must be a mapping")
        # Totals added later (未开票收入) read as 0 from snapshots written before them.
        totals = VatTotals(**{f.name: decimal_from_snapshot(totals_raw.get(f.name, "0.00" if f.name in _LATER_TOTALS
                                                                           else None), f.name)
                              for f in fields(VatTotals)})
        threshold_raw = data.get("threshold")
        under = data.get("under_threshold")
        if under is not None and not isinstance(under, bool):
            raise ValueError("under_threshold must be a bool or null")
        notes = _as_list(data.get("notes", []), "notes")
        return cls(
            period=period,
            taxpayer_kind=kind,
            rows=tuple(rows),
            totals=totals,
            threshold=None if threshold_raw is None else decimal_from_snapshot(threshold_raw, "threshold"),
            under_threshold=under,
            notes=tuple(_as_str(n, "notes") for n in notes),
        )


def _as_list(value: object, name: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"{name} must be a list")
    return value


def _as_str(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string")
    return value




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
        group_order = {group: i for i, group in enumerate(_GROUPS)}

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
    totals = VatTotals(
        sales=_sum(rows, _SALES_GROUPS, "base"),
        output_tax=output_tax,
        simplified_tax=simplified_tax,
        input_tax=input_tax,
        transfers_out=transfers,
        carried_in=carried_in,
        payable=_clean(payable),
        carried_out=_clean(carried_out),
        exempt_sales=_sum(rows, frozenset({"exempt"}), "base"),
        exempt_tax=_ZERO,
        nontaxable_sales=_sum(rows, frozenset({"nontaxable"}), "base"),
        **_uninvoiced_totals(lines),
    )
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
    totals = VatTotals(
        sales=_sum(rows, _SALES_GROUPS, "base"),
        output_tax=output_tax,
        simplified_tax=_ZERO,
        input_tax=_ZERO,
        transfers_out=_ZERO,
        carried_in=_ZERO,
        payable=_clean(max(_ZERO, output_tax)),
        carried_out=_ZERO,
        exempt_sales=_sum(rows, frozenset({"exempt", "exempt_threshold"}), "base"),
        exempt_tax=_sum(rows, frozenset({"exempt_threshold"}), "tax"),
        nontaxable_sales=_sum(rows, frozenset({"nontaxable"}), "base"),
        **_uninvoiced_totals(lines),
    )
    return VatReturn(period, "small_scale", rows, totals, threshold=threshold, under_threshold=under, notes=tuple(notes))
