"""fapiao backup / restore: round trips (same backend, a fresh database, SQLite <-> PostgreSQL),
corrupt and partial backups refused before any change, --force with its safety backup, and
scheduled backups with retention."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tortoise import Tortoise

from core.adapters.database import close_db, init_db
from fapiao.ops.backup.dump import create_backup, dump_database
from fapiao.ops.backup.files import manifest_key, sign_manifest
from fapiao.ops.backup.restore import restore_backup
from fapiao.ops.backup.schedule import complete_backups, last_backup_status, run_scheduled_backup
from fapiao.ops.backup.schema import LOCK_KEY, SIGNATURE, BackupError, tables
from fapiao.ops.backup.verify import verify_backup
from tests.conftest import PG_URL
from tests.kit.api import SPECIAL, Api
from tests.kit.factories import populate

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def populated(api: Any, sms: Any, clock: Any, core: Any) -> Api:
    return await populate(api, sms, clock, core)


def checksums(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and "backups" not in p.relative_to(root).parts}


async def wipe(settings: Any) -> None:
    conn = Tortoise.get_connection("default")
    for table in reversed(tables()):
        await conn.execute_query(f'DELETE FROM "{table.name}"')
    shutil.rmtree(settings.data_dir)


async def switch_to(url: str) -> None:
    from tortoise.backends.base.executor import EXECUTOR_CACHE

    await close_db()
    EXECUTOR_CACHE.clear()  # cached per connection name, not per dialect
    await init_db(url)


def assert_realistic(dump: dict[str, list[dict[str, Any]]]) -> None:
    statuses = {row["status"] for row in dump["invoice"]}
    assert {"red_full", "red_partial", "issued"} <= statuses and any(r["is_red"] for r in dump["invoice"])
    for table in ("invoice_line", "invoice_event", "product", "input_invoice", "filing", "filing_event",
                  "support_ticket_attachment", "audit_entry", "account", "company"):
        assert dump[table], table


async def test_backup_wipe_restore_keeps_every_row_and_file(populated, core, settings, tmp_path):
    before = await dump_database()
    assert_realistic(before)
    files = checksums(settings.data_dir)
    assert any(p.startswith("cache/pdf/") for p in files) and any(p.startswith("attachments/") for p in files)
    assert any(p.startswith("exports/") for p in files)

    result = await create_backup(settings, tmp_path / "bk", clock=core.clock)
    manifest = json.loads((tmp_path / "bk" / "manifest.json").read_text())
    assert manifest["schema"]["migrations"] and manifest["source"]["dialect"] == ("postgres" if PG_URL else "sqlite")
    assert result.rows["invoice"] == len(before["invoice"]) == manifest["tables"]["invoice"]["rows"]
    assert {f["path"]: f["sha256"] for f in manifest["files"]} == files
    assert "aerich" not in manifest["tables"]

    await wipe(settings)
    assert not any((await dump_database()).values())
    lines: list[str] = []
    restored = await restore_backup(settings, tmp_path / "bk", progress=lines.append)
    assert restored.rows == {name: len(rows) for name, rows in before.items()} and restored.safety_backup is None
    assert any(line.startswith("  invoice: ") for line in lines)
    assert await dump_database() == before
    assert checksums(settings.data_dir) == files

    # The sequences and the number counter carry on: the next invoice gets new ids and the next number.
    _, fresh = await populated.call("POST", "/invoices", SPECIAL, expect=201)
    numbers = sorted(r["number"] for r in before["invoice"] if r["number"])
    assert fresh["number"] > numbers[-1] and int(fresh["number"][-6:]) == int(numbers[-1][-6:]) + 1
    assert fresh["id"] > max(r["id"] for r in before["invoice"])


async def _fresh_database(tmp_path: Path) -> tuple[str, Any]:
    """An empty database of the suite's backend: a new SQLite file, or a new PostgreSQL database."""
    if not PG_URL:
        return f"sqlite://{tmp_path}/fresh-{secrets.token_hex(3)}.sqlite3", None
    import asyncpg

    name = f"fapiao_restore_{secrets.token_hex(4)}"
    admin = await asyncpg.connect(PG_URL)
    await admin.execute(f'CREATE DATABASE "{name}"')
    return PG_URL.rsplit("/", 1)[0] + "/" + name, (admin, name)


async def _drop(handle: Any) -> None:
    if handle is not None:
        admin, name = handle
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        await admin.close()


