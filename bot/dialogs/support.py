"""Dialog module.

人工 / 客服: a ticket with the last few messages of the conversation, after the user
describes the problem and picks a category. 反馈: kind → text.
"""

from __future__ import annotations

from bot.dialogs.common import pick, require_login
from bot.dialogs.engine import Dialog, DialogContext, Finish, Next, Outcome, Retry, Step
from core.domain import validators


async def _ticket_start(ctx: DialogContext) -> Outcome | None:
    refused = await require_login(ctx)
    if refused is not None:
        return refused
    recent = await ctx.core.store.lrange(f"chat:recent:{ctx.bot.openid}", 0, -1)
    # The 人工 message itself is the last one; the context is what came before it.
    ctx.data["context"] = [line for line in recent[:-1]][-5:]
    ctx.data["categories"] = ctx.core.help.categories()
    ctx.data.pop("_args", None)
    return None


async def _description(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["description"] = validators.check_text(text, "description", max_len=2000)
    return Next()


async def _category(text: str, ctx: DialogContext) -> Outcome:
    categories = ctx.data["categories"]
    choice = pick(ctx, text, {str(i + 1): name for i, name in enumerate(categories)})
    if isinstance(choice, Retry):
        return choice
    description = ctx.data["description"]
    subject = description.splitlines()[0][:40]
    ticket = await ctx.core.support.tickets.open(ctx.actor, subject, description, choice,
                                                 context=ctx.data.get("context", []))
    return Finish("bot.ticket.opened", {"ticket": ticket})


TICKET = Dialog(
    name="ticket",
    start=_ticket_start,
    steps=(
        Step("description", "bot.ticket.ask_description", _description),
        Step("category", "bot.ticket.ask_category", _category),
    ),
)

KINDS = {"1": "problem", "2": "suggestion", "3": "complaint"}


async def _kind(text: str, ctx: DialogContext) -> Outcome:
    choice = pick(ctx, text, KINDS)
    if isinstance(choice, Retry):
        return choice
    ctx.data["kind"] = choice
    return Next()


async def _feedback_text(text: str, ctx: DialogContext) -> Outcome:
    item = await ctx.core.support.feedback.submit(ctx.actor, ctx.data["kind"], text)
    return Finish("bot.feedback.submitted", {"item": item})


FEEDBACK = Dialog(
    name="feedback",
    start=require_login,
    steps=(
        Step("kind", "bot.feedback.ask_kind", _kind),
        Step("text", "bot.feedback.ask_text", _feedback_text),
    ),
)
