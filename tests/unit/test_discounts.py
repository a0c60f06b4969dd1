"""折扣行 arithmetic (国税函〔2010〕56号): hypothesis properties and worked examples."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from core.domain.discounts import compute_discount, line_natures, parse_discount
from core.domain.errors import ValidationFailed
from core.domain.invoice_math import LINE_TAX_TOLERANCE, LineInput, compute_line, compute_totals
from core.domain.tax_rates import TaxRate, rate_by_code

D = Decimal
RATES = [rate_by_code(code) for code in ("13", "9", "6", "3", "1", "5", "0")]
SERVICE = "3040203000000000000"


def line(amount: str, rate: TaxRate, incl: bool = True, quantity: str | None = None):  # type: ignore[no-untyped-def]
    return compute_line(LineInput(name="技术服务费", tax_code=SERVICE, quantity=None if quantity is None else D(quantity),
                                  unit_price=None if quantity is None else D(amount) / D(quantity),
                                  amount=D(amount), rate=rate, price_includes_tax=incl))


def problem(exc: pytest.ExceptionInfo[ValidationFailed]) -> str:
    [(field, info)] = exc.value.fields.items()
    assert field == "discount"
    return info.code


# -- worked examples ------------------------------------------------------------------


def test_fifty_off_a_thousand_including_six_percent() -> None:
    sale = line("1000", rate_by_code("6"))
    assert (sale.amount, sale.tax) == (D("943.40"), D("56.60"))
    discount = compute_discount(sale, D("50.00"), True)
    assert (discount.amount, discount.tax, discount.total) == (D("-47.17"), D("-2.83"), D("-50.00"))
    assert discount.printed_name == sale.printed_name and discount.rate == sale.rate
    assert discount.quantity is None and discount.unit_price is None
    totals = compute_totals([sale, discount])
    assert (totals.amount, totals.tax, totals.total) == (D("896.23"), D("53.77"), D("950.00"))


def test_discount_excluding_tax() -> None:
    sale = line("1000", rate_by_code("13"), incl=False)
    discount = compute_discount(sale, D("100.00"), False)
    assert (discount.amount, discount.tax) == (D("-100.00"), D("-13.00"))


def test_whole_line_discount_mirrors_it() -> None:
    sale = line("100", rate_by_code("13"))
    discount = compute_discount(sale, sale.total, True)
    assert (discount.amount, discount.tax) == (-sale.amount, -sale.tax)


def test_parse_money_and_percent() -> None:
    sale = line("200", rate_by_code("6"))
    assert parse_discount("50", sale, True) == D("50.00")
    assert parse_discount("¥12.5元", sale, True) == D("12.50")
    assert parse_discount("10%", sale, True) == D("20.00")
    assert parse_discount("15％", sale, True) == D("30.00")
    excl = line("200", rate_by_code("6"), incl=False)
    assert parse_discount("10%", excl, False) == D("20.00")


@pytest.mark.parametrize(
    ("text", "code"),
    [("abc", "discount_format"), ("0", "discount_positive"), ("-5", "discount_positive"),
     ("1.234", "discount_decimals"), ("101%", "discount_exceeds")],
)
def test_parse_refuses(text: str, code: str) -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_discount(text, line("200", rate_by_code("6")), True)
    assert problem(exc) == code


def test_compute_refuses() -> None:
    sale = line("200", rate_by_code("6"))
    with pytest.raises(ValidationFailed) as exc:
        compute_discount(sale, D("200.01"), True)
    assert problem(exc) == "discount_exceeds"
    exempt = line("200", rate_by_code("exempt"))
    with pytest.raises(ValidationFailed) as exc:
        compute_discount(exempt, D("10.00"), True)
    assert problem(exc) == "discount_on_mark"
    with pytest.raises(TypeError):
        compute_discount(sale, 10.0, True)  # type: ignore[arg-type]


def test_line_natures() -> None:
    sale = line("100", rate_by_code("6"))
    other = line("30", rate_by_code("6"))
    discount = compute_discount(sale, D("10.00"), True)
    assert line_natures([sale, discount, other]) == ["discounted", "discount", "normal"]
    assert line_natures([sale, other]) == ["normal", "normal"]
    assert line_natures([discount, discount], is_red=True) == ["normal", "normal"]


# -- properties ---------------------------------------------------------------------------

money = st.decimals(min_value=D("0.01"), max_value=D("999999.99"), places=2)


@settings(max_examples=400, deadline=None)
@given(gross=money, fraction=st.decimals(min_value=D("0.0001"), max_value=D(1), places=4),
       rate=st.sampled_from(RATES), incl=st.booleans())
def test_discount_properties(gross: Decimal, fraction: Decimal, rate: TaxRate, incl: bool) -> None:
    sale = line(str(gross), rate, incl)
    base = sale.total if incl else sale.amount
    discount_money = (base * fraction).quantize(D("0.01"))
    assume(discount_money > 0)
    discount = compute_discount(sale, discount_money, incl)
    # the discount is what was typed, in the line's basis
    if incl:
        assert -discount.total == discount_money
    else:
        assert -discount.amount == discount_money
    # the net line never goes below zero, and a whole-line discount nets to exactly zero
    net_amount, net_tax = sale.amount + discount.amount, sale.tax + discount.tax
    assert net_amount >= 0 and net_tax >= 0
    if discount_money == base:
        assert net_amount == 0 and net_tax == 0
    # both amounts are cents, negative (or zero tax), and within the line tolerance
    for value in (discount.amount, discount.tax):
        assert value == value.quantize(D("0.01")) and value <= 0
    assert abs(discount.tax - discount.amount * rate.rate) <= LINE_TAX_TOLERANCE + D("0.01")
    # the invoice adds up: totals equal the net line
    totals = compute_totals([sale, discount])
    assert totals.amount == net_amount and totals.tax == net_tax and totals.total == net_amount + net_tax
