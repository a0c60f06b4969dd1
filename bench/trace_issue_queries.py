"""Diagnostic: the SQL statements one issue (InvoiceService.issue_new) sends to PostgreSQL
(or, with ``--backend sqlite``, to the embedded default's SQLite file), in order, with the
transaction boundaries and the statements run while the invoice counter row is locked. Also
counts asyncpg pool acquire/release cycles (each release runs a reset round trip).

    .venv/bin/python bench/trace_issue_queries.py [--backend sqlite] [--idempotency] [--profile N [--concurrency C]]

On SQLite every COMMIT is followed by an fsync of the WAL before the caller goes on (group commit:
one fsync may cover several concurrent commits; core/adapters/sqlite_write.py).

``--profile N`` then issues N more invoices (C at a time) in-process under cProfile (CPU time) and
prints where the CPU goes (cumulative and own time; ``--profile-out`` keeps the pstats file).

Uses its own database ``fapiao_bench_trace`` (dropped and recreated; ``--database`` names another
``fapiao_bench*`` one) and Redis db 9 (``--redis-db``). With ``--profile`` on PostgreSQL it also reports
the CPU of the database's own backends (the server processes serving this run's connections, read
from /proc) per issue: PostgreSQL's share without the machine's other databases.
In-process (no HTTP): the API adds one Redis GET (session) per request on top.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import benchlib

DATABASE = "fapiao_bench_trace"
#: Rows every issuer shares (held until COMMIT): the platform's number series, the audit chain head.
LOCK_TABLES = ("platform_counter", "audit_chain_head", "invoice_counter")


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.events: list[str] = []
        self.on = False

    def emit(self, record: logging.LogRecord) -> None:
        if self.on and record.args:
            query = str(record.args[0]) if isinstance(record.args, tuple) else str(record.msg)
            text = " ".join(query.split())
            shared = any(f'"{table}"' in text for table in LOCK_TABLES)
            self.events.append(("!" if shared else "") + text[:160])


def backend_pids(database: str) -> list[int]:
    """The PostgreSQL backends connected to ``database`` (this run's pool and read connections)."""
    out = benchlib.psql(f"SELECT pid FROM pg_stat_activity WHERE datname = '{database}'", database="postgres")
    return [int(line) for line in out.split() if line.strip().isdigit()]


async def profile_issues(issue: object, count: int, concurrency: int, out: str | None, *, cprofile: bool = True,
                         database: str | None = None) -> None:
    import cProfile
    import pstats
    import time

    issue_one = issue  # a coroutine function taking the invoice index
    left = list(range(count))

    async def worker() -> None:
        while left:
            await issue_one(left.pop())  # type: ignore[operator]

    # CPU time, not wall time: on a shared machine the wall clock charges preemption to whatever ran.
    profiler = cProfile.Profile(time.process_time)
    pg0 = {pid: benchlib.proc_cpu_seconds(pid) for pid in backend_pids(database)} if database else {}
    cpu0, wall0 = time.process_time(), time.perf_counter()
    if cprofile:
        profiler.enable()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    profiler.disable()
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    # Backends opened during the run count from their start (the pool may grow).
    pids = backend_pids(database) if database else []
    pg = sum(benchlib.proc_cpu_seconds(pid) - pg0.get(pid, 0.0) for pid in pids)
    print(f"\n== {'cProfile: ' if cprofile else ''}{count} issue_new in-process, {concurrency} at a time: "
          f"{wall:.2f} s wall ({count / wall:.1f}/s), {cpu / count * 1000:.2f} ms CPU per issue"
          f"{' (profiler overhead included)' if cprofile else ''} ==")
    if pids:
        print(f"== PostgreSQL: {pg / count * 1000:.2f} ms CPU per issue in the {len(pids)} backends of db {database} ==")
    if not cprofile:
        return
    if out:
        profiler.dump_stats(out)
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(30)


async def main(idempotency: bool, profile: int = 0, concurrency: int = 16, profile_out: str | None = None,
               backend: str = "postgres", cprofile: bool = True, database: str = DATABASE,
               redis_db: int = benchlib.BENCH_REDIS_DB) -> None:
    import asyncpg.pool
    from tortoise.backends.base import client as base_client

    from core.accounts.models import Account
    from core.adapters.database import migrate
    from core.companies.models import Company, Membership
    from core.domain.actor import Actor
    from core.invoicing.views import BuyerInput, DraftInput, LineDraft
    from core.settings import Settings
    from fapiao.bootstrap import start_runtime

    if backend == "sqlite":
        import tempfile

        folder = tempfile.mkdtemp(prefix="fapiao_trace_")
        url, redis_url = f"sqlite://{folder}/fapiao.sqlite3", "memory://"
    else:
        benchlib.recreate_database(database)
        url, redis_url = benchlib.postgres_url(database), f"redis://127.0.0.1:6379/{redis_db}"
    await migrate(url)
    settings = Settings(database_url=url, redis_url=redis_url, sms_provider="console",
                        environment="development", _env_file=None)  # type: ignore[call-arg]
    runtime = await start_runtime(settings)
    capture = Capture()
    db_log = logging.getLogger("tortoise.db_client")
    db_log.setLevel(logging.DEBUG)
    db_log.addHandler(capture)
    db_log.propagate = False

    releases = 0
    original_release = asyncpg.pool.Pool.release

    async def counting_release(self, connection, *, timeout=None):  # type: ignore[no-untyped-def]  # noqa: ASYNC109
        nonlocal releases
        if capture.on:
            releases += 1
            capture.events.append("-- pool release")
        return await original_release(self, connection, timeout=timeout)

    asyncpg.pool.Pool.release = counting_release  # type: ignore[method-assign]
    if backend == "sqlite":
        from core.adapters.sqlite_write import GroupCommitContext as ctx  # the write connection's transactions
    else:
        ctx = base_client.TransactionContextPooled
    enter, leave = ctx.__aenter__, ctx.__aexit__

    async def traced_enter(self):  # type: ignore[no-untyped-def]
        if capture.on:
            capture.events.append("BEGIN")
        return await enter(self)

    async def traced_exit(self, *exc):  # type: ignore[no-untyped-def]
        if capture.on:  # marked before the call: the pool release comes after the commit
            capture.events.append("COMMIT" if exc[0] is None else "ROLLBACK")
        return await leave(self, *exc)

    ctx.__aenter__, ctx.__aexit__ = traced_enter, traced_exit  # type: ignore[method-assign]
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
        await runtime.core.invoices.issue_new(draft, actor, idempotency_key="warm" if idempotency else None)
        capture.on = True
        await runtime.core.invoices.issue_new(draft, actor, idempotency_key="second" if idempotency else None)
        capture.on = False
        if profile:
            async def issue_one(index: int) -> None:
                await runtime.core.invoices.issue_new(draft, actor,
                                                      idempotency_key=f"p{index}" if idempotency else None)
            await profile_issues(issue_one, profile, concurrency, profile_out, cprofile=cprofile,
                                 database=database if backend == "postgres" else None)
    finally:
        asyncpg.pool.Pool.release = original_release  # type: ignore[method-assign]
        ctx.__aenter__, ctx.__aexit__ = enter, leave  # type: ignore[method-assign]
        await runtime.close()

    benchlib.print_header("SQL sent by one InvoiceService.issue_new", {
        "backend": f"PostgreSQL ({benchlib.postgres_version()}) db {database}" if backend == "postgres"
        else f"SQLite {url}",
        "command": "bench/trace_issue_queries.py " + " ".join(sys.argv[1:]),
    })
    statements = 0
    locked = in_transaction = False
    in_lock = commits = explicit = 0
    for event in capture.events:
        is_sql = not event.startswith(("--", "BEGIN", "COMMIT", "ROLLBACK"))
        statements += is_sql or event in ("BEGIN", "COMMIT")
        shared = event.startswith("!")
        event = event.lstrip("!")
        if shared and not locked:
            locked = True  # this statement takes a row every issuer shares, held until COMMIT
            in_lock += 1
        elif locked and (is_sql or event == "COMMIT"):
            in_lock += 1
        marker = "L" if locked and (is_sql or event == "COMMIT") else " "
        if locked and is_sql and not in_transaction:
            locked = False  # a statement on its own is its own transaction: held until it ends
        if is_sql and not in_transaction and event.split()[0].upper() in ("INSERT", "UPDATE", "DELETE", "WITH"):
            commits += 1
        if event == "COMMIT":
            commits, explicit = commits + 1, explicit + 1
        if event == "BEGIN":
            in_transaction = True
        if event in ("COMMIT", "ROLLBACK"):
            locked = in_transaction = False
        print(f"{marker} {event}")
    print(f"\n{statements} database round trips per issue (incl. BEGIN/COMMIT; the {releases} pool releases "
          "cost none: core/adapters/database.py skips asyncpg's reset);")
    print(f"{in_lock} of them (incl. COMMIT with its WAL flush) run while a shared row (number series or "
          "audit chain head) is locked (marked L)")
    print(f"{commits} transactions commit a write (each a WAL flush; an fsync on SQLite): {explicit} explicit, "
          f"{commits - explicit} single write statements outside one")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idempotency", action="store_true")
    parser.add_argument("--backend", choices=("postgres", "sqlite"), default="postgres")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="then N issues under cProfile")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--profile-out", default=None, metavar="PATH", help="keep the pstats file")
    parser.add_argument("--no-cprofile", action="store_true", help="--profile N without the profiler: the rate")
    parser.add_argument("--database", default=DATABASE, help="PostgreSQL: a fapiao_bench* database (recreated)")
    parser.add_argument("--redis-db", type=int, default=benchlib.BENCH_REDIS_DB)
    cli = parser.parse_args()
    asyncio.run(main(cli.idempotency, cli.profile, cli.concurrency, cli.profile_out, cli.backend,
                     not cli.no_cprofile, cli.database, cli.redis_db))
