"""Adapters against local fake servers: Tencent Cloud SMS, WeChat API, SMTP; console adapters.

Every fake server listens on 127.0.0.1 only. The real clients are exercised end to end:
the Tencent fake re-computes the TC3 signature independently of the adapter's code, the
WeChat fake counts access_token fetches, the SMTP fake speaks enough ESMTP (STARTTLS,
implicit TLS, AUTH PLAIN) for :mod:`smtplib`.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import datetime as dt
import email
import email.policy
import hashlib
import hmac
import ipaddress
import json
import logging
import socket
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import fakeredis
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from core.adapters.kv import RedisStore
from core.clock import FrozenClock
from core.ports import MiniappSession
from core.settings import Settings
from fapiao.integrations.email import (
    ConsoleEmail,
    EmailDeliveryError,
    RecordingEmail,
    SmtpEmail,
    build_email,
    render_email,
)
from fapiao.integrations.sms import (
    ConsoleSms,
    RecordingSms,
    SmsConfigurationError,
    SmsDeliveryError,
    TencentCloudSms,
    build_sms,
)
from fapiao.integrations.wechat import (
    ConsoleWeChatApi,
    RecordingWeChatApi,
    RedisTokenStorage,
    WeChatApiError,
    WeChatClientApi,
    build_wechat_api,
    sandbox_openid,
)
from templates import texts
from tests.kit.fakes import MINI_APPID, MINI_SECRET, OA_APPID, OA_SECRET, FakeWeChat, make_settings

ServerFactory = Callable[[web.Application], Awaitable[TestServer]]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(autouse=True)
def _no_proxy_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    # requests (inside wechatpy) honours proxy variables; the fakes are on loopback.
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


# =====================================================================================
# Tencent Cloud SMS
# =====================================================================================

SECRET_ID = "AKIDfapiaoTestSecretId0000000000"
SECRET_KEY = "fapiaoTestSecretKey0000000000000"
CLOCK_START = dt.datetime(2026, 11, 27, 23, 59, 58, tzinfo=dt.UTC)


def tc3_check(request: web.Request, body: bytes, secret_key: str) -> str | None:
    """Independent re-computation of TC3-HMAC-SHA256, as Tencent's gateway does.

    Returns None when the signature is right, else what is wrong.
    """
    auth = request.headers.get("Authorization", "")
    algorithm, _, rest = auth.partition(" ")
    if algorithm != "TC3-HMAC-SHA256":
        return f"algorithm {algorithm!r}"
    fields = dict(part.strip().split("=", 1) for part in rest.split(","))
    secret_id, date, service, terminator = fields["Credential"].split("/")
    if secret_id != SECRET_ID or service != "sms" or terminator != "tc3_request":
        return f"credential {fields['Credential']!r}"
    timestamp = int(request.headers["X-TC-Timestamp"])
    if date != time.strftime("%Y-%m-%d", time.gmtime(timestamp)):
        return f"date {date} does not match timestamp {timestamp}"
    signed = fields["SignedHeaders"].split(";")
    if not {"content-type", "host"} <= set(signed) or signed != sorted(signed):
        return f"signed headers {signed}"
    canonical_headers = "".join(f"{name}:{request.headers[name].strip().lower()}\n" for name in signed)
    canonical_request = "\n".join(
        [
            request.method,
            request.path,
            request.query_string,
            canonical_headers,
            ";".join(signed),
            hashlib.sha256(body).hexdigest(),
        ]
    )
    string_to_sign = "\n".join(
        [
            "TC3-HMAC-SHA256",
            str(timestamp),
            f"{date}/{service}/tc3_request",
            hashlib.sha256(canonical_request.encode()).hexdigest(),
        ]
    )
    key = ("TC3" + secret_key).encode()
    for part in (date, service, "tc3_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    expected = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, fields["Signature"]):
        return "signature mismatch"
    return None


@dataclass
class FakeTencentSms:
    mode: str = "ok"  # ok | error | status_error | hang
    requests: list[dict[str, Any]] = field(default_factory=list)
    release: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        problem = tc3_check(request, body, SECRET_KEY)
        self.requests.append({"headers": dict(request.headers), "body": json.loads(body), "problem": problem})
        if problem:
            return web.json_response(
                {
                    "Response": {
                        "Error": {"Code": "AuthFailure.SignatureFailure", "Message": problem},
                        "RequestId": "req-sig",
                    }
                }
            )
        if self.mode == "hang":
            await asyncio.wait_for(self.release.wait(), 30)
        if self.mode == "error":
            return web.json_response(
                {
                    "Response": {
                        "Error": {
                            "Code": "LimitExceeded.PhoneNumberDailyLimit",
                            "Message": "单个手机号日下发短信条数超过设定的上限",
                        },
                        "RequestId": "req-err",
                    }
                }
            )
        phone = json.loads(body)["PhoneNumberSet"][0]
        code, message = ("Ok", "send success")
        if self.mode == "status_error":
            code, message = ("FailedOperation.PhoneNumberInBlacklist", "手机号在免打扰名单库中")
        return web.json_response(
            {
                "Response": {
                    "SendStatusSet": [
                        {
                            "SerialNo": "5000:1045710669157053657849499619",
                            "PhoneNumber": phone,
                            "Fee": 1,
                            "SessionContext": "",
                            "Code": code,
                            "Message": message,
                            "IsoCode": "CN",
                        }
                    ],
                    "RequestId": "req-ok",
                }
            }
        )


@pytest.fixture
async def tencent(aiohttp_server: ServerFactory) -> AsyncIterator[tuple[FakeTencentSms, TestServer]]:
    fake = FakeTencentSms()
    app = web.Application()
    app.router.add_post("/", fake.handle)
    server = await aiohttp_server(app)
    yield fake, server
    fake.release.set()


def tencent_settings(server: TestServer, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "sms_provider": "tencent",
        "sms_tencent_secret_id": SECRET_ID,
        "sms_tencent_secret_key": SECRET_KEY,
        "sms_tencent_sdk_app_id": "1400787878",
        "sms_tencent_sign_name": "武汉发票助手",
        "sms_tencent_endpoint": str(server.make_url("/")),
        "sms_tencent_region": "ap-guangzhou",
        "sms_tencent_templates": {"sms.code": "1983456", "sms.password_changed": "1983457"},
    }
    values.update(overrides)
    return make_settings(**values)


CODE_PARAMS = {"code": "482913", "purpose": "register", "minutes": 5}


async def test_tencent_sms_signed_request_and_body(tencent: tuple[FakeTencentSms, TestServer]) -> None:
    fake, server = tencent
    sms = TencentCloudSms(tencent_settings(server), texts(), clock=FrozenClock(CLOCK_START))
    try:
        await sms.send("13800138000", "sms.code", CODE_PARAMS)
        await sms.send("13900139000", "sms.password_changed", {"name": "张三"})
    finally:
        await sms.close()

    assert [r["problem"] for r in fake.requests] == [None, None]
    first = fake.requests[0]
    headers = first["headers"]
    assert headers["X-TC-Action"] == "SendSms"
    assert headers["X-TC-Version"] == "2021-01-11"
    assert headers["X-TC-Region"] == "ap-guangzhou"
    assert headers["X-TC-Timestamp"] == str(int(CLOCK_START.timestamp()))
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    assert headers["Host"] == f"127.0.0.1:{server.port}"
    assert f"Credential={SECRET_ID}/2026-11-27/sms/tc3_request" in headers["Authorization"]
    assert first["body"] == {
        "PhoneNumberSet": ["+8613800138000"],
        "SmsSdkAppId": "1400787878",
        "SignName": "武汉发票助手",
        "TemplateId": "1983456",
        "TemplateParamSet": ["482913", "5"],
    }
    second = fake.requests[1]["body"]
    assert second["TemplateId"] == "1983457"
    assert second["TemplateParamSet"] == ["张三"]


async def test_tencent_sms_wrong_secret_is_rejected_by_the_fake(
    tencent: tuple[FakeTencentSms, TestServer],
) -> None:
    fake, server = tencent
    sms = TencentCloudSms(tencent_settings(server, sms_tencent_secret_key="not-the-secret"), texts())
    try:
        with pytest.raises(SmsDeliveryError) as caught:
            await sms.send("13800138000", "sms.code", CODE_PARAMS)
    finally:
        await sms.close()
    assert caught.value.provider_code == "AuthFailure.SignatureFailure"
    assert fake.requests[0]["problem"] == "signature mismatch"


async def test_tencent_sms_error_response(tencent: tuple[FakeTencentSms, TestServer]) -> None:
    fake, server = tencent
    fake.mode = "error"
    sms = TencentCloudSms(tencent_settings(server), texts())
    try:
        with pytest.raises(SmsDeliveryError) as caught:
            await sms.send("13800138000", "sms.code", CODE_PARAMS)
    finally:
        await sms.close()
    assert caught.value.provider_code == "LimitExceeded.PhoneNumberDailyLimit"
    assert "上限" in caught.value.provider_message
    assert caught.value.code == "service_unavailable"  # shown to users as the polite 503 text


async def test_tencent_sms_send_status_not_ok(tencent: tuple[FakeTencentSms, TestServer]) -> None:
    fake, server = tencent
    fake.mode = "status_error"
    sms = TencentCloudSms(tencent_settings(server), texts())
    try:
        with pytest.raises(SmsDeliveryError) as caught:
            await sms.send("13800138000", "sms.code", CODE_PARAMS)
    finally:
        await sms.close()
    assert caught.value.provider_code == "FailedOperation.PhoneNumberInBlacklist"


async def test_tencent_sms_timeout(tencent: tuple[FakeTencentSms, TestServer]) -> None:
    fake, server = tencent
    fake.mode = "hang"
    sms = TencentCloudSms(tencent_settings(server), texts(), timeout=0.5)
    started = time.monotonic()
    try:
        with pytest.raises(SmsDeliveryError) as caught:
            await sms.send("13800138000", "sms.code", CODE_PARAMS)
    finally:
        await sms.close()
        fake.release.set()
    assert caught.value.provider_code == "Timeout"
    assert time.monotonic() - started < 3


async def test_tencent_sms_unreachable() -> None:
    settings = make_settings(
        sms_tencent_endpoint=f"http://127.0.0.1:{free_port()}/",
        sms_tencent_templates={"sms.code": "1"},
    )
    sms = TencentCloudSms(settings, texts(), timeout=2)
    try:
        with pytest.raises(SmsDeliveryError) as caught:
            await sms.send("13800138000", "sms.code", CODE_PARAMS)
    finally:
        await sms.close()
    assert caught.value.provider_code == "NetworkError"


async def test_tencent_sms_unmapped_template_is_a_clear_error() -> None:
    sms = TencentCloudSms(make_settings(sms_tencent_templates={}), texts())
    with pytest.raises(SmsConfigurationError, match=r"SMS_TENCENT_TEMPLATES.*sms\.code"):
        await sms.send("13800138000", "sms.code", CODE_PARAMS)
    await sms.close()


# =====================================================================================
# WeChat API (wechatpy in threads) against a fake api.weixin.qq.com
# =====================================================================================


@pytest.fixture
async def wechat(aiohttp_server: ServerFactory) -> tuple[FakeWeChat, Settings]:
    fake = FakeWeChat()
    app = web.Application()
    app.router.add_get("/cgi-bin/token", fake.token)
    app.router.add_post("/cgi-bin/message/custom/send", fake.custom_send)
    app.router.add_post("/cgi-bin/menu/create", fake.menu_create)
    app.router.add_post("/cgi-bin/message/template/send", fake.template_send)
    app.router.add_get("/sns/jscode2session", fake.jscode2session)
    server = await aiohttp_server(app)
    settings = make_settings(
        wechat_api="wechat",
        wechat_appid=OA_APPID,
        wechat_appsecret=OA_SECRET,
        miniapp_appid=MINI_APPID,
        miniapp_secret=MINI_SECRET,
        wechat_api_base_url=str(server.make_url("/cgi-bin/")),
    )
    return fake, settings


async def test_wechat_send_text_with_shared_token(wechat: tuple[FakeWeChat, Settings]) -> None:
    fake, settings = wechat
    store = RedisStore.from_url("memory://")
    api = WeChatClientApi(settings, store)
    await api.send_text("o-user-1", "您的发票已开具：24422000000012345678")
    await api.send_text("o-user-1", "第二条")

    assert fake.calls() == 1
    token = f"TOKEN-{OA_APPID}-1"
    assert fake.custom[0] == (
        token,
        {
            "touser": "o-user-1",
            "msgtype": "text",
            "text": {"content": "您的发票已开具：24422000000012345678"},
        },
    )
    assert fake.custom[1][0] == token


async def test_wechat_two_workers_on_one_store_fetch_token_once(wechat: tuple[FakeWeChat, Settings]) -> None:
    fake, settings = wechat
    fake.token_delay = 0.3  # both workers miss the token at the same time
    store = RedisStore.from_url("memory://")
    first, second = WeChatClientApi(settings, store), WeChatClientApi(settings, store)
    await asyncio.gather(
        first.send_text("o-a", "一"),
        second.send_text("o-b", "二"),
        first.send_text("o-c", "三"),
        second.send_text("o-d", "四"),
    )
    assert fake.calls() == 1
    assert {token for token, _ in fake.custom} == {f"TOKEN-{OA_APPID}-1"}
    # A different store (another embedded process) does not share.
    third = WeChatClientApi(settings, RedisStore.from_url("memory://"))
    await third.send_text("o-e", "五")
    assert fake.calls() == 2


async def test_wechat_workers_share_token_through_redis(wechat: tuple[FakeWeChat, Settings]) -> None:
    fake, settings = wechat
    fake.token_delay = 0.3
    server = fakeredis.FakeServer()
    clients = [fakeredis.FakeRedis(server=server, decode_responses=True) for _ in range(3)]
    store = RedisStore.from_url("memory://")
    workers = [
        WeChatClientApi(settings, store, token_storage=RedisTokenStorage(client)) for client in clients
    ]
    await asyncio.gather(*(worker.send_text(f"o-{i}", "并发") for i, worker in enumerate(workers * 2)))

    assert fake.calls() == 1
    assert len(fake.custom) == 6
    key = f"wechat:{OA_APPID}_access_token"
    assert clients[0].get(key) == f"TOKEN-{OA_APPID}-1"
    assert 6800 < clients[0].ttl(key) <= 6900  # refreshed 5 minutes before WeChat expires it
    assert clients[0].exists(f"{key}:lock") == 0  # lock released


async def test_wechat_rejected_token_is_refreshed_once(wechat: tuple[FakeWeChat, Settings]) -> None:
    fake, settings = wechat
    api = WeChatClientApi(settings, RedisStore.from_url("memory://"))
    await api.send_text("o-user", "一")
    fake.valid_tokens.clear()  # WeChat retired the token (someone fetched another one)
    await api.send_text("o-user", "二")
    assert fake.calls() == 2
    assert fake.custom[-1][0] == f"TOKEN-{OA_APPID}-2"


async def test_wechat_errcode_raises(wechat: tuple[FakeWeChat, Settings]) -> None:
    _fake, settings = wechat
    api = WeChatClientApi(settings, RedisStore.from_url("memory://"))
    with pytest.raises(WeChatApiError) as caught:
        await api.send_text("o-window-closed", "超过 48 小时")
    assert caught.value.errcode == 45015
    assert "time limit" in caught.value.errmsg
    assert caught.value.code == "service_unavailable"


async def test_wechat_wrong_secret_raises(wechat: tuple[FakeWeChat, Settings]) -> None:
    _fake, settings = wechat
    api = WeChatClientApi(
        settings.model_copy(update={"wechat_appsecret": "wrong"}), RedisStore.from_url("memory://")
    )
    with pytest.raises(WeChatApiError) as caught:
        await api.send_text("o-user", "x")
    assert caught.value.errcode == 40125


async def test_wechat_unreachable_raises() -> None:
    settings = make_settings(
        wechat_api_base_url=f"http://127.0.0.1:{free_port()}/cgi-bin/", wechat_appsecret="s"
    )
    api = WeChatClientApi(settings, RedisStore.from_url("memory://"), timeout=2)
    with pytest.raises(WeChatApiError) as caught:
        await api.send_text("o-user", "x")
    assert caught.value.errcode == -1


async def test_wechat_menu_and_template(wechat: tuple[FakeWeChat, Settings]) -> None:
    fake, settings = wechat
    api = WeChatClientApi(settings, RedisStore.from_url("memory://"))
    menu = {"button": [{"type": "click", "name": "开发票", "key": "ISSUE"}]}
    await api.create_menu(menu)
    data = {"first": {"value": "发票已开具"}, "keyword1": {"value": "¥1,130.00"}}
    await api.send_template("o-user", "TPL-1", data, url="https://fapiao.example/v/abc")
    assert fake.menus == [(f"TOKEN-{OA_APPID}-1", menu)]
    assert fake.templates[0][1] == {
        "touser": "o-user",
        "template_id": "TPL-1",
        "url": "https://fapiao.example/v/abc",
        "data": data,
    }


async def test_wechat_code_to_session(wechat: tuple[FakeWeChat, Settings]) -> None:
    fake, settings = wechat
    api = WeChatClientApi(settings, RedisStore.from_url("memory://"))
    session = await api.code_to_session("081abc")
    assert session == MiniappSession(openid="o-mini-081abc", unionid="u-081abc")
    query = fake.jscode_queries[0]
    assert query == {
        "appid": MINI_APPID,
        "secret": MINI_SECRET,
        "js_code": "081abc",
        "grant_type": "authorization_code",
    }
    assert fake.calls(MINI_APPID) == 0  # code2session needs no access_token
    with pytest.raises(WeChatApiError) as caught:
        await api.code_to_session("bad")
    assert caught.value.errcode == 40029


def test_build_wechat_api_chooses_by_settings() -> None:
    store = RedisStore.from_url("memory://")
    assert isinstance(build_wechat_api(make_settings(), store, texts()), ConsoleWeChatApi)
    built = build_wechat_api(make_settings(wechat_api="wechat"), store, texts())
    assert isinstance(built, WeChatClientApi)


async def test_recording_wechat_api() -> None:
    api = RecordingWeChatApi()
    api.sessions["c1"] = MiniappSession("o-1", None)
    await api.send_text("o-1", "hi")
    await api.create_menu({"button": []})
    assert api.texts_sent == [("o-1", "hi")]
    assert api.menus == [{"button": []}]
    assert await api.code_to_session("c1") == MiniappSession("o-1", None)
    with pytest.raises(WeChatApiError):
        await api.code_to_session("unknown")
    slow = RecordingWeChatApi(delay_seconds=0.2)
    started = time.monotonic()
    await slow.send_text("o-1", "slow")
    assert time.monotonic() - started >= 0.19


# =====================================================================================
# SMTP
# =====================================================================================


@dataclass
class ReceivedMail:
    mail_from: str
    rcpt_to: list[str]
    data: bytes
    over_tls: bool


@dataclass
class FakeSmtp:
    """Enough ESMTP for smtplib: EHLO, STARTTLS, AUTH PLAIN, MAIL, RCPT, DATA, QUIT."""

    tls_context: ssl.SSLContext | None = None
    implicit_tls: bool = False
    mails: list[ReceivedMail] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    port: int = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        tls = self.implicit_tls
        mail_from, rcpt_to = "", list[str]()

        async def reply(*lines: str) -> None:
            for index, line in enumerate(lines):
                code, text = line[:3], line[4:]
                sep = " " if index == len(lines) - 1 else "-"
                writer.write(f"{code}{sep}{text}\r\n".encode())
            await writer.drain()

        await reply("220 fake.smtp ESMTP ready")
        try:
            while raw := await reader.readline():
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                verb = line.split(" ", 1)[0].upper()
                if verb == "EHLO":
                    extensions = ["250 fake.smtp", "250 8BITMIME", "250 AUTH PLAIN"]
                    if self.tls_context and not tls:
                        extensions.append("250 STARTTLS")
                    await reply(*extensions)
                elif verb == "HELO":
                    await reply("250 fake.smtp")
                elif verb == "STARTTLS" and self.tls_context:
                    await reply("220 ready to start TLS")
                    await writer.start_tls(self.tls_context)
                    tls = True
                elif verb == "AUTH":
                    _, _, initial = line.split(" ", 2)
                    _, user, password = base64.b64decode(initial).decode().split("\0")
                    self.logins.append((user, password))
                    await reply("235 authenticated")
                elif verb == "MAIL":
                    mail_from, rcpt_to = line.split(":", 1)[1].split()[0].strip("<>"), list[str]()
                    await reply("250 ok")
                elif verb == "RCPT":
                    rcpt_to.append(line.split(":", 1)[1].strip().strip("<>"))
                    await reply("250 ok")
                elif verb == "DATA":
                    await reply("354 end data with <CR><LF>.<CR><LF>")
                    chunks = []
                    while (chunk := await reader.readline()) not in (b".\r\n", b""):
                        chunks.append(chunk[1:] if chunk.startswith(b"..") else chunk)
                    self.mails.append(ReceivedMail(mail_from, rcpt_to, b"".join(chunks), tls))
                    await reply("250 queued")
                elif verb == "QUIT":
                    await reply("221 bye")
                    break
                elif verb in ("RSET", "NOOP"):
                    await reply("250 ok")
                else:
                    await reply("502 not implemented")
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


@contextlib.asynccontextmanager
async def running_smtp(fake: FakeSmtp) -> AsyncIterator[FakeSmtp]:
    server = await asyncio.start_server(
        fake.handle, "127.0.0.1", 0, ssl=fake.tls_context if fake.implicit_tls else None
    )
    fake.port = server.sockets[0].getsockname()[1]
    try:
        yield fake
    finally:
        server.close()
        await server.wait_closed()


@dataclass
class Tls:
    server: ssl.SSLContext
    client: ssl.SSLContext


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Tls:
    """A self-signed certificate for 127.0.0.1, trusted by the client context only."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fapiao test smtp")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    directory: Path = tmp_path_factory.mktemp("tls")
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert_path, key_path)
    client = ssl.create_default_context(cafile=str(cert_path))
    return Tls(server=server, client=client)


