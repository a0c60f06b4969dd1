"""Filing work that used to be API-only, in chat: 录入进项 (QR string or step by step), 进项转出 and
明细 on the 申报 card, 补充材料 by sending an image, and 通知设置."""

from __future__ import annotations

import pytest

from bot.router import Router
from core.filing.models import Filing
from core.input_invoicing.models import InputInvoice
from core.settings import Settings
from templates import texts
from tests.kit.chat import BUYER, OPENID, company, number_in, verify_dialog  # noqa: F401

QR_SPECIAL = "01,31,,26422000000000000123,1130.00,20261105,,1DD6"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 2048
MB = 1024 * 1024


@pytest.fixture
def settings(settings: Settings) -> Settings:
    settings.tax_bureau_materials_over = "5000"  # the sandbox asks for materials above this
    return settings


@pytest.fixture
def router(core):
    return Router(core, texts())


async def test_input_invoice_from_qr_string_then_missing_fields(router, company):  # noqa: F811
    await verify_dialog(router, OPENID, [
        ("录入进项", ("二维码", "回复 1 逐项输入")),
        ("你好", "不像发票二维码"),
        ("01,31,,123,1130.00,20261105,,1DD6", "无法识别的发票二维码"),
        (QR_SPECIAL, ("已读出", "专票 26422000000000000123", "2026-11-05", "¥1,130.00", "税额是多少")),
        ("一百", "金额格式不正确"),
        ("130", "销售方名称"),
        ("返回", "税额是多少"),
        ("130", "销售方名称"),
        ("跳过", ("请确认进项发票", "金额：¥1,000.00", "税额：¥130.00", "销售方：未填")),
        ("返回", "销售方名称"),
        ("武汉某某供应链有限公司", "销售方：武汉某某供应链有限公司"),
        ("确认", ("已录入进项发票 26422000000000000123", "¥130.00", "可抵扣")),
    ])
    row = await InputInvoice.get(number="26422000000000000123")
    assert (row.amount, row.tax, row.kind, row.source, row.seller_name) == (
        1000, 130, "special", "qr", "武汉某某供应链有限公司")
    # The QR string with the command, and the same invoice again: refused as a duplicate.
    await verify_dialog(router, OPENID, [
        (f"进项 {QR_SPECIAL}", "税额是多少"), ("130", "销售方"), ("跳过", "请确认"),
        ("确认", "已经录入过了"),
    ])
    assert await InputInvoice.all().count() == 1


async def test_input_invoice_typed_step_by_step_back_to_the_field_at_fault(router, company):  # noqa: F811
    await verify_dialog(router, OPENID, [
        ("录入进项", "二维码"),
        ("1", "发票号码"),
        ("123", "发票号码应为 20 位"),
        ("26422000000000000456", "开票日期"),
        ("2026年13月40日", "金额（不含税"),
        ("2000", "税额"),
        ("260", "1 专票"),
        ("3", "请回复列表中的序号"),
        ("2", "销售方名称"),
        ("跳过", ("请确认进项发票", "普票 26422000000000000456", "¥2,000.00")),
        # The core finds the date wrong on 确认: back to that step, then straight to the card.
        ("确认", ("日期格式应为", "开票日期")),
        ("2026-11-08", ("请确认进项发票", "2026-11-08")),
        ("确认", ("已录入进项发票", "不能抵扣")),
    ])
    assert (await InputInvoice.get(number="26422000000000000456")).deductible is False
    await verify_dialog(router, OPENID, [("录入进项", "二维码"), ("1", "发票号码"), ("取消", "已取消")])


