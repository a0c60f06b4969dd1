"""The store's scripts' own Redis connection (core/adapters/redis_wire.py): replies paired with
their calls under concurrency, cancellation, a connection closed under a call, a Redis that
stops answering or is down. Against a scripted stand-in server (any backend) and, when the
suite runs with FAPIAO_TEST_REDIS_URL, against real Redis through the store."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import hiredis
import pytest
import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError
from redis.exceptions import TimeoutError as RedisTimeoutError

from core.adapters.kv import RedisStore
from core.adapters.outage import is_outage
from core.adapters.redis_wire import ConnectionLost, ScriptConnection, pack_command
from core.ports import StoreWrite
from tests.kit.fakes import closed_port

REDIS_URL = os.environ.get("FAPIAO_TEST_REDIS_URL", "")
needs_redis = pytest.mark.skipif(not REDIS_URL, reason="needs Redis")


class StandIn:
    """A TCP server speaking Redis's protocol as each test scripts it: ``answer(n, command)``
    gives the reply bytes for the n-th command of a connection, or None to close it."""

    def __init__(self, answer: Callable[[int, list[bytes]], bytes | None]) -> None:
        self.answer = answer
        self.commands: list[list[bytes]] = []
        self.connections = 0
        self.hold = asyncio.Event()
        self.hold.set()
        self.server: asyncio.Server | None = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        parser = hiredis.Reader()
        count = 0
        try:
            while data := await reader.read(65536):
                parser.feed(data)
                while (command := parser.gets()) is not False:
                    self.commands.append(command)
                    await self.hold.wait()
                    reply = self.answer(count, command)
                    count += 1
                    if reply is None:
                        return
                    writer.write(reply)
        finally:
            writer.close()

    async def __aenter__(self) -> ScriptConnection:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        client = aioredis.Redis(host="127.0.0.1", port=port)
        self.connection = ScriptConnection(client, host="127.0.0.1", port=port, timeout=0.2, connect_timeout=2)
        return self.connection

    async def __aexit__(self, *exc: Any) -> None:
        await self.connection.close()
        assert self.server is not None
        self.server.close()


def echo(n: int, command: list[bytes]) -> bytes:
    """The command's last argument back, as a bulk string."""
    return b"$%d\r\n%s\r\n" % (len(command[-1]), command[-1])


async def concurrent_calls_each_get_their_own_reply_over_one_connection() -> None:
    stand_in = StandIn(echo)
    async with stand_in as conn:
        stand_in.hold.clear()  # every call is in flight before the first reply
        calls = [asyncio.ensure_future(conn.call(pack_command(("ECHO", f"值{n}")))) for n in range(200)]
        await asyncio.sleep(0)
        stand_in.hold.set()
        assert await asyncio.gather(*calls) == [f"值{n}" for n in range(200)]
        assert stand_in.connections == 1


class RecordingTransport:
    """The wire's transport with its writes recorded (uvloop's transports take no new attributes)."""

    def __init__(self, transport: Any) -> None:
        self.transport = transport
        self.writes: list[bytes] = []

    def write(self, data: bytes) -> None:
        self.writes.append(data)
        self.transport.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.transport, name)


async def recording_writes(conn: ScriptConnection) -> RecordingTransport:
    """Connect ``conn`` (one call) and record its wire's writes from then on."""
    assert await conn.call(pack_command(("ECHO", "connect"))) == "connect"
    wire = conn._wire
    assert wire is not None
    wire.transport = recording = RecordingTransport(wire.transport)  # type: ignore[assignment]
    return recording


async def the_calls_of_one_loop_iteration_go_out_in_one_write() -> None:
    stand_in = StandIn(echo)
    async with stand_in as conn:
        recording = await recording_writes(conn)
        calls = [asyncio.ensure_future(conn.call(pack_command(("ECHO", f"值{n}")))) for n in range(50)]
        assert await asyncio.gather(*calls) == [f"值{n}" for n in range(50)]
        assert len(recording.writes) == 1
        assert recording.writes[0] == b"".join(pack_command(("ECHO", f"值{n}")) for n in range(50))


async def calls_interleaved_over_iterations_each_get_their_own_reply() -> None:
    """Callers that send at different iterations while earlier replies are still held back: the
    replies stay paired, one caller cancelled on the way does not shift the others'."""
    stand_in = StandIn(echo)

    async def caller(n: int) -> list[str]:
        replies = []
        for step in range(4):
            for _ in range((n * 7 + step) % 3):  # a different number of iterations between calls
                await asyncio.sleep(0)
            replies.append(await conn.call(pack_command(("ECHO", f"{n}.{step}"))))
        return replies

    async with stand_in as conn:
        recording = await recording_writes(conn)
        stand_in.hold.clear()
        callers = [asyncio.ensure_future(caller(n)) for n in range(30)]
        for _ in range(3):
            await asyncio.sleep(0)
        callers[5].cancel()
        stand_in.hold.set()
        results = await asyncio.gather(*callers, return_exceptions=True)
        assert isinstance(results[5], asyncio.CancelledError)
        assert [r for n, r in enumerate(results) if n != 5] == [
            [f"{n}.{step}" for step in range(4)] for n in range(30) if n != 5]
        assert stand_in.connections == 1
        assert len(recording.writes) < len(stand_in.commands) - 1  # coalesced: fewer writes than commands


