"""``fapiao backup --to PATH`` and ``fapiao restore --from PATH`` (the work: :mod:`fapiao.ops.backup`)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from core.adapters.database import close_db, init_db
from fapiao.config import load_or_exit
from fapiao.ops.backup.dump import BackupResult, create_backup
from fapiao.ops.backup.files import sqlite_path
from fapiao.ops.backup.restore import RestoreResult, restore_backup
from fapiao.ops.backup.schedule import record_status
from fapiao.ops.backup.schema import BackupError


def _print(line: str) -> None:
    print(line, flush=True)


def cmd_backup(args: argparse.Namespace) -> int:
    settings = load_or_exit()
    target = Path(args.to).resolve()

    async def run() -> BackupResult:
        database = sqlite_path(settings.database_url)
        if database is not None and not database.exists():  # connecting would create an empty one
            raise BackupError(f"database file {database} not found: is DATABASE_URL right?")
        await init_db(settings.database_url)
        try:
            started = datetime.now(UTC)
            result = await create_backup(settings, target, progress=_print)
            if settings.redis_url != "memory://":  # the running servers' store: health and metrics read it
                from core.adapters.kv import RedisStore

                store = RedisStore.from_url(settings.redis_url)
                try:
                    finished = datetime.now(UTC).isoformat()
                    await record_status(store, {
                        "at": started.isoformat(), "finished_at": finished, "last_ok_at": finished,
                        "path": str(target), "ok": True, "error": "", "rows": result.total_rows,
                        "files": result.files, "bytes": result.bytes, "scheduled": False})
                except Exception as exc:  # the backup itself is fine
                    print(f"warning: could not record the backup's status in Redis: {exc}", file=sys.stderr)
                finally:
                    await store.close()
            return result
        finally:
            await close_db()

    try:
        asyncio.run(run())
    except BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    settings = load_or_exit()

    async def run() -> RestoreResult:
        try:
            return await restore_backup(settings, Path(args.source), force=args.force, progress=_print,
                                        trust_unsigned=args.trust_unsigned)
        finally:
            with contextlib.suppress(Exception):
                await close_db()

    try:
        result = asyncio.run(run())
    except BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    width = max((len(name) for name in result.rows), default=10)
    print("restored:")
    for name, count in result.rows.items():
        print(f"  {name.ljust(width)} {count:>8}")
    print(f"  {'rows'.ljust(width)} {sum(result.rows.values()):>8}")
    print(f"  {'files'.ljust(width)} {result.files:>8}")
    if result.safety_backup is not None:
        print(f"the replaced data was saved first in {result.safety_backup}")
    return 0


def add_commands(subparsers: Any) -> None:
    backup = subparsers.add_parser("backup", help="write a consistent backup (database + stored files) to a folder")
    backup.add_argument("--to", required=True, metavar="PATH", help="a new (or empty) folder")
    backup.set_defaults(func=cmd_backup)
    restore = subparsers.add_parser("restore", help="verify a backup, then restore it into this DATABASE_URL")
    restore.add_argument("--from", dest="source", required=True, metavar="PATH", help="the backup folder")
    restore.add_argument("--force", action="store_true",
                         help="replace the data of a non-empty database (a safety backup is taken first)")
    restore.add_argument("--trust-unsigned", action="store_true",
                         help="restore a backup whose manifest is unsigned or signed with another key")
    restore.set_defaults(func=cmd_restore)