async def test_restore_into_a_fresh_database(populated, core, settings, tmp_path):
    before = await dump_database()
    files = checksums(settings.data_dir)
    await create_backup(settings, tmp_path / "bk")
    url, handle = await _fresh_database(tmp_path)
    target = settings.model_copy(update={"database_url": url, "data_dir": tmp_path / "var2"})
    try:
        await restore_backup(target, tmp_path / "bk")
        assert await dump_database() == before
        assert checksums(tmp_path / "var2") == files
    finally:
        await switch_to(settings.database_url)
        await _drop(handle)


@pytest.mark.skipif(not PG_URL, reason="SQLite -> PostgreSQL needs FAPIAO_TEST_DATABASE_URL=postgres://...")
async def test_postgres_to_sqlite_to_a_fresh_postgres_database(populated, core, settings, tmp_path):
    before = await dump_database()
    files = checksums(settings.data_dir)
    await create_backup(settings, tmp_path / "from-pg")
    lite = settings.model_copy(update={"database_url": f"sqlite://{tmp_path}/lite.sqlite3",
                                       "data_dir": tmp_path / "lite-var"})
    url, handle = await _fresh_database(tmp_path)
    pg = settings.model_copy(update={"database_url": url, "data_dir": tmp_path / "pg-var"})
    try:
        await restore_backup(lite, tmp_path / "from-pg")
        assert await dump_database() == before
        await create_backup(lite, tmp_path / "from-sqlite")
        manifest = json.loads((tmp_path / "from-sqlite" / "manifest.json").read_text())
        assert manifest["source"]["dialect"] == "sqlite"
        await close_db()
        await restore_backup(pg, tmp_path / "from-sqlite")
        assert await dump_database() == before
        assert checksums(tmp_path / "pg-var") == files
        # Sequences were moved past the restored ids: a new row gets a fresh id.
        from core.companies.models import Product
        product = await Product.create(company_id=before["company"][0]["id"], name="新商品", tax_code="3040201000000000000",
                                       last_used_at=core.clock.now())
        assert product.id > max(r["id"] for r in before["product"])
    finally:
        await switch_to(settings.database_url)
        await _drop(handle)


def _truncate(bk: Path) -> str:
    path = bk / "tables" / "invoice.jsonl"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return "tables/invoice.jsonl"


def _edit(bk: Path) -> str:
    manifest = json.loads((bk / "manifest.json").read_text())
    pdf = next(f["path"] for f in manifest["files"] if f["path"].startswith("cache/pdf/"))
    path = bk / "files" / pdf
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, one byte changed
    path.write_bytes(bytes(data))
    return f"files/{pdf}"


def _edit_row(bk: Path) -> str:
    path = bk / "tables" / "invoice.jsonl"
    path.write_bytes(path.read_bytes().replace(b'"total":"', b'"total":"9', 1))
    return "tables/invoice.jsonl"


def _missing(bk: Path) -> str:
    manifest = json.loads((bk / "manifest.json").read_text())
    attachment = next(f["path"] for f in manifest["files"] if f["path"].startswith("attachments/"))
    (bk / "files" / attachment).unlink()
    return f"files/{attachment}"


def _missing_table(bk: Path) -> str:
    (bk / "tables" / "filing_event.jsonl").unlink()
    return "tables/filing_event.jsonl"


def _partial(bk: Path) -> str:
    (bk / "manifest.json").unlink()
    return "manifest.json is missing"


@pytest.mark.parametrize("damage", [_truncate, _edit, _edit_row, _missing, _missing_table, _partial])
async def test_a_damaged_backup_is_refused_before_any_change(populated, core, settings, tmp_path, damage):
    await create_backup(settings, tmp_path / "bk")
    await populated.call("POST", "/invoices", SPECIAL, expect=201)  # the database moves on
    before = await dump_database()
    files = checksums(settings.data_dir)
    bad_part = damage(tmp_path / "bk")
    with pytest.raises(BackupError) as refused:
        await restore_backup(settings, tmp_path / "bk", force=True)
    assert bad_part in str(refused.value)
    assert await dump_database() == before
    assert checksums(settings.data_dir) == files
    assert not (settings.data_dir / "backups").exists()  # not even a safety backup was taken
    # A fresh SQLite target is not even created.
    fresh = tmp_path / "never.sqlite3"
    with pytest.raises(BackupError):
        await restore_backup(settings.model_copy(update={"database_url": f"sqlite://{fresh}"}), tmp_path / "bk")
    assert not fresh.exists()


