"""Dialog module.

忘记密码: phone → code (SMS, or e-mail on request) → new password.
"""

from __future__ import annotations

from bot.dialogs.steps import Dialog, DialogContext, Finish, Goto, Next, Outcome, Step
from bot.features.account.sms_steps import phone_then_code, resent_code
from core.accounts.codes import Purpose


async def _code(text: str, ctx: DialogContext) -> Outcome:
    if ctx.word("resend", text):
        return await resent_code(ctx, Purpose.RESET, "bot.reset.code_sent")
    if ctx.word("email", text):
        masked = await ctx.core.accounts.request_reset_by_email(ctx.data["phone"], ctx.actor)
        return Goto("code", "bot.reset.email_sent", {"masked_email": masked})
    ctx.data["proof"] = await ctx.core.accounts.verify_code(ctx.data["phone"], Purpose.RESET, text)
    return Next()


async def _password(text: str, ctx: DialogContext) -> Outcome:
    await ctx.core.accounts.reset_password(ctx.data["phone"], text, ctx.actor, proof=ctx.data["proof"])
    return Finish("bot.reset.done")


DIALOG = Dialog(
    name="forgot_password",
    steps=(
        Step("phone", "bot.reset.ask_phone", phone_then_code(Purpose.RESET, "bot.reset.code_sent")),
        Step("code", "bot.reset.ask_code", _code),
        Step("password", "bot.reset.ask_password", _password, help="bot.register.help_password"),
    ),
)
