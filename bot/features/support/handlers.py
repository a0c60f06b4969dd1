"""Command handlers.

我的工单 (with the conversation), 回复工单, 我的反馈, 公告 (and its notification switch).
Tickets and feedback work without a login too (they are then the WeChat user's).
"""

from __future__ import annotations

from bot.context import BotContext
from bot.vocabulary import vocabulary
from core.clock import CHINA


async def my_tickets(ctx: BotContext, args: str) -> str:
    """The tickets (of the account, or of this WeChat user without one) and a conversation:
    the one named (「我的工单 12」), else the most recently updated."""
    tickets = ctx.core.support.tickets
    items = await tickets.mine(ctx.actor)
    number = args.strip().lstrip("#")
    if number and not number.isdecimal():
        return ctx.say("bot.ticket.show_usage")
    shown = await tickets.get(ctx.actor, int(number)) if number else \
        (await tickets.get(ctx.actor, items[0].id) if items else None)
    return ctx.say("bot.ticket.list", items=[] if number else items, thread=shown, china=CHINA)


async def reply_ticket(ctx: BotContext, args: str) -> str:
    number, _, text = args.strip().partition(" ")
    if not number.lstrip("#").isdecimal() or not text.strip():
        return ctx.say("bot.ticket.reply_usage")
    ticket = await ctx.core.support.tickets.reply(ctx.actor, int(number.lstrip("#")), text.strip())
    return ctx.say("bot.ticket.replied", ticket=ticket)


async def my_feedback(ctx: BotContext, _args: str) -> str:
    return ctx.say("bot.feedback.list", items=await ctx.core.support.feedback.mine(ctx.actor))


async def announcements(ctx: BotContext, args: str) -> str:
    words = vocabulary().words
    switch = args.strip()
    if switch and ctx.account_id is not None:
        if switch in words.get("notify_off", frozenset()):
            await ctx.core.announcements.set_opt_out(ctx.account_id, True, ctx.actor)
            return ctx.say("bot.announcement.opted_out")
        if switch in words.get("notify_on", frozenset()):
            await ctx.core.announcements.set_opt_out(ctx.account_id, False, ctx.actor)
            return ctx.say("bot.announcement.opted_in")
    return ctx.say("bot.announcement.list", items=await ctx.core.announcements.current(), china=CHINA)
