from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.domain.errors import ValidationFailed
from core.domain.money import (
    CENT,
    MONEY_MAX,
    decimal_places,
    format_money,
    parse_money,
    parse_quantity,
    parse_unit_price,
    to_decimal,
    to_money,
)


def problem(exc: pytest.ExceptionInfo[ValidationFailed], field: str) -> tuple[str, dict[str, object]]:
    found = exc.value.fields[field]
    return found.code, dict(found.params)


# ------------------------------------------------------------------------- to_money


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("1.005"), "1.01"),
        (Decimal("1.004"), "1.00"),
        (Decimal("-1.005"), "-1.01"),
        (Decimal("2.675"), "2.68"),
        (3, "3.00"),
        ("12.345", "12.35"),
        (" 7 ", "7.00"),
    ],
)
def test_to_money_rounds_half_up(value: Decimal | int | str, expected: str) -> None:
    result = to_money(value)
    assert result == Decimal(expected)
    assert result.as_tuple().exponent == -2


def test_cent() -> None:
    assert Decimal("0.01") == CENT


@pytest.mark.parametrize("bad", [1.5, 0.1, True])
def test_to_money_refuses_float_and_bool(bad: object) -> None:
    with pytest.raises(TypeError):
        to_money(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["abc", "1,000", "NaN", "inf", ""])
def test_to_money_refuses_non_numbers(bad: str) -> None:
    with pytest.raises(ValueError):
        to_money(bad)


def test_to_decimal_keeps_precision() -> None:
    assert to_decimal("33.33333333") == Decimal("33.33333333")


def test_decimal_places() -> None:
    assert decimal_places(Decimal("1.50")) == 1
    assert decimal_places(Decimal("100")) == 0
    assert decimal_places(Decimal("1E+2")) == 0
    assert decimal_places(Decimal("0.125")) == 3


# ---------------------------------------------------------------------- parse_money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1000", "1000.00"),
        ("1,000.50", "1000.50"),
        ("¥1000", "1000.00"),
        ("￥1000", "1000.00"),
        ("1000元", "1000.00"),
        ("1000元整", "1000.00"),
        ("¥ 1,234.5 元", "1234.50"),
        ("１２３４．５６", "1234.56"),
        ("１，０００", "1000.00"),
        ("RMB 20", "20.00"),
        ("人民币300", "300.00"),
        ("50块", "50.00"),
        ("0.01", "0.01"),
        ("12.340", "12.34"),
        ("+8", "8.00"),
        ("1 000 000", "1000000.00"),
        ("999999999999.99", "999999999999.99"),
    ],
)
def test_parse_money_accepts(text: str, expected: str) -> None:
    result = parse_money(text, "amount")
    assert result == Decimal(expected)
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("", "amount_required", {}),
        ("   ", "amount_required", {}),
        ("abc", "amount_format", {}),
        ("1,00", "amount_format", {}),
        ("12,3456", "amount_format", {}),
        ("1.2.3", "amount_format", {}),
        ("¥", "amount_format", {}),
        ("1e3", "amount_format", {}),
        (".5", "amount_format", {}),
        ("一千", "amount_format", {}),
        ("-5", "amount_positive", {}),
        ("负5", "amount_positive", {}),
        ("¥-3", "amount_positive", {}),
        ("-¥3", "amount_positive", {}),
        ("0", "amount_positive", {}),
        ("0.00", "amount_positive", {}),
        ("12.345", "amount_decimals", {"max": 2}),
        ("0.001", "amount_decimals", {"max": 2}),
        ("1000000000000", "amount_too_large", {"max": "999999999999.99"}),
    ],
)
def test_parse_money_rejects(text: str, code: str, params: dict[str, object]) -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_money(text, "amount")
    assert problem(exc, "amount") == (code, params)


def test_parse_money_uses_the_given_field() -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_money("x", "lines.0.amount")
    assert "lines.0.amount" in exc.value.fields


def test_parse_money_refuses_float() -> None:
    with pytest.raises(TypeError):
        parse_money(12.5, "amount")  # type: ignore[arg-type]


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=int(MONEY_MAX * 100)))
def test_parse_money_reads_what_format_money_writes(cents: int) -> None:
    amount = Decimal(cents) / 100
    assert parse_money(format_money(amount), "amount") == amount
    assert parse_money(f"{amount:.2f}", "amount") == amount


# ------------------------------------------------------------ quantity / unit price


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3", "3"), ("1.5", "1.5"), ("33.33333333", "33.33333333"), ("1,000", "1000"), ("2.50", "2.5")],
)
def test_parse_quantity_accepts(text: str, expected: str) -> None:
    result = parse_quantity(text, "quantity")
    assert result == Decimal(expected)
    assert f"{result:f}" == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "quantity_required"),
        ("¥3", "quantity_format"),
        ("3个", "quantity_format"),
        ("0", "quantity_positive"),
        ("-1", "quantity_positive"),
        ("1.123456789", "quantity_decimals"),
    ],
)
def test_parse_quantity_rejects(text: str, code: str) -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_quantity(text, "quantity")
    assert exc.value.fields["quantity"].code == code


def test_parse_quantity_decimals_param() -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_quantity("0.000000001", "quantity")
    assert exc.value.fields["quantity"].params == {"max": 8}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("¥33.333333", "33.333333"), ("12.5元", "12.5"), ("100", "100"), ("0.00000001", "0.00000001")],
)
def test_parse_unit_price_accepts(text: str, expected: str) -> None:
    result = parse_unit_price(text, "unit_price")
    assert result == Decimal(expected)
    assert f"{result:f}" == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "unit_price_required"),
        ("abc", "unit_price_format"),
        ("0", "unit_price_positive"),
        ("1.000000001", "unit_price_decimals"),
        ("9999999999999", "unit_price_too_large"),
    ],
)
def test_parse_unit_price_rejects(text: str, code: str) -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_unit_price(text, "unit_price")
    assert exc.value.fields["unit_price"].code == code


# --------------------------------------------------------------------- format_money


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("1234.5"), "¥1,234.50"),
        (Decimal("-12"), "-¥12.00"),
        (Decimal("0"), "¥0.00"),
        (Decimal("-0.00"), "¥0.00"),
        (Decimal("0.005"), "¥0.01"),
        (Decimal("1234567.891"), "¥1,234,567.89"),
        (100, "¥100.00"),
        (Decimal("999"), "¥999.00"),
    ],
)
def test_format_money(value: Decimal | int, expected: str) -> None:
    assert format_money(value) == expected


def test_format_money_refuses_float() -> None:
    with pytest.raises(TypeError):
        format_money(1.5)  # type: ignore[arg-type]