EMAIL_PARAMS = {"code": "907153", "purpose": "reset", "minutes": 5}


def smtp_settings(port: int, mode: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "email_provider": "smtp",
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_user": "noreply@fapiao.example",
        "smtp_password": "p@ss-w0rd",
        "smtp_from": "发票助手 <noreply@fapiao.example>",
        "smtp_tls": mode,
    }
    values.update(overrides)
    return make_settings(**values)


def assert_code_mail(mail: ReceivedMail, to: str) -> None:
    subject, body = render_email(texts(), "email.code", EMAIL_PARAMS)
    message = email.message_from_bytes(mail.data, policy=email.policy.default)
    assert mail.mail_from == "noreply@fapiao.example"
    assert mail.rcpt_to == [to]
    assert message["Subject"] == subject == "fapiao 验证码"
    assert message["To"] == to
    assert message["From"].addresses[0].display_name == "发票助手"
    assert message["Message-ID"].endswith("@fapiao.example>")
    content = message.get_body().get_content()  # type: ignore[union-attr]
    assert content.strip() == body.strip()
    assert "907153" in content and "重置" in content


@pytest.mark.parametrize("mode", ["none", "starttls", "ssl"])
async def test_smtp_delivers_utf8_message(mode: str, tls: Tls) -> None:
    fake = FakeSmtp(tls_context=None if mode == "none" else tls.server, implicit_tls=mode == "ssl")
    async with running_smtp(fake):
        sender = SmtpEmail(smtp_settings(fake.port, mode), texts(), ssl_context=tls.client, timeout=5)
        await sender.send("kuaiji@example.cn", "email.code", EMAIL_PARAMS)
    assert len(fake.mails) == 1
    assert fake.mails[0].over_tls is (mode != "none")
    assert fake.logins == [("noreply@fapiao.example", "p@ss-w0rd")]
    assert_code_mail(fake.mails[0], "kuaiji@example.cn")


