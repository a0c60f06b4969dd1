from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from core.domain.errors import ValidationFailed
from core.domain.invoice_math import (
    INVOICE_TAX_TOLERANCE,
    LINE_TAX_TOLERANCE,
    Line,
    LineInput,
    check_limit,
    check_line_tax,
    compute_line,
    compute_totals,
    negate,
)
from core.domain.tax_rates import TaxRate, all_rates, rate_by_code

D = Decimal
R13, R9, R6, R3, R1 = (rate_by_code(c) for c in ("13", "9", "6", "3", "1"))
EXEMPT, NONTAXABLE, ZERO = rate_by_code("exempt"), rate_by_code("nontaxable"), rate_by_code("0")
SERVICE = "3040203000000000000"  # 信息技术服务
PAPER = "1060105990000000000"  # 纸制品


def line_input(
    *,
    amount: str | None = None,
    quantity: str | None = None,
    unit_price: str | None = None,
    rate: TaxRate = R6,
    incl: bool = True,
    name: str = "技术服务费",
    code: str = SERVICE,
) -> LineInput:
    return LineInput(
        name=name,
        tax_code=code,
        quantity=None if quantity is None else D(quantity),
        unit_price=None if unit_price is None else D(unit_price),
        amount=None if amount is None else D(amount),
        rate=rate,
        price_includes_tax=incl,
    )


def field_problem(exc: pytest.ExceptionInfo[ValidationFailed]) -> tuple[str, str, dict[str, object]]:
    [(field, problem)] = exc.value.fields.items()
    return field, problem.code, dict(problem.params)


# ------------------------------------------------------------------ worked examples


def test_1000_including_6_percent() -> None:
    line = compute_line(line_input(amount="1000", rate=R6, incl=True))
    assert (line.amount, line.tax, line.total) == (D("943.40"), D("56.60"), D("1000.00"))
    assert line.printed_name == "*信息技术服务*技术服务费"
    assert line.quantity is None and line.unit_price is None


def test_100_excluding_13_percent() -> None:
    line = compute_line(line_input(amount="100", rate=R13, incl=False, name="打印纸", code=PAPER))
    assert (line.amount, line.tax, line.total) == (D("100.00"), D("13.00"), D("113.00"))
    assert line.printed_name == "*纸制品*打印纸"


def test_quantity_times_unit_price_excluding_tax() -> None:
    line = compute_line(line_input(quantity="3", unit_price="33.333333", rate=R13, incl=False, code=PAPER))
    assert line.amount == D("100.00")  # round(99.999999, 2)
    assert line.tax == D("13.00")
    assert line.unit_price == D("33.333333")
    assert line.quantity == D("3")


def test_quantity_times_unit_price_including_tax() -> None:
    line = compute_line(line_input(quantity="3", unit_price="33.333333", rate=R13, incl=True, code=PAPER))
    # 含税 100.00 -> 金额 88.50, 税额 11.50, 单价 (excl.) 88.50 / 3
    assert (line.amount, line.tax, line.total) == (D("88.50"), D("11.50"), D("100.00"))
    assert line.unit_price == D("29.5")


def test_unit_price_excluding_tax_keeps_eight_decimals() -> None:
    line = compute_line(line_input(quantity="7", unit_price="10", rate=R6, incl=True))
    # 含税 70.00 -> 金额 66.04 (70/1.06 = 66.0377), 单价 66.04 / 7 = 9.43428571...
    assert line.amount == D("66.04")
    assert line.tax == D("3.96")
    assert line.unit_price == D("9.43428571")


def test_amount_with_quantity_derives_unit_price() -> None:
    line = compute_line(line_input(amount="100", quantity="3", rate=R13, incl=False, code=PAPER))
    assert line.unit_price == D("33.33333333")
    assert line.amount == D("100.00")


def test_all_three_given_and_consistent() -> None:
    line = compute_line(line_input(amount="100.00", quantity="3", unit_price="33.333333", rate=R13, incl=False))
    assert line.amount == D("100.00")
    assert line.unit_price == D("33.333333")


@pytest.mark.parametrize(
    ("amount", "rate", "incl", "expected"),
    [
        ("103", R3, True, ("100.00", "3.00")),
        ("101", R1, True, ("100.00", "1.00")),
        ("109", R9, True, ("100.00", "9.00")),
        ("0.01", R13, True, ("0.01", "0.00")),
        ("0.05", R6, False, ("0.05", "0.00")),
        ("0.09", R6, False, ("0.09", "0.01")),  # 0.0054 rounds up
        ("1", R13, True, ("0.88", "0.12")),
        ("500", EXEMPT, True, ("500.00", "0.00")),
        ("500", NONTAXABLE, False, ("500.00", "0.00")),
        ("500", ZERO, True, ("500.00", "0.00")),
    ],
)
def test_more_lines(amount: str, rate: TaxRate, incl: bool, expected: tuple[str, str]) -> None:
    line = compute_line(line_input(amount=amount, rate=rate, incl=incl))
    assert (line.amount, line.tax) == (D(expected[0]), D(expected[1]))
    assert line.total == line.amount + line.tax


