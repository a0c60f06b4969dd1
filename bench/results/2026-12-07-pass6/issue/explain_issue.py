"""Development measurement: the statements one ``issue_new`` sends to PostgreSQL, each first run
under ``EXPLAIN (ANALYZE, BUFFERS)`` in a transaction that is rolled back (planning and execution
time, the foreign-key triggers' time) on the connection that then runs it for real; whether the
connections' prepared statements use generic (cached) or custom (re-planned) plans; the indexes
and triggers of the tables written.

    cd <worktree> && .venv/bin/python bench/results/2026-12-07-pass6/issue/explain_issue.py [--idempotency]

Database fapiao_bench_issue_explain (recreated), Redis db 12.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import benchlib  # noqa: E402

DATABASE = "fapiao_bench_issue_explain"
WRITTEN = ("invoice", "invoice_line", "invoice_event", "audit_entry", "audit_chain_head", "customer",
           "idempotency_record", "platform_invoice", "platform_counter", "platform_credit_used")
KEEP = ("Planning Time", "Execution Time", "Trigger", "JIT")


async def main(idempotency: bool, repeat: int, warm: int) -> None:
    from asyncpg.connection import Connection

    from core.accounts.models import Account
    from core.adapters.database import migrate
    from core.companies.models import Company, Membership
    from core.domain.actor import Actor
    from core.invoicing.views import BuyerInput, DraftInput, LineDraft
    from core.settings import Settings
    from fapiao.bootstrap import start_runtime

    benchlib.recreate_database(DATABASE)
    url = benchlib.postgres_url(DATABASE)
    await migrate(url)
    settings = Settings(database_url=url, redis_url="redis://127.0.0.1:6379/12", sms_provider="console",
                        environment="development", _env_file=None)  # type: ignore[call-arg]
    runtime = await start_runtime(settings)
    report: list[str] = []
    times: list[list[tuple[float, float]]] = []
    connections: set[Any] = set()
    on = False
    originals = {name: getattr(Connection, name) for name in ("fetch", "execute", "fetchrow", "fetchval")}

    def wrap(name: str) -> Any:
        original = originals[name]

        async def traced(self: Any, query: str, *args: Any, **kw: Any) -> Any:
            connections.add(self)
            if on and not query.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")):
                report.append(f"\n-- [{len(times)}] {len(query)} characters, {len(args)} parameters: "
                              f"{' '.join(query.split())[:200]}")
                runs: list[tuple[float, float]] = []
                for round_ in range(repeat):
                    await originals["execute"](self, "BEGIN")
                    try:
                        plan = [row[0] for row in await originals["fetch"](
                            self, f"EXPLAIN (ANALYZE, BUFFERS) {query}", *args)]
                    finally:
                        await originals["execute"](self, "ROLLBACK")
                    ms = {k: float(line.split(":")[1].split()[0]) for line in plan
                          for k in ("Planning Time", "Execution Time") if line.startswith(k)}
                    runs.append((ms.get("Planning Time", 0.0), ms.get("Execution Time", 0.0)))
                    if round_ == repeat - 1:
                        report.extend("    " + line.strip() for line in plan if line.strip().startswith(KEEP))
                times.append(runs)
            return await original(self, query, *args, **kw)
        return traced

    for name in originals:
        setattr(Connection, name, wrap(name))
    try:
        now = datetime.now(UTC)
        company = await Company.create(name="武汉光谷软件有限公司", tax_id=benchlib.COMPANY_TAX_ID,
                                       taxpayer_kind="general", region="42", allowed_kinds=["normal", "special"],
                                       issuer_name="王会计", approval_required=False, created_at=now,
                                       auth_state="authorized")
        account = await Account.create(phone="13800138000", password_hash="x", display_name="压测会计",
                                       created_at=now, password_changed_at=now, current_company_id=company.id)
        await Membership.create(company_id=company.id, account_id=account.id, role="owner", created_at=now)
        actor = Actor(channel="api", account_id=account.id, ip="127.0.0.1")
        body = benchlib.SPECIAL_BODY
        draft = DraftInput(kind="special", buyer=BuyerInput(name=body["buyer"]["name"], tax_id=body["buyer"]["tax_id"]),
                           lines=tuple(LineDraft(**line) for line in body["lines"]))
        for index in range(warm):  # rows in every table, plans settled (one request at a time: one connection)
            await runtime.core.invoices.issue_new(draft, actor, idempotency_key=f"w{index}" if idempotency else None)
        on = True
        await runtime.core.invoices.issue_new(draft, actor, idempotency_key="traced" if idempotency else None)
        on = False
        print(f"== the statements of one issue_new{' with an Idempotency-Key' if idempotency else ''} "
              f"(after {warm}), EXPLAIN (ANALYZE, BUFFERS) in a rolled-back transaction, {repeat} times ==")
        print("\n".join(report))
        print("\n== planning + execution (ms): the last of the rounds, and the minimum over them ==")
        for index, runs in enumerate(times):
            plan, run = runs[-1]
            print(f"[{index}] last: planning {plan:.3f} + execution {run:.3f}; min total {min(p + e for p, e in runs):.3f}")
        print("\n== prepared statements on the connections used (generic = plan cached, custom = planned each time) ==")
        for conn in connections:
            if conn.is_closed():
                continue
            rows = await originals["fetch"](conn, "SELECT generic_plans, custom_plans, length(statement) AS n, "
                                            "left(regexp_replace(statement, '\\s+', ' ', 'g'), 90) AS s "
                                            "FROM pg_prepared_statements ORDER BY generic_plans + custom_plans DESC")
            for row in rows:
                if row["generic_plans"] + row["custom_plans"] >= 3:
                    print(f"  generic {row['generic_plans']:4d} custom {row['custom_plans']:4d} "
                          f"({row['n']} chars) {row['s']}")
        conn = next(iter(c for c in connections if not c.is_closed()))
        print("\n== indexes and triggers of the tables written ==")
        rows = await originals["fetch"](conn,
            "SELECT c.relname, (SELECT count(*) FROM pg_index i WHERE i.indrelid = c.oid) AS indexes, "
            "(SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = c.oid) AS triggers, "
            "(SELECT string_agg(ic.relname, ', ') FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
            " WHERE i.indrelid = c.oid) AS names "
            "FROM pg_class c WHERE c.relname = ANY($1) AND c.relkind = 'r' ORDER BY c.relname", list(WRITTEN))
        for row in rows:
            print(f"{row['relname']}: {row['indexes']} indexes, {row['triggers']} triggers: {row['names']}")
    finally:
        for name, original in originals.items():
            setattr(Connection, name, original)
        await runtime.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--idempotency", action="store_true")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--warm", type=int, default=200)
    cli = parser.parse_args()
    asyncio.run(main(cli.idempotency, cli.repeat, cli.warm))
