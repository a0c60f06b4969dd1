"""``fapiao restore``'s work: verify, take a safety backup of non-empty data, replace the rows
and the stored files."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
import secrets
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from tortoise import Tortoise
from tortoise.transactions import in_transaction

from core.adapters.database import (
    MIGRATIONS_DIR,
    close_db,
    init_db,
    migrate,
    migration_files,
)
from core.settings import Settings
from fapiao.ops.backup.dump import create_backup
from fapiao.ops.backup.files import copy_hashed, manifest_key
from fapiao.ops.backup.schema import (
    BATCH,
    BackupError,
    Progress,
    Table,
    decode,
    dialect,
    encode,
    placeholder,
    quote,
    read_rows,
    tables,
    tortoise_fetch,
)
from fapiao.ops.backup.verify import check_signature, verify_backup

if TYPE_CHECKING:
    from core.ports import Clock


# -- restore ----------------------------------------------------------------------------------------


@dataclass
class RestoreResult:
    rows: dict[str, int]
    files: int
    safety_backup: Path | None = None
    notes: list[str] = field(default_factory=list)


async def _count(table: Table, conn: Any) -> int:
    _, rows = await conn.execute_query(f"SELECT COUNT(*) AS n FROM {quote(table.name)}")
    row = rows[0]
    return int(row["n"] if not isinstance(row, tuple) else row[0])


def _jsonl_batches(path: Path) -> Iterator[list[dict[str, Any]]]:
    """A table file in batches (one batch in memory at a time)."""
    with path.open("rb") as handle:
        batch: list[dict[str, Any]] = []
        for line in handle:
            if line.strip():
                batch.append(json.loads(line))
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch


def _load_migration(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"_seed_{name}", MIGRATIONS_DIR / "models" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def _seeded_rows(all_tables: list[Table]) -> dict[str, list[dict[str, Any]]]:
    """The rows the migrations themselves insert (e.g. the audit chain's head row): the migrations'
    SQLite DDL run on a scratch file with sqlite3 (no second Tortoise connection)."""
    dialect_only = SimpleNamespace(capabilities=SimpleNamespace(dialect="sqlite"))
    scripts = [await _load_migration(name).upgrade(dialect_only) for name in migration_files()]

    def run() -> dict[str, list[dict[str, Any]]]:
        with tempfile.TemporaryDirectory(prefix="fapiao-seed-") as folder:
            scratch = sqlite3.connect(Path(folder) / "seed.sqlite3")
            try:
                for script in scripts:
                    scratch.executescript(script)
                seeded: dict[str, list[dict[str, Any]]] = {}
                for table in all_tables:
                    cols = ", ".join(quote(c.name) for c in table.columns)
                    try:
                        rows = scratch.execute(f"SELECT {cols} FROM {quote(table.name)} ORDER BY {quote(table.pk)}").fetchall()
                    except sqlite3.Error:
                        continue
                    if rows:
                        seeded[table.name] = [{c.name: encode(c, row[i]) for i, c in enumerate(table.columns)}
                                              for row in rows]
                return seeded
            finally:
                scratch.close()

    return await asyncio.to_thread(run)


async def _fix_sequences(conn: Any, all_tables: list[Table], dialect_name: str) -> None:
    for table in all_tables:
        if not table.serial:
            continue
        if dialect_name == "postgres":
            await conn.execute_query(
                f"SELECT setval(pg_get_serial_sequence('{quote(table.name)}', '{table.pk}'), "
                f"COALESCE((SELECT MAX({quote(table.pk)}) FROM {quote(table.name)}), 0) + 1, false)")
        else:
            await conn.execute_query("DELETE FROM sqlite_sequence WHERE name = ?", [table.name])
            await conn.execute_query(
                f"INSERT INTO sqlite_sequence (name, seq) SELECT ?, MAX({quote(table.pk)}) FROM {quote(table.name)} "
                f"HAVING MAX({quote(table.pk)}) IS NOT NULL", [table.name])


async def restore_backup(settings: Settings, source: Path, *, force: bool = False, clock: Clock | None = None,
                         progress: Progress = lambda _line: None, trust_unsigned: bool = False) -> RestoreResult:
    """Verify (signature, then every part), migrate the target, then load the backup into it (empty,
    or replaced with ``force``).

    Leaves Tortoise initialised on ``settings.database_url``.
    """
    source = Path(source)
    progress(f"verifying {source}")
    signed = await asyncio.to_thread(check_signature, source, manifest_key(settings), trust_unsigned=trust_unsigned)
    if not signed:
        progress("WARNING: the manifest is not signed with this key; restoring anyway (--trust-unsigned)")
    manifest = await asyncio.to_thread(verify_backup, source)
    known = set(migration_files())
    newer = [m for m in manifest.get("schema", {}).get("migrations", []) if m not in known]
    if newer:
        raise BackupError(f"the backup was made by a newer fapiao (migrations {', '.join(newer)} are unknown "
                          "here); upgrade fapiao first")
    progress("backup verified: every part matches its checksum")

    with contextlib.suppress(Exception):
        await close_db()
    applied = await migrate(settings.database_url)
    if applied:
        progress(f"migrated the target database: {', '.join(applied)}")
    await init_db(settings.database_url)
    all_tables = tables()
    seeded = await _seeded_rows(all_tables)
    by_name = {t.name: t for t in all_tables}
    unknown = [name for name in manifest["tables"] if name not in by_name]
    if unknown:
        raise BackupError(f"the backup has tables this fapiao does not know: {', '.join(unknown)}")

    conn = Tortoise.get_connection("default")
    fetch = await tortoise_fetch(conn)
    occupied: dict[str, int] = {}
    for table in all_tables:  # "empty" = nothing but the rows the migrations themselves insert
        count = await _count(table, conn)
        baseline = seeded.get(table.name, [])
        if count and (count != len(baseline)
                      or [r async for b in read_rows(table, fetch, placeholder()) for r in b] != baseline):
            occupied[table.name] = count
    safety: Path | None = None
    if occupied:
        if not force:
            sample = ", ".join(f"{name} ({n} rows)" for name, n in list(occupied.items())[:3])
            raise BackupError(f"the target database is not empty: {sample}. Restore into an empty database, "
                              "or use --force to replace its data (a safety backup is taken first)")
        stamp = (clock.now() if clock else datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
        safety = Path(settings.data_dir) / "backups" / f"safety-{stamp}"
        if safety.exists():
            safety = safety.with_name(f"{safety.name}-{secrets.token_hex(2)}")
        progress(f"the target is not empty: taking a safety backup first ({safety})")
        await create_backup(settings, safety, clock=clock, progress=progress)

    dialect_name = dialect()
    restored: dict[str, int] = {}
    expected: dict[str, int] = {}
    async with in_transaction("default") as tx:
        for table in reversed(all_tables):
            await tx.execute_query(f"DELETE FROM {quote(table.name)}")
        for table in all_tables:
            entry = manifest["tables"].get(table.name)
            batches: Iterator[list[dict[str, Any]]]
            if entry is None:  # a table newer than the backup: what the migrations put there
                rows = seeded.get(table.name, [])
                entry = {"rows": len(rows), "columns": {c.name: c.kind for c in table.columns}}
                batches = iter([rows] if rows else [])
            else:
                batches = _jsonl_batches(source / entry["file"])
            expected[table.name] = int(entry["rows"])
            columns = {c.name: c for c in table.columns}
            missing = [c for c in table.columns if c.name not in entry.get("columns", columns) and not c.nullable
                       and not c.has_default]
            if missing:
                raise BackupError(f"table {table.name}: the backup has no column {missing[0].name}")
            done = 0
            while (batch := await asyncio.to_thread(next, batches, None)) is not None:
                objects = []
                for row in batch:
                    values = {columns[k].field_name: decode(columns[k], v) for k, v in row.items() if k in columns}
                    objects.append(table.model(**values))
                await table.model.bulk_create(objects, batch_size=BATCH, using_db=tx)
                done += len(objects)
                progress(f"  {table.name}: {done}/{entry['rows']} rows")
            if not done:
                progress(f"  {table.name}: 0 rows")
            restored[table.name] = done
        await _fix_sequences(tx, all_tables, dialect_name)
        for table in all_tables:  # what the database holds before commit, not what we think we sent
            count = await _count(table, tx)
            if count != expected[table.name]:
                raise BackupError(f"table {table.name}: {count} rows after loading, the backup has "
                                  f"{expected[table.name]}; rolled back")

    root = Path(settings.data_dir)
    count_files = 0
    for entry in manifest["files"]:
        relative = entry["path"]
        target = root / relative
        temporary = target.with_name(f"{target.name}.{secrets.token_hex(4)}.tmp")
        _, digest = await asyncio.to_thread(copy_hashed, source / "files" / relative, temporary)
        if digest != entry["sha256"]:
            temporary.unlink(missing_ok=True)
            raise BackupError(f"file {relative} changed while it was restored")
        await asyncio.to_thread(temporary.replace, target)
        count_files += 1
    progress(f"  files: {count_files}")
    return RestoreResult(restored, count_files, safety)
