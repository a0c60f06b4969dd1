"""Command handlers of notifications: 消息 (the message centre), 通知设置 (the channels)."""

from __future__ import annotations

from bot.context import BotContext
from bot.routing import logged_in
from bot.vocabulary import vocabulary
from core.clock import CHINA

#: Channel words (templates/commands.yaml ``channel_*``) → channel names of the preferences.
CHANNEL_PREFIX = "channel_"


async def messages(ctx: BotContext, args: str) -> str:
    """The message centre: the latest messages (marked read once shown) and the unread count."""
    items, unread = await ctx.core.inbox.latest(logged_in(ctx), limit=5)
    rendered = [{"text": ctx.texts.render(i.template, i.params) if ctx.texts.has(i.template) else "",
                 "at": i.created_at, "unread": i.unread} for i in items]
    # Only unread ones change (a read message never becomes unread again): none, no statement.
    await ctx.core.inbox.mark_read(logged_in(ctx), [i.id for i in items if i.unread])
    return ctx.say("bot.messages.list", items=rendered, unread=unread, china=CHINA)


async def notify_channels(ctx: BotContext, args: str) -> str:
    """The notification-settings command (通知设置 + channel words): choose the channels;
    without words, show them."""
    words = vocabulary().words
    wanted = args.replace("，", " ").replace(",", " ").split()
    if wanted:
        chosen: list[str] = []
        for word in wanted:
            channel = next((kind.removeprefix(CHANNEL_PREFIX) for kind, ws in words.items()
                            if kind.startswith(CHANNEL_PREFIX) and word.lower() in ws), None)
            if channel is None:
                return ctx.say("bot.filing_chat.channels_usage")
            chosen.append(channel)
        await ctx.core.notification_preferences.set_preferences(logged_in(ctx), channels=chosen, actor=ctx.actor)
    prefs = await ctx.core.notification_preferences.get_preferences(logged_in(ctx))
    return ctx.say("bot.filing_chat.channels", prefs=prefs, changed=bool(wanted))
