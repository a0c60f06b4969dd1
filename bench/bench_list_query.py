"""Benchmark: listing and searching invoices (GET /api/v1/invoices) on a large table.

PostgreSQL only. Recreates database ``fapiao_bench_list`` (``fapiao migrate``), starts one
``fapiao serve``, registers three users/companies through the API, then bulk-loads with
COPY (asyncpg ``copy_records_to_table``):

* company A: ``--rows`` invoices (default 1,000,000) — the big tenant that is measured;
* company B: ``--second`` invoices (default 50,000) — another tenant in the same table;
* company C: ``--small`` invoices (default 10,000) — the scaling comparison, measured too;

each with 1–3 lines, issue dates spread over 2 years, ~5,000 buyers (skewed), log-normal
totals, a few drafts, voided, red-lettered and red invoices. Then, through the API with
that company's token, each query shape ``--repeat`` times, one request at a time:
first page, a deep page via cursor, buyer contains, date range, exact number, total
range, sort by -total. Prints p50/p95/p99 per shape and size, the server's and
PostgreSQL's CPU per request, ``EXPLAIN (ANALYZE, BUFFERS)`` (via psql) of the slowest
shape's SQL — the SQL the app really sends, captured from InvoiceService.search — and,
with ``--try-indexes`` (default), the same shapes again after adding the proposed
indexes (dropped again at the end).

    .venv/bin/python bench/bench_list_query.py [--rows 1000000] [--repeat 200] [--reuse]
    .venv/bin/python bench/bench_list_query.py --rows 10000000 --database fapiao_bench_10m --reuse --no-try-indexes

``--reuse`` skips the drop/load when the database already holds the same data set (the 10M
set takes a while to load: keep its database between runs). ``--loader sql`` (the default
from 2,000,000 rows) generates the rows inside PostgreSQL with ``generate_series`` (secondary
indexes dropped during the load and rebuilt after it) instead of COPYing rows made in Python;
the data has the same shape (companies interleaved, skewed buyers, log-normal totals, drafts,
voided, red). ``--load-only`` stops after loading. Redis database ``--redis-db`` (9, flushed).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import logging
import math
import random
import re
import secrets
import shutil
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import benchlib

DATABASE = "fapiao_bench_list"
CHINA = ZoneInfo("Asia/Shanghai")
SEED = 20261127
USERS = (  # phone, company name, tax id (valid USCCs)
    ("13800138000", "武汉光谷软件有限公司", benchlib.COMPANY_TAX_ID),
    ("13900139000", "深圳某某科技有限公司", benchlib.BUYER_TAX_ID),
    ("13700137000", "武汉长江云科技有限公司", "914201005774123404"),
)
CITIES = [
    "武汉", "黄石", "十堰", "宜昌", "襄阳", "鄂州", "荆门", "孝感", "荆州", "黄冈",
    "咸宁", "随州", "恩施", "深圳", "上海", "北京",
]
WORDS1 = [
    "光谷", "长江", "楚天", "江城", "汉江", "东湖", "黄鹤", "晴川", "龟山", "蛇山",
    "珞珈", "南湖", "沙湖", "金银", "汉阳", "青山", "洪山", "江夏", "蔡甸", "新洲",
    "盘龙", "木兰", "九省", "三镇", "鹦鹉", "琴台", "知音", "归元", "古琴", "白云",
]
WORDS2 = [
    "科技", "软件", "餐饮", "建筑", "物流", "商贸", "咨询", "医药", "文化", "教育",
    "电子", "机械", "能源", "环保", "农业", "服装", "印刷", "设计", "传媒", "酒店",
]
SUFFIXES = ["有限公司", "股份有限公司", "有限责任公司", "工作室", "经营部"]
LINE_ITEMS = (  # name, printed name, tax code, rate code, unit
    ("技术服务费", "*信息技术服务*技术服务费", "3040203000000000000", "6", ""),
    ("打印纸", "*纸制品*打印纸", "1060105990000000000", "13", "包"),
    ("餐费", "*餐饮服务*餐费", "3070401000000000000", "6", "次"),
    ("咨询费", "*鉴证咨询服务*咨询费", "3040603000000000000", "6", ""),
    ("住宿费", "*住宿服务*住宿费", "3070402000000000000", "6", "晚"),
)
INVOICE_COLUMNS = (
    "id", "company_id", "kind", "status", "is_red", "original_id", "reissued_from_id", "number", "legacy_code",
    "issue_date", "issued_at", "buyer_name", "buyer_tax_id", "buyer_address_phone", "buyer_bank_account",
    "buyer_is_person", "buyer_email", "buyer_phone", "seller_name", "seller_tax_id", "seller_address_phone",
    "seller_bank_account", "price_includes_tax", "total_amount", "total_tax", "total", "remark", "issuer_name",
    "verify_token", "reason", "red_reason_code", "filed", "pending_action", "pending_payload", "created_by_id",
    "created_at", "updated_at",
)
LINE_COLUMNS = ("id", "invoice_id", "position", "name", "printed_name", "tax_code", "spec", "unit", "quantity",
                "unit_price", "amount", "rate_code", "tax", "original_position")
#: The indexes this benchmark proposes (tried with --try-indexes, dropped afterwards).
PROPOSED_INDEXES = (
    ("sort by total, total range, and the -total cursor",
     'CREATE INDEX IF NOT EXISTS "bench_idx_invoice_company_total_id" ON "invoice" ("company_id", "total", "id")',
     'DROP INDEX IF EXISTS "bench_idx_invoice_company_total_id"'),
    ("buyer contains (icontains -> UPPER(CAST(buyer_name AS VARCHAR)) LIKE ...; needs ≥3 characters)",
     'CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE INDEX IF NOT EXISTS "bench_idx_invoice_buyer_trgm" ON "invoice" '
     'USING gin ((UPPER(CAST("buyer_name" AS VARCHAR))) gin_trgm_ops)',
     'DROP INDEX IF EXISTS "bench_idx_invoice_buyer_trgm"'),
)


#: For the date-range rewrite (ORDER BY issue_date DESC, id DESC), shown with EXPLAIN only.
DATE_INDEX = (
    'CREATE INDEX IF NOT EXISTS "bench_idx_invoice_company_date_id" ON "invoice" ("company_id", "issue_date", "id")',
    'DROP INDEX IF EXISTS "bench_idx_invoice_company_date_id"',
)


# -- data ------------------------------------------------------------------------------------------


def make_buyers(rng: random.Random, count: int = 5000) -> tuple[list[tuple[str, str]], list[float]]:
    names: set[str] = set()
    ordered: list[str] = []
    while len(ordered) < count:
        name = rng.choice(CITIES) + rng.choice(WORDS1) + rng.choice(WORDS2) + rng.choice(SUFFIXES)
        if name not in names:
            names.add(name)
            ordered.append(name)
    buyers = [(name, f"91420100{rng.randrange(10**9, 10**10)}") for name in ordered]
    weights = [1 / (rank + 1) ** 0.8 for rank in range(count)]  # a few big customers, a long tail
    cumulative = []
    running = 0.0
    for w in weights:
        running += w
        cumulative.append(running)
    return buyers, cumulative


class Generator:
    """Deterministic invoice + line rows for all companies, interleaved in issue order: ids rise
    with dates across tenants, as in a shared production table (the companies' shares are exact)."""

    def __init__(self, rng: random.Random, buyers: list[tuple[str, str]], cumulative: list[float],
                 today: date) -> None:
        self.rng = rng
        self.buyers = buyers
        self.cumulative = cumulative
        self.start = today - timedelta(days=730)
        self.sequences: dict[int, int] = {}  # year -> last sequence (one series per year for everybody)
        self.line_id = 0

    def rows(self, companies: list[tuple[int, tuple[str, str], int, int]], chunk: int) -> Any:
        """``companies``: (company id, (seller name, tax id), account id, invoice count)."""
        rng = self.rng
        owners = [index for index, company in enumerate(companies) for _ in range(company[3])]
        rng.shuffle(owners)
        count = len(owners)
        picks = rng.choices(range(len(self.buyers)), cum_weights=self.cumulative, k=count)
        last_blue: dict[int, int] = {}
        invoices: list[tuple[Any, ...]] = []
        lines: list[tuple[Any, ...]] = []
        for i in range(count):
            company_id, seller, account_id, _ = companies[owners[i]]
            invoice_id = i + 1
            day = self.start + timedelta(days=i * 730 // count)
            r = rng.random()
            status = ("draft" if r < 0.003 else "voided" if r < 0.03 else "red_full" if r < 0.04
                      else "red_partial" if r < 0.05 else "issued")
            is_red = status == "issued" and rng.random() < 0.0105
            total = Decimal(min(9_999_999.0, max(1.0, math.exp(rng.gauss(7.5, 1.5))))).quantize(Decimal("0.01"))
            rate_item = LINE_ITEMS[rng.randrange(len(LINE_ITEMS))]
            rate = Decimal(rate_item[3]) / 100
            amount = (total / (1 + rate)).quantize(Decimal("0.01"))
            tax = total - amount
            if is_red:
                total, amount, tax = -total, -amount, -tax
            number = issue_date = issued_at = token = None
            if status != "draft":
                year = day.year
                self.sequences[year] = self.sequences.get(year, 0) + 1
                number = f"{year % 100:02d}421{self.sequences[year]:015d}"
                issue_date = day
                issued_at = datetime(day.year, day.month, day.day, 9, tzinfo=CHINA).astimezone(UTC) + timedelta(
                    seconds=rng.randrange(0, 10 * 3600))
                token = secrets.token_urlsafe(24)
            created = issued_at or datetime(day.year, day.month, day.day, 9, tzinfo=CHINA).astimezone(UTC)
            buyer_name, buyer_tax = self.buyers[picks[i]]
            kind = "special" if rng.random() < 0.4 else "normal"
            invoices.append((
                invoice_id, company_id, kind, status, is_red, last_blue.get(company_id) if is_red else None, None,
                number, None, issue_date, issued_at, buyer_name, buyer_tax, "", "", False, "", "",
                seller[0], seller[1], "", "", True, amount, tax, total, "", "王会计", token,
                "开票有误" if status == "voided" else "", "mistake" if is_red else "", False, "", "{}",
                account_id, created, created,
            ))
            if not is_red and status != "draft":
                last_blue[company_id] = invoice_id
            n_lines = 1 if rng.random() < 0.6 else (2 if rng.random() < 0.75 else 3)
            left_amount, left_tax = amount, tax
            for position in range(1, n_lines + 1):
                item = rate_item if position == 1 else LINE_ITEMS[rng.randrange(len(LINE_ITEMS))]
                if position < n_lines:
                    part = (amount / n_lines).quantize(Decimal("0.01"))
                    part_tax = (tax / n_lines).quantize(Decimal("0.01"))
                else:
                    part, part_tax = left_amount, left_tax
                left_amount -= part
                left_tax -= part_tax
                self.line_id += 1
                quantity = Decimal(rng.randrange(1, 20)) if item[4] else None
                unit_price = (abs(part) / quantity).quantize(Decimal("0.00000001")) if quantity else None
                lines.append((self.line_id, invoice_id, position, item[0], item[1], item[2], "", item[4],
                              -quantity if (quantity and is_red) else quantity, unit_price, part, rate_item[3],
                              part_tax, position if is_red else None))
            if len(invoices) >= chunk:
                yield invoices, lines
                invoices, lines = [], []
        if invoices:
            yield invoices, lines


async def bulk_load(company_ids: list[int], account_ids: list[int], sizes: list[int], chunk: int) -> None:
    import asyncpg

    rng = random.Random(SEED)
    buyers, cumulative = make_buyers(rng)
    generator = Generator(rng, buyers, cumulative, date.today())
    companies = [(company_id, (user[1], user[2]), account_id, size)
                 for company_id, account_id, size, user in zip(company_ids, account_ids, sizes, USERS, strict=True)]
    conn = await asyncpg.connect(host=benchlib.PG_HOST, port=benchlib.PG_PORT, user=benchlib.PG_USER,
                                 database=DATABASE)
    try:
        # Superuser: skip the FK triggers during the load (the rows are consistent by construction).
        await conn.execute("SET session_replication_role = replica")
        started = time.perf_counter()
        total_rows = sum(sizes)
        loaded = 0
        for invoices, lines in generator.rows(companies, chunk):
            await conn.copy_records_to_table("invoice", records=invoices, columns=INVOICE_COLUMNS)
            await conn.copy_records_to_table("invoice_line", records=lines, columns=LINE_COLUMNS)
            loaded += len(invoices)
            elapsed = time.perf_counter() - started
            print(f"  loaded {loaded:>9,} / {total_rows:,} invoices (+{generator.line_id:,} lines so far) "
                  f"in {elapsed:6.1f} s", flush=True)
        await conn.execute("SET session_replication_role = origin")
        await conn.execute("SELECT setval(pg_get_serial_sequence('invoice', 'id'), (SELECT max(id) FROM invoice))")
        await conn.execute("SELECT setval(pg_get_serial_sequence('invoice_line', 'id'), "
                           "(SELECT max(id) FROM invoice_line))")
        for year, last in generator.sequences.items():
            await conn.execute('INSERT INTO invoice_counter (series, last_value) VALUES ($1, $2) '
                               'ON CONFLICT (series) DO UPDATE SET last_value = EXCLUDED.last_value',
                               f"{year}-42", last)
    finally:
        await conn.close()


async def bulk_load_sql(company_ids: list[int], account_ids: list[int], sizes: list[int]) -> None:
    """The same data shape as :func:`bulk_load`, generated by PostgreSQL itself (10M rows in
    minutes instead of an hour): ``generate_series`` for the invoices, a lateral series for
    their 1-3 lines, a deterministic permutation for the interleaving of the companies (so
    their shares are exact), the buyers (made in Python, as above) picked with a Zipf-like
    skew, totals log-normal (Box-Muller). Secondary indexes are dropped for the load and
    rebuilt afterwards."""
    import asyncpg

    rng = random.Random(SEED)
    buyers, _ = make_buyers(rng)
    count = sum(sizes)
    permute = 1_000_003  # a prime that does not divide count: i -> (i * p) mod count is a permutation
    assert count % permute != 0
    start = date.today() - timedelta(days=730)
    items = LINE_ITEMS
    item_case = lambda column, k: "CASE " + " ".join(  # noqa: E731
        f"WHEN {k} = {n} THEN '{item[column]}'" for n, item in enumerate(items)) + " END"
    seller = {cid: (user[1], user[2]) for cid, user in zip(company_ids, USERS, strict=True)}
    company_case = (f"CASE WHEN slot < {sizes[0]} THEN {company_ids[0]} "
                    f"WHEN slot < {sizes[0] + sizes[1]} THEN {company_ids[1]} ELSE {company_ids[2]} END")
    field_case = lambda index: "CASE company_id " + " ".join(  # noqa: E731
        f"WHEN {cid} THEN '{seller[cid][index]}'" for cid in company_ids) + " END"
    account_case = "CASE company_id " + " ".join(
        f"WHEN {cid} THEN {aid}" for cid, aid in zip(company_ids, account_ids, strict=True)) + " END"
    conn = await asyncpg.connect(host=benchlib.PG_HOST, port=benchlib.PG_PORT, user=benchlib.PG_USER,
                                 database=DATABASE, command_timeout=None)
    try:
        started = time.perf_counter()

        def say(what: str) -> None:
            print(f"  {time.perf_counter() - started:7.1f} s  {what}", flush=True)

        await conn.execute("SET session_replication_role = replica")  # no FK triggers (consistent by construction)
        await conn.execute("SET maintenance_work_mem = '1GB'")
        await conn.execute("SET synchronous_commit = off")
        indexes = await conn.fetch(
            "SELECT indexname, indexdef FROM pg_indexes i WHERE tablename IN ('invoice', 'invoice_line') "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)")
        for row in indexes:
            await conn.execute(f'DROP INDEX "{row["indexname"]}"')
        say(f"dropped {len(indexes)} secondary indexes for the load")
        await conn.execute("CREATE TEMP TABLE bench_buyer (rank int PRIMARY KEY, name text, tax_id text)")
        await conn.copy_records_to_table("bench_buyer", records=[(n, b[0], b[1]) for n, b in enumerate(buyers)])
        await conn.execute("SELECT setseed(0.20261127)")
        await conn.execute(f"""
            INSERT INTO invoice ({", ".join(INVOICE_COLUMNS)}, platform_request_id)
            SELECT i, company_id, CASE WHEN r_kind < 0.4 THEN 'special' ELSE 'normal' END, status, is_red, NULL, NULL,
                   CASE WHEN status <> 'draft' THEN to_char(day, 'YY') || '421' || lpad(i::text, 15, '0') END, NULL,
                   CASE WHEN status <> 'draft' THEN day END, issued_at, b.name, b.tax_id, '', '', false, '', '',
                   {field_case(0)}, {field_case(1)}, '', '', true,
                   sign * amount, sign * (total - amount), sign * total, '', '王会计',
                   CASE WHEN status <> 'draft' THEN md5(i::text || 'verify') END,
                   CASE WHEN status = 'voided' THEN '开票有误' ELSE '' END, CASE WHEN is_red THEN 'mistake' ELSE '' END,
                   false, '', '{{}}'::jsonb, {account_case},
                   coalesce(issued_at, day + time '01:00'), coalesce(issued_at, day + time '01:00'),
                   CASE WHEN status <> 'draft' THEN md5(i::text || 'request') END
            FROM (
                SELECT *, CASE WHEN status <> 'draft'
                               THEN (day + time '01:00' + (r_sec * 36000) * interval '1 second') END AS issued_at,
                          CASE WHEN is_red THEN -1 ELSE 1 END AS sign,
                          round(total / (1 + CASE WHEN k = 1 THEN 0.13 ELSE 0.06 END), 2) AS amount
                FROM (
                    SELECT *, status = 'issued' AND r_red < 0.0105 AS is_red
                    FROM (
                        SELECT g AS i, {company_case} AS company_id,
                               date '{start}' + ((g - 1)::bigint * 730 / {count})::int AS day,
                               CASE WHEN r < 0.003 THEN 'draft' WHEN r < 0.03 THEN 'voided'
                                    WHEN r < 0.04 THEN 'red_full' WHEN r < 0.05 THEN 'red_partial'
                                    ELSE 'issued' END AS status,
                               round(least(9999999, greatest(1, exp(7.5 + 1.5 * sqrt(-2 * ln(1 - u1))
                                     * cos(2 * pi() * u2))))::numeric, 2) AS total,
                               least(4999, floor(5000 * power(u3, 5)))::int AS buyer_rank,
                               (g::bigint * 40503 % 5)::int AS k, r_kind, r_red, r_sec
                        FROM (SELECT g, (g - 1)::bigint * {permute} % {count} AS slot, random() AS r,
                                     random() AS u1, random() AS u2, random() AS u3, random() AS r_kind,
                                     random() AS r_red, random() AS r_sec
                              FROM generate_series(1, {count}) AS g) AS raw
                    ) AS drawn
                ) AS flagged
            ) AS inv
            JOIN bench_buyer b ON b.rank = inv.buyer_rank
        """)
        say(f"{count:,} invoices inserted")
        await conn.execute(f"""
            INSERT INTO invoice_line ({", ".join(LINE_COLUMNS)})
            SELECT row_number() OVER (), id, pos, {item_case(0, "item")}, {item_case(1, "item")},
                   {item_case(2, "item")}, '', {item_case(4, "item")},
                   CASE WHEN {item_case(4, "item")} <> '' THEN qty END,
                   CASE WHEN {item_case(4, "item")} <> '' THEN round(abs(part) / qty, 8) END,
                   part, rate_code, part_tax, CASE WHEN is_red THEN pos END
            FROM (
                SELECT inv.id, inv.is_red, pos, CASE WHEN pos = 1 THEN k ELSE (inv.id::bigint * pos * 31 % 5)::int END
                       AS item, CASE WHEN k = 1 THEN '13' ELSE '6' END AS rate_code,
                       ((inv.id % 19) + 1)::numeric * CASE WHEN inv.is_red THEN -1 ELSE 1 END AS qty,
                       CASE WHEN pos < n THEN round(inv.total_amount / n, 2)
                            ELSE inv.total_amount - (n - 1) * round(inv.total_amount / n, 2) END AS part,
                       CASE WHEN pos < n THEN round(inv.total_tax / n, 2)
                            ELSE inv.total_tax - (n - 1) * round(inv.total_tax / n, 2) END AS part_tax
                FROM (SELECT *, (id::bigint * 40503 % 5)::int AS k,
                             CASE WHEN id::bigint * 2654435761 % 1000 < 600 THEN 1
                                  WHEN id::bigint * 2654435761 % 1000 < 900 THEN 2 ELSE 3 END AS n
                      FROM invoice WHERE company_id IN ({", ".join(map(str, company_ids))})) AS inv
                CROSS JOIN LATERAL generate_series(1, inv.n) AS pos
            ) AS l
        """)
        say("lines inserted")
        await conn.execute("SET session_replication_role = origin")
        for row in indexes:
            await conn.execute(row["indexdef"])
            say(f"rebuilt {row['indexname']}")
        await conn.execute("SELECT setval(pg_get_serial_sequence('invoice', 'id'), (SELECT max(id) FROM invoice))")
        await conn.execute("SELECT setval(pg_get_serial_sequence('invoice_line', 'id'), "
                           "(SELECT max(id) FROM invoice_line))")
    finally:
        await conn.close()


# -- query shapes ------------------------------------------------------------------------------------


def cursor_for(invoice_id: int, total: str) -> str:
    """An API cursor (bound to GET /invoices without filters) around the invoice list's own position."""
    from miniapp_api.pagination import api_cursor

    raw = json.dumps({"id": invoice_id, "total": total}).encode()
    return api_cursor("/api/v1/invoices", {}, base64.urlsafe_b64encode(raw).decode().rstrip("="))


def shapes_for(company_id: int) -> list[tuple[str, dict[str, str], str]]:
    """(name, query params, what it matches) for one company, from its own rows."""
    q = lambda sql: benchlib.psql(sql, database=DATABASE).strip()  # noqa: E731
    low, high, count = (int(x) for x in q(f"SELECT min(id), max(id), count(*) FROM invoice "
                                           f"WHERE company_id = {company_id}").split("|"))
    mid_id, mid_total = q(f"SELECT id, total FROM invoice WHERE company_id = {company_id} AND id >= "
                          f"{(low + high) // 2} ORDER BY id LIMIT 1").split("|")
    number = q(f"SELECT number FROM invoice WHERE company_id = {company_id} AND number IS NOT NULL AND id >= "
               f"{low + (high - low) * 3 // 4} ORDER BY id LIMIT 1")
    first_day = date.fromisoformat(q(f"SELECT min(issue_date) FROM invoice WHERE company_id = {company_id}"))
    date_from, date_to = first_day + timedelta(days=400), first_day + timedelta(days=430)
    # A buyer fragment (4 characters: 地名后的字号+行业) of a mid-ranked buyer of this company.
    buyer_name = q(f"SELECT buyer_name FROM (SELECT buyer_name, count(*) AS n FROM invoice WHERE company_id = "
                   f"{company_id} GROUP BY buyer_name ORDER BY n DESC, buyer_name OFFSET 300 LIMIT 1) AS b")
    city = next(c for c in CITIES if buyer_name.startswith(c))
    fragment = buyer_name[len(city): len(city) + 4]
    min_total, max_total = "5000", "5050"

    buyer_where = f"buyer_name LIKE '%{fragment}%'"
    date_where = f"issue_date BETWEEN '{date_from}' AND '{date_to}'"

    def matches(where: str) -> str:
        return q(f"SELECT count(*) FROM invoice WHERE company_id = {company_id} AND {where}")

    return [
        ("first page", {}, f"{count:,} rows"),
        ("deep page (cursor)", {"cursor": cursor_for(int(mid_id), mid_total)}, f"after id {mid_id} (mid-table)"),
        ("buyer contains", {"buyer": fragment},
         f"'{fragment}': {int(matches(buyer_where)):,} rows"),
        ("date range (1 month)", {"date_from": date_from.isoformat(), "date_to": date_to.isoformat()},
         f"{date_from}..{date_to}: {int(matches(date_where)):,} rows"),
        ("exact number", {"number": number}, f"{number}"),
        ("total range", {"min_total": min_total, "max_total": max_total},
         f"{min_total}..{max_total}: {int(matches(f'total BETWEEN {min_total} AND {max_total}')):,} rows"),
        ("sort by -total", {"sort": "-total"}, "all rows of the company"),
    ]


async def measure(session: aiohttp.ClientSession, server: benchlib.ServerProcess, token: str,
                  shapes: list[tuple[str, dict[str, str], str]], repeat: int, warmup: int,
                  budget: float) -> dict[str, dict[str, Any]]:
    """Each shape ``repeat`` times, one request at a time; a shape stops early after ``budget``
    seconds (the count actually measured is reported)."""
    url = server.base_url + "/api/v1/invoices"
    headers = {"Authorization": f"Bearer {token}"}
    results: dict[str, dict[str, Any]] = {}
    for name, params, _ in shapes:
        items = -1
        for _ in range(warmup):
            async with session.get(url, params=params, headers=headers) as resp:
                body = await resp.json()
                if resp.status != 200:
                    raise SystemExit(f"{name}: {resp.status} {body}")
                items = len(body["items"])
        meter = benchlib.CpuMeter(server.pid)
        meter.start()
        times: list[float] = []
        errors = 0
        stop_at = time.monotonic() + budget
        for _ in range(repeat):
            if time.monotonic() > stop_at:
                break
            start = time.perf_counter()
            async with session.get(url, params=params, headers=headers) as resp:
                await resp.read()
                errors += resp.status != 200
            times.append((time.perf_counter() - start) * 1000)
        cpu = meter.stop()
        wall = sum(times) / 1000
        results[name] = {**benchlib.summary_ms(times), "items": items, "errors": errors, "n": len(times),
                         "server_cpu_ms": cpu["server"] * wall / len(times) * 1000,
                         "pg_cpu_ms": cpu["postgres"] * wall / len(times) * 1000,
                         "other": cpu["other processes"]}
    return results


def print_table(title: str, shapes: list[tuple[str, dict[str, str], str]], results: dict[str, dict[str, Any]],
                target: float | None) -> None:
    print(f"\n-- {title} --")
    print(f"{'query':<22} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'items':>5} {'err':>3} "
          f"{'srv CPU':>8} {'PG CPU':>7}  matches")
    for name, _, what in shapes:
        r = results[name]
        flag = "" if target is None else ("  OK" if r["p95"] <= target else "  > target")
        print(f"{name:<22} {r['n']:>4} {r['p50']:8.1f} {r['p95']:8.1f} {r['p99']:8.1f} {r['max']:8.1f} {r['items']:>5} "
              f"{r['errors']:>3} {r['server_cpu_ms']:7.1f}m {r['pg_cpu_ms']:6.1f}m  {what}{flag}")
    other = max(r["other"] for r in results.values())
    print(f"(srv/PG CPU = CPU ms per request of the server process / PostgreSQL; other processes used up to "
          f"{other * 100:.0f}% of a core meanwhile)")


# -- the SQL the app sends, for EXPLAIN ------------------------------------------------------------------


async def captured_sql(url: str, account_id: int, params: dict[str, str]) -> list[tuple[str, tuple[Any, ...]]]:
    """Run InvoiceService.search in-process with the given query parameters and return the
    statements it sent (from tortoise's query log)."""
    from core.adapters.database import close_db, init_db
    from core.audit.log import AuditLog
    from core.clock import SystemClock
    from core.companies.service import CompanyService
    from core.domain.actor import Actor
    from core.invoicing.service import InvoiceService
    from miniapp_api.features.invoices.bodies import filters_from_mapping

    captured: list[tuple[str, tuple[Any, ...]]] = []

    class Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if isinstance(record.args, tuple) and len(record.args) == 2:
                captured.append((str(record.args[0]), tuple(record.args[1] or ())))

    log = logging.getLogger("tortoise.db_client")
    handler = Handler(logging.DEBUG)
    log.addHandler(handler)
    old_level, log.propagate = log.level, False
    log.setLevel(logging.DEBUG)
    await init_db(url)
    try:
        clock = SystemClock()
        audit = AuditLog(clock)
        from core.invoice_platform_sandbox import SandboxInvoicePlatform

        service = InvoiceService(clock, audit, CompanyService(clock, audit), "http://127.0.0.1",
                                 SandboxInvoicePlatform(clock))
        captured.clear()
        await service.search(filters_from_mapping(search_params(params)), Actor(channel="api", account_id=account_id))
    finally:
        log.removeHandler(handler)
        log.setLevel(old_level)
        await close_db()
    # The page's statement (the ORM quotes the table, core/adapters/hot_queries does not; not invoice_line).
    return [(sql, values) for sql, values in captured if re.search(r'FROM "?invoice"?\s', sql) and "ORDER BY" in sql]


def search_params(params: dict[str, str]) -> dict[str, str]:
    """The core search's own parameters for an API request's: the API's cursor (bound to the list,
    miniapp_api/pagination.py) carries the search's cursor inside it as ``p``."""
    raw = params.get("cursor")
    if not raw:
        return params
    data = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
    return {**params, "cursor": str(data["p"])}


def inline(sql: str, values: tuple[Any, ...]) -> str:
    def literal(value: Any) -> str:
        if value is None:
            return "NULL"
        if isinstance(value, bool):
            return "TRUE" if value else "FALSE"
        if isinstance(value, int | float | Decimal):
            return str(value)
        return "'" + str(value).replace("'", "''") + "'"

    return re.sub(r"\$(\d+)", lambda m: literal(values[int(m.group(1)) - 1]), sql)


def explain(sql: str) -> str:
    return benchlib.psql("EXPLAIN (ANALYZE, BUFFERS) " + sql, database=DATABASE, tuples_only=False)


# -- main ------------------------------------------------------------------------------------------------


def flush_redis(db: int) -> None:
    import redis

    if db in (0, 15):
        raise SystemExit("Redis databases 0 and 15 belong to development and CI")
    client = redis.Redis(host="127.0.0.1", port=6379, db=db, socket_timeout=5)
    try:
        client.flushdb()
    finally:
        client.close()


def loaded_sizes() -> list[int] | None:
    try:
        rows = benchlib.psql("SELECT company_id, count(*) FROM invoice GROUP BY company_id ORDER BY company_id",
                             database=DATABASE).split()
    except RuntimeError:
        return None
    return [int(row.split("|")[1]) for row in rows]


async def run(args: argparse.Namespace) -> int:
    global DATABASE
    DATABASE = args.database
    redis_url = f"redis://127.0.0.1:6379/{args.redis_db}"
    workdir = Path(tempfile.mkdtemp(prefix="fapiao-bench-list-"))
    env = {"SMS_PROVIDER": "console", "ENVIRONMENT": "development", "DATA_DIR": str(workdir / "data"),
           "DATABASE_URL": benchlib.postgres_url(DATABASE), "REDIS_URL": redis_url,
           "WECHAT_API": "console", "EMAIL_PROVIDER": "console",
           # No scheduled backup in the measured server: a fresh DATA_DIR makes one due at once,
           # and it dumps the database in the server's event loop (minutes at 10M rows).
           "BACKUP_INTERVAL_HOURS": "0"}
    sizes = [args.rows, args.second, args.small]
    reuse = args.reuse and loaded_sizes() == sizes
    benchlib.print_header("list / search invoices through the API", {
        "backend": f"PostgreSQL ({benchlib.postgres_version()}) db {DATABASE} + Redis db {args.redis_db}",
        "server": "one `fapiao serve` process (single process, as today); requests sent one at a time",
        "command": "bench/bench_list_query.py " + " ".join(sys.argv[1:]),
        "db round trip": await benchlib.pg_round_trip_probe(),
        "data": f"company A {args.rows:,}, company B {args.second:,}, company C {args.small:,} invoices"
                f"{' (reused from a previous load)' if reuse else ''}",
        "workload": f"each query shape {args.repeat}× after {args.warmup} warm-up, default page size 20",
    })
    flush_redis(args.redis_db)
    if not reuse:
        benchlib.recreate_database(DATABASE)
    benchlib.run_migrate(env, workdir)
    server = benchlib.ServerProcess(env, workdir)
    server.start()
    rc = 0
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
            tokens = []
            for phone, company, tax_id in USERS:
                if reuse:
                    mark = len(server.lines)
                    await benchlib.api_call(session, server.base_url, "POST", "/auth/sms-codes",
                                            {"phone": phone, "purpose": "login"}, expect=202)
                    code = await asyncio.to_thread(server.sms_code, phone, 10, mark)
                    _, body = await benchlib.api_call(session, server.base_url, "POST", "/auth/login/sms",
                                                      {"phone": phone, "code": code}, expect=200)
                    tokens.append(str(body["token"]))
                else:
                    tokens.append(await benchlib.register_with_company(session, server, phone, company, tax_id))
            ids = benchlib.psql("SELECT c.id, a.id FROM company c JOIN membership m ON m.company_id = c.id "
                                "JOIN account a ON a.id = m.account_id ORDER BY c.id", database=DATABASE).split()
            company_ids = [int(row.split("|")[0]) for row in ids]
            account_ids = [int(row.split("|")[1]) for row in ids]
            if not reuse:
                print(f"\nbulk load (COPY) of {sum(sizes):,} invoices for companies {company_ids} ...", flush=True)
                started = time.perf_counter()
                loader = args.loader or ("sql" if sum(sizes) >= 2_000_000 else "copy")
                if loader == "sql":
                    await bulk_load_sql(company_ids, account_ids, sizes)
                else:
                    await bulk_load(company_ids, account_ids, sizes, args.chunk)
                print(f"  COPY done in {time.perf_counter() - started:.0f} s; VACUUM ANALYZE ...", flush=True)
                for table in ("invoice", "invoice_line"):
                    benchlib.psql(f"VACUUM ANALYZE {table}", database=DATABASE)
                print(f"  load + VACUUM ANALYZE: {time.perf_counter() - started:.0f} s")
            if args.load_only:
                print("--load-only: loaded, not measuring")
                return 0
            sizes_text = benchlib.psql(
                "SELECT pg_size_pretty(pg_total_relation_size('invoice')), "
                "pg_size_pretty(pg_total_relation_size('invoice_line')), (SELECT count(*) FROM invoice_line)",
                database=DATABASE).strip().split("|")
            print(f"\ntable sizes (with indexes): invoice {sizes_text[0]}, invoice_line {sizes_text[1]} "
                  f"({int(sizes_text[2]):,} lines)")

            measured = {"A": (0, args.rows), "C": (2, args.small)}
            all_results: dict[str, tuple[list[Any], dict[str, dict[str, Any]]]] = {}
            for label, (index, size) in measured.items():
                shapes = shapes_for(company_ids[index])
                print(f"\nmeasuring company {label} ({size:,} invoices) ...", flush=True)
                results = await measure(session, server, tokens[index], shapes, args.repeat, args.warmup,
                                        args.shape_budget)
                all_results[label] = (shapes, results)
                print_table(f"company {label}: {size:,} invoices (target p95 ≤ 30 ms at 1M)", shapes, results,
                            30.0 if label == "A" else None)

            print("\n-- scaling: p95 ms at 10k vs 1M rows --")
            shapes_a, results_a = all_results["A"]
            _, results_c = all_results["C"]
            for name, _, _ in shapes_a:
                print(f"{name:<22} {results_c[name]['p95']:8.1f} -> {results_a[name]['p95']:8.1f}  "
                      f"(x{results_a[name]['p95'] / results_c[name]['p95']:.1f})")

            url = benchlib.postgres_url(DATABASE)
            slow = sorted(shapes_a, key=lambda s: results_a[s[0]]["p95"], reverse=True)
            over = [shape for shape in slow if results_a[shape[0]]["p95"] > 30.0]
            sql_of: dict[str, str] = {}
            for name, params, _ in slow:
                statements = await captured_sql(url, account_ids[0], params)
                sql_of[name] = inline(*statements[0])
            for position, (name, _, _) in enumerate(over[: max(args.explain, 1)] if args.explain else over):
                print(f"\n-- EXPLAIN (ANALYZE, BUFFERS) of '{name}' at {args.rows:,} rows "
                      f"(p95 {results_a[name]['p95']:.1f} ms{', the slowest shape' if position == 0 else ''}); "
                      "the SQL InvoiceService.search sends, parameters inlined --")
                print(sql_of[name])
                print(explain(sql_of[name]))

            if args.try_indexes:
                print("\n-- with the proposed indexes --")
                for why, create, _ in PROPOSED_INDEXES:
                    started = time.perf_counter()
                    benchlib.psql(create, database=DATABASE)
                    print(f"{create};  -- {why}; built in {time.perf_counter() - started:.1f} s")
                benchlib.psql("ANALYZE invoice", database=DATABASE)
                # A deployment restarts after a migration; a fresh server also starts with fresh prepared
                # statements (a long-lived one may keep a generic plan chosen before the index existed).
                print(f"restarting the server (exit code {server.stop()}) ...", flush=True)
                benchlib.run_migrate(env, workdir)  # in case the migration files changed meanwhile
                server = benchlib.ServerProcess(env, workdir)
                server.start()
                after_a: dict[str, dict[str, Any]] = {}
                for label, (shapes, before) in all_results.items():
                    index = measured[label][0]
                    after = await measure(session, server, tokens[index], shapes, args.repeat, args.warmup,
                                          args.shape_budget)
                    print_table(f"company {label} with the proposed indexes", shapes, after,
                                30.0 if label == "A" else None)
                    if label == "A":
                        after_a = after
                        for name, _, _ in shapes:
                            print(f"  {name:<22} p95 {before[name]['p95']:8.1f} -> {after[name]['p95']:8.1f} ms")
                for name, _, _ in over:
                    if name in ("date range (1 month)",):
                        continue  # shown below with the rewrite it needs
                    print(f"\n-- EXPLAIN (ANALYZE, BUFFERS) of '{name}' with the proposed indexes "
                          f"(p95 now {after_a[name]['p95']:.1f} ms) --")
                    print(explain(sql_of[name]))
                if not args.keep_indexes:
                    for _, _, drop in PROPOSED_INDEXES:
                        benchlib.psql(drop, database=DATABASE)
                    print("(proposed indexes dropped again: the database is back to the migrated schema)")

            # The date range sorted by id cannot be fixed by an index alone (the planner walks the
            # primary key backwards, not knowing that ids follow dates): show the rewrite it needs.
            date_sql = sql_of.get("date range (1 month)")
            if date_sql and 'ORDER BY "id" DESC' in date_sql:
                rewritten = date_sql.replace('ORDER BY "id" DESC', 'ORDER BY "issue_date" DESC,"id" DESC')
                benchlib.psql(DATE_INDEX[0], database=DATABASE)
                benchlib.psql("ANALYZE invoice", database=DATABASE)
                print(f"\n-- date range: the same query ordered by issue_date, id with {DATE_INDEX[0]} --")
                print(explain(rewritten))
                if not args.keep_indexes:
                    benchlib.psql(DATE_INDEX[1], database=DATABASE)
            errors = sum(r["errors"] for _, res in all_results.values() for r in res.values())
            rc = 1 if errors else 0
            server_errors = server.error_lines()
            if server_errors:
                print(f"server log has {len(server_errors)} ERROR lines; first: {server_errors[0].strip()}")
    finally:
        code = server.stop()
        print(f"\nserver stopped with SIGTERM (exit code {code})")
        shutil.rmtree(workdir, ignore_errors=True)
    return rc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="invoices of company A (measured)")
    parser.add_argument("--second", type=int, default=50_000, help="invoices of company B (another tenant)")
    parser.add_argument("--small", type=int, default=10_000, help="invoices of company C (scaling comparison)")
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--shape-budget", type=float, default=60,
                        help="seconds per query shape at most (fewer than --repeat requests if slower)")
    parser.add_argument("--chunk", type=int, default=50_000, help="rows per COPY")
    parser.add_argument("--explain", type=int, default=0,
                        help="EXPLAIN only the N slowest shapes over the 30 ms target (default 0: all of them)")
    parser.add_argument("--reuse", action="store_true", help="keep an already loaded database of the same sizes")
    parser.add_argument("--try-indexes", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--database", default=DATABASE, help="fapiao_bench* database (kept with --reuse)")
    parser.add_argument("--redis-db", type=int, default=benchlib.BENCH_REDIS_DB)
    parser.add_argument("--loader", choices=["copy", "sql"], default=None,
                        help="copy: rows made in Python; sql: generate_series in PostgreSQL (default from 2M rows)")
    parser.add_argument("--load-only", action="store_true", help="load (or check a --reuse load) and stop")
    parser.add_argument("--keep-indexes", action="store_true")
    args = parser.parse_args()
    if min(args.rows, args.second, args.small) < 100 or args.repeat < 1:
        parser.error("sizes must be ≥ 100 and --repeat ≥ 1")
    raise SystemExit(asyncio.run(run(args)))


if __name__ == "__main__":
    main()
