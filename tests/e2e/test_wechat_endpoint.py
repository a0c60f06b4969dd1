"""End to end through /wechat: signed (and in safe mode encrypted) XML as WeChat posts it."""

from __future__ import annotations

import asyncio

from bot.webhook import signature
from core.accounts.models import Account
from core.audit.models import AuditEntry

PHONE = "13800138000"


async def test_register_then_my_account(wechat, sms):
    openid = "o-e2e"
    assert "欢迎关注" in await wechat.event(openid, "subscribe")
    assert "手机号" in await wechat.say(openid, "注册")
    assert "验证码已发送" in await wechat.say(openid, PHONE)
    assert "密码" in await wechat.say(openid, sms.last_code(PHONE))
    assert "邮箱" in await wechat.say(openid, "Kaipiao#2026")
    assert "称呼" in await wechat.say(openid, "wang@example.com")
    assert "注册成功" in await wechat.say(openid, "王会计")
    summary = await wechat.say(openid, "我的账户")
    assert "王会计" in summary and "138****8000" in summary and "wang@example.com" in summary


async def test_menu_click_is_routed_like_the_keyword(wechat):
    assert "手机号" in await wechat.event("o-click", "CLICK", key="REGISTER")
    assert "我能帮您" in await wechat.event("o-click2", "CLICK", key="HELP")


async def test_get_verification_echoes(api, settings, clock):
    ts = str(int(clock.now().timestamp()))
    params = {"timestamp": ts, "nonce": "n1", "echostr": "hello-echo",
              "signature": signature(settings.wechat_token, ts, "n1")}
    response = await api.get("/wechat", params=params)
    assert response.status == 200 and await response.text() == "hello-echo"
    params["signature"] = "0" * 40
    assert (await api.get("/wechat", params=params)).status == 403


async def test_bad_signature_is_403(wechat):
    signed = wechat.sim.sign(wechat.sim.text_xml("o1", "帮助"), timestamp=wechat.now())
    params = {**signed.params, "signature": "f" * 40}
    response = await wechat.api.post("/wechat", params=params, data=signed.body.encode())
    assert response.status == 403


async def test_stale_timestamp_is_403(wechat):
    status, _ = await wechat.post(wechat.sim.text_xml("o1", "帮助"), timestamp=wechat.now() - 301)
    assert status == 403
    status, _ = await wechat.post(wechat.sim.text_xml("o1", "帮助"), timestamp=wechat.now() + 301)
    assert status == 403
    status, _ = await wechat.post(wechat.sim.text_xml("o1", "帮助"), timestamp=wechat.now() - 299)
    assert status == 200


async def test_malformed_xml_is_400(api, settings, clock, mode):
    ts = str(int(clock.now().timestamp()))
    params = {"timestamp": ts, "nonce": "n1", "signature": signature(settings.wechat_token, ts, "n1")}
    for body in (b"<xml><ToUserName>", b"not xml at all", b"", "<xml>\xff</xml>".encode("latin-1"),
                 b"<root><a>1</a></root>"):
        response = await api.post("/wechat", params=params, data=body)
        assert response.status == 400, body


async def test_entity_expansion_is_refused(api, settings, clock):
    ts = str(int(clock.now().timestamp()))
    params = {"timestamp": ts, "nonce": "n1", "signature": signature(settings.wechat_token, ts, "n1")}
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
            b"<xml><ToUserName>a</ToUserName><FromUserName>&lol2;</FromUserName>"
            b"<MsgType>text</MsgType><Content>x</Content><MsgId>1</MsgId></xml>")
    xxe = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           b"<xml><FromUserName>&xxe;</FromUserName><MsgType>text</MsgType></xml>")
    for body in (bomb, xxe):
        response = await api.post("/wechat", params=params, data=body)
        assert response.status == 400


