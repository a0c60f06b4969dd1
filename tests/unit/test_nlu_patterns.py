"""The slot extractors' regular expressions, declared in templates/intents.yaml (slots.patterns)
and compiled once by templates.compile_patterns."""

from __future__ import annotations

import re
from datetime import date

import pytest
import yaml

from bot.nlu import slots
from bot.nlu.intents import fill_slots
from bot.nlu.text import numerals
from templates import TEMPLATE_DIR, compile_patterns


def declared() -> dict[str, str]:
    data = yaml.safe_load((TEMPLATE_DIR / "intents.yaml").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data["slots"]["patterns"].items()}


def test_every_declared_pattern_is_compiled_once_with_its_pieces_filled_in() -> None:
    loaded = slots._slots()
    assert loaded is slots._slots()  # loaded and compiled at first use only
    assert declared().keys() <= loaded.rx.keys()
    for name, pattern in loaded.rx.items():
        assert isinstance(pattern, re.Pattern), name
        assert not re.search(r"\{[a-z_]+\}", pattern.pattern), f"{name}: a piece left unfilled"
    # {cn} is every numeral normalize knows; {number} is the number pattern itself
    assert set(numerals()) == set("零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟")
    assert loaded.rx["number"].pattern in loaded.rx["money"].pattern
    assert {"q", "u"} <= loaded.rx["quantity"].groupindex.keys()
    assert "p" in loaded.rx["price_before"].groupindex and "p" in loaded.rx["price_after"].groupindex
    assert {"a", "m"} <= loaded.rx["money"].groupindex.keys()


@pytest.mark.parametrize(("text", "matched"), [
    ("5000", True), ("5,000", True), ("368.50", True), ("5千", True), ("1.5万", True), ("5k", True),
    ("两千", True), ("三千五", True), ("壹仟", True), ("五块", False), ("abc", False),
])
def test_the_number_pattern(text: str, matched: bool) -> None:
    assert bool(slots._slots().rx["number"].fullmatch(text)) is matched


def test_units_and_money_words_come_from_their_lists_longest_first() -> None:
    quantity = slots._slots().rx["quantity"]
    found = quantity.search("场地 3平方米")
    assert found and found.group("u") == "平方米"  # not 米
    found = quantity.search("服务 2个月")
    assert found and found.group("u") == "个月"  # not 个
    money = slots._slots().rx["money"].search("餐费 30块钱")
    assert money and money.group("m") == "块钱"


def test_the_extractors_read_months_digits_numbers_and_indexes_through_them() -> None:
    today = date(2026, 12, 6)
    assert slots.month_of("2025年3月的发票", today) == (2025, 3)
    assert slots.month_of("去年十二月", today) == (2025, 12)
    assert slots.last_digits_of("尾号0002") == "0002" and slots.last_digits_of("20份") is None
    assert slots.invoice_number_of("作废 12345678901234567890") == "12345678901234567890"
    assert slots.query_text_of("查询2026年12月华为的发票") == "华为"
    assert slots.code_query_of("查一下饮料的税收分类编码") == "饮料"
    assert slots.index_of("看第三张") == 3 and slots.index_of("第12个") == 12 and slots.index_of("看看") is None
    assert slots.amount_of("三万五") == "35000" and slots.amount_of("二千三") == "2300"
    assert fill_slots(["code_query", "index"], "搜一下 第2张 的编码", today) == {"code_query": "第2张", "index": 2}


def test_a_pattern_may_use_pieces_and_other_patterns() -> None:
    compiled = compile_patterns({"digit": "[{d}]", "two": "{digit}{digit}"}, {"d": "0-9"})
    assert compiled["two"].pattern == "[0-9][0-9]" and compiled["two"].fullmatch("42")
    assert compile_patterns({"q": r"\d{1,2}"}, {})["q"].pattern == r"\d{1,2}"  # a quantifier is no piece


@pytest.mark.parametrize(("sources", "error"), [
    ({"a": "[{nope}]"}, "pattern a: unknown piece {nope}"),
    ({"a": "(unclosed"}, "pattern a: missing ), unterminated subpattern"),
    ({"a": "{b}", "b": "{a}"}, "pattern a: refers to itself"),
])
def test_a_bad_pattern_stops_loading_and_names_itself(sources: dict[str, str], error: str) -> None:
    with pytest.raises(ValueError, match=re.escape(error)):
        compile_patterns(sources, {})
