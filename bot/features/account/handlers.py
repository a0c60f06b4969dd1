"""Command handlers.

我的账户, 解绑.
"""

from __future__ import annotations

from bot.context import BotContext
from bot.routing import logged_in
from core.clock import CHINA


async def my_account(ctx: BotContext, _args: str) -> str:
    view, rows = await ctx.core.account_security.summary(logged_in(ctx), openid=ctx.openid)
    bindings = [{"app": b.app, "masked_openid": b.masked_openid, "current": b.current,
                 "when": b.created_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")} for b in rows]
    return ctx.say("bot.account.summary", account=view, current=view.current, bindings=bindings)


async def unbind(ctx: BotContext, args: str) -> str:
    """解绑: this WeChat user; 解绑 <n>: the n-th binding that 我的账户 lists."""
    number = args.strip().translate(_FULL_WIDTH)
    if number.isdecimal() and ctx.account_id is not None:
        rows = await ctx.core.account_security.bindings(ctx.account_id, openid=ctx.openid)
        index = int(number)
        if not 1 <= index <= len(rows):
            return ctx.say("bot.account.binding_number_invalid", number=index)
        removed = await ctx.core.account_security.remove_binding(ctx.account_id, rows[index - 1].id, ctx.actor)
        if rows[index - 1].current:
            return ctx.say("bot.account.unbound")
        return ctx.say("bot.account.binding_removed", number=index, app=removed.app,
                       masked_openid=removed.masked_openid)
    await ctx.core.accounts.unbind("mp", ctx.openid, ctx.actor)
    return ctx.say("bot.account.unbound")


_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")

