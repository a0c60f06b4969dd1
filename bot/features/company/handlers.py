"""Command handlers.

开票人 (show or set the 开票人 printed on the invoices this member issues), 企业认证 <授权码>.
"""

from __future__ import annotations

from bot.context import BotContext
from bot.vocabulary import vocabulary

_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


async def issuer_name(ctx: BotContext, args: str) -> str:
    company = await ctx.core.companies.current(ctx.actor)
    name = args.strip()
    if not name:
        me = next(m for m in await ctx.core.members.list(ctx.actor) if m.is_self)
        return ctx.say("bot.issuer.show", company=company.name, member=me)
    if vocabulary().is_word("default_name", name):
        name = ""
    member = await ctx.core.members.set_issuer_name(ctx.actor, name)
    return ctx.say("bot.issuer.set", company=company.name, member=member)


async def company_auth(ctx: BotContext, args: str) -> str:
    """企业认证 <授权码>: confirm the taxpayer's authorisation; without a code: the state, and a new request."""
    code = args.strip().translate(_FULL_WIDTH)
    if code:
        company = await ctx.core.companies.authorize(code, ctx.actor)
        return ctx.say("bot.company_auth.done", company=company)
    company = await ctx.core.companies.request_authorization(ctx.actor)
    return ctx.say("bot.company_auth.status", company=company)
