"""The figures of a return, computed from what we hold and what the filer typed.

* VAT (增值税及附加税费申报表): 销项 from our invoices plus 未开票收入 per rate; 进项 from
  the invoices confirmed for deduction in the period (``filing_sources.confirmed_inputs``);
  进项转出; 上期留抵 = 期末留抵 of last period's filed return; 附加税费 on the VAT payable
  (``core/domain/surcharges.py``).
* CIT (企业所得税季度预缴): revenue = the year's invoiced 金额 + 未开票收入 declared on the
  year's VAT returns; cost and expenses typed (or imported); 从业人数, 资产总额, restricted
  industry and prior-year losses from the company's profile, asked once, never defaulted.

Everything a figure depends on is recomputed whenever one input changes (``adjust``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from core.companies.models import Company
from core.domain import cit, vat
from core.domain.errors import ValidationFailed
from core.domain.money import MONEY_MAX, to_money
from core.domain.periods import Period
from core.domain.surcharges import compute_surcharges
from core.filing.models import CompanyTaxProfile, Filing
from core.filing.sources import confirmed_inputs, recorded_transfers_out
from core.invoicing.queries import sales_lines

FILED_STATES = ("submitted", "accepted", "reviewing", "needs_materials", "succeeded", "paid")
#: The CIT figures the 小型微利 test needs, kept on the company's profile.
PROFILE_FIELDS = ("employees", "assets", "restricted_industry", "prior_losses")


@dataclass(frozen=True)
class VatInputs:
    """What the filer adds to a VAT return: 进项转出 and 未开票收入 per rate code."""

    transfers_out: str = "0"
    uninvoiced: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CitInputs:
    """Cost and expenses (本年累计), and the profile figures when given (they are remembered)."""

    cost: str = "0"
    expenses: str = "0"
    employees: int | None = None
    assets: str | None = None
    restricted_industry: bool | None = None
    prior_losses: str | None = None
    cost_source: str = "typed"  # typed / csv


def amount(text: object, field_name: str, *, negative_ok: bool = False) -> Decimal:
    """A typed amount: digits with optional commas, to the fen; ValidationFailed naming the field."""
    try:
        value = Decimal(str(text).replace(",", "").replace("，", "").strip())
    except (ArithmeticError, InvalidOperation):
        raise ValidationFailed.one(field_name, "amount_format") from None
    if not value.is_finite() or abs(value) > MONEY_MAX or (value < 0 and not negative_ok):
        raise ValidationFailed.one(field_name, "amount_format")
    if value != value.quantize(Decimal("0.01")):
        raise ValidationFailed.one(field_name, "amount_decimals", max=2)
    return to_money(value)


def employees_count(value: object) -> int:
    text = str(value).strip()
    if not text.isdecimal() or len(text) > 7:
        raise ValidationFailed.one("employees", "employees_format")
    return int(text)


# -- the company's profile --------------------------------------------------------------


async def profile_of(company_id: int) -> CompanyTaxProfile | None:
    return await CompanyTaxProfile.get_or_none(company_id=company_id)


def vat_period_kind(company: Company, profile: CompanyTaxProfile | None) -> str:
    """General taxpayers file monthly, always (实施条例第四十三条); small-scale ones as the
    tax office set it on the company's profile, quarterly when never set (the usual case)."""
    return vat_period_kind_of(company.taxpayer_kind, profile.vat_period if profile is not None else None)


def vat_period_kind_of(taxpayer_kind: str, vat_period: str | None) -> str:
    """:func:`vat_period_kind` from the two values it reads (申报状态 reads them, not whole rows)."""
    if taxpayer_kind == "general":
        return "month"
    return vat_period or "quarter"


def missing_profile(profile: CompanyTaxProfile | None, inputs: CitInputs) -> list[str]:
    have = {name: getattr(profile, name) if profile is not None else None for name in PROFILE_FIELDS}
    return [name for name in PROFILE_FIELDS if getattr(inputs, name) is None and have[name] is None]


# -- VAT --------------------------------------------------------------------------------


async def carried_credit(company_id: int, period: Period) -> Decimal:
    """上期留抵: 期末留抵 of last period's filed return."""
    previous = await Filing.filter(company_id=company_id, tax_type="vat", period=period.previous().label,
                                   status__in=["succeeded", "paid"]).first()
    if previous is None:
        return Decimal("0.00")
    totals = previous.figures.get("totals", {})
    return to_money(Decimal(str(totals.get("carried_out", "0")))) if isinstance(totals, dict) else Decimal("0.00")