async def test_oversized_body_is_413(wechat, settings):
    huge = wechat.sim.text_xml("o1", "x" * (settings.max_body_bytes + 10))
    status, _ = await wechat.post(huge)
    assert status == 413


async def _in_pieces(data: bytes, size: int = 1000):
    for start in range(0, len(data), size):
        yield data[start:start + size]
        await asyncio.sleep(0)


async def test_a_body_in_pieces_without_content_length_is_read_whole_or_refused_over_the_limit(wechat, settings):
    """Chunked: no Content-Length, the body may still be arriving when the endpoint reads it."""
    xml = wechat.sim.text_xml("o-chunked", "帮助" + " " * 3000, create_time=wechat.now())
    signed = wechat.sim.sign(xml, timestamp=wechat.now())
    response = await wechat.api.post("/wechat", params=signed.params, data=_in_pieces(signed.body.encode()))
    assert response.status == 200
    assert "我能帮您" in str((wechat.sim.decode_reply(await response.text()) or {}).get("Content", ""))
    huge = wechat.sim.text_xml("o-chunked", "x" * (settings.max_body_bytes + 10))
    signed = wechat.sim.sign(huge, timestamp=wechat.now())
    response = await wechat.api.post("/wechat", params=signed.params, data=_in_pieces(signed.body.encode()))
    assert response.status == 413


async def test_retried_message_has_one_side_effect_and_the_same_reply(wechat, sms):
    openid = "o-retry"
    await wechat.say(openid, "注册")
    msg_id = 8_800_000_001
    replies = [await wechat.say(openid, PHONE, msg_id=msg_id) for _ in range(3)]
    assert len(set(replies)) == 1 and "验证码已发送" in replies[0]
    assert len([s for s in sms.sent if s[0] == PHONE]) == 1


async def test_concurrent_retries_have_one_side_effect(wechat, sms):
    openid = "o-retry-2"
    await wechat.say(openid, "注册")
    replies = await asyncio.gather(*[wechat.say(openid, PHONE, msg_id=77) for _ in range(3)])
    assert len(set(replies)) == 1 and "验证码已发送" in replies[0]
    assert len([s for s in sms.sent if s[0] == PHONE]) == 1


async def test_retried_registration_creates_one_account(wechat, sms):
    openid = "o-retry-3"
    for text in ("注册", PHONE):
        await wechat.say(openid, text)
    for text in (sms.last_code(PHONE), "Kaipiao#2026", "跳过"):
        await wechat.say(openid, text)
    for _ in range(3):
        reply = await wechat.say(openid, "王会计", msg_id=991)
        assert "注册成功" in reply
    assert await Account.filter(phone=PHONE).count() == 1
    assert await AuditEntry.filter(action="account.register").count() == 1


async def test_image_message_gets_a_polite_reply(wechat):
    status, body = await wechat.post(wechat.sim.image_xml("o-img"))
    assert status == 200
    assert "文字消息" in wechat.sim.decode_reply(body)["Content"]


async def test_slow_work_answers_success_and_pushes_later(wechat, wechat_api, api, monkeypatch):
    from bot.webhook import ENDPOINT

    endpoint = api.server.app[ENDPOINT]
    endpoint.reply_budget = 0.2
    original = endpoint.router.on_text

    async def slow(openid, text, turn=None):
        await asyncio.sleep(0.5)
        return await original(openid, text, turn)

    monkeypatch.setattr(endpoint.router, "on_text", slow)
    status, body = await wechat.post(wechat.sim.text_xml("o-slow", "帮助", create_time=wechat.now()))
    assert status == 200 and body == "success"
    await endpoint.drain()
    await asyncio.sleep(0.05)
    assert any("我能帮您" in text for openid, text in wechat_api.texts_sent if openid == "o-slow")



