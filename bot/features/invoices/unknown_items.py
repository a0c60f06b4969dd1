"""An item without a tax code (奶茶, 饮料): offer the closest codes by number, remember the
choice in the company's product list, and never block the rest of the invoice.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from bot.dialogs.steps import Choice, DialogContext, Goto, Outcome, Step
from bot.nlu.choice import Option
from core.companies.catalogue import ProductInput
from core.domain import tax_code_search, tax_codes
from core.domain.errors import DomainError
from core.domain.tax_rates import rate_by_code


def closest_codes(term: str, n: int = 3) -> list[tax_codes.TaxCode]:
    """The catalogue's closest leaf codes for an item it could not guess."""
    return tax_code_search.closest(term, n=n)


def unknown_item(ctx: DialogContext, item: dict[str, Any]) -> Outcome:
    codes = closest_codes(str(item["name"]))
    ctx.data["pending_item"] = item
    ctx.data["code_options"] = [{"code": c.code, "short_name": c.short_name, "name": c.name,
                                 "rate": rate_by_code(c.default_rate).label} for c in codes]
    return Goto("item_code")


def _options(ctx: DialogContext) -> Sequence[Option]:
    return tuple(Option(o["code"], f"{o['short_name']} {o['name']}", (o["short_name"], o["name"]))
                 for o in ctx.data.get("code_options", []))


ItemsParser = Callable[[str, DialogContext], Awaitable[Outcome]]
AddLine = Callable[[DialogContext, dict[str, Any]], Awaitable[Outcome]]


def item_code_step(items: ItemsParser, add_line: AddLine) -> Step:
    """The step after an unknown item: a number picks a code; anything else (the next item,
    完成) goes to the items step as if the unknown item had not been typed."""

    async def chosen(code: str, ctx: DialogContext) -> Outcome:
        item = dict(ctx.data.pop("pending_item", {}), tax_code=code)
        ctx.data.pop("code_options", None)
        # Already in the list, or not allowed to edit it: the line is still added.
        with contextlib.suppress(DomainError):
            await ctx.core.catalogue.add_product(ProductInput(name=str(item["name"]), tax_code=code), ctx.actor)
        return await add_line(ctx, item)

    async def otherwise(text: str, ctx: DialogContext) -> Outcome:
        ctx.data.pop("pending_item", None)
        ctx.data.pop("code_options", None)
        return await items(text, ctx)

    return Choice("item_code", "bot.nlu.unknown_item", _options, chosen, otherwise=otherwise,
                  help="bot.invoice.help_items")
