"""Command handlers.

申报状态 (the latest returns with their timelines) and 缴款.
"""

from __future__ import annotations

from bot.context import BotContext
from bot.handlers.registry import command


@command("filing_status")
async def filing_status(ctx: BotContext, _args: str) -> str:
    if ctx.account_id is None:
        return ctx.say("bot.need_login")
    filings = await ctx.core.filings.recent(ctx.actor, limit=3)
    detailed = []
    for filing in filings:
        await ctx.core.filings.refresh(filing.id)
        detailed.append(await ctx.core.filings.get(filing.id, ctx.actor))
    return ctx.say("bot.filing.timeline", filings=detailed)


@command("pay_tax")
async def pay_tax(ctx: BotContext, args: str) -> str:
    if ctx.account_id is None:
        return ctx.say("bot.need_login")
    filings = await ctx.core.filings.recent(ctx.actor, limit=10)
    wanted = args.strip()
    target = next((f for f in filings if (str(f.id) == wanted if wanted else f.status == "succeeded")), None)
    if target is None:
        return ctx.say("bot.filing.nothing_to_pay")
    view = await ctx.core.filings.pay(target.id, "wechat", ctx.actor)
    return ctx.say("bot.filing.paid", view=view)
