"""What a VAT return computes (see :mod:`core.domain.vat`): its rows (:class:`VatRow`, with the
附列资料一 columns and the invoices behind each figure), its totals (:class:`VatTotals`), the trace
of a figure (:class:`Trace`), and the return itself with its JSON snapshot (:class:`VatReturn`).
Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, Final, Literal, get_args

from core.domain.jsonable import decimal_from_snapshot
from core.domain.periods import Period
from core.domain.tax_rates import TaxpayerKind

__all__ = ["GROUPS", "SALES_GROUPS", "RowGroup", "Side", "Trace", "VatReturn", "VatRow", "VatTotals"]

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
#: The row groups, in the order rows are listed.
GROUPS: Final = tuple(get_args(RowGroup))
_TAXPAYER_KINDS: Final = frozenset(get_args(TaxpayerKind))
SALES_GROUPS: Final = frozenset({"output", "simplified", "levy", "exempt_threshold", "exempt", "nontaxable"})
_ZERO: Final = Decimal("0.00")
_FORMAT_VERSION: Final = 1

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
    "sales": (SALES_GROUPS, frozenset()),
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
            if side not in _SIDES or group not in GROUPS:
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
