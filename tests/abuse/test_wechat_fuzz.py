"""Bad input on /wechat, plaintext and safe mode: every post gets a 4xx or a polite 200 reply, never a
500, and never hangs (each call runs under asyncio.wait_for as a hang guard, not a timing assertion).

tests/e2e/test_wechat_endpoint.py already has a few malformed bodies, the entity bomb and XXE in
plaintext, and the body cap; here the same attacks also travel inside the AES envelope, plus wrong
encodings, missing fields, unknown types, CDATA tricks, broken envelopes and generated bodies.
"""

from __future__ import annotations

import asyncio
import base64
import os
import struct
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.webhook import signature
from fapiao.chat.wechat_sim import WeChatServerSimulator
from tests.kit.chat import SAMPLE_AES_KEY

HANG_GUARD_SECONDS = 30
POLITE = ("success", "")


@pytest.fixture(params=["plaintext", "safe"])
def mode(request: Any, settings: Any) -> str:
    if request.param == "safe":
        settings.wechat_aes_key = SAMPLE_AES_KEY
    return str(request.param)


class Poster:
    """Signs like WeChat's server but lets the test choose every byte that travels."""

    def __init__(self, api: Any, settings: Any, clock: Any, mode: str) -> None:
        self.api = api
        self.settings = settings
        self.clock = clock
        self.safe = mode == "safe"
        self.sim = WeChatServerSimulator(settings.wechat_token, settings.wechat_appid, settings.wechat_aes_key)
        self.counter = 0

    def now(self) -> str:
        return str(int(self.clock.now().timestamp()))

    def envelope(self, inner: bytes, *, appid: str | None = None) -> str:
        """WeChat's AES envelope around arbitrary bytes (even ones that are not UTF-8)."""
        key = base64.b64decode(self.settings.wechat_aes_key + "=")
        plain = os.urandom(16) + struct.pack(">I", len(inner)) + inner + (appid or self.settings.wechat_appid).encode()
        pad = 32 - len(plain) % 32
        plain += bytes([pad]) * pad
        encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
        return base64.b64encode(encryptor.update(plain) + encryptor.finalize()).decode()

    async def post_raw(self, body: bytes, params: dict[str, str]) -> tuple[int, str]:
        async def go() -> tuple[int, str]:
            response = await self.api.post("/wechat", params=params, data=body)
            return response.status, await response.text()

        return await asyncio.wait_for(go(), HANG_GUARD_SECONDS)

    async def post(self, inner: bytes | str, *, appid: str | None = None, encrypt: str | None = None) -> tuple[int, str]:
        """Post ``inner`` as the message: as is in plaintext mode, inside the envelope in safe mode."""
        data = inner.encode() if isinstance(inner, str) else inner
        self.counter += 1
        ts, nonce = self.now(), f"n{self.counter}"
        params = {"timestamp": ts, "nonce": nonce, "signature": signature(self.settings.wechat_token, ts, nonce)}
        if not self.safe:
            return await self.post_raw(data, params)
        encrypted = encrypt if encrypt is not None else self.envelope(data, appid=appid)
        params |= {"encrypt_type": "aes", "msg_signature": signature(self.settings.wechat_token, ts, nonce, encrypted)}
        outer = f"<xml><ToUserName><![CDATA[gh_x]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>"
        return await self.post_raw(outer.encode(), params)

    def assert_polite(self, status: int, body: str, what: Any) -> None:
        assert status != 500 and status < 500, f"{what!r}: {status} {body[:200]}"
        if 400 <= status < 500:
            return
        assert status == 200, f"{what!r}: {status}"
        if body.strip() in POLITE:
            return
        reply = self.sim.decode_reply(body)  # valid XML (decrypts and checks the signature in safe mode)
        assert reply is not None and reply.get("MsgType") == "text" and reply.get("Content"), body[:200]

    def text(self, content: str, *, openid: str = "o-fuzz", msg_id: int | None = None) -> str:
        self.counter += 1
        return self.sim.text_xml(openid, content, msg_id=msg_id or 7_000_000 + self.counter,
                                 create_time=int(self.now()))


@pytest.fixture
def poster(api: Any, settings: Any, clock: Any, mode: str) -> Poster:
    return Poster(api, settings, clock, mode)


def message(**fields: str) -> str:
    return "<xml>" + "".join(f"<{k}>{v}</{k}>" for k, v in fields.items()) + "</xml>"


