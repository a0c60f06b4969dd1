"""Request ids, structured and masked logs, /healthz, /readyz, /metrics."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import re
import sys
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from prometheus_client.parser import text_string_to_metric_families

from core.adapters.kv import RedisStore
from core.invoicing.models import Invoice
from core.notifications.models import OutboxEvent
from fapiao.chat.wechat_sim import WeChatServerSimulator
from fapiao.observability.logs import MASK_RULES, MaskingFilter, build_handler, mask
from fapiao.observability.metrics import backup_facts
from tests.conftest import PG_URL, REDIS_URL
from tests.kit.api import PASSWORD, Api
from tests.kit.factories import authorise_companies

NORMAL = {"kind": "normal", "price_includes_tax": True, "buyer": {"name": "武汉某某餐饮有限公司", "tax_id": "91420102MA4K00000M"},
    "lines": [{"name": "餐费", "amount": "388"}]}


@pytest.fixture
def client_api(api: Any, sms: Any) -> Api:
    return Api(api, sms)


@pytest.fixture
async def owner(client_api: Api) -> str:
    client_api.token = await client_api.register("13800138000")
    await client_api.call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": "91110000600037341L",
                                                 "taxpayer_kind": "general", "issuer_name": "王会计"}, expect=201)
    await authorise_companies()
    return client_api.token


# -- a TCP proxy in front of a real service, to take it "down" and bring it back -----------


class TcpProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self.server: asyncio.base_events.Server | None = None
        self.writers: set[asyncio.StreamWriter] = set()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def _handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
        except OSError:
            client_writer.close()
            return
        self.writers |= {client_writer, upstream_writer}
        await asyncio.gather(self._pipe(client_reader, upstream_writer), self._pipe(upstream_reader, client_writer))

    async def open(self) -> None:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)
        self.port = self.server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        """Stop listening and cut every connection: the port is closed until :meth:`open`."""
        assert self.server is not None
        self.server.close()
        for writer in self.writers:
            writer.transport.abort()
        self.writers.clear()
        await self.server.wait_closed()
        self.server = None

    def url(self, url: str) -> str:
        parts = urlsplit(url)
        netloc = (parts.netloc.rsplit("@", 1)[0] + "@" if "@" in parts.netloc else "") + f"127.0.0.1:{self.port}"
        return urlunsplit(parts._replace(netloc=netloc))


@contextlib.asynccontextmanager
async def proxy_for(url: str) -> Any:
    parts = urlsplit(url)
    proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 0)
    await proxy.open()
    try:
        yield proxy
    finally:
        if proxy.server is not None:
            await proxy.close()


def closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- helpers ---------------------------------------------------------------------------


async def scrape(api: Any) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = await api.get("/metrics")
    assert response.status == 200
    assert response.content_type == "text/plain"
    samples = {}
    for family in text_string_to_metric_families(await response.text()):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def value(samples: dict[Any, float], name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.fixture
def capture_json() -> Any:
    """Our JSON handler on the root logger, writing to a buffer; yields a reader of the lines."""
    buffer = io.StringIO()
    handler = build_handler("json", buffer)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)

    def lines() -> list[dict[str, Any]]:
        return [json.loads(line) for line in buffer.getvalue().splitlines() if line.strip()]

    yield lines
    root.removeHandler(handler)
    root.setLevel(old_level)


# -- request id ------------------------------------------------------------------------


async def test_request_id_is_generated_and_echoed(api):
    response = await api.get("/healthz")
    generated = response.headers["X-Request-Id"]
    assert re.fullmatch(r"[0-9a-f]{16}", generated)
    assert (await api.get("/healthz")).headers["X-Request-Id"] != generated

    response = await api.get("/api/v1/openapi.json", headers={"X-Request-Id": "nginx-3f2a9c.77:01"})
    assert response.headers["X-Request-Id"] == "nginx-3f2a9c.77:01"
    # A 404 raised inside aiohttp (no route) carries it too.
    response = await api.get("/no/such/page", headers={"X-Request-Id": "abcdef12-3456"})
    assert response.status == 404 and response.headers["X-Request-Id"] == "abcdef12-3456"


@pytest.mark.parametrize("bad", ["short", "x" * 65, "has space inside", "<script>alert(1)</script>", "中文编号00000"])
async def test_insane_request_id_is_replaced(api, bad):
    response = await api.get("/healthz", headers={"X-Request-Id": bad})
    assert re.fullmatch(r"[0-9a-f]{16}", response.headers["X-Request-Id"])


async def test_api_5xx_body_carries_the_request_id(client_api, runtime, monkeypatch, capture_json):
    async def broken(*_args: Any, **_kwargs: Any) -> str:
        raise RuntimeError("database exploded, password=hunter2")

    monkeypatch.setattr(runtime.core.accounts, "login", broken)
    # Api.call validates the body against the OpenAPI document's Error schema.
    status, body = await client_api.call("POST", "/auth/login", {"phone": "13800138000", "password": PASSWORD},
                                         headers={"X-Request-Id": "support-case-0042"})
    assert status == 500
    assert body["error"]["code"] == "unexpected" and body["error"]["request_id"] == "support-case-0042"
    assert "support-case-0042" in body["error"]["message"] and "客服" in body["error"]["message"]
    assert "Traceback" not in json.dumps(body) and "hunter2" not in json.dumps(body)

    errors = [line for line in capture_json() if line["level"] == "ERROR"]
    assert errors and errors[0]["request_id"] == "support-case-0042"
    assert "RuntimeError" in errors[0]["exc_info"] and "hunter2" not in errors[0]["exc_info"]


async def test_api_generated_request_id_matches_the_header(client_api, runtime, monkeypatch):
    async def broken(*_args: Any, **_kwargs: Any) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(runtime.core.accounts, "login", broken)
    response = await client_api.client.post("/api/v1/auth/login", json={"phone": "13800138000", "password": PASSWORD})
    body = await response.json()
    assert response.status == 500
    assert body["error"]["request_id"] == response.headers["X-Request-Id"]


async def test_page_5xx_outside_the_api_carries_the_request_id(api, runtime, monkeypatch):
    async def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(runtime.core.invoices, "verify_token", broken)
    response = await api.get("/v/" + "A" * 32, headers={"X-Request-Id": "page-error-0001"})
    assert response.status == 500
    text = await response.text()
    assert "page-error-0001" in text and "Traceback" not in text and "boom" not in text
    assert response.headers["X-Request-Id"] == "page-error-0001"


# -- logs ------------------------------------------------------------------------------


async def test_json_log_lines_carry_the_request_id(api, capture_json):
    await api.get("/api/v1/openapi.json", headers={"X-Request-Id": "trace-me-123456"})
    await api.get("/healthz")  # another request, another id
    logging.getLogger("fapiao.test").info("outside any request")

    lines = capture_json()
    access = [line for line in lines if line["logger"] == "fapiao.access" and line["route"] == "/api/v1/openapi.json"]
    assert len(access) == 1
    line = access[0]
    assert line["request_id"] == "trace-me-123456"
    assert line["level"] == "INFO" and line["status"] == 200 and line["method"] == "GET"
    assert {"time", "message", "duration_ms"} <= set(line)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", line["time"])
    outside = next(line for line in lines if line["message"] == "outside any request")
    assert outside["request_id"] is None


def test_text_format_shows_the_request_id():
    buffer = io.StringIO()
    handler = build_handler("text", buffer)
    logger = logging.getLogger("fapiao.test.text")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("plain line, phone %s", "13912345678")
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    assert re.search(r" WARNING fapiao\.test\.text \[-\] plain line, phone 139\*\*\*\*5678$", buffer.getvalue().strip())


# -- masking ---------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "masked"), [
    ("login from 13800138000 failed", "login from 138****8000 failed"),
    ("phone +8613912345678", "phone +86139****5678"),
    ("Authorization: Bearer Zk3vQ9xY_longtoken-value", "Authorization: *** ***"),
    ("header bearer abc.def.ghi", "header bearer ***"),
    ("{'phone': '13800138000', 'password': 'Kai piao#2026'}", "{'phone': '138****8000', 'password': ***}"),
    ('{"new_password": "x", "secret_key": "s3cr3t"}', '{"new_password": ***, "secret_key": ***}'),
    ("WECHAT_APPSECRET=abcdef APP_SECRET: zzz", "WECHAT_APPSECRET=*** APP_SECRET: ***"),
    ("token=abc123&next=1", "token=***&next=1"),
    ("sms code=123456 sent", "sms code=****** sent"),
    ("【fapiao】您的验证码是 123456，5分钟内有效", "【fapiao】您的验证码是 ******，5分钟内有效"),
    ("GET /v/Qm9vb29vb29vb29vb29vb29v/pdf", "GET /v/***/pdf"),
    ("session T0k3n_urlsafe-AbCdEfGhIjKlMnOpQrStUv ended", "session T0k3**** ended"),
])
def test_mask(raw, masked):
    assert mask(raw) == masked


@pytest.mark.parametrize("kept", [
    "invoice 26420000000000000123 issued",  # 20-digit invoice numbers are not phones
    "event 0123456789abcdef0123456789abcdef delivered",  # hex ids stay readable
    "request 550e8400-e29b-41d4-a716-446655440000",
    "error code=route_not_found",
    "total 13800.00 on 2026-11-27",
    "LimitExceeded.PhoneNumberDailyLimit",
])
def test_mask_keeps_what_is_not_secret(kept):
    assert mask(kept) == kept


_MASK_ALPHABET = "aAbBcdekKoOpPrstTvwyz0123456789138 _-/=:'\"&;,.验证码是：\u212a\u017f"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_MASK_ALPHABET, max_size=60))
def test_masks_fast_path_changes_nothing(text):
    """mask() returns a line without any rule's trigger untouched; with the rules it is the same."""
    slow = text
    for pattern, replacement in MASK_RULES:
        slow = pattern.sub(replacement, slow)
    assert mask(text) == slow


