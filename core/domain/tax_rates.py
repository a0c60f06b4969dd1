"""VAT rates (税率), levy rates (征收率) and marks (免税/不征税) as dated data.

Everything comes from ``core/data/tax_rates.yaml`` (GUIDE.md section 3, "Rates"); the code
holds no rate and no date. Reliefs (the small-scale 3% -> 1%) and the small-scale 起征点
are data with effective dates too.

Reading a typed rate (``6%``, ``百分之六``, ``免税`` …) is :mod:`core.domain.rate_reading`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final, Literal, get_args

import yaml

__all__ = [
    "DATA_FILE",
    "Relief",
    "TaxRate",
    "TaxpayerKind",
    "ThresholdPeriod",
    "all_rates",
    "check_taxpayer_kind",
    "default_rate_for",
    "effective_levy_rate",
    "rate_by_code",
    "rate_by_value",
    "rate_value",
    "rate_values",
    "rates_for",
    "reliefs",
    "small_scale_threshold",
]

DATA_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "tax_rates.yaml"

TaxpayerKind = Literal["general", "small_scale"]
RateKind = Literal["rate", "levy", "mark"]
ThresholdPeriod = Literal["month", "quarter", "transaction"]

_TAXPAYER_KINDS: Final = frozenset(get_args(TaxpayerKind))
_RATE_KINDS: Final = frozenset(get_args(RateKind))
_PERIODS: Final = frozenset(get_args(ThresholdPeriod))


@dataclass(frozen=True)
class TaxRate:
    """One selectable rate: ``code`` is stable and stored with invoice lines."""

    code: str
    rate: Decimal
    label: str
    kind: RateKind
    unconfirmed: bool = False

    @property
    def is_mark(self) -> bool:
        """免税 / 不征税: no tax is computed and the rate column shows the label."""
        return self.kind == "mark"


@dataclass(frozen=True)
class Relief:
    id: str
    taxpayers: frozenset[str]
    replaces: str
    by: str
    valid_from: date | None
    valid_to: date | None

    def covers(self, taxpayer_kind: str, on: date) -> bool:
        return taxpayer_kind in self.taxpayers and _in_window(on, self.valid_from, self.valid_to)


@dataclass(frozen=True)
class _RateEntry:
    rate: TaxRate
    taxpayers: frozenset[str]
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class _Threshold:
    period: str
    amount: Decimal
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class _Table:
    entries: tuple[_RateEntry, ...]
    reliefs: tuple[Relief, ...]
    thresholds: tuple[_Threshold, ...]

    def by_code(self) -> dict[str, _RateEntry]:
        """Built once per table (every invoice line shown looks its rate up here)."""
        index: dict[str, _RateEntry] | None = self.__dict__.get("_by_code")
        if index is None:
            index = {entry.rate.code: entry for entry in self.entries}
            object.__setattr__(self, "_by_code", index)
        return index


def _in_window(on: date, start: date | None, end: date | None) -> bool:
    return (start is None or start <= on) and (end is None or on <= end)


# ---------------------------------------------------------------------------- loading


def _need(mapping: dict[str, Any], key: str, where: str) -> Any:
    if key not in mapping:
        raise ValueError(f"{DATA_FILE.name}: {where}: missing key {key!r}")
    return mapping[key]


def _as_str(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{DATA_FILE.name}: {where}: expected a non-empty quoted string")
    return value


def _as_decimal(value: Any, where: str) -> Decimal:
    if not isinstance(value, str):  # floats would lose exactness
        raise ValueError(f"{DATA_FILE.name}: {where}: quote decimal values")
    try:
        return Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{DATA_FILE.name}: {where}: not a decimal: {value!r}") from None


def _as_date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    raise ValueError(f"{DATA_FILE.name}: {where}: expected an ISO date or null")


def _as_taxpayers(value: Any, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not set(value) <= _TAXPAYER_KINDS:
        raise ValueError(f"{DATA_FILE.name}: {where}: taxpayers must be a list of {_TAXPAYER_KINDS}")
    return frozenset(value)


def _load(path: Path) -> _Table:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name}: expected a mapping at the top")

    entries: list[_RateEntry] = []
    for i, item in enumerate(_need(raw, "rates", "top")):
        where = f"rates[{i}]"
        kind = _need(item, "kind", where)
        if kind not in _RATE_KINDS:
            raise ValueError(f"{path.name}: {where}: unknown kind {kind!r}")
        rate = TaxRate(
            code=_as_str(_need(item, "code", where), where),
            rate=_as_decimal(_need(item, "rate", where), where),
            label=_as_str(_need(item, "label", where), where),
            kind=kind,
            unconfirmed=bool(item.get("unconfirmed", False)),
        )
        if not Decimal(0) <= rate.rate < Decimal(1):
            raise ValueError(f"{path.name}: {where}: rate must be in [0, 1)")
        if rate.is_mark and rate.rate != 0:
            raise ValueError(f"{path.name}: {where}: a mark has rate 0")
        entries.append(
            _RateEntry(
                rate=rate,
                taxpayers=_as_taxpayers(_need(item, "taxpayers", where), where),
                valid_from=_as_date(item.get("valid_from"), where),
                valid_to=_as_date(item.get("valid_to"), where),
            )
        )
    codes = [entry.rate.code for entry in entries]
    if len(set(codes)) != len(codes):
        raise ValueError(f"{path.name}: duplicate rate codes")

    reliefs: list[Relief] = []
    for i, item in enumerate(raw.get("reliefs") or []):
        where = f"reliefs[{i}]"
        relief = Relief(
            id=_as_str(_need(item, "id", where), where),
            taxpayers=_as_taxpayers(_need(item, "taxpayers", where), where),
            replaces=_as_str(_need(item, "replaces", where), where),
            by=_as_str(_need(item, "by", where), where),
            valid_from=_as_date(item.get("valid_from"), where),
            valid_to=_as_date(item.get("valid_to"), where),
        )
        if relief.replaces not in codes or relief.by not in codes:
            raise ValueError(f"{path.name}: {where}: unknown rate code")
        reliefs.append(relief)

    thresholds: list[_Threshold] = []
    for i, item in enumerate(raw.get("thresholds") or []):
        where = f"thresholds[{i}]"
        period = _need(item, "period", where)
        if period not in _PERIODS:
            raise ValueError(f"{path.name}: {where}: unknown period {period!r}")
        thresholds.append(
            _Threshold(
                period=period,
                amount=_as_decimal(_need(item, "amount", where), where),
                valid_from=_as_date(item.get("valid_from"), where),
                valid_to=_as_date(item.get("valid_to"), where),
            )
        )
    return _Table(tuple(entries), tuple(reliefs), tuple(thresholds))


@cache
def _table() -> _Table:
    return _load(DATA_FILE)


# -------------------------------------------------------------------------------- API


def all_rates() -> list[TaxRate]:
    """Every rate in the data file, whatever the taxpayer or date (display order)."""
    return [entry.rate for entry in _table().entries]


def rate_by_code(code: str) -> TaxRate:
    """The rate stored under ``code`` (``"13"``, ``"1"``, ``"exempt"`` ...); KeyError if unknown."""
    return _table().by_code()[code].rate


#: The wire names of the marks (免税, 不征税); every other rate is its decimal fraction.
_MARK_VALUES: Final = {"exempt": "exempt", "nontaxable": "not_taxable"}


def rate_value(rate: TaxRate) -> str:
    """The one spelling of a rate a program reads and sends: the fraction as a decimal string
    (``"0.13"``, ``"0.06"``, ``"0.01"``, ``"0"`` for the export zero rate), or a mark's name
    (``"exempt"`` for 免税, ``"not_taxable"`` for 不征税)."""
    if rate.is_mark:
        return _MARK_VALUES.get(rate.code, rate.code)
    return f"{rate.rate.normalize():f}"


def rate_values() -> list[str]:
    """Every rate's wire spelling, in display order (:func:`rate_value`)."""
    return [rate_value(rate) for rate in all_rates()]


