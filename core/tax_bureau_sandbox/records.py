"""Where the sandbox tax bureau keeps its records (the :class:`~core.ports.SandboxRecords`
port): the database (both dialects), so a submission survives a server restart on the
embedded default and on PostgreSQL alike; or memory (unit tests, short-lived scripts).
"""

from __future__ import annotations

import json
from typing import Any, cast

from tortoise import Tortoise

from core.ports import Clock
from core.tax_bureau_sandbox.models import SandboxBureauSubmission


class DatabaseSandboxRecords:
    """Sandbox bureau records in ``sandbox_bureau_submission`` / ``sandbox_bureau_counter``."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    async def get(self, reference: str) -> dict[str, Any] | None:
        row = await SandboxBureauSubmission.get_or_none(reference=reference)
        return None if row is None else dict(row.record)

    async def reference_for_key(self, submission_key: str) -> str | None:
        row = await SandboxBureauSubmission.get_or_none(submission_key=submission_key).only("reference")
        return None if row is None else row.reference

    async def references_for_period(self, taxpayer_id: str, tax_type: str, period: str) -> list[str]:
        rows = await SandboxBureauSubmission.filter(taxpayer_id=taxpayer_id, tax_type=tax_type, period=period) \
            .order_by("reference").values_list("reference", flat=True)
        return [str(r) for r in rows]

    async def moving(self) -> list[str]:
        rows = await SandboxBureauSubmission.filter(moving=True).order_by("reference") \
            .values_list("reference", flat=True)
        return [str(r) for r in rows]

    async def save(self, record: dict[str, Any], *, state: str, moving: bool) -> None:
        submission = record["submission"]
        updated = await SandboxBureauSubmission.filter(reference=record["reference"]).update(
            state=state, moving=moving, record=record, updated_at=self.clock.now())
        if not updated:
            await SandboxBureauSubmission.create(
                reference=record["reference"], submission_key=submission["submission_key"],
                taxpayer_id=submission["taxpayer_id"], tax_type=submission["tax_type"],
                period=submission["period"], state=state, moving=moving, record=record,
                updated_at=self.clock.now())

    async def next_number(self, name: str) -> int:
        """The next value of a gapless counter: one ``UPDATE … RETURNING`` (GUIDE §3)."""
        conn = Tortoise.get_connection("default")
        mark = "$1" if conn.capabilities.dialect == "postgres" else "?"
        await conn.execute_query(
            f'INSERT INTO "sandbox_bureau_counter" ("name", "value") VALUES ({mark}, 0) ON CONFLICT ("name") DO NOTHING',
            [name])
        rows = await conn.execute_query_dict(
            f'UPDATE "sandbox_bureau_counter" SET "value" = "value" + 1 WHERE "name" = {mark} RETURNING "value"',
            [name])
        return int(rows[0]["value"])


class MemorySandboxRecords:
    """In-process records (unit tests, short-lived scripts): lost when the process ends."""

    def __init__(self) -> None:
        self.records: dict[str, str] = {}
        self.states: dict[str, tuple[str, bool]] = {}
        self.counters: dict[str, int] = {}

    async def get(self, reference: str) -> dict[str, Any] | None:
        raw = self.records.get(reference)
        return None if raw is None else cast("dict[str, Any]", json.loads(raw))

    async def reference_for_key(self, submission_key: str) -> str | None:
        for reference, raw in self.records.items():
            if json.loads(raw)["submission"]["submission_key"] == submission_key:
                return reference
        return None

    async def references_for_period(self, taxpayer_id: str, tax_type: str, period: str) -> list[str]:
        found = []
        for reference, raw in self.records.items():
            submission = json.loads(raw)["submission"]
            if (submission["taxpayer_id"], submission["tax_type"], submission["period"]) == (
                    taxpayer_id, tax_type, period):
                found.append(reference)
        return sorted(found)

    async def moving(self) -> list[str]:
        return sorted(ref for ref, (_, moving) in self.states.items() if moving)

    async def save(self, record: dict[str, Any], *, state: str, moving: bool) -> None:
        self.records[record["reference"]] = json.dumps(record, ensure_ascii=False)
        self.states[record["reference"]] = (state, moving)

    async def next_number(self, name: str) -> int:
        self.counters[name] = self.counters.get(name, 0) + 1
        return self.counters[name]

