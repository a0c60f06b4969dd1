"""A slow invoicing platform (beyond the chat's 4-second window) still ends with the issued
invoice pushed to the chat, through the endpoint's deferred reply."""

from __future__ import annotations

import asyncio
import re
from typing import Any

from core.invoicing.models import Invoice
from tests.kit.factories import authorise_companies

PHONE = "13800138000"


class SlowPlatform:
    def __init__(self, inner: Any, delay: float) -> None:
        self.inner = inner
        self.delay = delay

    async def issue(self, request: Any) -> Any:
        await asyncio.sleep(self.delay)
        return await self.inner.issue(request)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


async def test_a_slow_platform_still_pushes_the_invoice(wechat, wechat_api, api, sms):
    from bot.webhook import ENDPOINT

    openid = "o-slow-platform"
    for text, expected in (("注册", "手机号"), (PHONE, "验证码已发送")):
        assert expected in await wechat.say(openid, text)
    for text, expected in ((sms.last_code(PHONE), "密码"), ("Kaipiao#2026", "邮箱"), ("跳过", "称呼"),
                           ("王会计", "注册成功"), ("创建企业", "名称"), ("武汉光谷软件有限公司", "统一社会信用代码"),
                           ("91110000600037341L", "类型"), ("1", "地址"), ("跳过", "开户行"), ("跳过", "确认"),
                           ("确认", "已创建"), ("开票 张三 餐费 100 普票", "请确认")):
        assert expected in await wechat.say(openid, text), text
    await authorise_companies()
    endpoint = api.server.app[ENDPOINT]
    endpoint.reply_budget = 0.2  # the 4-second window, scaled down
    invoices = endpoint.router.core.invoices
    invoices.platform = SlowPlatform(invoices.platform, delay=0.6)
    status, body = await wechat.post(wechat.sim.text_xml(openid, "确认", create_time=wechat.now()))
    assert status == 200 and body == "success"  # answered in time, the invoice still at the platform
    await endpoint.drain()
    await asyncio.sleep(0.05)
    pushed = [text for to, text in wechat_api.texts_sent if to == openid and "开票成功" in text]
    assert len(pushed) == 1, wechat_api.texts_sent
    number = re.search(r"\d{20}", pushed[0])
    assert number and await Invoice.filter(number=number.group(0), status="issued").count() == 1
