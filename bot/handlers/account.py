"""Command handlers.

我的账户, 解绑, 帮助, 取消 (outside a dialog).
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


@command("help")
async def help_(ctx: BotContext, _args: str) -> str:
    return ctx.say("bot.help", logged_in=ctx.account_id is not None)


@command("cancel")
async def cancel(ctx: BotContext, _args: str) -> str:
    return ctx.say("bot.dialog.nothing_to_cancel")