def _record(name: str, msg: str, *args: Any, **attrs: Any) -> logging.LogRecord:
    record = logging.LogRecord(name, logging.INFO, __file__, 1, msg, args, None)
    for key, val in attrs.items():
        setattr(record, key, val)
    return record


def test_masking_filter_masks_args_extras_and_exceptions():
    record = _record("fapiao.x", "login %s with %r", "13800138000", {"password": "hunter2"}, openid="x", phone="13700001111")
    assert MaskingFilter().filter(record)
    assert record.getMessage() == "login 138****8000 with {'password': ***}"
    assert record.phone == "137****1111"  # type: ignore[attr-defined]

    try:
        raise ValueError("bad secret_key=abc for 13800138000")
    except ValueError:
        record = _record("fapiao.x", "failed")
        record.exc_info = sys.exc_info()
    MaskingFilter().filter(record)
    assert record.exc_info is None
    assert "ValueError" in (record.exc_text or "") and "abc" not in (record.exc_text or "")
    assert "138****8000" in (record.exc_text or "")


def test_console_sms_line_stays_readable_and_nothing_else_does():
    line = "SMS to %s: %s"
    args = ("13800138000", "【fapiao】您的验证码是 123456，5分钟内有效")
    console = _record("fapiao.sms", line, *args, unmasked=True)
    MaskingFilter().filter(console)
    assert console.getMessage() == "SMS to 13800138000: 【fapiao】您的验证码是 123456，5分钟内有效"
    # The marker only works for the SMS adapter's logger; elsewhere it is ignored.
    other = _record("fapiao.http", line, *args, unmasked=True)
    MaskingFilter().filter(other)
    assert other.getMessage() == "SMS to 138****8000: 【fapiao】您的验证码是 ******，5分钟内有效"


