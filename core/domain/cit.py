"""Corporate income tax quarterly prepayment (企业所得税季度预缴). Pure: no I/O but the data file.

All figures are cumulative from 1 January to the end of the period (本年累计), as on the
prepayment form::

    profit          = revenue - cost - expenses                  利润总额
    losses_used     = min(prior_losses, max(0, profit))          弥补以前年度亏损
    taxable_income  = max(0, profit - prior_losses)              实际利润额
    tax_at_standard = taxable_income x standard rate (25%)       应纳所得税额
    tax_due         = taxable_income x income_share x rate       (小型微利企业: 25% x 20% = 5%)
                      or tax_at_standard when no relief applies
    relief_amount   = tax_at_standard - tax_due                  减免所得税额
    payable         = max(0, tax_due - prepaid)                  本期应补(退)所得税额
    excess_prepaid  = max(0, prepaid - tax_due)                  settled at 汇算清缴, not refunded here

``revenue`` is prefilled by the caller from our invoices; pass their ids as
``revenue_sources`` to keep it traceable. ``prepaid`` is what was already prepaid for the
earlier quarters of the same year (0 for Q1). Rates and the 小型微利企业 relief with its
dates and limits live in ``core/data/cit_rules.yaml``. The relief is a cliff: above any
limit the whole income is taxed at 25%; ``ineligible`` says which limits failed.

Out-of-range input raises :class:`~core.domain.errors.ValidationFailed`, field named after
the argument, codes ``<field>_negative`` and ``<field>_decimals`` (``max``: 2); floats
raise TypeError.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any, Final

import yaml

from core.domain.errors import ValidationFailed
from core.domain.jsonable import decimal_from_snapshot
from core.domain.money import CENT, to_decimal
from core.domain.periods import Period

__all__ = [
    "DATA_FILE",
    "CitRelief",
    "CitReturn",
    "cit_reliefs",
    "compute_cit",
    "standard_rate",
]

DATA_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "cit_rules.yaml"
_ZERO: Final = Decimal("0.00")
_FORMAT_VERSION: Final = 1


# ------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class CitRelief:
    """A reduced-rate regime: income counted at ``income_share`` and taxed at ``rate``."""

    id: str
    label: str
    valid_from: date | None
    valid_to: date | None
    income_share: Decimal
    rate: Decimal
    max_taxable_income: Decimal
    max_employees: int
    max_assets: Decimal
    unconfirmed: bool

    @property
    def effective_rate(self) -> Decimal:
        return self.income_share * self.rate

    def covers(self, on: date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (self.valid_to is None or on <= self.valid_to)


@dataclass(frozen=True)
class _StandardRate:
    rate: Decimal
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class _Rules:
    standard: tuple[_StandardRate, ...]
    reliefs: tuple[CitRelief, ...]


def _need(item: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in item:
        raise ValueError(f"{DATA_FILE.name}: {where}: missing key {key!r}")
    return item[key]


def _yaml_decimal(value: Any, where: str) -> Decimal:
    if not isinstance(value, str):
        raise ValueError(f"{DATA_FILE.name}: {where}: quote decimal values")
    try:
        return Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{DATA_FILE.name}: {where}: not a decimal: {value!r}") from None


def _yaml_date(value: Any, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    raise ValueError(f"{DATA_FILE.name}: {where}: expected an ISO date or null")


def _yaml_rate(value: Any, where: str) -> Decimal:
    rate = _yaml_decimal(value, where)
    if not Decimal(0) <= rate <= Decimal(1):
        raise ValueError(f"{DATA_FILE.name}: {where}: rate must be in [0, 1]")
    return rate


def _load(path: Path) -> _Rules:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name}: expected a mapping at the top")
    standard = tuple(
        _StandardRate(
            rate=_yaml_rate(_need(item, "rate", f"standard_rates[{i}]"), f"standard_rates[{i}]"),
            valid_from=_yaml_date(item.get("valid_from"), f"standard_rates[{i}]"),
            valid_to=_yaml_date(item.get("valid_to"), f"standard_rates[{i}]"),
        )
        for i, item in enumerate(_need(raw, "standard_rates", "top"))
    )
    reliefs: list[CitRelief] = []
    for i, item in enumerate(raw.get("reliefs") or []):
        where = f"reliefs[{i}]"
        employees = _need(item, "max_employees", where)
        if isinstance(employees, bool) or not isinstance(employees, int):
            raise ValueError(f"{path.name}: {where}: max_employees must be an int")
        unconfirmed = item.get("unconfirmed", False)
        if not isinstance(unconfirmed, bool):
            raise ValueError(f"{path.name}: {where}: unconfirmed must be true or false")
        reliefs.append(
            CitRelief(
                id=str(_need(item, "id", where)),
                label=str(_need(item, "label", where)),
                valid_from=_yaml_date(item.get("valid_from"), where),
                valid_to=_yaml_date(item.get("valid_to"), where),
                income_share=_yaml_rate(_need(item, "income_share", where), where),
                rate=_yaml_rate(_need(item, "rate", where), where),
                max_taxable_income=_yaml_decimal(_need(item, "max_taxable_income", where), where),
                max_employees=employees,
                max_assets=_yaml_decimal(_need(item, "max_assets", where), where),
                unconfirmed=unconfirmed,
            )
        )
    return _Rules(standard, tuple(reliefs))


@cache
def _rules() -> _Rules:
    return _load(DATA_FILE)


def standard_rate(on: date) -> Decimal:
    """The standard CIT rate on ``on`` (25%); LookupError when the data has none."""
    for entry in _rules().standard:
        if (entry.valid_from is None or entry.valid_from <= on) and (entry.valid_to is None or on <= entry.valid_to):
            return entry.rate
    raise LookupError(f"no CIT rate on {on.isoformat()}")


def cit_reliefs() -> tuple[CitRelief, ...]:
    """Every relief in the data file, whatever its dates."""
    return _rules().reliefs


# ----------------------------------------------------------------------------- return


@dataclass(frozen=True)
class CitReturn:
    """A computed prepayment; every step of the formula (module doc) is a field.

    ``relief_id`` is None when no relief applied; ``ineligible`` then lists why:
    ``no_relief_in_force`` or the failed limits ``taxable_income``, ``employees``,
    ``assets``, ``restricted_industry``. ``effective_rate`` is the rate ``tax_due`` was
    computed at (0.25, or 0.05 under the 小型微利企业 relief).
    """

    period: Period
    revenue: Decimal
    cost: Decimal
    expenses: Decimal
    profit: Decimal
    prior_losses: Decimal
    losses_used: Decimal
    taxable_income: Decimal
    standard_rate: Decimal
    tax_at_standard: Decimal
    relief_id: str | None
    effective_rate: Decimal
    relief_amount: Decimal
    tax_due: Decimal
    prepaid: Decimal
    payable: Decimal
    excess_prepaid: Decimal
    employees: int
    assets: Decimal
    restricted_industry: bool
    ineligible: tuple[str, ...]
    revenue_sources: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready snapshot; Decimals become strings. :meth:`from_dict` reads it back."""
        result: dict[str, Any] = {"version": _FORMAT_VERSION}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Decimal):
                value = str(value)
            elif isinstance(value, Period):
                value = value.label
            elif isinstance(value, tuple):
                value = list(value)
            result[f.name] = value
        return result

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CitReturn:
        """Read a :meth:`to_dict` snapshot; ValueError when it is malformed."""
        if not isinstance(data, Mapping) or data.get("version") != _FORMAT_VERSION:
            raise ValueError("not a CIT snapshot of a known version")
        period = data.get("period")
        if not isinstance(period, str):
            raise ValueError("period must be a string")
        employees = data.get("employees")
        if isinstance(employees, bool) or not isinstance(employees, int):
            raise ValueError("employees must be an int")
        relief_id = data.get("relief_id")
        if relief_id is not None and not isinstance(relief_id, str):
            raise ValueError("relief_id must be a string or null")
        restricted = data.get("restricted_industry")
        if not isinstance(restricted, bool):
            raise ValueError("restricted_industry must be a bool")
        ineligible = data.get("ineligible")
        if not isinstance(ineligible, list) or not all(isinstance(x, str) for x in ineligible):
            raise ValueError("ineligible must be a list of strings")
        sources = data.get("revenue_sources")
        if not isinstance(sources, list) or any(isinstance(x, bool) or not isinstance(x, int) for x in sources):
            raise ValueError("revenue_sources must be a list of ints")
        decimals = {
            f.name: decimal_from_snapshot(data.get(f.name), f.name)
            for f in fields(cls)
            if f.name not in {"period", "relief_id", "employees", "restricted_industry", "ineligible", "revenue_sources"}
        }
        return cls(
            period=Period.parse(period),
            relief_id=relief_id,
            employees=employees,
            restricted_industry=restricted,
            ineligible=tuple(ineligible),
            revenue_sources=tuple(sources),
            **decimals,
        )




