"""Command handlers.

我的账户, 解绑, 取消 (outside a dialog), 常见问题.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.context import BotContext
from bot.handlers.registry import command

CHINA = ZoneInfo("Asia/Shanghai")


@command("my_account")
async def my_account(ctx: BotContext, _args: str) -> str:
    if ctx.account_id is None:
        return ctx.say("bot.need_login")
    view = await ctx.core.accounts.view(ctx.account_id)
    rows = await ctx.core.account_security.bindings(ctx.account_id, openid=ctx.openid)
    bindings = [{"app": b.app, "masked_openid": b.masked_openid, "current": b.current,
                 "when": b.created_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")} for b in rows]
    return ctx.say("bot.account.summary", account=view, current=view.current, bindings=bindings)


@command("unbind")
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


@command("company_auth")
async def company_auth(ctx: BotContext, args: str) -> str:
    """企业认证 <授权码>: confirm the taxpayer's authorisation; without a code: the state, and a new request."""
    if ctx.account_id is None:
        return ctx.say("bot.need_login")
    code = args.strip().translate(_FULL_WIDTH)
    if code:
        company = await ctx.core.companies.authorize(code, ctx.actor)
        return ctx.say("bot.company_auth.done", company=company)
    company = await ctx.core.companies.request_authorization(ctx.actor)
    return ctx.say("bot.company_auth.status", company=company)