async def a_connection_lost_with_unwritten_commands_sends_each_once_on_a_new_one() -> None:
    """Lost after the calls buffered their commands and before the flush wrote them: they were never
    written, so each is sent exactly once, on the new connection, and gets its own reply."""
    stand_in = StandIn(echo)
    async with stand_in as conn:
        recording = await recording_writes(conn)
        wire = conn._wire
        assert wire is not None
        calls = [asyncio.ensure_future(conn.call(pack_command(("ECHO", f"值{n}")))) for n in range(20)]
        await asyncio.sleep(0)  # every call has buffered its command; the flush has not run
        assert len(wire.waiting) == 20
        recording.transport.abort()  # as a Redis restart would, before this iteration's flush
        assert await asyncio.gather(*calls) == [f"值{n}" for n in range(20)]
        assert recording.writes == [] and stand_in.connections == 2 and conn._wire is not wire
        assert [c[-1] for c in stand_in.commands] == [b"connect", *(f"值{n}".encode() for n in range(20))]


async def a_loss_reported_before_the_flush_fails_the_unwritten_calls_as_closed_under_them() -> None:
    """The protocol's connection_lost arriving between the calls' send and their flush: the flush
    writes nothing and each call is sent once on a new connection."""
    stand_in = StandIn(echo)
    async with stand_in as conn:
        assert await conn.call(pack_command(("ECHO", "connect"))) == "connect"
        wire = conn._wire
        assert wire is not None and wire.transport is not None
        recording = RecordingTransport(wire.transport)
        wire.transport = recording  # type: ignore[assignment]
        calls = [asyncio.ensure_future(conn.call(pack_command(("ECHO", f"值{n}")))) for n in range(5)]
        await asyncio.sleep(0)
        wire.connection_lost(ConnectionResetError("reset by peer"))
        assert await asyncio.gather(*calls) == [f"值{n}" for n in range(5)]
        assert recording.writes == [] and conn._wire is not wire and stand_in.connections == 2
        recording.transport.abort()


async def closing_fails_the_unwritten_calls_as_connection_lost() -> None:
    stand_in = StandIn(echo)
    async with stand_in as conn:
        recording = await recording_writes(conn)
        wire = conn._wire
        assert wire is not None
        future = wire.send(pack_command(("ECHO", "never")))
        await conn.close()
        with pytest.raises(ConnectionLost):
            await future
        await asyncio.sleep(0)  # the flush it had scheduled writes nothing
        assert recording.writes == []


async def a_cancelled_call_leaves_the_others_paired() -> None:
    stand_in = StandIn(echo)
    async with stand_in as conn:
        stand_in.hold.clear()
        first = asyncio.ensure_future(conn.call(pack_command(("ECHO", "first"))))
        second = asyncio.ensure_future(conn.call(pack_command(("ECHO", "second"))))
        await asyncio.sleep(0)
        first.cancel()
        stand_in.hold.set()
        assert await second == "second"
        assert await conn.call(pack_command(("ECHO", "third"))) == "third"
        with pytest.raises(asyncio.CancelledError):
            await first


async def error_replies_are_redis_py_exceptions() -> None:
    def answer(n: int, command: list[bytes]) -> bytes:
        return b"-NOSCRIPT No matching script. Please use EVAL.\r\n" if command[0] == b"EVALSHA" else b":7\r\n"

    async with StandIn(answer) as conn:
        with pytest.raises(NoScriptError):
            await conn.call(pack_command(("EVALSHA", "0" * 40, 0)))
        assert await conn.call(pack_command(("EVAL", "return 7", 0))) == 7


async def a_connection_closed_under_a_call_is_replaced_and_the_call_sent_again() -> None:
    stand_in = StandIn(lambda n, command: None if len(stand_in.commands) == 2 else echo(n, command))
    async with stand_in as conn:
        assert await conn.call(pack_command(("ECHO", "before"))) == "before"
        # The second command finds the connection closed (as by a Redis restart): sent again on a new one.
        assert await conn.call(pack_command(("ECHO", "after"))) == "after"
        assert stand_in.connections == 2 and [c[-1] for c in stand_in.commands] == [b"before", b"after", b"after"]


async def a_redis_that_stops_answering_times_out_as_an_outage() -> None:
    stand_in = StandIn(echo)
    async with stand_in as conn:
        stand_in.hold.clear()  # reads commands, never answers
        with pytest.raises(RedisTimeoutError) as raised:
            await conn.call(pack_command(("ECHO", "x")))
        assert is_outage(raised.value)
        stand_in.hold.set()
        assert await conn.call(pack_command(("ECHO", "y"))) == "y"  # a new connection


async def a_redis_that_is_down_is_an_outage_at_once() -> None:
    port = closed_port()
    conn = ScriptConnection(aioredis.Redis(port=port), host="127.0.0.1", port=port)
    with pytest.raises(RedisConnectionError) as raised:
        await conn.call(pack_command(("PING",)))
    assert is_outage(raised.value)


