"""``fapiao doctor``: check an installation, one line per check, exit 1 when any check FAILs.

Checks: settings (and what production would refuse), database reachable, migrations up
to date, Redis reachable, WeChat credentials (when ``WECHAT_API=wechat``), SMS provider
configured, ``DATA_DIR`` writable, free disk, a CJK font to embed in PDFs. Each line is ``ok``, ``warn`` or ``FAIL``,
the check's name and a detail. Details never contain secrets: URLs are shown without
their password and every detail goes through the log masking as well.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TextIO
from urllib.parse import urlsplit

from core.settings import EMBEDDED_REDIS, Settings, SettingsError, load_settings
from fapiao.observability.logs import mask

Status = Literal["ok", "warn", "FAIL"]
#: Each network check must answer within this many seconds.
TIMEOUT_SECONDS = 5.0
#: Warn when the data directory's disk has less free space than this.
MIN_FREE_BYTES = 1024**3


@dataclass(frozen=True)
class Check:
    status: Status
    name: str
    detail: str


def redact_url(url: str) -> str:
    """``postgres://user@host:5432/db`` (no password); SQLite: the path."""
    if url.startswith("sqlite://"):
        return url
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return f"{parts.scheme}://{user}{host}{parts.path}"


def _error(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return f"no answer within {TIMEOUT_SECONDS:.0f}s"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


def _sqlite_path(url: str) -> Path:
    return Path(url[len("sqlite://"):])


# -- the checks ------------------------------------------------------------------------


def check_settings(settings: Settings) -> Check:
    if settings.environment == "production":
        return Check("ok", "settings", "ENVIRONMENT=production, no unsafe development defaults")
    would_refuse = Settings.model_construct(**{**settings.model_dump(), "environment": "production"}) \
        .production_problems()
    names = sorted({problem.split(":", 1)[0] for problem in would_refuse})
    detail = f"ENVIRONMENT={settings.environment}"
    if names:
        detail += f"; production would refuse: {', '.join(names)}"
    return Check("ok", "settings", detail)


async def check_database(settings: Settings) -> tuple[Check, bool]:
    """(check, connected). A SQLite file that does not exist yet is not created here."""
    from tortoise import Tortoise

    from core.adapters.database import init_db

    shown = redact_url(settings.database_url)
    if settings.is_sqlite and not _sqlite_path(settings.database_url).exists():
        return Check("warn", "database", f"{shown} does not exist yet (the server creates and migrates it)"), False
    started = time.perf_counter()
    try:
        await asyncio.wait_for(init_db(settings.database_url), TIMEOUT_SECONDS)
        await asyncio.wait_for(Tortoise.get_connection("default").execute_query("SELECT 1"), TIMEOUT_SECONDS)
    except Exception as exc:
        return Check("FAIL", "database", f"{shown} unreachable: {_error(exc)}"), False
    elapsed = (time.perf_counter() - started) * 1000
    return Check("ok", "database", f"{shown} reachable ({elapsed:.0f} ms)"), True


async def check_migrations(settings: Settings, connected: bool) -> Check:
    from core.adapters.database import migration_files, pending_migrations

    if not connected:
        return Check("warn", "migrations", "not checked: no database connection")
    try:
        pending = await asyncio.wait_for(pending_migrations(), TIMEOUT_SECONDS)
    except Exception as exc:
        return Check("FAIL", "migrations", f"cannot read the applied migrations: {_error(exc)}")
    if not pending:
        return Check("ok", "migrations", f"up to date ({len(migration_files())} applied)")
    names = ", ".join(pending)
    if settings.is_sqlite:  # the embedded default migrates itself at startup
        return Check("warn", "migrations", f"pending: {names} (applied at the next start, or run `fapiao migrate`)")
    return Check("FAIL", "migrations", f"pending: {names}; take a backup, then run `fapiao migrate`")


async def check_redis(settings: Settings) -> Check:
    from core.adapters.kv import RedisStore

    if settings.redis_url == EMBEDDED_REDIS:
        return Check("ok", "redis", "in-process stand-in (memory://): skipped, single process only")
    shown = redact_url(settings.redis_url)
    store = RedisStore.from_url(settings.redis_url)
    started = time.perf_counter()
    try:
        await asyncio.wait_for(store.ping(), TIMEOUT_SECONDS)
    except Exception as exc:
        return Check("FAIL", "redis", f"{shown} unreachable: {_error(exc)}")
    finally:
        await store.close()
    return Check("ok", "redis", f"{shown} reachable ({(time.perf_counter() - started) * 1000:.0f} ms)")


async def check_wechat(settings: Settings) -> Check:
    if settings.wechat_api != "wechat":
        return Check("ok", "wechat", "WECHAT_API=console, skipped")
    if not settings.wechat_appid or not settings.wechat_appsecret:
        return Check("FAIL", "wechat", "WECHAT_API=wechat needs WECHAT_APPID and WECHAT_APPSECRET")
    from core.adapters.kv import RedisStore
    from fapiao.integrations.wechat import WeChatClientApi

    store = RedisStore.from_url(settings.redis_url)
    try:
        api = WeChatClientApi(settings, store, timeout=TIMEOUT_SECONDS)
        # Through the adapter: a token shared by the workers is reused (fetching a new one would
        # replace theirs); the call then proves WeChat accepts it.
        await asyncio.wait_for(api._call(api.official.misc.get_wechat_ips), TIMEOUT_SECONDS * 2)
    except Exception as exc:
        return Check("FAIL", "wechat", f"appid {settings.wechat_appid}: access_token not accepted: {_error(exc)}")
    finally:
        await store.close()
    return Check("ok", "wechat", f"appid {settings.wechat_appid}: access_token accepted by the WeChat API")


def check_sms(settings: Settings) -> Check:
    if settings.sms_provider == "console":
        return Check("ok", "sms", "SMS_PROVIDER=console: codes are written to the log (development only)")
    missing = [name for name, value in (
        ("SMS_TENCENT_SECRET_ID", settings.sms_tencent_secret_id),
        ("SMS_TENCENT_SECRET_KEY", settings.sms_tencent_secret_key),
        ("SMS_TENCENT_SDK_APP_ID", settings.sms_tencent_sdk_app_id),
        ("SMS_TENCENT_SIGN_NAME", settings.sms_tencent_sign_name),
    ) if not value]
    if "sms.code" not in settings.sms_tencent_templates:
        missing.append('SMS_TENCENT_TEMPLATES["sms.code"]')
    if missing:
        return Check("FAIL", "sms", f"SMS_PROVIDER=tencent is missing {', '.join(missing)}")
    templates = ", ".join(sorted(settings.sms_tencent_templates))
    return Check("ok", "sms", f"SMS_PROVIDER=tencent, app {settings.sms_tencent_sdk_app_id}, templates: {templates}")


def _existing_parent(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def check_data_dir(settings: Settings) -> Check:
    directory = Path(settings.data_dir)
    if not directory.exists():
        parent = _existing_parent(directory)
        if os.access(parent, os.W_OK):
            return Check("ok", "data_dir", f"{directory} does not exist yet; {parent} is writable (created at start)")
        return Check("FAIL", "data_dir", f"{directory} does not exist and {parent} is not writable")
    try:
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".doctor-"):
            pass
    except OSError as exc:
        return Check("FAIL", "data_dir", f"{directory} is not writable: {_error(exc)}")
    return Check("ok", "data_dir", f"{directory.absolute()} writable")


def check_disk(settings: Settings, min_free: int = MIN_FREE_BYTES) -> Check:
    where = _existing_parent(Path(settings.data_dir))
    usage = shutil.disk_usage(where)
    detail = f"{usage.free / 1024**3:.1f} GB free of {usage.total / 1024**3:.1f} GB at {where}"
    return Check("warn" if usage.free < min_free else "ok", "disk", detail + (" (under 1 GB)" if usage.free < min_free
                                                                               else ""))


def check_pdf_font(settings: Settings) -> Check:
    """The font PDFs embed (as a subset): ``PDF_FONT_PATH`` or the default Debian font."""
    from fapiao.integrations.pdf import DEFAULT_FONT_PATHS, default_font_path

    if settings.pdf_font_path:
        if Path(settings.pdf_font_path).is_file():
            return Check("ok", "pdf_font", f"PDF_FONT_PATH={settings.pdf_font_path}: embedded as a subset")
        return Check("FAIL", "pdf_font", f"PDF_FONT_PATH={settings.pdf_font_path} does not exist")
    found = default_font_path()
    if found:
        return Check("ok", "pdf_font", f"{found} (default): embedded as a subset")
    return Check("warn", "pdf_font", "no CJK font to embed: PDFs name STSong-Light without embedding it, so phones "
                 "may render the PDF without the font. Install Debian's fonts-wqy-microhei or set PDF_FONT_PATH "
                 f"(looked for {', '.join(DEFAULT_FONT_PATHS)})")


# -- running ---------------------------------------------------------------------------


async def run_checks(settings: Settings, emit: Callable[[Check], None]) -> list[Check]:
    from core.adapters.database import close_db

    results: list[Check] = []

    def add(check: Check) -> None:
        results.append(check)
        emit(check)

    async def guarded(name: str, work: Callable[[], Awaitable[Check]]) -> None:
        try:
            add(await work())
        except Exception as exc:  # a check must never crash the doctor
            add(Check("FAIL", name, _error(exc)))

    add(check_settings(settings))
    try:
        database, connected = await check_database(settings)
        add(database)
        await guarded("migrations", lambda: check_migrations(settings, connected))
    finally:
        await close_db()
    await guarded("redis", lambda: check_redis(settings))
    await guarded("wechat", lambda: check_wechat(settings))
    add(check_sms(settings))
    add(check_data_dir(settings))
    add(check_disk(settings))
    add(check_pdf_font(settings))
    return results


def format_check(check: Check) -> str:
    return f"{check.status:<4}  {check.name:<10}  {mask(check.detail)}"


def doctor(out: TextIO | None = None) -> int:
    def emit(check: Check) -> None:
        print(format_check(check), file=out or sys.stdout, flush=True)

    from fapiao.notify_templates import check_templates

    try:
        settings = load_settings()
        check_templates(settings)
    except SettingsError as exc:
        # One line per problem: under ENVIRONMENT=production, every unsafe setting is named.
        for problem in exc.problems:
            emit(Check("FAIL", "settings", problem))
        return 1
    for warning in settings.production_warnings():
        emit(Check("warn", "settings", warning))
    results = asyncio.run(run_checks(settings, emit))
    return 1 if any(check.status == "FAIL" for check in results) else 0


def cmd_doctor(args: argparse.Namespace) -> int:
    return doctor()


def add_commands(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "doctor", help="check settings, database, migrations, Redis, WeChat, SMS, data dir and disk")
    parser.set_defaults(func=cmd_doctor)
