"""Dialog module.

开票: kind → buyer → items (one per message, 完成 to finish; 「折扣 50」 after an item adds
its 折扣行) → [waiver: a small-scale 专票 during the 1% relief asks once 「按3%开具？」] →
confirmation card → 确认. The one-message form (开票 <买方> <项目> <金额> [税率] [折扣 X]
[专票]) seeds the same dialog and jumps to the first step it could not fill. 重开 seeds it
from a corrected invoice.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from bot.dialogs.steps import (
    Abort,
    Choice,
    Confirm,
    Dialog,
    DialogContext,
    FillSlots,
    Finish,
    Form,
    Goto,
    Next,
    Outcome,
    Retry,
    Slot,
    Step,
    numbered,
)
from bot.features.invoices.unknown_items import item_code_step, unknown_item
from bot.nlu.slots import buyer_text, line_of
from bot.vocabulary import vocabulary
from core.domain import validators
from core.domain.chat_input import is_amount, parse_discount, parse_item, parse_one_message, plain_amount
from core.domain.errors import DomainError, ValidationFailed
from core.domain.tax_rates import rate_by_code
from core.domain.taxpayer_id import normalize_buyer_id
from core.invoicing.views import BuyerInput, DraftInput, LineDraft


def draft_of(data: dict[str, Any]) -> DraftInput:
    buyer = data.get("buyer") or {}
    return DraftInput(
        kind=data.get("kind", "normal"),
        buyer=BuyerInput(name=buyer.get("name", ""), tax_id=buyer.get("tax_id", ""),
                         is_person=buyer.get("is_person", False),
                         address_phone=buyer.get("address_phone", ""), bank_account=buyer.get("bank_account", "")),
        lines=tuple(LineDraft(**line) for line in data.get("lines", [])),
        waive_relief=bool(data.get("waive_relief", False)),
    )


def _product_item(text: str, products: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A saved product by its number in the list, with an amount or at its usual price.

    Typed as `<序号> [金额]`.
    """
    tokens = text.split()
    if not tokens or not tokens[0].isdecimal() or not 1 <= int(tokens[0]) <= len(products) or len(tokens) > 2:
        return None
    product = products[int(tokens[0]) - 1]
    rate = None
    if product["rate"]:
        rate = rate_by_code(product["rate"]).label
    item: dict[str, Any] = {"name": product["name"], "rate": rate, "tax_code": product["tax_code"]}
    if len(tokens) == 2:
        if not is_amount(tokens[1]):
            return None
        amount = plain_amount(tokens[1])
        return {**item, "amount": amount}
    if not product["price"]:
        return None
    return {**item, "quantity": "1", "unit_price": product["price"]}


async def _card_params(ctx: DialogContext) -> dict[str, Any]:
    _, lines, totals = await ctx.core.invoices.preview(draft_of(ctx.data), ctx.actor)
    return {"card_lines": [{"name": line.printed_name, "amount": str(line.amount + line.tax),
                            "rate": line.rate.label, "tax": str(line.tax)} for line in lines],
            "card_total": str(totals.total), "card_amount": str(totals.amount), "card_tax": str(totals.tax),
            "card_words": totals.total_in_words}


async def _waiver_applies(ctx: DialogContext) -> bool:
    """「本张专票按3%开具？」 is asked for a 专票 the small-scale relief applies to."""
    return ctx.data.get("kind") == "special" and await ctx.core.invoices.relief_waiver_applies(draft_of(ctx.data),
                                                                                             ctx.actor)


async def _to_card(ctx: DialogContext) -> Outcome:
    """Every slot filled: the confirmation card (or back to what the draft's check refuses)."""
    data = ctx.data
    try:
        data.update(await _card_params(ctx))
    except ValidationFailed as exc:
        data["pending_error"] = ctx.bot.error(exc)
        if any(name.startswith("buyer") for name in exc.fields):
            # e.g. 「开票 某公司 咨询费 20000 专票」 without the buyer's tax ID: asking for items
            # again could never fix it, so ask for the buyer, saying why.
            data.pop("buyer", None)
            return Goto("buyer")
        return Goto("items")
    return Goto("confirm")


