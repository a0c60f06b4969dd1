"""``GET /metrics``: Prometheus text format.

Counters and histograms are defined in :mod:`core.telemetry` and incremented where
things happen. The gauges are computed at scrape time from shared state, so they are
right whichever worker is scraped: the outbox backlog from the ``outbox_event`` table
and the backup age from ``fapiao.ops.backup.schedule.last_backup_status``.

Multi-process: when ``PROMETHEUS_MULTIPROC_DIR`` is set (``fapiao serve --workers N``
sets it to a fresh directory before the workers start), prometheus_client writes
each worker's values to files there and this view aggregates them with
``MultiProcessCollector`` on a fresh registry, per prometheus_client's documentation.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector

from core.notifications.models import OutboxEvent
from core.ports import Clock, KeyValueStore
from fapiao.observability.health import CHECK_TIMEOUT_SECONDS, backup_status

log = logging.getLogger("fapiao.metrics")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


def multiprocess_dir() -> str | None:
    return os.environ.get(MULTIPROC_ENV) or None


def _parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, int | float):
        moment = datetime.fromtimestamp(value, UTC)
    elif isinstance(value, str) and value:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def backup_facts(status: dict[str, Any] | None) -> tuple[datetime | None, bool | None]:
    """(time of the last backup, did it succeed) from ``last_backup_status``'s dict.

    Reads the usual key names (``finished_at``/``at``/``time``…, ``ok``/``success``/``result``/``status``)."""
    if not status:
        return None, None
    moment = None
    for key in ("finished_at", "completed_at", "at", "time", "timestamp", "created_at", "started_at"):
        moment = _parse_time(status.get(key))
        if moment is not None:
            break
    ok: bool | None = None
    for key in ("ok", "success", "succeeded"):
        if isinstance(status.get(key), bool):
            ok = bool(status[key])
            break
    else:
        for key in ("result", "status", "outcome"):
            value = status.get(key)
            if isinstance(value, str):
                ok = value.lower() in ("ok", "success", "succeeded", "done", "completed")
                break
    return moment, ok


class _Snapshot(Collector):
    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> Iterable[Metric]:
        return self.families


async def _outbox_facts() -> tuple[int, Any, int]:
    pending = OutboxEvent.filter(status="pending")
    count = await pending.count()
    oldest = await pending.order_by("id").first().values_list("created_at", flat=True)
    failed = await OutboxEvent.filter(status="failed").count()
    return count, oldest, failed


async def scrape_gauges(clock: Clock, store: KeyValueStore) -> list[Metric]:
    now = clock.now()
    families: list[Metric] = []
    pending = GaugeMetricFamily("fapiao_outbox_pending", "Notifications waiting in the outbox (status pending)")
    age = GaugeMetricFamily("fapiao_outbox_oldest_pending_age_seconds",
                            "Age of the oldest pending outbox event (0 when none)")
    failed = GaugeMetricFamily("fapiao_outbox_failed", "Outbox events that ran out of attempts (status failed)")
    try:
        count, oldest, failed_count = await asyncio.wait_for(_outbox_facts(), CHECK_TIMEOUT_SECONDS)
    except Exception as exc:  # a scrape must still answer when the database is down
        log.warning("metrics: outbox query failed: %s: %s", type(exc).__name__, exc)
    else:
        pending.add_metric([], count)
        oldest_at = _parse_time(oldest)
        age.add_metric([], max(0.0, (now - oldest_at).total_seconds()) if oldest_at else 0.0)
        failed.add_metric([], failed_count)
    families += [pending, age, failed]

    moment, ok = backup_facts(await backup_status(store))
    backup_age = GaugeMetricFamily("fapiao_backup_age_seconds",
                                   "Seconds since the last backup finished (+Inf when none is known)")
    backup_age.add_metric([], max(0.0, (now - moment).total_seconds()) if moment else math.inf)
    backup_ok = GaugeMetricFamily("fapiao_backup_last_success", "1 when the last backup succeeded, else 0")
    backup_ok.add_metric([], 1.0 if ok else 0.0)
    families += [backup_age, backup_ok]
    return families


def _base_registry() -> CollectorRegistry:
    directory = multiprocess_dir()
    if directory is None:
        return REGISTRY
    from prometheus_client import multiprocess

    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=directory)  # type: ignore[no-untyped-call]
    return registry


async def render(clock: Clock, store: KeyValueStore) -> bytes:
    snapshot = CollectorRegistry()
    snapshot.register(_Snapshot(await scrape_gauges(clock, store)))
    return generate_latest(_base_registry()) + generate_latest(snapshot)


def response(body: bytes) -> web.Response:
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
