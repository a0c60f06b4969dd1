"""Ports: the small interfaces core needs from the outside world.

Each has a real adapter, a console/sandbox adapter for local runs and a recording
fake for tests. Messages are passed as a template key plus params, never as
finished Chinese text: rendering belongs to the edge (and real SMS gateways send
template ids with params anyway).
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from core.domain.invoice_document import InvoiceDocument


class Clock(Protocol):
    def now(self) -> datetime:
        """Current time, timezone-aware (UTC)."""
        ...


@dataclass(frozen=True)
class StoreWrite:
    """One write of :meth:`KeyValueStore.write_batch`: ``set`` (``value``, ``ttl``), ``delete``,
    or ``rpush`` (``value``, ``ttl``, the list capped to its last ``max_len`` items)."""

    kind: str
    key: str
    value: str | None = None
    ttl: int | None = None
    max_len: int = 100


class KeyValueStore(Protocol):
    """The subset of Redis that core relies on (redis.asyncio, or the in-process EmbeddedStore)."""

    async def claim_and_get(self, key: str, value: str, ttl: int,
                            reads: Sequence[str]) -> tuple[bool, list[str | None]]:
        """``SET key value NX EX ttl`` and ``MGET reads`` in one round trip: (claimed, values).
        The chat path's first round trip (de-duplication, binding, dialog state)."""
        ...

    async def get_many(self, keys: Sequence[str]) -> list[str | None]:
        """``MGET``: the string values of ``keys`` (None when absent), one round trip."""
        ...

    async def write_batch(self, writes: Sequence[StoreWrite]) -> None:
        """Apply ``writes`` in order, atomically, in one round trip (MULTI/EXEC on Redis)."""
        ...

    async def get(self, key: str) -> str | None: ...

    async def set(self, key: str, value: str, *, ttl: int | None = None, only_new: bool = False) -> bool: ...

    async def delete(self, *keys: str) -> int: ...

    async def incr(self, key: str, *, ttl: int) -> int:
        """Increment; sets ``ttl`` seconds when the key is new."""
        ...

    async def ttl(self, key: str) -> int: ...

    async def sadd(self, key: str, member: str, *, ttl: int) -> None: ...

    async def smembers(self, key: str) -> builtins.set[str]: ...

    async def srem(self, key: str, member: str) -> None: ...

    async def rpush(self, key: str, value: str, *, ttl: int, max_len: int = 100) -> None: ...

    async def lrange(self, key: str, start: int, end: int) -> list[str]: ...

    async def ping(self) -> bool: ...


class SmsSender(Protocol):
    async def send(self, phone: str, template: str, params: Mapping[str, Any]) -> None: ...


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    media_type: str = "application/pdf"


class EmailSender(Protocol):
    async def send(self, to: str, template: str, params: Mapping[str, Any],
                   attachments: Sequence[Attachment] = ()) -> None: ...


@dataclass(frozen=True)
class MiniappSession:
    openid: str
    unionid: str | None


class WeChatApi(Protocol):
    async def send_text(self, openid: str, text: str) -> None:
        """Customer-service text message (allowed 48 h after the user's last message)."""
        ...

    async def code_to_session(self, js_code: str) -> MiniappSession: ...

    async def create_menu(self, menu: Mapping[str, Any]) -> None: ...

    async def send_template(self, openid: str, template_id: str, data: Mapping[str, Any], url: str | None = None,
                            miniprogram: Mapping[str, str] | None = None) -> None:
        """Official-account template message (``cgi-bin/message/template/send``); needs a 服务号."""
        ...

    async def send_subscribe(self, openid: str, template_id: str, data: Mapping[str, Any],
                             page: str | None = None) -> None:
        """Mini-program subscribe message (``cgi-bin/message/subscribe/send``, the mini-program's
        token); allowed once per consent the user gave with ``wx.requestSubscribeMessage``."""
        ...

    async def send_image(self, openid: str, image: bytes, filename: str) -> None:
        """A customer-service image message (the TOTP QR code); the console adapter writes a file."""
        ...

    async def download_media(self, media_id: str) -> bytes:
        """A temporary media file the user sent (an image message's ``MediaId``)."""
        ...


class PasswordHasher(Protocol):
    async def hash(self, password: str) -> str: ...

    async def verify(self, stored: str, password: str) -> bool: ...

    def needs_rehash(self, stored: str) -> bool: ...


class InvoiceRenderer(Protocol):
    def render(self, doc: InvoiceDocument) -> bytes:
        """PDF bytes for the document (synchronous; callers run it in a thread)."""
        ...
