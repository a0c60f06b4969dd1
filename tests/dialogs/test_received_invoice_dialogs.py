"""进项 and 勾选 in chat: the month's received invoices, 勾选 a batch, 不抵扣 a 餐饮 invoice with
the reason shown, undo, and the period's 申请统计 → 确认签名."""

from __future__ import annotations

from datetime import date

import pytest

from bot.router import Router
from core.input_invoicing.models import InputInvoice
from templates import texts
from tests.kit.chat import OPENID, USCC, company, verify_dialog  # noqa: F401
from tests.kit.fakes import FakeInputPlatform


@pytest.fixture
def router(core):
    return Router(core, texts())


@pytest.fixture
def platform(core):
    fake = FakeInputPlatform()
    fake.seed("26422000000000000101", USCC, issued_on=date(2026, 11, 3), amount="1000", tax="130",
              seller_name="武汉纸业有限公司")
    fake.seed("26422000000000000102", USCC, issued_on=date(2026, 11, 9), amount="300", tax="18",
              seller_name="楚菜馆", tax_codes=("3070401000000000000",), item_names=("*餐饮服务*餐费",))
    fake.seed("26422000000000000103", USCC, issued_on=date(2026, 11, 20), amount="2000", tax="120",
              seller_name="武汉咨询有限公司")
    core.received.platform = fake
    return fake


async def test_receive_select_refuse_and_sign(router, company, platform, clock):  # noqa: F811
    clock.advance(days=5)  # 2 December: the November 征期
    await verify_dialog(router, OPENID, [
        ("进项 2026-11", ("【进项 2026-11】", "收到 3 张", "税额 ¥268.00", "待勾选 3 张（其中专票 3 张）",
                         "26422000000000000102 楚菜馆 税额 ¥18.00：不可抵扣，餐饮服务的进项税额不得抵扣",
                         "待勾选，可抵扣 ¥130.00", "未申请统计", "勾选 全部本月专票")),
        ("勾选 26422000000000000102", ("不能勾选抵扣", "餐饮服务的进项税额不得抵扣")),
        ("勾选 全部本月专票", ("已勾选抵扣 2 张（所属期 2026-11）", "可抵扣税额 ¥250.00")),
        ("不抵扣 26422000000000000102", ("原因", "4 购进贷款服务、餐饮服务、居民日常服务和娱乐服务")),
        ("不抵扣 26422000000000000102 4", ("已作不抵扣勾选 1 张", "餐饮服务")),
        ("撤销勾选 26422000000000000103", "已撤销勾选 1 张"),
        ("勾选 26422000000000000103", "已勾选抵扣 1 张"),
        ("申请统计", ("已申请统计（所属期 2026-11）", "确认签名")),
        ("进项", ("已申请统计，待确认签名", "已勾选抵扣 2 张，税额 ¥250.00")),
        ("确认签名", "已确认签名"),
        ("撤销勾选 26422000000000000103", "已确认签名的不能再改"),
    ])
    rows = {r.number: (r.use, r.use_period) for r in await InputInvoice.all()}
    assert rows == {"26422000000000000101": ("deduct", "2026-11"), "26422000000000000102": ("not_deduct", "2026-11"),
                    "26422000000000000103": ("deduct", "2026-11")}
    assert {n: (i.use, i.use_period) for n, i in platform.received.items()} == rows


async def test_needs_login(router):
    await verify_dialog(router, "o-nobody", [("进项", "请先登录"), ("勾选 全部", "请先登录")])


async def test_rail_and_air_tickets_by_qr_string(router, company):  # noqa: F811
    await verify_dialog(router, OPENID, [
        ("录入进项", "二维码"),
        ("01,51,,26512000000000000201,545.00,20261104,,A1B2", ("铁路电子客票", "票面金额 ¥545.00", "销售方")),
        ("中国铁路武汉局集团有限公司", ("请确认进项发票", "铁路电子客票", "÷(1+9%)×9%")),
        ("确认", ("已录入进项发票 26512000000000000201", "勾选后可抵扣 ¥45.00")),
        ("进项 01,61,,26612000000000000202,1140.00,20261104,,", "票价 + 燃油附加费"),
        ("1090", "销售方"), ("跳过", "请确认"),
        ("确认", "勾选后可抵扣 ¥90.00"),
    ])


async def test_a_received_pdf_or_qr_photo_sent_in_chat(router, company, wechat_api):  # noqa: F811
    from tests.kit.fakes import qr_png, received_pdf

    wechat_api.media.update({"m-pdf": received_pdf(), "m-qr": qr_png("01,31,,26422000000000000911,1130.00,20261105,,1D"),
                             "m-other": received_pdf("26422000000000000612", "9144030071526726XG")})
    assert "已从PDF录入进项发票 26422000000000000611" in await router.on_media(OPENID, "image", "m-pdf")
    assert "已经录入过了" in await router.on_media(OPENID, "image", "m-pdf")
    assert "不是本企业" in await router.on_media(OPENID, "image", "m-other")
    assert "税额是多少" in await router.on_media(OPENID, "image", "m-qr")
    await verify_dialog(router, OPENID, [("130", "销售方"), ("跳过", "请确认"), ("确认", "已录入进项发票 26422000000000000911")])
    rows = {r.number: r.source for r in await InputInvoice.all()}
    assert rows == {"26422000000000000611": "pdf", "26422000000000000911": "qr"}
