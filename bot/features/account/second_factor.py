"""Dialog module.

二次验证: confirm who you are (password, or the current second factor), then turn on an
authenticator app (TOTP: a QR code image and, once confirmed, ten recovery codes) or SMS
codes, or turn it off. A session alone (someone at an unlocked phone) cannot change it.
"""

from __future__ import annotations

import logging

from bot.dialogs.steps import Choice, Dialog, DialogContext, Finish, Goto, Next, Outcome, Step

log = logging.getLogger(__name__)


async def _start(ctx: DialogContext) -> Outcome | None:
    view = await ctx.core.accounts.view(ctx.bot.account_id)
    ctx.data["method"] = view.second_factor
    return None


async def _reauth(text: str, ctx: DialogContext) -> Outcome:
    """Checked now; the dialog keeps only a one-use proof (never the password)."""
    value = text.strip()
    kind = "code" if ctx.data.get("method") == "totp" and value.isdigit() and len(value) == 6 else "password"
    ctx.data["proof"] = await ctx.core.account_security.reauthenticate(ctx.bot.account_id, ctx.actor,
                                                                       **{kind: value})
    return Next()


async def _choose(choice: str, ctx: DialogContext) -> Outcome:
    account_id = ctx.bot.account_id
    security = ctx.core.account_security
    proof = ctx.data.pop("proof", None)
    if not proof:
        return Goto("reauth")
    if choice == "totp":
        setup = await security.start_totp(account_id, ctx.actor, proof=proof)
        ctx.data["secret"] = setup.secret
        try:
            await ctx.core.wechat.send_image(ctx.bot.openid, setup.qr_png, "fapiao-authenticator.png")
        except Exception as exc:  # the key in the text still works
            log.warning("QR image to %s failed: %r", ctx.bot.openid, exc)
        return Goto("confirm_totp")
    if choice == "sms":
        await security.set_sms_second_factor(account_id, ctx.actor, proof=proof)
        return Finish("bot.second_factor.sms_on")
    await security.disable_second_factor(account_id, ctx.actor, proof=proof)
    return Finish("bot.second_factor.off")


async def _confirm_totp(text: str, ctx: DialogContext) -> Outcome:
    codes = await ctx.core.account_security.confirm_totp(ctx.bot.account_id, text, ctx.actor)
    ctx.data.pop("secret", None)
    return Finish("bot.second_factor.totp_on", {"recovery_codes": codes})


DIALOG = Dialog(
    name="second_factor",
    start=_start,
    steps=(
        Step("reauth", "bot.second_factor.ask_reauth", _reauth),
        Choice("choose", "bot.second_factor.ask_choice", "second_factor", _choose),
        Step("confirm_totp", "bot.second_factor.ask_totp", _confirm_totp),
    ),
)
