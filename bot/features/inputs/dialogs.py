"""Dialog module.

录入进项: paste the QR string of a received invoice (number, date and amount are read from
it; the tax and the seller are asked for), or type the invoice in step by step. A summary
card, then 确认 records it through ``InputInvoiceService`` (which checks everything and
refuses duplicates). A problem found on 确认 goes back to the step of the field at fault.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.context import field_text
from bot.dialogs.steps import Choice, Confirm, Dialog, DialogContext, Finish, Goto, Next, Outcome, Retry, Step
from bot.vocabulary import vocabulary
from core.domain.errors import Conflict, ValidationFailed
from core.domain.invoice_number import LegacyNumber, normalize_number, parse_number
from core.domain.money import parse_money
from core.domain.roles import Permission
from core.input_invoicing.deductibility import kind_of_qr
from core.input_invoicing.rows import InputInvoiceData

#: The step that asks for each field the core may complain about.
FIELD_STEPS = {"qr": "source", "number": "number", "code": "code", "issue_date": "date", "amount": "amount",
               "tax": "tax", "kind": "kind", "seller_name": "seller", "seller_tax_id": "seller", "rate": "tax",
               "fare_and_fuel": "tax", "total": "source"}


def _then(ctx: DialogContext, outcome: Outcome) -> Outcome:
    """After correcting the field the confirm step (确认) complained about, go straight
    back to the card."""
    if ctx.data.pop("fixing", False):
        return Goto("confirm")
    return outcome


def _looks_like_qr(text: str) -> bool:
    return text.count(",") >= 5


def _read_qr(text: str, ctx: DialogContext) -> Outcome:
    payload = ctx.core.input_invoices.from_qr(text)
    kind = kind_of_qr(payload.kind)
    ctx.data.update(qr=text.strip(), number=payload.number, code=payload.code,
                    issue_date=payload.issue_date.isoformat(), total=str(payload.amount), kind=kind)
    if kind == "rail":  # its tax is computed from the 票面金额
        ctx.data["tax"] = "0"
        return Goto("seller", "bot.filing_chat.qr_read")
    return Goto("tax", "bot.filing_chat.qr_read")


async def _start(ctx: DialogContext) -> Outcome | None:
    args = str(ctx.data.pop("_args", "")).strip()
    if args and _looks_like_qr(args):
        # 「录入进项 01,32,,…」: the QR string came with the command.
        try:
            return _read_qr(args, ctx)
        except ValidationFailed:
            return None  # ask for it again at the first step
    return None


async def _source(text: str, ctx: DialogContext) -> Outcome:
    if text.strip() == "1":
        ctx.data.pop("qr", None)
        return Goto("number")
    if _looks_like_qr(text):
        return _read_qr(text, ctx)
    return Retry("bot.filing_chat.source_hint")


async def _number(text: str, ctx: DialogContext) -> Outcome:
    number = parse_number(text, "number")
    ctx.data["number"] = normalize_number(text)
    if isinstance(number, LegacyNumber):  # an 8-digit 号码 goes with a 发票代码
        return Goto("code")
    ctx.data["code"] = ""
    return _then(ctx, Goto("date"))


async def _code(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["code"] = text.strip()
    return _then(ctx, Next())


async def _date(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["issue_date"] = text.strip()
    return _then(ctx, Next())


async def _amount(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["amount"] = str(parse_money(text, "amount"))
    return _then(ctx, Next())


async def _tax(text: str, ctx: DialogContext) -> Outcome:
    if ctx.data.get("kind") == "air":  # 票价 + 燃油附加费: the base of the computed tax
        ctx.data["fare_and_fuel"] = str(parse_money(text, "fare_and_fuel"))
        ctx.data["tax"] = "0"
        return _then(ctx, Goto("seller"))
    ctx.data["tax"] = str(parse_money(text, "tax"))
    if ctx.data.get("qr"):
        return _then(ctx, Goto("seller"))
    return _then(ctx, Next())


async def _kind(value: str, ctx: DialogContext) -> Outcome:
    ctx.data["kind"] = value
    return _then(ctx, Next())


async def _seller(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["seller_name"] = "" if vocabulary().is_word("skip", text) else text.strip()
    return _then(ctx, Next())


def _back_to_problem(ctx: DialogContext, exc: ValidationFailed) -> Outcome:
    name, problem = next(iter(exc.fields.items()))
    step = FIELD_STEPS.get(name, "source")
    if step in ("number", "code", "date", "amount", "kind") and ctx.data.get("qr"):
        step = "source"  # those came from the QR string
    ctx.data["problem"] = field_text(ctx.bot.texts, problem.code, problem.params)
    ctx.data["fixing"] = step != "source"
    return Goto(step, "bot.filing_chat.problem")


async def _confirm(ctx: DialogContext) -> Outcome:
    data: dict[str, Any] = ctx.data
    try:
        if data.get("qr"):
            view = await ctx.core.input_invoices.record_from_qr(data["qr"], data["tax"], ctx.actor,
                                                               seller_name=data.get("seller_name", ""),
                                                               fare_and_fuel=data.get("fare_and_fuel", ""))
        else:
            view = await ctx.core.input_invoices.record(InputInvoiceData(
                number=data["number"], code=data.get("code", ""), issue_date=data["issue_date"],
                amount=data["amount"], tax=data["tax"], kind=data["kind"],
                seller_name=data.get("seller_name", "")), ctx.actor)
    except ValidationFailed as exc:
        if not exc.fields:
            raise
        return _back_to_problem(ctx, exc)
    except Conflict as exc:
        return Finish("bot.filing_chat.duplicate", {"problem": ctx.bot.error(exc)})
    return Finish("bot.filing_chat.recorded", {"view": view})


def _card_params(ctx: DialogContext) -> dict[str, Any]:
    data = ctx.data
    if data.get("kind") in ("rail", "air"):
        return {"amount_shown": data.get("fare_and_fuel") or data["total"]}
    if data.get("qr"):
        total = parse_money(data["total"], "amount")
        tax = parse_money(data.get("tax", "0"), "tax")
        return {"amount_shown": str(total - tax if total >= tax else total)}
    return {"amount_shown": data.get("amount", "0")}


async def _overview(ctx: DialogContext) -> Outcome | None:
    """「进项」: the month's received invoices (synced from the platform) and where 勾选
    stands; 「进项 <QR string>」 records one, like 「录入进项」."""
    args = str(ctx.data.get("_args", "")).strip()
    if args and _looks_like_qr(args):
        # 录入进项's permission (input_overview itself only reads).
        await ctx.core.companies.require(ctx.actor, Permission.FILE_TAX)
        return await _start(ctx)
    month = args or None
    overview = await ctx.core.received.overview(ctx.actor, month)
    return Finish("bot.inputs.overview", {"o": overview})


DIALOG = Dialog(
    name="input_invoice",
    start=_start,
    steps=(
        Step("source", "bot.filing_chat.ask_source", _source, help="bot.filing_chat.help_source"),
        Step("number", "bot.filing_chat.ask_number", _number),
        Step("code", "bot.filing_chat.ask_code", _code),
        Step("date", "bot.filing_chat.ask_date", _date),
        Step("amount", "bot.filing_chat.ask_amount", _amount),
        Step("tax", "bot.filing_chat.ask_tax", _tax),
        Choice("kind", "bot.filing_chat.ask_kind", "input_invoice_kind", _kind),
        Step("seller", "bot.filing_chat.ask_seller", _seller),
        Confirm("confirm", "bot.filing_chat.card", _confirm, verb="bot.nlu.confirm_verb.record", prompt_params=_card_params),
    ),
)

#: 「进项」: the same steps (for 「进项 <QR string>」), but without a QR string it answers the
#: month's overview at once.
OVERVIEW = replace(DIALOG, name="input_overview", start=_overview)
