"""Support without a login (issue 18): a locked-out user reaches a person with 人工; staff see the
ticket and their reply reaches that WeChat user; replies go to every WeChat user bound to an
account; 「我的工单」 shows the conversation both ways in China time."""

from __future__ import annotations

import pytest

from bot.router import Router
from core.domain.actor import Actor
from core.support.models import Feedback, Ticket
from templates import texts
from tests.kit.chat import OPENID, PHONE, register_in_chat, verify_dialog

LOCKED_OUT = "o-locked-out"


@pytest.fixture
def router(core):
    return Router(core, texts())


async def staff(core) -> Actor:
    account_id, _ = await core.accounts.make_staff("13500135000", "客服小王", Actor(channel="cli"))
    return Actor(channel="api", account_id=account_id)


async def lock_out(router) -> None:
    steps = [("登录", "手机号"), (PHONE, "密码")] + [("Wrong#pass1", "不正确")] * 4 + [("Wrong#pass1", "锁定")]
    await verify_dialog(router, LOCKED_OUT, steps)
    await verify_dialog(router, LOCKED_OUT, [("取消", "已取消")])


async def test_locked_out_user_opens_a_ticket_and_gets_the_reply(router, sms, core, clock, wechat_api, deliver):
    await register_in_chat(router, sms)
    await lock_out(router)
    await verify_dialog(router, LOCKED_OUT, [
        ("人工", "描述问题"),
        ("密码输错被锁定了，急着开票", "哪一类"),
        ("1", ("还没有登录", "手机号", "跳过")),
        ("12345", ("手机号", "格式")),
        (PHONE, ("已创建工单 #", "我的工单")),
        ("我的工单", ("【我的工单】", "待处理", "我：密码输错被锁定了")),
    ])
    agent = await staff(core)
    [summary] = await core.support.tickets.all(agent)
    assert summary.anonymous and summary.contact_phone == PHONE  # staff see who to call back
    ticket = await Ticket.get(id=summary.id)
    assert ticket.account_id == 0 and ticket.openid == LOCKED_OUT and ticket.contact_phone == PHONE
    assert (await core.support.tickets.get(agent, summary.id)).contact_phone == PHONE
    clock.advance(minutes=3)
    await core.support.tickets.reply(agent, summary.id, "已为您解锁，请重新登录。")
    await deliver()
    assert any("已为您解锁" in text for text in wechat_api.texts_to(LOCKED_OUT))
    assert not any("已为您解锁" in text for text in wechat_api.texts_to(OPENID))  # not the account's binding
    replies = await verify_dialog(router, LOCKED_OUT, [
        ("我的工单", ("待您回复", "客服：已为您解锁")),
        (f"回复工单 {summary.id} 好的谢谢", "已补充到工单"),
        (f"我的工单 {summary.id}", "我：好的谢谢"),
    ])
    # China time (the frozen clock's UTC time + 8 h) on each message.
    china = (clock.now().astimezone(__import__("zoneinfo").ZoneInfo("Asia/Shanghai"))).strftime("%m-%d %H:%M")
    assert china in replies[2]
    # Another WeChat user cannot read it.
    await verify_dialog(router, "o-someone-else", [(f"我的工单 {summary.id}", "没有找到该工单")])


async def test_feedback_without_login(router, core):
    await verify_dialog(router, LOCKED_OUT, [
        ("反馈", "1 问题"), ("2", "具体内容"), ("希望能用手机号直接登录", ("已收到您的建议", "我的反馈")),
        ("我的反馈", ("建议", "已接收")),
    ])
    item = await Feedback.get()
    assert item.account_id == 0 and item.openid == LOCKED_OUT


async def test_anonymous_tickets_are_limited_per_day(router, core, clock):
    for number in range(5):
        await core.support.tickets.open(Actor(channel="bot", openid=LOCKED_OUT), f"问题{number}", "说明", "账户与登录")
    await verify_dialog(router, LOCKED_OUT, [("人工", "描述"), ("又一个问题", "哪一类"), ("1", "手机号"),
                                             ("跳过", "操作太频繁")])
    clock.advance(days=1, seconds=1)
    await core.support.tickets.open(Actor(channel="bot", openid=LOCKED_OUT), "第二天", "说明", "账户与登录")


async def test_staff_reply_reaches_every_bound_wechat_user(router, sms, core, clock, wechat_api, deliver):
    await register_in_chat(router, sms)
    # The same account bound from a second WeChat user (e.g. the owner's second phone).
    await verify_dialog(router, "o-second-phone", [("登录", "手机号"), (PHONE, "密码"), ("Kaipiao#2026", "登录成功")])
    await verify_dialog(router, OPENID, [("人工", "描述"), ("开票失败", "哪一类"), ("1", "已创建工单")])
    agent = await staff(core)
    [summary] = await core.support.tickets.all(agent)
    await core.support.tickets.reply(agent, summary.id, "请把报错截图发给我们。")
    await deliver()
    for openid in (OPENID, "o-second-phone"):
        assert any("请把报错截图" in text for text in wechat_api.texts_to(openid)), openid
    # Both see the conversation.
    await verify_dialog(router, "o-second-phone", [("我的工单", ("我：开票失败", "客服：请把报错截图"))])


async def test_tickets_opened_before_login_stay_visible_after_it(router, sms, core):
    await register_in_chat(router, sms)
    await verify_dialog(router, OPENID, [("解绑", "已解除")])
    await verify_dialog(router, OPENID, [("人工", "描述"), ("登录不了", "哪一类"), ("1", "手机号"), ("跳过", "已创建工单")])
    await verify_dialog(router, OPENID, [("登录", "手机号"), (PHONE, "密码"), ("Kaipiao#2026", "登录成功")])
    await verify_dialog(router, OPENID, [("我的工单", "我：登录不了")])