async def test_console_sms_adapter_output_is_readable_in_json_logs(capture_json):
    from fapiao.integrations.sms import ConsoleSms
    from templates import texts

    await ConsoleSms(texts()).send("13800138000", "sms.code", {"code": "123456", "minutes": 5, "purpose": "login"})
    line = next(line for line in capture_json() if line["logger"] == "fapiao.sms")
    assert re.search(r"SMS to (\d+): .*?验证码是\s*(\d{6})", line["message"]).groups() == ("13800138000", "123456")
    assert "unmasked" not in line


# -- health ----------------------------------------------------------------------------


async def test_healthz(api):
    response = await api.get("/healthz")
    assert response.status == 200 and await response.json() == {"status": "ok"}


async def test_readyz_ok(api):
    response = await api.get("/readyz")
    body = await response.json()
    assert response.status == 200, body
    assert body["status"] == "ok" and body["failing"] == []
    assert body["checks"]["database"]["ok"] and body["checks"]["redis"]["ok"]
    assert "backup" in body


async def test_readyz_503_when_redis_is_on_a_closed_port(api, runtime):
    runtime.store = RedisStore.from_url(f"redis://127.0.0.1:{closed_port()}/0")
    try:
        response = await api.get("/readyz")
        body = await response.json()
    finally:
        await runtime.store.close()
    assert response.status == 503
    assert body["status"] == "unavailable" and body["failing"] == ["redis"]
    assert body["checks"]["database"]["ok"] and not body["checks"]["redis"]["ok"]
    assert body["request_id"] == response.headers["X-Request-Id"]