async def test_a_deferred_reply_is_retried_when_the_wechat_api_fails(wechat, wechat_api, api, monkeypatch):
    """A transient WeChat API failure (timeout, 5xx) does not lose the deferred reply; an
    error retrying cannot fix (the user unfollowed: 43004) is not retried."""
    from bot.webhook import ENDPOINT

    endpoint = api.server.app[ENDPOINT]
    endpoint.reply_budget = 0.2
    endpoint.push_retry_delays = (0.01, 0.01)
    original_on_text, original_send = endpoint.router.on_text, wechat_api.send_text
    attempts: dict[str, int] = {}

    async def slow(openid, text, turn=None):
        await asyncio.sleep(0.5)
        return await original_on_text(openid, text, turn)

    async def flaky(openid, text):
        attempts[openid] = attempts.get(openid, 0) + 1
        if openid == "o-flaky" and attempts[openid] < 3:
            raise TimeoutError("WeChat API did not answer")
        if openid == "o-gone":
            error = RuntimeError("43004 require subscribe")
            error.errcode = 43004  # type: ignore[attr-defined]
            raise error
        await original_send(openid, text)

    monkeypatch.setattr(endpoint.router, "on_text", slow)
    monkeypatch.setattr(wechat_api, "send_text", flaky)
    for openid in ("o-flaky", "o-gone"):
        status, body = await wechat.post(wechat.sim.text_xml(openid, "帮助", create_time=wechat.now()))
        assert status == 200 and body == "success"
    await endpoint.drain()
    await asyncio.sleep(0.1)
    assert attempts == {"o-flaky": 3, "o-gone": 1}
    assert any("我能帮您" in text for openid, text in wechat_api.texts_sent if openid == "o-flaky")

async def test_handler_crash_is_a_polite_reply_not_a_500(wechat, api, monkeypatch):
    from bot.webhook import ENDPOINT

    endpoint = api.server.app[ENDPOINT]

    async def boom(openid, text, turn=None):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(endpoint.router, "on_text", boom)
    reply = await wechat.say("o-crash", "帮助")
    assert "稍后再试" in reply


def test_split_reply_fits_wechat_limit():
    from bot.webhook import MAX_REPLY_BYTES, split_reply

    text = "\n".join(f"第 {i} 行：" + "发票" * 30 for i in range(100))
    parts = split_reply(text)
    assert len(parts) > 1 and all(len(p.encode()) <= MAX_REPLY_BYTES for p in parts)
    assert "\n".join(parts) == text
    assert split_reply("短") == ["短"]
    huge = "票" * 2000
    assert "".join(split_reply(huge)) == huge and all(len(p.encode()) <= MAX_REPLY_BYTES for p in split_reply(huge))


async def test_long_reply_is_split_and_the_rest_pushed(wechat, wechat_api, api, monkeypatch):
    from bot.webhook import ENDPOINT

    endpoint = api.server.app[ENDPOINT]
    long_text = "\n".join(f"第 {i} 条帮助说明" + "。" * 40 for i in range(60))

    async def long_reply(openid, text, turn=None):
        return long_text

    monkeypatch.setattr(endpoint.router, "on_text", long_reply)
    reply = await wechat.say("o-long", "帮助")
    assert len(reply.encode()) <= 2048 and reply.startswith("第 0 条")
    await endpoint.drain()
    pushed = [text for openid, text in wechat_api.texts_sent if openid == "o-long"]
    assert "\n".join([reply, *pushed]) == long_text


async def test_dev_pushes_page_by_sequence_even_after_trimming(api, store):
    from fapiao.integrations.wechat import ConsoleWeChatApi

    console = ConsoleWeChatApi(store)
    for n in range(205):
        await console.send_text("o-pushy", f"消息 {n}")
    response = await api.get("/dev/pushes", params={"openid": "o-pushy", "after": "204"})
    body = await response.json()
    assert [m["text"] for m in body["messages"]] == ["消息 204"] and body["next"] == 205
    body = await (await api.get("/dev/pushes", params={"openid": "o-pushy", "after": "205"})).json()
    assert body["messages"] == [] and body["next"] == 205
