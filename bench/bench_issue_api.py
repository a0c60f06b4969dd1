"""Benchmark: issuing invoices through the API (POST /api/v1/invoices), end to end.

Starts its own ``fapiao serve`` (one process, as the server is today), registers a user
and a company through the API (the SMS code is read from the server log), fires
``--count`` issue requests (a 2-line 专票) from an aiohttp client at ``--concurrency``,
and reports throughput, latency percentiles and errors. Afterwards it checks that the
issued numbers are unique and gapless (paging GET /api/v1/invoices with the cursor and,
on PostgreSQL, in the database too) and stops the server with SIGTERM.

    .venv/bin/python bench/bench_issue_api.py --backend postgres [--concurrency 32] [--count 3000] [--idempotency]
    .venv/bin/python bench/bench_issue_api.py --backend sqlite
    .venv/bin/python bench/bench_issue_api.py --backend postgres --both-idempotency --pdf 200 --verify 2000

``--latency N`` measures the API one request at a time afterwards (list, detail, issue).
``--both-idempotency`` measures a second batch with a unique ``Idempotency-Key`` on each
request in the same run; ``--pdf N`` downloads N invoice PDFs twice (first render, then
cached); ``--verify N`` fetches the public verification page ``/v/<token>`` N times
(distinct visitors: the page is limited to 60 per minute per IP, so each request carries
its own ``X-Forwarded-For``; one extra burst from a single IP checks the limit).

PostgreSQL: drops and recreates database ``fapiao_bench`` and runs ``fapiao migrate``;
Redis database 9 (flushed). SQLite: a temporary file and the in-process ``memory://`` store.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contextlib

import benchlib

DATABASE = "fapiao_bench"


async def sample_pg_activity(stop: asyncio.Event, samples: list[Counter[str]], interval: float = 0.05) -> None:
    """Every ``interval`` s: what the server's PostgreSQL backends are doing (state / wait)."""
    import asyncpg

    conn = await asyncpg.connect(host=benchlib.PG_HOST, port=benchlib.PG_PORT, user=benchlib.PG_USER,
                                 database="postgres")
    try:
        while not stop.is_set():
            rows = await conn.fetch(
                "SELECT state, wait_event_type, wait_event FROM pg_stat_activity "
                "WHERE datname = $1 AND pid <> pg_backend_pid()", DATABASE)
            counts: Counter[str] = Counter()
            for row in rows:
                state = row["state"] or "?"
                if row["wait_event_type"] in ("Lock", "LWLock", "IO", "IPC"):
                    counts[f"{state} waiting on {row['wait_event_type']}:{row['wait_event']}"] += 1
                else:
                    counts[state] += 1
            samples.append(counts)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), interval)
    finally:
        await conn.close()


async def fire(session: aiohttp.ClientSession, base_urls: list[str], token: str, count: int, concurrency: int,
               idempotency: bool, run_id: str, key_offset: int, deadline: float) -> dict[str, Any]:
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    numbers: list[str] = []
    items: list[dict[str, Any]] = []  # id, number, verify_url of each issued invoice
    keys: dict[str, str] = {}  # idempotency key -> number
    next_index = 0

    async def worker(worker_index: int) -> None:
        nonlocal next_index
        url = base_urls[worker_index % len(base_urls)] + "/api/v1/invoices"
        while next_index < count and time.monotonic() < deadline:
            index = key_offset + next_index
            next_index += 1
            headers = {"Authorization": f"Bearer {token}"}
            key = None
            if idempotency:
                key = f"bench-{run_id}-{index}"
                headers["Idempotency-Key"] = key
            start = time.perf_counter()
            try:
                async with session.post(url, json=benchlib.SPECIAL_BODY, headers=headers) as resp:
                    body = await resp.json() if resp.content_type == "application/json" else None
                    elapsed = (time.perf_counter() - start) * 1000
                    statuses[str(resp.status)] += 1
                    if resp.status == 201 and body:
                        numbers.append(body["number"])
                        items.append({"id": body["id"], "number": body["number"], "verify_url": body["verify_url"]})
                        if key:
                            keys[key] = body["number"]
                    elif sum(v for s, v in statuses.items() if s != "201") <= 3:
                        print(f"  error response {resp.status}: {str(body)[:300]}")
            except (TimeoutError, aiohttp.ClientError) as exc:
                elapsed = (time.perf_counter() - start) * 1000
                statuses[type(exc).__name__] += 1
            latencies.append(elapsed)

    started = time.perf_counter()
    await asyncio.gather(*(worker(i) for i in range(concurrency)))
    wall = time.perf_counter() - started
    return {"latencies": latencies, "statuses": statuses, "numbers": numbers, "keys": keys, "wall": wall,
            "items": items}


