"""Scheduled backups inside ``fapiao serve`` (one worker at a time), their retention, and the
last backup's status that /readyz and /metrics show."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fapiao.ops.backup.dump import create_backup
from fapiao.ops.backup.files import default_backup_dir
from fapiao.ops.backup.schema import LOCK_KEY, LOCK_TTL_SECONDS, MANIFEST, SCHEDULED_PREFIX, STATUS_KEY

if TYPE_CHECKING:
    from core.container import Core
    from core.ports import KeyValueStore


# -- scheduled backups --------------------------------------------------------------------------------


log = logging.getLogger("fapiao.ops.backup")


async def last_backup_status(store: KeyValueStore) -> dict[str, Any] | None:
    """The last scheduled (or CLI) backup: {"at", "finished_at", "path", "ok", "error", "rows", "files",
    "bytes", "scheduled", "last_ok_at" (the last successful one's end)}; ``None`` when none has run
    (since the store was last emptied). Times are ISO 8601 with offset."""
    raw = await store.get(STATUS_KEY)
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


async def record_status(store: KeyValueStore, status: dict[str, Any]) -> None:
    await store.set(STATUS_KEY, json.dumps(status, ensure_ascii=False))


def complete_backups(folder: Path) -> list[Path]:
    """Scheduled backups in ``folder`` that finished (have a manifest), oldest first."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.is_dir() and p.name.startswith(SCHEDULED_PREFIX) and (p / MANIFEST).is_file())


def _time_of(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name[len(SCHEDULED_PREFIX):][:15], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete scheduled backups beyond the newest ``keep``, and unfinished ones older than the newest."""
    complete = complete_backups(folder)
    doomed = complete[:-keep] if keep > 0 else []
    newest = complete[-1].name if complete else None
    if newest is not None:
        doomed += [p for p in folder.iterdir() if p.is_dir() and p.name.startswith(SCHEDULED_PREFIX)
                   and not (p / MANIFEST).is_file() and p.name < newest]
    for path in doomed:
        shutil.rmtree(path, ignore_errors=True)
    return doomed


async def backup_due(core: Core) -> bool:
    settings = core.settings
    if settings.backup_interval_hours <= 0:
        return False
    interval = timedelta(hours=settings.backup_interval_hours)
    now = core.clock.now()
    last = await last_backup_status(core.store)
    if last is not None:
        with contextlib.suppress(KeyError, ValueError, TypeError):
            if now - datetime.fromisoformat(last["at"]) < interval:
                return False
    newest = complete_backups(default_backup_dir(settings))
    when = _time_of(newest[-1]) if newest else None
    return not (when is not None and now - when < interval)


async def run_scheduled_backup(core: Core) -> dict[str, Any] | None:
    """Take a backup into BACKUP_DIR if one is due and no other worker is taking one; prune old ones.

    Returns the recorded status, or ``None`` when nothing was due (or another worker holds the lock).
    """
    if not await backup_due(core):
        return None
    token = secrets.token_hex(8)
    if not await core.store.set(LOCK_KEY, token, ttl=LOCK_TTL_SECONDS, only_new=True):
        return None
    try:
        if not await backup_due(core):  # another worker finished one while we waited for the lock
            return None
        settings = core.settings
        started = core.clock.now()
        folder = default_backup_dir(settings)
        target = folder / f"{SCHEDULED_PREFIX}{started:%Y%m%d-%H%M%S}"
        status: dict[str, Any] = {"at": started.isoformat(), "path": str(target), "scheduled": True}
        try:
            result = await create_backup(settings, target, clock=core.clock, progress=log.debug)
            removed = await asyncio.to_thread(prune, folder, settings.backup_keep)
            status.update(ok=True, error="", rows=result.total_rows, files=result.files, bytes=result.bytes,
                          pruned=len(removed))
            log.info("scheduled backup written to %s (%s rows, %s files; %s old ones pruned)",
                     target, result.total_rows, result.files, len(removed))
        except Exception as exc:
            log.exception("scheduled backup to %s failed", target)
            status.update(ok=False, error=f"{type(exc).__name__}: {exc}"[:500])
        status["finished_at"] = core.clock.now().isoformat()
        previous = await last_backup_status(core.store) or {}
        status["last_ok_at"] = status["finished_at"] if status["ok"] else previous.get("last_ok_at")
        await record_status(core.store, status)
        return status
    finally:
        if await core.store.get(LOCK_KEY) == token:
            await core.store.delete(LOCK_KEY)


class BackupScheduler:
    """Called by the scheduler's loop: starts a due backup as a task of its own, one at a time."""

    #: Seconds between checks whether a backup is due.
    CHECK_EVERY = 60.0

    def __init__(self, core: Core) -> None:
        self.core = core
        self.task: asyncio.Task[dict[str, Any] | None] | None = None
        self.checked_at: float | None = None

    def tick(self) -> None:
        if self.core.settings.backup_interval_hours <= 0 or (self.task is not None and not self.task.done()):
            return
        now = asyncio.get_running_loop().time()
        if self.checked_at is not None and now - self.checked_at < self.CHECK_EVERY:
            return
        self.checked_at = now
        self.task = asyncio.create_task(run_scheduled_backup(self.core))

    async def stop(self, seconds: float = 10.0) -> None:
        if self.task is not None and not self.task.done():
            done, _ = await asyncio.wait([self.task], timeout=seconds)
            if not done:
                self.task.cancel()
