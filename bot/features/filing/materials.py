"""Command and media handlers.

补充材料: which return waits for materials, and how to send them; an image sent in the chat
is downloaded from WeChat (``WeChatApi.download_media``) and attached to that return through
``FilingService.upload_materials`` (type by magic bytes, at most 10 MB — the core checks).
When no return waits, the media is read as a received invoice (``bot/features/inputs/handlers.py``).
"""

from __future__ import annotations

from typing import Any

from bot.context import BotContext
from bot.features.inputs.handlers import received_file
from bot.routing import Reply
from core.domain.errors import DomainError, ValidationFailed


async def _waiting(ctx: BotContext) -> Any | None:
    """The most recent return of the current company that waits for materials."""
    filings = await ctx.core.filings.recent(ctx.actor, limit=10)
    return next((f for f in filings if f.status == "needs_materials"), None)


async def materials(ctx: BotContext, _args: str) -> str:
    filing = await _waiting(ctx)
    if filing is None:
        return ctx.say("bot.filing_chat.no_materials_needed")
    return ctx.say("bot.filing_chat.send_materials", filing=filing)


async def image(ctx: BotContext, media_id: str) -> Reply:
    filing = None
    if ctx.account_id is not None:
        try:
            filing = await _waiting(ctx)
        except DomainError:  # no company yet, or no right to file
            filing = None
    if filing is None and ctx.account_id is None:
        return ctx.say("bot.filing_chat.image_not_needed")
    try:
        data = await ctx.core.wechat.download_media(media_id)
    except DomainError:
        return ctx.say("bot.filing_chat.image_download_failed")
    if filing is None:
        # No return waits for materials: a received invoice (photo of its QR code, or its
        # PDF/OFD/XML file sent as media) is recorded as 进项.
        return await received_file(ctx, data)
    # The name declares no type: the core decides it from the bytes.
    try:
        view = await ctx.core.filings.upload_materials(filing.id, f"wechat-{media_id[-16:]}", data, ctx.actor)
    except ValidationFailed as exc:
        return ctx.say("bot.filing_chat.materials_refused", problem=ctx.error(exc))
    return ctx.say("bot.filing_chat.materials_attached", filing=view, size_kb=max(1, len(data) // 1024))