def test_spec_unit_and_name_are_trimmed() -> None:
    inp = replace(line_input(amount="10"), name="  技术服务费 ", spec=" A4 ", unit=" 次 ")
    line = compute_line(inp)
    assert (line.name, line.spec, line.unit) == ("技术服务费", "A4", "次")


# ----------------------------------------------------------------------- rejections


@pytest.mark.parametrize(
    ("kwargs", "field", "code", "params"),
    [
        ({}, "amount", "amount_required", {}),
        ({"quantity": "3"}, "unit_price", "unit_price_required", {}),
        ({"unit_price": "3"}, "quantity", "quantity_required", {}),
        ({"amount": "10", "unit_price": "3"}, "quantity", "quantity_required", {}),
        ({"amount": "0"}, "amount", "amount_positive", {}),
        ({"amount": "-5"}, "amount", "amount_positive", {}),
        ({"amount": "1.005"}, "amount", "amount_decimals", {"max": 2}),
        ({"amount": "1000000000000"}, "amount", "amount_too_large", {"max": "999999999999.99"}),
        ({"quantity": "0", "unit_price": "1"}, "quantity", "quantity_positive", {}),
        ({"quantity": "1", "unit_price": "-1"}, "unit_price", "unit_price_positive", {}),
        ({"quantity": "1.123456789", "unit_price": "1"}, "quantity", "quantity_decimals", {"max": 8}),
        ({"quantity": "1", "unit_price": "1.123456789"}, "unit_price", "unit_price_decimals", {"max": 8}),
        ({"quantity": "0.001", "unit_price": "1"}, "amount", "amount_positive", {}),
        (
            {"amount": "100", "quantity": "3", "unit_price": "30"},
            "amount",
            "line_amount_mismatch",
            {"expected": "90.00", "amount": "100"},
        ),
        ({"amount": "10", "name": "  "}, "name", "item_name_required", {}),
        ({"amount": "10", "code": "123"}, "tax_code", "tax_code_format", {}),
        ({"amount": "10", "code": "3070403000000000000"}, "tax_code", "tax_code_unknown", {"code": "3070403000000000000"}),
    ],
)
def test_rejections(kwargs: dict[str, str], field: str, code: str, params: dict[str, object]) -> None:
    with pytest.raises(ValidationFailed) as exc:
        compute_line(line_input(**kwargs))  # type: ignore[arg-type]
    assert field_problem(exc) == (field, code, params)


def test_name_that_is_only_a_prefix() -> None:
    with pytest.raises(ValidationFailed) as exc:
        compute_line(line_input(amount="1", name="*信息技术服务*"), field_prefix="lines.0.")
    assert field_problem(exc)[:2] == ("lines.0.name", "item_name_required")


def test_field_prefix() -> None:
    with pytest.raises(ValidationFailed) as exc:
        compute_line(line_input(amount="-1"), field_prefix="lines.3.")
    assert field_problem(exc)[:2] == ("lines.3.amount", "amount_positive")


