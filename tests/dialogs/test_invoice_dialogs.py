"""Invoicing in chat: step by step, one message, query, no 作废, red-letter and reissue."""

from __future__ import annotations

import re

from core.invoicing.models import Invoice
from templates import texts
from tests.kit.chat import BUYER, OPENID, number_in, register_in_chat, verify_dialog
from tests.kit.chat import company as company
from tests.kit.chat import router as router
from tests.kit.factories import authorise_companies


async def test_special_invoice_with_two_lines_step_by_step(router, company):
    replies = await verify_dialog(router, OPENID, [
        ("开票", ("1 普票", "2 专票")),
        ("2", "购买方"),
        ("深圳某某科技有限公司", "专票须填写购买方税号"),
        (f"深圳某某科技有限公司 {BUYER}", "名称 金额"),
        ("技术服务费 1000 6%", ("已添加第 1 项", "*", "¥1,000.00")),
        ("打印纸 226 13%", ("已添加第 2 项", "¥1,226.00")),
        ("咨询 abc", "没看懂"),
        ("完成", ("请确认开票", "深圳某某科技有限公司", "价税合计：¥1,226.00", "壹仟贰佰贰拾陆圆整")),
        ("返回", "名称 金额"),
        ("完成", "请确认开票"),
        ("确认", ("开票成功", "查验链接", "/v/", "保存买方")),
    ])
    number = number_in(replies[-1])
    invoice = await Invoice.get(number=number)
    assert invoice.kind == "special" and invoice.total == 1226 and invoice.buyer_tax_id == BUYER
    # 确认 sent again (or WeChat retrying): the dialog is over, nothing is issued twice.
    await verify_dialog(router, OPENID, [("确认", lambda reply: "开票成功" not in reply)])
    assert await Invoice.filter(is_red=False).count() == 1
    await verify_dialog(router, OPENID, [("保存买方", "已保存常用买方")])
    await verify_dialog(router, OPENID, [("开票", "1 普票"), ("2", ("1. 深圳某某科技有限公司", BUYER))])


async def test_one_message_issue_goes_to_the_card(router, company):
    replies = await verify_dialog(router, OPENID, [
        (f"开票 武汉某某科技有限公司 {BUYER} 技术服务费 1000 6% 专票", ("请确认开票", "专用发票", "¥1,000.00")),
        ("确认", "开票成功"),
    ])
    assert len(number_in(replies[-1])) == 20
    await verify_dialog(router, OPENID, [
        ("开票 张三 餐费 388", ("1 普票", "2 专票")),  # the kind is the one thing missing
        ("1", ("请确认开票", "张三", "¥388.00")),
        ("确认", "开票成功"),
    ])


async def test_one_message_with_missing_parts_falls_back_to_steps(router, company):
    await verify_dialog(router, OPENID, [
        (f"开票 武汉某某科技有限公司 {BUYER} 普票", "名称 金额"),
        ("餐费 100", "已添加"),
        ("完成", ("请确认开票", "武汉某某科技有限公司")),
        ("取消", "已取消"),
    ])
    assert await Invoice.all().count() == 0


async def test_special_invoice_without_the_buyers_tax_id_asks_for_the_buyer(router, company):
    """Seen in `fapiao chat`: 专票 in one message without the buyer's tax ID used to ask for
    the items again and again with the tax-ID error; it asks for the buyer, saying why,
    and keeps the item."""
    await verify_dialog(router, OPENID, [
        ("开票 武汉某某科技有限公司 咨询服务费 20000 专票", ("纳税人识别号", "名称 税号")),
        (f"武汉某某科技有限公司 {BUYER}", ("请确认开票", "专用发票", "咨询服务费", "¥20,000.00")),
        ("确认", "开票成功"),
    ])
    await verify_dialog(router, OPENID, [
        ("开票", "1 普票"), ("2", "名称 税号"), (f"武汉某某科技有限公司 {BUYER}", "名称 金额"),
        ("餐费 100", "已添加"), ("返回", "名称 税号"),
        ("张三", "专票须填写购买方税号"),
        ("取消", "已取消"),
    ])

async def test_a_tax_id_alone_at_the_buyer_step_asks_for_the_name_with_it(router, company):
    """Seen in `fapiao chat`: the buyer's 税号 typed alone was answered 「此项为必填项。」, which
    does not say what is missing; the reply names the missing name and keeps the step."""
    await verify_dialog(router, OPENID, [
        ("开票", "1 普票"), ("1", "名称 税号"),
        (BUYER, ("只收到了税号", BUYER, "还缺购买方名称")),
        (f"武汉某某科技有限公司 {BUYER}", "名称 金额"),
        ("取消", "已取消"),
    ])


