"""The real 扫码开票 WeChat adapter against a local fake of WeChat's API: images, the JS-SDK ticket
(cached), and the 微信卡包 steps — set_contact (posted directly: wechatpy 1.8 lacks it), seturl,
getauthurl, createcard, setpdf, insert — including errors 72038, 72042 and 72047."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest
from aiohttp import web

from core.adapters.kv import RedisStore
from core.clock import FrozenClock
from core.ports import CardInvoice
from fapiao.integrations.wechat import WeChatApiError, WeChatClientApi
from fapiao.integrations.wechat_scan import ScanWeChatClient
from tests.kit.fakes import OA_APPID, OA_SECRET, make_settings

INVOICE = CardInvoice(order_id="scan7", openid="o-buyer", number="26422000000000000007", issue_date="20261127",
                      total=Decimal("88.00"), tax=Decimal("2.56"), buyer_name="武汉某某科技有限公司",
                      buyer_tax_id="9144030071526726XG", seller_name="武汉光谷小馆", verify_url="http://x/v/t")


@pytest.fixture(autouse=True)
def _no_proxy_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@dataclass
class FakeInvoiceWeChat:
    calls: list[tuple[str, Any]] = field(default_factory=list)
    tickets: int = 0
    insert_error: int = 0

    def ok(self, **extra: Any) -> web.Response:
        return web.json_response({"errcode": 0, "errmsg": "ok", **extra})

    async def token(self, request: web.Request) -> web.Response:
        assert request.query["appid"] == OA_APPID and request.query["secret"] == OA_SECRET
        return web.json_response({"access_token": "TOKEN", "expires_in": 7200})

    async def ticket(self, request: web.Request) -> web.Response:
        self.tickets += 1
        return self.ok(ticket=f"TICKET-{request.query['type']}-{self.tickets}", expires_in=7200)

    async def json_call(self, request: web.Request) -> web.Response:
        assert request.query["access_token"] == "TOKEN"
        name = request.path.removeprefix("/card/invoice/")
        body = await request.json() if request.can_read_body else {}
        self.calls.append((name + ("?" + request.query_string.replace("access_token=TOKEN", "").strip("&")
                                   if request.query.get("action") else ""), body))
        if name == "seturl":
            return self.ok(invoice_url="https://mp.weixin.qq.com/bizmall/authinvoice?action=list&s_pappid=PAPPID")
        if name == "getauthurl":
            return self.ok(auth_url="https://mp.weixin.qq.com/bizmall/authinvoice?order=" + body["order_id"])
        if name == "biz/getselecttitleurl":
            return self.ok(url="https://mp.weixin.qq.com/bizmall/choosetitle?attach=" + body["attach"])
        if name == "platform/createcard":
            return self.ok(card_id="CARD-1")
        if name == "insert" and self.insert_error:
            return web.json_response({"errcode": self.insert_error, "errmsg": "fake"})
        return self.ok(openid="o-buyer", code="CODE")

    async def setpdf(self, request: web.Request) -> web.Response:
        data = await request.post()
        pdf = data["pdf"]
        self.calls.append(("platform/setpdf", pdf.file.read()[:5]))  # type: ignore[union-attr]
        return self.ok(s_media_id="SMEDIA-1")

    async def media_upload(self, request: web.Request) -> web.Response:
        data = await request.post()
        self.calls.append(("media/upload", (request.query["type"], data["media"].file.read()[:4])))  # type: ignore[union-attr]
        return self.ok(type="image", media_id="MEDIA-9", created_at=1)

    async def oauth(self, request: web.Request) -> web.Response:
        assert request.query["appid"] == OA_APPID and request.query["secret"] == OA_SECRET
        if request.query["code"] == "bad":
            return web.json_response({"errcode": 40029, "errmsg": "invalid code"})
        return self.ok(openid="o-from-oauth", access_token="x", scope="snsapi_base")

    async def custom_send(self, request: web.Request) -> web.Response:
        self.calls.append(("message/custom/send", await request.json()))
        return self.ok()


@pytest.fixture
async def client(aiohttp_server: Any) -> tuple[FakeInvoiceWeChat, ScanWeChatClient]:
    fake = FakeInvoiceWeChat()
    app = web.Application()
    app.router.add_get("/cgi-bin/token", fake.token)
    app.router.add_get("/cgi-bin/ticket/getticket", fake.ticket)
    app.router.add_post("/cgi-bin/media/upload", fake.media_upload)
    app.router.add_post("/cgi-bin/message/custom/send", fake.custom_send)
    app.router.add_post("/card/invoice/platform/setpdf", fake.setpdf)
    app.router.add_get("/sns/oauth2/access_token", fake.oauth)
    for path in ("setbizattr", "seturl", "getauthurl", "platform/createcard", "insert", "biz/getselecttitleurl"):
        app.router.add_post("/card/invoice/" + path, fake.json_call)
    server = await aiohttp_server(app)
    settings = make_settings(wechat_api="wechat", wechat_appid=OA_APPID, wechat_appsecret=OA_SECRET,
                             wechat_api_base_url=str(server.make_url("/cgi-bin/")))
    store = RedisStore.from_url("memory://")
    api = WeChatClientApi(settings, store)
    return fake, ScanWeChatClient(api, store, FrozenClock())


async def test_card_package_steps(client: tuple[FakeInvoiceWeChat, ScanWeChatClient]) -> None:
    fake, wx = client
    await wx.invoice_contact("13800138000")
    assert fake.calls[-1] == ("setbizattr?action=set_contact",
                              {"contact": {"phone": "13800138000", "time_out": 7200}})
    url = await wx.invoice_auth_url("scan7", 8800, 1764234000, "http://shop/s/r/T")
    assert url.endswith("order=scan7")
    name, body = fake.calls[-1]
    assert name == "getauthurl" and body["s_pappid"] == "PAPPID" and body["money"] == 8800
    assert body["ticket"] == "TICKET-wx_card-1" and body["source"] == "web" and body["type"] == 0
    assert await wx.invoice_create_card("武汉光谷小馆") == "CARD-1"
    assert await wx.invoice_upload_pdf(b"%PDF-1.4 fake") == "SMEDIA-1"
    assert fake.calls[-1] == ("platform/setpdf", b"%PDF-")
    await wx.invoice_insert("CARD-1", INVOICE, "SMEDIA-1")
    name, body = fake.calls[-1]
    user = body["card_ext"]["user_card"]["invoice_user_data"]
    assert name == "insert" and body["card_id"] == "CARD-1" and body["appid"] == OA_APPID
    assert user["fee"] == 8800 and user["tax"] == 256 and user["s_pdf_media_id"] == "SMEDIA-1"
    # the s_pappid and the wx_card ticket are cached: a second auth URL asks for neither again
    await wx.invoice_auth_url("scan8", 100, 1764234000, "http://shop/s/r/U")
    assert [c for c, _ in fake.calls].count("seturl") == 1 and fake.tickets == 1


@pytest.mark.parametrize("errcode", [72038, 72042, 72047])
async def test_insert_errors_are_raised_with_their_code(client: tuple[FakeInvoiceWeChat, ScanWeChatClient],
                                                        errcode: int) -> None:
    fake, wx = client
    fake.insert_error = errcode
    with pytest.raises(WeChatApiError) as raised:
        await wx.invoice_insert("CARD-1", INVOICE, "SMEDIA-1")
    assert raised.value.errcode == errcode and raised.value.params["errcode"] == errcode


async def test_jsapi_ticket_cached_and_image_sent(client: tuple[FakeInvoiceWeChat, ScanWeChatClient]) -> None:
    fake, wx = client
    assert await wx.jsapi_ticket() == "TICKET-jsapi-1"
    assert await wx.jsapi_ticket() == "TICKET-jsapi-1" and fake.tickets == 1
    await wx.send_image("o-shop", b"\x89PNG fake", "scan-1.png")
    assert fake.calls[-2] == ("media/upload", ("image", b"\x89PNG"))
    assert fake.calls[-1] == ("message/custom/send", {"touser": "o-shop", "msgtype": "image",
                                                      "image": {"media_id": "MEDIA-9"}})


async def test_oauth_openid(client: tuple[FakeInvoiceWeChat, ScanWeChatClient]) -> None:
    _fake, wx = client
    assert await wx.oauth_openid("good") == "o-from-oauth"
    with pytest.raises(WeChatApiError) as raised:
        await wx.oauth_openid("bad")
    assert raised.value.errcode == 40029


async def test_select_title_url(client: tuple[FakeInvoiceWeChat, ScanWeChatClient]) -> None:
    fake, wx = client
    assert (await wx.select_title_url("scan:N1")).endswith("attach=scan:N1")
    assert fake.calls[-1] == ("biz/getselecttitleurl", {"attach": "scan:N1"})
