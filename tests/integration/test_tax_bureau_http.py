"""HttpTaxBureau against a local fake provider gateway (docs/tax-bureau-api.md).

The fake listens on 127.0.0.1 only. It re-computes the HMAC-SHA256 signature on its own
(not with the adapter's code), checks the timestamp window and nonce reuse, keeps
declarations in memory and answers ``code``/``msg``/``data`` envelopes.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from core.clock import FrozenClock
from core.domain.errors import ServiceUnavailable
from core.port_data.tax_bureau import Submission, TaxBureauRejected, TaxBureauUnavailable
from core.ports import TaxBureau
from fapiao.integrations.tax_bureau_http import HttpTaxBureau, period_bounds

ServerFactory = Callable[[web.Application], Awaitable[TestServer]]

APP_KEY = "fapiao-test-app"
APP_SECRET = "fapiao-test-secret-0123456789abcdef"
COMMON = ("appKey", "method", "version", "timestamp", "nonce", "signType", "bizContent", "sign")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(autouse=True)
def _no_proxy_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def expected_sign(body: dict[str, str], secret: str) -> str:
    """Independent re-computation, as the provider does it."""
    pairs = sorted((k, v) for k, v in body.items() if k != "sign" and v not in ("", None))
    text = "&".join(f"{k}={v}" for k, v in pairs)
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest().upper()


@dataclass
class FakeProvider:
    mode: str = "ok"  # ok | hang | http502 | bad_status
    requests: list[dict[str, Any]] = field(default_factory=list)
    declarations: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_request_no: dict[str, str] = field(default_factory=dict)
    nonces: set[str] = field(default_factory=set)
    release: asyncio.Event = field(default_factory=asyncio.Event)

    @staticmethod
    def answer(code: str, msg: str, data: Any = None) -> web.Response:
        return web.json_response({"code": code, "msg": msg, "requestId": "req-1", "data": data})

    def problem(self, body: dict[str, Any]) -> tuple[str, str] | None:
        if set(body) != set(COMMON) or not all(isinstance(v, str) for v in body.values()):
            return "2001", f"公共参数不完整：{sorted(body)}"
        if body["appKey"] != APP_KEY:
            return "1003", "appKey 无效"
        if body["signType"] != "HMAC-SHA256" or body["version"] != "1.0":
            return "2001", "signType 或 version 不支持"
        if not hmac.compare_digest(expected_sign(body, APP_SECRET), body["sign"]):
            return "1001", "签名错误"
        if abs(int(body["timestamp"]) / 1000 - time.time()) > 300:
            return "1002", "时间戳超出允许范围"
        if body["nonce"] in self.nonces:
            return "1004", "nonce 重复"
        self.nonces.add(body["nonce"])
        return None

    def view(self, number: str) -> dict[str, Any]:
        d = self.declarations[number]
        return {k: d[k] for k in ("declarationNo", "status", "statusMsg", "receiptNo", "statusTime")}

    async def handle(self, request: web.Request) -> web.Response:
        raw = await request.read()
        body = json.loads(raw)
        self.requests.append({"headers": dict(request.headers), "body": body})
        if self.mode == "hang":
            await asyncio.wait_for(self.release.wait(), 30)
        if self.mode == "http502":
            return web.Response(status=502, text="<html>Bad Gateway</html>", content_type="text/html")
        problem = self.problem(body)
        if problem:
            return self.answer(*problem)
        biz = json.loads(body["bizContent"])
        method = body["method"]
        if method == "tax.declaration.submit":
            number = self.by_request_no.get(biz["outRequestNo"])
            if number is None:
                number = f"DN{len(self.declarations) + 1:08d}"
                self.by_request_no[biz["outRequestNo"]] = number
                self.declarations[number] = {
                    "declarationNo": number, "status": "ACCEPTED", "statusMsg": "已受理",
                    "receiptNo": None, "statusTime": "2026-12-03 10:00:05", "biz": biz, "files": [],
                }
            if self.mode == "bad_status":
                self.declarations[number]["status"] = "ON_HOLD"
            return self.answer("0", "success", self.view(number))
        number = biz.get("declarationNo", "")
        if number not in self.declarations:
            return self.answer("2004", f"申报记录 {number} 不存在")
        declaration = self.declarations[number]
        if method == "tax.declaration.query":
            return self.answer("0", "success", self.view(number))
        if method == "tax.declaration.attachment.upload":
            content = base64.b64decode(biz["fileContent"])
            if hashlib.sha256(content).hexdigest() != biz["fileSha256"] or len(content) != biz["fileSize"]:
                return self.answer("2001", "附件校验失败")
            declaration["files"].append((biz["fileName"], biz["mediaType"], content))
            if declaration["status"] == "NEED_MATERIALS":
                declaration.update(status="REVIEWING", statusMsg="已收到补充材料，重新审核中")
            return self.answer("0", "success", self.view(number))
        if method == "tax.declaration.pay":
            if declaration["status"] != "SUCCESS":
                return self.answer("2009", "申报状态不允许缴款")
            if biz["amount"] != declaration["biz"]["figures"]["payable"]:
                return self.answer("2010", f"缴款金额 {biz['amount']} 与应纳税额不一致")
            declaration.update(status="PAID", statusMsg="缴款成功", receiptNo="JK0001",
                               statusTime="2026-12-03T10:30:00+08:00", payment=biz)
            return self.answer("0", "success", self.view(number))
        return self.answer("2001", f"未知方法 {method}")


@pytest.fixture
async def provider(aiohttp_server: ServerFactory) -> AsyncIterator[tuple[FakeProvider, TestServer]]:
    fake = FakeProvider()
    app = web.Application()
    app.router.add_post("/gateway", fake.handle)
    server = await aiohttp_server(app)
    yield fake, server
    fake.release.set()


@pytest.fixture
async def bureau(provider: tuple[FakeProvider, TestServer]) -> AsyncIterator[HttpTaxBureau]:
    _, server = provider
    client = HttpTaxBureau(str(server.make_url("/gateway")), APP_KEY, APP_SECRET, timeout=5)
    yield client
    await client.close()


SUBMISSION = Submission(
    submission_key="filing-7:v1",
    taxpayer_id="91420100MA4KXXXX1X",
    tax_type="vat",
    period="2026-11",
    figures={"output_tax": "13000.00", "sales_total": "100000.00", "payable": "13000.00"},
    declared_invoice_total="100000.00",
)


def test_satisfies_the_port(bureau: HttpTaxBureau) -> None:
    port: TaxBureau = bureau
    assert port is bureau


def test_period_bounds() -> None:
    assert [d.isoformat() for d in period_bounds("2026-11")] == ["2026-11-01", "2026-11-30"]
    assert [d.isoformat() for d in period_bounds("2028-02")] == ["2028-02-01", "2028-02-29"]
    assert [d.isoformat() for d in period_bounds("2026Q4")] == ["2026-10-01", "2026-12-31"]
    assert [d.isoformat() for d in period_bounds("2026Q1")] == ["2026-01-01", "2026-03-31"]
    with pytest.raises(ValueError):
        period_bounds("2026-13")


def test_documented_signature_example() -> None:
    """The worked example in docs/tax-bureau-api.md (also checked with openssl)."""
    client = HttpTaxBureau("https://gw.example/", "demo-app-key", "demo-app-secret")
    body = client.envelope("tax.declaration.query", {"declarationNo": "SB20261203000001"},
                           timestamp="1796263200000", nonce="5f2b8c0e9d4a4b7c8e1f2a3b4c5d6e7f")
    assert body["bizContent"] == '{"declarationNo":"SB20261203000001"}'
    assert body["sign"] == "092398864F0B050B4A11B31F30DC0E38455FB33C23A7F7766A144758486FC7F2"
    assert expected_sign(body, "demo-app-secret") == body["sign"]


async def test_submit_signed_request_body_and_status(
    provider: tuple[FakeProvider, TestServer], bureau: HttpTaxBureau
) -> None:
    fake, _ = provider
    status = await bureau.submit(SUBMISSION)
    assert status.reference == "DN00000001"
    assert status.state == "accepted"
    assert status.message == "已受理"
    assert status.receipt is None
    assert status.at == datetime(2026, 12, 3, 2, 0, 5, tzinfo=UTC)  # naive provider time is Beijing time

    request = fake.requests[0]
    assert request["headers"]["Content-Type"] == "application/json; charset=utf-8"
    body = request["body"]
    assert body["appKey"] == APP_KEY
    assert body["method"] == "tax.declaration.submit"
    assert len(body["nonce"]) == 32
    assert abs(int(body["timestamp"]) / 1000 - time.time()) < 60
    assert json.loads(body["bizContent"]) == {
        "outRequestNo": "filing-7:v1",
        "taxpayerId": "91420100MA4KXXXX1X",
        "taxType": "VAT",
        "periodStart": "2026-11-01",
        "periodEnd": "2026-11-30",
        "declaredSalesAmount": "100000.00",
        "figures": {"output_tax": "13000.00", "sales_total": "100000.00", "payable": "13000.00"},
    }

    # Idempotent by submission_key (the provider's outRequestNo); a fresh nonce every time.
    again = await bureau.submit(SUBMISSION)
    assert again.reference == status.reference
    assert len(fake.declarations) == 1
    assert fake.requests[1]["body"]["nonce"] != body["nonce"]


async def test_status_upload_and_pay(provider: tuple[FakeProvider, TestServer], bureau: HttpTaxBureau) -> None:
    fake, _ = provider
    reference = (await bureau.submit(SUBMISSION)).reference
    fake.declarations[reference].update(status="NEED_MATERIALS", statusMsg="请上传销售合同")
    asked = await bureau.status(reference)
    assert (asked.state, asked.message) == ("needs_materials", "请上传销售合同")

    uploaded = await bureau.upload(reference, "合同.pdf", b"%PDF-1.7 \x00\xff binary", "application/pdf")
    assert uploaded.state == "reviewing"
    assert fake.declarations[reference]["files"] == [("合同.pdf", "application/pdf", b"%PDF-1.7 \x00\xff binary")]

    fake.declarations[reference].update(status="SUCCESS", statusMsg="申报成功", receiptNo="HZ0001")
    succeeded = await bureau.status(reference)
    assert (succeeded.state, succeeded.receipt) == ("succeeded", "HZ0001")

    paid = await bureau.pay(reference, Decimal("13000"), "tripartite")
    assert (paid.state, paid.receipt, paid.message) == ("paid", "JK0001", "缴款成功")
    assert paid.at == datetime(2026, 12, 3, 2, 30, tzinfo=UTC)
    assert fake.declarations[reference]["payment"] == {
        "declarationNo": reference, "outPayNo": f"{reference}-PAY", "amount": "13000.00", "payMethod": "tripartite",
    }


async def test_code_not_zero_is_a_rejection_with_the_provider_message(
    provider: tuple[FakeProvider, TestServer], bureau: HttpTaxBureau
) -> None:
    fake, _ = provider
    reference = (await bureau.submit(SUBMISSION)).reference
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.pay(reference, Decimal("13000.00"), "tripartite")
    assert (caught.value.provider_code, caught.value.provider_message) == ("2009", "申报状态不允许缴款")

    fake.declarations[reference]["status"] = "SUCCESS"
    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.pay(reference, Decimal("12000"), "tripartite")
    assert caught.value.provider_code == "2010"
    assert caught.value.params["message"] == "缴款金额 12000.00 与应纳税额不一致"
    assert caught.value.code == "tax_bureau_rejected"

    with pytest.raises(TaxBureauRejected) as caught:
        await bureau.status("DN99999999")
    assert caught.value.provider_code == "2004"


async def test_wrong_secret_is_a_platform_error(provider: tuple[FakeProvider, TestServer]) -> None:
    _, server = provider
    client = HttpTaxBureau(str(server.make_url("/gateway")), APP_KEY, "not-the-secret")
    try:
        with pytest.raises(TaxBureauUnavailable) as caught:
            await client.submit(SUBMISSION)
    finally:
        await client.close()
    assert (caught.value.provider_code, caught.value.provider_message) == ("1001", "签名错误")
    assert isinstance(caught.value, ServiceUnavailable)
    assert caught.value.code == "service_unavailable"


async def test_stale_timestamp_is_a_platform_error(provider: tuple[FakeProvider, TestServer]) -> None:
    _, server = provider
    stale = FrozenClock(datetime(2026, 1, 1, tzinfo=UTC))
    client = HttpTaxBureau(str(server.make_url("/gateway")), APP_KEY, APP_SECRET, clock=stale)
    try:
        with pytest.raises(TaxBureauUnavailable) as caught:
            await client.status("DN00000001")
    finally:
        await client.close()
    assert caught.value.provider_code == "1002"


async def test_timeout(provider: tuple[FakeProvider, TestServer]) -> None:
    fake, server = provider
    fake.mode = "hang"
    client = HttpTaxBureau(str(server.make_url("/gateway")), APP_KEY, APP_SECRET, timeout=0.5)
    started = time.monotonic()
    try:
        with pytest.raises(TaxBureauUnavailable) as caught:
            await client.submit(SUBMISSION)
    finally:
        await client.close()
        fake.release.set()
    assert caught.value.provider_code == "Timeout"
    assert time.monotonic() - started < 3


async def test_http_error_page(provider: tuple[FakeProvider, TestServer], bureau: HttpTaxBureau) -> None:
    fake, _ = provider
    fake.mode = "http502"
    with pytest.raises(TaxBureauUnavailable) as caught:
        await bureau.status("DN00000001")
    assert caught.value.provider_code == "HttpError"
    assert "502" in caught.value.provider_message


async def test_unknown_status_is_a_bad_response(provider: tuple[FakeProvider, TestServer], bureau: HttpTaxBureau) -> None:
    fake, _ = provider
    fake.mode = "bad_status"
    with pytest.raises(TaxBureauUnavailable) as caught:
        await bureau.submit(SUBMISSION)
    assert caught.value.provider_code == "BadResponse"


async def test_unreachable() -> None:
    client = HttpTaxBureau(f"http://127.0.0.1:{free_port()}/gateway", APP_KEY, APP_SECRET, timeout=2)
    try:
        with pytest.raises(TaxBureauUnavailable) as caught:
            await client.status("DN00000001")
    finally:
        await client.close()
    assert caught.value.provider_code == "NetworkError"
