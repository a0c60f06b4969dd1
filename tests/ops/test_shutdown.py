"""Graceful shutdown: a request in flight at SIGTERM completes, new connections are refused, the
process exits 0; the outbox relay hands back the events it claimed but did not start."""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from tortoise.transactions import in_transaction

from core.clock import FrozenClock
from core.notifications.enqueue import enqueue
from core.notifications.models import OutboxEvent
from core.notifications.relay import OutboxRelay
from core.settings import Settings
from fapiao.chat.wechat_sim import WeChatServerSimulator
from tests.kit.servers import Server, connection_refused, free_port, server_env


def _recv_all(conn: socket.socket) -> bytes:
    chunks = []
    while chunk := conn.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def test_request_in_flight_at_sigterm_completes_then_the_server_exits(tmp_path: Path) -> None:
    port = free_port()
    server = Server([], env=server_env(tmp_path, SHUTDOWN_TIMEOUT_SECONDS="20"), cwd=tmp_path, port=port)
    try:
        server.wait_ready()
        defaults = Settings()
        sim = WeChatServerSimulator(defaults.wechat_token, defaults.wechat_appid)
        signed = sim.sign(sim.text_xml("o-shutdown-user", "帮助"))
        body = signed.body.encode()
        head = (f"POST /wechat?{urlencode(signed.params)} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                f"Content-Type: text/xml\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            conn.sendall(head + body[: len(body) // 2])
            time.sleep(0.5)  # the handler is running and waits for the rest of the body
            server.terminate()
            deadline = time.monotonic() + 10
            while not connection_refused(port):  # the server stops accepting at once …
                assert time.monotonic() < deadline, "still accepting connections 10 s after SIGTERM"
                time.sleep(0.1)
            assert server.proc.poll() is None, "exited before the request in flight finished"
            conn.sendall(body[len(body) // 2:])  # … and still finishes the request in flight
            raw = _recv_all(conn)
        status_line, _, rest = raw.partition(b"\r\n")
        assert status_line.startswith(b"HTTP/1.1 200"), raw[:500]
        reply = sim.decode_reply(rest.partition(b"\r\n\r\n")[2].decode())
        assert reply is not None and reply["MsgType"] == "text" and reply["Content"].strip()
        assert server.wait(timeout=40) == 0, server.output()
        assert connection_refused(port)
    finally:
        server.close()


# -- the relay releases its claims on stop ------------------------------------------------------


class _Recorder:
    """A channel outside the preference-governed ones (always used) that records deliveries."""

    name = "test"

    def __init__(self, on_deliver: Any = None) -> None:
        self.delivered: list[str] = []
        self.on_deliver = on_deliver

    async def deliver(self, account_id: int, template: str, params: dict[str, Any], event_id: str) -> bool:
        if self.on_deliver is not None:
            await self.on_deliver(event_id)
        self.delivered.append(event_id)
        return True


async def _enqueue(clock: FrozenClock, count: int) -> list[str]:
    ids = []
    async with in_transaction("default") as conn:
        for n in range(count):
            ids.append(await enqueue(conn, account_id=1, company_id=None, kind="test", template="bot.help",
                                     params={"n": n}, event_id=f"stop-{n}", clock=clock))
    return ids


async def test_stopping_relay_releases_the_events_it_did_not_start(core: Any, clock: FrozenClock) -> None:
    ids = await _enqueue(clock, 3)
    stop = asyncio.Event()

    async def stop_after_first(_event_id: str) -> None:
        stop.set()  # SIGTERM arrives while the first event of the batch is being delivered

    channel = _Recorder(stop_after_first)
    relay = OutboxRelay(clock, [channel], "worker-a", lease_seconds=60)
    assert await relay.run_once(stop) == 3
    assert channel.delivered == [ids[0]]

    rows = {row.event_id: row for row in await OutboxEvent.all()}
    assert rows[ids[0]].status == "delivered"
    for eid in ids[1:]:  # released: pending, due now, not counted as an attempt, no owner
        row = rows[eid]
        assert (row.status, row.attempts, row.claim_token, row.claimed_by, row.claimed_until) == \
            ("pending", 0, None, None, None)
        assert row.available_at <= clock.now()

    # Another worker takes them at once, without waiting for the 60 s lease.
    other = _Recorder()
    assert await OutboxRelay(clock, [other], "worker-b").run_once() == 2
    assert sorted(other.delivered) == sorted(ids[1:])


async def test_cancelled_relay_releases_the_events_it_did_not_start(core: Any, clock: FrozenClock) -> None:
    ids = await _enqueue(clock, 3)
    started = asyncio.Event()

    async def hang(_event_id: str) -> None:
        started.set()
        await asyncio.sleep(3600)  # a stuck channel: the server cancels the relay at its timeout

    relay = OutboxRelay(clock, [_Recorder(hang)], "worker-a", lease_seconds=60)
    task = asyncio.create_task(relay.run_once())
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    rows = {row.event_id: row for row in await OutboxEvent.all()}
    assert rows[ids[0]].status == "delivering"  # the one in progress keeps its lease (it may have sent)
    assert [rows[eid].status for eid in ids[1:]] == ["pending", "pending"]


async def test_release_leaves_an_event_another_relay_took_over(core: Any, clock: FrozenClock) -> None:
    await _enqueue(clock, 1)
    relay = OutboxRelay(clock, [_Recorder()], "worker-a", lease_seconds=60)
    [claimed] = await relay.claim()
    clock.advance(seconds=120)  # our lease ran out and worker-b claimed the event
    [taken] = await OutboxRelay(clock, [_Recorder()], "worker-b", lease_seconds=60).claim()
    assert await relay.release([claimed]) == 0
    row = await OutboxEvent.get(id=claimed.id)
    assert (row.status, row.claimed_by, row.claim_token) == ("delivering", "worker-b", taken.claim_token)
