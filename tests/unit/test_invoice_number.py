from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.domain.errors import ValidationFailed
from core.domain.invoice_number import (
    DEFAULT_PROVINCE,
    HUBEI,
    SEQUENCE_MAX,
    DigitalNumber,
    LegacyNumber,
    SequenceOverflow,
    format_number,
    is_valid_legacy_code,
    is_valid_number,
    parse_number,
)


def test_format_number_layout() -> None:
    number = format_number(2026, "42", 1, 7)
    assert number == "26421000000000000007"
    assert len(number) == 20
    assert number[:2] == "26" and number[2:4] == "42" and number[4] == "1"
    assert number[5:] == "000000000000007"


def test_province_defaults_to_hubei() -> None:
    assert HUBEI == DEFAULT_PROVINCE == "42"
    assert format_number(2026, channel=2, sequence=1) == "26422000000000000001"


def test_two_digit_year() -> None:
    assert format_number(26, "42", 1, 1) == format_number(2026, "42", 1, 1)
    assert format_number(2000, "42", 0, 0) == "00420000000000000000"


def test_sequence_bounds() -> None:
    assert format_number(2026, "42", 1, SEQUENCE_MAX).endswith("9" * 15)
    with pytest.raises(SequenceOverflow):
        format_number(2026, "42", 1, SEQUENCE_MAX + 1)
    assert issubclass(SequenceOverflow, ValueError)
    with pytest.raises(ValueError):
        format_number(2026, "42", 1, -1)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((1999, "42", 1, 1), ValueError),
        ((2100, "42", 1, 1), ValueError),
        ((2026, "4", 1, 1), ValueError),
        ((2026, "4a", 1, 1), ValueError),
        ((2026, "42", 10, 1), ValueError),
        ((2026, "42", -1, 1), ValueError),
        ((2026, "42", 1, "1"), TypeError),
        ((2026.0, "42", 1, 1), TypeError),
        ((2026, "42", True, 1), TypeError),
    ],
)
def test_format_number_rejects(args: tuple[object, ...], error: type[Exception]) -> None:
    with pytest.raises(error):
        format_number(*args)  # type: ignore[arg-type]


def test_format_number_needs_channel_and_sequence() -> None:
    with pytest.raises(TypeError):
        format_number(2026)
    with pytest.raises(TypeError):
        format_number(2026, "42", 1)


def test_parse_guide_example() -> None:
    assert parse_number("24312000000136634917") == DigitalNumber(2024, "31", 2, 136634917)


def test_parse_is_lenient_about_spaces_and_full_width() -> None:
    assert parse_number(" 2642 1000 0000 0000 0007 ") == DigitalNumber(2026, "42", 1, 7)
    assert parse_number("２６４２１" + "０" * 14 + "７") == DigitalNumber(2026, "42", 1, 7)


def test_parse_legacy() -> None:
    assert parse_number("00061345") == LegacyNumber("00061345")


@pytest.mark.parametrize(
    "bad", ["", "1234567", "123456789", "2642100000000000000", "264210000000000000071", "2642100000000000000x"]
)
def test_parse_rejects(bad: str) -> None:
    with pytest.raises(ValidationFailed) as exc:
        parse_number(bad, field="invoice_number")
    assert exc.value.fields["invoice_number"].code == "invoice_number_format"


def test_is_valid_number() -> None:
    assert is_valid_number("24312000000136634917")
    assert is_valid_number("12345678")
    assert not is_valid_number("1234567890")  # a legacy 代码, not a 号码
    assert not is_valid_number("abc")
    assert not is_valid_number(None)  # type: ignore[arg-type]


def test_is_valid_legacy_code() -> None:
    assert is_valid_legacy_code("4403213130")
    assert is_valid_legacy_code("032002600111")
    assert not is_valid_legacy_code("12345678")
    assert not is_valid_legacy_code("12345678901")
    assert not is_valid_legacy_code("0320026001a1")
    assert not is_valid_legacy_code(4403213130)  # type: ignore[arg-type]


@settings(deadline=None)
@given(
    year=st.integers(2000, 2099),
    province=st.integers(0, 99).map(lambda n: f"{n:02d}"),
    channel=st.integers(0, 9),
    sequence=st.integers(0, SEQUENCE_MAX),
)
def test_round_trip(year: int, province: str, channel: int, sequence: int) -> None:
    number = format_number(year, province, channel, sequence)
    assert len(number) == 20 and number.isdigit()
    assert parse_number(number) == DigitalNumber(year, province, channel, sequence)
    assert is_valid_number(number)


@settings(deadline=None)
@given(st.integers(0, SEQUENCE_MAX - 1))
def test_numbers_sort_like_sequences(sequence: int) -> None:
    assert format_number(2026, "42", 1, sequence) < format_number(2026, "42", 1, sequence + 1)