def rate_by_value(value: str) -> TaxRate | None:
    """The rate spelt ``value`` exactly as :func:`rate_value` writes it; None for any other spelling."""
    for rate in all_rates():
        if rate_value(rate) == value:
            return rate
    return None


def check_taxpayer_kind(taxpayer_kind: str) -> None:
    if taxpayer_kind not in _TAXPAYER_KINDS:
        raise ValueError(f"unknown taxpayer kind: {taxpayer_kind!r}")


def reliefs() -> tuple[Relief, ...]:
    """Every relief in the data file (see ``core/domain/rate_rules.py`` for waivers)."""
    return _table().reliefs


def rates_for(taxpayer_kind: TaxpayerKind, on: date) -> list[TaxRate]:
    """Rates the taxpayer may put on an invoice dated ``on``, in display order.

    General: 13/9/6/0, the simplified 3/5 levy rates, 免税, 不征税. Small-scale: the levy
    rates, with 3% replaced by 1% while the relief runs, plus 免税 and 不征税.
    """
    return list(_rates_for(taxpayer_kind, on))


@lru_cache(maxsize=256)
def _rates_for(taxpayer_kind: TaxpayerKind, on: date) -> tuple[TaxRate, ...]:
    """:func:`rates_for`, kept per (kind, day): the table never changes while the process runs,
    and every invoice line asks it (through ``rate_rules.allowed_rates``)."""
    check_taxpayer_kind(taxpayer_kind)
    table = _table()
    by_code = table.by_code()
    replacing = {r.replaces: r.by for r in table.reliefs if r.covers(taxpayer_kind, on)}
    result: list[TaxRate] = []
    for entry in table.entries:
        if taxpayer_kind not in entry.taxpayers:
            continue
        if not _in_window(on, entry.valid_from, entry.valid_to):
            continue
        code = replacing.get(entry.rate.code, entry.rate.code)
        rate = by_code[code].rate
        if rate not in result:
            result.append(rate)
    return tuple(result)


