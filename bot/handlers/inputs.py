"""Command handlers of the input side (进项): 勾选 / 不抵扣 / 撤销勾选 and the period's
统计确认 (申请统计 → 确认签名, 撤销统计). 「进项」 itself is a dialog (it also takes a QR string:
``bot/dialogs/input_invoice.py``). Each handler calls ``ReceivedInvoiceService``.
"""

from __future__ import annotations

from typing import Literal

from bot.context import BotContext
from bot.handlers.registry import command
from bot.vocabulary import vocabulary
from core.input_invoicing.deductibility import rules


def _numbers(args: str) -> list[str]:
    return [part for part in args.replace("，", " ").replace(",", " ").replace("、", " ").split() if part]


async def _decide(ctx: BotContext, args: str, decision: Literal["deduct", "not_deduct", "undo"]) -> str:
    if ctx.account_id is None:
        return ctx.say("bot.need_login")
    if decision == "not_deduct":
        parts = _numbers(args)
        if len(parts) < 2:
            return ctx.say("bot.inputs.refuse_usage", reasons=rules().not_deduct_reasons)
        numbers, reason = parts[:-1], parts[-1]
    elif decision == "deduct" and vocabulary().is_word("all_special", args):
        numbers, reason = [], ""
    else:
        numbers, reason = _numbers(args), ""
        if not numbers:
            return ctx.say(f"bot.inputs.{decision}_usage")
    result = await ctx.core.received.confirm(ctx.actor, numbers or "all_special", decision, reason)
    return ctx.say("bot.inputs.confirmed", result=result, reasons={r.code: r.label for r in rules().not_deduct_reasons})


@command("input_select")
async def input_select(ctx: BotContext, args: str) -> str:
    return await _decide(ctx, args, "deduct")


@command("input_refuse")
async def input_refuse(ctx: BotContext, args: str) -> str:
    return await _decide(ctx, args, "not_deduct")


@command("input_undo")
async def input_undo(ctx: BotContext, args: str) -> str:
    return await _decide(ctx, args, "undo")


async def _statistics(ctx: BotContext, action: Literal["apply", "sign", "undo"]) -> str:
    if ctx.account_id is None:
        return ctx.say("bot.need_login")
    period, state = await ctx.core.received.statistics(ctx.actor, action)
    return ctx.say("bot.inputs.statistics", period=period, state=state, action=action)


@command("input_stats_apply")
async def input_stats_apply(ctx: BotContext, _args: str) -> str:
    return await _statistics(ctx, "apply")


@command("input_stats_sign")
async def input_stats_sign(ctx: BotContext, _args: str) -> str:
    return await _statistics(ctx, "sign")


@command("input_stats_undo")
async def input_stats_undo(ctx: BotContext, _args: str) -> str:
    return await _statistics(ctx, "undo")
