"""Transcript testing for the bot (the Zulip-bots shape): [(user says, reply contains), ...]."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from bot.router import Router
from fapiao.chat.wechat_sim import WeChatServerSimulator
from templates import texts
from tests.kit.factories import BUYER_USCC, USCC, authorise_companies

Expect = str | tuple[str, ...] | Callable[[str], bool]


async def verify_dialog(router: Any, openid: str, steps: Sequence[tuple[str, Expect]]) -> list[str]:
    """Send each message; each reply must contain the expected text(s). Returns the replies."""
    replies = []
    for number, (says, expect) in enumerate(steps, 1):
        reply = await router.on_text(openid, says)
        replies.append(reply)
        wanted = (expect,) if isinstance(expect, str) else expect
        if callable(wanted):
            assert wanted(reply), f"step {number}: {says!r} got {reply!r}"
            continue
        for fragment in wanted:
            assert fragment in reply, f"step {number}: {says!r} -> expected {fragment!r} in reply:\n{reply}"
    return replies


OPENID = "o-transcript-user"


PHONE = "13800138000"


@pytest.fixture
def router(core):
    return Router(core, texts())


async def register_in_chat(router, sms, openid=OPENID, phone=PHONE):
    await verify_dialog(router, openid, [
        ("注册", "手机号"),
        (phone, ("验证码已发送", "138****8000" if phone == PHONE else "****")),
    ])
    await verify_dialog(router, openid, [
        (sms.last_code(phone), ("验证通过", "密码")),
        ("Kaipiao#2026", "邮箱"),
        ("跳过", "称呼"),
        ("王会计", ("注册成功", "王会计")),
    ])


BUYER = BUYER_USCC


@pytest.fixture
async def company(router, sms):
    await register_in_chat(router, sms)
    await verify_dialog(router, OPENID, [
        ("创建企业", "名称"), ("武汉光谷软件有限公司", "统一社会信用代码"), (USCC, "类型"), ("1", "地址"),
        ("跳过", "开户行"), ("跳过", "确认"), ("确认", "已创建"),
    ])
    await authorise_companies()


def number_in(reply: str) -> str:
    match = re.search(r"\d{20}", reply)
    assert match, reply
    return match.group(0)


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


async def issue(router, message: str) -> str:
    """Issue from one chat message (a natural request or 开票 with arguments): confirm, the number."""
    replies = await verify_dialog(router, OPENID, [(message, "请确认开票"), ("确认", "开票成功")])
    return number_in(replies[-1])
