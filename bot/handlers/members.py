"""Command handlers.

开票人 (show or set the 开票人 printed on the invoices this member issues).
"""

from __future__ import annotations

from bot.context import BotContext
from bot.handlers.registry import command
from bot.vocabulary import vocabulary


@command("issuer_name")
async def issuer_name(ctx: BotContext, args: str) -> str:
    if ctx.account_id is None:
        return ctx.say("bot.need_login")
    company = await ctx.core.companies.current(ctx.actor)
    name = args.strip()
    if not name:
        me = next(m for m in await ctx.core.members.list(ctx.actor) if m.is_self)
        return ctx.say("bot.issuer.show", company=company.name, member=me)
    if vocabulary().is_word("default_name", name):
        name = ""
    member = await ctx.core.members.set_issuer_name(ctx.actor, name)
    return ctx.say("bot.issuer.set", company=company.name, member=member)
