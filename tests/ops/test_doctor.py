"""``fapiao doctor``: one line per check, exit 1 on any FAIL, never a secret."""

from __future__ import annotations

import asyncio
import re
import socket
from pathlib import Path
from typing import Any

import pytest

from core.adapters.database import close_db, migrate
from core.settings import Settings
from fapiao.cli import main
from fapiao.cli.doctor import check_disk, check_pdf_font, check_sms, redact_url
from tests.conftest import PG_URL, REDIS_URL

CHECKS = ["settings", "database", "migrations", "redis", "wechat", "sms", "data_dir", "disk", "pdf_font"]
SECRET = "s3cret-Key-that-must-not-show-0123"
LINE = re.compile(r"^(ok|warn|FAIL)\s+(\S+)\s+(.+)$")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def env(monkeypatch: Any, tmp_path: Path) -> Any:
    """A clean environment in an empty folder (no .env), with a secret that must not be printed."""
    monkeypatch.chdir(tmp_path)
    for name in ("DATABASE_URL", "REDIS_URL", "WECHAT_API", "SMS_PROVIDER", "ENVIRONMENT", "DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SECRET_KEY", SECRET)
    monkeypatch.setenv("WECHAT_APPSECRET", "appsecret-must-not-show")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))

    def set_env(**values: str) -> None:
        for key, value in values.items():
            monkeypatch.setenv(key, value)

    return set_env


def run_doctor(capsys: Any) -> tuple[int, list[tuple[str, str, str]], str]:
    code = main(["doctor"])
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.strip()]
    parsed = []
    for line in lines:
        match = LINE.match(line)
        assert match, f"not a check line: {line!r}"
        parsed.append((match.group(1), match.group(2), match.group(3)))
    return code, parsed, out


def test_all_checks_pass_on_a_migrated_embedded_install(env, tmp_path, capsys):
    url = f"sqlite://{tmp_path}/fapiao.sqlite3"

    async def prepare() -> None:
        await migrate(url)
        await close_db()

    asyncio.run(prepare())
    env(DATABASE_URL=url, REDIS_URL="memory://")
    code, lines, out = run_doctor(capsys)
    assert [name for _, name, _ in lines] == CHECKS  # one line per check, in order
    statuses = {name: status for status, name, _ in lines}
    assert code == 0 and "FAIL" not in statuses.values(), out
    assert statuses["database"] == "ok" and statuses["migrations"] == "ok"
    details = {name: detail for _, name, detail in lines}
    assert "skipped" in details["redis"] and "console, skipped" in details["wechat"]
    # What production would refuse is named (SECRET_KEY was changed, the console SMS was not)...
    assert "SMS_PROVIDER" in details["settings"] and "SECRET_KEY" not in details["settings"]
    assert SECRET not in out and "appsecret-must-not-show" not in out  # ...and no secret is ever shown


def test_a_fresh_embedded_install_only_warns(env, tmp_path, capsys):
    env(DATABASE_URL=f"sqlite://{tmp_path}/not-yet.sqlite3", REDIS_URL="memory://")
    code, lines, _ = run_doctor(capsys)
    statuses = {name: status for status, name, _ in lines}
    assert code == 0
    assert statuses["database"] == "warn" and statuses["migrations"] == "warn"
    assert not (tmp_path / "not-yet.sqlite3").exists()  # the doctor does not create it


def test_unreachable_database_fails(env, capsys):
    env(DATABASE_URL=f"postgres://fapiao:db-password-123@127.0.0.1:{closed_port()}/fapiao", REDIS_URL="memory://")
    code, lines, out = run_doctor(capsys)
    assert code == 1
    assert [name for _, name, _ in lines] == CHECKS
    database = next(line for line in lines if line[1] == "database")
    assert database[0] == "FAIL" and "unreachable" in database[2] and "127.0.0.1" in database[2]
    assert "db-password-123" not in out


