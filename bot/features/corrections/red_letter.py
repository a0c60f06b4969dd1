"""Dialog module.

红冲: number → reason → (whole or chosen lines) → confirmation card → 确认. There is no 作废 for
an electronic 数电票: the 作废 keyword answers with the 红冲-then-重开 sentence
(bot/features/invoices/handlers.py).
"""

from __future__ import annotations

import re
from typing import Any

from bot.dialogs.steps import Choice, Confirm, Dialog, DialogContext, Finish, Goto, Next, Outcome, Retry, Step
from bot.vocabulary import vocabulary
from core.invoicing.views import RedLineRequest

_PART = re.compile(r"^(\d+)\s*[:：]\s*([\d.]+)$")


async def _load(ctx: DialogContext, number: str) -> Outcome | None:
    view = await ctx.core.invoices.get_by_number(number, ctx.actor)
    ctx.data.update(invoice_id=view.id, number=view.number, buyer_name=view.buyer_name, total=str(view.total),
                    lines=[{"position": line.position, "name": line.printed_name, "quantity": str(line.quantity)
                            if line.quantity is not None else "", "amount": str(line.amount + line.tax)}
                           for line in view.lines])
    return None


def _starter(kind: str) -> Any:
    async def start(ctx: DialogContext) -> Outcome | None:
        args = ctx.data.pop("_args", "").strip()
        if args:
            await _load(ctx, args.split()[0])
            return Goto("reason")
        return None

    return start


async def _number(text: str, ctx: DialogContext) -> Outcome:
    await _load(ctx, text)
    return Next()


async def _red_scope(text: str, ctx: DialogContext) -> Outcome:
    if vocabulary().is_word("full", text):
        ctx.data["parts"] = []
        return Next()
    parts = []
    by_position = {line["position"]: line for line in ctx.data.get("lines", [])}
    for chunk in re.split(r"[,，\s]+", text.strip()):
        match = _PART.match(chunk)
        if not match or int(match.group(1)) not in by_position:
            return Retry("bot.correction.scope_format")
        position, value = int(match.group(1)), match.group(2)
        # A line with a quantity is cancelled by quantity, otherwise by amount (tax included).
        key = "quantity" if by_position[position]["quantity"] else "total"
        parts.append({"position": position, key: value})
    ctx.data["parts"] = parts
    return Next()


async def _red_confirm(ctx: DialogContext) -> Outcome:
    requests = [RedLineRequest(position=p["position"], quantity=p.get("quantity"), total=p.get("total"))
                for p in ctx.data.get("parts", [])]
    view = await ctx.core.invoices.red_letter(ctx.data["invoice_id"], ctx.data["reason_code"], ctx.actor,
                                              requests or None)
    if not view.is_red:
        if view.pending_action != "confirm":
            return Finish("bot.correction.submitted")
        confirmation = next((str(e.detail.get("confirmation_no", "")) for e in reversed(view.events)
                             if e.action == "red_requested"), "")
        return Finish("bot.correction.awaiting_buyer", {"confirmation_no": confirmation})
    url = ctx.core.invoices.verify_url(view.verify_token or "")
    return Finish("bot.correction.red_done", {"red_number": view.number, "red_total": str(view.total),
                                              "verify_url": url, "pdf_url": url + "/pdf",
                                              "confirmation_no": view.red_confirmation_no})


RED = Dialog(
    name="red_letter",
    start=_starter("red"),
    steps=(
        Step("number", "bot.correction.ask_number", _number),
        Choice("reason", "bot.correction.ask_red_reason", "red_reason", "reason_code"),
        Step("scope", "bot.correction.ask_red_scope", _red_scope),
        Confirm("confirm", "bot.correction.red_card", _red_confirm, verb="bot.nlu.confirm_verb.issue_red"),
    ),
)
