"""Dialog module.

人工 / 客服: a ticket with the last few messages of the conversation, after the user
describes the problem and picks a category. 反馈: kind → text. Both work without a login
(a locked-out user is the main case): the ticket is then the WeChat user's, who may leave a
phone for staff to reach them.
"""

from __future__ import annotations

from bot.dialogs.steps import Choice, Dialog, DialogContext, Finish, Next, Outcome, Step
from bot.nlu.choice import Option, options_from
from core.domain import validators


async def _ticket_start(ctx: DialogContext) -> Outcome | None:
    ctx.data["signed_in"] = ctx.bot.account_id is not None
    recent = await ctx.bot.store.lrange(f"chat:recent:{ctx.bot.openid}", 0, -1)
    # The 人工 message itself is the last one; the context is what came before it.
    ctx.data["context"] = [line for line in recent[:-1]][-5:]
    ctx.data["categories"] = ctx.core.help.categories()
    ctx.data.pop("_args", None)
    return None


async def _description(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["description"] = validators.check_text(text, "description", max_len=2000)
    return Next()


def _categories(ctx: DialogContext) -> tuple[Option, ...]:
    return options_from(ctx.data["categories"])


async def _category(choice: str, ctx: DialogContext) -> Outcome:
    ctx.data["category"] = choice
    if not ctx.data.get("signed_in"):
        return Next()  # without a login: ask how staff can reach them
    return await _open(ctx, "")


async def _phone(text: str, ctx: DialogContext) -> Outcome:
    return await _open(ctx, "" if ctx.word("skip", text) else text)


async def _open(ctx: DialogContext, phone: str) -> Outcome:
    description = ctx.data["description"]
    subject = description.splitlines()[0][:40]
    ticket = await ctx.core.support.tickets.open(ctx.actor, subject, description, ctx.data["category"],
                                                 context=ctx.data.get("context", []), phone=phone)
    return Finish("bot.ticket.opened", {"ticket": ticket})


TICKET = Dialog(
    name="ticket",
    start=_ticket_start,
    steps=(
        Step("description", "bot.ticket.ask_description", _description),
        Choice("category", "bot.ticket.ask_category", _categories, _category),
        Step("phone", "bot.ticket.ask_phone", _phone),
    ),
)

async def _feedback_text(text: str, ctx: DialogContext) -> Outcome:
    item = await ctx.core.support.feedback.submit(ctx.actor, ctx.data["kind"], text)
    return Finish("bot.feedback.submitted", {"item": item})


FEEDBACK = Dialog(
    name="feedback",
    steps=(
        Choice("kind", "bot.feedback.ask_kind", "feedback_kind", "kind"),
        Step("text", "bot.feedback.ask_text", _feedback_text),
    ),
)
