"""WeChat events: subscribe (and subscribe by scanning), unsubscribe, menu clicks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.context import BotContext

EventHandler = Callable[[BotContext, object], Awaitable[str | None]]
EVENT_HANDLERS: dict[str, EventHandler] = {}


def event(*names: str) -> Callable[[EventHandler], EventHandler]:
    def register(fn: EventHandler) -> EventHandler:
        for name in names:
            EVENT_HANDLERS[name] = fn
        return fn

    return register


@event("subscribe", "subscribe_scan")
async def subscribe(ctx: BotContext, _message: object) -> str:
    from zoneinfo import ZoneInfo

    current = await ctx.core.announcements.current()
    welcome = ctx.say("bot.welcome", logged_in=ctx.account_id is not None)
    if not current:
        return welcome
    return welcome + "\n\n" + ctx.say("bot.announcement.list", items=current, china=ZoneInfo("Asia/Shanghai"))


@event("unsubscribe")
async def unsubscribe(ctx: BotContext, _message: object) -> None:
    # Nothing to say to someone who left; the binding stays so re-following keeps the login.
    return None
