"""``fapiao backup``'s work: a consistent snapshot of the database and the stored files."""

from __future__ import annotations

import asyncio
import hashlib
import json
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tortoise import Tortoise
from tortoise.transactions import in_transaction

from core.adapters.database import (
    applied_migrations,
)
from core.settings import Settings
from fapiao.ops.backup.files import (
    copy_hashed,
    manifest_key,
    private_dir,
    private_open,
    sign_manifest,
    sqlite_path,
    stored_files,
    write_private,
)
from fapiao.ops.backup.schema import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    SIGNATURE,
    BackupError,
    Fetch,
    Progress,
    dialect,
    placeholder,
    read_rows,
    tables,
    tortoise_fetch,
)

if TYPE_CHECKING:
    from core.ports import Clock


async def dump_database() -> dict[str, list[dict[str, Any]]]:
    """Every table's rows as neutral JSON (for comparisons: tests, the operator's checks)."""
    conn = Tortoise.get_connection("default")
    fetch = await tortoise_fetch(conn)
    result: dict[str, list[dict[str, Any]]] = {}
    for table in tables():
        result[table.name] = [row async for batch in read_rows(table, fetch, placeholder()) for row in batch]
    return result



# -- backup -----------------------------------------------------------------------------------------


@dataclass
class BackupResult:
    path: Path
    rows: dict[str, int]
    files: int
    bytes: int
    created_at: datetime

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


class _TableWriter:
    def __init__(self, path: Path) -> None:
        self.handle = private_open(path)
        self.digest = hashlib.sha256()
        self.rows = 0
        self.size = 0

    def write(self, rows: list[dict[str, Any]]) -> None:
        data = b"".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for r in rows)
        self.handle.write(data)
        self.digest.update(data)
        self.rows += len(rows)
        self.size += len(data)

    def close(self) -> None:
        self.handle.close()


def _sqlite_snapshot(database: Path, target: Path) -> None:
    """sqlite3's online backup API: a consistent copy while the server keeps writing."""
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()


async def _dump_tables(target: Path, fetch: Fetch, placeholder: str, progress: Progress) -> dict[str, Any]:
    entries: dict[str, Any] = {}
    for table in tables():
        relative = f"tables/{table.name}.jsonl"
        writer = _TableWriter(target / relative)
        try:
            async for batch in read_rows(table, fetch, placeholder):
                await asyncio.to_thread(writer.write, batch)
        finally:
            writer.close()
        entries[table.name] = {"file": relative, "rows": writer.rows, "bytes": writer.size,
                               "sha256": writer.digest.hexdigest(),
                               "columns": {c.name: c.kind for c in table.columns}}
        progress(f"  {table.name}: {writer.rows} rows")
    return entries


async def create_backup(settings: Settings, target: Path, *, clock: Clock | None = None,
                        progress: Progress = lambda _line: None) -> BackupResult:
    """Write a backup of the database (Tortoise must be initialised on it) and the stored files."""
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"{target} exists and is not empty; choose a new folder")
    created_at = clock.now() if clock is not None else datetime.now(UTC)
    source_dialect = dialect()
    migrations = await applied_migrations()
    if not migrations:
        raise BackupError("the database has no schema (no migration applied): is DATABASE_URL right?")
    await asyncio.to_thread(private_dir, target)
    progress(f"backing up the {source_dialect} database to {target}")
    database = sqlite_path(settings.database_url)
    if source_dialect == "sqlite" and database is not None:
        if not database.exists():
            raise BackupError(f"database file {database} not found")
        with tempfile.TemporaryDirectory(prefix="fapiao-snapshot-") as folder:
            snapshot = Path(folder) / "snapshot.sqlite3"
            await asyncio.to_thread(_sqlite_snapshot, database, snapshot)
            copy = sqlite3.connect(snapshot, check_same_thread=False)
            try:
                async def fetch(sql: str, params: list[Any]) -> list[Any]:
                    return await asyncio.to_thread(lambda: copy.execute(sql, params).fetchall())

                table_entries = await _dump_tables(target, fetch, "?", progress)
            finally:
                copy.close()
    else:
        async with in_transaction("default") as conn:
            if source_dialect == "postgres":
                # One snapshot for every table; the first statement of the transaction.
                await conn.execute_script("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            table_entries = await _dump_tables(target, await tortoise_fetch(conn), placeholder(), progress)

    file_entries = []
    total_bytes = 0
    for relative, path in await asyncio.to_thread(stored_files, settings, exclude=(target,)):
        try:
            size, digest = await asyncio.to_thread(copy_hashed, path, target / "files" / relative)
        except FileNotFoundError:  # removed meanwhile (an expired export): not part of the snapshot
            continue
        file_entries.append({"path": relative, "size": size, "sha256": digest})
        total_bytes += size
    progress(f"  files: {len(file_entries)} ({total_bytes} bytes)")

    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": created_at.isoformat(),
        "source": {"dialect": source_dialect},
        "schema": {"migrations": migrations},
        "tables": table_entries,
        "files": file_entries,
        "totals": {"rows": sum(t["rows"] for t in table_entries.values()), "files": len(file_entries),
                   "bytes": total_bytes},
    }
    # Written last, under a temporary name then renamed: its presence means the backup is complete.
    data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
    # Signed (HMAC-SHA256): checksums alone can be recomputed by whoever edits the backup; the
    # signature needs the key. The signature goes first, the manifest (completeness) last.
    write_private(target / SIGNATURE, sign_manifest(manifest_key(settings), data).encode())
    await asyncio.to_thread(write_private, target / (MANIFEST + ".tmp"), data)
    await asyncio.to_thread((target / (MANIFEST + ".tmp")).replace, target / MANIFEST)
    rows = {name: int(entry["rows"]) for name, entry in table_entries.items()}
    progress(f"backup complete: {sum(rows.values())} rows in {len(rows)} tables, {len(file_entries)} files")
    return BackupResult(target, rows, len(file_entries), total_bytes, created_at)
