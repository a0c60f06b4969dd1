"""What a handler or dialog step gets: who is talking, the core, and the texts."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.container import Core
from core.domain.actor import Actor
from core.domain.errors import DomainError
from core.ports import KeyValueStore
from templates import Texts

if TYPE_CHECKING:
    from bot.turn import MessageTurn

log = logging.getLogger(__name__)


@dataclass
class BotContext:
    openid: str
    core: Core
    texts: Texts
    account_id: int | None = None
    #: The message's store view (bot/turn.py): keys read in the first round trip, writes sent
    #: with the reply. None outside a message (the store itself is used).
    turn: MessageTurn | None = field(default=None, repr=False)
    _actor: Actor | None = field(default=None, repr=False)

    @property
    def actor(self) -> Actor:
        """One Actor for the whole message: it carries the message's cache of the company scope
        (:class:`core.domain.actor.Actor` ``memo``), so the scope is resolved once."""
        actor = self._actor
        if actor is None or actor.account_id != self.account_id:
            actor = self._actor = Actor(channel="bot", account_id=self.account_id, openid=self.openid,
                                        memo={})
        return actor

    @property
    def store(self) -> KeyValueStore | MessageTurn:
        """Where handlers keep chat state (dialog state, the last list, the recent messages)."""
        return self.turn if self.turn is not None else self.core.store

    def say(self, key: str, **params: Any) -> str:
        return with_hint(self.texts, key, params, self.texts.render(key, params))

    def error(self, exc: DomainError) -> str:
        """The message for a domain error, with the first field problem spelled out."""
        return error_text(self.texts, exc)


def with_hint(texts: Texts, key: str, params: Mapping[str, Any], text: str) -> str:
    """``text`` (the message ``key``) plus the bot's own hint ``bot_hints.<key>``: error and field
    messages are channel-neutral (the API shows them too), the command to send is the bot's to add."""
    hint_key = f"bot_hints.{key}"
    if not texts.has(hint_key):
        return text
    try:
        hint = texts.render(hint_key, params)
    except Exception:  # a hint is an extra: never lose the message over it
        log.exception("hint %s failed to render", hint_key)
        return text
    return f"{text}{hint}" if hint else text


def error_text(texts: Texts, exc: DomainError) -> str:
    """A domain error as the bot says it: the neutral message (each field problem, or the error's)
    followed by the bot's hint."""
    if exc.fields:
        return "\n".join(field_text(texts, p.code, p.params) for p in exc.fields.values())
    return with_hint(texts, f"error.{exc.code}", exc.params, texts.error(exc.code, exc.params))


def field_text(texts: Texts, code: str, params: Mapping[str, Any]) -> str:
    return with_hint(texts, f"field.{code}", params, texts.field(code, params))
