"""bot/turn.py: a chat message's store view (one round trip in, one out), and the webhook using it."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from bot.turn import MessageTurn
from core.adapters.kv import RedisStore
from tests.kit.chat import OPENID, issue
from tests.kit.chat import company as company
from tests.kit.chat import router as router


class Counting:
    """The store, counting each call by name (a call is one round trip on Redis)."""

    def __init__(self, store: RedisStore) -> None:
        self.store = store
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.store, name)
        if not callable(method):
            return method

        async def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            return await method(*args, **kwargs)

        return counted


async def test_reads_see_the_turns_writes_and_the_writes_go_in_one_call(store: RedisStore) -> None:
    await store.set("dialog:o1", "old")
    await store.set("list:o1", "remembered")
    await store.rpush("chat:recent:o1", "earlier", ttl=100, max_len=3)
    counting = Counting(store)
    turn = await MessageTurn.claim(counting, "seen:1", "pending", 100, ["dialog:o1", "wxbind:mp:o1"])  # type: ignore[arg-type]
    assert turn is not None and counting.calls == Counter(claim_and_get=1)
    assert await turn.get("dialog:o1") == "old" and await turn.get("wxbind:mp:o1") is None
    assert counting.calls == Counter(claim_and_get=1)  # preloaded: no call
    await turn.set("dialog:o1", "new", ttl=100)
    assert await turn.get("dialog:o1") == "new"
    assert await turn.delete("dialog:o1") == 1 and await turn.get("dialog:o1") is None
    await turn.set("dialog:o1", "newest", ttl=100)
    for text in ("a", "b", "c"):
        await turn.rpush("chat:recent:o1", text, ttl=100, max_len=3)
    assert await turn.lrange("chat:recent:o1", 0, -1) == ["a", "b", "c"]  # the store's plus the pending, capped
    assert await turn.get("list:o1") == "remembered"  # not preloaded: read from the store
    assert await store.get("dialog:o1") == "old"  # nothing written yet
    counting.calls.clear()
    await turn.flush()
    assert counting.calls == Counter(write_batch=1)
    assert await store.get("dialog:o1") == "newest" and 99 <= await store.ttl("dialog:o1") <= 100
    assert await store.lrange("chat:recent:o1", 0, -1) == ["a", "b", "c"]
    assert turn.had_writes
    counting.calls.clear()
    await turn.flush()
    assert counting.calls == Counter()  # nothing left to send


async def test_a_claimed_message_is_not_claimed_twice(store: RedisStore) -> None:
    assert await MessageTurn.claim(store, "seen:2", "pending", 100, []) is not None
    assert await MessageTurn.claim(store, "seen:2", "pending", 100, []) is None


async def test_guarded_writes_and_unknown_deletes_decide_at_once(store: RedisStore) -> None:
    await store.set("taken", "x")
    await store.set("other", "y")
    turn = await MessageTurn.open(store, [])
    assert await turn.set("taken", "z", only_new=True) is False
    assert await turn.set("fresh", "z", ttl=10, only_new=True) is True and await store.get("fresh") == "z"
    assert await turn.delete("other", "never") == 1 and await store.get("other") is None
    assert not turn.writes


@pytest.fixture
async def router_company(router: Any, company: Any) -> tuple[str, str]:
    return OPENID, await issue(router, "开票 张三 餐费 100 普票")


async def test_a_chat_message_costs_two_store_calls(api, sim, clock, core, router_company) -> None:
    """Through the webhook, logged-in 帮助, 最近发票 and 查询 <number>: the claim with its reads, then
    the reply record with the message's writes; the services the messages use call nothing else."""
    counting = Counting(core.store)
    core.store = counting
    core.codes.store = counting  # the binding cache (AccountService)
    core.help.store = counting  # the FAQ version
    openid, number = router_company
    now = int(clock.now().timestamp())
    for msg_id, text in enumerate(("帮助", "最近发票", f"查询 {number}"), 900):
        counting.calls.clear()
        signed = sim.sign(sim.text_xml(openid, text, msg_id=msg_id, create_time=now), timestamp=now)
        response = await api.post("/wechat", params=signed.params, data=signed.body.encode())
        assert response.status == 200 and "小差" not in await response.text()
        assert counting.calls == Counter(claim_and_get=1, write_batch=1), (text, counting.calls)