@pytest.mark.skipif(not REDIS_URL, reason="needs a real Redis (FAPIAO_TEST_REDIS_URL)")
async def test_readyz_follows_redis_going_down_and_coming_back(api, runtime):
    async with proxy_for(REDIS_URL) as proxy:
        runtime.store = RedisStore.from_url(proxy.url(REDIS_URL))
        try:
            assert (await api.get("/readyz")).status == 200
            await proxy.close()
            response = await api.get("/readyz")
            assert response.status == 503 and (await response.json())["failing"] == ["redis"]
            await proxy.open()
            response = await api.get("/readyz")
            assert response.status == 200, await response.json()
        finally:
            await runtime.store.close()


@pytest.mark.skipif(not PG_URL, reason="needs PostgreSQL (FAPIAO_TEST_DATABASE_URL)")
async def test_readyz_follows_postgres_going_down_and_coming_back(api, database):
    from core.adapters.database import close_db, init_db

    async with proxy_for(PG_URL) as proxy:
        await close_db()
        await init_db(proxy.url(PG_URL))
        assert (await api.get("/readyz")).status == 200
        await proxy.close()
        response = await api.get("/readyz")
        body = await response.json()
        assert response.status == 503 and body["failing"] == ["database"] and body["checks"]["redis"]["ok"]
        await proxy.open()
        for _ in range(3):  # the pool may hand out one dead connection before reconnecting
            response = await api.get("/readyz")
            if response.status == 200:
                break
        assert response.status == 200, await response.json()
        await close_db()
    await init_db(database)


# -- metrics ---------------------------------------------------------------------------

METRIC_NAMES = (
    "fapiao_http_request_duration_seconds", "fapiao_wechat_reply_duration_seconds", "fapiao_wechat_messages",
    "fapiao_invoices_issued", "fapiao_outbox_pending", "fapiao_outbox_oldest_pending_age_seconds",
    "fapiao_outbox_failed", "fapiao_sms_sent", "fapiao_sms_refused", "fapiao_logins_failed",
    "fapiao_accounts_locked", "fapiao_backup_age_seconds", "fapiao_backup_last_success",
)


async def test_metrics_exposes_every_named_metric(api):
    response = await api.get("/metrics")
    families = {family.name for family in text_string_to_metric_families(await response.text())}
    assert set(METRIC_NAMES) <= families, set(METRIC_NAMES) - families


