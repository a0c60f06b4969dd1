"""KeyValueStore over redis.asyncio (production) or in-process dicts (the embedded default)."""

from __future__ import annotations

import builtins
import hashlib
import time
from collections.abc import Sequence
from typing import Any, cast

import redis.asyncio as aioredis
from redis.exceptions import NoScriptError

from core.adapters.redis_wire import ScriptConnection, pack_command
from core.ports import StoreLease, StoreWrite
from core.settings import EMBEDDED_REDIS


class _Script:
    __slots__ = ("sha", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.sha = hashlib.sha1(text.encode()).hexdigest()


#: The message's first round trip: claim KEYS[1] (SET NX EX) and read the other keys (MGET).
#: With a lease (ARGV[3], ARGV[4]): KEYS[2] too is SET NX EX, only when KEYS[1] was claimed.
_CLAIM_AND_GET = _Script("""
local claimed = redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2])
local first = 2
if ARGV[3] then
  if claimed then redis.call('SET', KEYS[2], ARGV[3], 'NX', 'EX', ARGV[4]) end
  first = 3
end
local values = {}
if #KEYS >= first then values = redis.call('MGET', unpack(KEYS, first)) end
return {claimed and 1 or 0, values}
""")
#: The message's last round trip: its writes in order, atomically (a script runs alone, as
#: MULTI/EXEC did; a write Redis refuses stops the script there, where EXEC went on).
#: Per key four arguments: the kind, the value, the TTL ('' = none), the list cap. A 'fence'
#: lets the writes after it through only while its key holds its value; a 'release' deletes
#: its key if it holds its value, and ends the fence.
_WRITE_BATCH = _Script("""
local i = 1
local live = true
for k = 1, #KEYS do
  local kind, value, ttl, cap = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3]
  i = i + 4
  if kind == 'fence' then
    live = redis.call('GET', KEYS[k]) == value
  elseif kind == 'release' then
    if redis.call('GET', KEYS[k]) == value then redis.call('DEL', KEYS[k]) end
    live = true
  elseif not live then -- fenced out: skipped
  elseif kind == 'set' then
    if ttl == '' then redis.call('SET', KEYS[k], value) else redis.call('SET', KEYS[k], value, 'EX', ttl) end
  elseif kind == 'delete' then
    redis.call('DEL', KEYS[k])
  else
    redis.call('RPUSH', KEYS[k], value)
    redis.call('LTRIM', KEYS[k], -tonumber(cap), -1)
    if ttl ~= '' then redis.call('EXPIRE', KEYS[k], ttl) end
  end
end
return #KEYS
""")

_WRITE_KINDS = frozenset({"set", "delete", "rpush", "fence", "release"})


class RedisStore:
    def __init__(self, client: aioredis.Redis) -> None:
        self.client = client
        #: The message's two scripts' own pipelined connection (core/adapters/redis_wire.py);
        #: None where it does not apply (the embedded store, TLS…): then redis-py's client runs them.
        self._scripts = ScriptConnection.for_client(client)

    @classmethod
    def from_url(cls, url: str) -> RedisStore:
        if url == EMBEDDED_REDIS:
            return EmbeddedStore()
        return cls(aioredis.from_url(url, decode_responses=True, socket_timeout=2, socket_connect_timeout=2))

    async def get(self, key: str) -> str | None:
        # Every API request's session look-up: over the scripts' connection (one packed write, one
        # future: core/adapters/redis_wire.py) rather than redis-py's pool and per-call timeout
        # tasks, unless ``client`` was replaced (tests simulating an outage).
        scripts = self._scripts
        if scripts is not None and self.client is scripts.client:
            return cast("str | None", await scripts.call(pack_command(("GET", key))))
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

    async def claim_and_get(self, key: str, value: str, ttl: int, reads: Sequence[str],
                            lease: StoreLease | None = None) -> tuple[bool, list[str | None]]:
        if lease is not None:
            result: list[Any] = await self._script(_CLAIM_AND_GET, [key, lease.key, *reads],
                                                   [value, ttl, lease.token, lease.ttl])
            return bool(result[0]), [None if v is None else str(v) for v in result[1]]
        result = await self._script(_CLAIM_AND_GET, [key, *reads], [value, ttl])
        return bool(result[0]), [None if v is None else str(v) for v in result[1]]

    async def get_many(self, keys: Sequence[str]) -> list[str | None]:
        if not keys:
            return []
        return cast("list[str | None]", list(await self.client.mget(list(keys))))

    async def write_batch(self, writes: Sequence[StoreWrite]) -> None:
        if not writes:
            return
        keys: list[str] = []
        args: list[str | int] = []
        for write in writes:
            if write.kind not in _WRITE_KINDS:
                raise ValueError(f"unknown store write {write.kind!r}")
            keys.append(write.key)
            args += [write.kind, "" if write.value is None else write.value, "" if write.ttl is None else write.ttl,
                     write.max_len]
        await self._script(_WRITE_BATCH, keys, args)

    async def _script(self, script: _Script, keys: Sequence[str], args: Sequence[str | int]) -> Any:
        """One Lua script, one command (and one reply to parse): redis-py's pipelines cost
        ~0.1 ms of CPU per message in packing and parsing each command (issue 14). It goes
        over the scripts' own connection (no pool, retry wrapper or per-call timeout tasks:
        core/adapters/redis_wire.py) unless ``client`` was replaced (tests simulating an outage)."""
        scripts = self._scripts
        if scripts is not None and self.client is scripts.client:
            try:
                return await scripts.call(pack_command(("EVALSHA", script.sha, len(keys), *keys, *args)))
            except NoScriptError:  # a Redis that restarted or never saw it: EVAL also caches it
                return await scripts.call(pack_command(("EVAL", script.text, len(keys), *keys, *args)))
        try:
            return await self.client.evalsha(script.sha, len(keys), *keys, *args)
        except NoScriptError:
            return await self.client.eval(script.text, len(keys), *keys, *args)

    async def ping(self) -> bool:
        return bool(await self.client.ping())

    async def close(self) -> None:
        if self._scripts is not None:
            await self._scripts.close()
        await self.client.aclose()


class _MemoryClient:
    """What tests and tools reach through ``store.client`` on the embedded store."""

    def __init__(self, store: EmbeddedStore) -> None:
        self._store = store

    async def flushdb(self) -> bool:
        self._store.flush()
        return True

    async def aclose(self) -> None:
        return None


class EmbeddedStore(RedisStore):
    """``memory://``: the in-process stand-in for Redis (single process only).

    It implements just the operations of the :class:`~core.ports.KeyValueStore` port, with
    Redis's semantics (string values, counters, sets, capped lists, per-key expiry in
    seconds), on dicts. fakeredis did the same by emulating the whole Redis protocol: about
    0.1-0.4 ms per call on the chat hot path, which calls the store five or six times per
    message; a dict costs microseconds. tests/unit/test_kv_store.py holds both this store
    and real Redis to the same contract. Everything runs on the event loop's thread, so
    each multi-step operation is atomic without MULTI/EXEC.

    ``client`` answers ``flushdb()`` (a Redis restart without persistence, in tests); when
    someone replaces it (a test pointing the store at a Redis that is down), every command
    goes through the replacement, as in :class:`RedisStore`.
    """

    #: Expired keys are also swept every this many writes (a key nobody reads again would
    #: otherwise stay in memory: de-duplication keys, one per message).
    SWEEP_EVERY = 2000

    def __init__(self) -> None:
        self._own_client = _MemoryClient(self)
        super().__init__(cast("aioredis.Redis", self._own_client))
        self._values: dict[str, str | builtins.set[str] | list[str]] = {}
        self._expires: dict[str, float] = {}
        self._writes = 0

    @property
    def _direct(self) -> bool:
        return cast(object, self.client) is self._own_client

    # -- storage -------------------------------------------------------------------------

    def flush(self) -> None:
        self._values.clear()
        self._expires.clear()

    def _live(self, key: str) -> str | builtins.set[str] | list[str] | None:
        expires = self._expires.get(key)
        if expires is not None and expires <= time.monotonic():
            self._values.pop(key, None)
            del self._expires[key]
            return None
        return self._values.get(key)

    def _expire(self, key: str, ttl: int | None) -> None:
        if ttl is None:
            self._expires.pop(key, None)
        else:
            self._expires[key] = time.monotonic() + ttl

    def _wrote(self) -> None:
        self._writes += 1
        if self._writes % self.SWEEP_EVERY == 0:
            now = time.monotonic()
            for key in [k for k, at in self._expires.items() if at <= now]:
                self._values.pop(key, None)
                del self._expires[key]

    def _typed(self, key: str, kind: type) -> Any:
        value = self._live(key)
        if value is not None and not isinstance(value, kind):
            raise TypeError(f"WRONGTYPE: {key} holds a {type(value).__name__}, not a {kind.__name__}")
        return value

    # -- the port ------------------------------------------------------------------------

    async def get(self, key: str) -> str | None:
        if not self._direct:
            return await super().get(key)
        return cast("str | None", self._typed(key, str))

    async def set(self, key: str, value: str, *, ttl: int | None = None, only_new: bool = False) -> bool:
        if not self._direct:
            return await super().set(key, value, ttl=ttl, only_new=only_new)
        if only_new and self._live(key) is not None:
            return False
        self._values[key] = str(value)
        self._expire(key, ttl)
        self._wrote()
        return True

    async def delete(self, *keys: str) -> int:
        if not self._direct:
            return await super().delete(*keys)
        removed = 0
        for key in keys:
            removed += self._live(key) is not None
            self._values.pop(key, None)
            self._expires.pop(key, None)
        return removed

    async def incr(self, key: str, *, ttl: int) -> int:
        if not self._direct:
            return await super().incr(key, ttl=ttl)
        current = self._typed(key, str)
        value = (int(current) if current is not None else 0) + 1
        self._values[key] = str(value)
        if key not in self._expires:  # EXPIRE NX: only a key without an expiry gets one
            self._expire(key, ttl)
        self._wrote()
        return value

    async def ttl(self, key: str) -> int:
        if not self._direct:
            return await super().ttl(key)
        if self._live(key) is None:
            return -2
        expires = self._expires.get(key)
        return -1 if expires is None else max(0, round(expires - time.monotonic()))

    async def sadd(self, key: str, member: str, *, ttl: int) -> None:
        if not self._direct:
            return await super().sadd(key, member, ttl=ttl)
        members = self._typed(key, builtins.set)
        if members is None:
            members = self._values[key] = builtins.set()
        members.add(str(member))
        self._expire(key, ttl)
        self._wrote()

    async def smembers(self, key: str) -> builtins.set[str]:
        if not self._direct:
            return await super().smembers(key)
        return builtins.set(self._typed(key, builtins.set) or ())

    async def srem(self, key: str, member: str) -> None:
        if not self._direct:
            return await super().srem(key, member)
        members = self._typed(key, builtins.set)
        if members is not None:
            members.discard(str(member))
            if not members:  # Redis deletes an empty set
                self._values.pop(key, None)
                self._expires.pop(key, None)

    async def rpush(self, key: str, value: str, *, ttl: int, max_len: int = 100) -> None:
        if not self._direct:
            return await super().rpush(key, value, ttl=ttl, max_len=max_len)
        items = self._typed(key, list)
        if items is None:
            items = self._values[key] = []
        items.append(str(value))
        del items[:-max_len]
        self._expire(key, ttl)
        self._wrote()

    async def lrange(self, key: str, start: int, end: int) -> list[str]:
        if not self._direct:
            return await super().lrange(key, start, end)
        items: list[str] = self._typed(key, list) or []
        size = len(items)
        first = max(0, start + size if start < 0 else start)
        last = end + size if end < 0 else min(end, size - 1)  # LRANGE's end is inclusive
        return items[first:last + 1] if first <= last else []

    async def claim_and_get(self, key: str, value: str, ttl: int, reads: Sequence[str],
                            lease: StoreLease | None = None) -> tuple[bool, list[str | None]]:
        if not self._direct:
            return await super().claim_and_get(key, value, ttl, reads, lease)
        claimed = self._live(key) is None
        if claimed:
            self._values[key] = value
            self._expire(key, ttl)
            self._wrote()
            if lease is not None and self._live(lease.key) is None:
                self._values[lease.key] = lease.token
                self._expire(lease.key, lease.ttl)
        values: list[str | None] = []
        for read in reads:
            found = self._live(read)
            values.append(found if isinstance(found, str) else None)  # MGET: nil for other types
        return claimed, values

    async def get_many(self, keys: Sequence[str]) -> list[str | None]:
        if not self._direct:
            return await super().get_many(keys)
        return [found if isinstance(found := self._live(key), str) else None for key in keys]

    async def write_batch(self, writes: Sequence[StoreWrite]) -> None:
        if not self._direct:
            return await super().write_batch(writes)
        live = True
        for write in writes:  # one pass on the event loop's thread: atomic as MULTI/EXEC
            if write.kind == "fence":
                live = self._live(write.key) == write.value
                continue
            if write.kind == "release":
                if self._live(write.key) == write.value:
                    self._values.pop(write.key, None)
                    self._expires.pop(write.key, None)
                live = True
                continue
            if not live:
                continue
            if write.kind == "set":
                self._values[write.key] = str(write.value)
                self._expire(write.key, write.ttl)
            elif write.kind == "delete":
                self._values.pop(write.key, None)
                self._expires.pop(write.key, None)
            elif write.kind == "rpush":
                items = self._typed(write.key, list)
                if items is None:
                    items = self._values[write.key] = []
                items.append(str(write.value))
                del items[:-write.max_len]
                if write.ttl is not None:
                    self._expire(write.key, write.ttl)
            else:
                raise ValueError(f"unknown store write {write.kind!r}")
            self._wrote()

    async def ping(self) -> bool:
        if not self._direct:
            return await super().ping()
        return True

    async def close(self) -> None:
        if not self._direct:
            await super().close()
