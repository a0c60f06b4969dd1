"""Voice messages with WeChat's speech recognition are handled as the text (issue 18)."""

from __future__ import annotations


async def _voice(wechat, openid: str, recognition: str | None) -> str:
    status, body = await wechat.post(wechat.sim.voice_xml(openid, recognition, create_time=wechat.now()))
    assert status == 200, body
    reply = wechat.sim.decode_reply(body)
    return "" if reply is None else str(reply.get("Content", ""))


async def test_a_voice_message_with_recognition_text_is_understood(wechat):
    reply = await _voice(wechat, "o-voice", "我要注册。")
    assert "手机号" in reply
    reply = await _voice(wechat, "o-voice-2", "你好")
    assert "开票助手" in reply


async def test_a_voice_message_without_recognition_gets_the_polite_reply(wechat):
    reply = await _voice(wechat, "o-voice-3", None)
    assert "文字消息" in reply