async def test_counters_move_after_activity(api, client_api, owner, settings, clock):
    before = await scrape(api)

    await client_api.call("POST", "/invoices", NORMAL, expect=201)
    await client_api.call("POST", "/auth/login", {"phone": "13800138000", "password": "Wrong#pass123"}, token="",
                          expect=401)
    await client_api.call("POST", "/auth/login", {"phone": "13900000000", "password": "Wrong#pass123"}, token="",
                          expect=401)
    await client_api.call("POST", "/auth/sms-codes", {"phone": "13700137000", "purpose": "register"}, expect=202)
    await client_api.call("POST", "/auth/sms-codes", {"phone": "13700137000", "purpose": "register"}, expect=429)
    sim = WeChatServerSimulator(settings.wechat_token, settings.wechat_appid, settings.wechat_aes_key)
    now = int(clock.now().timestamp())
    for xml in (sim.text_xml("o-metrics", "帮助", create_time=now), sim.event_xml("o-metrics", "subscribe", create_time=now)):
        signed = sim.sign(xml, timestamp=now)
        assert (await api.post("/wechat", params=signed.params, data=signed.body.encode())).status == 200

    after = await scrape(api)

    def delta(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert delta("fapiao_invoices_issued_total", kind="normal", red="false") == 1
    assert delta("fapiao_logins_failed_total", reason="password") == 1
    assert delta("fapiao_logins_failed_total", reason="unknown_account") == 1
    assert delta("fapiao_sms_sent_total", template="sms.code") == 1
    assert delta("fapiao_sms_refused_total", rule="cooldown") == 1
    assert delta("fapiao_wechat_messages_total", msg_type="text", event="") == 1
    assert delta("fapiao_wechat_messages_total", msg_type="event", event="subscribe") == 1
    assert delta("fapiao_wechat_reply_duration_seconds_count") == 2
    assert delta("fapiao_http_request_duration_seconds_count", route="/api/v1/invoices", method="POST",
                 status="2xx") == 1
    assert delta("fapiao_http_request_duration_seconds_count", route="/api/v1/auth/login", method="POST",
                 status="4xx") == 2
    # Route templates, never raw paths.
    assert not any("/api/v1/invoices/1" in str(labels) for _, labels in after)


async def test_lockout_is_counted(api, client_api, owner):
    before = await scrape(api)
    for _ in range(5):
        status, _ = await client_api.call("POST", "/auth/login", {"phone": "13800138000", "password": "Wrong#pass123"},
                                          token="")
    assert status == 423
    status, _ = await client_api.call("POST", "/auth/login", {"phone": "13800138000", "password": PASSWORD}, token="")
    assert status == 423
    after = await scrape(api)
    assert value(after, "fapiao_accounts_locked_total") - value(before, "fapiao_accounts_locked_total") == 1
    assert value(after, "fapiao_logins_failed_total", reason="locked") - \
        value(before, "fapiao_logins_failed_total", reason="locked") == 1


async def test_invoice_counted_only_when_the_transaction_commits(core, client_api, owner, monkeypatch, api):
    """The platform numbered the invoice, then storing it fails and rolls back: not counted.
    (The store is one statement on PostgreSQL -- with the sandbox the whole issue's, with the
    booking -- a transaction with hooks on SQLite: both fail here after the write, inside the
    transaction.)"""
    from tortoise.transactions import in_transaction

    from core.audit.log import AuditLog
    from core.invoicing import service as invoices_module

    before = await scrape(api)
    issued_hook = invoices_module.InvoiceService._issued
    write_with_entries = AuditLog.write_with_entries

    async def fail_in_the_transaction(self: Any, *args: Any) -> None:
        await issued_hook(self, *args)  # stored inside the transaction...
        raise RuntimeError("disk full")  # ...which then rolls back

    async def fail_after_the_statement(self: Any, lead: Any, params: Any, guard: str, entries: Any,
                                       **kwargs: Any) -> Any:
        if not any(entry.action == "invoice.issued" for entry in entries):  # a claimed draft: written as usual
            return await write_with_entries(self, lead, params, guard, entries, **kwargs)
        async with in_transaction("default"):
            await write_with_entries(self, lead, params, guard, entries, **kwargs)  # the result written...
            raise RuntimeError("disk full")  # ...and rolled back

    monkeypatch.setattr(invoices_module.InvoiceService, "_issued", fail_in_the_transaction)
    monkeypatch.setattr(AuditLog, "write_with_entries", fail_after_the_statement)
    status, _ = await client_api.call("POST", "/invoices", NORMAL)
    assert status == 500
    after = await scrape(api)
    assert value(after, "fapiao_invoices_issued_total", kind="normal", red="false") == \
        value(before, "fapiao_invoices_issued_total", kind="normal", red="false")
    assert not await Invoice.filter(status="issued").exists()


async def test_outbox_gauges_are_computed_at_scrape_time(api, clock):
    now = clock.now()
    for index, age in enumerate((90, 30)):
        await OutboxEvent.create(event_id=f"obs-{index}", account_id=1, kind="ticket.reply", template="x",
                                 created_at=now - timedelta(seconds=age), available_at=now)
    await OutboxEvent.create(event_id="obs-done", account_id=1, kind="ticket.reply", template="x",
                             created_at=now - timedelta(hours=5), available_at=now, status="delivered")
    samples = await scrape(api)
    assert value(samples, "fapiao_outbox_pending") == 2
    assert value(samples, "fapiao_outbox_oldest_pending_age_seconds") == 90
    await OutboxEvent.filter(status="pending").update(status="delivered")
    samples = await scrape(api)
    assert value(samples, "fapiao_outbox_pending") == 0
    assert value(samples, "fapiao_outbox_oldest_pending_age_seconds") == 0


def test_backup_facts_reads_the_status_dict():
    moment, ok = backup_facts({"finished_at": "2026-11-27T03:00:00+08:00", "ok": True})
    assert moment is not None and moment.isoformat() == "2026-11-27T03:00:00+08:00" and ok is True
    assert backup_facts({"at": 1764183600, "result": "failed"})[1] is False
    assert backup_facts(None) == (None, None)


async def test_metrics_in_multiprocess_mode(tmp_path):
    """With PROMETHEUS_MULTIPROC_DIR set before prometheus_client is imported, two processes'
    counters add up at /metrics and the scrape-time gauges are still there."""
    script = f"""
import os, sys
os.environ["PROMETHEUS_MULTIPROC_DIR"] = {str(tmp_path)!r}
from core import telemetry
telemetry.invoice_issued("special")
telemetry.invoice_issued("special")
"""
    for _ in range(2):
        process = await asyncio.create_subprocess_exec(sys.executable, "-c", script)
        assert await process.wait() == 0
    check = f"""
import asyncio, os
os.environ["PROMETHEUS_MULTIPROC_DIR"] = {str(tmp_path)!r}
from core.clock import FrozenClock
from core.adapters.kv import RedisStore
from fapiao.observability import metrics
body = asyncio.run(metrics.render(FrozenClock(), RedisStore.from_url("memory://"))).decode()
print(body)
"""
    process = await asyncio.create_subprocess_exec(sys.executable, "-c", check, stdout=asyncio.subprocess.PIPE)
    out, _ = await process.communicate()
    text = out.decode()
    assert 'fapiao_invoices_issued_total{kind="special",red="false"} 4.0' in text
    assert "fapiao_backup_age_seconds" in text and "fapiao_outbox_pending" in text


async def test_domain_503_carries_the_request_id(client_api, runtime, monkeypatch):
    from core.domain.errors import ServiceUnavailable

    async def unavailable(*_args: Any, **_kwargs: Any) -> str:
        raise ServiceUnavailable()

    monkeypatch.setattr(runtime.core.accounts, "login", unavailable)
    status, body = await client_api.call("POST", "/auth/login", {"phone": "13800138000", "password": PASSWORD},
                                         headers={"X-Request-Id": "outage-000001"})
    assert status == 503
    assert body["error"]["code"] == "service_unavailable" and body["error"]["request_id"] == "outage-000001"


async def test_client_errors_carry_no_request_id_in_the_body(client_api):
    status, body = await client_api.call("POST", "/auth/login", {"phone": "13800138000"})
    assert status == 422 and "request_id" not in body["error"]
