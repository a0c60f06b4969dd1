"""``fapiao chat`` against a fake WeChat endpoint that checks what it receives with
wechatpy itself: the signature, and in safe mode the encryption and msg_signature."""

from __future__ import annotations

import io
import socket
from typing import Any

import pytest
import xmltodict
from aiohttp import web
from wechatpy import create_reply, parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidSignatureException
from wechatpy.utils import check_signature

from core.settings import Settings
from fapiao.chat.menu import load_menu
from fapiao.chat.session import run_chat

TOKEN = "chat-test-token"
APPID = "wx1234567890abcdef"
AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"


class FakeWeChatServer:
    """Plays the fapiao server: verifies, decrypts, echoes, and keeps pushes."""

    def __init__(self, token: str, appid: str, aes_key: str = "", *, console: bool = True) -> None:
        self.token = token
        self.crypto = WeChatCrypto(token, aes_key, appid) if aes_key else None
        self.console = console
        self.msg_ids: list[str] = []
        self.events: list[tuple[str, str, str]] = []  # (Event, EventKey, CreateTime)
        self.texts: list[tuple[str, str]] = []  # (openid, content)
        self.pushes: dict[str, list[dict[str, str]]] = {}
        self.push_queries: list[tuple[str, int]] = []

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/wechat", self.verify)
        app.router.add_post("/wechat", self.receive)
        if self.console:
            app.router.add_get("/dev/pushes", self.dev_pushes)
        return app

    def _signed(self, request: web.Request) -> bool:
        q = request.query
        try:
            check_signature(self.token, q.get("signature", ""), q.get("timestamp", ""), q.get("nonce", ""))
        except InvalidSignatureException:
            return False
        return True

    async def verify(self, request: web.Request) -> web.Response:
        if not self._signed(request):
            return web.Response(status=403, text="bad signature")
        return web.Response(text=request.query.get("echostr", ""))

    async def receive(self, request: web.Request) -> web.Response:
        if not self._signed(request):
            return web.Response(status=403, text="bad signature")
        q = request.query
        body = await request.text()
        if self.crypto is not None:
            if q.get("encrypt_type") != "aes":
                return web.Response(status=400, text="safe mode expects an encrypted message")
            assert "<Encrypt>" in body and "<Content>" not in body
            # Checks msg_signature and the AppID inside the ciphertext too.
            xml = self.crypto.decrypt_message(body, q["msg_signature"], q["timestamp"], q["nonce"])
        else:
            assert "encrypt_type" not in q
            xml = body
        fields = xmltodict.parse(xml)["xml"]
        message = parse_message(xml)
        if message.type == "text":
            # Like the real server, a repeated MsgId does not do the work (the push) again.
            repeated = fields["MsgId"] in self.msg_ids
            self.msg_ids.append(fields["MsgId"])
            self.texts.append((message.source, message.content))
            if message.content == "boom":
                return web.Response(status=500, text="internal trouble")
            if message.content == "later":
                self.pushes.setdefault(message.source, []).append({"text": "done later", "at": "now"})
                return web.Response(text="success")
            if message.content == "hello" and not repeated:
                self.pushes.setdefault(message.source, []).append(
                    {"text": "push for " + message.source + "\nsecond line", "at": "2024-01-01T00:00:00"})
            text = "echo:" + message.content
        elif message.type == "event":
            self.events.append((fields["Event"], fields.get("EventKey") or "", fields["CreateTime"]))
            text = f"event:{fields['Event']}:{fields.get('EventKey') or ''}"
        else:
            self.msg_ids.append(fields["MsgId"])
            text = f"got {message.type}"
        reply = create_reply(text, message=message, render=True)
        if self.crypto is not None:
            reply = self.crypto.encrypt_message(reply, q["nonce"], q["timestamp"])
        return web.Response(text=reply, content_type="application/xml")

    async def dev_pushes(self, request: web.Request) -> web.Response:
        openid = request.query.get("openid", "")
        after = int(request.query.get("after", "0"))
        self.push_queries.append((openid, after))
        items = self.pushes.get(openid, [])[after:]
        return web.json_response({"next": after + len(items), "messages": items})


def settings_for(aes_key: str = "", token: str = TOKEN) -> Settings:
    return Settings(wechat_token=token, wechat_appid=APPID, wechat_aes_key=aes_key)


async def chat(settings: Settings, base_url: str, lines: list[str],
               openid: str = "tester") -> tuple[int, str]:
    stdin = io.StringIO("".join(line + "\n" for line in lines))
    stdout = io.StringIO()
    code = await run_chat(settings, base_url=base_url, openid=openid, stdin=stdin, stdout=stdout)
    return code, stdout.getvalue()


