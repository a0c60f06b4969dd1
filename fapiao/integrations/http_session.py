"""One owned aiohttp client session per outside service (SMS, the signed tax/invoicing gateways).

Each adapter keeps one :class:`aiohttp.ClientSession` (connection reuse), created on first use so
that constructing an adapter needs no running event loop, and closed on shutdown. Tests pass a
``session_factory`` that points the adapter at a local fake server.
"""

from __future__ import annotations

from collections.abc import Callable

import aiohttp

SessionFactory = Callable[[], aiohttp.ClientSession]


class OwnedSession:
    """The session an adapter owns: :meth:`session` opens it lazily, :meth:`close` ends it."""

    def __init__(self, timeout: float, session_factory: SessionFactory | None = None) -> None:
        self.timeout = timeout
        self._session_factory = session_factory or self._default_session
        self._session: aiohttp.ClientSession | None = None

    def _default_session(self) -> aiohttp.ClientSession:
        return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout))

    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = self._session_factory()
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
