"""The embedded default's write connection (core/adapters/sqlite_write.py) and issuing in ONE
transaction when the sandbox platform offers it (core.ports.IssuesInTransaction).

SQLite only: on PostgreSQL the sandbox does not offer it (its blue issue is one statement that
holds the shared rows for that statement only) and the write connection is asyncpg's."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from decimal import Decimal
from typing import Any

import pytest
from tortoise import Tortoise
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core.adapters import sqlite_write
from core.audit.models import AuditEntry
from core.invoice_platform_sandbox.models import PlatformCounter, PlatformInvoice
from core.invoicing.models import IdempotencyRecord, Invoice, InvoiceEvent
from core.port_data.invoice_platform import PlatformRejected
from tests.conftest import PG_URL
from tests.kit.factories import owner as owner
from tests.kit.factories import special

pytestmark = pytest.mark.skipif(bool(PG_URL), reason="the embedded default's SQLite write connection")


class Commits:
    """Counts the transactions that reach COMMIT and the calls handed to the write
    connection's thread (with group commit: the WAL's fsyncs, ``_sync_wal``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.commits = 0
        self.off_loop: list[str] = []
        commit_now, off_loop = sqlite_write.InlineConnection.commit_now, sqlite_write.InlineConnection._off_loop

        def counting_commit(connection: Any) -> int:
            self.commits += 1
            return commit_now(connection)

        async def counting_off_loop(connection: Any, call: Any, *args: Any) -> Any:
            self.off_loop.append(getattr(call, "__name__", str(call)))
            return await off_loop(connection, call, *args)

        monkeypatch.setattr(sqlite_write.InlineConnection, "commit_now", counting_commit)
        monkeypatch.setattr(sqlite_write.InlineConnection, "_off_loop", counting_off_loop)


async def test_the_write_connection_is_the_inline_one(database: str) -> None:
    assert isinstance(Tortoise.get_connection("default"), sqlite_write.InlineSqliteWriteClient)


