"""申报 in chat: a return prefilled from the invoices, submitted, pushed at every status, then paid."""

from __future__ import annotations

import pytest

from bot.router import Router
from templates import texts
from tests.dialogs.test_invoice_dialogs import BUYER, OPENID, company  # noqa: F401
from tests.transcript import verify_dialog


@pytest.fixture
def router(core):
    return Router(core, texts())


async def test_vat_return_in_chat_with_pushes_and_payment(router, company, core, clock, wechat_api,  # noqa: F811
                                                          deliver):
    await verify_dialog(router, OPENID, [
        (f"开票 武汉某某科技有限公司 {BUYER} 技术服务费 10600 6% 专票", "请确认"), ("确认", "开票成功")])
    await verify_dialog(router, OPENID, [("申报", "1 增值税"), ("1", "哪一期"), ("2026-11", "还没有结束"), ("取消", "已取消")])
    clock.advance(days=5)  # December: November can be filed now
    await verify_dialog(router, OPENID, [
        ("申报", "1 增值税"),
        ("1", "哪一期"),
        ("2026-13", "期间格式不对"),
        ("2026-11", ("请确认申报", "增值税 2026-11", "¥10,000.00", "¥600.00", "2026-12-15")),
        ("修改 9000", ("已把申报销售额改为 ¥9,000.00", "请确认申报")),
        ("修改 10000", "¥10,000.00"),
        ("确认", "已提交申报"),
    ])
    for seconds in (6, 21, 21):
        clock.advance(seconds=seconds)
        await core.filings.refresh_all()
    await deliver()
    pushes = [text for openid, text in wechat_api.texts_sent if openid == OPENID]
    assert any("已受理" in p for p in pushes) and any("申报成功" in p and "缴款" in p for p in pushes)
    await verify_dialog(router, OPENID, [
        ("申报状态", ("增值税 2026-11", "申报成功", "已受理", "¥600.00")),
        ("缴款", ("已缴款", "¥600.00")),
        ("缴款", "没有待缴款"),
    ])


async def test_message_centre_and_reminder_settings(router, company, core, deliver):  # noqa: F811
    from datetime import date

    await verify_dialog(router, OPENID, [("提醒设置", ("已开启", "5 天")), ("提醒设置 3", "3 天"),
                                         ("提醒设置 一百", "提醒设置 天数"), ("消息", "还没有消息")])
    assert await core.reminders.run(date(2026, 12, 11)) == 0  # 3 days before 12-15 is 12-12
    assert await core.reminders.run(date(2026, 12, 12)) == 1
    await deliver()
    await verify_dialog(router, OPENID, [("消息", ("1 条未读", "申报提醒")), ("消息", "0 条未读")])
