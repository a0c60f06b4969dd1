"""Dialog module.

二次验证: turn on an authenticator app (TOTP) or SMS codes, or turn it off.
"""

from __future__ import annotations

from bot.dialogs.common import pick, require_login
from bot.dialogs.engine import Dialog, DialogContext, Finish, Goto, Outcome, Retry, Step


async def _choose(text: str, ctx: DialogContext) -> Outcome:
    choice = pick(ctx, text, {"1": "totp", "2": "sms", "3": "off"})
    if isinstance(choice, Retry):
        return choice
    account_id = ctx.bot.account_id
    if choice == "totp":
        setup = await ctx.core.accounts.start_totp(account_id)
        ctx.data["secret"] = setup.secret
        return Goto("confirm_totp")
    if choice == "sms":
        await ctx.core.accounts.set_sms_second_factor(account_id, True, ctx.actor)
        return Finish("bot.second_factor.sms_on")
    await ctx.core.accounts.disable_second_factor(account_id, ctx.actor)
    return Finish("bot.second_factor.off")


async def _confirm_totp(text: str, ctx: DialogContext) -> Outcome:
    await ctx.core.accounts.confirm_totp(ctx.bot.account_id, text, ctx.actor)
    return Finish("bot.second_factor.totp_on")


DIALOG = Dialog(
    name="second_factor",
    start=require_login,
    steps=(
        Step("choose", "bot.second_factor.ask_choice", _choose),
        Step("confirm_totp", "bot.second_factor.ask_totp", _confirm_totp),
    ),
)
