"""bench/wechat_client.py, the load generator's lean client, held to what it replaced: its requests
verify (wechatpy's check_signature) and parse (the server's parser) as the simulator's signed
requests through aiohttp did, its reply fast path reads what the simulator's full parse reads
(and hands everything else to it), and its HTTP/1.1 client talks to the real /wechat endpoint."""

from __future__ import annotations

import asyncio
import re
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from aiohttp import web
from wechatpy.crypto import WeChatCrypto
from wechatpy.utils import check_signature

from bot.safe_mode import SafeModeCrypto
from bot.wechat_xml import parse_fields, text_reply
from fapiao.chat.wechat_sim import WeChatServerSimulator

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import wechat_client

TOKEN = "bench-token"
APPID = "wx00000000bench000"
AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"  # Tencent's published sample key


def split_request(raw: bytes) -> tuple[str, str, dict[str, str], dict[str, str], bytes]:
    """(method, path, query, headers, body) of one HTTP/1.1 request."""
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    method, target, version = lines[0].split(" ")
    assert version == "HTTP/1.1"
    headers = dict(line.split(": ", 1) for line in lines[1:])
    parts = urlsplit(target)
    return method, parts.path, dict(parse_qsl(parts.query)), headers, body


def sender(safe: bool = False, url: str = "http://127.0.0.1:8123/wechat") -> wechat_client.Sender:
    sim = WeChatServerSimulator(TOKEN, APPID, AES_KEY if safe else "")
    return wechat_client.Sender(wechat_client.HttpPool(url, 5), sim, 10**12)


# -- requests ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["帮助", "查询 12345678901234567890", "开票 张三 餐费 388 普票", "a & <b> ]]"])
def test_a_text_message_verifies_and_parses_as_the_servers_parser_reads_it(text: str) -> None:
    one = sender()
    method, path, query, headers, body = split_request(one.build("o-bench-00001", text, 7))
    assert (method, path) == ("POST", "/wechat")
    check_signature(TOKEN, query["signature"], query["timestamp"], query["nonce"])  # raises if wrong
    assert query["openid"] == "x"
    # aiohttp's headers, so that the server parses the same request as before.
    assert set(headers) == {"Host", "Content-Type", "Accept", "Accept-Encoding", "User-Agent", "Content-Length"}
    assert headers["Host"] == "127.0.0.1:8123" and headers["Content-Type"] == "text/xml"
    assert int(headers["Content-Length"]) == len(body)
    fields = parse_fields(body.decode())
    assert fields["FromUserName"] == "o-bench-00001"
    assert fields["MsgType"] == "text" and fields["Content"] == text
    assert fields["MsgId"] == str(10**12 + 7)
    # The same message the simulator builds (only CreateTime may tick between the two).
    expected = one.sim.text_xml("o-bench-00001", text, msg_id=10**12 + 7, create_time=int(fields["CreateTime"]))
    assert body.decode() == expected


def test_subscribe_events_get_a_new_create_time_each_as_before() -> None:
    one = sender()
    times = []
    for _ in range(3):
        *_, body = split_request(one.build("o-bench-00002", None, 1))
        fields = parse_fields(body.decode())
        assert (fields["MsgType"], fields["Event"]) == ("event", "subscribe")
        times.append(int(fields["CreateTime"]))
    assert times[1] == times[0] + 1 and times[2] == times[1] + 1  # de-duplicated by CreateTime


def test_each_message_its_own_nonce_and_signature() -> None:
    # WeChat's server sends a fresh nonce with every message; repeated query strings would let yarl's
    # URL cache flatter plain mode (issue 14).
    signer = wechat_client.Signer(TOKEN, "/wechat")
    targets = [signer.target(1_800_000_000), signer.target(1_800_000_000), signer.target(1_800_000_001)]
    assert len(set(targets)) == 3
    for target, ts in zip(targets, ("1800000000", "1800000000", "1800000001"), strict=True):
        query = dict(parse_qsl(urlsplit(target).query))
        assert query["timestamp"] == ts
        check_signature(TOKEN, query["signature"], query["timestamp"], query["nonce"])
    assert len({dict(parse_qsl(urlsplit(t).query))["nonce"] for t in targets}) == 3


