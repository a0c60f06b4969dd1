from core.domain.chat_input import parse_buyer, parse_item, parse_month, parse_one_message


def test_items_buyers_and_months():
    assert parse_item("技术服务费 1,000 6%") == {"name": "技术服务费", "amount": "1000", "rate": "6%"}
    assert parse_item("餐费 ¥388元") == {"name": "餐费", "amount": "388", "rate": None}
    assert parse_item("只有名称") is None and parse_item("咨询 abc") is None
    assert parse_buyer("深圳某某科技有限公司 9144030071526726xg") == {
        "name": "深圳某某科技有限公司", "tax_id": "9144030071526726XG", "is_person": False}
    assert parse_buyer("张三")["is_person"] is True
    assert parse_month("2026-11") == (2026, 11) and parse_month("2026年3月") == (2026, 3)
    assert parse_month("2026-13") is None and parse_month("十一月") is None


def test_one_message_form():
    data = parse_one_message("武汉某某科技有限公司 9144030071526726XG 技术服务费 1000 6% 专票")
    assert data == {"kind": "special", "lines": [{"name": "技术服务费", "amount": "1000", "rate": "6%"}],
                    "buyer": {"name": "武汉某某科技有限公司", "tax_id": "9144030071526726XG", "is_person": False}}
    assert parse_one_message("武汉某某科技有限公司 普票") == {
        "kind": "normal", "buyer": {"name": "武汉某某科技有限公司", "tax_id": "", "is_person": False}}
    assert parse_one_message("") == {}
