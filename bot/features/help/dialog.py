"""Dialog module.

帮助: what the bot can do, then the help-centre categories as a numbered menu;
a number lists that category's questions, a second number shows the answer.
Anything else leaves the menu and is handled as a normal message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.dialogs.steps import Dialog, DialogContext, Finish, Leave, Next, Outcome, Step, numbered
from bot.vocabulary import vocabulary


async def _start(ctx: DialogContext) -> Outcome | None:
    ctx.data["logged_in"] = ctx.bot.account_id is not None
    ctx.data["categories"] = ctx.core.help.categories()
    return None


_orders: dict[int, tuple[Mapping[str, str], list[str]]] = {}


def _label_order(messages: Mapping[str, str], prefix: str) -> list[str]:
    """The groups whose label ``messages`` has, in its order (once per messages table: 帮助 and
    its menu click are frequent, and the table has hundreds of keys)."""
    known = _orders.get(id(messages))
    if known is None or known[0] is not messages:
        known = _orders[id(messages)] = (messages, [key.removeprefix(prefix) for key in messages
                                                    if key.startswith(prefix)])
    return known[1]


def help_groups(ctx: DialogContext) -> Mapping[str, Any]:
    """What the bot can do: every command's canonical keyword, by the group commands.yaml gives it."""
    words = vocabulary()
    prefix = "bot.help_group."
    # In the order the labels are written in the template (开票 first); a group without one last.
    order = _label_order(ctx.bot.texts.messages, prefix)
    ranked = sorted(words.help_groups, key=lambda g: order.index(g) if g in order else len(order))
    groups = [{"label": ctx.bot.say(f"{prefix}{group}"), "keywords": [words.canonical[c] for c in words.help_groups[group]]}
              for group in ranked]
    return {"groups": groups}


async def _category(text: str, ctx: DialogContext) -> Outcome:
    category = numbered(text, ctx.data["categories"])
    if category is None:
        return Leave()
    entries = await ctx.core.help.entries_in(category)
    ctx.data["category"] = category
    ctx.data["questions"] = [{"id": e.id, "question": e.question} for e in entries[:15]]
    return Next()


async def _entry(text: str, ctx: DialogContext) -> Outcome:
    question = numbered(text, ctx.data["questions"])
    if question is None:
        return Leave()
    entry = await ctx.core.help.get(question["id"])
    if entry is None:
        return Leave()
    return Finish("bot.faq.answer", {"entry": entry, "alternatives": []})


DIALOG = Dialog(
    name="help",
    start=_start,
    announce_exit=False,
    steps=(
        Step("category", "bot.help", _category, prompt_params=help_groups),
        Step("entry", "bot.faq.category", _entry),
    ),
)
