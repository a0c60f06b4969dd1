"""In chat: the small-scale 3% 专票 question, discount lines, and the refusals with reasons."""

from __future__ import annotations

import pytest

from bot.router import Router
from core.invoicing.models import Invoice, InvoiceLine
from templates import texts
from tests.kit.chat import register_in_chat, verify_dialog
from tests.kit.factories import authorise_companies

OPENID = "o-rates-user"
USCC = "91420100MA4K12345K"
BUYER = "9144030071526726XG"


@pytest.fixture
def router(core):
    return Router(core, texts())


@pytest.fixture
async def small_company(router, sms):
    await register_in_chat(router, sms, openid=OPENID)
    await verify_dialog(router, OPENID, [
        ("创建企业", "名称"), ("武汉小店餐饮有限公司", "统一社会信用代码"), (USCC, "类型"), ("2", "地址"),
        ("跳过", "开户行"), ("跳过", "确认"), ("确认", "已创建"),
    ])
    await authorise_companies()


async def test_small_scale_special_asks_once_and_issues_at_three_percent(router, small_company):
    await verify_dialog(router, OPENID, [
        (f"开票 深圳某某科技有限公司 {BUYER} 餐费 1030 专票", ("本张专票按3%开具？", "1. 是")),
        ("是", ("请确认开票", "3%", "¥1,030.00")),
        ("确认", "开票成功"),
    ])
    invoice = await Invoice.filter(kind="special").first()
    assert invoice is not None and invoice.total_tax == 30
    lines = await InvoiceLine.filter(invoice_id=invoice.id)
    assert [line.rate_code for line in lines] == ["3"]


async def test_declining_the_waiver_keeps_one_percent(router, small_company):
    await verify_dialog(router, OPENID, [
        (f"开票 深圳某某科技有限公司 {BUYER} 餐费 1010 专票", "本张专票按3%开具？"),
        ("否", ("请确认开票", "1%")),
        ("取消", "已取消"),
    ])


async def test_no_question_for_rent_or_normal_invoices(router, small_company):
    await verify_dialog(router, OPENID, [
        (f"开票 深圳某某科技有限公司 {BUYER} 门面房租 10500 专票", ("请确认开票", "5%")),
        ("取消", "已取消"),
        (f"开票 深圳某某科技有限公司 {BUYER} 餐费 1010 普票", ("请确认开票", "1%")),
        ("取消", "已取消"),
    ])


async def test_exempt_on_a_special_invoice_is_refused_with_the_reason(router, small_company):
    await verify_dialog(router, OPENID, [
        (f"开票 深圳某某科技有限公司 {BUYER} 学费 1000 专票", ("不得开具增值税专用发票", "普票")),
        ("取消", "已取消"),
    ])


async def test_discount_after_a_line_and_in_one_message(router, small_company):
    await verify_dialog(router, OPENID, [
        ("开票", "1 普票"), ("1", "购买方"), (f"深圳某某科技有限公司 {BUYER}", "项目"),
        ("折扣 10", "请先输入被折扣的项目"),
        ("餐费 1010", "已添加第 1 项"),
        ("折扣 101", ("已为「*餐饮服务*餐费」添加折扣", "¥101.00", "¥909.00")),
        ("折扣 2000", "折扣不能超过"),
        ("完成", ("请确认开票", "¥909.00")),
        ("取消", "已取消"),
        (f"开票 深圳某某科技有限公司 {BUYER} 餐费 200 折扣 10% 普票", ("请确认开票", "¥180.00")),
        ("确认", "开票成功"),
    ])
    lines = await InvoiceLine.all().order_by("position")
    assert [str(line.amount) for line in lines] == ["198.02", "-19.80"]


async def test_organisation_without_tax_id_on_a_normal_invoice_is_asked_for_it(router, small_company):
    await verify_dialog(router, OPENID, [
        ("开票 武汉某某餐饮有限公司 餐费 100 普票", ("2017年第16号", "名称 税号")),
        (f"武汉某某餐饮有限公司 {BUYER}", "请确认开票"),
        ("取消", "已取消"),
    ])


async def test_buyer_step_asks_a_company_for_its_tax_id_at_once(router, small_company):
    await verify_dialog(router, OPENID, [
        ("开票", "1 普票"), ("1", "购买方"),
        ("武汉某某餐饮有限公司", ("2017年第16号", "名称 税号")),
        (f"武汉某某餐饮有限公司 {BUYER}", "项目"),
        ("取消", "已取消"),
        ("开票", "1 普票"), ("1", "购买方"),
        ("张三丰 360426199101010071", "项目"),
        ("餐费 100", "已添加第 1 项"),
        ("完成", ("请确认开票", "张三丰")),
        ("取消", "已取消"),
    ])
