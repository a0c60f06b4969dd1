"""扫码开票 in a real browser: Debian's chromium, driven by playwright's Python API, at a phone viewport.

The shop works in chat (the bot through the test kit), the buyer in the browser. Screenshots go to
a temporary folder, or to docs/img/ with FAPIAO_SCREENSHOTS=1 (the README's pictures).
Skipped, with the reason, only when no chromium is installed (`.ci/run` installs it).
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.router import Router
from core.invoicing.models import Invoice
from templates import texts
from tests.kit.chat import register_in_chat, verify_dialog
from tests.kit.factories import authorise_companies

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
playwright_api = pytest.importorskip("playwright.async_api", reason="playwright is not installed")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)")

OPENID = "o-scan-shop"
SHOP_USCC = "91110000600037341L"
BUYER_USCC = "9144030071526726XG"
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True,
         "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
                       "(KHTML, like Gecko) Mobile/15E148 Safari/604.1"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    if os.environ.get("FAPIAO_SCREENSHOTS") == "1":
        return Path(__file__).resolve().parents[2] / "docs" / "img"
    return tmp_path


@pytest.fixture
async def server(runtime: Any) -> Any:
    from fapiao.server import build_app

    port = free_port()
    runner = web.AppRunner(build_app(runtime, background=False))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


@pytest.fixture
async def shop(core: Any, sms: Any) -> Router:
    router = Router(core, texts())
    await register_in_chat(router, sms, openid=OPENID)
    await verify_dialog(router, OPENID, [
        ("创建企业", "名称"), ("武汉光谷小馆餐饮有限公司", "统一社会信用代码"), (SHOP_USCC, "类型"), ("1", "地址"),
        ("跳过", "开户行"), ("跳过", "确认"), ("确认", "已创建"),
    ])
    await authorise_companies()
    return router


@pytest.fixture
async def browser() -> Any:
    async with playwright_api.async_playwright() as p:
        chromium = await p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                           args=["--no-sandbox", "--disable-dev-shm-usage"])
        context = await chromium.new_context(**PHONE, accept_downloads=True)
        yield context
        await context.close()
        await chromium.close()


async def make_code(shop: Router, text: str) -> str:
    reply = await shop.on_text(OPENID, text)
    match = re.search(r"/s/([A-Za-z0-9_-]{20,})", reply)
    assert match, reply
    return match.group(1)


async def fill_company(page: Any) -> None:
    await page.check("#type-org")
    await page.fill("#buyer_name", "武汉某某科技有限公司")
    await page.fill("#buyer_tax_id", BUYER_USCC)
    await page.fill("#email", "buyer@example.com")
    await page.fill("#contact_name", "张三")


async def test_buyer_and_shop_end_to_end(server, shop, browser, shots, deliver, wechat_api, email):
    page = await browser.new_page()
    # an order code: the shop's amount, a company title, the on-the-spot tax ID check
    code = await make_code(shop, "开票码 88.00 餐饮服务")
    await page.goto(f"{server}/s/{code}")
    assert await page.text_content("#fixed-amount") == "¥88.00"
    await fill_company(page)
    await page.fill("#buyer_tax_id", BUYER_USCC[:-1] + "A")
    await page.click("#email")
    assert "校验位" in (await page.text_content("#tax-hint") or "")
    await page.click("#submit")  # refused in the page: the URL does not change
    assert f"/s/{code}" in page.url
    await page.fill("#buyer_tax_id", BUYER_USCC)
    await page.screenshot(path=str(shots / "scan-buyer-form.png"), full_page=True)
    await page.click("#submit")
    await page.wait_for_url(re.compile(r"/s/r/"))
    assert "已提交" in (await page.text_content("#status") or "")
    await page.screenshot(path=str(shots / "scan-status-submitted.png"), full_page=True)
    # the shop gets the push and agrees in chat
    await deliver()
    assert any("张三 申请开具 电子发票（普通发票） ¥88.00 抬头：武汉某某科技有限公司" in p
               for p in wechat_api.texts_to(OPENID))
    await verify_dialog(shop, OPENID, [("同意", ("已开具", "发票号码"))])
    await page.reload()
    assert "已开具" in (await page.text_content("#status") or "")
    number = (await page.text_content("#number") or "").strip()
    assert len(number) == 20
    await page.screenshot(path=str(shots / "scan-status-issued.png"), full_page=True)
    async with page.expect_download() as download_info:
        await page.click("#pdf")
    download = await download_info.value
    pdf = await asyncio.to_thread(Path(await download.path()).read_bytes)
    assert pdf.startswith(b"%PDF") and download.suggested_filename.endswith(".pdf")
    assert email.attachments[-1][1][0].data.startswith(b"%PDF")
    # the buyer messages the shop
    await page.fill("#message", "请问可以加开一张吗")
    await page.click("#send-message")
    assert await page.is_visible("#message-sent")

    # a counter code: the buyer types the amount, picks the item, a personal title
    counter = await make_code(shop, "开票码")
    await page.goto(f"{server}/s/{counter}")
    await page.fill("#amount", "45.50")
    await page.fill("#item", "餐费")
    await page.check("#type-person")
    assert not await page.is_visible("#buyer_tax_id")
    await page.fill("#buyer_name", "李四")
    await page.fill("#phone", "13912345678")
    await page.screenshot(path=str(shots / "scan-buyer-person.png"), full_page=True)
    await page.click("#submit")
    await page.wait_for_url(re.compile(r"/s/r/"))
    assert "已提交" in (await page.text_content("#status") or "")
    await verify_dialog(shop, OPENID, [("开票申请", ("李四", "¥45.50"))])
    await verify_dialog(shop, OPENID, [("拒绝 2 这笔已经开过了", "已拒绝")])
    await page.reload()
    assert "已拒绝" in (await page.text_content("#status") or "")
    assert "这笔已经开过了" in (await page.text_content("#reason") or "")
    assert await Invoice.filter(is_red=False).count() == 1


async def test_auto_issue_needs_no_shop_action(server, shop, browser, shots):
    code = await make_code(shop, "开票码 自动 500 5000")
    page = await browser.new_page()
    await page.goto(f"{server}/s/{code}")
    await page.fill("#amount", "120")
    await page.fill("#item", "餐费")
    await fill_company(page)
    await page.click("#submit")
    await page.wait_for_url(re.compile(r"/s/r/"))
    assert "已开具" in (await page.text_content("#status") or "")
    assert await page.is_visible("#pdf")


async def test_refusals_each_get_a_clear_page(server, shop, browser, shots, clock):
    page = await browser.new_page()

    async def refused(reason: str, title: str, name: str) -> None:
        assert await page.get_attribute("#refused", "data-reason") == reason
        assert title in (await page.text_content("h1") or "")
        await page.screenshot(path=str(shots / f"scan-refused-{name}.png"), full_page=True)

    await page.goto(f"{server}/s/NoSuchCodeAAAAAAAAAAAA")
    await refused("unknown", "开票码无效", "forged")
    # a changed amount: the order code's hidden amount edited in the page
    code = await make_code(shop, "开票码 88.00 餐饮服务")
    await page.goto(f"{server}/s/{code}")
    await fill_company(page)
    await page.eval_on_selector("input[name=amount]", "el => el.value = '1.00'")
    await page.click("#submit")
    await refused("amount_changed", "金额不能修改", "amount")
    # used: submitted once, then opened again
    await page.goto(f"{server}/s/{code}")
    await fill_company(page)
    await page.click("#submit")
    await page.wait_for_url(re.compile(r"/s/r/"))
    await page.goto(f"{server}/s/{code}")
    await refused("used", "开票码已使用", "used")
    # expired: an order code past its 24 hours
    stale = await make_code(shop, "开票码 20 餐饮服务")
    clock.advance(hours=25)
    await page.goto(f"{server}/s/{stale}")
    await refused("expired", "开票码已过期", "expired")
    # a 4th request from one address for one code
    counter = await make_code(shop, "开票码")
    for _ in range(3):
        await page.goto(f"{server}/s/{counter}")
        await page.fill("#amount", "10")
        await page.fill("#item", "餐费")
        await fill_company(page)
        await page.click("#submit")
        await page.wait_for_url(re.compile(r"/s/r/"))
    await page.goto(f"{server}/s/{counter}")
    await page.fill("#amount", "10")
    await page.fill("#item", "餐费")
    await fill_company(page)
    await page.click("#submit")
    await refused("limit", "提交次数已达上限", "limit")
