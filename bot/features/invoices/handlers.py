"""Command handlers.

查询, 最近发票, 重开, 修改发票 (which explains the correction paths), 保存买方.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from bot.context import BotContext
from bot.features.lists.handlers import detail, render_detail, show_list
from bot.nlu.slots import format_of, last_digits_of, month_of, query_text_of
from bot.vocabulary import vocabulary
from core.domain.chat_input import parse_month
from core.domain.errors import NotFound
from core.domain.links import download_url
from core.domain.tax_code_search import search as search_codes
from core.domain.tax_rates import rate_by_code
from core.exports.service import ExportJob
from core.invoicing.views import BuyerInput, InvoiceFilter

#: A 数电 invoice number has 20 digits.
FULL_NUMBER_DIGITS = 20


def _month_range(year: int, number: int) -> tuple[date, date]:
    first = date(year, number, 1)
    return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


async def recent(ctx: BotContext, _args: str) -> str:
    return await show_list(ctx, InvoiceFilter(limit=5), "recent")


async def query(ctx: BotContext, args: str) -> str:
    """查询 <号码 | 号码后几位 | 月份（本月、上月、12月、2026年12月、2026-12）| 买方>."""
    text = args.strip()
    if not text:
        return ctx.say("bot.query.usage")
    digits = last_digits_of(text)
    # Digits alone (3 or more) are never read as a month: a number's 查询 skips the month's parse.
    month = None if digits and len(digits) >= 3 and text == digits else \
        parse_month(text) or month_of(text, ctx.core.invoices.today())
    if month:
        first, last = _month_range(*month)
        return await show_list(ctx, InvoiceFilter(date_from=first, date_to=last, limit=10),
                               f"{month[0]}-{month[1]:02d}")
    if text.isdecimal():
        if len(text) == FULL_NUMBER_DIGITS:
            # A whole 数电 number (the usual 查询): its detail straight away, one statement instead of
            # a search for one row and then the detail; without the history, which the detail does
            # not show (bot.query.detail).
            try:
                return render_detail(ctx, await ctx.core.invoices.get_by_number(text, ctx.actor, with_history=False))
            except NotFound:
                pass  # the list below says nothing was found
        filters = InvoiceFilter(number=text, limit=5)
        page = await ctx.core.invoices.search(filters, ctx.actor, with_lines=False)
        if len(page.items) == 1:
            return await detail(ctx, page.items[0].id)
        return await show_list(ctx, filters, text, page=page)  # the page just read, not a second search
    buyer = query_text_of(text) or text
    return await show_list(ctx, InvoiceFilter(buyer=buyer, limit=5), buyer)


async def void(ctx: BotContext, _args: str) -> str:
    """作废 does not exist for a 数电票: one sentence on 红冲 then 重开 (drafts are deleted)."""
    return ctx.say("error.invoice_not_voidable")


async def edit(ctx: BotContext, args: str) -> str:
    if not args.strip():
        return ctx.say("bot.correction.edit_usage")
    view = await ctx.core.invoices.get_by_number(args.split()[0], ctx.actor)
    options = await ctx.core.invoices.correction_options(view.id, ctx.actor)
    return ctx.say("bot.correction.edit_paths", number=view.number, options=options)


async def save_buyer(ctx: BotContext, _args: str) -> str:
    raw = await ctx.store.get(f"bot:last_buyer:{ctx.openid}")
    if raw is None:
        return ctx.say("bot.invoice.no_buyer_to_save")
    buyer = json.loads(raw)
    await ctx.core.invoices.save_customer(BuyerInput(
        name=buyer["name"], tax_id=buyer.get("tax_id", ""), is_person=buyer.get("is_person", False),
        address_phone=buyer.get("address_phone", ""), bank_account=buyer.get("bank_account", "")), ctx.actor)
    await ctx.store.delete(f"bot:last_buyer:{ctx.openid}")
    return ctx.say("bot.invoice.buyer_saved", name=buyer["name"])


async def export(ctx: BotContext, args: str) -> str:
    """Export as a background job; the link arrives as a push when ready.

    Typed as 导出 [2026-11] [excel|csv|pdf].
    """
    text = args.strip()
    fmt = format_of(text) or "xlsx"
    first = last = None
    if text:
        month = parse_month(text.split()[0]) or month_of(text, ctx.core.invoices.today())
        if month is None and format_of(text) is None:
            return ctx.say("bot.export.usage")
        if month is not None:
            first, last = _month_range(*month)
    if first is None or last is None:
        today = ctx.core.invoices.today()
        first, last = today.replace(day=1), today
    base = ctx.core.settings.public_base_url
    openid = ctx.openid

    async def when_done(job: ExportJob) -> None:
        text = ctx.say("bot.export.ready", job=job, url=download_url(base, job.download_token)) if job.status == "done" \
            else ctx.say("bot.export.failed")
        await ctx.core.wechat.send_text(openid, text)

    job = await ctx.core.exports.start(fmt, InvoiceFilter(date_from=first, date_to=last), ctx.actor, when_done)
    return ctx.say("bot.export.started", job=job, first=first, last=last)


async def deliver(ctx: BotContext, args: str) -> str:
    """Send an invoice to the buyer: the PDF by e-mail or the link by SMS (number, then address)."""
    tokens = args.split()
    if len(tokens) != 2:
        return ctx.say("bot.delivery.usage")
    number, target = tokens
    view = await ctx.core.invoices.get_by_number(number, ctx.actor)
    kwargs = {"email": target} if "@" in target else {"phone": target}
    deliveries = await ctx.core.delivery.deliver(view.id, ctx.actor, **kwargs)
    return ctx.say("bot.delivery.done", deliveries=deliveries)


async def red_confirmations(ctx: BotContext, args: str) -> str:
    """红字确认单: list what waits for this company; 确认/拒绝 <序号|编号>; 撤销 <编号>;
    申请 <号码> [原因序号] (the buyer starts one)."""
    tokens = args.split()
    word = tokens[0].lower() if tokens else ""
    if len(tokens) in (2, 3) and word in _words("apply"):
        reason = RED_REASON_BY_DIGIT.get(tokens[2] if len(tokens) == 3 else "1")
        if reason is None:
            return ctx.say("bot.confirmation.usage")
        item = await ctx.core.invoices.request_red_as_buyer(tokens[1], reason, ctx.actor)
        return ctx.say("bot.confirmation.requested", item=item)
    if len(tokens) == 2 and word in _words("revoke"):
        item = await ctx.core.invoices.revoke_confirmation(tokens[1], ctx.actor)
        return ctx.say("bot.confirmation.decided", item=item)
    if len(tokens) == 2 and word in _words("yes") | _words("no") | _words("reject"):
        accept = word in _words("yes")
        key = tokens[1]
        if key.isdecimal() and len(key) <= 3:
            waiting = await ctx.core.invoices.confirmations(ctx.actor)
            if not 1 <= int(key) <= len(waiting):
                return ctx.say("bot.confirmation.usage")
            key = waiting[int(key) - 1].confirmation_no
        item = await ctx.core.invoices.decide_confirmation(key, accept, ctx.actor)
        return ctx.say("bot.confirmation.decided", item=item)
    if tokens:
        return ctx.say("bot.confirmation.usage")
    items = await ctx.core.invoices.confirmations(ctx.actor)
    return ctx.say("bot.confirmation.list", items=items)


#: 红冲原因 by the digit the user replies with (the same order as the red-letter dialog).
RED_REASON_BY_DIGIT = {"1": "mistake", "2": "return", "3": "suspension", "4": "allowance"}


def _words(kind: str) -> frozenset[str]:
    return vocabulary().words.get(kind, frozenset())


async def tax_code_search(ctx: BotContext, args: str) -> str:
    """Search the tax classification catalogue by keyword."""

    if not args.strip():
        return ctx.say("bot.tax_codes.usage")
    found = [{"code": c, "rate": rate_by_code(c.default_rate).label} for c in search_codes(args.strip(), limit=8)]
    return ctx.say("bot.tax_codes.found", query=args.strip(), codes=found)


async def approvals(ctx: BotContext, args: str) -> str:
    """List what waits for approval; with approve/reject words and an id, decide it."""
    tokens = args.split(maxsplit=2)
    if len(tokens) >= 2 and tokens[1].isdecimal():
        action, target = tokens[0], int(tokens[1]) if len(tokens[1]) < 12 else tokens[1]
        invoice_id = target if isinstance(target, int) else (await ctx.core.invoices.get_by_number(target, ctx.actor)).id
        if action in _words("approve"):
            view = await ctx.core.invoices.approve(invoice_id, ctx.actor)
            return ctx.say("bot.approval.approved", view=view)
        if action in _words("reject"):
            if len(tokens) < 3:
                return ctx.say("bot.approval.need_reason")
            view = await ctx.core.invoices.reject(invoice_id, tokens[2], ctx.actor)
            return ctx.say("bot.approval.rejected", view=view)
    page = await ctx.core.invoices.search(InvoiceFilter(limit=100), ctx.actor, with_lines=False)
    waiting = [v for v in page.items if v.pending_action in ("issue", "red")]
    return ctx.say("bot.approval.list", items=waiting)
