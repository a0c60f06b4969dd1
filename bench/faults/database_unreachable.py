"""Fault: the database becomes unreachable, then comes back.

    .venv/bin/python bench/faults/database_unreachable.py [--outage 8]

The server reaches PostgreSQL (database ``test_faults``) through a small asyncio TCP proxy
run by this script; Redis is database 7. A user registers and creates a company in chat and
logs in through the API. Then the proxy is cut (listener closed, every open connection
reset): for ``--outage`` seconds the script keeps calling the API and chatting, and checks

* the API answers 503 with a Chinese JSON error (``error.service_unavailable``), never 500,
  and quickly;
* the bot answers HTTP 200 with a polite Chinese text (WeChat shows only a 200 reply to the
  user; a 5xx would show 「该公众号暂时无法提供服务」 and make WeChat retry), quickly.

Then the proxy listens again and, without restarting anything, the API and the bot recover
by themselves (the script measures how long it takes), an invoice can be issued through both,
and the server logged no traceback for the outage.
"""

from __future__ import annotations

import argparse
import asyncio
import time
import uuid
from collections import Counter

import aiohttp
import faultlib
from faultlib import ChatUser, CuttableProxy, Report, ServerProcess, api_call

PHONE = "13900139021"
OPENID = "o-db-outage-user"
QUICK_SECONDS = 3.0
BODY = {"kind": "normal", "price_includes_tax": True, "buyer": {"name": "张三", "is_person": True},
        "lines": [{"name": "餐费", "amount": "388", "rate": "0.06"}]}


