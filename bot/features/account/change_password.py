"""Dialog module.

修改密码: current password → new password. Like a reset, the change ends every session and
every WeChat / mini-program binding (this chat included) and is told by SMS.
"""

from __future__ import annotations

from bot.dialogs.steps import Dialog, DialogContext, Finish, Next, Outcome, Step


async def _current(text: str, ctx: DialogContext) -> Outcome:
    # Checked now (wrong answers count towards the lockout); only a one-use proof is kept.
    ctx.data["proof"] = await ctx.core.account_security.reauthenticate(ctx.bot.account_id, ctx.actor,
                                                                       password=text)
    return Next()


async def _new(text: str, ctx: DialogContext) -> Outcome:
    await ctx.core.account_security.change_password(ctx.bot.account_id, None, text, ctx.actor,
                                                    proof=ctx.data["proof"])
    return Finish("bot.change_password.done")


DIALOG = Dialog(
    name="change_password",
    steps=(
        Step("current", "bot.change_password.ask_current", _current),
        Step("new", "bot.change_password.ask_new", _new, help="bot.register.help_password"),
    ),
)