# ------------------------------------------------------------------------ computation


def _money_arg(value: Decimal | int, field: str, *, negative_ok: bool = False) -> Decimal:
    result = to_decimal(value)  # TypeError for float / bool
    if result != result.quantize(CENT):
        raise ValidationFailed.one(field, f"{field}_decimals", max=2)
    if result < 0 and not negative_ok:
        raise ValidationFailed.one(field, f"{field}_negative")
    return _clean(result)


def _clean(value: Decimal) -> Decimal:
    value = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return _ZERO if value.is_zero() else value


def _relief_for(
    on: date, taxable_income: Decimal, employees: int, assets: Decimal, restricted_industry: bool
) -> tuple[CitRelief | None, tuple[str, ...]]:
    """The first relief in force whose limits are all met, else None and the reasons."""
    reasons: tuple[str, ...] | None = None
    for relief in _rules().reliefs:
        if not relief.covers(on):
            continue
        failed = tuple(
            name
            for name, ok in (
                ("taxable_income", taxable_income <= relief.max_taxable_income),
                ("employees", employees <= relief.max_employees),
                ("assets", assets <= relief.max_assets),
                ("restricted_industry", not restricted_industry),
            )
            if not ok
        )
        if not failed:
            return relief, ()
        if reasons is None:
            reasons = failed
    return None, reasons if reasons is not None else ("no_relief_in_force",)


