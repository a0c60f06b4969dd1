"""Dialog module.

申报: tax type → period → (所得税: the company's 从业人数 / 资产总额 / 限制行业 / 以前年度亏损,
asked only the first time, then 成本, 费用) → the 增值税及附加税费 card → 确认提交 (or 返回).
Every figure is checked at the step that asks for it (「两千」 is understood, 「很多」 refused
there), never accepted and then breaking the next step.

On the card: 「未开票 13% 5000」 (未开票收入 by rate, may be negative), 「转出 100」 (进项转出),
「修改 成本 40000」 / 「修改 费用 …」 (CIT): the column is named and everything depending on
it is recomputed (``FilingService.adjust``); 明细 / 为什么 <figure> explains a figure.
"""

from __future__ import annotations

import re
from typing import Any

from bot.dialogs.steps import Choice, Confirm, Dialog, DialogContext, Finish, Goto, Next, Outcome, Retry, Step
from bot.vocabulary import vocabulary
from core.domain.chinese_amount import parse_amount
from core.domain.errors import ValidationFailed
from core.domain.periods import Period, due_date
from core.filing.compute import amount
from core.filing.service import CitInputs, FilingView

_RATE = re.compile(r"^(-?[0-9]+(?:\.[0-9]+)?)\s*%?$")


async def _start(ctx: DialogContext) -> Outcome | None:
    profile = await ctx.core.filings.profile(ctx.actor)
    today = ctx.core.invoices.today()
    monthly = profile["vat_period"] == "month"
    default = Period.containing(today, "month" if monthly else "quarter").previous()
    quarter = Period.containing(today, "quarter").previous()
    ctx.data.update(default_period=default.label, default_quarter=quarter.label,
                    general=profile["taxpayer_kind"] == "general", quarterly=not monthly,
                    needs_profile=[name for name in ("employees", "assets", "restricted_industry", "prior_losses")
                                   if profile[name] is None])
    ctx.data.pop("_args", None)
    return None


def _period_params(ctx: DialogContext) -> dict[str, Any]:
    default = Period.parse(ctx.data["default_quarter"] if ctx.data.get("tax_type") == "cit"
                           else ctx.data["default_period"])
    due = due_date(default)
    return {"default_overdue": ctx.core.invoices.today() > due, "default_due": due.isoformat()}


async def _period(text: str, ctx: DialogContext) -> Outcome:
    if vocabulary().is_word("yes", text):
        text = ctx.data["default_quarter"] if ctx.data["tax_type"] == "cit" else ctx.data["default_period"]
    ctx.data["period"] = Period.parse(text).label
    if ctx.data["tax_type"] == "cit":
        return Goto("employees" if "employees" in ctx.data["needs_profile"] else _next_profile_step(ctx, "employees"))
    return await _prepare(ctx)


_PROFILE_STEPS = ("employees", "assets", "restricted", "losses", "cost")
_PROFILE_FIELD = {"employees": "employees", "assets": "assets", "restricted": "restricted_industry",
                  "losses": "prior_losses"}


def _next_profile_step(ctx: DialogContext, current: str) -> str:
    """The next CIT step to ask: profile figures only when never given, then 成本."""
    for name in _PROFILE_STEPS[_PROFILE_STEPS.index(current) + 1:]:
        if name == "cost" or _PROFILE_FIELD[name] in ctx.data["needs_profile"]:
            return name
    return "cost"


def _amount(text: str, field: str, *, negative_ok: bool = False) -> str:
    """A typed amount for ``field``, understood («两千») or refused here with the field named."""
    value = parse_amount(text)
    if value is None or (value < 0 and not negative_ok):
        raise ValidationFailed.one(field, "amount_format")

    return str(amount(value, field, negative_ok=negative_ok))


async def _employees(text: str, ctx: DialogContext) -> Outcome:
    plain = text.strip()
    unit = next((w for w in sorted(vocabulary().words.get("people_unit", ()), key=len, reverse=True)
                 if plain.endswith(w)), "")
    value = parse_amount(plain.removesuffix(unit) if unit else plain)
    if value is None or value < 0 or value != value.to_integral_value():
        raise ValidationFailed.one("employees", "employees_format")
    ctx.data["employees"] = int(value)
    return Goto(_next_profile_step(ctx, "employees"))


