"""A user's messages are handled one after the other, also when one of them outlives WeChat's
reply window (issue 14's load bench: a deferred 确认 still being issued when the user's next
message arrived; its late write of the dialog state then closed the dialog the next message had
opened, and the step after it was answered from the FAQ).

The slow message is an issue held at the platform until the test lets it go: no sleeps decide
what happens first. The next message goes to the same worker or, as with several server
processes behind one Redis, to another one (a second app over the same core and store).
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest

from bot.webhook import ENDPOINT, REPLY_BUDGET_SECONDS, WeChatEndpoint
from core.invoicing.models import Invoice
from fapiao.server import build_app
from tests.kit.chat import WeChatClient
from tests.kit.factories import authorise_companies

PHONE = "13800138000"
OPENID = "o-turn-order"


class HeldPlatform:
    """The invoicing platform, holding each issue until ``release`` is set."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.entered = asyncio.Event()
        self.release = asyncio.Event()

    async def issue(self, request: Any) -> Any:
        self.entered.set()
        await self.release.wait()
        return await self.inner.issue(request)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


async def settle(*endpoints: WeChatEndpoint) -> None:
    """Wait until every deferred turn and every push it started has finished."""
    while any(e.background for e in endpoints):
        for endpoint in endpoints:
            await endpoint.drain()


async def company_with_a_card(wechat: WeChatClient, sms: Any) -> None:
    for text, expected in (("注册", "手机号"), (PHONE, "验证码已发送")):
        assert expected in await wechat.say(OPENID, text)
    for text, expected in ((sms.last_code(PHONE), "密码"), ("Kaipiao#2026", "邮箱"), ("跳过", "称呼"),
                           ("王会计", "注册成功"), ("创建企业", "名称"), ("武汉光谷软件有限公司", "统一社会信用代码"),
                           ("91110000600037341L", "类型"), ("1", "地址"), ("跳过", "开户行"), ("跳过", "确认"),
                           ("确认", "已创建"), ("开票 张三 餐费 100 普票", "请确认")):
        assert expected in await wechat.say(OPENID, text), text
    await authorise_companies()


@pytest.mark.parametrize("next_on", ["same worker", "another worker"])
async def test_a_message_after_a_deferred_confirmation_sees_and_keeps_its_own_state(
        next_on, wechat, wechat_api, api, sms, runtime, aiohttp_client):
    await company_with_a_card(wechat, sms)
    first = api.server.app[ENDPOINT]
    other_api = await aiohttp_client(build_app(runtime, background=False)) if next_on == "another worker" else api
    second = other_api.server.app[ENDPOINT]
    other = WeChatClient(other_api, wechat.sim, wechat.clock)
    for endpoint in {id(first): first, id(second): second}.values():
        endpoint.reply_budget = 0.05  # the 4-second window, scaled down: the held issue outlives it
    invoices = first.router.core.invoices
    platform = invoices.platform = HeldPlatform(invoices.platform)

    # 确认 reaches the platform and stays there: answered "success", the invoice to be pushed.
    status, body = await wechat.post(wechat.sim.text_xml(OPENID, "确认", create_time=wechat.now()))
    assert status == 200 and body == "success"
    await platform.entered.wait()
    # Meanwhile the user starts the next invoice (the bench: the next conversation's first message).
    card = await other.say(OPENID, "开票 李四 餐费 200 普票")
    platform.release.set()
    await settle(first, second)

    pushed = [text for to, text in wechat_api.texts_sent if to == OPENID]
    # The new card was handled after the issue ended (pushed, in order, since it waited past its
    # own window), or answered at once: either way it is there, after the first invoice's result.
    assert card == "" or "请确认" in card, card
    results = [i for i, text in enumerate(pushed) if "开票成功" in text]
    assert len(results) == 1, pushed
    if card == "":
        cards = [i for i, text in enumerate(pushed) if "请确认" in text and "李四" in text]
        assert cards and cards[0] > results[0], pushed

    # The card's dialog is still open: its 确认 issues the second invoice (it was answered from
    # the FAQ as "no dialog open" when the first message's late write closed it).
    first.reply_budget = REPLY_BUDGET_SECONDS
    reply = await wechat.say(OPENID, "确认")
    assert "开票成功" in reply, reply
    numbers = {re.search(r"\d{20}", text).group(0) for text in (pushed[results[0]], reply)}  # type: ignore[union-attr]
    assert len(numbers) == 2
    assert {i.buyer_name for i in await Invoice.filter(number__in=numbers, status="issued")} == {"张三", "李四"}