def compute_cit(
    period: Period,
    revenue: Decimal | int,
    cost: Decimal | int,
    expenses: Decimal | int,
    prepaid: Decimal | int,
    *,
    employees: int,
    assets: Decimal | int,
    prior_losses: Decimal | int = 0,
    restricted_industry: bool = False,
    revenue_sources: Iterable[int] = (),
) -> CitReturn:
    """Prepayment for ``period`` from cumulative year-to-date figures; see the module doc.

    ``employees`` and ``assets`` are the averages so far this year (季度平均值), as the
    relief's limits are judged on them. The relief in force on the period's last day applies.
    """
    if not isinstance(period, Period):
        raise TypeError("period must be a Period")
    revenue_d = _money_arg(revenue, "revenue", negative_ok=True)
    cost_d = _money_arg(cost, "cost", negative_ok=True)
    expenses_d = _money_arg(expenses, "expenses", negative_ok=True)
    prepaid_d = _money_arg(prepaid, "prepaid")
    assets_d = _money_arg(assets, "assets")
    losses_d = _money_arg(prior_losses, "prior_losses")
    if isinstance(employees, bool) or not isinstance(employees, int):
        raise TypeError("employees must be an int")
    if employees < 0:
        raise ValidationFailed.one("employees", "employees_negative")
    if not isinstance(restricted_industry, bool):
        raise TypeError("restricted_industry must be a bool")
    given_sources = tuple(revenue_sources)
    if any(isinstance(i, bool) or not isinstance(i, int) for i in given_sources):
        raise TypeError("revenue_sources must be ints")
    sources = tuple(sorted(set(given_sources)))

    on = period.end
    profit = _clean(revenue_d - cost_d - expenses_d)
    losses_used = _clean(min(losses_d, max(_ZERO, profit)))
    taxable_income = _clean(max(_ZERO, profit - losses_d))
    rate = standard_rate(on)
    tax_at_standard = _clean(taxable_income * rate)
    relief, ineligible = _relief_for(on, taxable_income, employees, assets_d, restricted_industry)
    effective_rate = rate if relief is None else relief.effective_rate
    tax_due = tax_at_standard if relief is None else _clean(taxable_income * relief.income_share * relief.rate)
    return CitReturn(
        period=period,
        revenue=revenue_d,
        cost=cost_d,
        expenses=expenses_d,
        profit=profit,
        prior_losses=losses_d,
        losses_used=losses_used,
        taxable_income=taxable_income,
        standard_rate=rate,
        tax_at_standard=tax_at_standard,
        relief_id=None if relief is None else relief.id,
        effective_rate=effective_rate,
        relief_amount=_clean(tax_at_standard - tax_due),
        tax_due=tax_due,
        prepaid=prepaid_d,
        payable=_clean(max(_ZERO, tax_due - prepaid_d)),
        excess_prepaid=_clean(max(_ZERO, prepaid_d - tax_due)),
        employees=employees,
        assets=assets_d,
        restricted_industry=restricted_industry,
        ineligible=ineligible,
        revenue_sources=sources,
    )