def test_unreachable_redis_and_wechat_fail(env, tmp_path, capsys):
    env(DATABASE_URL=f"sqlite://{tmp_path}/x.sqlite3", REDIS_URL=f"redis://:redis-pw-999@127.0.0.1:{closed_port()}/0",
        WECHAT_API="wechat", WECHAT_API_BASE_URL=f"http://127.0.0.1:{closed_port()}/cgi-bin/")
    code, lines, out = run_doctor(capsys)
    statuses = {name: status for status, name, _ in lines}
    assert code == 1 and statuses["redis"] == "FAIL" and statuses["wechat"] == "FAIL"
    assert "redis-pw-999" not in out and "appsecret-must-not-show" not in out


def test_bad_settings_fail_in_one_line(env, capsys):
    env(DATABASE_URL="mysql://root:pw@localhost/db")
    code, lines, _ = run_doctor(capsys)
    assert code == 1 and len(lines) == 1
    assert lines[0][:2] == ("FAIL", "settings") and "DATABASE_URL" in lines[0][2]



def test_a_broken_notification_template_fails_in_one_line(env, capsys):
    env(WECHAT_TEMPLATES='{"filing.status": {"template_id": "t1", "fields": {"keyword1": "period +"}}}')
    code, lines, _ = run_doctor(capsys)
    assert code == 1 and len(lines) == 1
    assert lines[0][:2] == ("FAIL", "settings")
    assert "WECHAT_TEMPLATES.filing.status.fields.keyword1: not a jinja2 expression" in lines[0][2]

@pytest.mark.skipif(not (PG_URL and REDIS_URL), reason="needs PostgreSQL and Redis (FAPIAO_TEST_*)")
def test_postgres_and_redis_pass(env, capsys):
    async def prepare() -> None:
        await migrate(PG_URL)
        await close_db()

    asyncio.run(prepare())
    env(DATABASE_URL=PG_URL, REDIS_URL=REDIS_URL)
    code, lines, out = run_doctor(capsys)
    statuses = {name: status for status, name, _ in lines}
    assert code == 0, out
    assert statuses["database"] == statuses["migrations"] == statuses["redis"] == "ok"


def test_disk_warns_under_the_threshold(tmp_path):
    settings = Settings(data_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
    assert check_disk(settings).status == "ok" or check_disk(settings).detail.endswith("(under 1 GB)")
    assert check_disk(settings, min_free=1 << 62).status == "warn"


def test_sms_provider_names_what_is_missing():
    settings = Settings(sms_provider="tencent", sms_tencent_secret_id="AKID", sms_tencent_secret_key="key-value",
                        _env_file=None)  # type: ignore[call-arg]
    check = check_sms(settings)
    assert check.status == "FAIL"
    assert "SMS_TENCENT_SDK_APP_ID" in check.detail and "SMS_TENCENT_SECRET_ID" not in check.detail
    assert "key-value" not in check.detail


def test_redact_url():
    assert redact_url("postgres://u:p@db.internal:5432/fapiao") == "postgres://u@db.internal:5432/fapiao"
    assert redact_url("redis://:pw@127.0.0.1:6379/0") == "redis://127.0.0.1:6379/0"
    assert redact_url("sqlite://var/fapiao.sqlite3") == "sqlite://var/fapiao.sqlite3"


def test_pdf_font_warns_when_phones_may_lack_the_font(tmp_path, monkeypatch):
    from fapiao.integrations import pdf

    settings = Settings(data_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
    monkeypatch.setattr(pdf, "DEFAULT_FONT_PATHS", (str(tmp_path / "missing.ttc"),))
    check = check_pdf_font(settings)
    assert check.status == "warn" and "phones may render the PDF without the font" in check.detail
    font = tmp_path / "font.ttc"
    font.write_bytes(b"x")
    monkeypatch.setattr(pdf, "DEFAULT_FONT_PATHS", (str(font),))
    assert check_pdf_font(settings).status == "ok"
    configured = Settings(data_dir=tmp_path, pdf_font_path=str(tmp_path / "nope.ttf"), _env_file=None)  # type: ignore[call-arg]
    assert check_pdf_font(configured).status == "FAIL"