async def test_query_no_void_red_letter_and_reissue(router, company):
    first = number_in((await verify_dialog(router, OPENID, [
        ("开票 张三 餐费 388 普票", "请确认"), ("确认", "开票成功")]))[-1])
    second = number_in((await verify_dialog(router, OPENID, [
        (f"开票 武汉某某科技有限公司 {BUYER} 技术服务费 1000 6% 专票", "请确认"), ("确认", "开票成功")]))[-1])
    await verify_dialog(router, OPENID, [
        ("最近发票", (first, second, "已开具")),
        (f"查询 {second}", ("发票详情", "武汉某某科技有限公司", "壹仟圆整")),
        ("查询 2026-11", (first, second)),
        (f"修改发票 {first}", ("不能直接修改", "不能作废", "红冲")),
    ])
    # No 作废 for an electronic 数电票: one sentence, 红冲 then 重开.
    await verify_dialog(router, OPENID, [
        (f"作废 {first}", ("不能作废", "红冲", "重开")),
        ("作废", ("不能作废", "红冲", "重开")),
    ])
    await verify_dialog(router, OPENID, [
        (f"红冲 {first}", "红冲原因"), ("1", "全部"), ("全部", "确认为发票"),
        ("确认", ("红字发票已开具", "-¥388.00")),
    ])
    await verify_dialog(router, OPENID, [
        (f"红冲 {second}", ("1 开票有误", "2 销货退回")),
        ("4", ("全部", "第 1 行")),
        ("第一行", "格式不对"),
        ("全部", "确认为发票"),
        ("确认", ("红字发票已开具", "-¥1,000.00")),
    ])
    replies = await verify_dialog(router, OPENID, [
        (f"重开 {first}", ("重开自", first, "¥388.00")),
        ("确认", "开票成功"),
    ])
    reissued = number_in(replies[-1])
    original = await Invoice.get(number=first)
    assert (await Invoice.get(number=reissued)).reissued_from_id == original.id
    # A red-lettered invoice is not red-lettered again.
    await verify_dialog(router, OPENID, [(f"红冲 {second}", "红冲原因"), ("1", "全部"), ("全部", "确认为发票"),
                                         ("确认", ("只有已开具", "可以红冲"))])


async def test_invoicing_needs_a_company(router, sms):
    await register_in_chat(router, sms)
    await verify_dialog(router, OPENID, [("开票", "创建企业")])
    await verify_dialog(router, "o-nobody", [("开票", "请先登录"), ("最近发票", "请先登录")])


async def test_export_replies_with_a_link_when_ready(router, company, core, wechat_api):
    await verify_dialog(router, OPENID, [("开票 张三 餐费 388 普票", "请确认"), ("确认", "开票成功")])
    await verify_dialog(router, OPENID, [("导出 2026-11 csv", ("正在导出", "1 张", "完成后"))])
    await core.exports.drain()
    pushes = [text for openid, text in wechat_api.texts_sent if openid == OPENID]
    assert pushes and "导出完成" in pushes[-1] and "/dl/" in pushes[-1]
    await verify_dialog(router, OPENID, [("导出 十三月", "导出方式")])  # no such month: the usage


async def test_pick_a_saved_product_and_send_the_invoice(router, company, core, email):
    from core.companies.catalogue import ProductInput
    from core.domain.actor import Actor

    account = await core.accounts.account_for_openid("mp", OPENID)
    await core.catalogue.add_product(ProductInput(name="软件维护费", rate="6%", unit_price="500",
                                                  tax_code="3040201030000000000"), Actor(channel="bot", account_id=account))
    replies = await verify_dialog(router, OPENID, [
        ("开票", "1 普票"), ("1", "购买方"), ("张三", ("常用商品", "1. *")),
        ("1", ("已添加第 1 项", "¥500.00")),
        ("1 800", ("已添加第 2 项", "¥1,300.00")),
        ("完成", "请确认"), ("确认", "开票成功"),
    ])
    number = number_in(replies[-1])
    await verify_dialog(router, OPENID, [
        (f"发送发票 {number} zhang@example.com", ("已发送", "z***@example.com")),
        ("发送发票", "发送发票 号码"),
    ])
    assert email.attachments[-1][1][0].data.startswith(b"%PDF")


async def _pushes(account_phone: str) -> list[str]:
    """What the outbox holds for an account (站内信 rendered as the relay would)."""
    from core.accounts.models import Account
    from core.notifications.models import OutboxEvent

    account = await Account.get(phone=account_phone)
    return [texts().render(e.template, e.params) for e in await OutboxEvent.filter(account_id=account.id).order_by("id")]


