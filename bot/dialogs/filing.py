"""Dialog module.

申报: tax type → period → (所得税: 成本, 费用) → a prefilled summary card → 确认提交 (or 返回 to change).
On the card: 修改 <金额> (declared sales), 转出 <金额> (进项转出, general taxpayers' VAT) and
明细 / 为什么 <figure> (the invoices behind a figure, from ``FilingService.explain``).
"""

from __future__ import annotations

from typing import Any

from bot.dialogs.common import pick, require_login
from bot.dialogs.engine import Dialog, DialogContext, Finish, Goto, Next, Outcome, Retry, Step
from bot.vocabulary import vocabulary
from core.domain.periods import Period
from core.domain.roles import Permission
from core.services.filings import CitInputs, VatInputs


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
    ctx.data["general"] = monthly
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


async def _prepare(ctx: DialogContext, transfers_out: str | None = None, notice: str | None = None) -> Outcome:
    inputs = None
    vat_inputs = None
    if ctx.data["tax_type"] == "cit":
        inputs = CitInputs(cost=ctx.data.get("cost", "0"), expenses=ctx.data.get("expenses", "0"))
    elif ctx.data.get("general"):
        vat_inputs = VatInputs(transfers_out=transfers_out or ctx.data.get("transfers_out", "0"))
    view = await ctx.core.filings.prepare(ctx.data["tax_type"], ctx.data["period"], ctx.actor, inputs, vat_inputs)
    if vat_inputs is not None:
        ctx.data["transfers_out"] = vat_inputs.transfers_out
    ctx.data.update(filing_id=view.id, payable=str(view.payable), declared=str(view.declared_sales),
                    due=view.due_date.isoformat(), totals=view.figures.get("totals", {}))
    return Goto("confirm", notice)


def figure_code(text: str) -> str | None:
    """Which figure of the return a question names (e.g. the output-tax word 销项 →
    output_tax); the longest word wins."""
    best: tuple[int, str] | None = None
    for kind, words in vocabulary().words.items():
        if not kind.startswith("figure_"):
            continue
        for word in words:
            if word in text and (best is None or len(word) > best[0]):
                best = (len(word), kind.removeprefix("figure_"))
    return best[1] if best else None


async def explain(ctx: DialogContext | Any, filing_id: int, question: str) -> tuple[str, dict[str, Any]]:
    """The reply key and params for "why is this figure X": the breakdown words
    (明细, 为什么) followed by a figure."""
    code = figure_code(question)
    if code is None:
        return "bot.filing_chat.explain_usage", {}
    numbers = await ctx.core.filings.explain(filing_id, code, ctx.actor)
    return "bot.filing_chat.explained", {"figure": code, "numbers": numbers}


async def _cost(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["cost"] = text.replace(",", "").strip()
    return Next()


async def _expenses(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["expenses"] = text.replace(",", "").strip()
    return await _prepare(ctx)


async def _confirm(text: str, ctx: DialogContext) -> Outcome:
    head, _, rest = text.partition(" ")
    if vocabulary().is_word("transfer_out", head) and rest.strip():
        # 进项转出 (general taxpayers' VAT): the return is computed again with it.
        if ctx.data["tax_type"] != "vat" or not ctx.data.get("general"):
            return Retry("bot.filing_chat.transfer_general_only")
        return await _prepare(ctx, rest.strip(), "bot.filing_chat.transfer_set")
    if vocabulary().is_word("explain", head) or any(text.startswith(w) for w in vocabulary().words["explain"]):
        key, params = await explain(ctx, ctx.data["filing_id"], text)
        return Goto("confirm", key, params)
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
