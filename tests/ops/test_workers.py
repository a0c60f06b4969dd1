"""``fapiao serve --workers N``: refused on the embedded default; on PostgreSQL and Redis two workers
serve the API and the bot with gapless numbering; the scheduler runs one round at a time."""

from __future__ import annotations

import asyncio
import os
import re
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp
import pytest

from core.settings import Settings
from fapiao import scheduler
from fapiao.chat.wechat_sim import WeChatServerSimulator
from tests.kit.servers import Server, fapiao, free_port, server_env

PG_URL = os.environ.get("FAPIAO_TEST_DATABASE_URL", "")
REDIS_URL = os.environ.get("FAPIAO_TEST_REDIS_URL", "")


# -- the supervisor's stop ----------------------------------------------------------------------


class _ExitsWhileLookedAt:
    """A worker that is running at the supervisor's first two looks (the SIGTERM, the loop's check)
    and has exited by the next (the race the supervisor's stop lost: it looked again for the
    sentinels, found none and waited on an empty list for the whole timeout)."""

    pid = 2 ** 22 + 7  # os.kill is replaced in the test: no real process is signalled

    def __init__(self) -> None:
        read, write = os.pipe()
        os.close(write)  # a sentinel that is ready at once, as an exited process's is
        self.sentinel = read
        self.looks = 0

    @property
    def exitcode(self) -> int | None:
        self.looks += 1
        return None if self.looks <= 2 else 0

    def join(self) -> None:
        os.close(self.sentinel)

    def kill(self) -> None:
        raise AssertionError("a worker that exited is not killed")


def test_the_stop_never_waits_on_an_empty_list_when_a_worker_exits_between_looks(monkeypatch: Any) -> None:
    import multiprocessing.connection

    from fapiao import workers

    waited_on: list[list[Any]] = []
    real_wait = multiprocessing.connection.wait

    def recording_wait(object_list: list[Any], timeout: float | None = None) -> list[Any]:
        waited_on.append(list(object_list))
        return real_wait(object_list, timeout=0 if not object_list else timeout)  # never sleep here

    monkeypatch.setattr(multiprocessing.connection, "wait", recording_wait)
    signalled: list[tuple[int, int]] = []
    monkeypatch.setattr(workers.os, "kill", lambda pid, sig: signalled.append((pid, sig)))
    supervisor = workers.Supervisor(Settings(), "127.0.0.1", free_port(), 1)
    worker = _ExitsWhileLookedAt()
    supervisor.procs = {0: worker}  # type: ignore[dict-item]
    try:
        assert supervisor._stop() == 0
    finally:
        os.close(supervisor._wake_r)
        os.close(supervisor._wake_w)
    assert signalled == [(worker.pid, workers.signal.SIGTERM)]
    assert waited_on and all(waited_on), f"waited on an empty list: {waited_on}"


# -- refused on the embedded default ------------------------------------------------------------


def test_workers_refused_on_the_embedded_default(tmp_path: Path) -> None:
    result = fapiao("serve", "--workers", "2", "--port", str(free_port()), env=server_env(tmp_path), cwd=tmp_path)
    assert result.returncode == 2
    message = result.stderr
    assert "--workers 2 needs PostgreSQL and Redis" in message
    assert "REDIS_URL is memory://" in message and "DATABASE_URL is SQLite" in message
    assert "--workers 1" in message


