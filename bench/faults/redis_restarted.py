"""Fault: Redis is restarted (losing every key) while a user is in the middle of a conversation.

    .venv/bin/python bench/faults/redis_restarted.py

Runs its own ``redis-server --port 6390 --save '' --appendonly no`` (so a restart keeps
nothing: dialog state, API sessions and de-duplication keys vanish) and PostgreSQL database
``test_faults``. A WeChat user registers and creates a company in chat, then asks for an
invoice in one message and stands at the confirmation card. Then:

1. Redis stops. The user sends 确认 (and a few other messages), the API gets calls: every
   chat message gets a polite text reply quickly (HTTP 200, never a 500 or a hang), every API
   call a 503 with a Chinese message; nothing is issued.
2. Redis starts again, empty. The same 确认 (same MsgId, as WeChat retries) and a new 确认
   get a clear answer and issue nothing; the user's WeChat binding (in PostgreSQL) survived;
   an API token is gone (401, Chinese message) and logging in again works.
3. The conversation restarts cleanly: 开票 … → card → 确认 issues exactly one invoice;
   resending that 确认 (same MsgId, and a new one) issues nothing more.
"""

from __future__ import annotations

import asyncio
import time

import aiohttp
import faultlib
from faultlib import ChatUser, OwnRedis, Report, ServerProcess, api_call

PHONE = "13900139011"
OPENID = "o-redis-restart-user"
QUICK_SECONDS = 3.0  # "quickly": well inside WeChat's 5-second window


def invoices() -> int:
    return faultlib.db_count("SELECT count(*) FROM invoice WHERE number IS NOT NULL")


async def main() -> int:
    report = Report("redis_restarted")
    faultlib.benchlib.print_header("fault: Redis restarted during a conversation", {
        "database": f"PostgreSQL {faultlib.DATABASE}", "redis": faultlib.OWN_REDIS_URL + " (own, nothing on disk)"})
    redis_server = OwnRedis()
    redis_server.start()
    faultlib.flush_redis(faultlib.OWN_REDIS_URL)
    with faultlib.workdir("redis") as tmp:
        faultlib.reset_database()
        env = faultlib.server_env(tmp, database_url=faultlib.pg_url(), redis_url=faultlib.OWN_REDIS_URL)
        faultlib.migrate(env, tmp)
        server = ServerProcess(env, tmp)
        server.start()
        try:
            async with aiohttp.ClientSession() as session:
                user = ChatUser(session, server.base_url, OPENID)
                report.step("setup: register and create a company in chat, log in through the API")
                await faultlib.register_in_chat(user, server, PHONE)
                await faultlib.create_company_in_chat(user, server)
                _, body = await api_call(session, server.base_url, "POST", "/auth/login",
                                         {"phone": PHONE, "password": faultlib.PASSWORD}, expect=200)
                token = body["token"]
                await user.expect("开票 张三 餐费 388 普票", "请确认")
                confirm_id = user.sim.next_msg_id()

                report.step("Redis stops (SHUTDOWN NOSAVE) with the user at the confirmation card")
                redis_server.stop()
                replies = []
                for text, msg_id in (("确认", confirm_id), ("确认", confirm_id), ("最近发票", None), ("帮助", None)):
                    started = time.perf_counter()
                    try:
                        replies.append((text, await user.say(text, msg_id=msg_id, within=10)))
                    except (TimeoutError, aiohttp.ClientError) as exc:
                        report.check(False, f"chat {text!r} while Redis is down is answered",
                                     f"{type(exc).__name__} after {time.perf_counter() - started:.1f} s")
                for text, reply in replies:
                    report.check(reply.status == 200 and bool(reply.text) and "服务暂时不可用" in (reply.text or "")
                                 and reply.seconds < QUICK_SECONDS,
                                 f"chat {text!r} while Redis is down: HTTP 200 with a polite text in "
                                 f"{reply.seconds * 1000:.0f} ms", f"{reply.status} {(reply.text or reply.raw)[:80]!r}")
                if replies:
                    report.note(f"bot reply while Redis is down: {replies[0][1].text}")
                for method, path, body in (("GET", "/invoices", None), ("GET", "/account", None),
                                           ("POST", "/auth/login", {"phone": PHONE, "password": faultlib.PASSWORD})):
                    started = time.perf_counter()
                    status, data = await api_call(session, server.base_url, method, path, body, token=token,
                                                  timeout=aiohttp.ClientTimeout(total=10))
                    seconds = time.perf_counter() - started
                    message = data.get("error", {}).get("message", "") if isinstance(data, dict) else ""
                    report.check(status == 503 and "服务暂时不可用" in message and seconds < QUICK_SECONDS,
                                 f"API {method} {path} while Redis is down: 503 with a Chinese message in "
                                 f"{seconds * 1000:.0f} ms", f"{status} {str(data)[:120]}")
                await asyncio.sleep(3)  # the relay and the scheduler run a few rounds without Redis too
                report.check(invoices() == 0, "nothing was issued while Redis was down")

                report.step("Redis starts again, empty")
                redis_server.start()
                await asyncio.sleep(0.5)
                retry = await user.say("确认", msg_id=confirm_id)
                fresh = await user.say("确认")
                for label, reply in (("the same 确认 (same MsgId)", retry), ("a new 确认", fresh)):
                    text = reply.text or ""
                    report.check(reply.status == 200 and "没有进行中的操作" in text and "开票成功" not in text,
                                 f"after the restart {label} gets a clear answer and issues nothing",
                                 f"{reply.status} {text[:100]!r}")
                report.note(f"bot reply to 确认 after the restart: {fresh.text}")
                report.check(invoices() == 0, "still no invoice after the restart")
                who = await user.say("我的账户")
                report.check("139****9011" in (who.text or ""),
                             "the WeChat binding survived (it lives in PostgreSQL): 我的账户 shows the account",
                             (who.text or "")[:80])
                status, data = await api_call(session, server.base_url, "GET", "/invoices", token=token)
                message = data.get("error", {}).get("message", "") if isinstance(data, dict) else ""
                report.check(status == 401 and bool(message), "the API token is gone with Redis: 401 with a message",
                             f"{status} {message}")
                _, body = await api_call(session, server.base_url, "POST", "/auth/login",
                                         {"phone": PHONE, "password": faultlib.PASSWORD}, expect=200)
                status, _ = await api_call(session, server.base_url, "GET", "/invoices", token=body["token"])
                report.check(status == 200, "logging in again works")

                report.step("the conversation restarts cleanly")
                await user.expect("开票 张三 餐费 388 普票", "请确认")
                confirm_id = user.sim.next_msg_id()
                first = await user.say("确认", msg_id=confirm_id)
                again = await user.say("确认", msg_id=confirm_id)
                report.check("开票成功" in (first.text or ""), "开票 → card → 确认 issues the invoice",
                             (first.text or "")[:60])
                report.check(again.text == first.text, "the same 确认 (same MsgId) replays the same reply")
                later = await user.say("确认")
                report.check("开票成功" not in (later.text or ""), "a new 确认 afterwards issues nothing",
                             (later.text or "")[:60])
                report.check(invoices() == 1, "exactly one invoice issued in the whole scenario",
                             f"{invoices()} invoices")
                errors = faultlib.tracebacks(server)
                report.check(not errors, "the server logged no traceback (outages are logged as warnings)",
                             f"{len(errors)} traceback(s)")
                for block in errors:
                    print(block[:400] + " ... " + block.strip().splitlines()[-1][:200])
        finally:
            server.stop()
            redis_server.stop()
    return report.finish()


if __name__ == "__main__":
    faultlib.run(main)