@pytest.mark.parametrize("aes_key", ["", AES_KEY], ids=["plaintext", "safe"])
async def test_chat_echo_click_retry_and_push(aiohttp_server: Any, aes_key: str) -> None:
    fake = FakeWeChatServer(TOKEN, APPID, aes_key)
    server = await aiohttp_server(fake.app())
    code, output = await chat(settings_for(aes_key), str(server.make_url("")),
                              ["hello", "/retry", "/click HELP", "/retry", "/quit", "never sent"])

    assert code == 0
    lines = output.splitlines()
    mode = "safe mode" if aes_key else "plaintext"
    assert lines[0].startswith("fapiao chat: http://127.0.0.1:")
    assert f"as tester ({mode})" in lines[0] and "/help for commands" in lines[0]
    # No prompts on piped input.
    assert "tester> " not in output

    assert output.count("bot> echo:hello") == 2
    assert output.count("bot> event:CLICK:HELP") == 2
    # The push: printed once, second line indented under the first.
    assert output.count("push> push for tester") == 1
    assert "\n      second line\n" in output
    assert output.index("bot> echo:hello") < output.index("push> push for tester")

    # /retry re-posted the same MsgId; the retried event kept its CreateTime.
    assert len(fake.msg_ids) == 2 and fake.msg_ids[0] == fake.msg_ids[1]
    assert len(fake.events) == 2 and fake.events[0] == fake.events[1] == (
        "CLICK", "HELP", fake.events[0][2])
    assert f"MsgId {fake.msg_ids[0]}" in output
    # Nothing after /quit was sent.
    assert fake.texts == [("tester", "hello"), ("tester", "hello")]


async def test_fresh_msg_ids_openid_switch_and_commands(aiohttp_server: Any) -> None:
    fake = FakeWeChatServer(TOKEN, APPID)
    server = await aiohttp_server(fake.app())
    fake.pushes["alice"] = [{"text": "old news", "at": "x"}]
    help_button = next(b.name for b in load_menu() if b.key == "HELP")
    code, output = await chat(settings_for(), str(server.make_url("")), [
        "/help", "one", "two", "//slash", "/subscribe", "/menu", f"/click {help_button}", "/image",
        "/openid alice", "hello", "/bogus", "boom", "after the error",
    ])

    assert code == 0  # EOF ends the session like /quit
    assert "/click KEY" in output and "/retry" in output  # help
    assert len(set(fake.msg_ids)) == len(fake.msg_ids) == 7  # a fresh MsgId per message
    assert "bot> echo:/slash" in output
    assert "bot> event:subscribe:" in output
    assert "/click HELP" in output and "/click FILE_TAX" in output  # the menu
    assert "bot> event:CLICK:HELP" in output  # clicked by the button's name
    assert "bot> got image" in output
    # After switching, messages come from alice and only her new pushes are printed.
    assert fake.texts[-3:] == [("alice", "hello"), ("alice", "boom"), ("alice", "after the error")]
    assert "push> push for alice" in output and "old news" not in output
    assert ("alice", 1) in fake.push_queries
    assert "unknown command /bogus" in output
    # An HTTP error is shown and the session goes on.
    assert "HTTP 500: internal trouble" in output
    assert "bot> echo:after the error" in output


async def test_success_reply_waits_for_push(aiohttp_server: Any) -> None:
    fake = FakeWeChatServer(TOKEN, APPID)
    server = await aiohttp_server(fake.app())
    code, output = await chat(settings_for(), str(server.make_url("")), ["later"])
    assert code == 0
    assert "(no immediate reply; the answer will arrive as a push)" in output
    assert "push> done later" in output


async def test_no_console_pushes_endpoint_is_fine(aiohttp_server: Any) -> None:
    fake = FakeWeChatServer(TOKEN, APPID, console=False)
    server = await aiohttp_server(fake.app())
    code, output = await chat(settings_for(), str(server.make_url("")), ["hello", "/raw", "hi", "/quit"])
    assert code == 0
    assert "bot> echo:hello" in output and "bot> echo:hi" in output
    assert "<Content><![CDATA[hi]]></Content>" in output  # raw XML
    assert "push>" not in output and "error" not in output


async def test_wrong_token_is_refused_at_startup(aiohttp_server: Any) -> None:
    fake = FakeWeChatServer(TOKEN, APPID)
    server = await aiohttp_server(fake.app())
    code, output = await chat(settings_for(token="some-other-token"), str(server.make_url("")), ["hello"])
    assert code == 1
    assert "WECHAT_TOKEN does not match the server's" in output
    assert fake.texts == []


async def test_safe_mode_key_mismatch_is_explained(aiohttp_server: Any) -> None:
    fake = FakeWeChatServer(TOKEN, APPID, AES_KEY)
    server = await aiohttp_server(fake.app())
    code, output = await chat(settings_for(), str(server.make_url("")), ["hello"])
    assert code == 0
    assert "HTTP 400: safe mode expects an encrypted message" in output
    assert "set WECHAT_AES_KEY" in output


async def test_unreachable_server() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, output = await chat(settings_for(), f"http://127.0.0.1:{port}", ["hello"])
    assert code == 1
    assert output.strip() == (f"cannot reach the server at http://127.0.0.1:{port}; "
                              "start it with `fapiao serve`")