def test_safe_mode_requests_decrypt_with_wechatpy_and_the_server() -> None:
    one = sender(safe=True)
    _, _, query, _, body = split_request(one.build("o-bench-00003", "我的账户", 3))
    check_signature(TOKEN, query["signature"], query["timestamp"], query["nonce"])
    assert query["encrypt_type"] == "aes"
    inner = WeChatCrypto(TOKEN, AES_KEY, APPID).decrypt_message(body.decode(), query["msg_signature"],
                                                                 query["timestamp"], query["nonce"])
    assert parse_fields(inner)["Content"] == "我的账户"
    assert SafeModeCrypto(TOKEN, AES_KEY, APPID).decrypt(parse_fields(body.decode())["Encrypt"]) == inner


# -- replies -------------------------------------------------------------------------------------------

MESSAGE = SimpleNamespace(source="o-bench-00001", target="gh_fapiao_dev")
CONTENTS = [
    "我能帮您：\n1 开票\n2 查询", "  leading and trailing blanks \n\n", "", "a ]]> b", "]]>", "x]]]]>y",
    "line\r\nwith CR", "tab\tand & < > \" '", "【发票详情】\n" + "发票号码 12345678901234567890\n" * 40, "emoji 🧾",
]


@pytest.mark.parametrize("content", CONTENTS)
def test_a_text_reply_reads_as_the_simulators_full_parse(content: str) -> None:
    sim = WeChatServerSimulator(TOKEN, APPID)
    raw = text_reply(content, MESSAGE)
    decoded = sim.decode_reply(raw)
    assert decoded is not None
    assert wechat_client.reply_content(sim, raw) == str(decoded.get("Content", "") or "")


@pytest.mark.parametrize("raw", ["success", "", "  \n", "<xml><MsgType><![CDATA[news]]></MsgType></xml>"])
def test_deferred_and_other_replies_read_as_before(raw: str) -> None:
    sim = WeChatServerSimulator(TOKEN, APPID)
    decoded = sim.decode_reply(raw)
    expected = None if decoded is None else str(decoded.get("Content", "") or "")
    assert wechat_client.reply_content(sim, raw) == expected


@pytest.mark.parametrize("content", ["bell \x07 inside", "nul \x00", "\ufffe"])
def test_what_a_parser_refuses_is_still_refused(content: str) -> None:
    sim = WeChatServerSimulator(TOKEN, APPID)
    raw = text_reply(content, MESSAGE)
    with pytest.raises(Exception):  # noqa: B017 - whatever the full parse raises, as before
        sim.decode_reply(raw)
    with pytest.raises(Exception):  # noqa: B017
        wechat_client.reply_content(sim, raw)


def test_a_truncated_reply_is_refused() -> None:
    sim = WeChatServerSimulator(TOKEN, APPID)
    with pytest.raises(Exception):  # noqa: B017
        wechat_client.reply_content(sim, text_reply("帮助", MESSAGE)[:-3])


def test_safe_mode_requests_have_the_simulators_parameters_and_body() -> None:
    one = sender(safe=True)
    xml = one.sim.text_xml("o-bench-00004", "最近发票", msg_id=7)
    *_, query, _, body = split_request(one.request_for(xml))
    signed = one.sim.sign(xml)
    assert list(query) == list(signed.params)
    blank = re.compile(r"<Encrypt><!\[CDATA\[[A-Za-z0-9+/=]+\]\]>")
    assert blank.sub("<Encrypt>", body.decode()) == blank.sub("<Encrypt>", signed.body)
    assert WeChatCrypto(TOKEN, AES_KEY, APPID).decrypt_message(
        body.decode(), query["msg_signature"], query["timestamp"], query["nonce"]) == xml


@pytest.mark.parametrize("content", CONTENTS)
def test_a_safe_mode_reply_reads_as_the_simulators_full_parse(content: str) -> None:
    sim = WeChatServerSimulator(TOKEN, APPID, AES_KEY)
    raw = SafeModeCrypto(TOKEN, AES_KEY, APPID).encrypt(text_reply(content, MESSAGE), None, "1800000000")
    decoded = sim.decode_reply(raw)
    assert decoded is not None
    assert wechat_client.reply_content(sim, raw) == str(decoded.get("Content", "") or "")


def test_safe_mode_replies_are_checked_and_decrypted() -> None:
    sim = WeChatServerSimulator(TOKEN, APPID, AES_KEY)
    raw = SafeModeCrypto(TOKEN, AES_KEY, APPID).encrypt(text_reply("欢迎关注", MESSAGE), "abc", "1800000000")
    assert wechat_client.reply_content(sim, raw) == "欢迎关注"
    with pytest.raises(ValueError):
        wechat_client.reply_content(sim, raw.replace("<MsgSignature><![CDATA[", "<MsgSignature><![CDATA[0"))


