"""What counts as a dependency outage, the timeouts of the outside services, and background
loops that log an outage as one warning line (no traceback every second)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import asyncpg
import pytest
import redis.exceptions
from tortoise.exceptions import DBConnectionError, IntegrityError

from core.adapters.outage import is_outage
from core.settings import Settings


def chained(outer: Exception, cause: BaseException) -> Exception:
    try:
        try:
            raise cause
        except BaseException as inner:
            raise outer from inner
    except Exception as exc:
        return exc


@pytest.mark.parametrize("exc", [
    ConnectionRefusedError(111, "Connect call failed"),
    ConnectionResetError(104, "reset by peer"),
    TimeoutError(),
    DBConnectionError("cannot connect"),
    asyncpg.exceptions.ConnectionDoesNotExistError("connection was closed in the middle of operation"),
    asyncpg.exceptions.CannotConnectNowError("the database system is starting up"),
    asyncpg.exceptions.TooManyConnectionsError("sorry, too many clients already"),
    asyncpg.exceptions.AdminShutdownError("terminating connection due to administrator command"),
    asyncpg.InterfaceError("cannot perform operation: connection is closed"),
    redis.exceptions.ConnectionError("Error 111 connecting to 127.0.0.1:6379"),
    redis.exceptions.TimeoutError("Timeout reading from socket"),
    redis.exceptions.BusyLoadingError("Redis is loading the dataset in memory"),
    chained(RuntimeError("wrapped"), ConnectionRefusedError(111, "refused")),
])
def test_outages(exc):
    assert is_outage(exc)


@pytest.mark.parametrize("exc", [
    ValueError("bad input"),
    KeyError("missing"),
    FileNotFoundError(2, "No such file"),
    IntegrityError("duplicate key"),
    asyncpg.InterfaceError("cannot perform operation: another operation is in progress"),
    redis.exceptions.ResponseError("WRONGTYPE"),
    chained(RuntimeError("wrapped"), ValueError("a bug")),
])
def test_not_outages(exc):
    assert not is_outage(exc)


def test_outside_service_timeouts_come_from_settings():
    from fapiao.integrations.sms import build_sms
    from fapiao.integrations.wechat import build_wechat_api
    from templates import texts

    settings = Settings(sms_provider="tencent", sms_tencent_secret_id="id", sms_tencent_secret_key="key",
                        sms_tencent_sdk_app_id="1400000000", sms_tencent_sign_name="签名", wechat_api="wechat",
                        wechat_appsecret="secret", sms_timeout_seconds=12.5, wechat_api_timeout_seconds=11,
                        _env_file=None)  # type: ignore[call-arg]
    sms: Any = build_sms(settings, texts())
    assert sms.timeout == 12.5

    class Store:  # the WeChat adapter only keeps it
        pass

    wechat: Any = build_wechat_api(settings, Store(), texts())  # type: ignore[arg-type]
    assert wechat.official.timeout == 11
    # The defaults outlast a 10-second gateway (the chat reply is deferred meanwhile).
    defaults = Settings(_env_file=None)  # type: ignore[call-arg]
    assert defaults.sms_timeout_seconds > 10 and defaults.wechat_api_timeout_seconds > 10


async def test_relay_logs_a_database_outage_as_one_warning(core, caplog, monkeypatch):
    from fapiao.bootstrap import build_relay
    from templates import texts

    relay = build_relay(core, texts(), worker_id="test")
    stop = asyncio.Event()

    async def down(*args: Any, **kwargs: Any) -> int:
        stop.set()
        raise ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 5432)")

    monkeypatch.setattr(relay, "run_once", down)
    with caplog.at_level(logging.WARNING):
        await relay.run_forever(stop, interval=0)
    records = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert records and all(r.levelno == logging.WARNING and r.exc_info is None for r in records)


async def test_scheduler_logs_an_outage_as_one_warning(core, caplog, monkeypatch):
    import fapiao.scheduler as scheduler

    stop = asyncio.Event()

    async def down(*args: Any, **kwargs: Any) -> None:
        stop.set()
        raise redis.exceptions.ConnectionError("Error 111 connecting to 127.0.0.1:6379")

    monkeypatch.setattr(scheduler, "run_round", down)
    with caplog.at_level(logging.WARNING):
        await scheduler.run_background(core, stop, interval=0)
    records = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert records and all(r.levelno == logging.WARNING and r.exc_info is None for r in records)
