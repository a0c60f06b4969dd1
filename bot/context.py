"""What a handler or dialog step gets: who is talking, the core, and the texts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.container import Core
from core.domain.actor import Actor
from core.domain.errors import DomainError
from templates import Texts


@dataclass
class BotContext:
    openid: str
    core: Core
    texts: Texts
    account_id: int | None = None

    @property
    def actor(self) -> Actor:
        return Actor(channel="bot", account_id=self.account_id, openid=self.openid)

    def say(self, key: str, **params: Any) -> str:
        return self.texts.render(key, params)

    def error(self, exc: DomainError) -> str:
        """The message for a domain error, with the first field problem spelled out."""
        if exc.fields:
            return "\n".join(self.texts.field(p.code, p.params) for p in exc.fields.values())
        return self.texts.error(exc.code, exc.params)
