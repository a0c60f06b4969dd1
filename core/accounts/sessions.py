"""Opaque bearer sessions (≥128 random bits) kept in the key-value store with a TTL."""

from __future__ import annotations

import hashlib
import secrets

from core.domain.errors import NotAuthenticated
from core.ports import KeyValueStore

SESSION_TTL_SECONDS = 7 * 86400


def _key(token: str) -> str:
    # The store keeps a hash so that a dump of Redis does not hand out live tokens.
    return "session:" + hashlib.sha256(token.encode()).hexdigest()


class SessionService:
    def __init__(self, store: KeyValueStore) -> None:
        self.store = store

    async def create(self, account_id: int) -> str:
        token = secrets.token_urlsafe(32)  # 256 bits
        await self.store.set(_key(token), str(account_id), ttl=SESSION_TTL_SECONDS)
        await self.store.sadd(f"account_sessions:{account_id}", _key(token), ttl=SESSION_TTL_SECONDS)
        return token

    async def resolve(self, token: str) -> int:
        raw = await self.store.get(_key(token)) if token else None
        if raw is None:
            raise NotAuthenticated()
        return int(raw)

    async def revoke(self, token: str) -> None:
        raw = await self.store.get(_key(token))
        await self.store.delete(_key(token))
        if raw is not None:
            await self.store.srem(f"account_sessions:{raw}", _key(token))

    async def revoke_all(self, account_id: int, *, keep: str | None = None) -> int:
        index = f"account_sessions:{account_id}"
        keys = await self.store.smembers(index)
        kept = _key(keep) if keep else None
        doomed = [key for key in keys if key != kept]
        removed = await self.store.delete(*doomed)
        for key in doomed:
            await self.store.srem(index, key)
        return removed
