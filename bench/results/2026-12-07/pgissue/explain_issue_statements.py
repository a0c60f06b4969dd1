"""EXPLAIN (ANALYZE, BUFFERS) of each statement one issue_new sends to PostgreSQL (database
fapiao_bench_trace, set up by bench/trace_issue_queries.py; each run rolled back after undoing
what the captured issue committed). Run from the worktree root:
.venv/bin/python bench/results/2026-12-07/pgissue/explain_issue_statements.py"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path.cwd() / "bench"))
sys.path.insert(0, str(Path.cwd()))
import benchlib
import trace_issue_queries as trace

from core.adapters import pg_read

captured: list[tuple[str, list[Any]]] = []
capturing = [False]
_fetch = pg_read.PgReadClient.fetch


async def fetch(self: Any, query: str, values: Any) -> Any:
    if capturing[0]:
        captured.append((query, list(values)))
    return await _fetch(self, query, values)


pg_read.PgReadClient.fetch = fetch  # type: ignore[method-assign]


async def one_issue(issue_one: Any, count: int, concurrency: int, out: Any, cprofile: bool = True) -> None:
    for index in range(20):  # warm
        await issue_one(1000 + index)
    capturing[0] = True
    await issue_one(5000)
    capturing[0] = False


async def main() -> None:
    import asyncpg

    trace.profile_issues = one_issue  # type: ignore[assignment]
    await trace.main(False, profile=1)
    conn = await asyncpg.connect(benchlib.postgres_url(trace.DATABASE).replace("postgres://", "postgresql://"))
    invoice_id = captured[1][1][0]
    for query, values in captured:
        for _ in range(3):  # the last of three runs is shown
            tx = conn.transaction()
            await tx.start()
            if '"inv" AS' in query:
                await conn.execute(f"DELETE FROM invoice_event WHERE invoice_id={invoice_id}; "
                                   f"DELETE FROM invoice_line WHERE invoice_id={invoice_id}; "
                                   f"DELETE FROM invoice WHERE id={invoice_id}")
            elif '"lim" AS' in query:
                await conn.execute("DELETE FROM platform_invoice WHERE request_id=$1", values[7])
            elif '"stored" AS' in query:
                await conn.execute(f"DELETE FROM invoice_event WHERE invoice_id={invoice_id} AND action='issued'; "
                                   f"UPDATE invoice SET status='issuing', number=NULL, verify_token=NULL "
                                   f"WHERE id={invoice_id}")
            rows = await conn.fetch("EXPLAIN (ANALYZE, BUFFERS) " + query, *values)
            await tx.rollback()
        print("==", query[:100].replace("\n", " "))
        print("\n".join(row[0] for row in rows if any(k in row[0] for k in ("Time", "Trigger", "Insert on",
                                                                              "Update on"))))
    await conn.close()


asyncio.run(main())
