"""Test fixtures. The backend comes from the environment so the same suite runs on both:

- default: SQLite in a temporary folder + the in-process store (the embedded default);
- ``FAPIAO_TEST_DATABASE_URL=postgres://...`` and ``FAPIAO_TEST_REDIS_URL=redis://...``:
  PostgreSQL and real Redis (tables truncated and the Redis database flushed per test).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from tortoise import Tortoise

from core.accounts.passwords import Argon2Hasher
from core.adapters.database import close_db, ensure_schema, init_db, migrate
from core.adapters.kv import RedisStore
from core.clock import FrozenClock
from core.container import Core, build_core
from core.settings import Settings
from fapiao.bootstrap import Runtime
from fapiao.chat.wechat_sim import WeChatServerSimulator
from fapiao.integrations.email import RecordingEmail
from fapiao.integrations.sms import RecordingSms
from fapiao.integrations.wechat import RecordingWeChatApi
from templates import texts

PG_URL = os.environ.get("FAPIAO_TEST_DATABASE_URL", "")
REDIS_URL = os.environ.get("FAPIAO_TEST_REDIS_URL", "")
_pg_migrated = False


def pytest_report_header(config: Any) -> str:
    return f"fapiao backend: database={'PostgreSQL' if PG_URL else 'SQLite'}, " \
           f"redis={'Redis ' + REDIS_URL if REDIS_URL else 'in-process memory:// store'}"


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[str]:
    global _pg_migrated
    if PG_URL:
        if not _pg_migrated:
            await migrate(PG_URL)
            _pg_migrated = True
        await init_db(PG_URL)
        conn = Tortoise.get_connection("default")
        tables = [m._meta.db_table for m in Tortoise.apps["models"].values() if m._meta.db_table != "aerich"]
        await conn.execute_script(f'TRUNCATE {", ".join(chr(34) + t + chr(34) for t in tables)} '
                                  "RESTART IDENTITY CASCADE")
        url = PG_URL
    else:
        url = f"sqlite://{tmp_path}/test.sqlite3"
        await init_db(url)
        await ensure_schema(url, auto_migrate=True)
    yield url
    await close_db()


@pytest.fixture
async def store() -> AsyncIterator[RedisStore]:
    if REDIS_URL:
        kv = RedisStore.from_url(REDIS_URL)
        await kv.client.flushdb()
    else:
        kv = RedisStore.from_url("memory://")
    yield kv
    await kv.close()


@pytest.fixture
def settings(database: str) -> Settings:
    return Settings(
        database_url=database, redis_url=REDIS_URL or "memory://", environment="test",
        secret_key="test-secret-key-0123456789", wechat_token="test-token", wechat_appid="wxtestappid000000",
        _env_file=None,  # type: ignore[call-arg]
    )


@pytest.fixture
def sms() -> RecordingSms:
    return RecordingSms()


@pytest.fixture
def email() -> RecordingEmail:
    return RecordingEmail()


@pytest.fixture
def wechat_api() -> RecordingWeChatApi:
    return RecordingWeChatApi()


@pytest.fixture
def scan_wechat() -> Any:
    from fapiao.integrations.wechat_scan import RecordingScanWeChat

    return RecordingScanWeChat()


@pytest.fixture
def core(settings: Settings, clock: FrozenClock, store: RedisStore, sms: RecordingSms,
         email: RecordingEmail, wechat_api: RecordingWeChatApi, tmp_path: Path, scan_wechat: Any) -> Core:
    from fapiao.bootstrap import build_bureau, build_platform
    from fapiao.integrations.pdf import ReportlabInvoiceRenderer, load_labels
    settings.data_dir = tmp_path / "var"
    from fapiao.bootstrap import scan_poster_labels
    from fapiao.integrations.scan_qr import ReportlabQrRenderer
    return build_core(settings, clock=clock, store=store, sms=sms, email=email, wechat=wechat_api,
                      scan_wechat=scan_wechat, qr=ReportlabQrRenderer(scan_poster_labels(texts())),
                      hasher=Argon2Hasher.fast_for_tests(), renderer=ReportlabInvoiceRenderer(load_labels()),
                      bureau=build_bureau(settings, clock, store), platform=build_platform(settings, clock))


@pytest.fixture
def runtime(core: Core, store: RedisStore) -> Runtime:
    return Runtime(core=core, texts=texts(), store=store)


@pytest.fixture
async def api(aiohttp_client: Any, runtime: Runtime) -> Any:
    from fapiao.server import build_app

    return await aiohttp_client(build_app(runtime, background=False))


@pytest.fixture
def sim(settings: Settings) -> WeChatServerSimulator:
    return WeChatServerSimulator(settings.wechat_token, settings.wechat_appid, settings.wechat_aes_key)


@pytest.fixture
def deliver(core: Core) -> Any:
    """Run the notification relay once (what the server does every second)."""
    from fapiao.bootstrap import build_relay

    relay = build_relay(core, texts(), worker_id="test")

    async def run() -> int:
        total = 0
        while (claimed := await relay.run_once()) > 0:
            total += claimed
        return total

    return run