async def get_many(session: aiohttp.ClientSession, requests: list[tuple[str, dict[str, str]]],
                   concurrency: int) -> dict[str, Any]:
    """GET each (url, headers) once at ``concurrency``; statuses, latencies, bytes, wall."""
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    size = 0
    queue = list(reversed(requests))

    async def worker() -> None:
        nonlocal size
        while queue:
            url, headers = queue.pop()
            start = time.perf_counter()
            try:
                async with session.get(url, headers=headers) as resp:
                    data = await resp.read()
                    statuses[str(resp.status)] += 1
                    size += len(data)
            except (TimeoutError, aiohttp.ClientError) as exc:
                statuses[type(exc).__name__] += 1
            latencies.append((time.perf_counter() - start) * 1000)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return {"latencies": latencies, "statuses": statuses, "wall": time.perf_counter() - started, "bytes": size}


def print_get_stats(label: str, result: dict[str, Any], ok_status: str = "200") -> int:
    ok = result["statuses"].get(ok_status, 0)
    stats = benchlib.summary_ms(result["latencies"])
    errors = sum(v for k, v in result["statuses"].items() if k != ok_status)
    print(f"{label}: {len(result['latencies'])} requests in {result['wall']:.2f} s -> {ok / result['wall']:.1f}/s; "
          f"p50 {stats['p50']:.1f}  p95 {stats['p95']:.1f}  p99 {stats['p99']:.1f}  max {stats['max']:.1f} ms; "
          f"statuses {dict(result['statuses'])}; {result['bytes'] / max(1, ok):,.0f} bytes each")
    return errors


async def pdf_and_verify_phases(session: aiohttp.ClientSession, server: benchlib.ServerProcess, token: str,
                                items: list[dict[str, Any]], args: argparse.Namespace) -> int:
    """PDF downloads (first render, then cached) and the public verification page. Returns errors."""
    errors = 0
    auth = {"Authorization": f"Bearer {token}"}
    if args.pdf and items:
        chosen = items[-args.pdf:]
        urls = [(f"{server.base_url}/api/v1/invoices/{item['id']}/pdf", auth) for item in chosen]
        print(f"\n-- PDF download: GET /api/v1/invoices/<id>/pdf, {len(urls)} invoices, concurrency "
              f"{args.get_concurrency} --")
        meter = benchlib.CpuMeter(server.pid)
        meter.start()
        first = await get_many(session, urls, args.get_concurrency)
        cpu_first = meter.stop()
        errors += print_get_stats("first render (never downloaded before)", first)
        meter.start()
        again = await get_many(session, urls, args.get_concurrency)
        cpu_again = meter.stop()
        errors += print_get_stats("cached (same invoices again)", again)
        for label, cpu, res in (("first", cpu_first, first), ("cached", cpu_again, again)):
            print(f"  server CPU per PDF ({label}): {cpu['server'] * res['wall'] / max(1, len(res['latencies'])) * 1000:.1f} ms")
    if args.verify and items:
        from urllib.parse import urlparse

        paths = [urlparse(item["verify_url"]).path for item in items if item.get("verify_url")]
        # Distinct visitors (people scanning QR codes): one X-Forwarded-For each, ≤ 60/min per IP.
        requests = [(server.base_url + paths[i % len(paths)],
                     {"X-Forwarded-For": f"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}"})
                    for i in range(args.verify)]
        print(f"\n-- verification page: GET /v/<token>, {len(requests)} requests over {len(paths)} invoices, "
              f"concurrency {args.get_concurrency} --")
        meter = benchlib.CpuMeter(server.pid)
        meter.start()
        result = await get_many(session, requests, args.get_concurrency)
        cpu = meter.stop()
        errors += print_get_stats("verification page", result)
        print(f"  server CPU per page: {cpu['server'] * result['wall'] / max(1, len(result['latencies'])) * 1000:.1f} ms")
        burst = await get_many(session, [(server.base_url + paths[0], {"X-Forwarded-For": "192.0.2.1"})] * 70, 4)
        print(f"limit check, 70 requests from one IP: statuses {dict(burst['statuses'])} (expected 60 × 200, 10 × 429)")
    return errors


