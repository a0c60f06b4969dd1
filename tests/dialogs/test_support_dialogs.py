"""人工 opens a ticket with the recent conversation; a staff reply reaches the chat as a push;
announcements and the maintenance window."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.router import Router
from core.accounts.models import Account
from core.domain.actor import Actor
from templates import texts
from tests.kit.chat import register_in_chat, verify_dialog

OPENID = "o-transcript-user"


@pytest.fixture
def router(core):
    return Router(core, texts())


async def staff(core, sms, clock) -> Actor:
    account_id, _ = await core.accounts.make_staff("13500135000", "客服小王", Actor(channel="cli"))
    return Actor(channel="api", account_id=account_id)


async def test_human_support_ticket_and_staff_reply_push(router, sms, core, clock, wechat_api, deliver):
    await register_in_chat(router, sms)
    await verify_dialog(router, OPENID, [("开票的时候一直提示税号错误", lambda r: True)])
    await verify_dialog(router, OPENID, [
        ("人工", ("工单", "最近的")),
        ("开专票时提示购买方税号错误，但税号是对的", "哪一类"),
        ("2", ("已创建工单 #", "我的工单")),
        ("我的工单", ("待处理", "开专票时提示")),
    ])
    agent = await staff(core, sms, clock)
    tickets = await core.support.tickets.all(agent)
    view = await core.support.tickets.get(agent, tickets[0].id)
    assert any("一直提示税号错误" in line for line in str(view).split("'")), view
    await core.support.tickets.reply(agent, tickets[0].id, "请检查是否把字母 O 输成了数字 0。")
    await deliver()
    pushes = [text for openid, text in wechat_api.texts_sent if openid == OPENID]
    assert pushes and "客服回复" in pushes[-1] and "字母 O" in pushes[-1]
    await verify_dialog(router, OPENID, [(f"回复工单 {tickets[0].id} 改过来就好了，谢谢", "已补充到工单")])


async def test_feedback_in_chat(router, sms):
    await register_in_chat(router, sms)
    await verify_dialog(router, OPENID, [
        ("反馈", "1 问题"), ("2", "具体内容"), ("希望支持批量开票", ("已收到您的建议", "我的反馈")),
        ("我的反馈", ("建议", "已接收")),
    ])


async def test_announcement_and_maintenance_window(router, sms, core, clock, wechat_api, deliver):
    await register_in_chat(router, sms)
    agent = await staff(core, sms, clock)
    start = clock.now() + timedelta(hours=1)
    item = await core.announcements.create(agent, "系统升级", "今晚 22:00–24:00 升级开票服务。", start,
                                           start + timedelta(hours=2), maintenance=True)
    result = await core.announcements.publish(agent, item.id, notify=True)
    assert result.notified >= 1
    await deliver()
    assert any("系统升级" in text for openid, text in wechat_api.texts_sent if openid == OPENID)
    await verify_dialog(router, OPENID, [("公告", ("系统升级", "22:00")), ("创建企业", "企业名称"), ("取消", "已取消")])
    clock.advance(hours=1, minutes=1)  # inside the window
    await verify_dialog(router, OPENID, [
        ("创建企业", ("系统维护中", "恢复")),
        ("帮助", "常见问题"),  # reads still work
        ("我的账户", "称呼"),
    ])
    await verify_dialog(router, "o-new", [("注册", "系统维护中")])
    clock.advance(hours=2)
    await verify_dialog(router, OPENID, [("创建企业", "企业名称")])
    await verify_dialog(router, OPENID, [("取消", "已取消"), ("公告 关闭通知", "已关闭公告推送")])
    account_id = await core.accounts.account_for_openid("mp", OPENID)
    assert await core.announcements.is_opted_out(account_id)
    assert (await Account.get(id=account_id)).display_name == "王会计"
