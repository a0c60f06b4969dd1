"""Acceptance check for backups (issue 6): back up while the server is issuing, restore into a
fresh PostgreSQL database, and compare what a user sees.

    .venv/bin/python bench/backup_under_load.py [--workers 2] [--seconds 20]

1. Starts ``fapiao serve --workers N`` on PostgreSQL (database ``fapiao_bench_backup_src``,
   recreated) and Redis (the bench database), registers a user and a company.
2. Issues invoices through the API from 8 concurrent clients and downloads each PDF, for
   ``--seconds``; in the middle it runs ``fapiao backup --to DIR`` (a separate process, as an
   operator would).
3. Restores the backup into a fresh database (``fapiao_bench_backup_dst``) and a fresh data
   folder with ``fapiao restore --from DIR``, starts a server on it, logs in again (sessions
   live in Redis and are not part of a backup) and compares, for every invoice in the
   backup, the API's JSON and the PDF bytes of the two servers.
4. Checks that ``fapiao audit verify`` passes on the restored database and that a new
   invoice on it gets the next number.

Stops by itself; exit code 0 when every check passed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import benchlib

SOURCE, TARGET = "fapiao_bench_backup_src", "fapiao_bench_backup_dst"
PHONE = "13800138000"
BODY = benchlib.SPECIAL_BODY
checks: list[tuple[bool, str]] = []


def check(ok: bool, what: str) -> None:
    checks.append((ok, what))
    print(f"  {'PASS' if ok else 'FAIL'}  {what}")


def fapiao(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([benchlib.fapiao_executable(), *args], env={**benchlib.os.environ, **env}, cwd=cwd,
                          capture_output=True, text=True, timeout=600)


async def issue_and_download(session: aiohttp.ClientSession, base: str, token: str, stop: asyncio.Event,
                             issued: list[dict[str, Any]]) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    while not stop.is_set():
        async with session.post(base + "/api/v1/invoices", json=BODY, headers=headers) as resp:
            if resp.status != 201:
                raise SystemExit(f"issue answered {resp.status}: {await resp.text()}")
            invoice = await resp.json()
        async with session.get(base + f"/api/v1/invoices/{invoice['id']}/pdf", headers=headers) as resp:
            await resp.read()
        issued.append(invoice)


async def login(session: aiohttp.ClientSession, base: str) -> str:
    async with session.post(base + "/api/v1/auth/login", json={"phone": PHONE, "password": benchlib.PASSWORD}) as r:
        body = await r.json()
        if r.status != 200:
            raise SystemExit(f"login answered {r.status}: {body}")
        return str(body["token"])


async def fetch(session: aiohttp.ClientSession, base: str, token: str, path: str) -> tuple[int, bytes]:
    async with session.get(base + path, headers={"Authorization": f"Bearer {token}"}) as resp:
        return resp.status, await resp.read()


async def run(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="fapiao-backup-accept-"))
    base_env = {"SMS_PROVIDER": "console", "WECHAT_API": "console", "EMAIL_PROVIDER": "console",
                "REDIS_URL": benchlib.BENCH_REDIS_URL, "BACKUP_INTERVAL_HOURS": "0"}
    src_env = {**base_env, "DATABASE_URL": benchlib.postgres_url(SOURCE), "DATA_DIR": str(work / "src")}
    dst_env = {**base_env, "DATABASE_URL": benchlib.postgres_url(TARGET), "DATA_DIR": str(work / "dst")}
    benchlib.recreate_database(SOURCE)
    benchlib.recreate_database(TARGET)
    benchlib.flush_bench_redis()
    benchlib.run_migrate(src_env, work)
    backup_dir = work / "backup"
    print(f"work folder {work}; source {SOURCE}, target {TARGET}, workers {args.workers}")

    source = benchlib.ServerProcess(src_env, work, extra_args=["--workers", str(args.workers)])
    source.start()
    target: benchlib.ServerProcess | None = None
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
            token = await benchlib.register_with_company(session, source, PHONE, "武汉光谷软件有限公司")
            stop, issued = asyncio.Event(), []
            clients = [asyncio.create_task(issue_and_download(session, source.base_url, token, stop, issued))
                       for _ in range(8)]
            await asyncio.sleep(args.seconds / 2)
            before = len(issued)
            started = time.monotonic()
            result = await asyncio.to_thread(fapiao, src_env, work, "backup", "--to", str(backup_dir))
            took = time.monotonic() - started
            during = len(issued) - before
            await asyncio.sleep(args.seconds / 2)
            stop.set()
            await asyncio.gather(*clients)
            print(result.stdout.strip()[-1500:])
            check(result.returncode == 0, f"`fapiao backup` succeeded under load in {took:.1f} s "
                                          f"({during} invoices issued while it ran, {len(issued)} in all)")
            manifest = json.loads((backup_dir / "manifest.json").read_text())
            in_backup = [json.loads(line) for line in
                         (backup_dir / manifest["tables"]["invoice"]["file"]).read_text().splitlines() if line]
            in_backup = [row for row in in_backup if row["status"] == "issued"]
            check(0 < len(in_backup) <= len(issued), f"the backup holds {len(in_backup)} issued invoices "
                                                     f"(a consistent snapshot taken mid-load)")

            restored = await asyncio.to_thread(fapiao, dst_env, work, "restore", "--from", str(backup_dir))
            print(restored.stdout.strip()[-1500:])
            check(restored.returncode == 0, "`fapiao restore` into a fresh PostgreSQL database succeeded")

            target = benchlib.ServerProcess(dst_env, work)
            target.start()
            token_src = await login(session, source.base_url)
            token_dst = await login(session, target.base_url)
            same_json = same_pdf = 0
            for row in in_backup:
                path = f"/api/v1/invoices/{row['id']}"
                a, b = (await fetch(session, source.base_url, token_src, path),
                        await fetch(session, target.base_url, token_dst, path))
                same_json += a == b and a[0] == 200
                a, b = (await fetch(session, source.base_url, token_src, path + "/pdf"),
                        await fetch(session, target.base_url, token_dst, path + "/pdf"))
                same_pdf += a == b and a[0] == 200 and a[1].startswith(b"%PDF")
            check(same_json == len(in_backup), f"{same_json}/{len(in_backup)} invoices identical through the API")
            check(same_pdf == len(in_backup), f"{same_pdf}/{len(in_backup)} PDFs identical byte for byte")

            verify = await asyncio.to_thread(fapiao, dst_env, work, "audit", "verify")
            check(verify.returncode == 0, "audit verify on the restored database: " + verify.stdout.strip())
            numbers = sorted(int(row["number"][-15:]) for row in in_backup)
            async with session.post(target.base_url + "/api/v1/invoices", json=BODY,
                                    headers={"Authorization": f"Bearer {token_dst}"}) as resp:
                fresh = await resp.json()
            check(resp.status == 201 and int(fresh["number"][-15:]) == numbers[-1] + 1,
                  f"a new invoice on the restored database gets the next number ({fresh.get('number')})")
    finally:
        if target is not None:
            target.stop()
        source.stop()
    failed = [what for ok, what in checks if not ok]
    print(f"\nbackup under load: {len(checks) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=20)
    raise SystemExit(asyncio.run(run(parser.parse_args())))


if __name__ == "__main__":
    main()
