"""Fault: the SMS gateway and the WeChat API answer only after 10 seconds.

    .venv/bin/python bench/faults/slow_dependency.py [--delay 10]

The server runs the real adapters — ``SMS_PROVIDER=tencent`` against a local fake Tencent
Cloud SMS endpoint, ``WECHAT_API=wechat`` against a local fake WeChat API (access_token and
customer-service messages) — and both fakes sleep ``--delay`` seconds before answering.
PostgreSQL database ``test_faults``, Redis database 7. The script checks:

* a WeChat user who types a phone number in 注册 (which sends an SMS code) gets the
  endpoint's answer inside WeChat's 5-second window (it defers: ``success`` after its 4 s
  budget) — and other users are answered at once meanwhile;
* the work still completes: the SMS reaches the gateway with the code, and the deferred
  reply (验证码已发送) is pushed through the (slow) WeChat API as a customer-service message;
* the user finishes registering with that code;
* the API's code request (no 5-second window there) also completes, and says how long.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from typing import Any

import aiohttp
import faultlib
from aiohttp import web
from faultlib import ChatUser, Report, ServerProcess, api_call

PHONE = "13900139041"
PHONE_API = "13900139042"
OPENID = "o-slow-user"
OTHER_OPENID = "o-other-user"
WINDOW_SECONDS = 5.0


class SlowFakes:
    """Tencent Cloud SMS (POST /) and WeChat API (/cgi-bin/token, /cgi-bin/message/custom/send)
    that sleep ``delay`` seconds before answering; they record what they were sent."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.sms: list[dict[str, Any]] = []
        self.pushes: list[dict[str, Any]] = []
        self.token_fetches = 0

    async def sms_send(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        await asyncio.sleep(self.delay)
        self.sms.append({**body, "_answered": time.monotonic()})
        phone = body["PhoneNumberSet"][0]
        return web.json_response({"Response": {"SendStatusSet": [{
            "SerialNo": "5000:faults", "PhoneNumber": phone, "Fee": 1, "SessionContext": "", "Code": "Ok",
            "Message": "send success", "IsoCode": "CN"}], "RequestId": "req-faults"}})

    async def token(self, request: web.Request) -> web.Response:
        await asyncio.sleep(self.delay)
        self.token_fetches += 1
        return web.json_response({"access_token": f"faults-token-{self.token_fetches}", "expires_in": 7200})

    async def custom_send(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        await asyncio.sleep(self.delay)
        self.pushes.append({**body, "_answered": time.monotonic()})
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def start(self) -> tuple[web.AppRunner, int]:
        app = web.Application()
        app.router.add_post("/sms/", self.sms_send)
        app.router.add_get("/cgi-bin/token", self.token)
        app.router.add_post("/cgi-bin/message/custom/send", self.custom_send)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        port = faultlib.benchlib.free_port()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        return runner, port


async def wait_until(predicate: Any, within: float) -> float | None:
    started = time.monotonic()
    while time.monotonic() - started < within:
        if predicate():
            return time.monotonic() - started
        await asyncio.sleep(0.1)
    return None


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--delay", type=float, default=10.0, help="seconds each fake waits before answering")
    args = parser.parse_args()
    report = Report("slow_dependency")
    fakes = SlowFakes(args.delay)
    runner, fake_port = await fakes.start()
    faultlib.benchlib.print_header("fault: slow SMS gateway and WeChat API", {
        "database": f"PostgreSQL {faultlib.DATABASE}", "redis": faultlib.SHARED_REDIS_URL,
        "fakes": f"127.0.0.1:{fake_port}, {args.delay:.0f} s per answer"})
    with faultlib.workdir("slow") as tmp:
        faultlib.reset_database()
        faultlib.flush_redis(faultlib.SHARED_REDIS_URL)
        env = faultlib.server_env(
            tmp, database_url=faultlib.pg_url(), redis_url=faultlib.SHARED_REDIS_URL,
            SMS_PROVIDER="tencent", SMS_TENCENT_SECRET_ID="AKIDfaults", SMS_TENCENT_SECRET_KEY="faults-secret-key",
            SMS_TENCENT_SDK_APP_ID="1400000000", SMS_TENCENT_SIGN_NAME="武汉发票助手",
            SMS_TENCENT_ENDPOINT=f"http://127.0.0.1:{fake_port}/sms/",
            SMS_TENCENT_TEMPLATES=json.dumps({"sms.code": "1983456", "sms.password_changed": "1983457"}),
            WECHAT_API="wechat", WECHAT_APPSECRET="faults-appsecret", MINIAPP_SECRET="faults-miniapp-secret",
            WECHAT_API_BASE_URL=f"http://127.0.0.1:{fake_port}/cgi-bin/",
            NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
        faultlib.migrate(env, tmp)
        server = ServerProcess(env, tmp)
        await asyncio.to_thread(server.start)  # in a thread: the fakes run on this event loop
        try:
            async with aiohttp.ClientSession() as session:
                user = ChatUser(session, server.base_url, OPENID)
                other = ChatUser(session, server.base_url, OTHER_OPENID)
                report.step("注册 → phone number: the SMS gateway takes its time")
                await user.expect("注册", "手机号")
                sent_at = time.monotonic()
                phone_task = asyncio.create_task(user.say(PHONE, within=30))
                await asyncio.sleep(0.5)
                help_reply = await other.say("帮助")
                phone_reply = await phone_task
                report.check(phone_reply.status == 200 and phone_reply.seconds < WINDOW_SECONDS,
                             f"the phone-number message is answered inside the 5-second window "
                             f"({phone_reply.seconds:.2f} s, {'deferred: success' if phone_reply.text is None else 'a reply'})",
                             f"{phone_reply.status} {phone_reply.raw[:60]!r}")
                report.check(phone_reply.text is None, "the reply was deferred (the body is 'success')",
                             (phone_reply.text or "")[:60])
                report.check(help_reply.status == 200 and bool(help_reply.text) and help_reply.seconds < 1.0,
                             f"another user is answered at once meanwhile ({help_reply.seconds * 1000:.0f} ms)")

                sms_after = await wait_until(lambda: any(s["PhoneNumberSet"][0].endswith(PHONE) for s in fakes.sms),
                                             args.delay * 3 + 10)
                report.check(sms_after is not None, "the SMS reached the gateway and was accepted (work completed)",
                             f"{time.monotonic() - sent_at:.1f} s after the message" if sms_after is not None else "")
                code = next((s["TemplateParamSet"][0] for s in fakes.sms if s["PhoneNumberSet"][0].endswith(PHONE)),
                            None)

                def pushed() -> bool:
                    return any(p.get("touser") == OPENID and "验证码已发送" in json.dumps(p, ensure_ascii=False)
                               for p in fakes.pushes)

                push_after = await wait_until(pushed, args.delay * 4 + 10)
                report.check(push_after is not None,
                             "the deferred reply (验证码已发送) was pushed through the slow WeChat API",
                             f"{time.monotonic() - sent_at:.1f} s after the message, {fakes.token_fetches} "
                             f"access_token fetch(es)" if push_after is not None else f"pushes: {fakes.pushes}")

                if code:
                    await user.expect(code, "密码")
                    await user.expect(faultlib.PASSWORD, "邮箱")
                    await user.expect("跳过", "称呼")
                    done = await user.say("王会计")
                    report.check("注册成功" in (done.text or ""), "the user finished registering with that code")
                else:
                    report.check(False, "the user finished registering with that code", "no code reached the fake")

                report.step("API: POST /auth/sms-codes against the slow gateway")
                started = time.perf_counter()
                status, data = await api_call(session, server.base_url, "POST", "/auth/sms-codes",
                                              {"phone": PHONE_API, "purpose": "register"},
                                              timeout=aiohttp.ClientTimeout(total=60))
                seconds = time.perf_counter() - started
                report.check(status == 202, f"the API's code request completes ({status} after {seconds:.1f} s)",
                             str(data)[:120])
                blocks = faultlib.tracebacks(server)
                report.check(not blocks, "no traceback in the server log", f"{len(blocks)}")
                for block in blocks:
                    print(block[:400] + " ... " + block.strip().splitlines()[-1][:200])
        finally:
            await asyncio.to_thread(server.stop)
            await runner.cleanup()
    return report.finish()


if __name__ == "__main__":
    faultlib.run(main)