async def latency_phase(session: aiohttp.ClientSession, server: benchlib.ServerProcess, token: str,
                        items: list[dict[str, Any]], count: int) -> int:
    """The API's own latency, one request at a time (no queueing behind other clients): the
    invoice list (first page), an invoice's detail, and a one-step issue, ``count`` each after
    20 warm-up, with the server's CPU per request. Returns errors."""
    auth = {"Authorization": f"Bearer {token}"}
    base = server.base_url + "/api/v1"
    ids = [item["id"] for item in items] or [0]
    shapes: list[tuple[str, str, str, Any]] = [
        ("GET /invoices (list, first page)", "GET", "/invoices", None),
        ("GET /invoices/{id} (detail)", "GET", "/invoices/{id}", None),
        ("POST /invoices (issue, 2-line 专票)", "POST", "/invoices", benchlib.SPECIAL_BODY),
    ]
    print(f"\n-- latency, one request at a time: {count} each after 20 warm-up (targets: reads p95 ≤ 10 ms, "
          "issue p95 ≤ 15 ms) --")
    errors = 0
    for label, method, path, body in shapes:
        times: list[float] = []
        statuses: Counter[str] = Counter()
        meter = benchlib.CpuMeter(server.pid)
        for n in range(20 + count):
            if n == 20:
                meter.start()
            url = base + path.replace("{id}", str(ids[n % len(ids)]))
            start = time.perf_counter()
            async with session.request(method, url, json=body, headers=auth) as resp:
                await resp.read()
                if n >= 20:
                    statuses[str(resp.status)] += 1
            if n >= 20:
                times.append((time.perf_counter() - start) * 1000)
        cpu = meter.stop()
        wall = sum(times) / 1000
        stats = benchlib.summary_ms(times)
        ok = "201" if method == "POST" else "200"
        errors += sum(v for k, v in statuses.items() if k != ok)
        print(f"{label:<36} p50 {stats['p50']:6.2f}  p95 {stats['p95']:6.2f}  p99 {stats['p99']:6.2f}  "
              f"max {stats['max']:7.2f} ms; server CPU {cpu['server'] * wall / len(times) * 1000:.2f} ms, "
              f"PostgreSQL {cpu['postgres'] * wall / len(times) * 1000:.2f} ms per request; "
              f"statuses {dict(statuses)}; other processes {cpu['other processes'] * 100:.0f}% of a core")
    return errors


async def list_all_numbers(session: aiohttp.ClientSession, base_url: str, token: str) -> tuple[list[str], int]:
    numbers: list[str] = []
    cursor: str | None = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": "100"}
        if cursor:
            params["cursor"] = cursor
        _, page = await benchlib.api_call(session, base_url, "GET", "/invoices", token=token, params=params,
                                          expect=200)
        pages += 1
        numbers += [item["number"] for item in page["items"] if item["number"]]
        cursor = page["next_cursor"]
        if not cursor or pages > 100_000:
            return numbers, pages


