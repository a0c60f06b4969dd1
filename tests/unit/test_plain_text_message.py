"""The webhook's plain text message object is what wechatpy's ``TextMessage`` gives (issue 14)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from wechatpy import parse_message
from wechatpy.messages import TextMessage

from bot.webhook import WeChatEndpoint
from bot.wechat_xml import Fields, PlainTextMessage, parse_fields

ATTRIBUTES = ("type", "source", "target", "content", "id", "time")


def attributes(message: Any) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for name in ATTRIBUTES:
        try:
            seen[name] = getattr(message, name)
        except ValueError as exc:  # a MsgId or CreateTime that is not a number: both refuse it
            seen[name] = ("ValueError", type(exc).__name__)
    return seen


def wechatpys(fields: dict[str, str]) -> TextMessage:
    """The webhook's message before issue 14's change: wechatpy's TextMessage of the stripped fields."""
    return TextMessage({name: value.strip() or None for name, value in fields.items()})


VALUES = ["", " ", "\n", "o-user", " o-user ", "gh_x", "帮助", " 开票 张三 ", "\t第一行\n第二行\n", "0", "12",
          " 1795770000 ", "-3", "x1", "1.5", "🧾"]
NAMES = ["ToUserName", "FromUserName", "CreateTime", "MsgType", "Content", "MsgId"]


def test_the_attributes_are_wechatpys_for_any_field_values() -> None:
    rng = random.Random(14)
    for _ in range(3000):
        fields = Fields({name: rng.choice(VALUES) for name in NAMES if rng.random() < 0.85})
        fields["MsgType"] = "text"
        assert attributes(PlainTextMessage(fields)) == attributes(wechatpys(fields)), fields


@pytest.mark.parametrize("xml", [
    "<xml><ToUserName><![CDATA[gh_x]]></ToUserName><FromUserName><![CDATA[o-user]]></FromUserName>"
    "<CreateTime>1795770000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[ 帮助 ]]></Content>"
    "<MsgId>1234567890123456</MsgId></xml>",
    "<xml>\n  <FromUserName><![CDATA[o-user]]></FromUserName>\n  <MsgType>text</MsgType>\n  <Content></Content>\n</xml>",
])
def test_the_webhooks_message_is_wechatpys_parse(xml: str) -> None:
    fields = parse_fields(xml)
    message = WeChatEndpoint._message(xml, fields)
    assert isinstance(message, PlainTextMessage)
    assert attributes(message) == attributes(parse_message(xml))


def test_other_messages_are_still_wechatpys() -> None:
    xml = ("<xml><FromUserName>o</FromUserName><MsgType>event</MsgType><Event>CLICK</Event>"
           "<EventKey>HELP</EventKey></xml>")
    assert not isinstance(WeChatEndpoint._message(xml, parse_fields(xml)), PlainTextMessage)
