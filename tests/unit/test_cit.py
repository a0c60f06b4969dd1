from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.domain import cit
from core.domain.cit import CitReturn, cit_reliefs, compute_cit, standard_rate
from core.domain.errors import ValidationFailed
from core.domain.periods import Period

D = Decimal
SMALL: dict[str, Any] = {"employees": 20, "assets": D("2000000")}
BIG: dict[str, Any] = {"employees": 350, "assets": D("2000000")}

# (case, period, revenue, cost, expenses, prepaid, company, prior_losses,
#  taxable_income, tax_at_standard, tax_due, payable, relief, ineligible)
CASES: list[tuple[str, Period, str, str, str, str, dict[str, Any], str, str, str, str, str, str | None, tuple[str, ...]]] = [
    (
        "Q1 small low-profit: 5%",
        Period.quarter(2026, 1),
        "500000.00", "300000.00", "100000.00", "0",
        SMALL, "0",
        "100000.00", "25000.00", "5000.00", "5000.00", "small_low_profit", (),
    ),
    (
        "Q2 cumulative, Q1 prepaid deducted",
        Period.quarter(2026, 2),
        "1200000.00", "700000.00", "200000.00", "5000.00",
        SMALL, "0",
        "300000.00", "75000.00", "15000.00", "10000.00", "small_low_profit", (),
    ),
    (
        "Q2 same figures, 350 employees: standard 25%",
        Period.quarter(2026, 2),
        "1200000.00", "700000.00", "200000.00", "25000.00",
        BIG, "0",
        "300000.00", "75000.00", "75000.00", "50000.00", None, ("employees",),
    ),
    (
        "assets above 50,000,000",
        Period.quarter(2026, 2),
        "1200000.00", "700000.00", "200000.00", "0",
        {"employees": 20, "assets": D("50000000.01")}, "0",
        "300000.00", "75000.00", "75000.00", "75000.00", None, ("assets",),
    ),
    (
        "taxable income exactly 3,000,000: still relieved",
        Period.quarter(2026, 4),
        "9000000.00", "5000000.00", "1000000.00", "100000.00",
        SMALL, "0",
        "3000000.00", "750000.00", "150000.00", "50000.00", "small_low_profit", (),
    ),
    (
        "taxable income 3,000,000.01: cliff, all at 25%",
        Period.quarter(2026, 4),
        "9000000.01", "5000000.00", "1000000.00", "100000.00",
        SMALL, "0",
        "3000000.01", "750000.00", "750000.00", "650000.00", None, ("taxable_income",),
    ),
    (
        "prior losses reduce the taxable income",
        Period.quarter(2026, 2),
        "600000.00", "300000.00", "100000.00", "0",
        SMALL, "50000.00",
        "150000.00", "37500.00", "7500.00", "7500.00", "small_low_profit", (),
    ),
    (
        "prior losses larger than the profit",
        Period.quarter(2026, 2),
        "600000.00", "300000.00", "100000.00", "0",
        SMALL, "500000.00",
        "0.00", "0.00", "0.00", "0.00", "small_low_profit", (),
    ),
    (
        "loss so far this year, earlier prepayment not refunded here",
        Period.quarter(2026, 3),
        "300000.00", "250000.00", "100000.00", "2000.00",
        SMALL, "0",
        "0.00", "0.00", "0.00", "0.00", "small_low_profit", (),
    ),
    (
        "more prepaid than due: nothing to pay",
        Period.quarter(2026, 3),
        "900000.00", "600000.00", "200000.00", "8000.00",
        SMALL, "0",
        "100000.00", "25000.00", "5000.00", "0.00", "small_low_profit", (),
    ),
    (
        "rounding to the fen, half up",
        Period.quarter(2026, 1),
        "12345.67", "0", "0", "0",
        SMALL, "0",
        "12345.67", "3086.42", "617.28", "617.28", "small_low_profit", (),
    ),
    # Relief boundary: it runs until 2027-12-31 (公告2023年第12号); nothing is known after, so
    # 2028 prepayments are at 25% until the data file gets a new entry.
    (
        "Q4 2027: relief still in force",
        Period.quarter(2027, 4),
        "2000000.00", "1200000.00", "400000.00", "15000.00",
        SMALL, "0",
        "400000.00", "100000.00", "20000.00", "5000.00", "small_low_profit", (),
    ),
    (
        "Q1 2028: relief over, standard 25%",
        Period.quarter(2028, 1),
        "500000.00", "300000.00", "100000.00", "0",
        SMALL, "0",
        "100000.00", "25000.00", "25000.00", "25000.00", None, ("no_relief_in_force",),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    (
        "case",
        "period",
        "revenue",
        "cost",
        "expenses",
        "prepaid",
        "company",
        "prior_losses",
        "taxable_income",
        "tax_at_standard",
        "tax_due",
        "payable",
        "relief",
        "ineligible",
    ),
    CASES,
    ids=[case[0] for case in CASES],
)
def test_cit(
    case: str,
    period: Period,
    revenue: str,
    cost: str,
    expenses: str,
    prepaid: str,
    company: dict[str, Any],
    prior_losses: str,
    taxable_income: str,
    tax_at_standard: str,
    tax_due: str,
    payable: str,
    relief: str | None,
    ineligible: tuple[str, ...],
) -> None:
    ret = compute_cit(period, D(revenue), D(cost), D(expenses), D(prepaid), prior_losses=D(prior_losses), **company)
    assert ret.profit == D(revenue) - D(cost) - D(expenses)
    assert ret.taxable_income == D(taxable_income)
    assert ret.tax_at_standard == D(tax_at_standard)
    assert ret.tax_due == D(tax_due)
    assert ret.relief_amount == D(tax_at_standard) - D(tax_due)
    assert ret.payable == D(payable)
    assert ret.excess_prepaid == max(D(0), D(prepaid) - D(tax_due))
    assert ret.relief_id == relief
    assert ret.ineligible == ineligible
    assert ret.effective_rate == (D("0.05") if relief else D("0.25"))
    assert ret.standard_rate == D("0.25")


def test_losses_used() -> None:
    q2 = Period.quarter(2026, 2)
    assert compute_cit(q2, D(600000), D(300000), D(100000), 0, prior_losses=D(50000), **SMALL).losses_used == D("50000.00")
    assert compute_cit(q2, D(600000), D(300000), D(100000), 0, prior_losses=D(500000), **SMALL).losses_used == D("200000.00")
    assert compute_cit(q2, D(100), D(300), D(0), 0, prior_losses=D(500), **SMALL).losses_used == D("0.00")


def test_restricted_industry_gets_no_relief() -> None:
    ret = compute_cit(Period.quarter(2026, 1), D(500000), D(300000), D(100000), 0, restricted_industry=True, **SMALL)
    assert ret.relief_id is None and ret.ineligible == ("restricted_industry",)
    assert ret.tax_due == D("25000.00")


def test_several_limits_failing_are_all_listed() -> None:
    ret = compute_cit(Period.quarter(2026, 4), D(9000000), D(1000000), D(0), 0, employees=301, assets=D(60000000))
    assert ret.ineligible == ("taxable_income", "employees", "assets")


def test_year_of_prepayments() -> None:
    """Four quarters, each paying the cumulative tax minus what was prepaid before."""
    ytd = [
        ("500000", "300000", "100000"),
        ("1200000", "700000", "200000"),
        ("1500000", "900000", "250000"),
        ("2000000", "1200000", "350000"),
    ]
    prepaid = D(0)
    paid = []
    for quarter, (revenue, cost, expenses) in enumerate(ytd, start=1):
        ret = compute_cit(Period.quarter(2026, quarter), D(revenue), D(cost), D(expenses), prepaid, **SMALL)
        paid.append(ret.payable)
        prepaid += ret.payable
    # cumulative profit 100k, 300k, 350k, 450k -> tax 5k, 15k, 17.5k, 22.5k
    assert paid == [D("5000.00"), D("10000.00"), D("2500.00"), D("5000.00")]
    assert prepaid == D("22500.00")


def test_revenue_sources_are_kept() -> None:
    ret = compute_cit(Period.quarter(2026, 1), D(100), D(0), D(0), 0, revenue_sources=[3, 1, 2, 3], **SMALL)
    assert ret.revenue_sources == (1, 2, 3)


def test_snapshot_round_trip() -> None:
    ret = compute_cit(Period.quarter(2026, 2), D(1200000), D(700000), D(200000), D(5000), revenue_sources=[7, 8], **SMALL)
    data = ret.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["period"] == "2026Q2"
    assert data["payable"] == "10000.00"
    assert data["relief_id"] == "small_low_profit"
    assert data["revenue_sources"] == [7, 8]
    assert CitReturn.from_dict(json.loads(json.dumps(data))) == ret


@pytest.mark.parametrize(
    "damage",
    [{"version": 9}, {"period": 2026}, {"employees": "20"}, {"payable": 1.0}, {"ineligible": "x"}, {"revenue_sources": ["1"]}],
)
def test_from_dict_refuses_damaged_snapshots(damage: dict[str, Any]) -> None:
    data = compute_cit(Period.quarter(2026, 1), D(100), D(0), D(0), 0, **SMALL).to_dict() | damage
    with pytest.raises(ValueError):
        CitReturn.from_dict(data)


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"prepaid": D("-1")}, "prepaid", "prepaid_negative"),
        ({"prior_losses": D("-1")}, "prior_losses", "prior_losses_negative"),
        ({"assets": D("-1")}, "assets", "assets_negative"),
        ({"employees": -1}, "employees", "employees_negative"),
        ({"revenue": D("1.005")}, "revenue", "revenue_decimals"),
    ],
)
def test_validation(kwargs: dict[str, Any], field: str, code: str) -> None:
    args: dict[str, Any] = {"revenue": D(100), "cost": D(0), "expenses": D(0), "prepaid": D(0)} | SMALL | kwargs
    with pytest.raises(ValidationFailed) as exc:
        compute_cit(Period.quarter(2026, 1), **args)
    assert exc.value.fields[field].code == code