def test_workers_refused_on_sqlite_even_with_redis(tmp_path: Path) -> None:
    env = server_env(tmp_path, REDIS_URL="redis://127.0.0.1:1/0")  # never contacted: refused first
    result = fapiao("serve", "--workers", "3", "--port", str(free_port()), env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert "DATABASE_URL is SQLite" in result.stderr and "memory://" not in result.stderr


def test_worker_count_is_checked(tmp_path: Path) -> None:
    result = fapiao("serve", "--workers", "0", env=server_env(tmp_path), cwd=tmp_path)
    assert result.returncode == 2 and "--workers: must be between 1 and" in result.stderr


# -- the scheduler with several workers ---------------------------------------------------------


async def test_one_scheduler_round_at_a_time_and_reminders_once_per_interval(core: Any, monkeypatch: Any) -> None:
    calls: list[str] = []

    async def refresh_all() -> int:
        calls.append("refresh")
        await asyncio.sleep(0.05)  # long enough for the other worker to try meanwhile
        return 0

    async def reminders() -> int:
        calls.append("reminders")
        return 0

    monkeypatch.setattr(core.filings, "refresh_all", refresh_all)
    monkeypatch.setattr(core.reminders, "run", reminders)
    # Two workers start a round at the same moment: one runs it, the other skips.
    ran = await asyncio.gather(scheduler.run_round(core, "worker-a"), scheduler.run_round(core, "worker-b"))
    assert sorted(ran) == [False, True]
    assert calls == ["refresh", "reminders"]
    assert await core.store.get(scheduler.ROUND_LOCK) is None  # released after the round
    # The next round (any worker) runs again, but reminders wait for their interval.
    assert await scheduler.run_round(core, "worker-b") is True
    assert calls == ["refresh", "reminders", "refresh"]


async def test_a_round_lock_held_by_another_worker_is_left_alone(core: Any, monkeypatch: Any) -> None:
    async def refresh_all() -> int:
        raise AssertionError("must not run while another worker holds the lock")

    monkeypatch.setattr(core.filings, "refresh_all", refresh_all)
    await core.store.set(scheduler.ROUND_LOCK, "worker-a", ttl=60)
    assert await scheduler.run_round(core, "worker-b") is False
    assert await core.store.get(scheduler.ROUND_LOCK) == "worker-a"


# -- two workers on PostgreSQL and Redis --------------------------------------------------------

USCC = "91110000600037341L"
PASSWORD = "Fapiao#2026ok"
INVOICE = {"kind": "normal", "buyer": {"name": "武汉某某餐饮有限公司", "tax_id": "91420102MA4K00000M"},
    "price_includes_tax": True, "lines": [{"name": "餐费", "amount": "100"}]}


def _database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


async def _fresh_database(name: str, *, create: bool = True) -> str:
    """A database of its own next to the suite's (whose tables other tests truncate)."""
    import asyncpg

    admin = _database(PG_URL, "postgres").replace("postgres://", "postgresql://", 1)
    conn = await asyncpg.connect(admin)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if create:
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return _database(PG_URL, name)


def _logged_code(server: Server, pattern: str, what: str, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = re.findall(pattern, server.output())
        if found:
            return str(found[-1])
        time.sleep(0.2)
    raise AssertionError(f"no {what} in the log:\n{server.output()[-3000:]}")


def _sms_code(server: Server, phone: str) -> str:
    # The console SMS adapter logs "SMS to <phone>: …<6 digits>…" (whichever worker sent it).
    return _logged_code(server, rf"SMS to {phone}\D[^\n]*?(\d{{6}})", f"SMS code for {phone}")


def _tax_auth_code(server: Server, tax_id: str) -> str:
    # The sandbox platform logs "TAX AUTH for <tax id>: <code>", as the SMS console logs codes.
    return _logged_code(server, rf"TAX AUTH for {tax_id}: (\w+)", f"TAX AUTH code for {tax_id}")


@pytest.mark.skipif(not (PG_URL.startswith(("postgres://", "postgresql://")) and REDIS_URL),
                    reason="needs FAPIAO_TEST_DATABASE_URL (PostgreSQL) and FAPIAO_TEST_REDIS_URL")
async def test_two_workers_serve_the_api_and_the_bot_with_gapless_numbers(tmp_path: Path) -> None:
    name = urlsplit(PG_URL).path.lstrip("/") + "_workers"
    database_url = await _fresh_database(name)
    env = server_env(tmp_path, DATABASE_URL=database_url, REDIS_URL=REDIS_URL, SHUTDOWN_TIMEOUT_SECONDS="10")
    migrated = await asyncio.to_thread(fapiao, "migrate", env=env, cwd=tmp_path)
    assert migrated.returncode == 0, migrated.stderr
    port = free_port()
    server = Server(["--workers", "2"], env=env, cwd=tmp_path, port=port)
    try:
        await asyncio.to_thread(server.wait_ready)
        workers: set[str] = set()
        phone = f"139{int(time.time() * 1000) % 100_000_000:08d}"
        # A new connection per request, so the kernel spreads them over the workers.
        async with aiohttp.ClientSession(base_url=server.url("/"),
                                         connector=aiohttp.TCPConnector(force_close=True)) as http:

            async def call(method: str, path: str, body: Any = None, token: str | None = None,
                           expect: int = 200) -> Any:
                headers = {"Authorization": f"Bearer {token}"} if token else {}
                async with http.request(method, "/api/v1" + path, json=body, headers=headers) as response:
                    workers.add(response.headers["X-Worker"])
                    data = await response.json()
                    assert response.status == expect, (path, response.status, data)
                    return data

            await call("POST", "/auth/sms-codes", {"phone": phone, "purpose": "register"}, expect=202)
            registered = await call("POST", "/auth/register", {
                "phone": phone, "code": await asyncio.to_thread(_sms_code, server, phone), "password": PASSWORD,
                "display_name": "王会计"}, expect=201)
            token = registered["token"]
            await call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": USCC,
                                              "taxpayer_kind": "general", "issuer_name": "王会计"},
                       token=token, expect=201)
            # The servers are other processes: authorise the company as a user does, with the logged code.
            await call("POST", "/company/authorization", {"code": await asyncio.to_thread(_tax_auth_code, server, USCC)},
                       token=token)
            issued = await asyncio.gather(*(call("POST", "/invoices", INVOICE, token=token, expect=201)
                                            for _ in range(40)))

            settings = Settings()
            sim = WeChatServerSimulator(settings.wechat_token, settings.wechat_appid)
            signed = sim.sign(sim.text_xml("o-workers-test", "帮助"))
            async with http.post("/wechat", params=signed.params, data=signed.body.encode(),
                                 headers={"Content-Type": "text/xml"}) as response:
                assert response.status == 200
                reply = sim.decode_reply(await response.text())
            assert reply is not None and reply["MsgType"] == "text" and reply["Content"].strip()

            # /metrics adds up both workers (prometheus_client's multiprocess mode): every
            # invoice issued above is counted, whichever worker served it.
            async with http.get("/metrics") as response:
                exposition = await response.text()
            issued_total = sum(float(line.rsplit(" ", 1)[1]) for line in exposition.splitlines()
                               if line.startswith("fapiao_invoices_issued_total"))
            assert issued_total == 40, exposition[:2000]
            assert "fapiao_wechat_messages_total" in exposition

        assert len(workers) == 2, f"one worker served everything: {workers}"
        numbers = sorted(int(invoice["number"][5:]) for invoice in issued)  # the 15-digit sequence
        assert numbers == list(range(numbers[0], numbers[0] + 40)), "numbers have gaps or repeats"

        server.terminate()
        assert await asyncio.to_thread(server.wait, 60) == 0, server.output()[-3000:]
    finally:
        await asyncio.to_thread(server.close)
        await _fresh_database(name, create=False)  # dropped