# -- HTTP ----------------------------------------------------------------------------------------------


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}/wechat"


async def test_the_http_client_keeps_connections_alive_and_reads_every_body_shape() -> None:
    seen: list[bytes] = []

    async def plain(request: web.Request) -> web.Response:
        seen.append(await request.read())
        return web.Response(text="回复 " + request.query.get("n", ""))

    async def chunked(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        response.enable_chunked_encoding()
        await response.prepare(request)
        for part in ("分", "块", "x" * 5000):
            await response.write(part.encode())
        await response.write_eof()
        return response

    async def closing(request: web.Request) -> web.Response:
        return web.Response(text="bye", headers={"Connection": "close"})

    app = web.Application()
    app.router.add_post("/wechat", plain)
    app.router.add_get("/wechat", lambda request: web.Response(status=403, text="bad signature"))
    app.router.add_post("/chunked", chunked)
    app.router.add_post("/closing", closing)
    runner, url = await serve(app)
    pool = wechat_client.HttpPool(url, 5)
    try:
        for n in range(5):
            body = f"<xml>{n}</xml>".encode()
            status, reply = await pool.request(wechat_client.post_request(f"/wechat?n={n}", pool.host_header, body))
            assert (status, reply.decode()) == (200, f"回复 {n}")
        assert pool.opened == 1  # one connection, kept alive
        assert seen == [f"<xml>{n}</xml>".encode() for n in range(5)]
        assert await pool.request(pool.get_request()) == (403, b"bad signature")
        status, reply = await pool.request(wechat_client.post_request("/chunked", pool.host_header, b""))
        assert (status, reply.decode()) == (200, "分块" + "x" * 5000)
        assert await pool.request(wechat_client.post_request("/closing", pool.host_header, b"")) == (200, b"bye")
        await pool.request(wechat_client.post_request("/wechat", pool.host_header, b""))
        assert pool.opened == 2  # the closed connection was not reused
        # Requests in flight together each get a connection, as aiohttp's unlimited pool gave them.
        await asyncio.gather(*(pool.request(wechat_client.post_request("/wechat", pool.host_header, b""))
                               for _ in range(4)))
        assert pool.opened == 5
    finally:
        pool.close()
        await runner.cleanup()


async def test_timeouts_and_disconnects_are_errors_of_their_own() -> None:
    release = asyncio.Event()

    async def slow(request: web.Request) -> web.Response:
        await release.wait()
        return web.Response(text="late")

    async def drop(request: web.Request) -> web.Response:
        assert request.transport is not None
        request.transport.close()
        return web.Response(text="never sent")

    app = web.Application()
    app.router.add_post("/wechat", slow)
    app.router.add_post("/drop", drop)
    runner, url = await serve(app)
    pool = wechat_client.HttpPool(url, 0.2)
    try:
        with pytest.raises(TimeoutError):
            await pool.request(wechat_client.post_request("/wechat", pool.host_header, b""))
        with pytest.raises(ConnectionError):
            await pool.request(wechat_client.post_request("/drop", pool.host_header, b""))
        one = wechat_client.Sender(pool, WeChatServerSimulator(TOKEN, APPID), 1)
        error, _, _ = await one.post(wechat_client.post_request("/wechat", pool.host_header, b""))
        assert error == "timeout"
        error, _, _ = await one.post(wechat_client.post_request("/drop", pool.host_header, b""))
        assert error is not None and error.startswith("conn_")
    finally:
        release.set()
        pool.close()
        await runner.cleanup()


async def test_the_product_answers_the_lean_clients_messages(api: Any, settings: Any, clock: Any) -> None:
    clock.advance(seconds=time.time() - clock.now().timestamp())  # the client signs with the real time
    sim = WeChatServerSimulator(settings.wechat_token, settings.wechat_appid, settings.wechat_aes_key)
    pool = wechat_client.HttpPool(str(api.make_url("/wechat")), 5)
    one = wechat_client.Sender(pool, sim, 10**12)
    try:
        error, reply, _ = await one.post(one.build("o-bench-lean-1", None, 1))
        assert error is None and "欢迎关注" in reply
        error, reply, _ = await one.post(one.build("o-bench-lean-1", "帮助", 2))
        assert error is None and "我能帮您" in reply
        assert pool.opened == 1
    finally:
        pool.close()

