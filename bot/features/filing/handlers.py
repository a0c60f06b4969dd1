"""Command handlers.

申报状态 (the latest returns with their timelines) and 缴款.
"""

from __future__ import annotations

from bot.context import BotContext
from bot.features.filing.file_tax import explain, figure_code
from bot.routing import logged_in
from bot.vocabulary import vocabulary
from core.clock import CHINA


async def filing_status(ctx: BotContext, _args: str) -> str:
    """申报状态: our own records (they survive restarts); the bureau is asked only about
    unfinished returns, and a failed look degrades that one line, not the reply."""
    board = await ctx.core.filings.status_board(ctx.actor, limit=5)
    return ctx.say("bot.returns.timeline", filings=board.filings, stale=board.stale, overdue=board.overdue,
                   china=CHINA)


async def vat_period(ctx: BotContext, args: str) -> str:
    """纳税期限: show it, or set a small-scale company's (按月 / 按季) as the tax office set it."""

    value = args.strip()
    words = vocabulary().words
    wanted = "month" if value in words.get("monthly", frozenset()) else \
        "quarter" if value in words.get("quarterly", frozenset()) else None
    if value and wanted is None:
        return ctx.say("bot.returns.vat_period_usage")
    profile = await ctx.core.filings.set_profile(ctx.actor, vat_period=wanted) if wanted \
        else await ctx.core.filings.profile(ctx.actor)
    return ctx.say("bot.returns.vat_period", profile=profile, changed=wanted is not None)


async def reminder_settings(ctx: BotContext, args: str) -> str:
    """Reminder settings: a number of days, or a switch word (off / on)."""

    value = args.strip()
    words = vocabulary().words
    if value.isdecimal():
        await ctx.core.notification_preferences.set_preferences(logged_in(ctx), reminder_days=int(value), reminders_enabled=True,
                                                actor=ctx.actor)
    elif value in words.get("notify_off", frozenset()) or value in words.get("no", frozenset()):
        await ctx.core.notification_preferences.set_preferences(logged_in(ctx), reminders_enabled=False, actor=ctx.actor)
    elif value in words.get("notify_on", frozenset()) or value in words.get("yes", frozenset()):
        await ctx.core.notification_preferences.set_preferences(logged_in(ctx), reminders_enabled=True, actor=ctx.actor)
    elif value:
        return ctx.say("bot.messages.reminder_usage")
    prefs = await ctx.core.notification_preferences.get_preferences(logged_in(ctx))
    return ctx.say("bot.messages.reminder_settings", prefs=prefs)


async def explain_figure(ctx: BotContext, args: str) -> str:
    """The breakdown commands (明细, 为什么 + a figure): the invoices behind a figure
    of the latest return."""

    if figure_code(args) is None:
        # Not about a figure of a return (「为什么 开票失败」): an ordinary question for the help centre.
        answer = await ctx.core.help.answer(args)
        if answer.entry is not None:
            return ctx.say("bot.faq.answer", entry=answer.entry, alternatives=answer.alternatives)
        return ctx.say("bot.filing_chat.explain_usage")
    filings = await ctx.core.filings.recent(ctx.actor, limit=1)
    if not filings:
        return ctx.say("bot.returns.timeline", filings=[], stale=[], overdue=[], china=CHINA)
    key, params = await explain(ctx, filings[0].id, args)
    return ctx.say(key, filing=filings[0], **params)
