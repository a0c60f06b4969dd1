"""Database lifecycle: Tortoise configuration, migrations (aerich) and schema checks."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.backends.base.executor import EXECUTOR_CACHE
from tortoise.transactions import in_transaction

from core.adapters import hot_queries

MODELS = [
    "core.accounts.models",
    "core.companies.models",
    "core.support.models",
    "core.notifications.models",
    "core.audit.models",
    "core.invoice_platform_sandbox.models",
    "core.scan_invoicing.models",
    "core.input_invoicing.models",
    "core.invoicing.models",
    "core.filing.models",
    "core.tax_bureau_sandbox.models",
    "core.help.models",
    "aerich.models",
]
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "migrations"
log = logging.getLogger(__name__)


class SchemaOutdated(Exception):
    pass


def _normalise_url(url: str) -> str:
    if url.startswith("postgresql://"):
        url = "postgres://" + url[len("postgresql://"):]
    return url


async def _skip_session_reset(connection: object) -> None:
    """asyncpg resets every connection it takes back into the pool (``RESET ALL``, unlisten,
    advisory unlock): one more round trip after each query outside a transaction, 4–6 per
    invoice issued. We never change session state (no SET, LISTEN, advisory locks or
    cursors outside transactions), so there is nothing to reset; an open transaction is
    still rolled back by asyncpg before this is called."""


def tortoise_config(database_url: str, *, read_connection: bool = True) -> dict[str, Any]:
    """Tortoise's configuration. On a SQLite file (WAL journal, tortoise's default) a second,
    read-only connection takes the reads made outside transactions (hot_queries.ReadRouter):
    tortoise serialises everything on one connection behind a lock, so a 查询 waited for an
    issuing transaction and its fsync. Writes stay on the one write connection (serialised),
    whose transactions run their statements inline (core/adapters/sqlite_write.py). On
    PostgreSQL the reads outside transactions go to connections kept apart from asyncpg's
    pool (core/adapters/pg_read.py: the pool's acquire and release cost as much CPU as a hot
    read); everything else uses tortoise's pooled default connection."""
    url = _normalise_url(database_url)
    connection: str | dict[str, Any] = url
    config: dict[str, Any] = {
        "connections": {"default": connection},
        "apps": {"models": {"models": MODELS, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }
    if url.startswith("sqlite://") and url != "sqlite://:memory:":
        path = Path(url[len("sqlite://"):])
        path.parent.mkdir(parents=True, exist_ok=True)
        # A transaction's statements on the loop's thread, BEGIN/COMMIT (the fsync) off it.
        write = expand_db_url(url)
        write["engine"] = "core.adapters.sqlite_write"
        config["connections"]["default"] = write
        if read_connection:
            config["connections"][hot_queries.READ_CONNECTION] = {
                "engine": "core.adapters.sqlite_read",  # sqlite3 on the loop's thread, no aiosqlite hop
                # query_only last: the journal mode is set first (WAL, shared by both connections).
                "credentials": {"file_path": str(path), "journal_mode": "WAL", "journal_size_limit": 16384,
                                "foreign_keys": "ON", "query_only": "ON"},
            }
            config["routers"] = [hot_queries.ReadRouter]
    elif url.startswith("postgres://"):
        connection = expand_db_url(url)
        if read_connection:
            # Reads outside transactions on connections of their own, without asyncpg's pool
            # around each statement (core/adapters/pg_read.py); same URL, same options.
            read = expand_db_url(url)
            read["engine"] = "core.adapters.pg_read"
            config["connections"][hot_queries.READ_CONNECTION] = read
            config["routers"] = [hot_queries.ReadRouter]
        connection["credentials"]["reset"] = _skip_session_reset
        config["connections"]["default"] = connection
    return config


async def init_db(database_url: str) -> None:
    # Tortoise caches prepared INSERT statements by connection name, not by dialect: a process
    # that used another database before (a restore from SQLite into PostgreSQL, a test run that
    # touched both) would send SQLite's SQL to PostgreSQL.
    EXECUTOR_CACHE.clear()
    # _enable_global_fallback: without it, closing connections from aiohttp's cleanup finds
    # no context under pytest-aiohttp and the run hangs at exit (GUIDE §6).
    config = tortoise_config(database_url)
    await Tortoise.init(config=config, _enable_global_fallback=True)
    hot_queries.use_read_connection(hot_queries.READ_CONNECTION in config["connections"])


async def close_db() -> None:
    hot_queries.use_read_connection(False)
    await Tortoise.close_connections()


def migration_files() -> list[str]:
    folder = MIGRATIONS_DIR / "models"
    # By the number before the first "_" (10_… after 9_…), as aerich numbers them.
    stems = (p.stem for p in folder.glob("*.py") if p.stem[0].isdigit())
    return sorted(stems, key=lambda stem: (int(stem.split("_", 1)[0]), stem))


async def applied_migrations() -> list[str]:
    conn = Tortoise.get_connection("default")
    try:
        _, rows = await conn.execute_query("SELECT version FROM aerich")
    except Exception:  # the table does not exist yet: nothing applied
        return []
    return sorted(str(row["version"]).removesuffix(".py") for row in rows)


async def pending_migrations() -> list[str]:
    applied = set(await applied_migrations())
    return [name for name in migration_files() if name not in applied]


async def migrate(database_url: str) -> list[str]:
    """Apply pending aerich migrations in order; returns the names applied.

    The files are aerich's format and ``aerich upgrade`` applies them too. We apply them
    ourselves, the way aerich does (run ``upgrade(conn)``'s SQL, then record the version
    with its models state), because aerich's Command re-initialises Tortoise's global
    context and that clashes with a server or test run that already has one.
    """

    from aerich.models import Aerich
    from aerich.utils import decompress_dict

    await init_db(database_url)
    try:
        conn = Tortoise.get_connection("default")
        await conn.execute_script(
            'CREATE TABLE IF NOT EXISTS "aerich" ("id" ' + (
                "SERIAL PRIMARY KEY" if conn.capabilities.dialect == "postgres"
                else "INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"
            ) + ', "version" VARCHAR(255) NOT NULL, "app" VARCHAR(100) NOT NULL, "content" JSON NOT NULL)'
        )
        done = []
        for name in await pending_migrations():
            spec = importlib.util.spec_from_file_location(name, MIGRATIONS_DIR / "models" / f"{name}.py")
            assert spec and spec.loader
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            if getattr(module, "RUN_IN_TRANSACTION", True):
                async with in_transaction("default") as tx:
                    await tx.execute_script(await module.upgrade(tx))
                    await Aerich.create(version=f"{name}.py", app="models",
                                        content=decompress_dict(module.MODELS_STATE), using_db=tx)
            else:
                # The migration brings its own BEGIN/COMMIT (SQLite must switch foreign keys off
                # outside a transaction to rebuild a table); recorded once it has run.
                await conn.execute_script(await module.upgrade(conn))
                await Aerich.create(version=f"{name}.py", app="models", content=decompress_dict(module.MODELS_STATE))
            done.append(name)
        return done
    finally:
        await close_db()


async def ensure_schema(database_url: str, *, auto_migrate: bool) -> None:
    """Embedded default migrates itself; PostgreSQL refuses to run on an outdated schema."""
    pending = await pending_migrations()
    if not pending:
        return
    if auto_migrate:
        await close_db()
        applied = await migrate(database_url)
        log.info("applied migrations: %s", ", ".join(applied) or "none")
        await init_db(database_url)
        return
    raise SchemaOutdated(f"database schema is outdated ({len(pending)} pending migration(s): "
                         f"{', '.join(pending)}); run `fapiao migrate`")
