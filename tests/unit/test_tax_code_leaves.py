"""Only leaf (末级) codes are guessed or offered; the everyday catalogue; closest()."""

from __future__ import annotations

import pytest

from core.domain import tax_codes
from core.domain.errors import ValidationFailed
from core.domain.rate_rules import LineContext, default_line_rate
from core.domain.tax_code_search import closest, guess, search
from core.domain.tax_codes import all_codes, get, is_leaf, require_leaf

SUMMARY_NODES_NAMED_BY_THE_ISSUE = ("3040502020000000000", "3040303000000000000", "2020000000000000000")


def test_the_nodes_named_in_the_issue_are_summaries() -> None:
    for code in SUMMARY_NODES_NAMED_BY_THE_ISSUE:
        entry = get(code)
        assert entry is not None and entry.summary and not entry.is_leaf
        assert is_leaf(code) is False


def test_every_catalogued_ancestor_is_marked_summary() -> None:
    codes = {entry.code for entry in all_codes()}
    for entry in all_codes():
        for ancestor in tax_codes._ancestors(entry.code):
            if ancestor in codes:
                assert get(ancestor).summary, (ancestor, entry.code)  # type: ignore[union-attr]


def test_no_keyword_or_name_guesses_a_summary_node() -> None:
    for entry in all_codes():
        for term in (entry.name, *entry.keywords):
            found = guess(term)
            assert found is None or found.is_leaf, (term, found)
            assert all(choice.is_leaf for choice in closest(term))


def test_search_hides_summaries_unless_browsing() -> None:
    assert all(entry.is_leaf for entry in search("租赁", limit=50))
    assert any(entry.summary for entry in search("租赁", limit=50, include_summary=True))


def test_is_leaf_and_require_leaf() -> None:
    assert is_leaf("3070401000000000000") is True
    assert is_leaf("3040502000000000000") is False  # an ancestor of catalogued codes
    assert is_leaf("1099999990000000000") is None
    assert is_leaf("nonsense") is None
    require_leaf("3070401000000000000")
    require_leaf("1099999990000000000")  # unknown: the platform decides
    with pytest.raises(ValidationFailed) as exc:
        require_leaf("2020000000000000000", field="lines.0.tax_code")
    problem = exc.value.fields["lines.0.tax_code"]
    assert problem.code == "tax_code_not_leaf" and problem.params["code"] == "2020000000000000000"


@pytest.mark.parametrize(
    ("item", "name", "general_rate"),
    [
        ("房租", "其他不动产经营租赁服务", "9"),
        ("员工宿舍租金", "其他住房租赁服务", "9"),
        ("停车费", "车辆停放服务", "9"),
        ("广告费", "其他广告服务", "6"),
        ("维修费", "其他修理修配劳务", "13"),
        ("手机维修", "其他修理修配劳务", "13"),
        ("奶茶", "餐饮服务", "6"),
        ("咖啡", "餐饮服务", "6"),
        ("盒饭", "餐饮服务", "6"),
        ("热干面", "餐饮服务", "6"),
        ("矿泉水", "瓶（罐）装饮用水", "13"),
        ("饮料", "其他饮料", "13"),
        ("可乐", "碳酸饮料", "13"),
        ("辣条", "其他食品", "13"),
        ("鸭脖", "其他食品", "13"),
        ("水果", "其他未列明水果", "9"),
        ("香蕉", "香蕉", "9"),
        ("橙子", "柑橘类水果", "9"),
        ("理发", "美容美发服务", "6"),
        ("美发", "美容美发服务", "6"),
        ("复印费", "其他现代服务", "6"),
        ("打印", "其他现代服务", "6"),
        ("名片印刷", "其他印刷品", "13"),
        ("快递费", "收派服务", "6"),
        ("跑腿费", "收派服务", "6"),
        ("家政服务", "家政服务", "6"),
        ("保洁", "家政服务", "6"),
        ("洗衣", "洗染服务", "6"),
        ("干洗", "洗染服务", "6"),
        ("洗车", "其他居民日常服务", "6"),
        ("足疗", "足疗服务", "6"),
        ("证件照", "摄影扩印服务", "6"),
        ("健身卡", "体育服务", "6"),
    ],
)
def test_everyday_items_of_small_shops(item: str, name: str, general_rate: str) -> None:
    found = guess(item)
    assert found is not None, item
    assert (found.name, found.default_rate, found.is_leaf) == (name, general_rate, True)


def test_small_scale_rent_is_five_percent_through_the_guessed_code() -> None:
    from datetime import date

    found = guess("门面房租")
    assert found is not None
    rate = default_line_rate(LineContext("small_scale", date(2026, 6, 1)), found.code, found.default_rate)
    assert rate.label == "5%"


# -- closest -------------------------------------------------------------------------


def test_closest_offers_three_leaf_choices_for_an_unknown_item() -> None:
    choices = closest("修空调")
    assert guess("修空调") is None
    assert 1 <= len(choices) <= 3 and all(choice.is_leaf for choice in choices)
    assert choices[0].name == "其他修理修配劳务"
    assert closest("剪头发")[0].name == "美容美发服务"


def test_closest_starts_with_the_guess() -> None:
    assert closest("餐费")[0] == guess("餐费")
    assert closest("打印机墨盒", n=3)[0].name == "其他计算机配套产品"


def test_closest_has_no_duplicates_and_respects_n() -> None:
    for term in ("水果", "租赁", "服务", "打印纸"):
        for n in (1, 2, 3, 5):
            got = closest(term, n=n)
            assert len(got) <= n and len({c.code for c in got}) == len(got)
    assert len(closest("租赁", n=5)) == 5


@pytest.mark.parametrize("term", ["", "  ", "xyz", "qqq"])
def test_closest_offers_nothing_without_any_shared_piece(term: str) -> None:
    assert closest(term) == []
    assert closest("餐费", n=0) == []


def test_closest_ignores_single_shared_characters() -> None:
    # 理发 shares only 发 with 研发服务: not offered.
    assert "研发服务" not in [c.name for c in closest("理发")]