async def test_a_transaction_runs_inline_and_only_its_fsync_leaves_the_loop(core: Any, owner: Any,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    await core.invoices.issue_new(special(), owner)  # warm: the audit head exists
    counted = Commits(monkeypatch)
    await core.invoices.issue_new(special(), owner, idempotency_key="one")
    # draft, platform booking, result, idempotent response and audit entries: ONE commit, on
    # the loop's thread, and only its fsync left it
    assert counted.commits == 1
    assert counted.off_loop == ["_sync_wal"]


async def test_one_transaction_keeps_every_guarantee(core: Any, owner: Any) -> None:
    first = (await core.invoices.issue_new(special(), owner, idempotency_key="k1")).invoice
    second = (await core.invoices.issue_new(special(), owner)).invoice
    assert [first.status, second.status] == ["issued", "issued"]
    assert int(second.number[-15:]) == int(first.number[-15:]) + 1  # gapless
    # The idempotent response is stored with the invoice, and a replay answers it.
    record = await IdempotencyRecord.get(key="k1")
    assert record.invoice_id == first.id and record.response["number"] == first.number
    replay = await core.invoices.issue_new(special(), owner, idempotency_key="k1")
    assert replay.replayed and replay.invoice.number == first.number
    assert await PlatformInvoice.all().count() == 2
    # Both events and both audit entries of each invoice, and the chain verifies.
    events = [e.action for e in await InvoiceEvent.filter(invoice_id=first.id).order_by("id")]
    assert events == ["created", "issued"]
    actions = [e.action for e in await AuditEntry.filter(target=f"invoice:{first.id}").order_by("seq")]
    assert actions == ["invoice.created", "invoice.issued"]
    assert (await core.audit.verify()).ok
    # The answer given is what was stored.
    assert (await core.invoices.get(first.id, owner)).number == first.number


async def test_a_refusal_inside_the_transaction_leaves_nothing_and_no_number_used(core: Any,
                                                                                  owner: Any) -> None:
    await core.platform.set_credit("91110000600037341L", Decimal("1500.00"))
    first = (await core.invoices.issue_new(special(), owner)).invoice
    with pytest.raises(PlatformRejected) as refused:
        await core.invoices.issue_new(special(), owner, idempotency_key="over")
    assert refused.value.provider_code == "credit_exceeded"
    assert await Invoice.all().count() == 1 and not await IdempotencyRecord.exists(key="over")
    assert (await PlatformCounter.get()).last_value == int(first.number[-15:])  # the number rolled back
    refusal = await AuditEntry.get(action="invoice.platform_refused")
    assert refusal.detail == {"code": "credit_exceeded", "discarded": True}
    assert (await core.audit.verify()).ok


async def test_a_wrapped_platform_keeps_the_three_steps(core: Any, owner: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the adapter's own class offers it: a wrapper forwarding attributes (a fault-injecting
    fake, a remote platform's client) gets the claim, the call and the store."""

    class Forwarding:
        def __init__(self, inner: Any) -> None:
            self.inner = inner
            self.issued = 0

        async def issue(self, request: Any) -> Any:
            self.issued += 1
            return await self.inner.issue(request)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.inner, name)

    wrapper = Forwarding(core.platform)
    core.invoices.platform = wrapper
    await core.invoices.issue_new(special(), owner)
    counted = Commits(monkeypatch)
    view = (await core.invoices.issue_new(special(), owner)).invoice
    assert view.status == "issued" and wrapper.issued == 2
    assert counted.commits == 3  # claim, the platform's booking, the result


async def test_rollback_and_statements_outside_a_transaction(database: str) -> None:
    conn = Tortoise.get_connection("default")
    await conn.execute_script('CREATE TABLE "t" ("id" INTEGER PRIMARY KEY, "v" TEXT UNIQUE)')
    await conn.execute_query('INSERT INTO "t" ("v") VALUES (?)', ["a"])  # its own transaction
    with pytest.raises(IntegrityError):
        async with in_transaction("default") as tx:
            await tx.execute_query('INSERT INTO "t" ("v") VALUES (?)', ["b"])
            await tx.execute_query('INSERT INTO "t" ("v") VALUES (?)', ["a"])
    _, rows = await conn.execute_query('SELECT "v" FROM "t" ORDER BY "v"')
    assert [row["v"] for row in rows] == ["a"]  # "b" rolled back with its transaction
    async with in_transaction("default") as tx:
        assert await tx.execute_insert('INSERT INTO "t" ("v") VALUES (?)', ["c"]) == 2


async def test_begin_waits_off_the_loop_for_another_process_write_lock(database: str, tmp_path: Any) -> None:
    path = database[len("sqlite://"):]
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process (a fapiao command) is writing
    ticks = 0

    async def loop_alive() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    ticker = asyncio.create_task(loop_alive())
    asyncio.get_running_loop().call_later(0.3, lambda: other.execute("COMMIT"))
    try:
        async with in_transaction("default") as tx:  # waits for the lock, the loop keeps running
            await tx.execute_query('UPDATE "company" SET "name" = "name"')
    finally:
        ticker.cancel()
        other.close()
    assert ticks >= 10


async def _inline() -> sqlite_write.InlineConnection:
    client = Tortoise.get_connection("default")
    await client.execute_query("SELECT 1")  # connects
    connection: sqlite_write.InlineConnection = client._connection
    return connection


async def test_group_commit_answers_only_after_the_fsync_and_shares_it(database: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The write lock is free while a transaction waits for its fsync, a transaction is not
    answered before an fsync that began after its COMMIT completed, and transactions that
    committed while one fsync ran share the next."""
    inline = await _inline()
    assert inline.group_commit
    assert inline._conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL: the fsync is ours
    conn = Tortoise.get_connection("default")
    await conn.execute_script('CREATE TABLE "g" ("v" TEXT)')
    started, release = threading.Event(), threading.Event()
    syncs: list[int] = []
    sync_wal = sqlite_write.InlineConnection._sync_wal

    def held_sync(connection: Any) -> None:
        syncs.append(connection._committed)
        started.set()
        assert release.wait(10)
        sync_wal(connection)

    monkeypatch.setattr(sqlite_write.InlineConnection, "_sync_wal", held_sync)

    async def write(value: str) -> None:
        async with in_transaction("default") as tx:
            await tx.execute_query('INSERT INTO "g" ("v") VALUES (?)', [value])

    first = asyncio.create_task(write("a"))
    await asyncio.get_running_loop().run_in_executor(None, started.wait, 10)
    # "a" is committed and waits for its fsync: the lock is free for the next transactions
    others = [asyncio.create_task(write(v)) for v in ("b", "c")]
    for _ in range(20):
        await asyncio.sleep(0)
    assert inline._committed - syncs[0] == 2  # "b" and "c" committed meanwhile
    assert not first.done() and not any(task.done() for task in others)  # nobody answered before the disk
    release.set()
    await asyncio.wait_for(asyncio.gather(first, *others), 10)
    assert len(syncs) == 2  # three commits, two fsyncs: "b" and "c" shared the second
    _, rows = await conn.execute_query('SELECT "v" FROM "g" ORDER BY "v"')
    assert [row["v"] for row in rows] == ["a", "b", "c"]


async def test_a_write_outside_a_transaction_is_synced_before_it_returns(database: str,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    inline = await _inline()
    conn = Tortoise.get_connection("default")
    await conn.execute_script('CREATE TABLE "o" ("v" TEXT)')
    synced: list[int] = []
    sync_wal = sqlite_write.InlineConnection._sync_wal
    monkeypatch.setattr(sqlite_write.InlineConnection, "_sync_wal",
                        lambda connection: (synced.append(connection._conn.total_changes), sync_wal(connection)))
    await conn.execute_query('INSERT INTO "o" ("v") VALUES (?)', ["x"])
    assert synced == [inline._conn.total_changes]  # synced after the write, before returning
    await conn.execute_query('SELECT "v" FROM "o"')
    assert len(synced) == 1  # a read has nothing to sync


async def test_checkpoints_run_off_the_loop_on_their_own_connection(database: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    inline = await _inline()
    assert inline._conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    monkeypatch.setattr(sqlite_write, "CHECKPOINT_EVERY", 1)
    async with in_transaction("default") as tx:
        await tx.execute_query('UPDATE "company" SET "name" = "name"')
    assert inline._checkpointer is not None
    path = database[len("sqlite://"):]
    fresh = sqlite3.connect(path)
    try:
        busy, log, checkpointed = fresh.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert busy == 0 and log == checkpointed
    finally:
        fresh.close()


async def test_issuing_a_draft_is_one_transaction_too(core: Any, owner: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """``issue()`` of a stored blue draft: claim, booking and result commit together; a
    refusal leaves the draft a draft (with the refusal's event and audit entry) and no number
    used, and the same draft issues once the cause is gone."""
    await core.invoices.issue_new(special(), owner)  # warm: the audit head exists
    draft = await core.invoices.create_draft(special(), owner)
    counted = Commits(monkeypatch)
    view = await core.invoices.issue(draft.id, owner)
    assert view.status == "issued" and counted.commits == 1
    assert [e.action for e in view.events] == ["created", "issued"]

    await core.platform.set_credit("91110000600037341L", Decimal("2000.00"))
    last = (await PlatformCounter.get()).last_value
    other = await core.invoices.create_draft(special(), owner)
    with pytest.raises(PlatformRejected):
        await core.invoices.issue(other.id, owner)
    stored = await Invoice.get(id=other.id)
    assert stored.status == "draft" and stored.number is None
    assert (await PlatformCounter.get()).last_value == last
    assert [e.action for e in await InvoiceEvent.filter(invoice_id=other.id).order_by("id")] == \
        ["created", "platform_refused"]
    assert await AuditEntry.exists(action="invoice.platform_refused", target=f"invoice:{other.id}")
    await core.platform.set_credit("91110000600037341L", Decimal("100000.00"))
    again = await core.invoices.issue(other.id, owner)
    assert again.status == "issued" and int(again.number[-15:]) == last + 1
    assert (await core.audit.verify()).ok
