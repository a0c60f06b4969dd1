"""Fault: WeChat retries a message (same MsgId) — one after another and all at once.

    .venv/bin/python bench/faults/wechat_retries.py [--safe]

PostgreSQL database ``test_faults`` and Redis database 7. A WeChat user registers and
creates a company in chat. Then, with ``--safe`` in safe (AES) mode:

1. 确认 at an invoice card posted 3 times within 5 s (0 s, ~1.5 s, ~3 s, same MsgId):
   one invoice issued, the same reply (with the same number) each time;
2. the same with 3 concurrent posts;
3. a dialog step (开票 → 1 普票) posted 3 times concurrently per step: the dialog advances
   one step per message (the next answer is still taken as the buyer, and so on);
4. a subscribe event (FromUserName + CreateTime) posted 3 times concurrently: the same reply.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import time

import aiohttp
import faultlib
from faultlib import ChatReply, ChatUser, Report, ServerProcess

PHONE = "13900139031"
OPENID = "o-retry-user"
SAFE_AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"


def invoices() -> int:
    return faultlib.db_count("SELECT count(*) FROM invoice WHERE number IS NOT NULL")


def number_in(text: str | None) -> str | None:
    match = re.search(r"\d{20}", text or "")
    return match.group(0) if match else None


def same(replies: list[ChatReply]) -> bool:
    return all(r.status == 200 for r in replies) and len({r.text for r in replies}) == 1


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--safe", action="store_true", help="safe (AES) mode: encrypted posts and replies")
    args = parser.parse_args()
    report = Report("wechat_retries" + (" (safe mode)" if args.safe else ""))
    faultlib.benchlib.print_header("fault: WeChat retries the same message", {
        "database": f"PostgreSQL {faultlib.DATABASE}", "redis": faultlib.SHARED_REDIS_URL,
        "mode": "safe (AES)" if args.safe else "plaintext"})
    with faultlib.workdir("retries") as tmp:
        faultlib.reset_database()
        faultlib.flush_redis(faultlib.SHARED_REDIS_URL)
        env = faultlib.server_env(tmp, database_url=faultlib.pg_url(), redis_url=faultlib.SHARED_REDIS_URL,
                                  WECHAT_AES_KEY=SAFE_AES_KEY if args.safe else "")
        faultlib.migrate(env, tmp)
        server = ServerProcess(env, tmp)
        server.start()
        try:
            async with aiohttp.ClientSession() as session:
                sim = faultlib.WeChatServerSimulator(faultlib.WECHAT_TOKEN, faultlib.WECHAT_APPID,
                                                     SAFE_AES_KEY if args.safe else "")
                user = ChatUser(session, server.base_url, OPENID, sim)
                report.step("setup: register and create a company in chat")
                await faultlib.register_in_chat(user, server, PHONE)
                await faultlib.create_company_in_chat(user, server)

                report.step("确认 posted 3 times within 5 s (same MsgId)")
                await user.expect("开票 张三 餐费 388 普票", "请确认")
                msg_id = sim.next_msg_id()
                before = invoices()
                started = time.monotonic()
                spaced = []
                for delay in (0.0, 1.5, 3.0):
                    await asyncio.sleep(max(0.0, started + delay - time.monotonic()))
                    spaced.append(await user.say("确认", msg_id=msg_id))
                within = time.monotonic() - started
                number = number_in(spaced[0].text)
                report.check(same(spaced) and "开票成功" in (spaced[0].text or "") and number is not None,
                             f"3 posts in {within:.1f} s: the same reply each time (开票成功, number {number})",
                             " | ".join((r.text or r.raw)[:30] for r in spaced))
                report.check(invoices() == before + 1, "one invoice issued", f"{invoices() - before} issued")

                report.step("确认 posted 3 times concurrently (same MsgId)")
                await user.expect("开票 李四 咨询费 1000 普票", "请确认")
                msg_id = sim.next_msg_id()
                before = invoices()
                together = await asyncio.gather(*(user.say("确认", msg_id=msg_id) for _ in range(3)))
                number2 = number_in(together[0].text)
                report.check(same(list(together)) and "开票成功" in (together[0].text or "") and number2 is not None
                             and number2 != number,
                             f"3 concurrent posts: the same reply each time (开票成功, number {number2})",
                             " | ".join((r.text or r.raw)[:30] for r in together))
                report.check(invoices() == before + 1, "one invoice issued", f"{invoices() - before} issued")
                slowest = max(r.seconds for r in together)
                report.check(slowest < 5, "every concurrent copy answered inside WeChat's 5-second window",
                             f"slowest {slowest * 1000:.0f} ms")

                report.step("dialog steps posted 3 times concurrently each")
                steps = [("开票", "1 普票"), ("1", "购买方"), ("王五", "名称 金额"), ("餐费 100", "已添加第 1 项")]
                for text, expected in steps:
                    msg_id = sim.next_msg_id()
                    copies = await asyncio.gather(*(user.say(text, msg_id=msg_id) for _ in range(3)))
                    report.check(same(list(copies)) and expected in (copies[0].text or ""),
                                 f"{text!r} ×3: one step advanced, the same reply ({expected!r})",
                                 " | ".join((r.text or r.raw)[:40] for r in copies))
                card = await user.say("完成")
                report.check("请确认" in (card.text or "") and "王五" in (card.text or "") and "第 2 项" not in
                             (card.text or ""), "the card shows one line for 王五: no step was applied twice",
                             (card.text or "")[:80])
                await user.say("取消")

                report.step("subscribe event posted 3 times concurrently")
                event_xml = sim.event_xml(OPENID, "subscribe", create_time=int(time.time()))
                copies = await asyncio.gather(*(user.post_xml(event_xml) for _ in range(3)))
                report.check(same(list(copies)) and bool(copies[0].text),
                             "the same welcome reply to each copy of the event",
                             " | ".join((r.text or r.raw)[:30] for r in copies))
                blocks = faultlib.tracebacks(server)
                report.check(not blocks, "no traceback in the server log", f"{len(blocks)}")
        finally:
            server.stop()
    return report.finish()


if __name__ == "__main__":
    faultlib.run(main)
