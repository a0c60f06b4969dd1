"""附加税费: the surcharges paid with the VAT (城市维护建设税, 教育费附加, 地方教育附加).
Pure: no I/O but the data file ``core/data/surcharges.yaml`` (rates, the 教育费 exemption
for small sales, the 六税两费 halving, each with its dates and the text it comes from).

For one item::

    tax        = round(vat_paid x rate, 2)                 本期应纳税（费）额
    exempt     = the item's exemption applies (sales ≤ limit for the period kind)
    relief     = round(tax x share, 2) when a relief covers the taxpayer, else 0   减征额
    payable    = 0 if exempt else tax - relief            本期应补（退）税（费）额

``vat_paid`` is the VAT payable of the return; ``sales`` its 销售额 (all sales, excluding
tax). Rules in force on the period's last day apply.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any, Final

import yaml

from core.domain.money import CENT
from core.domain.periods import Period

__all__ = ["DATA_FILE", "SurchargeLine", "Surcharges", "compute_surcharges"]

DATA_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "surcharges.yaml"
_ZERO: Final = Decimal("0.00")


@dataclass(frozen=True)
class _Item:
    id: str
    label: str
    rate: Decimal
    valid_from: date | None
    valid_to: date | None
    source: str


@dataclass(frozen=True)
class _Rule:
    id: str
    label: str
    items: frozenset[str]
    valid_from: date | None
    valid_to: date | None
    source: str
    share: Decimal = _ZERO
    taxpayers: frozenset[str] = frozenset()
    max_sales: Mapping[str, Decimal] | None = None

    def covers(self, on: date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (self.valid_to is None or on <= self.valid_to)


@dataclass(frozen=True)
class _Data:
    items: tuple[_Item, ...]
    exemptions: tuple[_Rule, ...]
    reliefs: tuple[_Rule, ...]


def _dec(value: Any, where: str) -> Decimal:
    if not isinstance(value, str):
        raise ValueError(f"{DATA_FILE.name}: {where}: quote decimal values")
    return Decimal(value)


def _day(value: Any, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    raise ValueError(f"{DATA_FILE.name}: {where}: expected an ISO date or null")


def _load(path: Path) -> _Data:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name}: expected a mapping at the top")
    items = tuple(_Item(str(i["id"]), str(i["label"]), _dec(i["rate"], f"items.{i['id']}"),
                        _day(i.get("valid_from"), i["id"]), _day(i.get("valid_to"), i["id"]), str(i["source"]))
                  for i in raw["items"])
    known = {i.id for i in items}

    def rule(entry: dict[str, Any], kind: str) -> _Rule:
        where = f"{kind}.{entry['id']}"
        covered = frozenset(str(x) for x in entry["items"])
        if not covered <= known or not str(entry.get("source", "")):
            raise ValueError(f"{path.name}: {where}: unknown items or no source")
        max_sales = entry.get("max_sales")
        return _Rule(
            id=str(entry["id"]), label=str(entry["label"]), items=covered,
            valid_from=_day(entry.get("valid_from"), where), valid_to=_day(entry.get("valid_to"), where),
            source=str(entry["source"]),
            share=_dec(entry["share"], where) if "share" in entry else _ZERO,
            taxpayers=frozenset(str(x) for x in entry.get("taxpayers", [])),
            max_sales={k: _dec(v, where) for k, v in max_sales.items()} if isinstance(max_sales, dict) else None)

    return _Data(items, tuple(rule(e, "exemptions") for e in raw.get("exemptions") or []),
                 tuple(rule(e, "reliefs") for e in raw.get("reliefs") or []))


@cache
def _data() -> _Data:
    return _load(DATA_FILE)


@dataclass(frozen=True)
class SurchargeLine:
    id: str
    label: str
    base: Decimal
    rate: Decimal
    tax: Decimal
    exempt_by: str | None  # the exemption's id
    relief_by: str | None  # the relief's id
    relief: Decimal
    payable: Decimal


@dataclass(frozen=True)
class Surcharges:
    lines: tuple[SurchargeLine, ...]
    total: Decimal
    #: The rules applied, with the text each comes from (shown by 为什么 附加税费).
    sources: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "lines": [{"id": x.id, "label": x.label, "base": str(x.base), "rate": str(x.rate), "tax": str(x.tax),
                       "exempt_by": x.exempt_by, "relief_by": x.relief_by, "relief": str(x.relief),
                       "payable": str(x.payable)} for x in self.lines],
            "total": str(self.total),
            "sources": list(self.sources),
        }


def _money(value: Decimal) -> Decimal:
    value = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return _ZERO if value.is_zero() else value


def compute_surcharges(period: Period, vat_paid: Decimal, sales: Decimal, *, small_scale: bool,
                       small_profit: bool) -> Surcharges:
    """附加税费 of a VAT return; ``small_profit``: the company is a 小型微利企业."""
    on = period.end
    data = _data()
    groups = {g for g, yes in (("small_scale", small_scale), ("small_profit", small_profit)) if yes}
    base = max(_ZERO, vat_paid)
    lines: list[SurchargeLine] = []
    used: dict[str, str] = {}
    for item in data.items:
        if not ((item.valid_from is None or item.valid_from <= on) and (item.valid_to is None or on <= item.valid_to)):
            continue
        used.setdefault(item.id, f"{item.label}：{item.source}")
        tax = _money(base * item.rate)
        exempt = next((r for r in data.exemptions if item.id in r.items and r.covers(on) and r.max_sales
                       and sales <= r.max_sales[period.kind]), None)
        relief_rule = next((r for r in data.reliefs if item.id in r.items and r.covers(on) and r.taxpayers & groups),
                           None)
        relief = _ZERO if exempt is not None or relief_rule is None else _money(tax * relief_rule.share)
        for rule in (exempt, relief_rule if exempt is None else None):
            if rule is not None and tax > 0:
                used.setdefault(rule.id, f"{rule.label}：{rule.source}")
        lines.append(SurchargeLine(
            id=item.id, label=item.label, base=_money(base), rate=item.rate, tax=tax,
            exempt_by=exempt.id if exempt is not None else None,
            relief_by=relief_rule.id if relief_rule is not None and exempt is None and relief > 0 else None,
            relief=relief, payable=_ZERO if exempt is not None else _money(tax - relief)))
    return Surcharges(tuple(lines), _money(sum((x.payable for x in lines), _ZERO)), tuple(used.values()))