async def small_profit(company_id: int, year: int) -> bool:
    """Whether the company counts as 小型微利企业 for 六税两费: its latest filed CIT
    prepayment (this year or last) qualified for the relief."""
    latest = await Filing.filter(company_id=company_id, tax_type="cit", status__in=["succeeded", "paid"],
                                 period__gte=f"{year - 1}", period__lt=f"{year + 1}").order_by("-period").first()
    return latest is not None and bool(latest.figures.get("relief_id"))


def uninvoiced_amounts(raw: Mapping[str, str]) -> dict[str, Decimal]:
    return {str(code): amount(value, "uninvoiced", negative_ok=True) for code, value in raw.items()}


async def compute_vat(company: Company, period: Period, inputs: VatInputs) -> tuple[dict[str, Any], Decimal, Decimal]:
    """(figures, VAT payable, declared sales). Figures: the return's snapshot plus
    ``surcharges`` (附加税费) and ``inputs`` as used."""
    sales = await sales_lines(company.id, period)
    uninvoiced = uninvoiced_amounts(inputs.uninvoiced)
    if company.taxpayer_kind == "general":
        # 进项转出: what the input side recorded (use changed after signing) plus what the filer adds.
        recorded = await recorded_transfers_out(company.id, period)
        ret = vat.compute_general(period, sales, await confirmed_inputs(company.id, period),
                                  carried_credit=await carried_credit(company.id, period),
                                  transfers_out=recorded + amount(inputs.transfers_out, "transfers_out"),
                                  uninvoiced=uninvoiced)
    else:
        if amount(inputs.transfers_out, "transfers_out"):
            raise ValidationFailed.one("transfers_out", "transfers_general_only")
        ret = vat.compute_small_scale(period, sales, uninvoiced=uninvoiced)
    surcharges = compute_surcharges(period, ret.totals.payable, ret.totals.sales,
                                    small_scale=company.taxpayer_kind != "general",
                                    small_profit=await small_profit(company.id, period.year))
    figures = ret.to_dict()
    figures["surcharges"] = surcharges.to_dict()
    figures["inputs"] = {"transfers_out": str(amount(inputs.transfers_out, "transfers_out")),
                         "uninvoiced": {code: str(value) for code, value in uninvoiced.items() if value}}
    return figures, ret.totals.payable, ret.totals.sales


# -- CIT --------------------------------------------------------------------------------


async def year_revenue(company_id: int, period: Period) -> tuple[Decimal, Decimal, list[int]]:
    """(invoiced 金额, 未开票收入, invoice ids) from 1 January to the end of ``period``."""
    invoiced = Decimal("0.00")
    sources: list[int] = []
    cursor = Period.month(period.year, 1)
    while cursor.start <= period.end:
        for line in await sales_lines(company_id, cursor):
            invoiced += line.amount
            sources.append(line.invoice_id)
        cursor = cursor.next()
    uninvoiced = Decimal("0.00")
    for filing in await Filing.filter(company_id=company_id, tax_type="vat", status__in=list(FILED_STATES),
                                      period__startswith=str(period.year)):
        if Period.parse(filing.period).end <= period.end:
            totals = filing.figures.get("totals", {})
            if isinstance(totals, dict):
                uninvoiced += Decimal(str(totals.get("uninvoiced_sales", "0")))
    return invoiced, to_money(uninvoiced), sources


async def compute_cit(company: Company, period: Period, inputs: CitInputs,
                      profile: CompanyTaxProfile) -> tuple[dict[str, Any], Decimal, Decimal]:
    invoiced, uninvoiced, sources = await year_revenue(company.id, period)
    prepaid = Decimal("0.00")
    for earlier in await Filing.filter(company_id=company.id, tax_type="cit", status__in=["succeeded", "paid"],
                                       period__startswith=str(period.year)).exclude(period=period.label):
        prepaid += earlier.payable
    assert profile.employees is not None and profile.assets is not None and profile.prior_losses is not None
    ret = cit.compute_cit(period, invoiced + uninvoiced, amount(inputs.cost, "cost"),
                          amount(inputs.expenses, "expenses"), prepaid, employees=profile.employees,
                          assets=to_money(profile.assets), prior_losses=to_money(profile.prior_losses),
                          restricted_industry=bool(profile.restricted_industry), revenue_sources=sources)
    figures = ret.to_dict()
    figures["revenue_from"] = {"invoiced": str(invoiced), "uninvoiced": str(uninvoiced),
                               "cost": inputs.cost_source}
    figures["inputs"] = {"cost": str(amount(inputs.cost, "cost")), "expenses": str(amount(inputs.expenses, "expenses"))}
    return figures, ret.payable, ret.revenue