BASE = {"ToUserName": "<![CDATA[gh_x]]>", "FromUserName": "<![CDATA[o-fuzz]]>", "CreateTime": "1795770000",
        "MsgType": "<![CDATA[text]]>", "Content": "<![CDATA[帮助]]>", "MsgId": "1"}


def without(*names: str, **changes: str) -> str:
    fields = {k: v for k, v in BASE.items() if k not in names}
    fields.update(changes)
    return message(**fields)


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                            for i in range(1, 10))
                  + ']><xml><ToUserName>a</ToUserName><FromUserName>o-bomb</FromUserName><MsgType>text</MsgType>'
                  '<Content>&lol9;</Content><MsgId>2</MsgId></xml>')
XXE = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       "<xml><ToUserName>a</ToUserName><FromUserName>o-xxe</FromUserName><MsgType>text</MsgType>"
       "<Content>&xxe;</Content><MsgId>3</MsgId></xml>")
XXE_PARAMETER = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]>'
                 "<xml><FromUserName>o</FromUserName><MsgType>text</MsgType></xml>")
XINCLUDE = ('<xml xmlns:xi="http://www.w3.org/2001/XInclude"><FromUserName>o-xi</FromUserName>'
            '<MsgType>text</MsgType><Content><xi:include href="file:///etc/passwd" parse="text"/></Content>'
            "<MsgId>4</MsgId></xml>")

CASES: dict[str, bytes | str] = {
    "malformed: unclosed": "<xml><ToUserName>",
    "malformed: not xml": "hello, 开票",
    "malformed: empty": "",
    "malformed: only declaration": '<?xml version="1.0"?>',
    "malformed: two roots": message(**BASE) + message(**BASE),
    "malformed: wrong root": "<root><FromUserName>o</FromUserName><MsgType>text</MsgType></root>",
    "malformed: bad nesting": "<xml><FromUserName><MsgType>text</FromUserName></MsgType></xml>",
    "malformed: NUL byte": message(**{**BASE, "Content": "a\x00b"}),
    "xxe: external entity": XXE,
    "xxe: parameter entity": XXE_PARAMETER,
    "xxe: billion laughs": BILLION_LAUGHS,
    "xinclude (not processed)": XINCLUDE,
    "encoding: declared GBK, sent GBK": ('<?xml version="1.0" encoding="GBK"?>' + message(**BASE)).encode("gbk"),
    "encoding: declared GBK, sent UTF-8": ('<?xml version="1.0" encoding="GBK"?>' + message(**BASE)).encode(),
    "encoding: invalid UTF-8": message(**{**BASE, "Content": "x"}).encode().replace(b"x", b"\xff\xfe\xc3"),
    "encoding: UTF-16 with BOM": ('<?xml version="1.0" encoding="UTF-16"?>' + message(**BASE)).encode("utf-16"),
    "encoding: UTF-8 BOM": b"\xef\xbb\xbf" + message(**BASE).encode(),
    "encoding: unknown declared": '<?xml version="1.0" encoding="x-klingon"?>' + message(**BASE),
    "missing: MsgType": without("MsgType"),
    "missing: FromUserName": without("FromUserName"),
    "missing: Content": without("Content"),
    "missing: MsgId": without("MsgId"),
    "missing: CreateTime": without("CreateTime"),
    "missing: everything": "<xml></xml>",
    "empty: FromUserName": without(FromUserName=""),
    "bad: CreateTime not a number": without(CreateTime="yesterday"),
    "bad: MsgId not a number": without(MsgId="abc"),
    "bad: nested element as value": without(MsgType="<a>text</a>"),
    "bad: attribute soup": '<xml a="1" b="2"><FromUserName x="y">o</FromUserName><MsgType>text</MsgType></xml>',
    "bad: duplicated fields": without(Content="<![CDATA[一]]></Content><Content><![CDATA[二]]>"),
    "unknown: MsgType": without(MsgType="<![CDATA[hologram]]>"),
    "unknown: Event": without("Content", MsgType="<![CDATA[event]]>", Event="<![CDATA[teleport]]>"),
    "unknown: Event empty": without("Content", MsgType="<![CDATA[event]]>", Event=""),
    "event: CLICK without key": without("Content", MsgType="<![CDATA[event]]>", Event="<![CDATA[CLICK]]>"),
    "event: scan with junk key": without("Content", MsgType="<![CDATA[event]]>", Event="<![CDATA[SCAN]]>",
                                         EventKey="<![CDATA[qrscene_<script>]]>"),
    "event: location with words": without("Content", MsgType="<![CDATA[event]]>", Event="<![CDATA[LOCATION]]>",
                                          Latitude="north", Longitude="west"),
    "type: image without media": without("Content", MsgType="<![CDATA[image]]>"),
    "type: voice": without("Content", MsgType="<![CDATA[voice]]>", MediaId="m", Format="amr"),
    "type: location": without("Content", MsgType="<![CDATA[location]]>", Location_X="abc", Location_Y="1"),
    "type: link": without("Content", MsgType="<![CDATA[link]]>", Title="t", Url="javascript:alert(1)"),
    "cdata: end marker inside": without(Content="<![CDATA[a]]]]><![CDATA[>b]]>"),
    "cdata: markup inside": without(Content="<![CDATA[<xml><MsgType>event</MsgType></xml>]]>"),
    "cdata: unterminated": without(Content="<![CDATA[abc"),
    "cdata: reply injection": without(Content="<![CDATA[]]></Content><FromUserName>o-other</FromUserName>]]>"),
    "text: control characters": without(Content="<![CDATA[\x01\x02\x1b[31m 开票]]>"),
    "text: right-to-left override": without(Content="<![CDATA[\u202e票开]]>"),
    "text: emoji and astral": without(Content="<![CDATA[🧾𠀀 开票]]>"),
    "text: only whitespace": without(Content="<![CDATA[ \n\t ]]>"),
    "text: very long": without(Content="<![CDATA[" + "开票" * 9000 + "]]>"),
    "text: very long openid": without(FromUserName="<![CDATA[" + "o" * 5000 + "]]>"),
    "text: many fields": message(**BASE, **{f"X{i}": "y" for i in range(2000)}),
    "deep nesting": "<xml>" + "<a>" * 2000 + "</a>" * 2000 + "</xml>",
}