@pytest.mark.parametrize(
    "kwargs",
    [{"revenue": 100.0}, {"employees": 20.0}, {"employees": True}, {"restricted_industry": "no"}, {"revenue_sources": ["1"]}],
)
def test_type_errors(kwargs: dict[str, Any]) -> None:
    args: dict[str, Any] = {"revenue": D(100), "cost": D(0), "expenses": D(0), "prepaid": D(0)} | SMALL | kwargs
    with pytest.raises(TypeError):
        compute_cit(Period.quarter(2026, 1), **args)


# ------------------------------------------------------------------------------ data


def test_rules_come_from_the_data_file() -> None:
    assert Path(cit.__file__).resolve().parent.parent / "data" / "cit_rules.yaml" == cit.DATA_FILE
    assert standard_rate(date(2026, 6, 30)) == D("0.25")
    (relief,) = cit_reliefs()
    assert relief.id == "small_low_profit"
    assert (relief.valid_from, relief.valid_to) == (date(2023, 1, 1), date(2027, 12, 31))
    assert relief.effective_rate == D("0.05")
    assert (relief.max_taxable_income, relief.max_employees, relief.max_assets) == (D("3000000"), 300, D("50000000"))
    assert relief.covers(date(2027, 12, 31)) and not relief.covers(date(2028, 1, 1))


