"""申报 in chat: a return prefilled from the invoices, submitted, pushed at every status, then paid."""

from __future__ import annotations

import pytest

from bot.router import Router
from templates import texts
from tests.kit.chat import BUYER, OPENID, company, verify_dialog  # noqa: F401


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
        ("明细 未开票收入", ("未开票收入的来源", "没有对应的发票", "您填写的数字")),
        ("确认", "已提交申报"),
    ])
    for seconds in (6, 21, 21):
        clock.advance(seconds=seconds)
        await core.filings.refresh_all()
    await verify_dialog(router, OPENID, [
        ("申报状态", ("申报失败", "票表比对", "9,000.00 元", "10,000.00 元")),  # both amounts named
        ("申报", "1 增值税"), ("1", "哪一期"),
        ("2026-11", ("请确认申报", "未开票 -¥1,000.00/-¥60.00")),  # what was typed stays …
        ("未开票 6% 0", ("已更新未开票收入", "合计应缴：¥642.00")),  # … and only the wrong column changes
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


async def test_cit_in_chat_asks_the_company_figures_once_and_checks_each_step(router, company, core,  # noqa: F811
                                                                             clock):
    await verify_dialog(router, OPENID, [
        (f"开票 武汉某某科技有限公司 {BUYER} 技术服务费 106000 6% 专票", "请确认"), ("确认", "开票成功")])
    clock.advance(days=40)  # January 2027: 2026Q4 is over
    await verify_dialog(router, OPENID, [
        ("申报", "1 增值税"), ("2", "哪一期"),
        ("2026Q4", "从业人数是多少"),
        ("很多", ("从业人数请填整数", "从业人数是多少")),  # refused at its own step
        ("12", "资产总额"),
        ("两千万", "是否从事国家限制或禁止的行业"),  # understood: 20,000,000
        ("1", "待弥补的亏损"),
        ("0", "营业成本"),
        ("两千", "期间费用"),  # understood: 2,000
        ("一些", ("金额格式不正确", "期间费用")),  # refused here, not at the next step
        ("1万", ("企业所得税季度预缴 2026Q4", "收入来自本年已开发票 ¥100,000.00 + 未开票收入 ¥0.00",
                 "从业人数 12 人，资产总额 ¥20,000,000.00", "符合小型微利企业条件", "本期应补缴：¥4,400.00")),
        ("修改 成本 12000", ("已更新营业成本", "本期应补缴：¥3,900.00")),  # (100,000 - 12,000 - 10,000) × 5%
        ("取消", "已取消"),
    ])
    # Asked once: the next time goes straight to 成本.
    await verify_dialog(router, OPENID, [("申报", "1 增值税"), ("2", "哪一期"), ("2026Q4", "营业成本")])


async def test_vat_period_in_chat(router, company, core):  # noqa: F811
    # The transcript company is a general taxpayer: monthly, and it cannot be changed.
    await verify_dialog(router, OPENID, [
        ("纳税期限", "按月申报"),
        ("纳税期限 按季", "一般纳税人的增值税按月申报"),
        ("纳税期限 随便", "纳税期限 按月"),
    ])


async def test_an_overdue_period_is_named_in_chat(router, company, core, clock):  # noqa: F811
    clock.advance(days=50)  # 2027-01-21: the 2026-12 return was due 2027-01-15
    await verify_dialog(router, OPENID, [
        ("申报", "1 增值税"),
        ("1", ("确认」申报 2026-12", "已逾期，截止 2027-01-15")),
        ("取消", "已取消"),
        ("申报状态", ("逾期未申报", "增值税 2026-12（截止 2027-01-15）")),
    ])