async def test_red_letter_confirmed_by_a_buyer_on_the_platform(router, company, core, sms, clock):
    clock.advance(seconds=61)
    await register_in_chat(router, sms, openid="o-buyer", phone="13900139000")
    await verify_dialog(router, "o-buyer", [
        ("创建企业", "名称"), ("武汉某某科技有限公司", "统一社会信用代码"), (BUYER, "类型"), ("2", "地址"),
        ("跳过", "开户行"), ("跳过", "确认"), ("确认", "已创建"),
    ])
    # 1. The buyer has not confirmed the invoice's use: no confirmation is needed, red at once.
    first = number_in((await verify_dialog(router, OPENID, [
        (f"开票 武汉某某科技有限公司 {BUYER} 技术服务费 1000 6% 专票", "请确认"), ("确认", "开票成功")]))[-1])
    await verify_dialog(router, OPENID, [
        (f"红冲 {first}", "红冲原因"), ("1", "全部"), ("全部", "确认为发票"),
        ("确认", ("红字发票已开具", "无需确认", "红字发票信息确认单", "-¥1,000.00")),
    ])
    # 2. After 用途确认 the 确认单 waits for the buyer, who sees number and seller.
    second = number_in((await verify_dialog(router, OPENID, [
        (f"开票 武汉某某科技有限公司 {BUYER} 技术服务费 500 6% 专票", "请确认"), ("确认", "开票成功")]))[-1])
    await core.platform.confirm_use(BUYER, second, "deduct", "2026-11")
    replies = await verify_dialog(router, OPENID, [
        (f"红冲 {second}", "红冲原因"), ("2", "全部"), ("全部", "确认为发票"), ("确认", ("确认单", "72 小时")),
        ("红字确认", "没有待您确认"),
    ])
    confirmation_no = re.search(r"确认单 (\d+)", replies[3]).group(1)
    # The seller cannot confirm its own request, and is told why (not a 403 about admins).
    await verify_dialog(router, OPENID, [(f"红字确认 确认 {confirmation_no}", ("您这一方发起", "撤销"))])
    await verify_dialog(router, "o-buyer", [
        ("红字确认", ("待您确认", second, "武汉光谷软件有限公司", "-¥500.00", "销货退回", "1.")),
        ("红字确认 确认 1", ("已确认", second, confirmation_no)),
        ("红字确认", "没有待您确认"),
    ])
    assert await Invoice.filter(is_red=True, status="issued").count() == 2
    # Both sides were told at every step, with the number, the seller and China time.
    for phone in ("13800138000", "13900139000"):
        pushed = await _pushes(phone)
        assert any("填开红字发票信息确认单" in p and second in p for p in pushed), pushed
        assert any("已开具红字发票" in p and second in p and "武汉光谷软件有限公司" in p for p in pushed), pushed
        assert all("北京时间" in p and "UTC" not in p for p in pushed if "红字确认单" in p)


async def test_the_buyer_starts_a_red_confirmation_in_chat(router, company, core, sms, clock):
    clock.advance(seconds=61)
    await register_in_chat(router, sms, openid="o-buyer", phone="13900139000")
    await verify_dialog(router, "o-buyer", [
        ("创建企业", "名称"), ("武汉某某科技有限公司", "统一社会信用代码"), (BUYER, "类型"), ("2", "地址"),
        ("跳过", "开户行"), ("跳过", "确认"), ("确认", "已创建"),
    ])
    await authorise_companies()
    number = number_in((await verify_dialog(router, OPENID, [
        (f"开票 武汉某某科技有限公司 {BUYER} 技术服务费 300 6% 专票", "请确认"), ("确认", "开票成功")]))[-1])
    await verify_dialog(router, "o-buyer", [(f"红字确认 申请 {number} 2", "尚未对发票")])
    await core.platform.confirm_use(BUYER, number, "deduct", "2026-11")
    await verify_dialog(router, "o-buyer", [(f"红字确认 申请 {number} 2", ("已为发票", number, "等待销售方"))])
    await verify_dialog(router, OPENID, [
        ("红字确认", ("待您确认", number, "购买方发起")),
        ("红字确认 拒绝 1", ("已拒绝", number)),
    ])
    assert await Invoice.filter(is_red=True).count() == 0


async def test_tax_code_search_and_approval_in_chat(router, company, core, sms, clock):
    await verify_dialog(router, OPENID, [("编码 餐饮", ("3070401000000000000", "餐饮服务", "6%")),
                                         ("编码", "编码 关键词")])
    from core.companies.views import CompanyInput

    owner_id = await core.accounts.account_for_openid("mp", OPENID)
    from core.domain.actor import Actor

    owner = Actor(channel="bot", account_id=owner_id)
    current = await core.companies.current(owner)
    await core.companies.update(CompanyInput(name=current.name, tax_id=current.tax_id, taxpayer_kind="general",
                                             approval_required=True), owner)
    code = (await core.companies.invite("issuer", owner)).code
    clock.advance(seconds=61)
    await register_in_chat(router, sms, openid="o-issuer", phone="13900139000")
    await verify_dialog(router, "o-issuer", [("加入企业", "邀请码"), (code, "开票员"),
                                             ("开票 张三 餐费 388 普票", "请确认"), ("确认", "已提交审核")])
    replies = await verify_dialog(router, OPENID, [("审核", ("待审核", "开票", "张三"))])
    invoice_id = replies[0].split("【待审核】")[1].strip().split(".")[0]
    await verify_dialog(router, OPENID, [(f"审核 驳回 {invoice_id}", "原因"),
                                         (f"审核 通过 {invoice_id}", ("已审核通过", "已开具")),
                                         ("审核", "没有待审核")])
