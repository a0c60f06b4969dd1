"""The hash-chained audit log: a clean log verifies; edits, deletions (middle and last) and
reordering made with raw SQL are each caught at the first broken entry; concurrent appends
keep one chain (real concurrency on PostgreSQL); the log covers logins and invoices."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from tortoise import Tortoise

from core.audit.chain import (
    GENESIS_HASH,
    ChainRow,
    canonical_bytes,
    canonical_parts,
    row_hash,
    verify_chain,
)
from core.audit.models import AuditChainHead, AuditEntry
from core.companies.views import CompanyInput
from core.domain.actor import Actor
from core.domain.errors import InvalidCredentials
from core.invoicing.views import BuyerInput, DraftInput, LineDraft
from fapiao.cli.audit import format_result
from tests.kit.factories import authorise_companies, make_user

USCC = "91110000600037341L"
BUYER_USCC = "9144030071526726XG"
CLI = Actor(channel="cli")


def _sql(sql: str) -> str:
    """Write ``?`` placeholders; PostgreSQL wants $1, $2 …"""
    conn = Tortoise.get_connection("default")
    if conn.capabilities.dialect != "postgres":
        return sql
    parts = sql.split("?")
    return "".join(part + (f"${i + 1}" if i < len(parts) - 1 else "") for i, part in enumerate(parts))


async def _exec(sql: str, params: list[object] | None = None) -> None:
    await Tortoise.get_connection("default").execute_query(_sql(sql), params or [])


async def _ids() -> list[int]:
    return list(await AuditEntry.all().order_by("id").values_list("id", flat=True))


async def _log(core, count: int = 6) -> list[int]:
    for n in range(count):
        await core.audit.record(Actor(channel="api", account_id=n + 1), f"test.step{n}", target=f"thing:{n}",
                                company_id=1, detail={"n": n, "名称": "测试", "amount": Decimal("12.30")})
    return await _ids()


# -- pure -----------------------------------------------------------------------------------


def test_canonical_bytes_do_not_depend_on_key_order_time_zone_or_storage():
    from datetime import timedelta, timezone

    at_utc = datetime(2026, 11, 27, 1, 2, 3, 4000, tzinfo=UTC)
    at_china = at_utc.astimezone(timezone(timedelta(hours=8)))
    one = canonical_bytes(seq=1, prev_hash=GENESIS_HASH, at=at_utc, actor_id=1, company_id=None, channel="api",
                          action="x", target="t", detail={"b": 1, "a": "值"})
    two = canonical_bytes(seq=1, prev_hash=GENESIS_HASH, at=at_china, actor_id=1, company_id=None, channel="api",
                          action="x", target="t", detail={"a": "值", "b": 1})
    assert one == two
    assert "值".encode() in one and b"2026-11-27T01:02:03.004000+00:00" in one


@pytest.mark.parametrize("detail, target", [
    ({}, ""),
    ({"prev": "x", "seq": 3, "名称": "测试", "nested": {"z": [1, None, "\u0000\"q"]}}, 'invoice:"prev":"'),
])
def test_canonical_parts_put_the_link_fields_where_canonical_bytes_has_them(detail, target):
    """PostgreSQL hashes ``a || prev || b || seq || c`` in SQL: it must be the canonical text."""
    at = datetime(2026, 12, 6, 1, 2, 3, 4000, tzinfo=UTC)
    fields = dict(at=at, actor_id=7, company_id=None, channel="api", action="invoice.issued", target=target,
                  detail=detail)
    a, b, c = canonical_parts(**fields)
    for seq, prev in ((1, GENESIS_HASH), (123456789, "ab" * 32)):
        assert (a + prev + b + str(seq) + c).encode() == canonical_bytes(seq=seq, prev_hash=prev, **fields)


async def test_a_multi_entry_transaction_is_chained_like_python_hashes_it(core):
    """Two entries appended by one transaction (one statement on PostgreSQL) verify, and
    their hashes are exactly Python's."""
    async with core.audit.transaction() as conn:
        for n in range(3):
            await core.audit.record(Actor(channel="api", account_id=n + 1), f"test.multi{n}", target="t",
                                    company_id=1, detail={"n": n, "名称": "测试"}, connection=conn)
    rows = await AuditEntry.all().order_by("id")
    assert [r.seq for r in rows] == [1, 2, 3]
    prev = GENESIS_HASH
    for r in rows:
        row = ChainRow(id=r.id, at=r.at, actor_id=r.actor_id, company_id=r.company_id, channel=r.channel,
                       action=r.action, target=r.target, detail=dict(r.detail), seq=r.seq, prev_hash=r.prev_hash,
                       hash=r.hash)
        assert r.prev_hash == prev and r.hash == row_hash(row)
        prev = r.hash
    head = await AuditChainHead.get(id=1)
    assert (head.seq, head.last_hash, head.last_entry_id) == (3, prev, rows[-1].id)
    assert (await core.audit.verify()).ok