async def the_handshake_authenticates_and_selects_the_database() -> None:
    def answer(n: int, command: list[bytes]) -> bytes:
        return b"+OK\r\n" if command[0] in (b"AUTH", b"SELECT") else echo(n, command)

    stand_in = StandIn(answer)
    async with stand_in as conn:
        conn.username, conn.password, conn.db = "bot", "s3cret", 5
        assert await conn.call(pack_command(("ECHO", "hi"))) == "hi"
        assert stand_in.commands == [[b"AUTH", b"bot", b"s3cret"], [b"SELECT", b"5"], [b"ECHO", b"hi"]]



#: The stand-in scenarios, each run on asyncio's loop and on uvloop (what the servers run on).
SCENARIOS = [
    concurrent_calls_each_get_their_own_reply_over_one_connection,
    a_cancelled_call_leaves_the_others_paired,
    the_calls_of_one_loop_iteration_go_out_in_one_write,
    calls_interleaved_over_iterations_each_get_their_own_reply,
    a_connection_lost_with_unwritten_commands_sends_each_once_on_a_new_one,
    a_loss_reported_before_the_flush_fails_the_unwritten_calls_as_closed_under_them,
    closing_fails_the_unwritten_calls_as_connection_lost,
    error_replies_are_redis_py_exceptions,
    a_connection_closed_under_a_call_is_replaced_and_the_call_sent_again,
    a_redis_that_stops_answering_times_out_as_an_outage,
    a_redis_that_is_down_is_an_outage_at_once,
    the_handshake_authenticates_and_selects_the_database,
]


@pytest.mark.parametrize("loop", ["asyncio", "uvloop"])
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
def test_stand_in_scenario(scenario: Callable[[], Awaitable[None]], loop: str) -> None:
    if loop == "uvloop":
        uvloop = pytest.importorskip("uvloop")
        uvloop.run(scenario())
    else:
        asyncio.run(scenario())


def test_configurations_it_does_not_cover_stay_on_redis_py() -> None:
    assert ScriptConnection.for_client(aioredis.Redis.from_url("rediss://127.0.0.1:6379/0")) is None
    assert ScriptConnection.for_client(aioredis.Redis.from_url("redis://127.0.0.1:6379/0", protocol=3)) is None
    plain = ScriptConnection.for_client(aioredis.Redis.from_url("redis://u:p@127.0.0.1:6390/3", socket_timeout=2))
    assert plain is not None and (plain.host, plain.port, plain.db, plain.username, plain.password) == (
        "127.0.0.1", 6390, 3, "u", "p")
    unix = ScriptConnection.for_client(aioredis.Redis.from_url("unix:///tmp/redis.sock?db=2"))
    assert unix is not None and (unix.path, unix.db) == ("/tmp/redis.sock", 2)
    assert ScriptConnection.for_client(object()) is None


# -- through the store, against real Redis -------------------------------------------------


@pytest.fixture
async def redis_store() -> AsyncIterator[RedisStore]:
    store = RedisStore.from_url(REDIS_URL)
    await store.client.flushdb()
    yield store
    await store.client.flushdb()
    await store.close()


@needs_redis
async def test_the_store_runs_concurrent_messages_on_one_pipelined_connection(redis_store: RedisStore) -> None:
    await redis_store.write_batch([StoreWrite("set", f"bind:{n}", f"account-{n}") for n in range(100)])
    scripts = redis_store._scripts
    assert scripts is not None
    wire, before = scripts._wire, await scripts.call(pack_command(("CLIENT", "ID")))
    results = await asyncio.gather(*(redis_store.claim_and_get(f"seen:{n}", "pending", 60, [f"bind:{n}", "none"])
                                     for n in range(100)))
    assert results == [(True, [f"account-{n}", None]) for n in range(100)]
    assert scripts._wire is wire and await scripts.call(pack_command(("CLIENT", "ID"))) == before


@needs_redis
async def test_the_store_reconnects_after_its_connection_is_killed(redis_store: RedisStore) -> None:
    assert await redis_store.claim_and_get("seen:1", "p", 60, []) == (True, [])
    assert redis_store._scripts is not None
    script_id = await redis_store._scripts.call(pack_command(("CLIENT", "ID")))
    assert await redis_store.client.client_kill_filter(_id=str(script_id)) == 1  # what a Redis restart does to it
    assert await redis_store.claim_and_get("seen:2", "p", 60, ["seen:1"]) == (True, ["p"])


@needs_redis
async def test_the_stores_get_goes_over_the_scripts_connection_as_redis_pys(redis_store: RedisStore) -> None:
    """RedisStore.get (every API request's session) answers what redis-py's GET answers."""
    await redis_store.set("session:x", "42", ttl=60)
    await redis_store.set("text:y", "开票 ✓", ttl=60)
    for key in ("session:x", "text:y", "missing"):
        assert await redis_store.get(key) == await redis_store.client.get(key)
    assert await redis_store.get("missing") is None