async def test_restore_refuses_a_database_with_data_and_force_takes_a_safety_backup(populated, core, settings,
                                                                                    tmp_path):
    backed_up = await dump_database()
    await create_backup(settings, tmp_path / "bk")
    _, later = await populated.call("POST", "/invoices", SPECIAL, expect=201)
    current = await dump_database()

    with pytest.raises(BackupError, match="not empty"):
        await restore_backup(settings, tmp_path / "bk")
    assert await dump_database() == current

    result = await restore_backup(settings, tmp_path / "bk", force=True, clock=core.clock)
    assert await dump_database() == backed_up
    safety = result.safety_backup
    assert safety is not None and safety.parent == settings.data_dir / "backups" and safety.name.startswith("safety-")
    manifest = verify_backup(safety)
    assert manifest["tables"]["invoice"]["rows"] == len(current["invoice"])
    assert later["number"] in (safety / "tables" / "invoice.jsonl").read_text()
    # ... and the safety backup brings the replaced data back.
    await restore_backup(settings, safety, force=True, clock=core.clock)
    assert await dump_database() == current


async def test_scheduled_backups_one_at_a_time_with_retention(populated, core, settings, clock, tmp_path):
    settings.backup_dir = tmp_path / "scheduled"
    settings.backup_keep = 2
    assert await last_backup_status(core.store) is None
    await core.store.set(LOCK_KEY, "another-worker", ttl=60)
    assert await run_scheduled_backup(core) is None  # another worker is taking one
    await core.store.delete(LOCK_KEY)

    status = await run_scheduled_backup(core)
    assert status is not None and status["ok"] and status["rows"] > 0
    assert await last_backup_status(core.store) == status
    assert verify_backup(Path(status["path"]))["tables"]["invoice"]["rows"] == 3 + 2  # 3 blue + 2 red
    assert await run_scheduled_backup(core) is None  # not due for another 24 hours
    clock.advance(hours=23)
    assert await run_scheduled_backup(core) is None
    for _ in range(3):
        clock.advance(hours=25)
        assert (await run_scheduled_backup(core))["ok"]
    kept = complete_backups(settings.backup_dir)
    assert len(kept) == 2 and str(kept[-1]) == (await last_backup_status(core.store))["path"]
    assert await core.store.get(LOCK_KEY) is None

    settings.backup_interval_hours = 0
    clock.advance(days=5)
    assert await run_scheduled_backup(core) is None  # off


async def test_a_failed_scheduled_backup_is_recorded(populated, core, settings, clock, tmp_path):
    settings.backup_dir = tmp_path / "scheduled"
    good = await run_scheduled_backup(core)
    assert good["ok"] and good["last_ok_at"] == good["finished_at"]
    clock.advance(hours=25)
    settings.backup_dir = tmp_path / "file-not-folder"
    settings.backup_dir.write_text("in the way")
    status = await run_scheduled_backup(core)
    assert status is not None and not status["ok"] and status["error"]
    last = await last_backup_status(core.store)
    assert last["ok"] is False and last["last_ok_at"] == good["finished_at"]


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fapiao.cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


async def test_the_commands(populated, core, settings, tmp_path):
    if PG_URL:
        pytest.skip("the commands are exercised on the embedded default (the PostgreSQL paths are the same code)")
    before = await dump_database()
    env = {**os.environ, "DATABASE_URL": settings.database_url, "DATA_DIR": str(settings.data_dir),
           "REDIS_URL": "memory://"}
    made = _cli("backup", "--to", str(tmp_path / "cli-bk"), env=env)
    assert made.returncode == 0, made.stderr
    assert "backup complete" in made.stdout and "invoice:" in made.stdout

    target = {**env, "DATABASE_URL": f"sqlite://{tmp_path}/restored.sqlite3", "DATA_DIR": str(tmp_path / "var2")}
    done = _cli("restore", "--from", str(tmp_path / "cli-bk"), env=target)
    assert done.returncode == 0, done.stderr
    assert "restored:" in done.stdout and f"invoice {len(before['invoice']):>8}".split()[-1] in done.stdout
    await switch_to(target["DATABASE_URL"])
    try:
        assert await dump_database() == before
    finally:
        await switch_to(settings.database_url)
    assert checksums(tmp_path / "var2") == checksums(settings.data_dir)

    again = _cli("restore", "--from", str(tmp_path / "cli-bk"), env=target)
    assert again.returncode == 1 and "not empty" in again.stderr and "--force" in again.stderr
    _truncate(tmp_path / "cli-bk")
    refused = _cli("restore", "--from", str(tmp_path / "cli-bk"), "--force", env=target)
    assert refused.returncode == 1 and "tables/invoice.jsonl" in refused.stderr
    exists = _cli("backup", "--to", str(tmp_path / "cli-bk"), env=env)
    assert exists.returncode == 1 and "not empty" in exists.stderr