#: 开票 fills these slots; a message that filled several (「给武汉某某科技开张专票，咨询费5000」)
#: skips their steps and the dialog asks only for what is missing (FillSlots), then the card.
FORM = Form((Slot("kind", "kind"), Slot("buyer", "buyer"), Slot("lines", "items"),
             Slot("waive_relief", "waiver", needed=_waiver_applies)), done=_to_card)


async def _start(ctx: DialogContext) -> Outcome | None:
    ctx.data["nonce"] = secrets.token_hex(8)
    ctx.data.setdefault("lines", [])
    args = ctx.data.pop("_args", "")
    slots = ctx.data.pop("_slots", None)
    if slots:
        ctx.data.update(_from_slots(slots))
    elif args:
        ctx.data.update(parse_one_message(args))
    if ctx.data.get("buyer"):
        try:
            _check_buyer(ctx.data["buyer"], ctx.data.get("kind"))
        except ValidationFailed as exc:
            ctx.data.pop("buyer")
            ctx.data["pending_error"] = ctx.bot.error(exc)
    products = await ctx.core.catalogue.products(ctx.actor, limit=9)
    ctx.data["products"] = [{"name": p.name, "printed_name": p.printed_name, "tax_code": p.tax_code, "rate": p.rate,
                             "price": format(p.unit_price.normalize(), "f") if p.unit_price is not None else ""}
                              for p in products]
    buyers = await ctx.core.invoices.recent_buyers(ctx.actor)
    ctx.data["recent"] = [{"name": b.name, "tax_id": b.tax_id, "is_person": b.is_person,
                           "address_phone": b.address_phone, "bank_account": b.bank_account} for b in buyers]
    if args or slots or ctx.data.get("draft_id"):
        return FillSlots()
    return None


