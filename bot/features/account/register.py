"""Dialog module.

注册: phone → SMS code → password → optional e-mail → name.
"""

from __future__ import annotations

from bot.dialogs.common import require_guest
from bot.dialogs.steps import Dialog, DialogContext, Finish, Next, Outcome, Step
from bot.features.account.sms_steps import phone_then_code, resent_code
from core.accounts.codes import Purpose
from core.accounts.views import PreparedPassword, RegisterCommand
from core.domain import validators


async def _code(text: str, ctx: DialogContext) -> Outcome:
    if ctx.word("resend", text):
        return await resent_code(ctx, Purpose.REGISTER, "bot.register.code_sent")
    ctx.data["proof"] = await ctx.core.accounts.verify_code(ctx.data["phone"], Purpose.REGISTER, text)
    return Next("bot.register.code_ok")


async def _password(text: str, ctx: DialogContext) -> Outcome:
    prepared = await ctx.core.accounts.prepare_password(text)
    ctx.data["password_hash"] = prepared.hash
    return Next()


async def _email(text: str, ctx: DialogContext) -> Outcome:
    ctx.data["email"] = None if ctx.word("skip", text) else validators.normalize_email(text)
    return Next()


async def _name(text: str, ctx: DialogContext) -> Outcome:
    command = RegisterCommand(
        phone=ctx.data["phone"],
        password=PreparedPassword(ctx.data["password_hash"]),
        display_name=text,
        email=ctx.data.get("email"),
        proof=ctx.data["proof"],
    )
    await ctx.core.accounts.register(command, ctx.actor, bind_openid=ctx.bot.openid)
    return Finish("bot.register.done", {"name": text.strip()})


DIALOG = Dialog(
    name="register",
    start=require_guest,
    steps=(
        Step("phone", "bot.register.ask_phone", phone_then_code(Purpose.REGISTER, "bot.register.code_sent"),
             help="bot.register.help_phone"),
        Step("code", "bot.register.ask_code", _code, help="bot.register.help_code"),
        Step("password", "bot.register.ask_password", _password, help="bot.register.help_password"),
        Step("email", "bot.register.ask_email", _email),
        Step("name", "bot.register.ask_name", _name),
    ),
)