async def test_smtp_without_login(tls: Tls) -> None:
    fake = FakeSmtp()
    async with running_smtp(fake):
        sender = SmtpEmail(smtp_settings(fake.port, "none", smtp_user=""), texts(), timeout=5)
        await sender.send("kuaiji@example.cn", "email.code", EMAIL_PARAMS)
    assert fake.logins == []
    assert_code_mail(fake.mails[0], "kuaiji@example.cn")


async def test_smtp_non_ascii_password_is_a_clear_error() -> None:
    fake = FakeSmtp()
    async with running_smtp(fake):
        sender = SmtpEmail(smtp_settings(fake.port, "none", smtp_password="密码"), texts(), timeout=5)
        with pytest.raises(EmailDeliveryError, match="must be ASCII"):
            await sender.send("kuaiji@example.cn", "email.code", EMAIL_PARAMS)
    assert fake.mails == []


async def test_smtp_untrusted_certificate_is_refused(tls: Tls) -> None:
    fake = FakeSmtp(tls_context=tls.server, implicit_tls=True)
    async with running_smtp(fake):
        sender = SmtpEmail(smtp_settings(fake.port, "ssl"), texts(), timeout=5)  # system CAs only
        with pytest.raises(EmailDeliveryError):
            await sender.send("kuaiji@example.cn", "email.code", EMAIL_PARAMS)
    assert fake.mails == []


