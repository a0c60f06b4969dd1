"""扫码开票 in chat: 开票码 (counter and order), the push of a buyer's request, 同意 / 拒绝 / 修改."""

from __future__ import annotations

import re

import pytest

from core.invoicing.models import Invoice
from core.scan_invoicing.buyer import Submission
from tests.kit.chat import BUYER, OPENID, company, router, verify_dialog  # noqa: F401 (fixtures)


def code_in(reply: str) -> str:
    match = re.search(r"/s/([A-Za-z0-9_-]{20,})", reply)
    assert match, reply
    return match.group(1)


async def test_counter_code_sends_the_qr_image_and_poster_links(router, company, scan_wechat):  # noqa: F811
    [reply] = await verify_dialog(router, OPENID, [
        ("开票码", ("已生成柜台开票码", "/s/", "A4：", "/s/poster/", ".pdf")),
    ])
    [(openid, png, _name)] = scan_wechat.named("image")
    assert openid == OPENID and png.startswith(b"\x89PNG")
    cv2 = pytest.importorskip("cv2")
    import numpy

    image = cv2.imdecode(numpy.frombuffer(png, numpy.uint8), cv2.IMREAD_GRAYSCALE)
    # OpenCV's detector misses about 3% of random codes at one size; a scanner tries again, so do we
    # (scaled up, with a wider quiet zone): 0 misses in 1,000 random codes.
    decoded = ""
    for scale in (1, 2, 3):
        for pad in (0, 40):
            seen = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST) if scale > 1 else image
            if pad:
                seen = cv2.copyMakeBorder(seen, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
            decoded = decoded or cv2.QRCodeDetector().detectAndDecode(seen)[0]
    assert decoded.endswith("/s/" + code_in(reply))
    poster = re.search(r"A4：\S+/s/poster/(\S+)\.pdf", reply)
    assert poster is not None
    pdf = await router.core.scan.shop.poster_by_link(poster.group(1))
    assert pdf.startswith(b"%PDF")


async def test_order_code_request_push_and_agree(router, company, wechat_api, deliver, email):  # noqa: F811
    [reply] = await verify_dialog(router, OPENID, [
        ("开票码 88.00 餐饮服务", ("已生成订单开票码", "¥88.00", "餐饮服务", "仅能使用一次")),
    ])
    code = code_in(reply)
    await router.core.scan.buyer.submit(code, Submission(
        buyer_name="武汉某某科技有限公司", buyer_tax_id=BUYER, email="buyer@example.com", contact_name="张三"),
        "10.1.0.1")
    await deliver()
    pushes = wechat_api.texts_to(OPENID)
    assert any("张三 申请开具 电子发票（普通发票） ¥88.00 抬头：武汉某某科技有限公司" in p for p in pushes), pushes
    await verify_dialog(router, OPENID, [
        ("开票申请", ("待处理的开票申请（1）", "张三", "¥88.00")),
        ("修改 金额", "修改用法"),
        ("修改 金额 90", ("已修改", "¥90.00")),
        ("同意", ("已开具", "发票号码", "武汉某某科技有限公司", "b***@example.com")),
        ("同意", "没有待处理"),
    ])
    [invoice] = await Invoice.filter(buyer_tax_id=BUYER)
    assert str(invoice.total) == "90.00"
    assert email.sent[-1][1] == "email.scan_invoice"


async def test_refuse_needs_a_reason_and_modify_changes_the_request(router, company):  # noqa: F811
    [reply] = await verify_dialog(router, OPENID, [("开票码", "柜台开票码")])
    code = code_in(reply)
    await router.core.scan.buyer.submit(code, Submission(is_person=True, buyer_name="李四", phone="13912345678",
                                                         amount="50", item="餐费"), "10.1.0.2")
    ctx = await router.context(OPENID)
    request_id = (await router.core.scan.shop.requests(ctx.actor))[0].id
    await verify_dialog(router, OPENID, [
        (f"修改 {request_id} 金额 55", ("已修改", "¥55.00")),
        ("拒绝", "请写明拒绝原因"),
        (f"拒绝 {request_id} 已经开过了", ("已拒绝", "已经开过了")),
        ("开票申请", "没有待处理"),
    ])


async def test_card_authorisation_event_inserts_the_invoice(router, company, scan_wechat):  # noqa: F811
    [reply] = await verify_dialog(router, OPENID, [("开票码 自动 100", "自动开票")])
    token = await router.core.scan.buyer.submit(code_in(reply), Submission(
        is_person=True, buyer_name="李四", phone="13912345678", amount="20", item="餐费"), "10.1.0.3")
    await router.core.scan.card.auth_url(token)
    [(order, _cents, _redirect)] = scan_wechat.named("getauthurl")

    from types import SimpleNamespace

    event = SimpleNamespace(_data={"SuccOrderId": order, "FailOrderId": "", "Source": "web"})
    assert await router.on_event("o-buyer", "user_authorize_invoice", event) is None
    [(_card, invoice, _media)] = scan_wechat.named("insert")
    assert invoice.order_id == order and invoice.openid == "o-buyer"
    assert (await router.core.scan.buyer.status(token)).card_status == "inserted"