async def test_bad_messages_get_a_4xx_or_a_polite_reply(poster: Poster, caplog: Any) -> None:
    """All cases in one test per mode (one app and database each): the setup dominates the cost."""
    problems = []
    for case, body in CASES.items():
        caplog.clear()
        status, reply = await poster.post(body)
        try:
            poster.assert_polite(status, reply, case)
            if case.startswith(("xxe:", "malformed:")):
                assert 400 <= status < 500, f"{case}: {status}"
            assert "root:" not in reply  # nothing from /etc/passwd
            # A polite reply that is really a crashed handler ("系统开了个小差") does not count.
            crashes = [r.getMessage()[:120] for r in caplog.records if r.levelname == "ERROR"]
            assert not crashes, f"{case}: {crashes}"
        except AssertionError as exc:
            problems.append(str(exc)[:300])
    assert not problems, "\n".join(problems)


async def test_the_bot_still_answers_after_the_fuzzing(poster: Poster) -> None:
    for case in ("xxe: billion laughs", "encoding: invalid UTF-8", "unknown: MsgType", "text: very long"):
        await poster.post(CASES[case])
    status, body = await poster.post(poster.text("帮助", openid="o-after"))
    assert status == 200
    reply = poster.sim.decode_reply(body)
    assert reply is not None and reply["ToUserName"] == "o-after" and reply["Content"]


async def test_huge_bodies_are_refused_before_parsing(poster: Poster, settings: Any) -> None:
    cap = settings.max_body_bytes
    for body in (b"<xml>" + b"A" * (cap + 1) + b"</xml>", b"\xff" * (cap * 4), BILLION_LAUGHS.encode() * 200):
        ts, nonce = poster.now(), "huge"
        params = {"timestamp": ts, "nonce": nonce, "signature": signature(settings.wechat_token, ts, nonce)}
        status, _ = await poster.post_raw(body, params)
        assert status == 413


