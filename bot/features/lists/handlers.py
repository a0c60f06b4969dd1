"""Invoice lists in chat: 「回复序号查看详情」 and 「更多」 after 最近发票 / 查询.

A list shown to a user is remembered in the store for 30 minutes (the filter, the cursor of
the next page and the invoice ids shown so far); a bare number picks one of them and 更多
shows the next page.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from bot.context import BotContext, with_hint
from core.invoicing.views import InvoiceFilter, InvoiceView, Page
from templates import Texts

LIST_TTL_SECONDS = 30 * 60


def _key(openid: str) -> str:
    return f"bot:list:{openid}"


#: The filters a remembered list keeps (in InvoiceFilter's field order).
_KEPT = ("number", "date_from", "date_to", "buyer", "limit")


def _filter_json(filters: InvoiceFilter) -> dict[str, Any]:
    # getattr, not dataclasses.asdict: asdict deep-copied every field of the filter on every
    # 最近发票 and 查询 (~50 µs), to keep five immutable values.
    values = ((k, getattr(filters, k)) for k in _KEPT)
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in values if v}


def _filter_from(raw: dict[str, Any], cursor: str) -> InvoiceFilter:
    def day(name: str) -> date | None:
        return date.fromisoformat(raw[name]) if raw.get(name) else None

    return InvoiceFilter(number=raw.get("number", ""), buyer=raw.get("buyer", ""), limit=int(raw.get("limit", 5)),
                         cursor=cursor, date_from=day("date_from"), date_to=day("date_to"))


async def show_list(ctx: BotContext, filters: InvoiceFilter, title: str, *,
                    previous: dict[str, Any] | None = None, page: Page | None = None) -> str:
    """One page of invoices (``page``: the caller has just read it with these filters), numbered on
    from the pages before it, with the hint."""
    if page is None:
        page = await ctx.core.invoices.search(filters, ctx.actor, with_lines=False)  # the list shows no lines
    ids = [*(previous or {}).get("ids", []), *(v.id for v in page.items)]
    start = len(ids) - len(page.items)
    await ctx.store.set(_key(ctx.openid), json.dumps(
        {"filter": _filter_json(filters), "cursor": page.next_cursor or "", "ids": ids, "title": title}),
        ttl=LIST_TTL_SECONDS)
    text = render(ctx, page.items, title, start)
    if page.items:
        text += "\n" + _hint(ctx.texts, bool(page.next_cursor))
    return text


class _Item(NamedTuple):
    """One line of the list as the template reads it (``i.view.number``, ``i.url``): attributes, not
    a dict, because jinja tries ``getattr`` first and reached a dict's keys only through a raised
    AttributeError, nine per line."""

    view: InvoiceView
    url: str


def render(ctx: BotContext, views: tuple[InvoiceView, ...] | list[InvoiceView], title: str, start: int = 0) -> str:
    items = [_Item(v, ctx.core.invoices.verify_url(v.verify_token) if v.verify_token else "") for v in views]
    return ctx.say("bot.query.list", title=title, items=items, start=start)


@lru_cache(maxsize=8)
def _hint(texts: Texts, more: bool) -> str:
    """The hint under a list: two texts (with or without 更多), rendered once each."""
    return with_hint(texts, "bot.nlu.list_hint", {"more": more}, texts.render("bot.nlu.list_hint", more=more))


async def _remembered(ctx: BotContext) -> dict[str, Any] | None:
    raw = await ctx.store.get(_key(ctx.openid))
    return json.loads(raw) if raw else None


async def detail(ctx: BotContext, invoice_id: int) -> str:
    return render_detail(ctx, await ctx.core.invoices.get(invoice_id, ctx.actor))


def render_detail(ctx: BotContext, view: InvoiceView) -> str:
    url = ctx.core.invoices.verify_url(view.verify_token) if view.verify_token else ""
    return ctx.say("bot.query.detail", view=view, url=url)


async def pick(ctx: BotContext, args: str) -> str:
    remembered = await _remembered(ctx)
    if remembered is None or not remembered["ids"]:
        return ctx.say("bot.nlu.no_list")
    index = int(args) if args.strip().isdecimal() else 0
    ids = remembered["ids"]
    if not 1 <= index <= len(ids):
        return ctx.say("bot.nlu.list_out_of_range", count=len(ids))
    return await detail(ctx, int(ids[index - 1]))


async def more(ctx: BotContext, _args: str) -> str:
    remembered = await _remembered(ctx)
    if remembered is None:
        return ctx.say("bot.nlu.no_list")
    if not remembered["cursor"]:
        return ctx.say("bot.nlu.list_end")
    return await show_list(ctx, _filter_from(remembered["filter"], remembered["cursor"]), remembered["title"],
                           previous=remembered)