async def test_transfer_out_and_explain_on_the_vat_card(router, company, core, clock):  # noqa: F811
    replies = await verify_dialog(router, OPENID, [
        (f"开票 武汉某某科技有限公司 {BUYER} 技术服务费 10600 6% 专票", "请确认"), ("确认", "开票成功")])
    issued = number_in(replies[-1])
    await verify_dialog(router, OPENID, [
        (f"录入进项 {QR_SPECIAL}", "税额"), ("130", "销售方"), ("跳过", "请确认"), ("确认", "已录入"),
        ("勾选 26422000000000000123", "2026-11")])  # 用途确认 in November: counts for 2026-11
    clock.advance(days=5)  # December: November can be filed
    await verify_dialog(router, OPENID, [
        ("申报", "1 增值税"),
        ("1", "哪一期"),
        ("2026-11", ("请确认申报", "6%：专票 ¥10,000.00/¥600.00", "本期抵扣 ¥130.00", "进项转出 ¥0.00",
                     "应纳增值税：¥470.00", "「转出 100」", "明细")),
        ("明细 销项", ("销项税额的来源", issued, "共 1 张")),
        ("为什么 进项税额是130", ("进项税额的来源", "26422000000000000123")),
        ("明细 上期留抵", ("没有对应的发票", "请确认申报")),
        ("明细 天气", "可以查：销售额"),
        ("转出 abc", "金额格式不正确"),
        ("转出 30", ("已更新进项转出", "进项转出 ¥30.00", "应纳增值税：¥500.00")),
        ("确认", "已提交申报"),
    ])
    filing = await Filing.get(period="2026-11", tax_type="vat")
    assert filing.payable == 500 and filing.inputs == {"transfers_out": "30.00", "uninvoiced": {}}
    # Outside the dialog, 明细 answers about the latest return.
    await verify_dialog(router, OPENID, [("明细 应纳税额", ("应纳税额的来源", "增值税 2026-11", issued,
                                                        "26422000000000000123"))])


async def test_materials_by_image_in_chat(router, company, core, clock, wechat_api, deliver):  # noqa: F811
    wechat_api.media.update({"m-png": PNG, "m-exe": b"MZ\x90\x00" + b"\x00" * 100,
                             "m-big": PNG + b"\x00" * (10 * MB)})
    assert "没有需要补充材料" in await router.on_media(OPENID, "image", "m-png")
    await verify_dialog(router, OPENID, [
        (f"开票 武汉某某科技有限公司 {BUYER} 技术服务费 10600 6% 专票", "请确认"), ("确认", "开票成功"),
        ("补充材料", "没有需要补充材料")])
    clock.advance(days=5)
    await verify_dialog(router, OPENID, [("申报", "增值税"), ("1", "哪一期"), ("2026-11", "请确认"),
                                         ("确认", "已提交申报")])
    for seconds in (6, 21, 21):
        clock.advance(seconds=seconds)
        await core.filings.refresh_all()
    assert (await Filing.get(period="2026-11")).status == "needs_materials"
    await deliver()
    assert any("需补充材料" in text and "发送图片" in text for text in wechat_api.texts_to(OPENID))
    await verify_dialog(router, OPENID, [("补充材料", ("增值税 2026-11 申报需要补充材料", "发送图片"))])

    # Problems are explained and nothing is attached.
    assert "只支持" in await router.on_media(OPENID, "image", "m-exe")
    assert "不能超过 10 MB" in await router.on_media(OPENID, "image", "m-big")
    assert "没能从微信取回" in await router.on_media(OPENID, "image", "m-gone")
    assert (await Filing.get(period="2026-11")).status == "needs_materials"

    # An image while another dialog is open is still taken, and the dialog stays where it was.
    await verify_dialog(router, OPENID, [("录入进项", "二维码")])
    reply = await router.on_media(OPENID, "image", "m-png")
    assert "已把图片（2 KB）附到增值税 2026-11 申报" in reply and "审核中" in reply
    await verify_dialog(router, OPENID, [("1", "发票号码"), ("取消", "已取消")])
    filing = await Filing.get(period="2026-11")
    assert filing.status == "reviewing"
    clock.advance(seconds=21)
    await core.filings.refresh_all()
    assert (await Filing.get(period="2026-11")).status == "succeeded"


async def test_image_from_someone_without_an_account(router):
    assert "文字消息" in await router.on_media("o-stranger", "image", "m1")
    assert "文字消息" in await router.on_media("o-stranger", "video", "m1")


async def test_notification_channels_in_chat(router, company, core):  # noqa: F811
    from tests.kit.chat import OPENID as me

    await verify_dialog(router, me, [
        ("通知设置", ("✔ 公众号消息", "✔ 小程序订阅消息", "✔ 短信")),
        ("通知设置 公众号 短信", ("已更新", "✔ 公众号消息", "✘ 小程序订阅消息", "✔ 短信", "✔ 站内信")),
        ("通知设置 飞鸽传书", "可选：公众号"),
    ])
    account_id = await core.accounts.account_for_openid("mp", me)
    prefs = await core.notification_preferences.get_preferences(account_id)
    assert prefs.channels == ("wechat", "sms", "inbox")