async def test_a_backup_older_than_a_table_restores_that_table_as_the_migrations_left_it(populated, core, settings,
                                                                                      tmp_path):
    await create_backup(settings, tmp_path / "bk")
    manifest_path = tmp_path / "bk" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    del manifest["tables"]["audit_chain_head"]  # as if made before the audit chain existed
    del manifest["tables"]["product"]["columns"]["spec"]  # and before products had a spec (it has a default)
    manifest_path.write_text(json.dumps(manifest))
    # Signed again with this installation's key (we are the ones who made it).
    (tmp_path / "bk" / SIGNATURE).write_text(sign_manifest(manifest_key(settings), manifest_path.read_bytes()))
    (tmp_path / "bk" / "tables" / "audit_chain_head.jsonl").unlink()
    await wipe(settings)
    result = await restore_backup(settings, tmp_path / "bk")
    assert result.rows["audit_chain_head"] == 1
    head = (await dump_database())["audit_chain_head"]
    assert head == [{"id": 1, "seq": 0, "last_hash": "0" * 64, "last_entry_id": None}]


# -- forgery (issue 13 #11): checksums can be recomputed by whoever edits a backup; the signature cannot ----------


def _forge(bk: Path) -> None:
    """What an attacker with write access does: make an outsider staff and recompute every checksum."""
    path = bk / "tables" / "account.jsonl"
    path.write_bytes(path.read_bytes().replace(b'"is_staff":false', b'"is_staff":true'))
    manifest_path = bk / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    data = path.read_bytes()
    manifest["tables"]["account"].update(bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
    manifest_path.write_text(json.dumps(manifest))


async def test_a_forged_backup_is_refused_unless_trusted(populated, core, settings, tmp_path):
    await create_backup(settings, tmp_path / "bk")
    _forge(tmp_path / "bk")
    verify_backup(tmp_path / "bk")  # the checksums alone agree: they prove nothing
    await wipe(settings)
    with pytest.raises(BackupError, match="signature does not match"):
        await restore_backup(settings, tmp_path / "bk")
    assert not any((await dump_database()).values())
    lines: list[str] = []
    await restore_backup(settings, tmp_path / "bk", trust_unsigned=True, progress=lines.append)
    assert any("not signed" in line for line in lines)


async def test_an_unsigned_backup_or_another_key_is_refused(populated, core, settings, tmp_path):
    await create_backup(settings, tmp_path / "bk")
    await wipe(settings)
    other = settings.model_copy(update={"secret_key": "another-installations-secret-key-0123456789"})
    with pytest.raises(BackupError, match="another BACKUP_KEY"):
        await restore_backup(other, tmp_path / "bk")
    with_key = settings.model_copy(update={"backup_key": "a-dedicated-backup-key-0123456789abcdef"})
    with pytest.raises(BackupError, match="signature"):
        await restore_backup(with_key, tmp_path / "bk")
    (tmp_path / "bk" / SIGNATURE).unlink()
    with pytest.raises(BackupError, match="not signed"):
        await restore_backup(settings, tmp_path / "bk")
    await restore_backup(settings, tmp_path / "bk", trust_unsigned=True)


async def test_backup_and_export_files_are_private(populated, core, settings, tmp_path):
    import stat

    await create_backup(settings, tmp_path / "bk")
    for path in [tmp_path / "bk", *(tmp_path / "bk").rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))
    exports = settings.data_dir / "exports"
    assert stat.S_IMODE(exports.stat().st_mode) == 0o700
    for path in exports.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


async def test_export_files_go_when_their_link_expires(populated, core, settings):
    exports = settings.data_dir / "exports"
    files = sorted(exports.iterdir())
    assert files
    assert await core.exports.purge_expired() == 0  # links still valid
    job_id = files[0].name.split(".", 1)[0]
    await core.store.delete(f"export:{job_id}")  # the link's 24 hours are over
    assert await core.exports.purge_expired() == 1
    assert not files[0].exists() and all(f.exists() for f in files[1:])
