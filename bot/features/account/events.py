"""WeChat events: subscribe (and subscribe by scanning), unsubscribe."""

from __future__ import annotations

from bot.context import BotContext
from core.clock import CHINA


async def subscribe(ctx: BotContext, _message: object) -> str:
    current = await ctx.core.announcements.current()
    welcome = ctx.say("bot.welcome", logged_in=ctx.account_id is not None)
    if not current:
        return welcome
    return welcome + "\n\n" + ctx.say("bot.announcement.list", items=current, china=CHINA)


async def unsubscribe(ctx: BotContext, _message: object) -> None:
    # Nothing to say to someone who left; the binding stays so re-following keeps the login.
    return None
