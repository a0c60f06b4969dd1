"""The two SMS-code steps that registering and resetting the password share: the phone (a code is
sent to it) and 重发 at the code step. ``notice`` is the template key saying the code was sent."""

from __future__ import annotations

from bot.dialogs.common import phone_into
from bot.dialogs.steps import DialogContext, Goto, Next, Outcome, Parser
from core.accounts.codes import Purpose


def phone_then_code(purpose: Purpose, notice: str) -> Parser:
    """A phone step's parser: the phone is kept and a code for ``purpose`` sent to it."""

    async def parse(text: str, ctx: DialogContext) -> Outcome:
        phone = phone_into(ctx, text)
        await ctx.core.accounts.request_code(phone, purpose, ctx.actor)
        return Next(notice)

    return parse


async def resent_code(ctx: DialogContext, purpose: Purpose, notice: str) -> Outcome:
    """重发 at the code step: another code to the phone kept, and the code asked for again."""
    await ctx.core.accounts.request_code(ctx.data["phone"], purpose, ctx.actor)
    return Goto("code", notice)
