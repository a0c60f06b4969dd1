"""Small building blocks that several dialogs share."""

from __future__ import annotations

from bot.dialogs.steps import Abort, DialogContext, Outcome
from core.domain import validators


async def require_login(ctx: DialogContext) -> Outcome | None:
    if ctx.bot.account_id is None:
        return Abort("bot.need_login")
    return None


async def require_guest(ctx: DialogContext) -> Outcome | None:
    if ctx.bot.account_id is not None:
        view = await ctx.core.accounts.view(ctx.bot.account_id)
        return Abort("bot.already_logged_in", {"name": view.display_name, "phone": view.masked_phone})
    return None


def phone_into(ctx: DialogContext, text: str) -> str:
    phone = validators.normalize_phone(text)
    ctx.data["phone"] = phone
    ctx.data["masked_phone"] = phone[:3] + "****" + phone[-4:]
    return phone
