"""大写 against worked examples and properties (round trip through a reference parser)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.domain.amount_in_words import MAX_AMOUNT, amount_in_words
from tests.kit.factories import words_to_amount

# (amount, words). The 数电票 sample, then the six PBOC examples (their 元 printed as 圆,
# and 整 after 角 as a 数电票 prints it); the rest pin our choices at group boundaries
# and around 圆/角/分. Negative (red) amounts carry ⊗ alone, never 负.
EXAMPLES = [
    ("48.90", "肆拾捌圆玖角整"),  # the 数电票 sample (GUIDE §3)
    ("1409.50", "壹仟肆佰零玖圆伍角整"),
    ("6007.14", "陆仟零柒圆壹角肆分"),
    ("107000.53", "壹拾万柒仟圆零伍角叁分"),
    ("16409.02", "壹万陆仟肆佰零玖圆零贰分"),
    ("325.04", "叁佰贰拾伍圆零肆分"),
    ("1680.32", "壹仟陆佰捌拾圆零叁角贰分"),
    ("1000.00", "壹仟圆整"),
    ("0.05", "伍分"),
    ("10.00", "壹拾圆整"),
    ("100000000.00", "壹亿圆整"),
    ("1010101.01", "壹佰零壹万零壹佰零壹圆零壹分"),
    ("100010.00", "壹拾万零壹拾圆整"),
    ("1000000.10", "壹佰万圆零壹角整"),
    ("20000000.00", "贰仟万圆整"),
    ("0.10", "壹角整"),
    ("1.01", "壹圆零壹分"),
    ("10.50", "壹拾圆零伍角整"),
    ("0.00", "零圆整"),
    ("0.15", "壹角伍分"),
    ("1.00", "壹圆整"),
    ("15.00", "壹拾伍圆整"),
    ("110000.00", "壹拾壹万圆整"),
    ("100700.00", "壹拾万零柒佰圆整"),
    ("100007000.00", "壹亿零柒仟圆整"),
    ("110000000.00", "壹亿壹仟万圆整"),
    ("100000001.00", "壹亿零壹圆整"),
    ("1000000000.01", "壹拾亿圆零壹分"),
    ("10005.00", "壹万零伍圆整"),
    ("10050.00", "壹万零伍拾圆整"),
    ("10500.00", "壹万零伍佰圆整"),
    ("15000.00", "壹万伍仟圆整"),
    ("943.40", "玖佰肆拾叁圆肆角整"),
    ("1213.00", "壹仟贰佰壹拾叁圆整"),
    ("20.07", "贰拾圆零柒分"),
    ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖圆玖角玖分"),
    ("-1000.00", "⊗壹仟圆整"),
    ("-0.05", "⊗伍分"),
    ("-107000.53", "⊗壹拾万柒仟圆零伍角叁分"),
]


@pytest.mark.parametrize(("amount", "words"), EXAMPLES)
def test_worked_examples(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount)) == words


def test_at_least_25_examples() -> None:
    assert len(EXAMPLES) >= 25


def test_integer_and_unquantized_but_exact_values_are_accepted() -> None:
    assert amount_in_words(Decimal("1000")) == "壹仟圆整"
    assert amount_in_words(Decimal("10.5")) == "壹拾圆零伍角整"


def test_negative_zero_is_zero() -> None:
    assert amount_in_words(Decimal("-0.00")) == "零圆整"


@pytest.mark.parametrize("bad", ["0.001", "12.345", "1000.005"])
def test_more_than_two_decimals_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        amount_in_words(Decimal(bad))


@pytest.mark.parametrize("bad", ["1000000000000.00", "-1000000000000.00", "NaN", "Infinity"])
def test_out_of_range_or_not_finite_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        amount_in_words(Decimal(bad))


def test_float_and_int_are_refused() -> None:
    with pytest.raises(TypeError):
        amount_in_words(12.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        amount_in_words(12)  # type: ignore[arg-type]


# ------------------------------------------------------------------ reference parser


cents_strategy = st.integers(min_value=-int(MAX_AMOUNT * 100), max_value=int(MAX_AMOUNT * 100))
# Amounts with many zeros exercise the 零 rules far more than uniform integers do.
sparse_strategy = st.builds(
    lambda digits, jiao, fen: Decimal(int("".join(digits) or "0") * 100 + jiao * 10 + fen) / 100,
    st.lists(st.sampled_from("0000001"), min_size=0, max_size=12),
    st.integers(0, 9),
    st.integers(0, 9),
)


def _amount(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


@settings(deadline=None, max_examples=400)
@given(cents_strategy)
def test_round_trip(cents: int) -> None:
    amount = _amount(cents)
    assert words_to_amount(amount_in_words(amount)) == amount


@settings(deadline=None, max_examples=400)
@given(sparse_strategy)
def test_round_trip_sparse(amount: Decimal) -> None:
    amount = amount.quantize(Decimal("0.01"))
    assert words_to_amount(amount_in_words(amount)) == amount


@settings(deadline=None, max_examples=400)
@given(st.one_of(cents_strategy.map(_amount), sparse_strategy))
def test_shape_properties(amount: Decimal) -> None:
    amount = amount.quantize(Decimal("0.01"))
    words = amount_in_words(amount)
    cents = int(abs(amount) * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10

    # A run of zeros is read once, and 零 never sits before a unit or at the end.
    assert "零零" not in words
    for after in "拾佰仟万亿圆角分整":
        if cents:
            assert "零" + after not in words
    assert not words.endswith("零")
    assert "亿万" not in words
    # 整 exactly when there is no 分 (after 圆 or after 角); never after 分.
    assert words.endswith("整") == (fen == 0)
    assert "分整" not in words
    # 角 and 分 appear exactly when their digit is not zero.
    assert ("角" in words) == (jiao != 0)
    assert ("分" in words) == (fen != 0)
    # 圆 appears exactly when there is an integer part (or the amount is zero); never 元.
    assert ("圆" in words) == (yuan != 0 or cents == 0)
    assert "元" not in words
    # A leading ten is 壹拾, never a bare 拾.
    body = words.removeprefix("⊗")
    assert not body.startswith("拾")
    # The sign: ⊗ alone, never 负.
    assert words.startswith("⊗") == (amount < 0)
    assert "负" not in words
    if amount < 0:
        assert words == "⊗" + amount_in_words(-amount)


@settings(deadline=None, max_examples=200)
@given(st.integers(min_value=1, max_value=int(MAX_AMOUNT)))
def test_whole_yuan_end_with_yuan_zheng(yuan: int) -> None:
    assert amount_in_words(Decimal(yuan)).endswith("圆整")
