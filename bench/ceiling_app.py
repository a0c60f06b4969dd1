"""The ceiling for the WeChat load benchmark: the bare protocol, nothing else.

A minimal aiohttp app that does only what any official-account server must do for a
text message — verify the signature (wechatpy ``check_signature``), decrypt in safe
mode (``WeChatCrypto``), parse (``parse_message``), keep per-user state in a dict,
and reply (``create_reply``, encrypted in safe mode). No database, no Redis, no
dialogs, no templates. ``bench/bench_wechat.py`` measures its closed-loop throughput
in the same run as the product's, and reports ours as a ratio of it.

    .venv/bin/python bench/ceiling_app.py --port 8116 [--aes-key KEY]

Token/AppId default to the product's development values, so the same simulator signs
for both. Stops on SIGINT/SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import time
from typing import Any

from aiohttp import web
from wechatpy import create_reply, parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidSignatureException
from wechatpy.utils import check_signature

DEFAULT_TOKEN = "fapiao-dev-token"
DEFAULT_APPID = "wx0000000000000000"
DEDUPE_MAX = 100_000


def build_app(token: str, appid: str, aes_key: str = "") -> web.Application:
    crypto = WeChatCrypto(token, aes_key, appid) if aes_key else None
    users: dict[str, dict[str, Any]] = {}   # openid -> {"count": n, "last": text}
    seen: dict[str, str] = {}               # MsgId -> reply (the protocol's retry de-duplication)

    async def receive(request: web.Request) -> web.Response:
        query = request.query
        try:
            check_signature(token, query.get("signature", ""), query.get("timestamp", ""), query.get("nonce", ""))
        except InvalidSignatureException:
            return web.Response(status=403, text="bad signature")
        body = await request.text()
        if crypto is not None:
            try:
                body = crypto.decrypt_message(body, query.get("msg_signature", ""), query["timestamp"],
                                              query["nonce"])
            except Exception:
                return web.Response(status=403, text="cannot decrypt")
        message = parse_message(body)
        msg_id = str(getattr(message, "id", "") or "")
        if msg_id and msg_id in seen:
            text = seen[msg_id]
        else:
            state = users.setdefault(message.source, {"count": 0, "last": ""})
            state["count"] += 1
            state["last"] = getattr(message, "content", "") or ""
            text = f"收到第 {state['count']} 条：{state['last'][:50]}"
            if msg_id:
                if len(seen) >= DEDUPE_MAX:
                    seen.clear()
                seen[msg_id] = text
        xml = create_reply(text, message=message, render=True)
        if crypto is not None:
            xml = crypto.encrypt_message(xml, query["nonce"], str(int(time.time())))
        return web.Response(text=xml, content_type="application/xml")

    async def verify(request: web.Request) -> web.Response:
        query = request.query
        try:
            check_signature(token, query.get("signature", ""), query.get("timestamp", ""), query.get("nonce", ""))
        except InvalidSignatureException:
            return web.Response(status=403, text="bad signature")
        return web.Response(text=query.get("echostr", ""))

    app = web.Application()
    app.router.add_post("/wechat", receive)
    app.router.add_get("/wechat", verify)
    return app


async def serve(host: str, port: int, token: str, appid: str, aes_key: str) -> None:
    runner = web.AppRunner(build_app(token, appid, aes_key), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    print(f"ceiling serving on http://{host}:{port}/wechat ({'safe (AES)' if aes_key else 'plaintext'} mode)",
          flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8116)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--appid", default=DEFAULT_APPID)
    parser.add_argument("--aes-key", default="", help="43-character EncodingAESKey: safe mode")
    args = parser.parse_args()
    asyncio.run(serve(args.host, args.port, args.token, args.appid, args.aes_key))


if __name__ == "__main__":
    main()
