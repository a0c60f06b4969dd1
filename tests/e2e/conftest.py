from __future__ import annotations

from typing import Any

import pytest

from fapiao.chat.wechat_sim import WeChatServerSimulator

SAMPLE_AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"


class WeChatClient:
    """Posts to /wechat exactly as WeChat's server does (signed; encrypted in safe mode)."""

    def __init__(self, api: Any, sim: WeChatServerSimulator, clock: Any) -> None:
        self.api = api
        self.sim = sim
        self.clock = clock

    def now(self) -> int:
        return int(self.clock.now().timestamp())

    async def post(self, xml: str, *, timestamp: int | None = None, params: dict[str, str] | None = None,
                   body: str | bytes | None = None) -> tuple[int, str]:
        signed = self.sim.sign(xml, timestamp=timestamp if timestamp is not None else self.now())
        response = await self.api.post("/wechat", params=params or signed.params,
                                       data=body if body is not None else signed.body.encode())
        return response.status, await response.text()

    async def say(self, openid: str, text: str, *, msg_id: int | None = None) -> str:
        status, body = await self.post(self.sim.text_xml(openid, text, msg_id=msg_id, create_time=self.now()))
        assert status == 200, body
        reply = self.sim.decode_reply(body)
        return "" if reply is None else str(reply.get("Content", ""))

    async def event(self, openid: str, event: str, key: str | None = None) -> str:
        status, body = await self.post(self.sim.event_xml(openid, event, key=key, create_time=self.now()))
        assert status == 200, body
        reply = self.sim.decode_reply(body)
        return "" if reply is None else str(reply.get("Content", ""))


@pytest.fixture(params=["plaintext", "safe"])
def mode(request: Any, settings: Any) -> str:
    if request.param == "safe":
        settings.wechat_aes_key = SAMPLE_AES_KEY
    return str(request.param)


@pytest.fixture
async def wechat(mode: str, api: Any, settings: Any, clock: Any) -> WeChatClient:
    sim = WeChatServerSimulator(settings.wechat_token, settings.wechat_appid, settings.wechat_aes_key)
    return WeChatClient(api, sim, clock)
