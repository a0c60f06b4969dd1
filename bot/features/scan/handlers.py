"""扫码开票 in chat: 开票码 (counter / order codes), 开票申请, and 同意 / 拒绝 / 修改 on a push.

Typed forms (parsed here, decided in core/scan_invoicing):
  开票码                       counter code of the company
  开票码 88.00 餐饮服务        order code (amount, then item names)
  开票码 门店 <名称>           counter code of that store
  开票码 自动 <单张上限> [<每日上限>]   counter code with auto-issue
  同意 [编号] / 拒绝 [编号] <原因> / 修改 [编号] 金额|项目|抬头 <值>
"""

from __future__ import annotations

import logging
from typing import Any

from bot.context import BotContext
from bot.vocabulary import vocabulary
from core.clock import CHINA
from core.domain.errors import DomainError
from core.scan_invoicing.shop import Changes, CodeInput

log = logging.getLogger(__name__)


def _split_id(args: str) -> tuple[int | None, str]:
    head, _, rest = args.strip().partition(" ")
    head = head.lstrip("#")
    if head.isdecimal() and len(head) < 10:
        return int(head), rest.strip()
    return None, args.strip()


def _is(kind: str, text: str) -> bool:
    return vocabulary().is_word(kind, text)


def _code_input(tokens: list[str]) -> CodeInput | None:
    if not tokens:
        return CodeInput()
    if _is("scan_store", tokens[0]) and len(tokens) == 2:
        return CodeInput(store_name=tokens[1])
    if _is("scan_auto", tokens[0]) and 2 <= len(tokens) <= 3:
        return CodeInput(auto_issue=True, auto_cap=tokens[1], daily_cap=tokens[2] if len(tokens) == 3 else "")
    if len(tokens) >= 2:
        return CodeInput(kind="order", amount=tokens[0], items=tuple(tokens[1:]))
    return None


async def scan_code(ctx: BotContext, args: str) -> str:
    data = _code_input(args.split())
    if data is None:
        return ctx.say("bot.scan.usage")
    kit = await ctx.core.scan.shop.create_code_kit(data, ctx.actor)
    reply = ctx.say("bot.scan.code_made", code=kit.view, poster_a4=kit.poster_a4, poster_a6=kit.poster_a6,
                    china=CHINA)
    try:
        await ctx.core.scan.wechat.send_image(ctx.openid, kit.png, f"scan-{kit.view.id}.png")
    except DomainError:
        log.warning("could not send the QR image of scan code %s", kit.view.id)
        reply += "\n" + ctx.say("bot.scan.image_failed")
    return reply


async def scan_requests(ctx: BotContext, _args: str) -> str:
    return ctx.say("bot.scan.list", items=await ctx.core.scan.shop.requests(ctx.actor))


async def scan_agree(ctx: BotContext, args: str) -> str:
    request_id, _ = _split_id(args)
    view, outcome = await ctx.core.scan.shop.approve(request_id, ctx.actor)
    if outcome.status != "issued":
        return ctx.say("bot.scan.approved_pending", request=view)
    return ctx.say("bot.scan.approved", request=view, outcome=outcome)


async def scan_refuse(ctx: BotContext, args: str) -> str:
    request_id, reason = _split_id(args)
    if not reason:
        return ctx.say("bot.scan.need_reason")
    return ctx.say("bot.scan.refused", request=await ctx.core.scan.shop.refuse(request_id, reason, ctx.actor))


_FIELDS = {"scan_amount": "amount", "scan_item": "item", "scan_title": "buyer"}


async def scan_modify(ctx: BotContext, args: str) -> str:
    request_id, rest = _split_id(args)
    name, _, value = rest.partition(" ")
    target = next((field for kind, field in _FIELDS.items() if _is(kind, name)), None)
    if target is None or not value.strip():
        return ctx.say("bot.scan.modify_usage")
    changes: dict[str, Any] = {}
    if target == "buyer":
        parts = value.split()
        changes = {"buyer_name": parts[0], "buyer_tax_id": parts[1] if len(parts) > 1 else None}
    else:
        changes = {target: value.strip()}
    view = await ctx.core.scan.shop.modify(request_id, Changes(**changes), ctx.actor)
    return ctx.say("bot.scan.modified", request=view)


async def authorize_invoice(ctx: BotContext, message: object) -> str | None:
    """The buyer let the invoice into 微信卡包 (or declined): insert it (core/scan_invoicing/card.py)."""
    data = getattr(message, "_data", {}) or {}
    succeeded, failed = str(data.get("SuccOrderId") or ""), str(data.get("FailOrderId") or "")
    if succeeded or failed:
        await ctx.core.scan.card.on_authorized(succeeded or failed, ctx.openid, success=bool(succeeded))
    return None


async def submit_invoice_title(ctx: BotContext, message: object) -> str | None:
    """The buyer picked a 抬头 on WeChat's select-title page: hand it to the page that asked."""
    data = getattr(message, "_data", {}) or {}
    fields = {key: str(data.get(key) or "") for key in ("title", "tax_no", "addr", "phone", "bank_type", "bank_no",
                                                         "title_type")}
    if await ctx.core.scan.buyer.title_received(str(data.get("attach") or ""), fields):
        return ctx.say("bot.scan.title_received")
    return None
