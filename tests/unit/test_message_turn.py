"""bot/turn.py: a chat message's store view (one round trip in, one out), and the webhook using it."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest

from bot.turn import MessageTurn, UserTurns, lease_key
from core.adapters.kv import RedisStore
from core.ports import StoreWrite
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


async def still_waiting(task: asyncio.Task[Any]) -> bool:
    """Whether ``task`` is still blocked after the loop has run everything else it could: a
    round trip to Redis takes several loop passes, so give it many."""
    for _ in range(50):
        await asyncio.sleep(0)
    return not task.done()


async def claim(turns: UserTurns, store: Any, msg: str, openid: str = "o1") -> MessageTurn:
    turn = await turns.claim(store, openid, f"seen:{msg}", "pending", 100, [f"dialog:{openid}"])
    assert turn is not None
    return turn


@pytest.mark.parametrize("workers", [1, 2])
async def test_a_users_next_message_waits_for_the_previous_and_reads_what_it_left(store: RedisStore,
                                                                                 workers: int) -> None:
    """One worker: the second turn waits on the first (no polling); two workers (two UserTurns
    over one store): it polls the lease in the store until the first releases it."""
    first_worker = UserTurns()
    second_worker = first_worker if workers == 1 else UserTurns()
    await store.set("dialog:o1", "before")
    first = await claim(first_worker, store, "1")
    await first.ready()
    assert first.held and first.known == {"dialog:o1": "before"}
    second = await claim(second_worker, store, "2")
    other_user = await claim(second_worker, store, "3", openid="o2")
    await other_user.ready()  # another user's message does not wait
    waiting = asyncio.create_task(second.ready())
    assert await still_waiting(waiting)
    await first.set("dialog:o1", "after the first", ttl=100)
    await first.flush([StoreWrite("set", "seen:1", "reply", 100)])
    await first.close()
    await waiting
    assert second.known == {"dialog:o1": "after the first"} and await store.get(lease_key("o1")) == "seen:2"
    await second.flush()
    await second.close()
    assert await store.get(lease_key("o1")) is None


async def test_messages_waiting_on_one_worker_go_in_the_order_they_came(store: RedisStore) -> None:
    turns = UserTurns()
    first = await claim(turns, store, "1")
    order: list[str] = []

    async def run(turn: MessageTurn, name: str) -> None:
        await turn.ready()
        order.append(name)
        await turn.set("dialog:o1", name, ttl=100)
        await turn.flush()
        await turn.close()

    later = [asyncio.create_task(run(await claim(turns, store, str(n)), str(n))) for n in range(2, 6)]
    assert await still_waiting(later[0])
    await run(first, "1")
    await asyncio.gather(*later)
    assert order == ["1", "2", "3", "4", "5"] and await store.get("dialog:o1") == "5"


async def test_a_turn_that_lost_its_lease_writes_its_reply_and_nothing_else(store: RedisStore) -> None:
    """A message that outlived its lease (LEASE_TTL_SECONDS; here the lease is taken away) while the
    user's next message went on: its late writes would overwrite the newer state."""
    slow = await claim(UserTurns(), store, "1")
    await slow.ready()
    await store.delete(lease_key("o1"))  # expired
    nxt = await claim(UserTurns(), store, "2")  # another worker
    await nxt.ready()
    await nxt.set("dialog:o1", "the next dialog", ttl=100)
    await nxt.flush()
    await nxt.close()
    await slow.delete("dialog:o1")
    await slow.rpush("chat:recent:o1", "late", ttl=100)
    await slow.flush([StoreWrite("set", "seen:1", "reply", 100)])
    await slow.close()
    assert await store.get("dialog:o1") == "the next dialog" and await store.get("seen:1") == "reply"
    assert await store.lrange("chat:recent:o1", 0, -1) == []


async def test_a_retry_takes_no_lease_and_a_turn_that_never_flushed_releases_it(store: RedisStore) -> None:
    turns = UserTurns()
    first = await claim(turns, store, "1")
    assert await turns.claim(store, "o1", "seen:1", "pending", 100, []) is None  # WeChat's retry
    second = await claim(turns, store, "2")  # queues behind the first, not behind the retry
    waiting = asyncio.create_task(second.ready())
    assert await still_waiting(waiting)
    await first.ready()
    await first.close()  # failed before its flush: the lease is released all the same
    await waiting
    assert second.held and await store.get(lease_key("o1")) == "seen:2"
    await second.close()
    assert await store.get(lease_key("o1")) is None


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
