"""Every status an invoice row can hold renders in the chat list and detail: a list read while
another message is issuing (the embedded default reads beside the writer) shows 开具中, not an error."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest

from templates import texts

#: Every value core/invoicing writes to invoice.status (issuing and deleting are transient).
STATUSES = ("draft", "pending", "issuing", "deleting", "issued", "voided", "red_partial", "red_full")


@pytest.mark.parametrize("status", STATUSES)
def test_list_and_detail_render_every_status(status: str) -> None:
    view = SimpleNamespace(number="26423000000000000001", buyer_name="张三", total=Decimal("388.00"), status=status,
                           is_red=False, kind="normal", issue_date="2026-12-06", total_in_words="叁佰捌拾捌圆整",
                           lines=[], events=[], remark="", verify_token="")
    listed = texts().render("bot.query.list", {"title": "recent", "items": [{"view": view, "url": ""}], "start": 0})
    assert "张三" in listed and "｜" in listed
    assert texts().render("bot.query.detail", {"view": view, "url": ""})
