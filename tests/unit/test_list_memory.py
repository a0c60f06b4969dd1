"""bot/features/lists/handlers.py remembers a list's filter as the same JSON as before
(when it was built with dataclasses.asdict), and reads it back to the same filter; it renders
a list (its lines as attributes, the hint under it once per variant) to the same text as the
plain ``ctx.say`` of dicts did."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from bot.context import BotContext
from bot.features.lists.handlers import _filter_from, _filter_json, _hint, render
from core.invoicing.views import InvoiceFilter, InvoiceView
from templates import texts


def reference(filters: InvoiceFilter) -> dict[str, Any]:
    raw = asdict(filters)
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in raw.items()
            if k in ("number", "date_from", "date_to", "buyer", "limit") and v}


@pytest.mark.parametrize("filters", [
    InvoiceFilter(limit=5), InvoiceFilter(date_from=date(2026, 12, 1), date_to=date(2026, 12, 31), limit=10),
    InvoiceFilter(number="0002", limit=5), InvoiceFilter(buyer="张三", limit=5, cursor="abc", status="issued"),
    InvoiceFilter(limit=0),
])
def test_the_remembered_filter_is_the_json_it_was(filters: InvoiceFilter) -> None:
    kept = _filter_json(filters)
    assert kept == reference(filters) and list(kept) == list(reference(filters))
    again = _filter_from(kept, "next")
    assert (again.number, again.date_from, again.date_to, again.buyer) == \
        (filters.number, filters.date_from, filters.date_to, filters.buyer) and again.cursor == "next"


BLUE = InvoiceView(id=7, kind="normal", status="issued", is_red=False, number="26423000000000000007",
                   issue_date=date(2026, 11, 27), buyer_name="张三", buyer_tax_id="", buyer_is_person=True,
                   total_amount=Decimal("1283.02"), total_tax=Decimal("76.98"), total=Decimal("1360.00"),
                   total_in_words="壹仟叁佰陆拾圆整", remark="", original_id=None, reissued_from_id=None,
                   pending_action="", reason="", verify_token="tok7")
RED = replace(BLUE, id=8, is_red=True, status="issued", number="26423000000000000008", total=Decimal("-50.00"),
              original_id=7, verify_token="tok8")
DRAFT = replace(BLUE, id=9, status="draft", number=None, issue_date=None, verify_token=None)


def _ctx() -> BotContext:
    core: Any = SimpleNamespace(invoices=SimpleNamespace(verify_url=lambda token: f"https://fp.example/v/{token}"))
    return BotContext(openid="o-1", core=core, texts=texts())


@pytest.mark.parametrize("views, title, start", [
    ([BLUE, RED, DRAFT], "recent", 0), ([DRAFT], "2026-11", 5), ([], "recent", 0),
    ([replace(BLUE, status=s) for s in ("pending", "red_partial", "red_full", "voided")], "0007", 0),
])
def test_a_list_renders_as_it_did_with_dicts(views: list[InvoiceView], title: str, start: int) -> None:
    ctx = _ctx()
    before = ctx.say("bot.query.list", title=title, start=start, items=[
        {"view": v, "url": ctx.core.invoices.verify_url(v.verify_token) if v.verify_token else ""} for v in views])
    assert render(ctx, views, title, start) == before
    for more in (True, False):
        assert _hint(ctx.texts, more) == ctx.say("bot.nlu.list_hint", more=more)