async def api_probe(session: aiohttp.ClientSession, base: str, token: str) -> list[tuple[str, int, float, str]]:
    """A read, a write and a login; (what, status, seconds, message)."""
    out = []
    for method, path, body, headers in (
            ("GET", "/invoices", None, {}),
            ("POST", "/invoices", BODY, {"Idempotency-Key": f"outage-{uuid.uuid4().hex}"}),
            ("POST", "/auth/login", {"phone": PHONE, "password": faultlib.PASSWORD}, {})):
        started = time.perf_counter()
        try:
            status, data = await api_call(session, base, method, path, body, token=token, headers=headers,
                                          timeout=aiohttp.ClientTimeout(total=15))
            message = data.get("error", {}).get("message", "") if isinstance(data, dict) else ""
        except (TimeoutError, aiohttp.ClientError) as exc:
            status, message = -1, type(exc).__name__
        out.append((f"{method} {path}", status, time.perf_counter() - started, message))
    return out


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outage", type=float, default=8.0, help="seconds the database stays unreachable")
    args = parser.parse_args()
    report = Report("database_unreachable")
    proxy = CuttableProxy("127.0.0.1", faultlib.benchlib.PG_PORT)
    await proxy.start()
    faultlib.benchlib.print_header("fault: database unreachable, then back", {
        "database": f"PostgreSQL {faultlib.DATABASE} through a TCP proxy on 127.0.0.1:{proxy.port}",
        "redis": faultlib.SHARED_REDIS_URL})
    with faultlib.workdir("db") as tmp:
        faultlib.reset_database()
        faultlib.flush_redis(faultlib.SHARED_REDIS_URL)
        env = faultlib.server_env(tmp, database_url=faultlib.pg_url(proxy.port), redis_url=faultlib.SHARED_REDIS_URL)
        faultlib.migrate({**env, "DATABASE_URL": faultlib.pg_url()}, tmp)  # straight to PostgreSQL
        server = ServerProcess(env, tmp)
        await asyncio.to_thread(server.start)  # in a thread: the proxy runs on this event loop
        base = server.base_url
        try:
            async with aiohttp.ClientSession() as session:
                user = ChatUser(session, base, OPENID)
                report.step("setup: register and create a company in chat, log in through the API")
                await faultlib.register_in_chat(user, server, PHONE)
                await faultlib.create_company_in_chat(user, server)
                _, body = await api_call(session, base, "POST", "/auth/login",
                                         {"phone": PHONE, "password": faultlib.PASSWORD}, expect=200)
                token = body["token"]
                await api_call(session, base, "GET", "/invoices", token=token, expect=200)
                log_mark = len(server.lines)

                dropped = await proxy.cut()
                report.step(f"proxy cut ({dropped} open connections reset); {args.outage:.0f} s of outage")
                api_results: list[tuple[str, int, float, str]] = []
                chat_results: list[tuple[str, int, float, str]] = []
                until = time.monotonic() + args.outage
                while time.monotonic() < until:
                    api_results += await api_probe(session, base, token)
                    for text in ("最近发票", "开票 张三 餐费 388 普票", "我的账户"):
                        started = time.perf_counter()
                        try:
                            reply = await user.say(text, within=15)
                            chat_results.append((text, reply.status, time.perf_counter() - started,
                                                 reply.text or reply.raw))
                        except (TimeoutError, aiohttp.ClientError) as exc:
                            chat_results.append((text, -1, time.perf_counter() - started, type(exc).__name__))
                    await asyncio.sleep(0.3)
                statuses = Counter(f"{what} -> {status}" for what, status, _, _ in api_results)
                report.note(f"API during the outage: {dict(statuses)}")
                good_api = [r for r in api_results if r[1] == 503 and "服务暂时不可用" in r[3]]
                slowest = max((r[2] for r in api_results), default=0)
                report.check(len(good_api) == len(api_results) > 0,
                             f"API: all {len(api_results)} calls during the outage answered 503 with a Chinese "
                             f"message (slowest {slowest * 1000:.0f} ms)",
                             "; ".join(f"{w} {s} {m[:40]}" for w, s, _, m in api_results if (w, s, _, m) not in
                                       good_api)[:300])
                report.check(slowest < QUICK_SECONDS, f"API answers during the outage within {QUICK_SECONDS:.0f} s",
                             f"slowest {slowest:.2f} s")
                if api_results:
                    report.note(f"API error message: {api_results[0][3]}")
                good_chat = [r for r in chat_results if r[1] == 200 and "服务暂时不可用" in r[3]]
                slowest_chat = max((r[2] for r in chat_results), default=0)
                report.check(len(good_chat) == len(chat_results) > 0,
                             f"bot: all {len(chat_results)} messages during the outage got HTTP 200 with a polite "
                             f"Chinese reply (slowest {slowest_chat * 1000:.0f} ms)",
                             "; ".join(f"{t} {s} {m[:40]}" for t, s, _, m in chat_results if s != 200
                                       or "服务暂时不可用" not in m)[:300])
                report.check(slowest_chat < QUICK_SECONDS, f"bot answers during the outage within {QUICK_SECONDS:.0f} s",
                             f"slowest {slowest_chat:.2f} s")
                if chat_results:
                    report.note(f"bot reply during the outage: {chat_results[0][3]}")

                await proxy.restore()
                restored = time.monotonic()
                report.step("proxy restored; waiting for both transports to recover by themselves")
                api_ok = chat_ok = None
                while time.monotonic() - restored < 60 and (api_ok is None or chat_ok is None):
                    if api_ok is None:
                        status, _ = await api_call(session, base, "GET", "/invoices", token=token)
                        if status == 200:
                            api_ok = time.monotonic() - restored
                    if chat_ok is None:
                        reply = await user.say("我的账户")
                        if reply.status == 200 and "139****9021" in (reply.text or ""):
                            chat_ok = time.monotonic() - restored
                    await asyncio.sleep(0.2)
                report.check(api_ok is not None, "the API recovered without a restart",
                             f"{api_ok:.1f} s after the database came back" if api_ok is not None else "")
                report.check(chat_ok is not None, "the bot recovered without a restart",
                             f"{chat_ok:.1f} s after the database came back" if chat_ok is not None else "")
                status, issued = await api_call(session, base, "POST", "/invoices", BODY, token=token)
                report.check(status == 201 and bool(isinstance(issued, dict) and issued.get("number")),
                             "an invoice is issued through the API after the recovery", f"{status}")
                await user.expect("开票 张三 餐费 388 普票", "请确认")
                confirmed = await user.say("确认")
                report.check("开票成功" in (confirmed.text or ""), "an invoice is issued in chat after the recovery",
                             (confirmed.text or "")[:40])
                count = faultlib.db_count("SELECT count(*) FROM invoice WHERE number IS NOT NULL")
                report.check(count == 2, "exactly those two invoices exist (nothing was issued during the outage)",
                             f"{count} invoices")
                # asyncpg's pool logs its own retries to refill the pool as a WARNING with a traceback;
                # that is the library's, not ours, so it is counted apart.
                all_blocks = faultlib.tracebacks(server, limit=1000)
                blocks = [b for b in all_blocks if " asyncpg.pool " not in b.splitlines()[0]]
                if len(all_blocks) > len(blocks):
                    report.note(f"{len(all_blocks) - len(blocks)} traceback(s) from asyncpg.pool's own "
                                f"'Failed to restore the pool connection floor; retrying' warning (library logging)")
                outage_lines = [line for line in server.lines[log_mark:] if "unreachable" in line]
                report.check(not blocks, "no traceback in the server log (outages are logged as one-line warnings)",
                             f"{len(blocks)} traceback(s)")
                for block in blocks[:3]:
                    print(block[:400] + " ... " + block.strip().splitlines()[-1][:200])
                report.note(f"{len(outage_lines)} outage warning lines logged, e.g. "
                            f"{outage_lines[0].strip()[:160] if outage_lines else '-'}")
        finally:
            await asyncio.to_thread(server.stop)
            await proxy.cut()
    return report.finish()


if __name__ == "__main__":
    faultlib.run(main)
