"""Reading 「折扣 50」 in chat (core/domain/chat_input.py)."""

from __future__ import annotations

import pytest

from core.domain.chat_input import parse_discount, parse_item, parse_one_message


@pytest.mark.parametrize(("text", "value"), [("折扣 50", "50"), ("折扣50", "50"), ("优惠 ¥12.5元", "12.5"),
                                             ("折扣 10%", "10%"), ("让利 5％", "5%"), ("折扣 1,000", "1000")])
def test_discount_words(text: str, value: str) -> None:
    assert parse_discount(text) == value


@pytest.mark.parametrize("text", ["折扣", "折扣 abc", "餐费 50", "折扣 -5", "打折 50"])
def test_not_a_discount(text: str) -> None:
    assert parse_discount(text) is None


def test_item_with_a_discount() -> None:
    assert parse_item("餐费 1000 6% 折扣 50") == {"name": "餐费", "amount": "1000", "rate": "6%", "discount": "50"}
    assert parse_item("餐费 1000") == {"name": "餐费", "amount": "1000", "rate": None}


def test_one_message_with_a_discount() -> None:
    data = parse_one_message("张三 餐费 200 折扣 10% 普票")
    assert data["kind"] == "normal" and data["buyer"]["name"] == "张三"
    assert data["lines"] == [{"name": "餐费", "amount": "200", "rate": None, "discount": "10%"}]


def test_a_buyer_with_an_id_card_number_is_a_person() -> None:
    from core.domain.chat_input import parse_buyer

    assert parse_buyer("张三丰 360426199101010071") == {"name": "张三丰", "tax_id": "360426199101010071",
                                                      "is_person": True}
    assert parse_buyer("武汉某某科技有限公司 9144030071526726XG")["is_person"] is False
    assert parse_buyer("李四")["is_person"] is True
