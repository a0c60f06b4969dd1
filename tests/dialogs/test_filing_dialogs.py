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
        # The card: 销项 by rate and column, 进项, 附加税费 itemised, the total to pay.
        ("2026-11", ("请确认申报", "增值税及附加税费 2026-11", "6%：专票 ¥10,000.00/¥600.00", "应纳增值税：¥600.00",
                     "城市维护建设税 ¥42.00", "教育费附加 免征", "合计应缴：¥642.00", "2026-12-15")),
        ("修改 9000", "没看懂要修改哪一栏"),  # the column must be named
        # 未开票收入 -1,000 at 6%: declared 9,000 < invoiced 10,000 (票表比对 will reject it).
        ("未开票 6% -1000", ("已更新未开票收入", "未开票 -¥1,000.00/-¥60.00", "应纳增值税：¥540.00")),
        ("未开票 6% 很多", "金额格式不正确"),
        ("确认", "已提交申报"),
    ])
    for seconds in (6, 21, 21):
        clock.advance(seconds=seconds)
        await core.filings.refresh_all()
    await verify_dialog(router, OPENID, [
        ("申报状态", ("申报失败", "票表比对", "9,000.00 元", "10,000.00 元")),  # both amounts named
        ("申报", "1 增值税"), ("1", "哪一期"),
        ("2026-11", ("请确认申报", "合计应缴：¥642.00")),  # corrected: the invoices again
        ("确认", "已提交申报"),
    ])
    for seconds in (6, 21, 21):
        clock.advance(seconds=seconds)
        await core.filings.refresh_all()
    await deliver()
    pushes = [text for openid, text in wechat_api.texts_sent if openid == OPENID]
    assert any("已受理" in p for p in pushes)
    assert any("增值税 ¥600.00，附加税费 ¥42.00，合计应缴 ¥642.00，截止 12-15" in p for p in pushes)
    await verify_dialog(router, OPENID, [
        # Our records, the earlier rejected submission included.
        ("申报状态", ("增值税 2026-11】申报成功", "应缴 ¥642.00（含附加税费 ¥42.00）", "第1次 申报失败", "第2次 已受理")),
        ("缴款", ("请确认缴款", "增值税 ¥600.00，附加税费 ¥42.00，合计应缴 ¥642.00")),
        ("好吗", "请回复「确认」缴款"),
        ("确认", ("缴款成功", "合计 ¥642.00")),
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
