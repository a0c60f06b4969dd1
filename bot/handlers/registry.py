"""Command handlers, registered by decorator (wechatpy's registry style, no if-chains)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.context import BotContext

Handler = Callable[[BotContext, str], Awaitable[str]]
HANDLERS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        if name in HANDLERS:
            raise ValueError(f"command {name} registered twice")
        HANDLERS[name] = fn
        return fn

    return register


#: Handlers of media messages by MsgType ("image"): (context, media id) -> reply.
MediaHandler = Callable[[BotContext, str], Awaitable[str]]
MEDIA_HANDLERS: dict[str, MediaHandler] = {}


def media(msg_type: str) -> Callable[[MediaHandler], MediaHandler]:
    def register(fn: MediaHandler) -> MediaHandler:
        if msg_type in MEDIA_HANDLERS:
            raise ValueError(f"media handler {msg_type} registered twice")
        MEDIA_HANDLERS[msg_type] = fn
        return fn

    return register