def test_float_is_refused() -> None:
    inp = replace(line_input(amount="10"), amount=10.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        compute_line(inp)


def test_int_amount_is_accepted() -> None:
    inp = replace(line_input(), amount=100)  # type: ignore[arg-type]
    assert compute_line(inp).amount == D("94.34")


def test_check_line_tax() -> None:
    check_line_tax(D("100.00"), D("6.06"), R6)
    with pytest.raises(ValidationFailed) as exc:
        check_line_tax(D("100.00"), D("6.07"), R6)
    assert field_problem(exc) == ("tax", "line_tax_tolerance", {"diff": "0.07", "max": "0.06"})
    assert D("0.06") == LINE_TAX_TOLERANCE


# --------------------------------------------------------------------------- totals


def test_totals_and_words() -> None:
    lines = [
        compute_line(line_input(amount="1000", rate=R6)),
        compute_line(line_input(amount="100", rate=R13, incl=False, code=PAPER, name="打印纸")),
    ]
    totals = compute_totals(lines)
    assert totals.amount == D("1043.40")
    assert totals.tax == D("69.60")
    assert totals.total == D("1113.00")
    assert totals.total_in_words == "壹仟壹佰壹拾叁圆整"


def test_totals_beyond_what_words_can_write() -> None:
    lines = [_line("600000000000.00", "0.00", EXEMPT), _line("600000000000.00", "0.00", EXEMPT)]
    with pytest.raises(ValidationFailed) as exc:
        compute_totals(lines)
    assert field_problem(exc) == ("total", "amount_too_large", {"max": "999999999999.99"})


def test_totals_need_lines() -> None:
    with pytest.raises(ValidationFailed) as exc:
        compute_totals([])
    assert field_problem(exc)[:2] == ("lines", "lines_required")


def _line(amount: str, tax: str, rate: TaxRate = R13) -> Line:
    return Line(
        name="x", printed_name="*纸制品*x", tax_code=PAPER, spec="", unit="", quantity=None,
        unit_price=None, amount=D(amount), rate=rate, tax=D(tax), total=D(amount) + D(tax),
    )  # fmt: skip


def test_invoice_tolerance() -> None:
    # Each line is off by 0.05 (within the per-line 0.06); 26 lines drift 1.30 > 1.27.
    drifting = [_line("100.00", "13.05") for _ in range(26)]
    with pytest.raises(ValidationFailed) as exc:
        compute_totals(drifting)
    assert field_problem(exc) == ("lines", "invoice_tax_tolerance", {"diff": "1.30", "max": "1.27"})
    compute_totals(drifting[:25])  # 1.25 is fine
    assert D("1.27") == INVOICE_TAX_TOLERANCE


def test_red_letter_totals() -> None:
    lines = negate([compute_line(line_input(amount="1000", rate=R6))])
    assert (lines[0].amount, lines[0].tax, lines[0].total) == (D("-943.40"), D("-56.60"), D("-1000.00"))
    totals = compute_totals(lines)
    assert totals.total == D("-1000.00")
    assert totals.total_in_words == "⊗壹仟圆整"


def test_negate_keeps_unit_price_and_flips_quantity() -> None:
    [line] = negate([compute_line(line_input(quantity="2", unit_price="5", rate=EXEMPT))])
    assert line.quantity == D("-2")
    assert line.unit_price == D("5")
    assert line.tax == D("0.00") and not line.tax.is_signed()


# ---------------------------------------------------------------------------- limit


def test_check_limit() -> None:
    check_limit(D("100000.00"), D("100000"))
    check_limit(D("99999999.00"), None)
    check_limit(D("-100000.00"), D("100000"))
    with pytest.raises(ValidationFailed) as exc:
        check_limit(D("100000.01"), D("100000"))
    assert field_problem(exc) == ("total", "invoice_over_limit", {"limit": "100000.00", "total": "100000.01"})
    with pytest.raises(ValidationFailed):
        check_limit(D("-100000.01"), D("100000"))
    with pytest.raises(TypeError):
        check_limit(1.5, D("1"))  # type: ignore[arg-type]


# ------------------------------------------------------------------------ properties

RATES = [rate for rate in all_rates()]
money = st.integers(min_value=1, max_value=10**10).map(lambda cents: D(cents) / 100)
quantities = st.integers(min_value=1, max_value=10**9).map(lambda n: D(n) / 10**4)
prices = st.integers(min_value=1, max_value=10**12).map(lambda n: D(n) / 10**6)


@st.composite
def line_inputs(draw: st.DrawFn) -> LineInput:
    rate = draw(st.sampled_from(RATES))
    incl = draw(st.booleans())
    if draw(st.booleans()):
        return LineInput("技术服务费", SERVICE, None, None, draw(money), rate, incl)
    quantity, price = draw(quantities), draw(prices)
    assume(D("0.005") <= quantity * price < D("999999999999.995"))
    return LineInput("打印纸", PAPER, quantity, price, None, rate, incl)


@settings(deadline=None, max_examples=300)
@given(line_inputs())
def test_every_line_adds_up(inp: LineInput) -> None:
    line = compute_line(inp)
    assert line.amount == line.amount.quantize(D("0.01"))
    assert line.tax == line.tax.quantize(D("0.01"))
    assert line.total == line.amount + line.tax
    gross = (
        inp.amount
        if inp.amount is not None
        else (inp.quantity * inp.unit_price).quantize(  # type: ignore[operator]
            D("0.01")
        )
    )
    if inp.price_includes_tax:
        assert line.total == gross  # the customer pays exactly what was typed
    else:
        assert line.amount == gross
    if line.rate.rate == 0:
        assert line.tax == 0


@settings(deadline=None, max_examples=300)
@given(line_inputs())
def test_line_tolerance_always_holds(inp: LineInput) -> None:
    line = compute_line(inp)
    assert abs(line.tax - line.amount * line.rate.rate) <= LINE_TAX_TOLERANCE
    # In fact the rounding error stays below a cent.
    assert abs(line.tax - line.amount * line.rate.rate) < D("0.01")


@settings(deadline=None, max_examples=300)
@given(line_inputs())
def test_unit_price_times_quantity_matches_amount(inp: LineInput) -> None:
    line = compute_line(inp)
    if line.quantity is not None and line.unit_price is not None:
        assert abs(line.quantity * line.unit_price - line.amount) <= D("0.01")
        assert -line.unit_price.as_tuple().exponent <= 8  # type: ignore[operator]


@settings(deadline=None, max_examples=150)
@given(st.lists(line_inputs(), min_size=1, max_size=20))
def test_totals_equal_sums_and_negate_twice_is_identity(inputs: list[LineInput]) -> None:
    lines = [compute_line(inp) for inp in inputs]
    assume(sum(line.total for line in lines) <= D("999999999999.99"))
    totals = compute_totals(lines)
    assert totals.amount == sum(line.amount for line in lines)
    assert totals.tax == sum(line.tax for line in lines)
    assert totals.total == totals.amount + totals.tax == sum(line.total for line in lines)
    assert negate(negate(lines)) == lines
    red = compute_totals(negate(lines))
    assert (red.amount, red.tax, red.total) == (-totals.amount, -totals.tax, -totals.total)
    assert red.total_in_words == "⊗" + totals.total_in_words
