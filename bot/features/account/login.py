"""Dialog module.

登录 / 绑定: bind an existing account to this WeChat user (with the second factor when on).
"""

from __future__ import annotations

from bot.dialogs.common import phone_into, require_guest
from bot.dialogs.steps import Dialog, DialogContext, Finish, Goto, Next, Outcome, Step
from core.clock import CHINA
from core.domain.errors import SecondFactorRequired


async def _phone(text: str, ctx: DialogContext) -> Outcome:
    phone_into(ctx, text)
    return Next()


async def _finish(ctx: DialogContext, account_id: int) -> Outcome:
    await ctx.core.accounts.bind(account_id, "mp", ctx.bot.openid, ctx.actor)
    view = await ctx.core.accounts.view(account_id)

    return Finish("bot.login.done", {"name": view.display_name, "items": await ctx.core.announcements.current(),
                                     "china": CHINA})


async def _password(text: str, ctx: DialogContext) -> Outcome:
    try:
        account_id = await ctx.core.accounts.authenticate(ctx.data["phone"], text, ctx.actor)
    except SecondFactorRequired as exc:
        ctx.data["ticket"] = exc.params["ticket"]
        ctx.data["method"] = exc.params["method"]
        return Goto("second_factor")
    return await _finish(ctx, account_id)


async def _second_factor(text: str, ctx: DialogContext) -> Outcome:
    account_id = await ctx.core.accounts.complete_second_factor(ctx.data["ticket"], text, ctx.actor)
    return await _finish(ctx, account_id)


DIALOG = Dialog(
    name="login",
    start=require_guest,
    steps=(
        Step("phone", "bot.login.ask_phone", _phone),
        Step("password", "bot.login.ask_password", _password, help="bot.login.help_password"),
        Step("second_factor", "bot.login.ask_second_factor", _second_factor),
    ),
)