async def test_smtp_unreachable_raises() -> None:
    sender = SmtpEmail(smtp_settings(free_port(), "none"), texts(), timeout=2)
    with pytest.raises(EmailDeliveryError):
        await sender.send("kuaiji@example.cn", "email.code", EMAIL_PARAMS)


# =====================================================================================
# Console and recording adapters, builders
# =====================================================================================


def messages(caplog: pytest.LogCaptureFixture, logger: str) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == logger]


async def test_console_sms_logs_one_line(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="fapiao.sms")
    await ConsoleSms(texts()).send("13800138000", "sms.code", CODE_PARAMS)
    text = texts().render("sms.code", CODE_PARAMS)
    assert messages(caplog, "fapiao.sms") == [f"SMS to 13800138000: {text}"]
    assert "482913" in text and "\n" not in text
    assert caplog.records[-1].levelno == logging.INFO


async def test_console_email_logs_one_line(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="fapiao.email")
    await ConsoleEmail(texts()).send("kuaiji@example.cn", "email.code", EMAIL_PARAMS)
    subject, body = render_email(texts(), "email.code", EMAIL_PARAMS)
    one_line = " ".join(line.strip() for line in body.splitlines() if line.strip())
    [line] = messages(caplog, "fapiao.email")
    assert line == f"EMAIL to kuaiji@example.cn: {subject} | {one_line}"
    assert line.startswith("EMAIL to kuaiji@example.cn: fapiao 验证码 | 您好：")
    assert "907153" in line and "\n" not in line


