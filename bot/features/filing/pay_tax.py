"""Dialog module.

缴款: the return to pay (the latest 申报成功 one, or 「缴款 <申报编号>」) with the amount —
增值税 and 附加税费 itemised — and a 「确认」 before anything is paid.
"""

from __future__ import annotations

from bot.dialogs.steps import Abort, Dialog, DialogContext, Finish, Outcome, Retry, Step
from bot.vocabulary import vocabulary


async def _start(ctx: DialogContext) -> Outcome | None:
    wanted = str(ctx.data.pop("_args", "") or "").strip()
    filings = await ctx.core.filings.recent(ctx.actor, limit=20)
    target = next((f for f in filings if (str(f.id) == wanted if wanted else f.status == "succeeded")), None)
    if target is None or target.status != "succeeded":
        return Abort("bot.returns.pay_pick")
    ctx.data["filing_id"] = target.id
    ctx.data["view"] = {"tax_type": target.tax_type, "period": target.period, "payable": str(target.payable),
                        "surcharges": str(target.surcharges), "total_due": str(target.total_due),
                        "due_date": target.due_date.isoformat()}
    return None


async def _confirm(text: str, ctx: DialogContext) -> Outcome:
    if not vocabulary().is_word("yes", text):
        return Retry("bot.returns.pay_hint")
    view = await ctx.core.filings.pay(ctx.data["filing_id"], "wechat", ctx.actor)
    return Finish("bot.returns.paid", {"view": view})


DIALOG = Dialog(name="pay_tax", start=_start, steps=(Step("confirm", "bot.returns.pay_confirm", _confirm),))
