"""Red-letter amounts are exact: the reds of a blue invoice never exceed it, a covering
sequence sums to it to the cent, and a full red mirrors the blue (GUIDE §3 "Corrections")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.domain.errors import ValidationFailed
from core.domain.invoice_math import LineInput, compute_line
from core.domain.red_letter import RedAmounts, Remaining, red_amounts
from core.domain.tax_rates import rate_by_code

D = Decimal
RATES = ["13", "9", "6", "3", "1", "exempt"]


def blue_line(cents: int, rate_code: str, includes_tax: bool, quantity: int | None) -> Remaining:
    rate = rate_by_code(rate_code)
    amount = D(cents) / 100
    line = compute_line(LineInput(name="货物", tax_code="1060105990000000000", quantity=D(quantity) if quantity else None,
                                  unit_price=None, amount=amount, rate=rate, price_includes_tax=includes_tax))
    return Remaining(amount=line.amount, tax=line.tax, quantity=line.quantity, unit_price=line.unit_price,
                     rate=D("0") if rate.is_mark else rate.rate)


def after(left: Remaining, taken: RedAmounts) -> Remaining:
    return Remaining(amount=left.amount - taken.amount, tax=left.tax - taken.tax,
                     quantity=None if left.quantity is None or taken.quantity is None
                     else left.quantity - taken.quantity,
                     unit_price=left.unit_price, rate=left.rate)


request = st.one_of(
    st.tuples(st.just("amount"), st.integers(min_value=1, max_value=10**9)),
    st.tuples(st.just("total"), st.integers(min_value=1, max_value=10**9)),
    st.tuples(st.just("quantity"), st.integers(min_value=1, max_value=50)),
)


@settings(max_examples=300, deadline=None)
@given(cents=st.integers(min_value=1, max_value=10**10), rate=st.sampled_from(RATES), includes_tax=st.booleans(),
       quantity=st.one_of(st.none(), st.integers(min_value=1, max_value=50)),
       requests=st.lists(request, max_size=12))
def test_partial_reds_never_exceed_and_the_last_takes_exactly_the_rest(cents, rate, includes_tax, quantity,
                                                                      requests):
    blue = blue_line(cents, rate, includes_tax, quantity)
    left = blue
    taken_amount = taken_tax = D("0.00")
    for kind, value in requests:
        if left.amount <= 0 and left.tax <= 0:
            break
        text = str(D(value) / 100) if kind != "quantity" else str(value)
        try:
            take = red_amounts(left, **{kind: text})
        except ValidationFailed:
            continue  # more than is left, or a quantity on a line without one: refused, nothing taken
        assert take.amount >= 0 and take.tax >= 0 and take.amount + take.tax > 0
        assert take.amount == take.amount.quantize(D("0.01")) and take.tax == take.tax.quantize(D("0.01"))
        taken_amount += take.amount
        taken_tax += take.tax
        # Never more than the blue line, in 金额 and in 税额.
        assert taken_amount <= blue.amount and taken_tax <= blue.tax
        left = after(left, take)
    if left.amount > 0 or left.tax > 0:
        rest = red_amounts(left)  # the remainder, exactly
        taken_amount += rest.amount
        taken_tax += rest.tax
    assert (taken_amount, taken_tax) == (blue.amount, blue.tax)


@given(cents=st.integers(min_value=1, max_value=10**10), rate=st.sampled_from(RATES), includes_tax=st.booleans())
def test_a_full_red_mirrors_the_blue(cents, rate, includes_tax):
    blue = blue_line(cents, rate, includes_tax, None)
    full = red_amounts(blue)
    assert (full.amount, full.tax, full.total) == (blue.amount, blue.tax, blue.amount + blue.tax)


def test_the_issue_example_100_yuan_at_13_percent():
    blue = blue_line(10000, "13", True, None)
    assert (blue.amount, blue.tax) == (D("88.50"), D("11.50"))
    assert red_amounts(blue).total == D("100.00")  # not 100.01
    first = red_amounts(blue, total="33.33")
    rest = red_amounts(after(blue, first))
    assert first.total + rest.total == D("100.00") and first.tax + rest.tax == D("11.50")


@pytest.mark.parametrize("field", ["amount", "total"])
def test_three_decimals_are_refused(field):
    with pytest.raises(ValidationFailed) as refused:
        red_amounts(blue_line(10000, "13", True, None), "lines.0.", **{field: "10.005"})
    assert refused.value.fields[f"lines.0.{field}"].code == "amount_decimals"


def test_a_quantity_worth_nothing_is_refused_not_issued_as_a_zero_line():
    # ¥0.01 for 3 units: one unit rounds to 0.00, so no red line can carry it (hypothesis found this).
    blue = blue_line(1, "13", False, 3)
    with pytest.raises(ValidationFailed) as refused:
        red_amounts(blue, quantity="1")
    assert {name: p.code for name, p in refused.value.fields.items()} == {"quantity": "red_too_small"}
    assert red_amounts(blue, quantity="3") == RedAmounts(blue.amount, blue.tax, blue.quantity)