def check_gapless(numbers: list[str]) -> tuple[bool, str]:
    sequences = sorted(int(n[-15:]) for n in numbers)
    unique = len(set(numbers)) == len(numbers)
    if not sequences:
        return False, "no numbers"
    expected = list(range(sequences[0], sequences[0] + len(sequences)))
    gapless = sequences == expected
    series = {n[:5] for n in numbers}
    text = (f"{len(numbers)} numbers, {'all unique' if unique else 'DUPLICATES'}, sequence "
            f"{sequences[0]}..{sequences[-1]} {'gapless' if gapless else 'HAS GAPS'}, series {sorted(series)}")
    return unique and gapless and sequences[0] == 1, text


async def run(args: argparse.Namespace) -> int:
    workdir = Path(tempfile.mkdtemp(prefix="fapiao-bench-issue-"))
    env = {"SMS_PROVIDER": "console", "ENVIRONMENT": "development", "DATA_DIR": str(workdir / "data"),
           "WECHAT_API": "console", "EMAIL_PROVIDER": "console",
           # No scheduled backup in the measured server: a fresh DATA_DIR makes one due at once,
           # and it dumps the database in the server's event loop (minutes at 10M rows).
           "BACKUP_INTERVAL_HOURS": "0"}
    if args.backend == "postgres":
        benchlib.recreate_database(DATABASE)
        env["DATABASE_URL"] = benchlib.postgres_url(DATABASE, maxsize=args.pool_maxsize)
        env["REDIS_URL"] = benchlib.BENCH_REDIS_URL
        benchlib.flush_bench_redis()
        benchlib.run_migrate(env, workdir)
        backend = f"PostgreSQL ({benchlib.postgres_version()}) db {DATABASE} + Redis db {benchlib.BENCH_REDIS_DB}"
        probe = await benchlib.pg_round_trip_probe()
    else:
        env["DATABASE_URL"] = f"sqlite://{workdir / 'bench.sqlite3'}"
        env["REDIS_URL"] = "memory://"
        backend = "SQLite (temp file) + in-process memory:// store"
        probe = "n/a (SQLite)"
    if args.pool_maxsize and args.backend == "postgres":
        backend += f", pool maxsize={args.pool_maxsize}"
    elif args.backend == "postgres":
        backend += ", pool maxsize=5 (tortoise default)"

    benchlib.print_header("issue invoices through the API", {
        "backend": backend,
        "server": (f"`fapiao serve --workers {args.workers}` (one port, {args.workers} worker processes)"
                   if args.workers > 1 else
                   "one `fapiao serve` process" if args.servers == 1 else
                   f"{args.servers} `fapiao serve` processes on one database, client round-robins"),
        "command": "bench/bench_issue_api.py " + " ".join(sys.argv[1:]),
        "db round trip": probe,
        "workload": f"{args.count} POST /api/v1/invoices (2-line 专票) at concurrency {args.concurrency}"
                    f"{', unique Idempotency-Key each' if args.idempotency else ''}; {args.warmup} warm-up first",
    })

    extra = ["--workers", str(args.workers)] if args.workers > 1 else []
    servers = [benchlib.ServerProcess(env, workdir, extra_args=extra) for _ in range(args.servers)]
    for one in servers:
        one.start()
    server = servers[0]
    urls = [one.base_url for one in servers]
    rc = 1
    try:
        connector = aiohttp.TCPConnector(limit=max(args.concurrency, 4))
        timeout = aiohttp.ClientTimeout(total=60)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            token = await benchlib.register_with_company(session, server, "13800138000", "武汉光谷软件有限公司")
            run_id = uuid.uuid4().hex[:8]
            deadline = time.monotonic() + args.max_seconds
            warm = await fire(session, urls, token, args.warmup, args.concurrency, args.idempotency,
                              run_id, 0, deadline)
            stop = asyncio.Event()
            samples: list[Counter[str]] = []
            sampler = (asyncio.create_task(sample_pg_activity(stop, samples))
                       if args.backend == "postgres" else None)
            spy = benchlib.PySpy(server.pid, Path(args.profile)) if args.profile else None
            meter = benchlib.CpuMeter([pid for one in servers for pid in benchlib.descendants(one.pid)])
            meter.start()
            result = await fire(session, urls, token, args.count, args.concurrency, args.idempotency,
                                run_id, args.warmup, deadline)
            cpu = meter.stop()
            if spy:
                spy.stop()
            stop.set()
            if sampler:
                await sampler

            ok = result["statuses"].get("201", 0)
            errors = sum(v for k, v in result["statuses"].items() if k != "201")
            stats = benchlib.summary_ms(result["latencies"])
            print("\n-- results (measured phase, warm-up excluded) --")
            print(f"requests: {len(result['latencies'])} in {result['wall']:.2f} s; statuses {dict(result['statuses'])}")
            print(f"throughput: {ok / result['wall']:.1f} issues/s   errors: {errors}")
            print(f"latency ms: p50 {stats['p50']:.1f}  p95 {stats['p95']:.1f}  p99 {stats['p99']:.1f}  "
                  f"max {stats['max']:.1f}  mean {stats['mean']:.1f}")
            print(f"CPU (share of one core): {benchlib.format_cpu(cpu)}")
            idem: dict[str, Any] | None = None
            if args.both_idempotency:
                idem = await fire(session, urls, token, args.count, args.concurrency, True, run_id,
                                  args.warmup + args.count, time.monotonic() + args.max_seconds)
                ok_idem = idem["statuses"].get("201", 0)
                errors += sum(v for k, v in idem["statuses"].items() if k != "201")
                s2 = benchlib.summary_ms(idem["latencies"])
                print(f"\nsame batch WITH a unique Idempotency-Key each: {ok_idem / idem['wall']:.1f} issues/s "
                      f"(without: {ok / result['wall']:.1f}); p50 {s2['p50']:.1f}  p95 {s2['p95']:.1f}  "
                      f"p99 {s2['p99']:.1f}  max {s2['max']:.1f} ms; statuses {dict(idem['statuses'])}")
            if ok:
                print(f"CPU per issue: server {cpu['server'] * result['wall'] / ok * 1000:.1f} ms, "
                      f"PostgreSQL {cpu['postgres'] * result['wall'] / ok * 1000:.1f} ms "
                      f"(one server process can do at most ~{ok / (cpu['server'] * result['wall']):.0f} issues/s "
                      "with a whole core to itself)")
            if samples:
                totals: Counter[str] = Counter()
                for counts in samples:
                    totals.update(counts)
                summary = ", ".join(f"{state} {n / len(samples):.2f}" for state, n in totals.most_common())
                print(f"PostgreSQL backends of the server, average over {len(samples)} samples: {summary}")
            if spy:
                print(f"\n-- py-spy profile of the server (raw stacks in {args.profile}) --")
                print(benchlib.summarize_collapsed(Path(args.profile)))
            if result["wall"] >= args.max_seconds - 1:
                print(f"NOTE: stopped by the --max-seconds {args.max_seconds} time limit")

            print("\n-- number check --")
            issued = warm["numbers"] + result["numbers"] + (idem["numbers"] if idem else [])
            listed, pages = await list_all_numbers(session, server.base_url, token)
            good, text = check_gapless(listed)
            print(f"API listing ({pages} pages of ≤100 via cursor): {text}")
            same = sorted(listed) == sorted(issued)
            print(f"listed numbers == numbers returned by the 201 responses ({len(issued)}): {same}")
            good = good and same
            if args.backend == "postgres":
                row = benchlib.psql(
                    'SELECT count(*), count(DISTINCT number), min(right(number, 15)::bigint), '
                    'max(right(number, 15)::bigint), (SELECT string_agg(series || \'=\' || last_value, \',\') '
                    'FROM invoice_counter) FROM invoice WHERE number IS NOT NULL', database=DATABASE).strip()
                count, distinct, low, high, counters = row.split("|")
                db_good = int(count) == int(distinct) == int(high) - int(low) + 1 == len(issued) and low == "1"
                print(f"database: {count} issued rows, {distinct} distinct numbers, sequence {low}..{high}, "
                      f"counter {counters} -> {'OK' if db_good else 'MISMATCH'}")
                good = good and db_good
            keyed = idem if idem else result
            if (args.idempotency or idem) and keyed["keys"]:
                replays = list(keyed["keys"].items())[: args.replays]
                replay_ok = 0
                for key, number in replays:
                    async with session.post(server.base_url + "/api/v1/invoices", json=benchlib.SPECIAL_BODY,
                                            headers={"Authorization": f"Bearer {token}",
                                                     "Idempotency-Key": key}) as resp:
                        body = await resp.json()
                        replay_ok += (resp.status == 201 and resp.headers.get("Idempotent-Replayed") == "true"
                                      and body["number"] == number)
                after, _ = await list_all_numbers(session, server.base_url, token)
                print(f"idempotent replays of {len(replays)} keys: {replay_ok} replayed with the same number; "
                      f"invoices after replays: {len(after)} (before: {len(listed)})")
                good = good and replay_ok == len(replays) and len(after) == len(listed)
            print(f"NUMBER CHECK: {'PASS' if good else 'FAIL'}")
            errors += await pdf_and_verify_phases(session, server, token,
                                                  warm["items"] + result["items"] + (idem["items"] if idem else []), args)
            if args.latency:
                errors += await latency_phase(session, server, token, result["items"], args.latency)
            rc = 0 if good and errors == 0 else 1
            server_errors = [line for one in servers for line in one.error_lines()]
            if server_errors:
                print(f"server log has {len(server_errors)} ERROR/Traceback lines; first: {server_errors[0].strip()}")
    finally:
        codes = [one.stop() for one in servers]
        print(f"\nserver{'s' if len(codes) > 1 else ''} stopped with SIGTERM (exit code{'s' if len(codes) > 1 else ''} "
              f"{', '.join(str(c) for c in codes)})")
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return rc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres"], required=True)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--idempotency", action="store_true", help="a unique Idempotency-Key on each request")
    parser.add_argument("--replays", type=int, default=50, help="with --idempotency: keys replayed afterwards")
    parser.add_argument("--both-idempotency", action="store_true",
                        help="also measure a second batch of --count issues, each with a unique Idempotency-Key")
    parser.add_argument("--pdf", type=int, default=0, metavar="N",
                        help="afterwards: download N invoice PDFs (first render), then the same N again (cached)")
    parser.add_argument("--verify", type=int, default=0, metavar="N",
                        help="afterwards: N requests to the public verification page /v/<token>")
    parser.add_argument("--latency", type=int, default=0, metavar="N",
                        help="afterwards: N list, N detail and N issue requests one at a time (p50/p95/p99)")
    parser.add_argument("--get-concurrency", type=int, default=8, help="concurrency of the --pdf/--verify phases")
    parser.add_argument("--max-seconds", type=float, default=240, help="stop firing after this long")
    parser.add_argument("--pool-maxsize", type=int, default=None,
                        help="PostgreSQL: ?maxsize= on DATABASE_URL (default: the app's default, 5)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--workers", type=int, default=1,
                        help="PostgreSQL only: `fapiao serve --workers N` (N processes on one port)")
    parser.add_argument("--servers", type=int, default=1,
                        help="PostgreSQL only: run N server processes (the production layout) instead of one")
    parser.add_argument("--profile", default=None, metavar="PATH",
                        help="record the server with py-spy during the measured phase (raw collapsed stacks)")
    args = parser.parse_args()
    if args.profile:
        args.profile = str(Path(args.profile).resolve())
    if args.count < 1 or args.concurrency < 1 or not 1 <= args.servers <= 8:
        parser.error("--count and --concurrency must be ≥ 1, --servers 1..8")
    if args.servers > 1 and args.backend != "postgres":
        parser.error("--servers > 1 needs --backend postgres (the embedded default is single-process only)")
    raise SystemExit(asyncio.run(run(args)))


if __name__ == "__main__":
    main()
