"""The buyer's H5 pages over HTTP: headers, CSRF, submit → status page, refusals as pages."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from core.domain.actor import Actor
from core.scan_invoicing.shop import CodeInput
from tests.kit.factories import (
    BUYER_USCC,
    small_scale_owner,  # noqa: F401 (the fixture "owner")
)


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([0-9a-f]+)"', html)
    assert match, html
    return match.group(1)


@pytest.fixture
async def code(core, owner):
    return await core.scan.shop.create_code(CodeInput(kind="order", amount="88", items=("餐饮服务",)), owner)


async def test_code_page_submit_and_status(api, core, owner, code):
    page = await api.get(f"/s/{code.code}")
    html = await page.text()
    assert page.status == 200 and "武汉光谷餐饮有限公司" in html and "¥88.00" in html
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    form = {"csrf": csrf_of(html), "title_type": "org", "kind": "normal", "buyer_name": "武汉某某科技有限公司",
            "buyer_tax_id": BUYER_USCC, "email": "buyer@example.com", "amount": "88.00"}
    done = await api.post(f"/s/{code.code}", data=form, allow_redirects=False)
    assert done.status == 303
    status_url = done.headers["Location"]
    assert re.fullmatch(r"/s/r/[A-Za-z0-9_-]{32}", status_url)
    status = await api.get(status_url)
    text = await status.text()
    assert "已提交" in text and "武汉某某科技有限公司" in text
    await core.scan.shop.approve(None, owner)
    text = await (await api.get(status_url)).text()
    assert "已开具" in text and "下载发票 PDF" in text
    pdf = await api.get(status_url + "/pdf")
    assert pdf.status == 200 and (await pdf.read()).startswith(b"%PDF")
    # the used code: a friendly page
    used = await api.get(f"/s/{code.code}")
    assert used.status == 404 and "开票码已使用" in await used.text()


async def test_refusals_are_pages(api, code):
    forged = await api.get("/s/AAAAAAAAAAAAAAAAAAAAAA")
    assert forged.status == 404 and "开票码无效" in await forged.text()
    html = await (await api.get(f"/s/{code.code}")).text()
    no_csrf = await api.post(f"/s/{code.code}", data={"buyer_name": "x"})
    assert no_csrf.status == 403
    changed = await api.post(f"/s/{code.code}", data={
        "csrf": csrf_of(html), "title_type": "person", "buyer_name": "张三", "email": "a@example.com",
        "amount": "1.00"})
    assert changed.status == 409 and "金额不能修改" in await changed.text()
    invalid = await api.post(f"/s/{code.code}", data={
        "csrf": csrf_of(html), "title_type": "org", "buyer_name": "某公司", "buyer_tax_id": "91420100MA4K000000",
        "email": ""})
    body = await invalid.text()
    assert invalid.status == 422 and "校验" in body and "邮箱或手机号" in body
    bad_status = await api.get("/s/r/" + "x" * 32)
    assert bad_status.status == 404


async def test_jssdk_signature_only_for_our_pages(api, settings, scan_wechat):
    ok = await api.get("/s/jssdk", params={"url": settings.public_base_url + "/s/abc"})
    body = await ok.json()
    assert ok.status == 200 and len(body["signature"]) == 40 and body["appId"] == settings.wechat_appid
    other = await api.get("/s/jssdk", params={"url": "https://evil.example/s/abc"})
    assert other.status == 400


async def test_inside_wechat_the_buyer_openid_gets_the_notice(api, core, owner, scan_wechat):
    code = await core.scan.shop.create_code(CodeInput(auto_issue=True), owner)
    wechat_ua = {"User-Agent": "Mozilla/5.0 (iPhone) MicroMessenger/8.0.50"}
    page = await api.get(f"/s/{code.code}", params={"code": "oauth-1", "state": "scan"}, headers=wechat_ua)
    html = await page.text()
    assert page.status == 200 and scan_wechat.named("oauth") == ["oauth-1"]
    done = await api.post(f"/s/{code.code}", allow_redirects=False, headers=wechat_ua, data={
        "csrf": csrf_of(html), "title_type": "person", "buyer_name": "张三", "phone": "13912345678",
        "amount": "12", "item": "餐费"})
    assert done.status == 303
    [(openid, template, params)] = scan_wechat.named("notice")
    assert openid == "o-oauth-1" and template == "scan.buyer.issued" and params["status_url"].endswith(
        done.headers["Location"])
    # a forged cookie is ignored
    api.session.cookie_jar.clear()
    api.session.cookie_jar.update_cookies({"scan_wx": "o-someone-else.0000"})
    html = await (await api.get(f"/s/{code.code}")).text()
    await api.post(f"/s/{code.code}", allow_redirects=False, data={
        "csrf": csrf_of(html), "title_type": "person", "buyer_name": "张三", "phone": "13912345678",
        "amount": "12", "item": "餐费"})
    assert len(scan_wechat.named("notice")) == 1


async def test_title_from_wechats_select_title_page(api, core, owner, scan_wechat):
    from types import SimpleNamespace

    from bot.router import Router
    from templates import texts

    code = await core.scan.shop.create_code(CodeInput(), owner)
    picked = await api.get(f"/s/{code.code}/title", allow_redirects=False)
    assert picked.status == 302 and picked.headers["Location"].startswith("https://example.invalid/choosetitle")
    [attach] = scan_wechat.named("select_title")
    assert (await (await api.get(f"/s/{code.code}/title.json")).json()) == {"title": None}
    event = SimpleNamespace(_data={"attach": attach, "title": "武汉某某科技有限公司", "tax_no": BUYER_USCC,
                                   "title_type": "InvoiceUserTitleBusinessType", "addr": "", "phone": "",
                                   "bank_type": "", "bank_no": ""})
    reply = await Router(core, texts()).on_event("o-buyer", "submit_invoice_title", event)
    assert reply is not None and "抬头已收到" in reply
    body = await (await api.get(f"/s/{code.code}/title.json")).json()
    assert body["title"]["title"] == "武汉某某科技有限公司" and body["title"]["taxNumber"] == BUYER_USCC
    assert body["title"]["type"] == "0"
    # another browser (no nonce cookie) sees nothing; an unknown attach is ignored
    api.session.cookie_jar.clear()
    assert (await (await api.get(f"/s/{code.code}/title.json")).json()) == {"title": None}
    assert not await core.scan.buyer.title_received("scan:unknown", {"title": "x"})


async def test_a_maintenance_window_shows_the_page_and_refuses_the_submit(api, core, clock, code):
    """The core's one maintenance rule on the H5 transport too: reading the page goes on, 提交 waits."""
    staff_id, _ = await core.accounts.make_staff("13500135000", "客服小王", Actor(channel="cli"))
    agent = Actor(channel="api", account_id=staff_id)
    start = clock.now() + timedelta(minutes=1)
    window = await core.announcements.create(agent, "系统升级", "升级开票服务。", start, start + timedelta(hours=1),
                                             maintenance=True)
    await core.announcements.publish(agent, window.id, notify=False)
    clock.advance(minutes=2)
    page = await api.get(f"/s/{code.code}")
    html = await page.text()
    assert page.status == 200 and "¥88.00" in html
    refused = await api.post(f"/s/{code.code}", data={
        "csrf": csrf_of(html), "title_type": "person", "buyer_name": "张三", "email": "a@example.com",
        "amount": "88.00"}, allow_redirects=False)
    assert refused.status == 503 and "系统维护中" in await refused.text()
