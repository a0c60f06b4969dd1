"""HttpInvoicePlatform against a local fake aggregator gateway (docs/invoice-platform-api.md).

The fake listens on 127.0.0.1 only, re-computes the signature on its own, keeps invoices
by request id (idempotent, like the real channel) and can: answer slowly AFTER issuing (a
timeout whose issue actually happened), answer 502 after issuing (unknown outcome), refuse
with a sub code, or be unreachable.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import socket
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from core.port_data.invoice_platform import (
    IssueRequest,
    PlatformLine,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformUnavailable,
)
from fapiao.integrations.invoice_platform_http import HttpInvoicePlatform
from fapiao.integrations.signed_gateway import sign

APP_KEY = "fapiao-platform-test"
APP_SECRET = "platform-secret-0123456789abcdef"


@pytest.fixture(autouse=True)
def _no_proxy_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def expected_sign(body: dict[str, str]) -> str:
    pairs = sorted((k, v) for k, v in body.items() if k != "sign" and v not in ("", None))
    text = "&".join(f"{k}={v}" for k, v in pairs)
    return hmac.new(APP_SECRET.encode(), text.encode(), hashlib.sha256).hexdigest().upper()


@dataclass
class FakeAggregator:
    #: ok | slow_after_issue | http502_after_issue | refuse_credit
    mode: str = "ok"
    delay: float = 1.0
    by_request: dict[str, dict[str, Any]] = field(default_factory=dict)
    methods: list[str] = field(default_factory=list)

    @staticmethod
    def answer(code: str, msg: str, data: Any = None, **extra: Any) -> web.Response:
        return web.json_response({"code": code, "msg": msg, "requestId": "r-1", "data": data, **extra})

    def invoice(self, biz: dict[str, Any]) -> dict[str, Any]:
        key = biz["outRequestNo"]
        if key not in self.by_request:
            number = f"264230000000000{len(self.by_request) + 1:05d}"
            self.by_request[key] = {
                "outRequestNo": key, "invoiceNo": number, "issueTime": "2026-12-06 10:00:00",
                "qrContent": f"01,{biz['invoiceType']},,{number},{biz['total']},20261206,,AB12", "checkCode": "AB12"}
        return self.by_request[key]

    async def handle(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        if body.get("appKey") != APP_KEY or not hmac.compare_digest(expected_sign(body), body.get("sign", "")):
            return self.answer("1001", "签名错误")
        biz = json.loads(body["bizContent"])
        method = body["method"]
        self.methods.append(method)
        if method == "invoice.issue":
            if self.mode == "refuse_credit":
                return self.answer("2101", "授信额度不足", subCode="CREDIT_EXCEEDED", detail={"remaining": "94.00"})
            data = self.invoice(biz)  # the invoice IS issued ...
            if self.mode == "slow_after_issue":
                await asyncio.sleep(self.delay)  # ... but the answer comes too late
            if self.mode == "http502_after_issue":
                return web.Response(status=502, text="<html>Bad Gateway</html>", content_type="text/html")
            return self.answer("0", "success", data)
        if method == "invoice.query":
            found = self.by_request.get(biz["outRequestNo"])
            return self.answer("0", "success", {**found, "found": True} if found else {"found": False})
        if method == "credit.query":
            return self.answer("0", "success", {"total": "1000.00", "used": "106.00", "remaining": "894.00"})
        return self.answer("2001", f"未知方法 {method}")


@pytest.fixture
async def fake() -> Any:
    aggregator = FakeAggregator()
    app = web.Application()
    app.router.add_post("/gateway", aggregator.handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    aggregator.url = str(server.make_url("/gateway"))  # type: ignore[attr-defined]
    yield aggregator
    await server.close()


def request(request_id: str = "req-1") -> IssueRequest:
    line = PlatformLine(name="*餐饮服务*餐费", tax_code="3070401000000000000", amount=Decimal("100.00"),
                        tax=Decimal("6.00"), rate=Decimal("0.06"))
    return IssueRequest(request_id=request_id, seller_tax_id="91420100MA4K000001", seller_name="卖方", kind="ordinary",
                        buyer_name="买方", buyer_tax_id="", lines=(line,), total_amount=Decimal("100.00"),
                        total_tax=Decimal("6.00"), total=Decimal("106.00"))


def client(fake: Any, timeout: float = 2.0) -> HttpInvoicePlatform:
    return HttpInvoicePlatform(fake.url, APP_KEY, APP_SECRET, timeout=timeout)


async def test_issue_and_find_by_request_id(fake):
    platform = client(fake)
    try:
        issued = await platform.issue(request())
        assert issued.number == "26423000000000000001" and issued.qr_payload.startswith("01,32,,26423")
        assert issued.issued_at.utcoffset() is not None and issued.issued_at.hour == 2  # 10:00 Beijing = 02:00 UTC
        assert await platform.find_issued("91420100MA4K000001", "req-1") == issued
        assert await platform.find_issued("91420100MA4K000001", "other") is None
        credit = await platform.credit("91420100MA4K000001", "2026-12")
        assert credit.remaining == Decimal("894.00")
    finally:
        await platform.close()


async def test_a_timeout_whose_issue_happened_is_an_unknown_outcome(fake):
    fake.mode = "slow_after_issue"
    platform = client(fake, timeout=0.3)
    try:
        with pytest.raises(PlatformOutcomeUnknown):
            await platform.issue(request())
        fake.mode = "ok"
        found = await platform.find_issued("91420100MA4K000001", "req-1")
        assert found is not None and len(fake.by_request) == 1
    finally:
        await platform.close()


async def test_a_502_after_the_issue_is_an_unknown_outcome(fake):
    fake.mode = "http502_after_issue"
    platform = client(fake)
    try:
        with pytest.raises(PlatformOutcomeUnknown):
            await platform.issue(request())
    finally:
        await platform.close()


async def test_a_refusal_carries_the_sub_code_and_detail(fake):
    fake.mode = "refuse_credit"
    platform = client(fake)
    try:
        with pytest.raises(PlatformRejected) as refused:
            await platform.issue(request())
        assert refused.value.provider_code == "credit_exceeded" and refused.value.params["remaining"] == "94.00"
    finally:
        await platform.close()


async def test_a_wrong_secret_or_no_gateway_is_unavailable(fake):
    wrong = HttpInvoicePlatform(fake.url, APP_KEY, "not-the-secret", timeout=2)
    try:
        with pytest.raises(PlatformUnavailable) as down:
            await wrong.issue(request())
        assert down.value.provider_code == "1001" and not isinstance(down.value, PlatformOutcomeUnknown)
    finally:
        await wrong.close()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    nowhere = HttpInvoicePlatform(f"http://127.0.0.1:{port}/gateway", APP_KEY, APP_SECRET, timeout=2)
    try:
        with pytest.raises(PlatformUnavailable) as down:
            await nowhere.issue(request())
        assert not isinstance(down.value, PlatformOutcomeUnknown)  # never reached: nothing was issued
    finally:
        await nowhere.close()


async def test_issuing_through_the_adapter_never_duplicates_after_a_timeout(fake, core, sms, clock):
    """End to end: InvoiceService over the HTTP adapter; the first answer is lost after the
    gateway issued, fapiao asks by request id and stores the one invoice."""
    from core.companies.views import CompanyInput
    from core.invoicing.models import Invoice
    from core.invoicing.views import BuyerInput, DraftInput, LineDraft
    from tests.kit.factories import make_user

    actor = await make_user(core, sms, clock, "13800138000")
    await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id="91110000600037341L",
                                             taxpayer_kind="general"), actor)
    from tests.kit.factories import authorise_companies

    await authorise_companies()
    fake.mode = "slow_after_issue"
    platform = client(fake, timeout=0.3)
    core.invoices.platform = platform
    core.invoices.retry_delays = (0.5, 0.5)  # the slow answer has gone by then

    async def back_to_normal() -> None:
        await asyncio.sleep(0.4)
        fake.mode = "ok"

    try:
        switch = asyncio.create_task(back_to_normal())
        result = await core.invoices.issue_new(DraftInput(kind="normal", buyer=BuyerInput(name="张三", is_person=True),
                                                          lines=(LineDraft(name="餐费", amount="106"),)), actor)
        await switch
    finally:
        await platform.close()
    assert result.invoice.status == "issued" and result.invoice.number == "26423000000000000001"
    assert fake.methods.count("invoice.issue") == 1 and "invoice.query" in fake.methods
    assert len(fake.by_request) == 1 and await Invoice.filter(status="issued").count() == 1


def test_the_envelope_is_signed_like_the_tax_bureau_one():
    platform = HttpInvoicePlatform("http://127.0.0.1:1/gateway", APP_KEY, APP_SECRET)
    body = platform.gateway.envelope("invoice.issue", {"outRequestNo": "x"}, timestamp="1796263200000", nonce="n" * 32)
    assert body["sign"] == sign(body, APP_SECRET) == expected_sign(body)
