"""The WeChat endpoint when Redis or PostgreSQL is unreachable: HTTP 200 with a polite text
(WeChat shows only a 200 reply; a 5xx becomes 「该公众号暂时无法提供服务」 and a retry),
never a 500; normal again by itself once the dependency answers. And a dialog whose state
vanished (Redis restarted, or expired) is explained instead of answered from the FAQ.
"""

from __future__ import annotations

from typing import Any

from bot.context import with_hint
from templates import texts
from tests.kit.fakes import redis_down

UNAVAILABLE = texts().render("unavailable.bot")


async def test_redis_down_gets_a_polite_reply_then_recovers(wechat, store):
    with redis_down(store):
        for text in ("注册", "帮助", "确认"):
            assert await wechat.say("o-outage", text) == UNAVAILABLE
        status, body = await wechat.post(wechat.sim.event_xml("o-outage", "subscribe", create_time=wechat.now()))
        assert status == 200 and UNAVAILABLE in (wechat.sim.decode_reply(body) or {}).get("Content", "")
    assert "手机号" in await wechat.say("o-outage", "注册")


async def test_database_down_gets_a_polite_reply_then_recovers(wechat, core, monkeypatch):
    real = core.accounts.account_for_openid

    async def refused(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionRefusedError(111, "Connect call failed ('127.0.0.1', 5432)")

    monkeypatch.setattr(core.accounts, "account_for_openid", refused)
    assert await wechat.say("o-outage", "最近发票") == UNAVAILABLE
    assert await wechat.say("o-outage", "开票 张三 餐费 388 普票") == UNAVAILABLE
    monkeypatch.setattr(core.accounts, "account_for_openid", real)
    assert "请先登录" in await wechat.say("o-outage", "最近发票")


async def test_other_failures_stay_the_general_apology(wechat, core, monkeypatch):
    async def broken(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(core.accounts, "account_for_openid", broken)
    # The general apology, with the bot's own hint (发送「人工」) after the channel-neutral sentence.
    assert await wechat.say("o-outage", "帮助") == with_hint(texts(), "error.unexpected", {}, texts().error("unexpected"))


async def test_a_lost_dialog_is_explained(wechat, store):
    assert "手机号" in await wechat.say("o-lost", "注册")
    await store.client.flushdb()  # what a Redis restart without persistence does
    for word in ("确认", "返回", "完成"):
        reply = await wechat.say("o-lost", word)
        assert "没有进行中的操作" in reply and f"「{word}」" in reply, reply
    # Commands are still commands; only dialog answers get the explanation.
    assert "没有进行中的操作" not in await wechat.say("o-lost", "帮助")
