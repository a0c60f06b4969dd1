"""Command handlers.

我的账户, 解绑, 取消 (outside a dialog), 常见问题.
"""

from __future__ import annotations

from bot.context import BotContext
from bot.handlers.registry import command


@command("my_account")
async def my_account(ctx: BotContext, _args: str) -> str:
    if ctx.account_id is None:
        return ctx.say("bot.need_login")
    view = await ctx.core.accounts.view(ctx.account_id)
    return ctx.say("bot.account.summary", account=view, current=view.current)


@command("unbind")
async def unbind(ctx: BotContext, _args: str) -> str:
    await ctx.core.accounts.unbind("mp", ctx.openid, ctx.actor)
    return ctx.say("bot.account.unbound")


@command("cancel")
async def cancel(ctx: BotContext, _args: str) -> str:
    return ctx.say("bot.dialog.nothing_to_cancel")


@command("faq")
async def faq(ctx: BotContext, args: str) -> str:
    if not args.strip():
        return ctx.say("bot.faq.usage")
    answer = await ctx.core.help.answer(args)
    if answer.entry is None:
        return ctx.say("bot.faq.no_answer", alternatives=answer.alternatives)
    return ctx.say("bot.faq.answer", entry=answer.entry, alternatives=answer.alternatives)
