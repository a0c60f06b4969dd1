"""``/healthz`` (liveness) and ``/readyz`` (readiness: database and Redis, plus the last backup).

``/healthz`` touches nothing: 200 ``{"status": "ok"}`` while the process serves requests.
``/readyz`` runs ``SELECT 1`` on the database and ``PING`` on Redis, each with a short
timeout, concurrently; 200 when both answer, else 503 naming the failing part(s). The
last backup's time and result are shown too, but never make the server unready.
The body names the failing part and the kind of failure only (no host names or
errors); the details go to the log.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime
from typing import Any

from tortoise import Tortoise

from core.ports import KeyValueStore
from fapiao.ops.backup.schedule import last_backup_status

log = logging.getLogger("fapiao.health")

#: Each dependency must answer within this many seconds.
CHECK_TIMEOUT_SECONDS = 2.0
#: What /readyz shows of ``last_backup_status`` (not its path or error text).
BACKUP_FIELDS = ("at", "finished_at", "ok", "scheduled", "rows", "files", "bytes")


async def _timed(name: str, probe: Any) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        await asyncio.wait_for(probe, CHECK_TIMEOUT_SECONDS)
    except TimeoutError:
        log.warning("readiness: %s did not answer within %.1fs", name, CHECK_TIMEOUT_SECONDS)
        return {"ok": False, "error": "timeout"}
    except Exception as exc:
        log.warning("readiness: %s failed: %s: %s", name, type(exc).__name__, exc)
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 1)}


async def _select_one() -> None:
    await Tortoise.get_connection("default").execute_query("SELECT 1")


async def check_database() -> dict[str, Any]:
    return await _timed("database", _select_one())


async def check_redis(store: KeyValueStore) -> dict[str, Any]:
    return await _timed("redis", store.ping())


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


async def backup_status(store: KeyValueStore) -> dict[str, Any] | None:
    """``fapiao.ops.backup.schedule.last_backup_status(store)``; None when it fails (the backup is
    shown, it does not decide readiness)."""
    try:
        status = await asyncio.wait_for(last_backup_status(store), CHECK_TIMEOUT_SECONDS)
    except Exception as exc:
        log.warning("readiness: last backup status unavailable: %s: %s", type(exc).__name__, exc)
        return None
    if not isinstance(status, dict):
        return None
    # /readyz is reachable by anyone who can reach the server: no file system paths.
    return {key: _jsonable(value) for key, value in status.items() if key in BACKUP_FIELDS}


async def readiness(store: KeyValueStore) -> tuple[bool, dict[str, Any]]:
    database, redis = await asyncio.gather(check_database(), check_redis(store))
    checks = {"database": database, "redis": redis}
    failing = [name for name, result in checks.items() if not result["ok"]]
    body: dict[str, Any] = {
        "status": "unavailable" if failing else "ok",
        "failing": failing,
        "checks": checks,
        "backup": await backup_status(store),
    }
    return not failing, body
