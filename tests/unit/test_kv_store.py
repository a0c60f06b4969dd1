"""The KeyValueStore contract, held against the embedded in-process store and, when the
suite runs with FAPIAO_TEST_REDIS_URL, against real Redis: the embedded default must
behave as production does for every operation the core uses."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Any

import pytest

from core.adapters import kv
from core.adapters.kv import EmbeddedStore, RedisStore

REDIS_URL = os.environ.get("FAPIAO_TEST_REDIS_URL", "")
BACKENDS = ["embedded", pytest.param("redis", marks=pytest.mark.skipif(not REDIS_URL, reason="needs Redis"))]


@pytest.fixture(params=BACKENDS)
async def kvstore(request: Any) -> AsyncIterator[RedisStore]:
    store = RedisStore.from_url("memory://" if request.param == "embedded" else REDIS_URL)
    await store.client.flushdb()
    yield store
    await store.client.flushdb()
    await store.close()


async def test_strings_with_only_new_and_ttl(kvstore: RedisStore) -> None:
    assert await kvstore.get("k") is None and await kvstore.ttl("k") == -2
    assert await kvstore.set("k", "v1") is True
    assert await kvstore.get("k") == "v1" and await kvstore.ttl("k") == -1
    assert await kvstore.set("k", "v2", only_new=True) is False and await kvstore.get("k") == "v1"
    assert await kvstore.set("k", "v3", ttl=100) is True
    assert await kvstore.get("k") == "v3" and 99 <= await kvstore.ttl("k") <= 100
    assert await kvstore.set("k", "v4") is True and await kvstore.ttl("k") == -1  # SET drops the expiry
    assert await kvstore.delete("k", "missing") == 1 and await kvstore.delete() == 0
    assert await kvstore.get("k") is None


async def test_counters_keep_their_first_expiry(kvstore: RedisStore) -> None:
    assert [await kvstore.incr("c", ttl=100) for _ in range(3)] == [1, 2, 3]
    assert 99 <= await kvstore.ttl("c") <= 100
    await kvstore.set("plain", "41")
    assert await kvstore.incr("plain", ttl=50) == 42 and 49 <= await kvstore.ttl("plain") <= 50


async def test_sets(kvstore: RedisStore) -> None:
    assert await kvstore.smembers("s") == set()
    await kvstore.sadd("s", "a", ttl=100)
    await kvstore.sadd("s", "b", ttl=200)
    await kvstore.sadd("s", "a", ttl=200)
    assert await kvstore.smembers("s") == {"a", "b"} and 199 <= await kvstore.ttl("s") <= 200
    await kvstore.srem("s", "a")
    await kvstore.srem("s", "zzz")
    assert await kvstore.smembers("s") == {"b"}
    await kvstore.srem("s", "b")
    assert await kvstore.ttl("s") == -2  # an empty set no longer exists


async def test_capped_lists_and_ranges(kvstore: RedisStore) -> None:
    for n in range(7):
        await kvstore.rpush("l", str(n), ttl=100, max_len=5)
    assert await kvstore.lrange("l", 0, -1) == ["2", "3", "4", "5", "6"]
    assert await kvstore.lrange("l", -2, -1) == ["5", "6"]
    assert await kvstore.lrange("l", 1, 2) == ["3", "4"]
    assert await kvstore.lrange("l", 3, 100) == ["5", "6"]
    assert await kvstore.lrange("l", -100, 0) == ["2"]
    assert await kvstore.lrange("l", 4, 2) == [] and await kvstore.lrange("l", 10, 20) == []
    assert await kvstore.lrange("missing", 0, -1) == []
    assert 99 <= await kvstore.ttl("l") <= 100
    assert await kvstore.ping() is True


async def test_flushdb_empties_the_store(kvstore: RedisStore) -> None:
    await kvstore.set("a", "1")
    await kvstore.sadd("b", "x", ttl=10)
    await kvstore.client.flushdb()
    assert await kvstore.get("a") is None and await kvstore.smembers("b") == set()


async def test_embedded_keys_expire_on_the_monotonic_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(kv.time, "monotonic", lambda: now[0])
    store = EmbeddedStore()
    await store.set("dedupe", "1", ttl=60, only_new=True)
    await store.incr("window", ttl=60)
    await store.rpush("history", "hi", ttl=60)
    now[0] += 59.5
    assert await store.set("dedupe", "2", ttl=60, only_new=True) is False
    assert await store.ttl("dedupe") == 0 or await store.ttl("dedupe") == 1
    now[0] += 1
    assert await store.set("dedupe", "2", ttl=60, only_new=True) is True
    assert await store.incr("window", ttl=60) == 1  # a new window
    assert await store.lrange("history", 0, -1) == []


async def test_embedded_sweeps_keys_nobody_reads_again(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [0.0]
    monkeypatch.setattr(kv.time, "monotonic", lambda: now[0])
    store = EmbeddedStore()
    for n in range(EmbeddedStore.SWEEP_EVERY - 1):
        await store.set(f"wx:seen:{n}", "1", ttl=60)
    now[0] += 61
    await store.set("one-more", "1", ttl=60)  # the SWEEP_EVERY-th write sweeps
    assert len(store._values) == 1 and list(store._values) == ["one-more"]


async def test_a_replaced_client_takes_every_command(kvstore: RedisStore) -> None:
    """What the outage tests rely on: pointing ``client`` elsewhere reroutes the store."""
    if not isinstance(kvstore, EmbeddedStore):
        pytest.skip("embedded store only")

    class Recording:
        def __init__(self) -> None:
            self.calls: list[str] = []

        async def get(self, key: str) -> str:
            self.calls.append(key)
            return "from-replacement"

    replacement, own = Recording(), kvstore.client
    kvstore.client = replacement  # type: ignore[assignment]
    try:
        assert await kvstore.get("x") == "from-replacement" and replacement.calls == ["x"]
    finally:
        kvstore.client = own


async def test_claim_and_get_claims_once_and_reads_in_the_same_call(kvstore: RedisStore) -> None:
    await kvstore.set("bind", "42")
    await kvstore.rpush("a-list", "x", ttl=100)
    claimed, values = await kvstore.claim_and_get("seen:1", "pending", 100, ["bind", "missing", "a-list"])
    assert claimed is True and values == ["42", None, None]  # a list is not a string: nil, as MGET says
    assert await kvstore.get("seen:1") == "pending" and 99 <= await kvstore.ttl("seen:1") <= 100
    claimed, values = await kvstore.claim_and_get("seen:1", "other", 100, ["bind"])
    assert claimed is False and values == ["42"] and await kvstore.get("seen:1") == "pending"
    assert await kvstore.claim_and_get("seen:2", "p", 10, []) == (True, [])


async def test_write_batch_applies_sets_deletes_and_capped_pushes_in_order(kvstore: RedisStore) -> None:
    from core.ports import StoreWrite

    await kvstore.set("gone", "1")
    await kvstore.write_batch([
        StoreWrite("set", "state", "one", ttl=100),
        StoreWrite("set", "state", "two", ttl=200),
        StoreWrite("set", "forever", "v"),
        StoreWrite("delete", "gone"),
        StoreWrite("delete", "never-there"),
        *(StoreWrite("rpush", "history", str(n), ttl=300, max_len=3) for n in range(5)),
    ])
    assert await kvstore.get("state") == "two" and 199 <= await kvstore.ttl("state") <= 200
    assert await kvstore.get("forever") == "v" and await kvstore.ttl("forever") == -1
    assert await kvstore.get("gone") is None
    assert await kvstore.lrange("history", 0, -1) == ["2", "3", "4"] and 299 <= await kvstore.ttl("history") <= 300
    await kvstore.write_batch([])
    await kvstore.write_batch([StoreWrite("set", "state", "three", ttl=50), StoreWrite("delete", "state")])
    assert await kvstore.get("state") is None


async def test_claim_and_get_takes_a_lease_only_with_the_claim(kvstore: RedisStore) -> None:
    """The chat's per-user lease (bot/turn.py) rides on the de-duplication claim: taken (SET NX EX)
    when the claim succeeds and the lease is free; read back among the reads."""
    from core.ports import StoreLease

    mine = StoreLease("turn:u", "seen:1", 60)
    assert await kvstore.claim_and_get("seen:1", "p", 10, ["k", "turn:u"], mine) == (True, [None, "seen:1"])
    assert 59 <= await kvstore.ttl("turn:u") <= 60
    # The next message: claimed, but the lease is held; a retry of it claims and takes nothing.
    theirs = StoreLease("turn:u", "seen:2", 60)
    assert await kvstore.claim_and_get("seen:2", "p", 10, ["turn:u"], theirs) == (True, ["seen:1"])
    await kvstore.delete("turn:u")
    assert await kvstore.claim_and_get("seen:2", "p", 10, ["turn:u"], theirs) == (False, [None])
    assert await kvstore.get("turn:u") is None


async def test_a_fence_keeps_writes_out_once_its_key_changed_and_a_release_ends_it(kvstore: RedisStore) -> None:
    from core.ports import StoreWrite

    def batch(token: str) -> list[StoreWrite]:
        return [StoreWrite("fence", "turn:u", token), StoreWrite("set", "state", token),
                StoreWrite("rpush", "history", token, ttl=100), StoreWrite("delete", "other"),
                StoreWrite("release", "turn:u", token), StoreWrite("set", f"record:{token}", "reply", ttl=10)]

    await kvstore.set("turn:u", "mine")
    await kvstore.set("other", "x")
    await kvstore.write_batch(batch("mine"))
    assert await kvstore.get("state") == "mine" and await kvstore.get("other") is None
    assert await kvstore.get("turn:u") is None and await kvstore.get("record:mine") == "reply"
    # A lease that passed to someone else: nothing between fence and release applies, nor is their
    # lease released; what follows the release does.
    await kvstore.set("turn:u", "theirs")
    await kvstore.set("other", "y")
    await kvstore.write_batch(batch("late"))
    assert await kvstore.get("state") == "mine" and await kvstore.get("other") == "y"
    assert await kvstore.lrange("history", 0, -1) == ["mine"]
    assert await kvstore.get("turn:u") == "theirs" and await kvstore.get("record:late") == "reply"
    # A lease that expired and nobody took: fenced out as well (it may have been taken and released).
    await kvstore.delete("turn:u")
    await kvstore.write_batch(batch("expired"))
    assert await kvstore.get("state") == "mine" and await kvstore.get("record:expired") == "reply"


async def test_get_many_reads_strings_and_nil_for_the_rest(kvstore: RedisStore) -> None:
    await kvstore.set("a", "1")
    await kvstore.sadd("a-set", "m", ttl=100)
    assert await kvstore.get_many(["a", "b", "a-set", "a"]) == ["1", None, None, "1"]
    assert await kvstore.get_many([]) == []


async def test_the_batch_scripts_survive_a_flushed_script_cache(kvstore: RedisStore) -> None:
    """On Redis the message's two round trips are Lua scripts run by their SHA; a Redis that
    restarted (or had SCRIPT FLUSH) does not know them, and EVAL loads them again."""
    from core.ports import StoreWrite

    if REDIS_URL and kvstore.client is not None and hasattr(kvstore.client, "script_flush"):
        await kvstore.client.script_flush()
    assert await kvstore.claim_and_get("seen:9", "p", 10, ["k"]) == (True, [None])
    if REDIS_URL and hasattr(kvstore.client, "script_flush"):
        await kvstore.client.script_flush()
    await kvstore.write_batch([StoreWrite("set", "k", "v", ttl=10)])
    assert await kvstore.claim_and_get("seen:9", "q", 10, ["k"]) == (False, ["v"])