def effective_levy_rate(nominal: TaxRate, on: date, taxpayer_kind: TaxpayerKind = "small_scale") -> TaxRate:
    """Apply the reliefs running on ``on``: small-scale 3% becomes 1% in 2026-2027.

    Reliefs are taxpayer-specific; the default is small-scale because the levy reliefs we
    model are theirs. A rate no relief touches is returned unchanged.
    """
    check_taxpayer_kind(taxpayer_kind)
    for relief in _table().reliefs:
        if relief.replaces == nominal.code and relief.covers(taxpayer_kind, on):
            return rate_by_code(relief.by)
    return nominal


def default_rate_for(taxpayer_kind: TaxpayerKind, general_rate_code: str, on: date) -> TaxRate:
    """Rate to propose for an item whose general-taxpayer default is ``general_rate_code``.

    General taxpayers get that rate. Small-scale taxpayers get the mark (免税/不征税) when
    the item carries one, else the 3% levy after reliefs (1% in 2026-2027). Items a
    small-scale taxpayer levies at 5% (real estate) must be picked by hand.
    """
    check_taxpayer_kind(taxpayer_kind)
    nominal = rate_by_code(general_rate_code)
    if taxpayer_kind == "general" or nominal.is_mark:
        return nominal
    return effective_levy_rate(rate_by_code("3"), on, taxpayer_kind)


def small_scale_threshold(period: ThresholdPeriod, on: date) -> Decimal:
    """起征点 for small-scale taxpayers: sales per month / quarter / transaction.

    Raises LookupError when the data holds no threshold for that period and date.
    """
    if period not in _PERIODS:
        raise ValueError(f"unknown period: {period!r}")
    for threshold in _table().thresholds:
        if threshold.period == period and _in_window(on, threshold.valid_from, threshold.valid_to):
            return threshold.amount
    raise LookupError(f"no 起征点 for {period} on {on.isoformat()}")
