"""Command handlers of the input side (进项): 勾选 / 不抵扣 / 撤销勾选 and the period's
统计确认 (申请统计 → 确认签名, 撤销统计), and a received invoice sent as media. 「进项」 itself is a
dialog (it also takes a QR string: ``bot/dialogs/input_invoice.py``). Each handler calls one
core service.
"""

from __future__ import annotations

from typing import Literal

from bot.context import BotContext
from bot.routing import Reply, StartDialog
from bot.vocabulary import vocabulary
from core.domain.errors import DomainError, ValidationFailed
from core.domain.qr_payload import QrPayload
from core.input_invoicing.deductibility import rules

#: A file that is no invoice at all gets the general "what images are for" reply.
NOT_AN_INVOICE = frozenset({"invoice_qr_not_found", "invoice_file_format"})


async def received_file(ctx: BotContext, data: bytes) -> Reply:
    """A received invoice sent in the chat (photo of its QR code, or its PDF/OFD/XML file):
    recorded as 进项; a 专票/普票 photo only gives the QR payload, so the 录入进项 dialog
    asks for its tax."""
    try:
        result = await ctx.core.input_invoices.record_file(data, ctx.actor)
    except ValidationFailed as exc:
        problem = exc.fields.get("file")
        if problem is not None and problem.code in NOT_AN_INVOICE:
            return ctx.say("bot.filing_chat.image_not_needed")
        return ctx.say("bot.inputs.file_refused", problem=ctx.error(exc))
    except DomainError as exc:
        return ctx.say("bot.inputs.file_refused", problem=ctx.error(exc))
    if isinstance(result, QrPayload):
        return StartDialog("input_invoice", {"_args": result.to_string()})
    return ctx.say("bot.inputs.file_recorded", view=result)


def _numbers(args: str) -> list[str]:
    return [part for part in args.replace("，", " ").replace(",", " ").replace("、", " ").split() if part]


async def _decide(ctx: BotContext, args: str, decision: Literal["deduct", "not_deduct", "undo"]) -> str:
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


async def input_select(ctx: BotContext, args: str) -> str:
    return await _decide(ctx, args, "deduct")


async def input_refuse(ctx: BotContext, args: str) -> str:
    return await _decide(ctx, args, "not_deduct")


async def input_undo(ctx: BotContext, args: str) -> str:
    return await _decide(ctx, args, "undo")


async def _statistics(ctx: BotContext, action: Literal["apply", "sign", "undo"]) -> str:
    period, state = await ctx.core.received.statistics(ctx.actor, action)
    return ctx.say("bot.inputs.statistics", period=period, state=state, action=action)


async def input_stats_apply(ctx: BotContext, _args: str) -> str:
    return await _statistics(ctx, "apply")


async def input_stats_sign(ctx: BotContext, _args: str) -> str:
    return await _statistics(ctx, "sign")


async def input_stats_undo(ctx: BotContext, _args: str) -> str:
    return await _statistics(ctx, "undo")