def test_pure_verifier_reports_the_first_broken_link():
    rows = []
    prev = GENESIS_HASH
    for seq in range(1, 4):
        row = ChainRow(id=seq + 10, at=datetime(2026, 1, 1, tzinfo=UTC), actor_id=None, company_id=None,
                       channel="cli", action=f"a{seq}", target="", detail={}, seq=seq, prev_hash=prev, hash=None)
        digest = row_hash(row)
        rows.append(ChainRow(**{**row.__dict__, "hash": digest}))
        prev = digest
    legacy = ChainRow(id=1, at=datetime(2025, 1, 1, tzinfo=UTC), actor_id=None, company_id=None, channel="cli",
                      action="old", target="", detail={}, seq=None, prev_hash=None, hash=None)
    from core.audit.chain import ChainHead

    head = ChainHead(3, prev, 13)
    good = verify_chain([legacy, *rows], head)
    assert good.ok and good.checked == 3 and good.legacy == 1
    edited = ChainRow(**{**rows[1].__dict__, "action": "forged"})
    bad = verify_chain([legacy, rows[0], edited, rows[2]], head)
    assert bad.broken is not None and bad.broken.entry_id == 12 and bad.broken.field == "hash"


# -- against the database -------------------------------------------------------------------


async def test_clean_log_verifies(core):
    ids = await _log(core)
    result = await core.audit.verify()
    assert result.ok, result.broken
    assert result.checked == len(ids) and result.legacy == 0
    assert format_result(result).startswith(f"audit log OK: {len(ids)} chained entries")
    head = await AuditChainHead.get(id=1)
    last = await AuditEntry.get(id=ids[-1])
    assert head.seq == last.seq == len(ids) and head.last_hash == last.hash and head.last_entry_id == last.id
    first = await AuditEntry.get(id=ids[0])
    assert first.seq == 1 and first.prev_hash == GENESIS_HASH


async def test_an_edited_entry_is_detected(core):
    ids = await _log(core)
    await _exec('UPDATE "audit_entry" SET "action" = ? WHERE "id" = ?', ["test.innocent", ids[2]])
    result = await core.audit.verify()
    assert not result.ok and result.broken is not None
    assert result.broken.entry_id == ids[2] and result.broken.field == "hash"
    assert result.checked == 2
    assert f"entry {ids[2]}" in format_result(result)


async def test_an_edited_detail_is_detected(core):
    ids = await _log(core)
    entry = await AuditEntry.get(id=ids[4])
    await AuditEntry.filter(id=ids[4]).update(detail={**entry.detail, "amount": "99.99"})
    result = await core.audit.verify()
    assert result.broken is not None and result.broken.entry_id == ids[4]


async def test_a_deleted_middle_entry_is_detected(core):
    ids = await _log(core)
    await _exec('DELETE FROM "audit_entry" WHERE "id" = ?', [ids[3]])
    result = await core.audit.verify()
    assert result.broken is not None
    # The entry after the gap is the first whose link does not hold: seq 4 expected, 5 found.
    assert result.broken.entry_id == ids[4] and result.broken.field == "seq"
    assert (result.broken.expected, result.broken.found) == ("4", "5")


async def test_a_deleted_last_entry_is_detected(core):
    ids = await _log(core)
    await _exec('DELETE FROM "audit_entry" WHERE "id" = ?', [ids[-1]])
    result = await core.audit.verify()
    assert result.broken is not None
    assert result.broken.entry_id == ids[-1] and result.broken.field == "last entry"
    assert result.checked == len(ids) - 1


async def test_two_swapped_entries_are_detected(core):
    ids = await _log(core)
    a, b = ids[1], ids[3]
    rows = {r.id: r for r in await AuditEntry.filter(id__in=[a, b])}
    columns = ["at", "actor_id", "company_id", "channel", "action", "target", "detail", "seq", "prev_hash", "hash"]
    # Move the later entry into the earlier place and vice versa (seq is unique: park one first).
    await AuditEntry.filter(id=a).update(seq=None)
    await AuditEntry.filter(id=b).update(**{c: getattr(rows[a], c) for c in columns})
    await AuditEntry.filter(id=a).update(**{c: getattr(rows[b], c) for c in columns})
    result = await core.audit.verify()
    assert result.broken is not None and result.broken.entry_id == a
    assert (result.broken.field, result.broken.expected, result.broken.found) == ("seq", "2", "4")


async def test_legacy_entries_before_the_genesis_are_counted_not_checked(core):
    now = datetime(2026, 1, 1, tzinfo=UTC)
    for n in range(3):
        await AuditEntry.create(at=now, channel="cli", action=f"legacy.{n}", target="", detail={})
    ids = await _log(core, 3)
    result = await core.audit.verify()
    assert result.ok and result.legacy == 3 and result.checked == 3
    assert "3 legacy entries" in format_result(result)
    # An unchained row slipped in after the genesis is a break, not legacy.
    await AuditEntry.create(at=now, channel="cli", action="sneaky", target="", detail={})
    later = await _ids()
    result = await core.audit.verify()
    assert result.broken is not None and result.broken.entry_id == later[-1] and ids


