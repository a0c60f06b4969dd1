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
            import fakeredis

            return cls(fakeredis.FakeAsyncRedis(decode_responses=True))
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
