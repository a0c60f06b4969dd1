"""发票统计 (the worked example of docs/architecture.md, "adding a feature"): this month's issued
invoices by kind, in chat and at ``GET /api/v1/invoices/statistics``, from the ONE definition of
"sold this month" (``core.invoicing.queries.sales_lines``), so they agree with the VAT return."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from bot.router import Router
from core.companies.models import Company
from core.domain.actor import Actor
from core.domain.periods import Period
from core.filing.compute import VatInputs, compute_vat
from templates import texts
from tests.kit.chat import BUYER, OPENID, company, number_in, verify_dialog  # noqa: F401


@pytest.fixture
def router(core):
    return Router(core, texts())


async def _api_get(api, core, path: str) -> tuple[int, dict]:
    token = await core.sessions.create(await core.accounts.account_for_openid("mp", OPENID))
    response = await api.get(f"/api/v1{path}", headers={"Authorization": f"Bearer {token}"})
    return response.status, await response.json()


async def test_statistics_in_chat_and_api_agree_with_the_vat_return(router, company, core, api):  # noqa: F811
    assert "还没有开具发票" in await router.on_text(OPENID, "发票统计")
    first = number_in((await verify_dialog(router, OPENID, [
        ("开票 张三 餐费 388 普票", "请确认"), ("确认", "开票成功")]))[-1])
    await verify_dialog(router, OPENID, [
        (f"开票 武汉某某科技有限公司 {BUYER} 技术服务费 1000 6% 专票", "请确认"), ("确认", "开票成功")])
    token = await core.sessions.create(await core.accounts.account_for_openid("mp", OPENID))
    draft = await api.post("/api/v1/invoices", headers={"Authorization": f"Bearer {token}"}, json={
        "draft": True, "kind": "normal", "price_includes_tax": True, "buyer": {"name": "李四", "is_person": True},
        "lines": [{"name": "打印纸", "amount": "226"}]})
    assert draft.status == 201, await draft.text()  # a draft is sold nothing
    await verify_dialog(router, OPENID, [
        (f"红冲 {first}", "红冲原因"), ("1", "全部"), ("全部", "确认为发票"), ("确认", "红字发票已开具")])

    status, body = await _api_get(api, core, "/invoices/statistics")
    assert status == 200, body
    kinds = {k["kind"]: k for k in body["kinds"]}
    # The 普票 and its full red-letter invoice: two invoices, one red, summing to nothing.
    assert kinds["normal"]["count"] == 2 and kinds["normal"]["red"] == 1
    assert Decimal(kinds["normal"]["amount_excl_tax"]) == 0 and Decimal(kinds["normal"]["amount_incl_tax"]) == 0
    assert kinds["special"]["count"] == 1 and kinds["special"]["red"] == 0
    overall = body["overall"]
    assert overall["count"] == 3 and overall["red"] == 1
    for totals in (*body["kinds"], overall):
        assert Decimal(totals["amount_excl_tax"]) + Decimal(totals["tax"]) == Decimal(totals["amount_incl_tax"])

    # The VAT return of the month declares exactly these sales: a query of its own that left out
    # red-letter invoices, or counted drafts, would disagree here.
    row = await Company.get(name="武汉光谷软件有限公司")
    period = Period.containing(core.invoices.today(), "month")
    assert body["period"] == period.label
    _, _, declared = await compute_vat(row, period, VatInputs())
    assert Decimal(overall["amount_excl_tax"]) == declared

    chat = await router.on_text(OPENID, "发票统计")
    money = f"¥{Decimal(overall['amount_incl_tax']):,.2f}"
    assert period.label in chat and "专票 1 张" in chat and "普票 2 张（含红字 1 张）" in chat and money in chat
    # Another month through the API: nothing issued then.
    status, earlier = await _api_get(api, core, f"/invoices/statistics?month={period.previous().label}")
    assert status == 200 and earlier["overall"]["count"] == 0 and earlier["kinds"] == []
    status, bad = await _api_get(api, core, "/invoices/statistics?month=十三月")
    assert status == 422 and "month" in bad["error"]["fields"]


async def test_statistics_need_a_login_and_go_on_during_maintenance(router, company, core, api, clock):  # noqa: F811
    assert "请先登录" in await router.on_text("o-stranger", "发票统计")
    staff_id, _ = await core.accounts.make_staff("13500135000", "客服小王", Actor(channel="cli"))
    agent = Actor(channel="api", account_id=staff_id)
    start = clock.now() + timedelta(minutes=1)
    window = await core.announcements.create(agent, "系统升级", "升级开票服务。", start, start + timedelta(hours=1),
                                             maintenance=True)
    await core.announcements.publish(agent, window.id, notify=False)
    clock.advance(minutes=2)
    # A read on both transports, as the core's one rule says; a write waits on both.
    assert "发票统计" in await router.on_text(OPENID, "发票统计")
    status, _ = await _api_get(api, core, "/invoices/statistics")
    assert status == 200
    assert "系统维护中" in await router.on_text(OPENID, "开票")
    token = await core.sessions.create(await core.accounts.account_for_openid("mp", OPENID))
    response = await api.post("/api/v1/invoices", json={}, headers={"Authorization": f"Bearer {token}"})
    assert response.status == 503
