from __future__ import annotations

from typing import Any

import pytest

from fapiao.chat.wechat_sim import WeChatServerSimulator
from tests.kit.chat import SAMPLE_AES_KEY, WeChatClient


@pytest.fixture(params=["plaintext", "safe"])
def mode(request: Any, settings: Any) -> str:
    if request.param == "safe":
        settings.wechat_aes_key = SAMPLE_AES_KEY
    return str(request.param)


@pytest.fixture
async def wechat(mode: str, api: Any, settings: Any, clock: Any) -> WeChatClient:
    sim = WeChatServerSimulator(settings.wechat_token, settings.wechat_appid, settings.wechat_aes_key)
    return WeChatClient(api, sim, clock)
