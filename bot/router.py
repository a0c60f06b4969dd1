"""Where a chat message goes: the active dialog, then a command, then the fallback.

What each command is (handler or dialog) and needs (login, read/write, permission) comes from
the feature routers that ``bot/app.py`` includes; menu clicks are routed to the same commands
as their keywords.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Mapping
from typing import Any, TypeVar

from bot import app
from bot.context import BotContext
from bot.dialogs.engine import DialogEngine, Escape
from bot.nlu.intents import understand
from bot.routing import CommandRoute, MediaRoute, Reply, Routes, StartDialog
from bot.turn import MessageTurn
from bot.vocabulary import vocabulary
from core.container import Core
from core.domain.errors import DomainError
from core.help.entries import FaqEntry
from core.help.service import HelpAnswer
from templates import Texts

log = logging.getLogger(__name__)
HISTORY_LEN = 8
HISTORY_TTL_SECONDS = 3600
#: FAQ replies remembered by their entries (Router.fallback); all are forgotten when it is full. An
#: entry is a frozen dataclass of strings (tests/unit/test_faq_reply_memo.py keeps it so), so equal
#: entries print the same text.
FAQ_REPLIES_KEPT = 512
T = TypeVar("T")


class Router:
    def __init__(self, core: Core, texts: Texts, routes: Routes | None = None) -> None:
        self.core = core
        self.texts = texts
        self.routes = routes if routes is not None else app.routes()
        self.engine = DialogEngine(self.routes.dialogs, inline=self.inline_answer)
        self._faq_replies: dict[tuple[FaqEntry | None, tuple[FaqEntry, ...]], str] = {}

    def preload_keys(self, openid: str) -> list[str]:
        """The store keys every message needs first (read in the message's first round trip):
        the openid's binding and the dialog state."""
        return [self.core.accounts.binding_key("mp", openid), DialogEngine.key(openid)]

    async def open_turn(self, openid: str) -> MessageTurn:
        return await MessageTurn.open(self.core.store, self.preload_keys(openid))

    async def context(self, openid: str, turn: MessageTurn | None = None) -> BotContext:
        binding_key = self.core.accounts.binding_key("mp", openid)
        if turn is not None and binding_key in turn.known:
            account_id = await self.core.accounts.account_for_openid("mp", openid, cached=turn.known[binding_key])
        else:
            account_id = await self.core.accounts.account_for_openid("mp", openid)
        return BotContext(openid=openid, core=self.core, texts=self.texts, account_id=account_id, turn=turn)

    async def on_text(self, openid: str, text: str, turn: MessageTurn | None = None) -> str:
        """``turn``: the message's store view opened by the caller (the webhook), who then
        flushes it with the reply record; without one the router opens and flushes its own."""
        if turn is not None:
            return await self._on_text(await self.context(openid, turn), text)
        own = await self.open_turn(openid)
        return await self._flushed(own, self._on_text(await self.context(openid, own), text))

    @staticmethod
    async def _flushed(turn: MessageTurn, work: Awaitable[T]) -> T:
        """Run ``work``, then send the turn's writes (also when it failed: what was written
        before the failure was written before, too)."""
        try:
            result = await work
        except BaseException:
            with contextlib.suppress(Exception):
                await turn.flush()
            raise
        await turn.flush()
        return result

    async def _on_text(self, ctx: BotContext, text: str) -> str:
        openid = ctx.openid
        try:
            state = await self.engine.load(ctx)  # read once per message, handed to handle()
            active = state["dialog"] if state is not None else None
            if active is not None:
                route = self.routes.commands[active]
                await self.core.maintenance.check(route.needs.access, route.feature)
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
            await ctx.store.rpush(f"chat:recent:{openid}", text[:200], ttl=HISTORY_TTL_SECONDS, max_len=HISTORY_LEN)
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
        # The word first: most texts here are questions for the FAQ, which are none of these words
        # (and then no command look-up is needed; issue 14).
        words = vocabulary()
        return text.strip().lower() in words.dialog_answers and words.command_for(text)[0] is None

    async def run_command(self, ctx: BotContext, command: str, args: str = "",
                          seed: Mapping[str, Any] | None = None) -> str:
        route = self.routes.commands.get(command)
        if route is None:
            log.error("command %s has keywords but no route", command)
            return ctx.say("bot.fallback")
        # The core's one rule: in a maintenance window writes wait (with the end time), reads go on.
        await self.core.maintenance.check(route.needs.access, route.feature)
        if route.dialog is not None:
            # A new command replaces whatever dialog was open.
            await self.engine.clear(ctx)
        refused = await self._refused(ctx, route)
        if refused is not None:
            return refused
        if route.dialog is not None:
            return await self.engine.start(command, ctx, seed or ({"_args": args} if args else None))
        assert route.handler is not None
        return await self._reply(ctx, await route.handler(ctx, args))

    async def _refused(self, ctx: BotContext, route: CommandRoute) -> str | None:
        """The declared needs a user does not meet: the reply saying so, else None."""
        if route.needs.login and ctx.account_id is None:
            return ctx.say("bot.need_login")
        if route.needs.permission is not None:
            try:
                await self.core.companies.require(ctx.actor, route.needs.permission)
            except DomainError as exc:
                return ctx.error(exc)
        return None

    async def _reply(self, ctx: BotContext, reply: Reply) -> str:
        if isinstance(reply, StartDialog):
            return await self.engine.start(reply.name, ctx, reply.seed)
        return reply

    async def inline_answer(self, ctx: BotContext, command: str, args: str) -> str | None:
        """A look-up answered inside a dialog (编码 饮料): a read handler whose needs are met."""
        route = self.routes.commands.get(command)
        if route is None or route.handler is None or route.needs.access != "read":
            return None
        refused = await self._refused(ctx, route)
        if refused is not None:
            return refused
        reply = await route.handler(ctx, args)
        return reply if isinstance(reply, str) else None

    async def fallback(self, ctx: BotContext, text: str) -> str:
        """Neither a dialog nor a command: answer from the help centre, honestly."""
        answer = await self.core.help.answer(text)
        # The reply is the texts' render of the entries alone: one asked again (the same entries)
        # is the text rendered before, without jinja's context and generators (issue 14: a quarter
        # of the messages are FAQ questions). Keyed by the entries themselves, not their ids: an
        # entry edited by staff is a new FaqEntry, unequal to the old one.
        key = (answer.entry, answer.alternatives)
        try:
            reply = self._faq_replies.get(key)
        except TypeError:  # not hashable (a stand-in for an entry): rendered each time
            return self.faq_reply(ctx, answer)
        if reply is None:
            reply = self.faq_reply(ctx, answer)
            if len(self._faq_replies) >= FAQ_REPLIES_KEPT:
                self._faq_replies.clear()
            self._faq_replies[key] = reply
        return reply

    @staticmethod
    def faq_reply(ctx: BotContext, answer: HelpAnswer) -> str:
        if answer.entry is None:
            return ctx.say("bot.faq.no_answer", alternatives=answer.alternatives)
        return ctx.say("bot.faq.answer", entry=answer.entry, alternatives=answer.alternatives)

    async def on_event(self, openid: str, event: str, message: object, key: str | None = None,
                       turn: MessageTurn | None = None) -> str | None:
        if turn is not None:
            return await self._on_event(await self.context(openid, turn), event, message, key)
        own = await self.open_turn(openid)
        return await self._flushed(own, self._on_event(await self.context(openid, own), event, message, key))

    async def _on_event(self, ctx: BotContext, event: str, message: object, key: str | None) -> str | None:
        try:
            if event == "click" and key:
                command = vocabulary().menu_keys.get(key)
                if command is None:
                    return ctx.say("bot.fallback")
                return await self.run_command(ctx, command)
            route = self.routes.events.get(event)
            if route is None:
                return None
            await self.core.maintenance.check(route.access, route.feature)
            return await route.handler(ctx, message)
        except DomainError as exc:
            return ctx.error(exc)

    async def on_media(self, openid: str, msg_type: str, media_id: str, turn: MessageTurn | None = None) -> str:
        """An image (or other media) message: its handler, whatever dialog is open (the dialog
        stays as it was); a type nobody handles gets the unsupported-message reply."""
        route = self.routes.media.get(msg_type)
        if route is None or not media_id:
            return await self.on_other(openid, turn)
        if turn is None:
            own = await self.open_turn(openid)
            return await self._flushed(own, self._on_media(await self.context(openid, own), route, media_id))
        return await self._on_media(await self.context(openid, turn), route, media_id)

    async def _on_media(self, ctx: BotContext, route: MediaRoute, media_id: str) -> str:
        try:
            await self.core.maintenance.check(route.needs.access, route.feature)
            if route.needs.login and ctx.account_id is None:
                return ctx.say("bot.need_login")
            return await self._reply(ctx, await route.handler(ctx, media_id))
        except DomainError as exc:
            return ctx.error(exc)

    async def on_other(self, openid: str, turn: MessageTurn | None = None) -> str:
        ctx = await self.context(openid, turn)
        return ctx.say("bot.unsupported_message")