async def test_bad_signatures_and_timestamps_are_403(poster: Poster, settings: Any) -> None:
    body = message(**BASE).encode()
    ts = poster.now()
    good = signature(settings.wechat_token, ts, "n")
    for params in (
        {},
        {"timestamp": ts, "nonce": "n"},
        {"timestamp": ts, "nonce": "n", "signature": "0" * 40},
        {"timestamp": ts, "nonce": "n", "signature": good.upper()},
        {"timestamp": ts, "nonce": "other", "signature": good},
        {"timestamp": "soon", "nonce": "n", "signature": signature(settings.wechat_token, "soon", "n")},
        {"timestamp": str(int(ts) - 301), "nonce": "n",
         "signature": signature(settings.wechat_token, str(int(ts) - 301), "n")},
        {"timestamp": str(int(ts) + 301), "nonce": "n",
         "signature": signature(settings.wechat_token, str(int(ts) + 301), "n")},
        {"timestamp": "9" * 400, "nonce": "n", "signature": signature(settings.wechat_token, "9" * 400, "n")},
    ):
        status, text = await poster.post_raw(body, params)
        assert status == 403, (params, status, text)


async def test_safe_mode_envelope_abuse(api: Any, settings: Any, clock: Any) -> None:
    settings.wechat_aes_key = SAMPLE_AES_KEY
    poster = Poster(api, settings, clock, "safe")
    good = message(**BASE)
    cases = {
        "wrong appid": (poster.envelope(good.encode(), appid="wx0000000000000000"), 403),
        "not base64": ("!!!not-base64!!!", 400),
        "base64 of garbage": (base64.b64encode(b"x" * 37).decode(), 400),
        "empty": ("", 400),
        "block-aligned noise": (base64.b64encode(os.urandom(64)).decode(), 400),
        "length prefix beyond the data": (poster.envelope(b"\xff" * 3), 400),
        "inner invalid UTF-8": (poster.envelope(b"<xml>\xff\xfe</xml>"), 400),
        "inner XXE": (poster.envelope(XXE.encode()), 400),
        "inner billion laughs": (poster.envelope(BILLION_LAUGHS.encode()), 400),
        "inner not xml": (poster.envelope("开票".encode()), 400),
    }
    for name, (encrypted, expected) in cases.items():
        status, body = await poster.post(b"", encrypt=encrypted)
        poster.assert_polite(status, body, name)
        assert 400 <= status < 500, (name, status, body)
        assert status == expected or expected == 400, (name, status)
    # A plaintext message while the endpoint runs in safe mode, and an envelope signed over other data.
    ts, nonce = poster.now(), "pl"
    params = {"timestamp": ts, "nonce": nonce, "signature": signature(settings.wechat_token, ts, nonce)}
    status, _ = await poster.post_raw(good.encode(), params)
    assert status == 400
    encrypted = poster.envelope(good.encode())
    params |= {"encrypt_type": "aes", "msg_signature": signature(settings.wechat_token, ts, nonce, "other")}
    outer = f"<xml><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>"
    status, _ = await poster.post_raw(outer.encode(), params)
    assert status == 403
    # An outer envelope carrying a DTD is refused before any decryption.
    outer = f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "E">]><xml><Encrypt>{encrypted}&e;</Encrypt></xml>'
    params["msg_signature"] = signature(settings.wechat_token, ts, nonce, encrypted)
    status, _ = await poster.post_raw(outer.encode(), params)
    assert status == 400


# ------------------------------------------------------------------ generated bodies

tags = st.sampled_from(["ToUserName", "FromUserName", "CreateTime", "MsgType", "Content", "MsgId", "Event",
                        "EventKey", "MediaId", "PicUrl", "Ticket", "x", "Encrypt"])
values = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["text", "event", "image", "voice", "video", "location", "link", "subscribe", "unsubscribe",
                     "CLICK", "SCAN", "VIEW", "开票", "注册", "取消", "帮助", "1795770000", "-1", "1e309",
                     "<![CDATA[x]]>", "]]>", "&amp;", "&unknown;", "&#0;", "&#x110000;", "<", ">"]),
)


def as_xml(fields: list[tuple[str, str]], cdata: bool) -> str:
    def wrap(value: str) -> str:
        return f"<![CDATA[{value}]]>" if cdata else value

    return "<xml>" + "".join(f"<{tag}>{wrap(value)}</{tag}>" for tag, value in fields) + "</xml>"


bodies = st.one_of(
    st.builds(as_xml, st.lists(st.tuples(tags, values), max_size=10), st.booleans()),
    st.binary(max_size=300),
    st.text(max_size=300),
)


@settings(deadline=None, max_examples=40, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=bodies)
async def test_generated_bodies_never_break_the_endpoint(poster: Poster, body: bytes | str) -> None:
    status, reply = await poster.post(body)
    poster.assert_polite(status, reply, body)

