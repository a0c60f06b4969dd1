"""Where a chat message goes: the active dialog, then a command, then the fallback.

Menu clicks are routed to the same commands as their keywords.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from bot.context import BotContext
from bot.dialogs.engine import DialogEngine, Escape
from bot.dialogs.registry import DIALOGS
from bot.handlers import account as _account  # noqa: F401  (registers handlers)
from bot.handlers import backup as _backup  # noqa: F401
from bot.handlers import filings as _filings  # noqa: F401
from bot.handlers import inputs as _inputs  # noqa: F401
from bot.handlers import invoices as _invoices  # noqa: F401
from bot.handlers import lists as _lists  # noqa: F401
from bot.handlers import materials as _materials  # noqa: F401
from bot.handlers import members as _members  # noqa: F401
from bot.handlers import scan as _scan  # noqa: F401
from bot.handlers import support as _support  # noqa: F401
from bot.handlers.events import EVENT_HANDLERS
from bot.handlers.registry import HANDLERS, MEDIA_HANDLERS
from bot.nlu.intents import understand
from bot.vocabulary import vocabulary
from core.container import Core
from core.domain.errors import DomainError
from templates import Texts

log = logging.getLogger(__name__)
HISTORY_LEN = 8
HISTORY_TTL_SECONDS = 3600


class Router:
    def __init__(self, core: Core, texts: Texts) -> None:
        self.core = core
        self.texts = texts
        self.engine = DialogEngine(DIALOGS)

    async def context(self, openid: str) -> BotContext:
        account_id = await self.core.accounts.account_for_openid("mp", openid)
        return BotContext(openid=openid, core=self.core, texts=self.texts, account_id=account_id)

    async def on_text(self, openid: str, text: str) -> str:
        ctx = await self.context(openid)
        try:
            state = await self.engine.load(ctx)  # read once per message, handed to handle()
            active = state["dialog"] if state is not None else None
            if active is not None and active not in vocabulary().while_maintenance:
                await self.core.maintenance.check_write()
            reply = await self.engine.handle(ctx, text, state)
            if isinstance(reply, Escape):
                # A command typed inside a dialog: the dialog is closed, the command runs.
                result = await self.run_command(ctx, reply.command, reply.args, reply.seed)
                return "\n".join(filter(None, [reply.notice, result]))
            if reply is not None:
                return reply
            if active is None and self._answers_a_dialog(text):
                # 确认 / 返回 / 完成 with no dialog open: it expired, or its state was lost (Redis
                # restarted). Say so plainly rather than searching the FAQ for the word.
                return ctx.say("unavailable.dialog_gone", text=text.strip())
            # Only text outside dialogs is kept (dialogs collect passwords and codes): the last
            # few messages go with a ticket when the user asks for a person (人工).
            await self.core.store.rpush(f"chat:recent:{openid}", text[:200], ttl=HISTORY_TTL_SECONDS,
                                        max_len=HISTORY_LEN)
            # The intent layer: a keyword, a greeting, a natural request with its slots; else the FAQ.
            understood = understand(text, self.core.invoices.today())
            if understood.intent == "greeting":
                return ctx.say("bot.nlu.greeting", logged_in=ctx.account_id is not None)
            if understood.intent is not None:
                return await self.run_command(ctx, understood.intent, understood.args, understood.seed())
            return await self.fallback(ctx, text)
        except DomainError as exc:
            return ctx.error(exc)

    @staticmethod
    def _answers_a_dialog(text: str) -> bool:
        words = vocabulary()
        if words.command_for(text)[0] is not None:
            return False
        return any(words.is_word(kind, text) for kind in ("yes", "back", "done"))

    async def run_command(self, ctx: BotContext, command: str, args: str = "",
                          seed: Mapping[str, Any] | None = None) -> str:
        if command not in vocabulary().while_maintenance:
            # In a declared maintenance window: reads work, logins and writes wait (with the end time).
            await self.core.maintenance.check_write()
        if command in DIALOGS:
            # A new command replaces whatever dialog was open.
            await self.engine.clear(ctx)
            return await self.engine.start(command, ctx, seed or ({"_args": args} if args else None))
        handler = HANDLERS.get(command)
        if handler is None:
            log.error("command %s has keywords but no handler", command)
            return ctx.say("bot.fallback")
        return await handler(ctx, args)

    async def fallback(self, ctx: BotContext, text: str) -> str:
        """Neither a dialog nor a command: answer from the help centre, honestly."""
        answer = await self.core.help.answer(text)
        if answer.entry is None:
            return ctx.say("bot.faq.no_answer", alternatives=answer.alternatives)
        return ctx.say("bot.faq.answer", entry=answer.entry, alternatives=answer.alternatives)

    async def on_event(self, openid: str, event: str, message: object, key: str | None = None) -> str | None:
        ctx = await self.context(openid)
        try:
            if event == "click" and key:
                command = vocabulary().menu_keys.get(key)
                if command is None:
                    return ctx.say("bot.fallback")
                return await self.run_command(ctx, command)
            handler = EVENT_HANDLERS.get(event)
            return await handler(ctx, message) if handler else None
        except DomainError as exc:
            return ctx.error(exc)

    async def on_media(self, openid: str, msg_type: str, media_id: str) -> str:
        """An image (or other media) message: its handler, whatever dialog is open (the dialog
        stays as it was); a type nobody handles gets the unsupported-message reply."""
        handler = MEDIA_HANDLERS.get(msg_type)
        if handler is None or not media_id:
            return await self.on_other(openid)
        ctx = await self.context(openid)
        try:
            await self.core.maintenance.check_write()
            return await handler(ctx, media_id)
        except DomainError as exc:
            return ctx.error(exc)

    async def on_other(self, openid: str) -> str:
        ctx = await self.context(openid)
        return ctx.say("bot.unsupported_message")
