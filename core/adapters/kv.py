"""KeyValueStore over redis.asyncio (production) or fakeredis (embedded default)."""

from __future__ import annotations

import builtins
from typing import Any, cast

import redis.asyncio as aioredis

from core.settings import EMBEDDED_REDIS


class RedisStore:
    def __init__(self, client: aioredis.Redis) -> None:
        self.client = client

    @classmethod
    def from_url(cls, url: str) -> RedisStore:
        if url == EMBEDDED_REDIS:
            return EmbeddedStore()
        return cls(aioredis.from_url(url, decode_responses=True, socket_timeout=2, socket_connect_timeout=2))

    async def get(self, key: str) -> str | None:
        return cast("str | None", await self.client.get(key))

    async def set(self, key: str, value: str, *, ttl: int | None = None, only_new: bool = False) -> bool:
        result = await self.client.set(key, value, ex=ttl, nx=only_new)
        return bool(result)

    async def delete(self, *keys: str) -> int:
        if not keys:
            return 0
        return int(await self.client.delete(*keys))

    async def incr(self, key: str, *, ttl: int) -> int:
        pipe = self.client.pipeline(transaction=True)
        pipe.incr(key)
        pipe.expire(key, ttl, nx=True)
        result: list[Any] = await pipe.execute()
        return int(result[0])

    async def ttl(self, key: str) -> int:
        return int(await self.client.ttl(key))

    async def sadd(self, key: str, member: str, *, ttl: int) -> None:
        pipe = self.client.pipeline(transaction=True)
        pipe.sadd(key, member)
        pipe.expire(key, ttl)
        await pipe.execute()

    async def smembers(self, key: str) -> builtins.set[str]:
        return {str(item) for item in await self.client.smembers(key)}

    async def srem(self, key: str, member: str) -> None:
        await self.client.srem(key, member)

    async def rpush(self, key: str, value: str, *, ttl: int, max_len: int = 100) -> None:
        pipe = self.client.pipeline(transaction=True)
        pipe.rpush(key, value)
        pipe.ltrim(key, -max_len, -1)
        pipe.expire(key, ttl)
        await pipe.execute()

    async def lrange(self, key: str, start: int, end: int) -> list[str]:
        return [str(item) for item in await self.client.lrange(key, start, end)]

    async def ping(self) -> bool:
        return bool(await self.client.ping())

    async def close(self) -> None:
        await self.client.aclose()


class EmbeddedStore(RedisStore):
    """``memory://``: fakeredis in this process. The commands go through fakeredis's synchronous
    client (in memory, they never wait), which costs a third to a half of a trip through
    redis.asyncio's connection machinery. ``client`` is an asyncio client on the same data; when
    someone replaces it (a test pointing the store at a Redis that is down), every command goes
    through the replacement, as in :class:`RedisStore`. A pipeline runs in one synchronous call on
    the event loop's thread, so nothing else runs between its commands: no MULTI/EXEC needed."""

    def __init__(self) -> None:
        import fakeredis

        server = fakeredis.FakeServer()
        self._own_client = fakeredis.FakeAsyncRedis(server=server, decode_responses=True)
        super().__init__(self._own_client)
        self.sync = fakeredis.FakeRedis(server=server, decode_responses=True)

    @property
    def _direct(self) -> bool:
        return self.client is self._own_client

    async def get(self, key: str) -> str | None:
        if not self._direct:
            return await super().get(key)
        return cast("str | None", self.sync.get(key))

    async def set(self, key: str, value: str, *, ttl: int | None = None, only_new: bool = False) -> bool:
        if not self._direct:
            return await super().set(key, value, ttl=ttl, only_new=only_new)
        return bool(self.sync.set(key, value, ex=ttl, nx=only_new))

    async def delete(self, *keys: str) -> int:
        if not self._direct:
            return await super().delete(*keys)
        return int(self.sync.delete(*keys)) if keys else 0

    async def incr(self, key: str, *, ttl: int) -> int:
        if not self._direct:
            return await super().incr(key, ttl=ttl)
        pipe = self.sync.pipeline(transaction=False)  # see the class doc
        pipe.incr(key)
        pipe.expire(key, ttl, nx=True)
        return int(pipe.execute()[0])

    async def ttl(self, key: str) -> int:
        if not self._direct:
            return await super().ttl(key)
        return int(self.sync.ttl(key))

    async def sadd(self, key: str, member: str, *, ttl: int) -> None:
        if not self._direct:
            return await super().sadd(key, member, ttl=ttl)
        pipe = self.sync.pipeline(transaction=False)  # see the class doc
        pipe.sadd(key, member)
        pipe.expire(key, ttl)
        pipe.execute()

    async def smembers(self, key: str) -> builtins.set[str]:
        if not self._direct:
            return await super().smembers(key)
        return {str(item) for item in cast("builtins.set[Any]", self.sync.smembers(key))}

    async def srem(self, key: str, member: str) -> None:
        if not self._direct:
            return await super().srem(key, member)
        self.sync.srem(key, member)

    async def rpush(self, key: str, value: str, *, ttl: int, max_len: int = 100) -> None:
        if not self._direct:
            return await super().rpush(key, value, ttl=ttl, max_len=max_len)
        pipe = self.sync.pipeline(transaction=False)  # see the class doc
        pipe.rpush(key, value)
        pipe.ltrim(key, -max_len, -1)
        pipe.expire(key, ttl)
        pipe.execute()

    async def lrange(self, key: str, start: int, end: int) -> list[str]:
        if not self._direct:
            return await super().lrange(key, start, end)
        return [str(item) for item in cast("list[Any]", self.sync.lrange(key, start, end))]

    async def ping(self) -> bool:
        if not self._direct:
            return await super().ping()
        return bool(self.sync.ping())

    async def close(self) -> None:
        self.sync.close()
        await super().close()
