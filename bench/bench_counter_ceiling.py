"""Diagnostic: the ceiling that gapless numbering from one counter row puts on issuing.

Issuing takes the row lock of ``invoice_counter`` (one row per year + province, shared by
every company) with ``UPDATE … RETURNING`` and keeps it until COMMIT, so issues are
serialised: throughput ≤ 1 / (time the lock is held). This measures that ceiling on this
machine with plain asyncpg (no ORM, no HTTP), for a critical section of

* ``0``: UPDATE counter; COMMIT                       (the shortest possible),
* ``k``: UPDATE counter; k more statements; COMMIT    (today InvoiceService.issue_new runs
  6 more statements after the counter UPDATE, 7 with an Idempotency-Key — see
  bench/trace_issue_queries.py),

each from ``--concurrency`` connections for ``--seconds``. COMMIT waits for the WAL flush
(synchronous_commit=on), which is part of the critical section.

    .venv/bin/python bench/bench_counter_ceiling.py [--concurrency 8] [--seconds 8] [--extra 0,6]

Uses its own database ``fapiao_bench_counter`` (dropped and recreated).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import benchlib

DATABASE = "fapiao_bench_counter"


async def run_case(extra: int, concurrency: int, seconds: float,
                   meter: benchlib.CpuMeter) -> tuple[float, dict[str, float], int, dict[str, float]]:
    import asyncpg

    conns = [await asyncpg.connect(host=benchlib.PG_HOST, port=benchlib.PG_PORT, user=benchlib.PG_USER,
                                   database=DATABASE) for _ in range(concurrency)]
    await conns[0].execute("TRUNCATE counter, issued; INSERT INTO counter VALUES ('2026-42', 0)")
    latencies: list[float] = []
    stop_at = time.monotonic() + seconds

    async def worker(conn: asyncpg.Connection) -> None:
        while time.monotonic() < stop_at:
            start = time.perf_counter()
            async with conn.transaction():
                value = await conn.fetchval(
                    "UPDATE counter SET last_value = last_value + 1 WHERE series = '2026-42' RETURNING last_value")
                for step in range(extra):
                    if step == 0:
                        await conn.execute("INSERT INTO issued (value) VALUES ($1)", value)
                    else:
                        await conn.fetchval("SELECT $1::int", step)
            latencies.append((time.perf_counter() - start) * 1000)

    meter.start()
    started = time.perf_counter()
    await asyncio.gather(*(worker(conn) for conn in conns))
    wall = time.perf_counter() - started
    cpu = meter.stop()  # before closing: the backends' CPU is read from /proc while they live
    count = await conns[0].fetchval("SELECT last_value FROM counter")
    gapless = await conns[0].fetchval("SELECT count(*) = max(value) AND min(value) = 1 FROM issued") if extra else True
    for conn in conns:
        await conn.close()
    return count / wall, benchlib.summary_ms(latencies), int(bool(gapless)), cpu


async def main(args: argparse.Namespace) -> None:
    benchlib.print_header("counter-row ceiling (plain asyncpg)", {
        "backend": f"PostgreSQL ({benchlib.postgres_version()}) db {DATABASE}; synchronous_commit="
                   f"{benchlib.psql('SHOW synchronous_commit', database='postgres').strip()}",
        "command": "bench/bench_counter_ceiling.py " + " ".join(sys.argv[1:]),
        "db round trip": await benchlib.pg_round_trip_probe(),
    })
    benchlib.recreate_database(DATABASE)
    benchlib.psql("CREATE TABLE counter (series varchar(16) PRIMARY KEY, last_value bigint NOT NULL); "
                  "CREATE TABLE issued (value bigint PRIMARY KEY)", database=DATABASE)
    for extra in [int(x) for x in args.extra.split(",")]:
        rate, stats, ok, cpu = await run_case(extra, args.concurrency, args.seconds, benchlib.CpuMeter(None))
        cpu.pop("server", None)
        print(f"{extra} statement(s) after the counter UPDATE, {args.concurrency} connections: "
              f"{rate:7.1f} commits/s; transaction p50 {stats['p50']:.1f} ms, p95 {stats['p95']:.1f} ms; "
              f"gapless {'yes' if ok else 'NO'}; CPU: {benchlib.format_cpu(cpu)}", flush=True)
    benchlib.psql(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)', database="postgres")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--extra", default="0,6", help="comma-separated numbers of statements after the UPDATE")
    asyncio.run(main(parser.parse_args()))