async def _assets(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["assets"] = _amount(text, "assets")
    return Goto(_next_profile_step(ctx, "assets"))


async def _restricted(value: str, ctx: DialogContext) -> Outcome:
    ctx.data["restricted_industry"] = value == "yes"
    return Goto(_next_profile_step(ctx, "restricted"))


async def _losses(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["prior_losses"] = _amount(text, "prior_losses")
    return Goto("cost")


async def _cost(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["cost"] = _amount(text, "cost")
    return Next()


async def _expenses(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["expenses"] = _amount(text, "expenses")
    return await _prepare(ctx)


def _remember(ctx: DialogContext, view: FilingView) -> None:
    ctx.data.update(filing_id=view.id, payable=str(view.payable), declared=str(view.declared_sales),
                    due=view.due_date.isoformat(), totals=view.figures.get("totals", {}), figures=view.figures,
                    surcharges=str(view.surcharges), total_due=str(view.total_due), overdue=view.overdue)


async def _prepare(ctx: DialogContext, notice: str | None = None) -> Outcome:
    inputs = None
    vat_inputs = None
    if ctx.data["tax_type"] == "cit":
        inputs = CitInputs(cost=ctx.data.get("cost", "0"), expenses=ctx.data.get("expenses", "0"),
                           employees=ctx.data.get("employees"), assets=ctx.data.get("assets"),
                           restricted_industry=ctx.data.get("restricted_industry"),
                           prior_losses=ctx.data.get("prior_losses"))
    view = await ctx.core.filings.prepare(ctx.data["tax_type"], ctx.data["period"], ctx.actor, inputs, vat_inputs)
    _remember(ctx, view)
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
    if code == "surcharges":
        view = await ctx.core.filings.get(filing_id, ctx.actor)
        block = view.figures.get("surcharges") or {}
        return "bot.returns.explain_surcharges", {"period": view.period, "base": view.payable,
                                                  "lines": block.get("lines", []), "sources": block.get("sources", [])}
    numbers = await ctx.core.filings.explain(filing_id, code, ctx.actor)
    return "bot.filing_chat.explained", {"figure": code, "numbers": numbers}


def _column(text: str) -> tuple[str, str, str | None] | None:
    """「未开票 13% 5000」, 「转出 100」, 「修改 成本 40000」 → (column, value, rate)."""
    words = text.split()
    if words and vocabulary().is_word("edit", words[0]):
        words = words[1:]
    if len(words) < 2:
        return None
    head = words[0]
    for column in ("uninvoiced", "transfer_out", "cost", "expenses"):
        kind = "transfer_out" if column == "transfer_out" else f"column_{column}"
        if vocabulary().is_word(kind, head):
            name = "transfers_out" if column == "transfer_out" else column
            if column == "uninvoiced":
                if len(words) != 3 or not _RATE.match(words[1]):
                    return None
                return name, words[2], words[1].rstrip("%")
            return name, words[1], None
    return None


async def _card_words(text: str, ctx: DialogContext) -> Outcome | None:
    """明细 / the column adjustments on the card; None for anything else (then 确认 or the hint)."""
    head, _, _ = text.partition(" ")
    if vocabulary().is_word("explain", head) or any(text.startswith(w) for w in vocabulary().words["explain"]):
        key, params = await explain(ctx, ctx.data["filing_id"], text)
        return Goto("confirm", key, params)
    column = _column(text)
    if column is not None:
        name, value, rate = column
        typed = _amount(value, "uninvoiced" if name == "uninvoiced" else name, negative_ok=name == "uninvoiced")
        view = await ctx.core.filings.adjust(ctx.data["filing_id"], name, typed, ctx.actor, rate=rate)
        _remember(ctx, view)
        return Goto("confirm", "bot.returns.adjusted", {"column": name})
    if vocabulary().is_word("edit", head) or vocabulary().is_word("transfer_out", head):
        return Retry("bot.returns.adjust_usage")
    return None


async def _submit(ctx: DialogContext) -> Outcome:
    view = await ctx.core.filings.submit(ctx.data["filing_id"], ctx.actor)
    return Finish("bot.filing.submitted", {"status": view.status})


DIALOG = Dialog(
    name="file_tax",
    start=_start,
    steps=(
        Choice("type", "bot.filing.ask_type", "tax_type", "tax_type"),
        Step("period", "bot.returns.ask_period", _period, help="bot.filing.help_period", prompt_params=_period_params),
        Step("employees", "bot.returns.ask_employees", _employees),
        Step("assets", "bot.returns.ask_assets", _assets),
        Choice("restricted", "bot.returns.ask_restricted", "no_yes", _restricted),
        Step("losses", "bot.returns.ask_losses", _losses),
        Step("cost", "bot.filing.ask_cost", _cost),
        Step("expenses", "bot.filing.ask_expenses", _expenses),
        Confirm("confirm", "bot.returns.card", _submit, verb="bot.nlu.confirm_verb.submit", other=_card_words,
                keeps=frozenset({"explain_figure", "input_invoice", "scan_modify"})),
    ),
)