def _from_slots(slots: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if slots.get("kind"):
        data["kind"] = slots["kind"]
    if slots.get("buyer"):
        tax_id = slots.get("tax_id", "")
        data["buyer"] = {"name": slots["buyer"], "tax_id": tax_id,
                         "is_person": not tax_id and len(slots["buyer"]) <= 4}
    if slots.get("lines"):
        data["lines"] = list(slots["lines"])
    return data


def _check_buyer(buyer: dict[str, Any], kind: str | None) -> None:
    """The buyer step's own checks, before moving on (the core checks again on issue)."""
    buyer["name"] = validators.check_text(buyer.get("name", ""), "buyer.name", max_len=100)
    if kind is not None or buyer.get("tax_id"):
        # an organisation gives its tax ID on every kind (2017年第16号); a person a 身份证号 or nothing
        buyer["tax_id"] = normalize_buyer_id(buyer.get("tax_id", ""), is_person=bool(buyer.get("is_person")),
                                             kind=kind or "normal")


async def _kind(value: str, ctx: DialogContext) -> Outcome:
    ctx.data["kind"] = value
    return FillSlots() if ctx.data.get("buyer") else Next()


async def _buyer(text: str, ctx: DialogContext) -> Outcome:
    ctx.data.pop("pending_error", None)
    picked = numbered(text, ctx.data.get("recent", []))
    words = vocabulary()
    if picked is None and any(words.is_word(kind, text) for kind in ("done", "yes", "no", "skip", "clear", "back")):
        return Retry("bot.nlu.buyer_is_word", {"word": text[:20]})
    buyer = dict(picked) if picked is not None else buyer_text(text)
    if not buyer.get("name"):
        # Name the missing part: a tax ID typed alone is the common case (「91420100…」 only).
        if buyer.get("tax_id"):
            return Retry("bot.invoice.buyer_name_missing", {"tax_id": buyer["tax_id"]})
        return Retry("bot.invoice.buyer_empty")
    if ctx.data.get("kind") == "special" and not buyer.get("tax_id"):
        return Retry("bot.invoice.special_needs_tax_id")
    _check_buyer(buyer, ctx.data.get("kind"))
    # the core's buyer rules at once (a company's 税号 on 普票 too), not after the items
    ctx.core.invoices.check_buyer(ctx.data.get("kind", "normal"), BuyerInput(
        name=buyer.get("name", ""), tax_id=buyer.get("tax_id", ""), is_person=buyer.get("is_person", False)))
    ctx.data["buyer"] = buyer
    return FillSlots() if ctx.data.get("lines") else Next()


def item_line(text: str) -> dict[str, Any] | None:
    """One line typed in the items step: 「名称 金额 [税率]」, or as people type it
    (「咨询费5000」「盒饭 20份 每份25元」)."""
    return parse_item(text) or line_of(text)


def looks_like_item(text: str) -> bool:
    """An item line is this step's data whatever word it starts with (「备份费 300」)."""
    return item_line(text) is not None


async def _items(text: str, ctx: DialogContext) -> Outcome:
    ctx.data.pop("pending_error", None)
    if vocabulary().is_word("done", text):
        if not ctx.data.get("lines"):
            return Retry("bot.invoice.no_items_yet")
        return FillSlots()
    if vocabulary().is_word("clear", text):
        ctx.data["lines"] = []
        return Goto("items", "bot.invoice.items_cleared")
    discount = parse_discount(text)
    if discount is not None:
        return await _discount(discount, ctx)
    item = _product_item(text, ctx.data.get("products", [])) or item_line(text)
    if item is None:
        return Retry("bot.invoice.item_format")
    return await add_line(ctx, item)


async def add_line(ctx: DialogContext, item: dict[str, Any]) -> Outcome:
    """Add one line after the core's preview accepted it (amount limits included)."""
    item = {k: v for k, v in item.items() if v is not None or k == "rate"}
    if not item.get("tax_code"):
        # a product the company saved (e.g. the code chosen for 奶茶 last time)
        known = next((p for p in ctx.data.get("products", []) if p["name"] == item.get("name")), None)
        if known is not None:
            item["tax_code"] = known["tax_code"]
    lines = [*ctx.data.get("lines", []), item]
    trial = dict(ctx.data, lines=lines)
    try:
        _, computed, totals = await ctx.core.invoices.preview(draft_of(trial), ctx.actor)
    except ValidationFailed as exc:
        index = len(lines) - 1
        mine = {k: v for k, v in exc.fields.items() if k.startswith(f"lines.{index}.")}
        if any(getattr(v, "code", "") == "tax_code_guess_failed" for v in mine.values()):
            # 奶茶, 饮料: offer the closest codes; the dialog goes on either way.
            return unknown_item(ctx, item)
        if mine:
            raise ValidationFailed(fields=mine) from None
        if any(k.startswith("buyer") for k in exc.fields):
            # The item is fine; the buyer is not (a 专票 without a tax ID): keep the item and
            # ask for the buyer again, saying why.
            ctx.data["lines"] = lines
            ctx.data["pending_error"] = ctx.bot.error(exc)
            ctx.data.pop("buyer", None)
            return Goto("buyer")
        raise
    ctx.data["lines"] = lines
    last = computed[-1]
    return Goto("items", "bot.invoice.item_added", {
        "item_name": last.printed_name, "item_total": str(last.amount + last.tax), "item_rate": last.rate.label,
        "count": len(lines), "running_total": str(totals.total)})


async def _discount(discount: str, ctx: DialogContext) -> Outcome:
    """「折扣 50」: a 折扣行 under the last item (国税函〔2010〕56号: on the same invoice)."""
    lines = [dict(line) for line in ctx.data.get("lines", [])]
    if not lines:
        return Retry("bot.invoice.discount_needs_item")
    lines[-1]["discount"] = discount
    _, computed, totals = await ctx.core.invoices.preview(draft_of(dict(ctx.data, lines=lines)), ctx.actor)
    ctx.data["lines"] = lines
    line = computed[-1]
    return Goto("items", "bot.invoice.discount_added", {
        "item_name": line.printed_name, "discount": str(-(line.amount + line.tax)), "running_total": str(totals.total)})


async def _waiver(value: str, ctx: DialogContext) -> Outcome:
    """「本张专票按3%开具？」 once: 是 gives the 1% relief up for this invoice (公告2023年第1号)."""
    ctx.data["waive_relief"] = value == "yes"
    return FillSlots()


async def _confirm(ctx: DialogContext) -> Outcome:
    draft = draft_of(ctx.data)
    invoices = ctx.core.invoices
    try:
        if ctx.data.get("draft_id"):
            await invoices.update_draft(ctx.data["draft_id"], draft, ctx.actor)
            view = await invoices.issue(ctx.data["draft_id"], ctx.actor)
            new_buyer = False
        else:
            # The dialog's nonce is the idempotency key: 确认 sent twice (or retried by WeChat) issues once.
            result = await invoices.issue_new(draft, ctx.actor, idempotency_key=f"bot:{ctx.data['nonce']}")
            view, new_buyer = result.invoice, result.new_buyer
    except DomainError:
        raise
    if new_buyer:
        await ctx.bot.store.set(f"bot:last_buyer:{ctx.bot.openid}", _buyer_json(ctx.data["buyer"]), ttl=3600)
    if view.status == "pending":
        return Finish("bot.invoice.submitted", {"total": str(view.total)})
    return Finish("bot.invoice.issued", {
        "number": view.number, "total": str(view.total), "verify_url": invoices.verify_url(view.verify_token or ""),
        "pdf_url": invoices.verify_url(view.verify_token or "") + "/pdf", "new_buyer": new_buyer})


def _buyer_json(buyer: dict[str, Any]) -> str:
    return json.dumps(buyer, ensure_ascii=False)


STEPS = (
    Choice("kind", "bot.invoice.ask_kind", "invoice_kind", _kind),
    Step("buyer", "bot.invoice.ask_buyer", _buyer, help="bot.invoice.help_buyer"),
    Step("items", "bot.invoice.ask_items", _items, help="bot.invoice.help_items", repeat_prompt=False,
         accepts=looks_like_item),
    item_code_step(lambda text, ctx: _items(text, ctx), lambda ctx, item: add_line(ctx, item)),
    Choice("waiver", "bot.invoice.ask_waiver", "yes_no", _waiver),
    Confirm("confirm", "bot.invoice.card", _confirm, verb="bot.nlu.confirm_verb.issue"),
)
DIALOG = Dialog(name="issue_invoice", start=_start, steps=STEPS, form=FORM)


async def _reissue_start(ctx: DialogContext) -> Outcome | None:
    """Reissue: a draft prefilled from the voided or red-lettered invoice, then the card."""
    args = ctx.data.pop("_args", "").strip()
    if not args:
        return Abort("bot.invoice.reissue_usage")
    original = await ctx.core.invoices.get_by_number(args.split()[0], ctx.actor)
    draft = await ctx.core.invoices.reissue(original.id, ctx.actor)
    ctx.data.update(
        nonce=secrets.token_hex(8), draft_id=draft.id, kind=draft.kind, recent=[],
        buyer={"name": draft.buyer_name, "tax_id": draft.buyer_tax_id, "is_person": draft.buyer_is_person},
        lines=[{"name": line.name, "amount": str(line.amount + line.tax), "rate": line.rate_label,
                "tax_code": line.tax_code} for line in draft.lines],
        reissued_from=original.number,
    )
    return FillSlots()


REISSUE = Dialog(name="reissue", start=_reissue_start, steps=STEPS, form=FORM)
