"""Command handlers of help: 取消 outside a dialog, 常见问题 <关键词>."""

from __future__ import annotations

from bot.context import BotContext


async def cancel(ctx: BotContext, _args: str) -> str:
    return ctx.say("bot.dialog.nothing_to_cancel")


async def faq(ctx: BotContext, args: str) -> str:
    if not args.strip():
        return ctx.say("bot.faq.usage")
    answer = await ctx.core.help.answer(args)
    if answer.entry is None:
        return ctx.say("bot.faq.no_answer", alternatives=answer.alternatives)
    return ctx.say("bot.faq.answer", entry=answer.entry, alternatives=answer.alternatives)