async def test_console_wechat_logs_and_keeps_pushes(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="fapiao.wechat")
    store = RedisStore.from_url("memory://")
    clock = FrozenClock(CLOCK_START)
    api = ConsoleWeChatApi(store, texts(), clock=clock)
    await api.send_text("o-dev-1", "发票已开具")
    clock.advance(seconds=5)
    await api.send_text("o-dev-1", "第二条")
    await api.create_menu({"button": [{"name": "开票"}]})

    assert messages(caplog, "fapiao.wechat") == [
        "WECHAT push to o-dev-1: 发票已开具",
        "WECHAT push to o-dev-1: 第二条",
        'WECHAT menu: {"button": [{"name": "开票"}]}',
    ]
    pushes = [json.loads(item) for item in await store.lrange("push:o-dev-1", 0, -1)]
    assert pushes == [
        {"seq": 1, "text": "发票已开具", "at": CLOCK_START.isoformat()},
        {"seq": 2, "text": "第二条", "at": (CLOCK_START + dt.timedelta(seconds=5)).isoformat()},
    ]
    assert 0 < await store.ttl("push:o-dev-1") <= 86400


async def test_console_wechat_keeps_last_200_pushes() -> None:
    store = RedisStore.from_url("memory://")
    api = ConsoleWeChatApi(store, texts())
    for index in range(205):
        await api.send_text("o-dev-2", f"#{index}")
    pushes = await store.lrange("push:o-dev-2", 0, -1)
    assert len(pushes) == 200
    assert json.loads(pushes[0])["text"] == "#5"


