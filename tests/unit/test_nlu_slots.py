"""Slot extractors and the choice matcher: pure functions over what people type."""

from __future__ import annotations

from datetime import date

import pytest

from bot.nlu.choice import choice_set, match, options_from
from bot.nlu.intents import understand
from bot.nlu.slots import amount_of, buyer_text, last_digits_of, line_of, month_of

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("text", "expected"), [
    ("5000", "5000"), ("5,000元", "5000"), ("¥368.50", "368.50"), ("5千", "5000"), ("两千", "2000"),
    ("1.5万", "15000"), ("三千五", "3500"), ("一万二千", "12000"), ("十二", "12"), ("abc", None),
])
def test_amounts(text, expected):
    assert amount_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("本月", (2026, 12)), ("这个月", (2026, 12)), ("上月", (2026, 11)), ("上个月", (2026, 11)),
    ("12月", (2026, 12)), ("十一月", (2026, 11)), ("2026年12月", (2026, 12)), ("2025-03", (2025, 3)),
    ("去年12月", (2025, 12)), ("13月", None), ("0002", None),
])
def test_months(text, expected):
    assert month_of(text, TODAY) == expected


def test_last_month_in_january_is_last_years_december():
    assert month_of("上月", date(2027, 1, 10)) == (2026, 12)


def test_last_digits_are_not_months_or_amounts():
    assert last_digits_of("0002") == "0002"
    assert last_digits_of("尾号3456的发票") == "3456"
    assert last_digits_of("12月") is None and last_digits_of("300元") is None


def test_lines_with_quantities_and_prices():
    assert line_of("盒饭 20份 每份25元") == {"rate": None, "name": "盒饭", "quantity": "20", "unit": "份",
                                          "unit_price": "25"}
    assert line_of("打印纸 5包 25元一包")["unit_price"] == "25"
    assert line_of("咨询费5000") == {"rate": None, "name": "咨询费", "amount": "5000"}
    assert line_of("技术服务费 1000 6%")["rate"] == "6%"
    assert line_of("咨询 abc") is None and line_of("5000") is None


def test_buyer_answers():
    assert buyer_text("武汉某某科技有限公司，税号：91420100MA4K2N3R9X") == {
        "name": "武汉某某科技有限公司", "tax_id": "91420100MA4K2N3R9X", "is_person": False}
    assert buyer_text("张三")["is_person"] is True


def test_the_issue_request_fills_every_slot():
    understood = understand("帮我给武汉某某科技开张专票，咨询费5000", TODAY)
    assert understood.intent == "issue_invoice" and understood.strength == "pattern"
    read = {"kind": "special", "buyer": "武汉某某科技", "lines": [{"rate": None, "name": "咨询费", "amount": "5000"}]}
    assert understood.seed() == {"_slots": read}  # the dialog's copy: dicts and lists again
    assert understood.slots["lines"][0] == read["lines"][0]  # read-only (tests/unit/test_nlu_memo.py)


@pytest.mark.parametrize(("text", "value"), [
    ("1", "general"), ("２", "small_scale"), ("二", "small_scale"), ("第一个", "general"), ("小规模", "small_scale"),
    ("一般纳税人", "general"), ("我们是小规模的", "small_scale"),
])
def test_choice_by_number_label_part_and_synonym(text, value):
    assert match(text, choice_set("taxpayer_kind")).option.value == value


def test_an_ambiguous_or_unknown_choice_picks_nothing():
    options = options_from(["发票开具", "发票查询"])
    picked = match("发票", options)
    assert picked.option is None and len(picked.ambiguous) == 2
    assert match("3", options).option is None and match("天气", options).option is None
