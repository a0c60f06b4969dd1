"""The real WeChat adapter's notification calls against a local fake of WeChat's API:
template messages (official account token), mini-program subscribe messages (the
mini-program's token), media download for 补充材料, and errors that the relay must not retry."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web
from tortoise.transactions import in_transaction

from core.accounts.models import Account, WeChatBinding
from core.adapters.kv import RedisStore
from core.notifications.channels import InboxChannel, MiniappSubscribeChannel, WeChatTemplateChannel
from core.notifications.enqueue import enqueue
from core.notifications.models import OutboxEvent
from core.notifications.relay import OutboxRelay
from core.settings import Settings
from fapiao.integrations.wechat import WeChatApiError, WeChatClientApi
from tests.kit.fakes import MINI_APPID, MINI_SECRET, OA_APPID, OA_SECRET, FakeWeChat, make_settings

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 500


@pytest.fixture(autouse=True)
def _no_proxy_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@dataclass
class FakeNotifyWeChat(FakeWeChat):
    subscribes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    media_requests: list[tuple[str, str]] = field(default_factory=list)

    async def template_send(self, request: web.Request) -> web.Response:
        if error := self._token_error(request):
            return error
        body = await request.json()
        if body["touser"] == "o-unfollowed":
            return web.json_response({"errcode": 43004, "errmsg": "require subscribe"})
        self.templates.append((request.query["access_token"], body))
        return web.json_response({"errcode": 0, "errmsg": "ok", "msgid": 1})

    async def subscribe_send(self, request: web.Request) -> web.Response:
        if error := self._token_error(request):
            return error
        body = await request.json()
        if body["touser"] == "o-refused":
            return web.json_response({"errcode": 43101, "errmsg": "user refuse to accept the msg"})
        self.subscribes.append((request.query["access_token"], body))
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def media_get(self, request: web.Request) -> web.Response:
        if error := self._token_error(request):
            return error
        self.media_requests.append((request.query["access_token"], request.query["media_id"]))
        if request.query["media_id"] != "MEDIA-1":
            return web.json_response({"errcode": 40007, "errmsg": "invalid media_id"})
        return web.Response(body=JPEG, content_type="image/jpeg",
                            headers={"Content-Disposition": 'attachment; filename="MEDIA-1.jpg"'})


@pytest.fixture
async def wechat(aiohttp_server: Any) -> tuple[FakeNotifyWeChat, Settings]:
    fake = FakeNotifyWeChat()
    app = web.Application()
    app.router.add_get("/cgi-bin/token", fake.token)
    app.router.add_post("/cgi-bin/message/template/send", fake.template_send)
    app.router.add_post("/cgi-bin/message/subscribe/send", fake.subscribe_send)
    app.router.add_get("/cgi-bin/media/get", fake.media_get)
    server = await aiohttp_server(app)
    settings = make_settings(wechat_api="wechat", wechat_appid=OA_APPID, wechat_appsecret=OA_SECRET,
                             miniapp_appid=MINI_APPID, miniapp_secret=MINI_SECRET,
                             wechat_api_base_url=str(server.make_url("/cgi-bin/")))
    return fake, settings


async def test_template_message_with_a_mini_program_page(wechat: tuple[FakeNotifyWeChat, Settings]) -> None:
    fake, settings = wechat
    api = WeChatClientApi(settings, RedisStore.from_url("memory://"))
    data = {"keyword1": {"value": "2026-11"}, "keyword2": {"value": "申报成功"}}
    await api.send_template("o-user", "TPL-1", data, miniprogram={"appid": MINI_APPID, "pagepath": "pages/f?id=7"})
    assert fake.templates == [(f"TOKEN-{OA_APPID}-1", {
        "touser": "o-user", "template_id": "TPL-1", "data": data,
        "miniprogram": {"appid": MINI_APPID, "pagepath": "pages/f?id=7"}})]
    with pytest.raises(WeChatApiError) as caught:
        await api.send_template("o-unfollowed", "TPL-1", data)
    assert caught.value.errcode == 43004


async def test_subscribe_message_uses_the_mini_program_token(wechat: tuple[FakeNotifyWeChat, Settings]) -> None:
    fake, settings = wechat
    api = WeChatClientApi(settings, RedisStore.from_url("memory://"))
    data = {"thing1": {"value": "增值税 2026-11"}}
    await api.send_subscribe("o-mini", "TPL-SUB", data, page="pages/filing?id=7")
    assert fake.subscribes == [(f"TOKEN-{MINI_APPID}-1", {
        "touser": "o-mini", "template_id": "TPL-SUB", "page": "pages/filing?id=7", "data": data})]
    assert fake.calls(OA_APPID) == 0
    with pytest.raises(WeChatApiError) as caught:
        await api.send_subscribe("o-refused", "TPL-SUB", data)
    assert caught.value.errcode == 43101


async def test_download_media(wechat: tuple[FakeNotifyWeChat, Settings]) -> None:
    fake, settings = wechat
    api = WeChatClientApi(settings, RedisStore.from_url("memory://"))
    assert await api.download_media("MEDIA-1") == JPEG
    with pytest.raises(WeChatApiError) as caught:
        await api.download_media("EXPIRED")
    assert caught.value.errcode == 40007
    assert fake.media_requests == [(f"TOKEN-{OA_APPID}-1", "MEDIA-1"), (f"TOKEN-{OA_APPID}-1", "EXPIRED")]


async def test_relay_with_the_real_adapter_does_not_retry_refusals(
        wechat: tuple[FakeNotifyWeChat, Settings], core: Any) -> None:
    fake, settings = wechat
    api = WeChatClientApi(settings, RedisStore.from_url("memory://"))
    now = core.clock.now()
    accounts = []
    for phone, mp, mini in (("13800000201", "o-user", "o-mini"), ("13800000202", "o-unfollowed", "o-refused")):
        account = await Account.create(phone=phone, password_hash="x", display_name="张三", created_at=now,
                                       password_changed_at=now)
        await WeChatBinding.create(app="mp", openid=mp, account_id=account.id, created_at=now)
        await WeChatBinding.create(app="miniapp", openid=mini, account_id=account.id, created_at=now)
        await core.subscribe_grants.record_subscribe_results(account.id, {"TPL-SUB": "accept"})
        accounts.append(account.id)
    fields = {"filing.status": {"keyword1": "period"}}
    relay = OutboxRelay(core.clock, [
        InboxChannel(core.clock),
        WeChatTemplateChannel(api.send_template, {"filing.status": "TPL-1"}, fields),
        MiniappSubscribeChannel(api.send_subscribe, {"filing.status": "TPL-SUB"}, {"filing.status": {
            "thing1": "period"}}, core.clock),
    ], worker_id="it")
    events = []
    for account_id in accounts:
        async with in_transaction("default") as conn:
            events.append(await enqueue(conn, account_id=account_id, company_id=None, kind="filing.status",
                                        template="bot.filing.status", params={"period": "2026-11"},
                                        clock=core.clock))
    assert await relay.run_once() == 2
    for event_id in events:
        event = await OutboxEvent.get(event_id=event_id)
        assert (event.status, event.attempts) == ("delivered", 1)
    delivered, refused = [await OutboxEvent.get(event_id=e) for e in events]
    assert delivered.channels_done == ["inbox", "wechat", "miniapp"]
    assert refused.channels_done == ["inbox"]
    assert [body["touser"] for _t, body in fake.templates] == ["o-user"]
    assert [body["touser"] for _t, body in fake.subscribes] == ["o-mini"]
    # The refused consent stays spent (43101: the user withdrew it); the used one is spent too.
    assert await core.subscribe_grants.unspent_by_template(accounts[0]) == {}
    assert await core.subscribe_grants.unspent_by_template(accounts[1]) == {}


async def test_api_records_what_request_subscribe_message_answered(api: Any, sms: Any, settings: Settings) -> None:
    from core.settings import WeChatTemplateSetting
    from tests.kit.api import Api

    settings.miniapp_subscribe_templates = {"filing.status": WeChatTemplateSetting(template_id="TPL-SUB")}
    client = Api(api, sms)
    client.token = await client.register("13800000301")
    _, body = await client.call("GET", "/account/subscribe-grants", expect=200)
    assert body == {"templates": [{"kind": "filing.status", "template_id": "TPL-SUB"}], "unspent": {}}
    answer = {"TPL-SUB": "accept", "TPL-X": "reject", "errMsg": "requestSubscribeMessage:ok"}
    _, body = await client.call("POST", "/account/subscribe-grants", {"results": answer}, expect=201)
    assert body == {"recorded": 1, "unspent": {"TPL-SUB": 1}}
    await client.call("POST", "/account/subscribe-grants", {"results": answer}, expect=201)
    _, body = await client.call("GET", "/account/subscribe-grants", expect=200)
    assert body["unspent"] == {"TPL-SUB": 2}
    status, body = await client.call("POST", "/account/subscribe-grants", {"results": ["TPL-SUB"]})
    assert status == 422 and body["error"]["message"]
    await client.call("GET", "/account/subscribe-grants", token="", expect=401)