async def test_console_wechat_sandbox_openid_is_stable() -> None:
    api = ConsoleWeChatApi(RedisStore.from_url("memory://"), texts())
    first = await api.code_to_session("any-code")
    assert first == await api.code_to_session("any-code")
    assert (
        first.openid
        == "sandbox-" + hashlib.sha256(b"any-code").hexdigest()[:24]
        == sandbox_openid("any-code")
    )
    assert first.unionid is None
    assert (await api.code_to_session("other-code")).openid != first.openid


async def test_recording_sms_and_email() -> None:
    sms = RecordingSms()
    await sms.send("13800138000", "sms.code", {"code": "111111", "minutes": 5})
    await sms.send("13800138000", "sms.password_changed", {"name": "张三"})
    await sms.send("13800138000", "sms.code", {"code": "222222", "minutes": 5})
    assert sms.last_code("13800138000") == "222222"
    assert sms.last_code("13900139000") is None
    assert sms.sent[1] == ("13800138000", "sms.password_changed", {"name": "张三"})
    mail = RecordingEmail()
    await mail.send("a@example.cn", "email.code", {"code": "333333"})
    assert mail.last_code("a@example.cn") == "333333"


def test_builders_choose_by_settings() -> None:
    assert isinstance(build_sms(make_settings(), texts()), ConsoleSms)
    assert isinstance(build_sms(make_settings(sms_provider="tencent"), texts()), TencentCloudSms)
    assert isinstance(build_email(make_settings(), texts()), ConsoleEmail)
    assert isinstance(build_email(make_settings(email_provider="smtp"), texts()), SmtpEmail)