async def test_entries_recorded_in_a_transaction_are_appended_at_its_end_or_not_at_all(core):
    async with core.audit.transaction() as conn:
        await core.audit.record(CLI, "test.one", connection=conn)
        await core.audit.record(CLI, "test.two", connection=conn)
        # Buffered: nothing is chained until the transaction is about to commit.
        assert await AuditEntry.filter(action__startswith="test.").using_db(conn).count() == 0
    with pytest.raises(RuntimeError):
        async with core.audit.transaction() as conn:
            await core.audit.record(CLI, "test.rolled_back", connection=conn)
            raise RuntimeError("boom")
    actions = await AuditEntry.all().order_by("id").values_list("action", flat=True)
    assert actions == ["test.one", "test.two"]
    assert (await core.audit.verify()).ok


async def test_concurrent_appends_keep_one_chain(core):
    async def one(n: int) -> None:
        await core.audit.record(Actor(channel="api", account_id=n), "test.concurrent", detail={"n": n})

    await asyncio.gather(*(one(n) for n in range(50)))
    result = await core.audit.verify()
    assert result.ok, result.broken
    assert result.checked == 50
    seqs = await AuditEntry.all().order_by("id").values_list("seq", flat=True)
    assert seqs == list(range(1, 51))


async def test_concurrent_issuing_and_logging_keep_one_chain(core, sms, clock):
    actor = await make_user(core, sms, clock, "13800138000")
    await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id=USCC, taxpayer_kind="general",
                                             issuer_name="王会计"), actor)
    await authorise_companies()
    draft = DraftInput(kind="special", buyer=BuyerInput(name="深圳某某科技有限公司", tax_id=BUYER_USCC),
                       lines=(LineDraft(name="技术服务费", amount="100", rate="6%"),))

    async def noise(n: int) -> None:
        await core.audit.record(CLI, "test.noise", detail={"n": n})

    await asyncio.gather(*(core.invoices.issue_new(draft, actor) for _ in range(10)),
                         *(noise(n) for n in range(10)))
    result = await core.audit.verify()
    assert result.ok, result.broken
    assert await AuditEntry.filter(action="invoice.issued").count() == 10


# -- coverage spot checks -------------------------------------------------------------------


async def test_failed_logins_are_recorded_without_the_phone_or_password(core, sms, clock):
    actor = await make_user(core, sms, clock, "13800138000")
    with pytest.raises(InvalidCredentials):
        await core.accounts.login("13800138000", "Wrong#pass1", Actor(channel="api", ip="10.0.0.1"))
    with pytest.raises(InvalidCredentials):
        await core.accounts.login("13900000000", "Wrong#pass1", Actor(channel="bot"))
    failed = await AuditEntry.filter(action="account.login_failed").order_by("id")
    assert [f.target for f in failed] == [f"account:{actor.account_id}", "account:unknown"]
    assert failed[0].detail == {"reason": "password"}
    assert failed[1].detail == {"phone": "139****0000", "reason": "unknown_account"} and failed[1].channel == "bot"
    for entry in await AuditEntry.all():
        text = str(entry.detail) + entry.target
        assert "13900000000" not in text and "13800138000" not in text and "Wrong#pass1" not in text
    assert (await core.audit.verify()).ok


async def test_login_and_logout_are_recorded(core, sms, clock):
    actor = await make_user(core, sms, clock, "13800138000")
    token = await core.accounts.login("13800138000", "Kaipiao#2026", Actor(channel="api"))
    await core.accounts.logout(token, Actor(channel="api"))
    actions = await AuditEntry.filter(actor_id=actor.account_id).order_by("id").values_list("action", flat=True)
    assert actions[-2:] == ["account.login", "account.logout"]


async def test_invoice_issue_and_company_changes_are_recorded(core, sms, clock):
    actor = await make_user(core, sms, clock, "13800138000")
    company = await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id=USCC,
                                                       taxpayer_kind="general", issuer_name="王会计"), actor)
    await authorise_companies()
    result = await core.invoices.issue_new(DraftInput(
        kind="special", buyer=BuyerInput(name="深圳某某科技有限公司", tax_id=BUYER_USCC),
        lines=(LineDraft(name="技术服务费", amount="100", rate="6%"),)), actor)
    issued = await AuditEntry.get(action="invoice.issued")
    assert issued.target == f"invoice:{result.invoice.id}" and issued.company_id == company.id
    assert issued.actor_id == actor.account_id and issued.channel == "api"
    created = await AuditEntry.get(action="company.create")
    assert created.company_id == company.id
    await core.notification_preferences.set_preferences(actor.account_id, reminder_days=3, actor=actor)
    prefs = await AuditEntry.get(action="notification.preferences")
    assert prefs.detail == {"reminder_days": 3}
    assert (await core.audit.verify()).ok
