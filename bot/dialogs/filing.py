"""Dialog module.

申报: tax type → period → (所得税: 成本, 费用) → a prefilled summary card → 确认提交 (or 返回 to change).
"""

from __future__ import annotations

from bot.dialogs.common import pick, require_login
from bot.dialogs.engine import Dialog, DialogContext, Finish, Goto, Next, Outcome, Retry, Step
from bot.vocabulary import vocabulary
from core.domain.periods import Period
from core.domain.roles import Permission
from core.services.filings import CitInputs


async def _start(ctx: DialogContext) -> Outcome | None:
    refused = await require_login(ctx)
    if refused is not None:
        return refused
    await ctx.core.companies.require(ctx.actor, Permission.FILE_TAX)
    company = await ctx.core.companies.current(ctx.actor)
    today = ctx.core.invoices.today()
    monthly = company.taxpayer_kind == "general"
    ctx.data["default_period"] = Period.containing(today, "month" if monthly else "quarter").previous().label
    ctx.data["default_quarter"] = Period.containing(today, "quarter").previous().label
    ctx.data.pop("_args", None)
    return None


async def _type(text: str, ctx: DialogContext) -> Outcome:
    choice = pick(ctx, text, {"1": "vat", "2": "cit"})
    if isinstance(choice, Retry):
        return choice
    ctx.data["tax_type"] = choice
    return Next()


async def _period(text: str, ctx: DialogContext) -> Outcome:
    if vocabulary().is_word("yes", text):
        text = ctx.data["default_quarter"] if ctx.data["tax_type"] == "cit" else ctx.data["default_period"]
    ctx.data["period"] = Period.parse(text).label
    if ctx.data["tax_type"] == "cit":
        return Goto("cost")
    return await _prepare(ctx)


async def _prepare(ctx: DialogContext) -> Outcome:
    inputs = None
    if ctx.data["tax_type"] == "cit":
        inputs = CitInputs(cost=ctx.data.get("cost", "0"), expenses=ctx.data.get("expenses", "0"))
    view = await ctx.core.filings.prepare(ctx.data["tax_type"], ctx.data["period"], ctx.actor, inputs)
    ctx.data.update(filing_id=view.id, payable=str(view.payable), declared=str(view.declared_sales),
                    due=view.due_date.isoformat(), totals=view.figures.get("totals", {}))
    return Goto("confirm")


async def _cost(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["cost"] = text.replace(",", "").strip()
    return Next()


async def _expenses(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["expenses"] = text.replace(",", "").strip()
    return await _prepare(ctx)


async def _confirm(text: str, ctx: DialogContext) -> Outcome:
    head, _, rest = text.partition(" ")
    if vocabulary().is_word("edit", head) and rest.strip():
        view = await ctx.core.filings.adjust(ctx.data["filing_id"], rest.strip(), ctx.actor)
        ctx.data["declared"] = str(view.declared_sales)
        return Goto("confirm", "bot.filing.adjusted")
    if not vocabulary().is_word("yes", text):
        return Retry("bot.invoice.confirm_hint")
    view = await ctx.core.filings.submit(ctx.data["filing_id"], ctx.actor)
    return Finish("bot.filing.submitted", {"status": view.status})


DIALOG = Dialog(
    name="file_tax",
    start=_start,
    steps=(
        Step("type", "bot.filing.ask_type", _type),
        Step("period", "bot.filing.ask_period", _period, help="bot.filing.help_period"),
        Step("cost", "bot.filing.ask_cost", _cost),
        Step("expenses", "bot.filing.ask_expenses", _expenses),
        Step("confirm", "bot.filing.card", _confirm),
    ),
)
