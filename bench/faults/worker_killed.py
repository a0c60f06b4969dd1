"""Fault: a worker is killed (``kill -9``) in the middle of an issuing load on PostgreSQL.

    .venv/bin/python bench/faults/worker_killed.py [--clients 8] [--kill-after 200]

Database ``test_faults`` (schema reset, ``fapiao migrate``) and Redis database 7 (flushed).
Two companies; ``--clients`` concurrent API clients issue 2-line 专票 with varying amounts
(every other client sends an ``Idempotency-Key``), while a staff account answers support
tickets (each answer writes an outbox row the relay delivers). Once ``--kill-after``
invoices were acknowledged the server gets SIGKILL; it is started again and the script
verifies:

* every invoice acknowledged to a client (201 with a number) exists with that number,
  company and totals;
* numbering is gapless per series (``invoice_counter``) and no number is used twice;
* nothing is half-written: no invoice stuck in ``issuing``/``draft`` with a number, every
  issued invoice has lines adding up to its header, its ``issued`` event and audit entry,
  and every idempotency record points at an issued invoice;
* clients retrying with the same ``Idempotency-Key`` after the restart get the same
  invoice (acknowledged before, or committed but unacknowledged), never a second one;
* after the restart the outbox delivers everything (every ``outbox_event`` reaches
  ``delivered``; rows a killed relay held in ``delivering`` are taken over after the lease).

If ``fapiao serve --workers N`` exists, the script runs two workers and kills one of them
instead of the whole server (then restarts the server all the same).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import aiohttp
import faultlib
from faultlib import Report, ServerProcess, api_call

PHONES = ("13900139001", "13900139002")
STAFF_PHONE = "13900139009"
LEASE_WAIT_SECONDS = 150  # the relay's lease is 60 s; a killed relay's claims wait for it


@dataclass
class Attempt:
    company: int
    key: str | None
    body: dict[str, Any]
    status: str = "?"  # "201", another status, or the exception name
    invoice: dict[str, Any] | None = None


@dataclass
class Load:
    attempts: list[Attempt] = field(default_factory=list)
    acknowledged: int = 0
    staff_replies: int = 0
    stop: asyncio.Event = field(default_factory=asyncio.Event)


def invoice_body(rng: random.Random) -> dict[str, Any]:
    amount = Decimal(rng.randint(100, 99999)) / 100
    quantity = rng.randint(1, 20)
    return {
        "kind": "special",
        "price_includes_tax": True,
        "buyer": {"name": "深圳某某科技有限公司", "tax_id": faultlib.USCC_2},
        "lines": [
            {"name": "技术服务费", "amount": str(amount), "rate": "0.06"},
            {"name": "打印纸", "quantity": str(quantity), "unit_price": "22.6", "rate": "0.13", "unit": "包"},
        ],
    }


async def issue_client(session: aiohttp.ClientSession, base_url: str, token: str, company: int, use_key: bool,
                       seed: int, load: Load) -> None:
    rng = random.Random(seed)
    while not load.stop.is_set():
        attempt = Attempt(company, f"kill-{uuid.uuid4().hex}" if use_key else None, invoice_body(rng))
        load.attempts.append(attempt)
        headers = {"Idempotency-Key": attempt.key} if attempt.key else {}
        try:
            status, body = await api_call(session, base_url, "POST", "/invoices", attempt.body, token=token,
                                          headers=headers, timeout=aiohttp.ClientTimeout(total=20))
            attempt.status = str(status)
            if status == 201 and isinstance(body, dict) and body.get("number"):
                attempt.invoice = body
                load.acknowledged += 1
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            attempt.status = type(exc).__name__
            return  # the server is gone: this client stops (it retries after the restart)


async def staff_client(session: aiohttp.ClientSession, base_url: str, staff_token: str, tickets: list[int],
                       load: Load) -> None:
    index = 0
    while not load.stop.is_set():
        ticket = tickets[index % len(tickets)]
        index += 1
        try:
            status, _ = await api_call(session, base_url, "POST", f"/tickets/{ticket}/replies",
                                       {"text": f"客服答复 {index}"}, token=staff_token)
            if status == 200:
                load.staff_replies += 1
        except (aiohttp.ClientError, TimeoutError, OSError):
            return
        await asyncio.sleep(0.01)


async def login(session: aiohttp.ClientSession, base_url: str, phone: str) -> str:
    _, body = await api_call(session, base_url, "POST", "/auth/login", {"phone": phone, "password": faultlib.PASSWORD},
                             expect=200)
    return str(body["token"])


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--kill-after", type=int, default=200, help="acknowledged invoices before the kill")
    parser.add_argument("--mode", choices=("auto", "worker", "server"), default="auto",
                        help="worker: `serve --workers 2`, kill one worker; server: kill -9 the whole server and "
                             "restart it (auto: worker when --workers exists)")
    args = parser.parse_args()
    report = Report("worker_killed")
    mode = args.mode
    if mode == "auto":
        mode = "worker" if faultlib.serve_supports_workers() else "server"
    multi = mode == "worker"
    benchmark_extra = {"database": f"PostgreSQL {faultlib.DATABASE}", "redis": faultlib.SHARED_REDIS_URL,
                       "mode": "2 workers, one killed" if multi else "one process, killed"}
    faultlib.benchlib.print_header("fault: worker killed during an issuing load", benchmark_extra)
    if mode == "server":
        report.note("mode server: the whole server process is killed with SIGKILL and started again")
    else:
        report.note("mode worker: `fapiao serve --workers 2`, one worker is killed with SIGKILL")

    with faultlib.workdir("killed") as tmp:
        faultlib.reset_database()
        faultlib.flush_redis(faultlib.SHARED_REDIS_URL)
        env = faultlib.server_env(tmp, database_url=faultlib.pg_url(), redis_url=faultlib.SHARED_REDIS_URL)
        faultlib.migrate(env, tmp)
        port = faultlib.benchlib.free_port()
        extra = ["--workers", "2"] if multi else []
        server = ServerProcess(env, tmp, port=port, extra_args=extra)
        server.start()
        base = server.base_url
        load = Load()
        try:
            async with aiohttp.ClientSession() as session:
                report.step("setup: two companies, a staff account, support tickets")
                tokens = [await faultlib.benchlib.register_with_company(session, server, PHONES[0], "武汉甲公司",
                                                                        faultlib.USCC),
                          await faultlib.benchlib.register_with_company(session, server, PHONES[1], "武汉乙公司",
                                                                        faultlib.USCC_2)]
                mark = len(server.lines)
                await api_call(session, base, "POST", "/auth/sms-codes", {"phone": STAFF_PHONE, "purpose": "register"},
                               expect=202)
                code = await asyncio.to_thread(server.sms_code, STAFF_PHONE, 10, mark)
                await api_call(session, base, "POST", "/auth/register", {
                    "phone": STAFF_PHONE, "code": code, "password": faultlib.PASSWORD, "display_name": "客服"},
                    expect=201)
                promoted = await asyncio.to_thread(
                    subprocess.run, [faultlib.fapiao_executable(), "staff", "create", STAFF_PHONE],
                    env={**os.environ, **env}, cwd=tmp, capture_output=True, text=True, timeout=120)
                if promoted.returncode != 0:
                    raise faultlib.SetupFailed(f"fapiao staff create failed: {promoted.stderr}")
                staff_token = await login(session, base, STAFF_PHONE)
                tickets = []
                for i in range(5):
                    _, ticket = await api_call(session, base, "POST", "/tickets", {
                        "subject": f"开票问题 {i}", "description": "开票时提示错误", "category": "发票开具"},
                        token=tokens[0], expect=201)
                    tickets.append(int(ticket["id"]))

                if mode == "worker":
                    until = time.monotonic() + 30
                    while sum("serving on" in line for line in server.lines) < 2 and time.monotonic() < until:  # noqa: ASYNC110
                        await asyncio.sleep(0.1)
                report.step(f"load: {args.clients} issuing clients (half with Idempotency-Key) + staff replies")
                started = time.monotonic()
                tasks = [asyncio.create_task(issue_client(session, base, tokens[i % 2], i % 2, use_key=i % 4 >= 2,
                                                          seed=i, load=load)) for i in range(args.clients)]
                tasks.append(asyncio.create_task(staff_client(session, base, staff_token, tickets, load)))
                deadline = time.monotonic() + 120
                while load.acknowledged < args.kill_after and time.monotonic() < deadline:  # noqa: ASYNC110
                    await asyncio.sleep(0.02)
                killed_pid = server.pid
                if mode == "worker":
                    workers = faultlib.worker_pids(server.pid)
                    if len(workers) < 2:
                        raise faultlib.SetupFailed(f"expected 2 worker processes, found {workers}")
                    killed_pid = workers[0]
                faultlib.kill9(killed_pid)
                kill_at = time.monotonic()
                report.note(f"kill -9 pid {killed_pid} ({'one worker of two' if mode == 'worker' else 'the server'}) "
                            f"after {kill_at - started:.1f} s of load, {load.acknowledged} invoices acknowledged, "
                            f"{load.staff_replies} staff replies")
                if mode == "worker":
                    # The other worker keeps serving; the supervisor starts a new one.
                    acked_at_kill = load.acknowledged
                    replaced = False
                    until = time.monotonic() + 20
                    while time.monotonic() < until:
                        now_workers = faultlib.worker_pids(server.pid)
                        if len(now_workers) == 2 and killed_pid not in now_workers:
                            replaced = True
                            break
                        await asyncio.sleep(0.1)
                    await asyncio.sleep(2.0)
                    load.stop.set()
                    await asyncio.wait(tasks, timeout=30)
                    report.check(replaced, "the supervisor replaced the killed worker",
                                 f"workers now {faultlib.worker_pids(server.pid)}")
                    report.check(load.acknowledged > acked_at_kill,
                                 "issuing went on through the surviving worker",
                                 f"{load.acknowledged - acked_at_kill} acknowledged after the kill")
                else:
                    await asyncio.wait(tasks, timeout=30)
                    load.stop.set()
                    server.proc.wait(10)  # type: ignore[union-attr]
                for task in tasks:
                    task.cancel()

                statuses = Counter(a.status for a in load.attempts)
                report.note(f"requests: {dict(statuses)}")
                outbox_at_kill = dict(Counter(r[0] for r in faultlib.db_rows("SELECT status FROM outbox_event")))
                report.note(f"outbox rows when the load stopped: {outbox_at_kill}")

                if mode == "server":
                    report.step("restart")
                    server = ServerProcess(env, tmp, port=port, extra_args=extra)
                    server.start()
                restarted_at = time.monotonic()
                after_what = "restart" if mode == "server" else "kill"

                # -- acknowledged invoices exist as acknowledged ------------------------------------------
                acked = [a for a in load.attempts if a.invoice is not None]
                rows = {r[0]: r for r in faultlib.db_rows(
                    "SELECT number, company_id, status, total, total_amount, total_tax FROM invoice "
                    "WHERE number IS NOT NULL")}
                company_ids = {c: int(faultlib.db_rows(f"SELECT id FROM company WHERE tax_id = '{t}'")[0][0])
                               for c, t in ((0, faultlib.USCC), (1, faultlib.USCC_2))}
                missing, wrong = [], []
                for a in acked:
                    assert a.invoice is not None
                    row = rows.get(a.invoice["number"])
                    if row is None:
                        missing.append(a.invoice["number"])
                    elif (int(row[1]) != company_ids[a.company] or row[2] != "issued"
                          or Decimal(row[3]) != Decimal(a.invoice["amount_incl_tax"])
                          or Decimal(row[4]) != Decimal(a.invoice["amount_excl_tax"])
                          or Decimal(row[5]) != Decimal(a.invoice["tax"])):
                        wrong.append(a.invoice["number"])
                report.check(not missing and not wrong and len(acked) > 0,
                             f"all {len(acked)} acknowledged invoices exist with the same number, company and totals",
                             f"missing {missing[:5]}, different {wrong[:5]}" if missing or wrong else "")
                numbers = [a.invoice["number"] for a in acked if a.invoice]
                report.check(len(numbers) == len(set(numbers)), "no number was acknowledged twice")

                # -- gapless numbering per series ----------------------------------------------------------
                counters = faultlib.db_rows("SELECT series, last_value FROM invoice_counter")
                issued_numbers = sorted(rows)
                gap_problems = []
                for series, last in counters:
                    year = series.split("-")[0][2:]
                    province = series.split("-")[1]
                    in_series = sorted(int(n[5:]) for n in issued_numbers if n[:2] == year and n[2:4] == province)
                    if in_series != list(range(1, int(last) + 1)):
                        gap_problems.append(f"{series}: {len(in_series)} numbers, counter {last}")
                report.check(bool(counters) and not gap_problems,
                             f"numbering gapless per series ({', '.join(f'{s} = 1..{v}' for s, v in counters)})",
                             "; ".join(gap_problems))

                # -- nothing half-written --------------------------------------------------------------------
                stuck = faultlib.db_count("SELECT count(*) FROM invoice WHERE status IN ('issuing', 'deleting') "
                                          "OR (status = 'draft' AND number IS NOT NULL) "
                                          "OR (status = 'issued' AND (number IS NULL OR verify_token IS NULL))")
                no_lines = faultlib.db_count("SELECT count(*) FROM invoice i WHERE NOT EXISTS "
                                             "(SELECT 1 FROM invoice_line l WHERE l.invoice_id = i.id)")
                bad_sums = faultlib.db_count(
                    "SELECT count(*) FROM invoice i JOIN (SELECT invoice_id, sum(amount) a, sum(tax) t "
                    "FROM invoice_line GROUP BY invoice_id) s ON s.invoice_id = i.id "
                    "WHERE s.a <> i.total_amount OR s.t <> i.total_tax OR i.total <> i.total_amount + i.total_tax")
                no_event = faultlib.db_count(
                    "SELECT count(*) FROM invoice i WHERE i.status = 'issued' AND NOT EXISTS "
                    "(SELECT 1 FROM invoice_event e WHERE e.invoice_id = i.id AND e.action = 'issued')")
                no_audit = faultlib.db_count(
                    "SELECT count(*) FROM invoice i WHERE i.status = 'issued' AND NOT EXISTS "
                    "(SELECT 1 FROM audit_entry a WHERE a.target = 'invoice:' || i.id AND a.action = 'invoice.issued')")
                orphan_keys = faultlib.db_count(
                    "SELECT count(*) FROM idempotency_record r LEFT JOIN invoice i ON i.id = r.invoice_id "
                    "WHERE i.id IS NULL OR i.status <> 'issued'")
                total_invoices = faultlib.db_count("SELECT count(*) FROM invoice")
                report.check(stuck == 0 and no_lines == 0 and bad_sums == 0,
                             f"no half-written invoice among {total_invoices} (none stuck in issuing, all have lines "
                             f"adding up to the header)", f"stuck {stuck}, without lines {no_lines}, sums {bad_sums}")
                report.check(no_event == 0 and no_audit == 0,
                             "every issued invoice has its 'issued' event and audit entry",
                             f"without event {no_event}, without audit {no_audit}")
                report.check(orphan_keys == 0, "every idempotency record points at an issued invoice",
                             f"{orphan_keys} orphans")
                unacked = total_invoices - len(acked)
                report.note(f"{unacked} invoice(s) committed but never acknowledged (in flight at the kill)")

                # -- retries with the same Idempotency-Key after the restart -----------------------------
                keyed = [a for a in load.attempts if a.key]
                relogin = [await login(session, server.base_url, p) for p in PHONES]  # sessions live in Redis
                same, different, recovered, created, errors = 0, [], 0, 0, []
                for a in keyed:
                    status, body = await api_call(session, server.base_url, "POST", "/invoices", a.body,
                                                  token=relogin[a.company], headers={"Idempotency-Key": a.key})
                    if status not in (200, 201) or not isinstance(body, dict) or not body.get("number"):
                        errors.append(f"{status} {str(body)[:120]}")
                        continue
                    if a.invoice is not None:
                        if body["number"] == a.invoice["number"] and body["amount_incl_tax"] == a.invoice["amount_incl_tax"]:
                            same += 1
                        else:
                            different.append((a.invoice["number"], body["number"]))
                    else:
                        if body["number"] in rows:
                            recovered += 1
                        else:
                            created += 1
                        # and once more: the retry of the retry is the same invoice
                        _, again = await api_call(session, server.base_url, "POST", "/invoices", a.body,
                                                  token=relogin[a.company], headers={"Idempotency-Key": a.key})
                        if not isinstance(again, dict) or again.get("number") != body["number"]:
                            different.append((body["number"], str(again)[:40]))
                keys_per_invoice = faultlib.db_count(
                    "SELECT count(*) FROM (SELECT invoice_id FROM idempotency_record GROUP BY invoice_id "
                    "HAVING count(*) > 1) x")
                dup_keys = faultlib.db_count("SELECT count(*) FROM (SELECT company_id, key FROM idempotency_record "
                                             "GROUP BY company_id, key HAVING count(*) > 1) x")
                report.check(not different and not errors and keys_per_invoice == 0 and dup_keys == 0,
                             f"{len(keyed)} Idempotency-Key retries after the {after_what}: {same} got their acknowledged "
                             f"invoice again, {recovered} got the invoice committed before the kill, {created} "
                             f"issued once now; no second invoice for any key",
                             f"different {different[:3]}, errors {errors[:3]}" if different or errors else "")
                # the retries must not have consumed numbers beyond the invoices they created
                after = faultlib.db_count("SELECT count(*) FROM invoice")
                report.check(after == total_invoices + created,
                             "retries created exactly the invoices that did not exist yet",
                             f"{total_invoices} + {created} vs {after}")

                # -- the outbox drains -------------------------------------------------------------------------
                deadline = time.monotonic() + LEASE_WAIT_SECONDS
                while time.monotonic() < deadline:
                    left = faultlib.db_count("SELECT count(*) FROM outbox_event WHERE status <> 'delivered'")
                    if left == 0:
                        break
                    await asyncio.sleep(1)
                by_status = dict(Counter(r[0] for r in faultlib.db_rows("SELECT status FROM outbox_event")))
                total_events = sum(by_status.values())
                report.check(total_events > 0 and set(by_status) == {"delivered"},
                             f"after the {after_what} the outbox delivered everything ({total_events} events, "
                             f"drained {time.monotonic() - restarted_at:.0f} s later)", str(by_status))
                inbox = faultlib.db_count("SELECT count(DISTINCT event_id) FROM inbox_message")
                report.check(inbox == total_events, "each outbox event is in the message centre exactly once",
                             f"{inbox} inbox messages for {total_events} events")
                errors_logged = [line for line in server.error_lines() if "Traceback" in line or " ERROR " in line]
                report.check(not errors_logged, "the server logged no errors",
                             errors_logged[0].strip()[:200] if errors_logged else "")
        finally:
            server.stop()
    return report.finish()


if __name__ == "__main__":
    faultlib.run(main)
