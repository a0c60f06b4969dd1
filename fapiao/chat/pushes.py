"""The pushes: customer-service messages the server's console WeChat API kept for the current user
(``GET /dev/pushes``), polled in the background and printed as they arrive."""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any, Protocol

import aiohttp

#: Seconds between two polls of ``/dev/pushes``.
POLL_INTERVAL = 1.0
POLL_TIMEOUT = 5.0
#: Piped input: how long to wait at the end for pushes announced by a ``success`` reply.
PENDING_PUSH_WAIT = 8.0
PUSH = "push> "


class Screen(Protocol):
    """What the pushes need of the chat client: who is chatting, and where to print."""

    openid: str
    interactive: bool

    def note(self, text: str) -> None: ...

    def block(self, label: str, text: str, code: str) -> None: ...


class Pushes:
    def __init__(self, client: Screen, session: aiohttp.ClientSession, base_url: str) -> None:
        self.client = client
        self.session = session
        self.base = base_url
        #: False once the server says it has no console pushes (real WeChat API).
        self.enabled = True
        self.after = 0
        self.lock = asyncio.Lock()
        #: Replies that announced a push (a ``success`` answer): piped runs wait for them at the end.
        self.expecting = 0

    async def _fetch(self, openid: str, after: int) -> dict[str, Any] | None:
        try:
            async with self.session.get(f"{self.base}/dev/pushes",
                                        params={"openid": openid, "after": str(after)},
                                        timeout=aiohttp.ClientTimeout(total=POLL_TIMEOUT)) as resp:
                if resp.status == 404:
                    # Not the console WeChat API: pushes go to real WeChat, nothing to show.
                    self.enabled = False
                    return None
                if resp.status != 200:
                    return None
                data = await resp.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    async def reset(self) -> None:
        """Start reading the current user's pushes from now on (earlier ones are skipped)."""
        if not self.enabled:
            return
        async with self.lock:
            openid = self.client.openid
            self.after = 0
            data = await self._fetch(openid, 0)
            if data is None or openid != self.client.openid:
                return
            with contextlib.suppress(TypeError, ValueError):
                self.after = int(data.get("next", 0))
        if self.after and self.client.interactive:
            plural = "es" if self.after != 1 else ""
            self.client.note(f"({self.after} earlier push{plural} for {openid} not shown)")

    async def poll_once(self) -> None:
        if not self.enabled:
            return
        async with self.lock:
            openid = self.client.openid
            data = await self._fetch(openid, self.after)
            if data is None or openid != self.client.openid:
                return
            messages = data.get("messages") or []
            try:
                self.after = int(data.get("next", self.after + len(messages)))
            except (TypeError, ValueError):
                self.after += len(messages)
            for message in messages:
                text = message.get("text", "") if isinstance(message, dict) else message
                self.expecting = max(0, self.expecting - 1)
                self.client.block(PUSH, str(text), "35;1")

    async def poll_forever(self) -> None:
        while self.enabled:
            await asyncio.sleep(POLL_INTERVAL)
            await self.poll_once()

    async def wait_for_pending(self) -> None:
        """Piped input ended: give announced pushes a moment to arrive."""
        await self.poll_once()
        if not self.expecting or not self.enabled:
            return
        self.client.note(f"(waiting up to {PENDING_PUSH_WAIT:.0f} s for {self.expecting} pending push(es))")
        deadline = time.monotonic() + PENDING_PUSH_WAIT
        while self.expecting and self.enabled and time.monotonic() < deadline:
            await asyncio.sleep(0.25)
            await self.poll_once()
