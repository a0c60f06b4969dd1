"""Startup checks: bad settings stop with one line per problem; PostgreSQL-style refusal on a stale schema."""

from __future__ import annotations

import subprocess
import sys

import pytest

from core.adapters.database import SchemaOutdated, close_db, ensure_schema, init_db, pending_migrations
from core.settings import SettingsError, load_settings


def test_each_bad_setting_is_one_line(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "mysql://x")
    monkeypatch.setenv("REDIS_URL", "http://nope")
    monkeypatch.setenv("WECHAT_AES_KEY", "too-short")
    monkeypatch.setenv("SMS_PROVIDER", "carrier-pigeon")
    with pytest.raises(SettingsError) as exc:
        load_settings(_env_file=None)
    problems = exc.value.problems
    assert len(problems) == 4
    assert any(p.startswith("DATABASE_URL:") for p in problems)
    assert any(p.startswith("WECHAT_AES_KEY:") and "43" in p for p in problems)


def test_production_refuses_development_defaults(monkeypatch):
    monkeypatch.setenv("ENVIRONMENT", "production")
    with pytest.raises(SettingsError) as exc:
        load_settings(_env_file=None)
    assert any("SECRET_KEY" in p for p in exc.value.problems)


def test_cli_prints_settings_problems_and_exits_2(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": "oracle://x", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "fapiao.cli", "migrate"], env=env, capture_output=True,
                            text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert "configuration error: DATABASE_URL:" in result.stderr and "Traceback" not in result.stderr


async def test_outdated_schema_is_refused_without_auto_migrate(tmp_path):
    url = f"sqlite://{tmp_path}/fresh.sqlite3"
    await init_db(url)
    try:
        assert await pending_migrations()
        with pytest.raises(SchemaOutdated, match="fapiao migrate"):
            await ensure_schema(url, auto_migrate=False)
        await ensure_schema(url, auto_migrate=True)
        assert await pending_migrations() == []
    finally:
        await close_db()


def test_a_postgres_url_may_name_the_unix_domain_socket() -> None:
    """``postgres://user@/db?host=/var/run/postgresql`` (docs/architecture.md): the pool and the
    read connections (core/adapters/pg_read.py) both connect to the socket's directory."""
    from core.adapters import hot_queries
    from core.adapters.database import tortoise_config
    from core.adapters.pg_read import PgReadClient

    config = tortoise_config("postgresql://postgres@/fapiao?host=/var/run/postgresql")
    default, read = config["connections"]["default"], config["connections"][hot_queries.READ_CONNECTION]
    assert default["credentials"]["host"] == read["credentials"]["host"] == "/var/run/postgresql"
    assert default["credentials"]["database"] == read["credentials"]["database"] == "fapiao"
    client = PgReadClient(connection_name="read", **read["credentials"])
    assert client._connect_kwargs()["host"] == "/var/run/postgresql"