def test_loader_refuses_float_rates(tmp_path: Path) -> None:
    path = tmp_path / "cit.yaml"
    path.write_text("version: 1\nstandard_rates:\n  - rate: 0.25\n", encoding="utf-8")
    with pytest.raises(ValueError, match="quote"):
        cit._load(path)


# ------------------------------------------------------------------------ properties

money = st.integers(min_value=0, max_value=10**10).map(lambda c: Decimal(c).scaleb(-2))


@settings(max_examples=200, deadline=None)
@given(money, money, money, money, money, st.integers(0, 400), st.sampled_from([Period.quarter(2026, q) for q in range(1, 5)]))
def test_properties(
    revenue: Decimal, cost: Decimal, expenses: Decimal, prepaid: Decimal, losses: Decimal, employees: int, period: Period
) -> None:
    ret = compute_cit(period, revenue, cost, expenses, prepaid, employees=employees, assets=D(1000000), prior_losses=losses)
    assert ret.taxable_income >= 0 and ret.payable >= 0 and ret.excess_prepaid >= 0
    assert ret.payable - ret.excess_prepaid == ret.tax_due - prepaid
    assert ret.tax_due <= ret.tax_at_standard
    assert ret.taxable_income == max(D(0), ret.profit - losses)
    assert ret.losses_used == min(losses, max(D(0), ret.profit))
    assert ret.taxable_income + ret.losses_used == max(D(0), ret.profit)
    assert (ret.relief_id is not None) == (ret.taxable_income <= D(3000000) and employees <= 300)
    assert CitReturn.from_dict(ret.to_dict()) == ret
