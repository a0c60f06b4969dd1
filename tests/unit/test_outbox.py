"""Notification outbox: transactional enqueue, relay delivery with retries and leases, several
relays at once, channel preferences with the SMS fallback, subscribe grants and the message centre.

The outbox models are not in the project migration yet, so this module sets up its own
database: SQLite in a temporary file, and — when ``FAPIAO_TEST_DATABASE_URL`` points at a
PostgreSQL server — also the dedicated database ``fapiao_outbox_test`` on that server
(dropped and created once per run, tables truncated per test).
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import AsyncIterator, Mapping
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from tortoise import Tortoise
from tortoise.transactions import in_transaction

from core.accounts.models import Account, WeChatBinding
from core.clock import FrozenClock
from core.domain.errors import ValidationFailed
from core.notifications.channels import InboxChannel, MiniappSubscribeChannel, SmsChannel, WeChatChannel, WeChatTemplateChannel
from core.notifications.enqueue import enqueue
from core.notifications.inbox import Inbox
from core.notifications.models import ALL_CHANNELS, InboxMessage, OutboxEvent, SubscribeGrant
from core.notifications.preferences import NotificationPreferences
from core.notifications.relay import OutboxRelay
from core.notifications.subscriptions import SubscribeGrants
from core.ports import Channel
from fapiao.integrations.sms import RecordingSms
from fapiao.integrations.wechat import RecordingWeChatApi

MODELS = ["core.accounts.models", "core.companies.models", "core.support.models", "core.notifications.models",
          "core.audit.models", "core.invoice_platform_sandbox.models", "core.invoicing.models",
          "core.input_invoicing.models", "core.filing.models", "core.tax_bureau_sandbox.models"]
PG_URL = os.environ.get("FAPIAO_TEST_DATABASE_URL", "")
# Named after the suite database, so suites on several databases of one server do not collide.
PG_TEST_DB = (urlsplit(PG_URL).path.lstrip("/") or "fapiao") + "_outbox"
BACKENDS = ["sqlite", *(["postgres"] if PG_URL else [])]
_pg_ready = False


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


async def _recreate_pg_database() -> None:
    import asyncpg

    # A database of its own, created through the server's maintenance database, so the suite's
    # database (whatever FAPIAO_TEST_DATABASE_URL names) is never touched.
    admin_url = _with_database(PG_URL, "postgres").replace("postgres://", "postgresql://", 1)
    conn = await asyncpg.connect(admin_url)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{PG_TEST_DB}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{PG_TEST_DB}"')
    finally:
        await conn.close()


def _config(name: str, url: str) -> dict[str, Any]:
    # A connection name of our own per backend: tortoise caches each model's INSERT per
    # connection name, so SQLite and PostgreSQL under one name would share "?" placeholders.
    return {
        "connections": {name: url},
        "apps": {"models": {"models": MODELS, "default_connection": name}},
        "use_tz": True,
        "timezone": "UTC",
    }


@pytest.fixture(params=BACKENDS)
async def db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """Yields the tortoise connection name of the backend under test."""
    global _pg_ready
    name = f"outbox_{request.param}"
    if request.param == "postgres":
        if not _pg_ready:
            await _recreate_pg_database()
        await Tortoise.init(config=_config(name, _with_database(PG_URL, PG_TEST_DB)), _enable_global_fallback=True)
        if not _pg_ready:
            await Tortoise.generate_schemas(safe=True)
            _pg_ready = True
        tables = [m._meta.db_table for m in Tortoise.apps["models"].values()]
        await Tortoise.get_connection(name).execute_script(
            f'TRUNCATE {", ".join(chr(34) + t + chr(34) for t in tables)} RESTART IDENTITY CASCADE')
    else:
        await Tortoise.init(config=_config(name, f"sqlite://{tmp_path}/outbox.sqlite3"), _enable_global_fallback=True)
        await Tortoise.generate_schemas()
    try:
        yield name
    finally:
        await Tortoise.close_connections()


# -- helpers --------------------------------------------------------------------------------------


class Recorder:
    """A channel that records each call; ``fail`` makes the next calls raise (transient)."""

    def __init__(self, name: str, *, result: bool = True, fail: int = 0) -> None:
        self.name = name
        self.result = result
        self.fail = fail
        self.calls: list[str] = []

    async def deliver(self, account_id: int, template: str, params: dict[str, Any], event_id: str) -> bool:
        self.calls.append(event_id)
        await asyncio.sleep(0)  # let concurrent relays interleave
        if self.fail:
            self.fail -= 1
            raise ConnectionError(f"{self.name} is down")
        return self.result


class RelayKilled(BaseException):
    """Stands for the process dying mid-delivery (not an Exception: nothing catches it)."""


class Killer(Recorder):
    def __init__(self, name: str, kills: int = 1) -> None:
        super().__init__(name)
        self.kills = kills

    async def deliver(self, account_id: int, template: str, params: dict[str, Any], event_id: str) -> bool:
        self.calls.append(event_id)
        if self.kills:
            self.kills -= 1
            raise RelayKilled
        return True


class WeChatError(Exception):
    def __init__(self, errcode: int) -> None:
        super().__init__(f"errcode {errcode}")
        self.errcode = errcode


class WindowClosedWeChat(RecordingWeChatApi):
    async def send_text(self, openid: str, text: str) -> None:
        raise WeChatError(45015)


def render(template: str, params: Mapping[str, Any]) -> str:
    return f"{template}:" + ",".join(f"{k}={v}" for k, v in sorted(params.items()))


async def make_account(clock: FrozenClock, phone: str, *, mp: str | None = None, miniapp: str | None = None) -> int:
    account = await Account.create(phone=phone, password_hash="x", display_name="张三",
                                   created_at=clock.now(), password_changed_at=clock.now())
    for app, openid in (("mp", mp), ("miniapp", miniapp)):
        if openid:
            await WeChatBinding.create(app=app, openid=openid, account_id=account.id, created_at=clock.now())
    return int(account.id)


async def notify(clock: FrozenClock, account_id: int, *, kind: str = "filing.status",
                 template: str = "notify.filing_status", params: dict[str, Any] | None = None,
                 event_id: str | None = None, company_id: int | None = 7) -> str:
    async with in_transaction(OutboxEvent._meta.default_connection) as conn:
        return await enqueue(conn, account_id=account_id, company_id=company_id, kind=kind, template=template,
                             params=params if params is not None else {"status": "申报成功"},
                             event_id=event_id, clock=clock)


async def drain(*relays: OutboxRelay, rounds: int = 100) -> int:
    """Run the relays side by side until a round claims nothing; returns the total claimed."""
    total = 0
    for _ in range(rounds):
        claimed = sum(await asyncio.gather(*(relay.run_once() for relay in relays)))
        total += claimed
        if claimed == 0:
            return total
    raise AssertionError("relays did not settle")


# -- enqueue --------------------------------------------------------------------------------------


async def test_enqueue_rolls_back_with_the_state_change(db: str, clock: FrozenClock) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        async with in_transaction(OutboxEvent._meta.default_connection) as conn:
            account = await Account.create(phone="13800000001", password_hash="x", display_name="a",
                                           created_at=clock.now(), password_changed_at=clock.now(), using_db=conn)
            await enqueue(conn, account_id=account.id, company_id=None, kind="filing.status",
                          template="notify.filing_status", params={"status": "已提交"}, clock=clock)
            raise Boom
    assert await Account.all().count() == 0
    assert await OutboxEvent.all().count() == 0

    async with in_transaction(OutboxEvent._meta.default_connection) as conn:
        account = await Account.create(phone="13800000001", password_hash="x", display_name="a",
                                       created_at=clock.now(), password_changed_at=clock.now(), using_db=conn)
        event_id = await enqueue(conn, account_id=account.id, company_id=3, kind="filing.status",
                                 template="notify.filing_status",
                                 params={"status": "已提交", "tax": Decimal("12.30")}, clock=clock)
    event = await OutboxEvent.get(event_id=event_id)
    assert len(event_id) == 32
    assert (event.status, event.attempts, event.channels_done) == ("pending", 0, [])
    assert (event.account_id, event.company_id, event.kind) == (account.id, 3, "filing.status")
    assert event.params == {"status": "已提交", "tax": "12.30"}
    assert event.available_at == clock.now()


async def test_enqueue_needs_the_callers_transaction_and_dedupes_given_ids(db: str, clock: FrozenClock) -> None:
    from tortoise import connections

    with pytest.raises(TypeError):
        await enqueue(connections.get(db), account_id=1, company_id=None, kind="k", template="t",
                      params={}, clock=clock)
    first = await notify(clock, 1, event_id="deadline:7:2026Q4:5d")
    second = await notify(clock, 1, event_id="deadline:7:2026Q4:5d", params={"other": 1})
    assert first == second == "deadline:7:2026Q4:5d"
    assert await OutboxEvent.filter(event_id=first).count() == 1
    assert (await OutboxEvent.get(event_id=first)).params == {"status": "申报成功"}


# -- delivery -------------------------------------------------------------------------------------


async def test_relay_delivers_once_to_each_channel(db: str, clock: FrozenClock) -> None:
    account = await make_account(clock, "13800000002")
    chat, extra = Recorder("wechat"), Recorder("audit-copy")
    relay = OutboxRelay(clock, [InboxChannel(clock), chat, extra], worker_id="r1")
    event_id = await notify(clock, account, params={"status": "申报成功", "period": "2026Q3"})

    assert await relay.run_once() == 1
    assert chat.calls == [event_id] and extra.calls == [event_id]
    event = await OutboxEvent.get(event_id=event_id)
    assert event.status == "delivered"
    assert event.delivered_at == clock.now()
    assert event.channels_done == ["inbox", "wechat", "audit-copy"]
    assert (event.claim_token, event.claimed_until, event.claimed_by) == (None, None, "r1")
    inbox = await InboxMessage.get(event_id=event_id)
    assert (inbox.account_id, inbox.company_id, inbox.kind) == (account, 7, "filing.status")
    assert inbox.params == {"status": "申报成功", "period": "2026Q3"}

    assert await relay.run_once() == 0
    clock.advance(hours=2)
    assert await relay.run_once() == 0
    assert chat.calls == [event_id] and await InboxMessage.all().count() == 1


async def test_failing_channel_is_retried_with_backoff_without_resending_the_others(db: str, clock: FrozenClock) -> None:
    account = await make_account(clock, "13800000003")
    good, flaky = Recorder("wechat"), Recorder("miniapp", fail=2)
    relay = OutboxRelay(clock, [good, flaky], worker_id="r1", max_attempts=5)
    event_id = await notify(clock, account)
    start = clock.now()

    assert await relay.run_once() == 1
    event = await OutboxEvent.get(event_id=event_id)
    assert (event.status, event.attempts, event.channels_done) == ("pending", 1, ["wechat"])
    assert event.available_at == start + timedelta(seconds=5)
    assert "miniapp is down" in event.last_error

    assert await relay.run_once() == 0  # not due yet
    clock.advance(seconds=4)
    assert await relay.run_once() == 0
    clock.advance(seconds=1)
    assert await relay.run_once() == 1
    event = await OutboxEvent.get(event_id=event_id)
    assert (event.status, event.attempts) == ("pending", 2)
    assert event.available_at == clock.now() + timedelta(seconds=10)

    clock.advance(seconds=10)
    assert await relay.run_once() == 1
    event = await OutboxEvent.get(event_id=event_id)
    assert (event.status, event.attempts, event.channels_done) == ("delivered", 3, ["wechat", "miniapp"])
    assert good.calls == [event_id]  # succeeded on the first attempt: never sent again
    assert flaky.calls == [event_id] * 3


async def test_backoff_is_exponential_and_capped(clock: FrozenClock) -> None:
    relay = OutboxRelay(clock, [], worker_id="r", max_attempts=30)
    assert [relay.backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [5, 10, 20, 40]
    assert relay.backoff(11).total_seconds() == 3600
    assert relay.backoff(25).total_seconds() == 3600


async def test_event_fails_after_max_attempts_with_sms_as_the_last_resort(db: str, clock: FrozenClock) -> None:
    account = await make_account(clock, "13800000004", mp="o-mp-4")
    down, sms = Recorder("wechat", fail=100), RecordingSms()
    relay = OutboxRelay(clock, [down, SmsChannel(sms)], worker_id="r1", max_attempts=3)
    event_id = await notify(clock, account)

    for _ in range(2):
        assert await relay.run_once() == 1
        assert sms.sent == []  # WeChat is only failing for now: retry it rather than text the user
        clock.advance(hours=1)
    assert await relay.run_once() == 1  # last attempt: the SMS fallback reaches the user
    assert sms.sent == [("13800000004", "notify.filing_status", {"status": "申报成功"})]
    event = await OutboxEvent.get(event_id=event_id)
    assert (event.status, event.attempts) == ("delivered", 3)
    assert "sms" in event.channels_done and "wechat is down" in event.last_error

    # Without any fallback the event ends failed, with the reason kept.
    other = await notify(clock, account)
    relay = OutboxRelay(clock, [Recorder("wechat", fail=100)], worker_id="r2", max_attempts=2)
    for _ in range(3):
        await relay.run_once()
        clock.advance(hours=1)
    failed = await OutboxEvent.get(event_id=other)
    assert (failed.status, failed.attempts) == ("failed", 2)
    assert "wechat is down" in failed.last_error
    assert await relay.run_once() == 0


async def test_killed_relay_is_taken_over_after_the_lease_without_duplicates(db: str, clock: FrozenClock) -> None:
    account = await make_account(clock, "13800000005")
    first, dying = Recorder("alpha"), Killer("wechat")
    channels: list[Channel] = [InboxChannel(clock), first, dying]
    doomed = OutboxRelay(clock, channels, worker_id="doomed", lease_seconds=60)
    event_id = await notify(clock, account)

    with pytest.raises(RelayKilled):
        await doomed.run_once()
    event = await OutboxEvent.get(event_id=event_id)
    assert (event.status, event.claimed_by, event.channels_done) == ("delivering", "doomed", ["inbox", "alpha"])
    stale = event

    rescuer = OutboxRelay(clock, channels, worker_id="rescuer", lease_seconds=60)
    assert await rescuer.run_once() == 0  # the lease still holds
    clock.advance(seconds=59)
    assert await rescuer.run_once() == 0
    clock.advance(seconds=2)
    assert await rescuer.run_once() == 1

    event = await OutboxEvent.get(event_id=event_id)
    assert (event.status, event.claimed_by, event.attempts) == ("delivered", "rescuer", 2)
    assert event.channels_done == ["inbox", "alpha", "wechat"]
    assert first.calls == [event_id]  # already done before the crash: not sent again
    assert dying.calls == [event_id, event_id]
    assert await InboxMessage.filter(event_id=event_id).count() == 1

    # The dead relay's stale claim can no longer write anything or send anything.
    await doomed.deliver(stale)
    assert (await OutboxEvent.get(event_id=event_id)).claimed_by == "rescuer"
    assert first.calls == [event_id] and len(dying.calls) == 2


async def test_two_relays_claim_disjoint_events(db: str, clock: FrozenClock) -> None:
    account = await make_account(clock, "13800000006")
    ids = {await notify(clock, account) for _ in range(60)}
    one = OutboxRelay(clock, [], worker_id="one", batch=60)
    two = OutboxRelay(clock, [], worker_id="two", batch=60)
    got_one, got_two = await asyncio.gather(one.claim(), two.claim())
    a, b = {e.event_id for e in got_one}, {e.event_id for e in got_two}
    assert not a & b
    assert a | b == ids
    assert await OutboxEvent.filter(status="delivering").count() == 60
    assert {e.claimed_by for e in await OutboxEvent.filter(event_id__in=list(a))} <= {"one"}


async def test_two_relays_deliver_200_events_exactly_once_per_channel(db: str, clock: FrozenClock) -> None:
    accounts = [await make_account(clock, f"1390000{i:04d}") for i in range(10)]
    async with in_transaction(OutboxEvent._meta.default_connection) as conn:
        ids = [await enqueue(conn, account_id=accounts[i % 10], company_id=None, kind="filing.status",
                             template="notify.filing_status", params={"n": i}, clock=clock) for i in range(200)]
    chat, flaky = Recorder("wechat"), Recorder("miniapp", fail=15)
    channels: list[Channel] = [InboxChannel(clock), chat, flaky]
    relays = [OutboxRelay(clock, channels, worker_id=f"relay-{n}", batch=20) for n in range(2)]

    for _ in range(12):  # retries become due as the clock moves on
        await drain(*relays)
        clock.advance(minutes=5)

    assert await OutboxEvent.filter(status="delivered").count() == 200
    assert Counter(chat.calls) == Counter(ids)  # exactly once each
    assert len(flaky.calls) == 215 and set(flaky.calls) == set(ids)
    assert sum(1 for _ in flaky.calls) - len(set(flaky.calls)) == 15  # only the failed tries repeat
    assert await InboxMessage.all().count() == 200
    events = await OutboxEvent.all()
    assert {e.claimed_by for e in events} == {"relay-0", "relay-1"}  # both relays did share the work
    assert sum(e.attempts for e in events) == 200 + 15  # one claim per try: nothing claimed twice


async def test_postgres_claim_skips_rows_locked_by_another_relay(db: str, clock: FrozenClock) -> None:
    if db != "outbox_postgres":
        pytest.skip("SKIP LOCKED is the PostgreSQL claim")
    account = await make_account(clock, "13800000007")
    ids = [await notify(clock, account) for _ in range(12)]
    relay = OutboxRelay(clock, [], worker_id="free", batch=50)
    locked, release = asyncio.Event(), asyncio.Event()
    held: list[str] = []

    async def other_relay_mid_claim() -> None:  # its own task: its own transaction and connection
        async with in_transaction(db) as tx:
            rows = await OutboxEvent.filter(event_id__in=ids).order_by("id").limit(5).select_for_update().using_db(tx)
            held.extend(e.event_id for e in rows)
            locked.set()
            await release.wait()

    holder = asyncio.create_task(other_relay_mid_claim())
    await asyncio.wait_for(locked.wait(), timeout=30)
    got = await asyncio.wait_for(relay.claim(), timeout=30)  # does not wait for the locked rows
    release.set()
    await holder
    assert len(held) == 5
    assert {e.event_id for e in got} == set(ids) - set(held)
    assert await OutboxEvent.filter(status="pending").count() == 5


# -- channels and preferences ---------------------------------------------------------------------


async def test_preferences_choose_channels_and_sms_is_only_a_fallback(db: str, clock: FrozenClock) -> None:
    bound = await make_account(clock, "13800000010", mp="o-bound")
    unbound = await make_account(clock, "13800000011")
    no_sms = await make_account(clock, "13800000012")
    sms_only = await make_account(clock, "13800000013", mp="o-sms-only")
    closed = await make_account(clock, "13800000014", mp="o-closed")
    preferences = NotificationPreferences(clock)
    assert (await preferences.get_preferences(unbound)).channels == ALL_CHANNELS
    await preferences.set_preferences(no_sms, channels=["wechat", "miniapp"])
    prefs = await preferences.set_preferences(sms_only, channels=["sms"])
    assert prefs.channels == ("sms", "inbox")  # the message centre cannot be switched off

    wechat, sms = RecordingWeChatApi(), RecordingSms()
    channels: list[Channel] = [InboxChannel(clock), WeChatChannel(wechat, render), SmsChannel(sms)]
    relay = OutboxRelay(clock, channels, worker_id="r1")
    events = {acc: await notify(clock, acc) for acc in (bound, unbound, no_sms, sms_only)}
    assert await relay.run_once() == 4

    assert wechat.texts_sent == [("o-bound", "notify.filing_status:status=申报成功")]
    assert sorted(phone for phone, _t, _p in sms.sent) == ["13800000011", "13800000013"]
    assert await InboxMessage.all().count() == 4
    assert (await OutboxEvent.get(event_id=events[no_sms])).channels_done == ["inbox"]

    # WeChat refusing for good (48-hour window closed) means not applicable: SMS at once, no retry.
    relay = OutboxRelay(clock, [WeChatChannel(WindowClosedWeChat(), render), SmsChannel(sms)], worker_id="r2")
    event_id = await notify(clock, closed)
    assert await relay.run_once() == 1
    assert sms.sent[-1][0] == "13800000014"
    event = await OutboxEvent.get(event_id=event_id)
    assert (event.status, event.channels_done) == ("delivered", ["sms"])


async def test_preference_validation_and_reminder_switch(db: str, clock: FrozenClock) -> None:
    account = await make_account(clock, "13800000015", mp="o-rem")
    preferences = NotificationPreferences(clock)
    with pytest.raises(ValidationFailed) as bad:
        await preferences.set_preferences(account, channels=["wechat", "fax"])
    assert "channels" in bad.value.fields
    with pytest.raises(ValidationFailed):
        await preferences.set_preferences(account, reminder_days=0)
    prefs = await preferences.set_preferences(account, reminder_days=3, reminders_enabled=False)
    assert (prefs.reminder_days, prefs.reminders_enabled, prefs.channels) == (3, False, ALL_CHANNELS)
    prefs = await preferences.set_preferences(account, channels=["wechat"])
    assert (prefs.reminder_days, prefs.channels) == (3, ("wechat", "inbox"))

    wechat = RecordingWeChatApi()
    relay = OutboxRelay(clock, [InboxChannel(clock), WeChatChannel(wechat, render)], worker_id="r1")
    reminder = await notify(clock, account, kind="deadline.reminder", template="notify.deadline")
    status = await notify(clock, account)
    assert await relay.run_once() == 2
    assert wechat.texts_to("o-rem") == ["notify.filing_status:status=申报成功"]
    assert [m.event_id for m in await InboxMessage.all()] == [status]
    assert (await OutboxEvent.get(event_id=reminder)).status == "delivered"


async def test_subscribe_grants_are_spent_once_per_push(db: str, clock: FrozenClock) -> None:
    account = await make_account(clock, "13800000020", miniapp="o-mini")
    other = await make_account(clock, "13800000021", miniapp="o-other")
    grants = SubscribeGrants(clock)
    assert await grants.grant_subscription(account, ["TPL-FILING", "TPL-FILING", "TPL-TICKET"]) == 3
    await grants.grant_subscription(other, ["TPL-FILING"])
    with pytest.raises(ValidationFailed):
        await grants.grant_subscription(account, [""])

    pushed: list[tuple[str, str, dict[str, Any]]] = []
    outage = {"left": 1}

    async def send_subscribe(openid: str, template_id: str, data: Mapping[str, Any]) -> None:
        if outage["left"]:
            outage["left"] -= 1
            raise ConnectionError("wx api timeout")
        pushed.append((openid, template_id, dict(data)))

    mini = MiniappSubscribeChannel(send_subscribe, {"filing.status": "TPL-FILING"},
                                   {"filing.status": {"thing1": "status", "thing2": lambda p: f"{p['status']}!"}}, clock)
    sms = RecordingSms()
    relay = OutboxRelay(clock, [mini, SmsChannel(sms)], worker_id="r1")

    first = await notify(clock, account)
    assert await relay.run_once() == 1  # transient failure: the consent is given back
    assert await grants.unspent_grants(account, "TPL-FILING") == 2
    clock.advance(seconds=5)
    assert await relay.run_once() == 1
    assert pushed == [("o-mini", "TPL-FILING", {"thing1": {"value": "申报成功"}, "thing2": {"value": "申报成功!"}})]
    assert await grants.unspent_grants(account, "TPL-FILING") == 1
    assert (await OutboxEvent.get(event_id=first)).channels_done == ["miniapp"]

    await notify(clock, account)
    await notify(clock, account)
    assert await relay.run_once() == 2
    assert len(pushed) == 2  # only one grant was left: the third push is not allowed
    assert await grants.unspent_grants(account, "TPL-FILING") == 0
    assert await grants.unspent_grants(account, "TPL-TICKET") == 1
    assert await grants.unspent_grants(other, "TPL-FILING") == 1
    assert [phone for phone, _t, _p in sms.sent] == ["13800000020"]  # …so SMS stood in
    spent = await SubscribeGrant.filter(account_id=account, template_id="TPL-FILING", spent_at__isnull=False).count()
    assert spent == 2


async def test_template_channel_uses_configured_templates_else_text(db: str, clock: FrozenClock) -> None:
    account = await make_account(clock, "13800000030", mp="o-tpl")
    wechat = RecordingWeChatApi()
    channel = WeChatTemplateChannel(wechat.send_template, {"filing.status": "TPL-1"},
                                    {"filing.status": {"keyword1": "period", "keyword2": "status"}},
                                    fallback=WeChatChannel(wechat, render))
    relay = OutboxRelay(clock, [channel], worker_id="r1")
    await notify(clock, account, params={"period": "2026Q3", "status": "申报成功"})
    await notify(clock, account, kind="ticket.reply", template="notify.ticket_reply", params={"ticket": 9})
    assert await relay.run_once() == 2
    assert wechat.templates_sent == [
        ("o-tpl", "TPL-1", {"keyword1": {"value": "2026Q3"}, "keyword2": {"value": "申报成功"}}, None)]
    assert wechat.texts_sent == [("o-tpl", "notify.ticket_reply:ticket=9")]


# -- message centre -------------------------------------------------------------------------------


async def test_message_centre_lists_counts_and_marks_read(db: str, clock: FrozenClock) -> None:
    me = await make_account(clock, "13800000040")
    someone = await make_account(clock, "13800000041")
    relay = OutboxRelay(clock, [InboxChannel(clock)], worker_id="r1")
    mine = [await notify(clock, me, params={"n": n}) for n in range(5)]
    theirs = await notify(clock, someone)
    assert await relay.run_once() == 6
    inbox = Inbox(clock)

    page = await inbox.list(me, limit=3)
    assert [m.event_id for m in page] == mine[::-1][:3]
    assert all(m.unread and m.template == "notify.filing_status" for m in page)
    rest = await inbox.list(me, limit=3, before_id=page[-1].id)
    assert [m.event_id for m in rest] == mine[1::-1]
    assert await inbox.unread_count(me) == 5

    their_id = (await inbox.list(someone))[0].id
    clock.advance(minutes=1)
    assert await inbox.mark_read(me, [page[0].id, page[1].id, their_id]) == 2
    assert await inbox.mark_read(me, [page[0].id]) == 0  # already read
    assert await inbox.unread_count(me) == 3
    assert await inbox.unread_count(someone) == 1  # another account's message is untouched
    unread = await inbox.list(me, unread_only=True)
    assert [m.event_id for m in unread] == [mine[2], mine[1], mine[0]]
    read = [m for m in await inbox.list(me) if not m.unread]
    assert {m.read_at for m in read} == {clock.now()}

    assert await inbox.mark_read(me, "all") == 3
    assert await inbox.unread_count(me) == 0
    assert await inbox.list(me, unread_only=True) == []
    assert [m.event_id for m in await inbox.list(someone)] == [theirs]


async def test_run_forever_delivers_and_stops(db: str, clock: FrozenClock) -> None:
    account = await make_account(clock, "13800000050")
    seen = asyncio.Event()

    class Signal(Recorder):
        async def deliver(self, account_id: int, template: str, params: dict[str, Any], event_id: str) -> bool:
            seen.set()
            return await super().deliver(account_id, template, params, event_id)

    signal = Signal("wechat")
    relay = OutboxRelay(clock, [signal], worker_id="bg")
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run_forever(stop, interval=0.05))
    event_id = await notify(clock, account)
    relay.wake()
    await asyncio.wait_for(seen.wait(), timeout=10)
    stop.set()
    await asyncio.wait_for(task, timeout=10)
    assert signal.calls == [event_id]
    assert (await OutboxEvent.get(event_id=event_id)).status == "delivered"
