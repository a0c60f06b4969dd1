"""Filing through the API: input invoices, a return with its timeline, materials, payment, tenancy."""

from __future__ import annotations

from decimal import Decimal

from aiohttp import FormData

from tests.kit.api import SPECIAL
from tests.kit.factories import authorise_companies


async def test_filing_journey_through_the_api(client_api, owner, api, clock):
    await client_api.call("POST", "/invoices", SPECIAL, expect=201)
    _, received = await client_api.call("POST", "/input-invoices", {
        "qr": "01,31,,24312000000136634917,1130.00,20261105,,1DD6", "tax": "130", "seller_name": "供应商"}, expect=201)
    assert (received["amount_excl_tax"], received["tax"], received["amount_incl_tax"]) == (
        "1000.00", "130.00", "1130.00")
    await client_api.call("POST", "/input-invoices", {
        "qr": "01,31,,24312000000136634917,1130.00,20261105,,1DD6", "tax": "130"}, expect=409)
    form = FormData()
    form.add_field("file", "发票号码,开票日期,金额,税额,票种\r\n26422000000000000009,2026-11-02,100,6,专票\r\nx,,,,\r\n".encode(),
                   filename="进项.csv")
    response = await api.post("/api/v1/input-invoices/import", data=form,
                              headers={"Authorization": f"Bearer {owner}"})
    report = await response.json()
    assert response.status == 200 and report["imported"] == 1 and report["problems"][0]["row"] == 2
    # 勾选 (用途确认) in November: the input tax counts for 2026-11.
    await client_api.call("POST", "/input-invoices/use", {"all_special": True, "decision": "deduct"}, expect=200)
    _, early = await client_api.call("POST", "/filings", {"tax_type": "vat", "period": "2026-11"}, expect=422)
    assert "还没有结束" in early["error"]["fields"]["period"]
    clock.advance(days=5)
    _, filing = await client_api.call("POST", "/filings", {"tax_type": "vat", "period": "2026-11"}, expect=201)
    assert filing["status"] == "draft" and filing["payable"] == "0.00"  # input tax exceeds output tax here
    _, why = await client_api.call("GET", f"/filings/{filing['id']}/explain", params={"row": "output_tax"},
                                   template="/filings/{filing_id}/explain", expect=200)
    assert len(why["invoices"]) == 1
    await client_api.call("POST", f"/filings/{filing['id']}/submit", template="/filings/{filing_id}/submit",
                          expect=200)
    for seconds in (6, 21, 21):
        clock.advance(seconds=seconds)
    _, done = await client_api.call("GET", f"/filings/{filing['id']}", template="/filings/{filing_id}", expect=200)
    assert done["status"] == "succeeded"
    # Viewing the return asks the bureau: the steps it went through are all on the timeline.
    assert [e["status"] for e in done["events"]] == ["draft", "submitted", "accepted", "reviewing", "succeeded"]
    _, body = await client_api.call("POST", f"/filings/{filing['id']}/pay", {"method": "bank"},
                                    template="/filings/{filing_id}/pay", expect=422)
    assert "无需缴款" in body["error"]["message"]
    clock.advance(seconds=61)
    stranger = await client_api.register("13900139000")
    await client_api.call("POST", "/companies", {"name": "别家", "tax_id": "9144030071526726XG"}, token=stranger,
                          expect=201)
    await authorise_companies()
    await client_api.call("GET", f"/filings/{filing['id']}", token=stranger, template="/filings/{filing_id}",
                          expect=404)


async def test_message_centre_through_the_api(client_api, owner, core, deliver):
    from datetime import date

    _, prefs = await client_api.call("GET", "/account/notification-preferences", expect=200)
    assert prefs["reminders_enabled"] and prefs["reminder_days"] == 5
    await client_api.call("PUT", "/account/notification-preferences", {"reminder_days": 40}, expect=422)
    assert await core.reminders.run(date(2026, 12, 10)) == 1
    await deliver()
    _, inbox = await client_api.call("GET", "/messages", expect=200)
    assert inbox["unread"] == 1 and "申报提醒" in inbox["items"][0]["text"]
    _, marked = await client_api.call("POST", "/messages/read", {"all": True}, expect=200)
    assert marked["marked"] == 1
    _, inbox = await client_api.call("GET", "/messages", params={"unread": "1"}, expect=200)
    assert inbox["items"] == [] and inbox["unread"] == 0


async def test_vat_return_with_uninvoiced_sales_adjust_pay_twice_and_cit_profile(client_api, owner, api, clock):
    """未开票收入 and the column-named 修改, 附加税费 in the amount paid, a filing-specific
    error for paying twice, and the CIT figures asked once (checked against the OpenAPI document)."""
    await client_api.call("POST", "/invoices", SPECIAL, expect=201)
    clock.advance(days=5)
    _, filing = await client_api.call("POST", "/filings", {"tax_type": "vat", "period": "2026-11",
                                                           "uninvoiced": {"0.06": "1000"}}, expect=201)
    assert filing["figures"]["totals"]["uninvoiced_sales"] == "1000.00"
    _, bad = await client_api.call("POST", f"/filings/{filing['id']}/adjust", {"column": "uninvoiced", "value": "5",
                                                                              "rate": "0.17"},
                                   template="/filings/{filing_id}/adjust", expect=422)
    assert "0.13" in bad["error"]["fields"]["rate"]
    _, adjusted = await client_api.call("POST", f"/filings/{filing['id']}/adjust",
                                        {"column": "uninvoiced", "value": "0", "rate": "0.06"},
                                        template="/filings/{filing_id}/adjust", expect=200)
    assert adjusted["figures"]["totals"]["uninvoiced_sales"] == "0.00"
    assert adjusted["total_due"] == str(Decimal(adjusted["payable"]) + Decimal(adjusted["surcharges"]))
    await client_api.call("POST", f"/filings/{filing['id']}/submit", template="/filings/{filing_id}/submit",
                          expect=200)
    clock.advance(seconds=50)
    _, done = await client_api.call("GET", f"/filings/{filing['id']}", template="/filings/{filing_id}", expect=200)
    assert done["status"] == "succeeded"
    _, paid = await client_api.call("POST", f"/filings/{filing['id']}/pay", {"method": "bank"},
                                    template="/filings/{filing_id}/pay", expect=200)
    assert paid["status"] == "paid"
    _, again = await client_api.call("POST", f"/filings/{filing['id']}/pay", {"method": "bank"},
                                     template="/filings/{filing_id}/pay", expect=409)
    assert again["error"]["code"] == "filing_state_conflict" and "无需再缴" in again["error"]["message"]
    # CIT: the 小型微利 figures are asked once, then remembered on the profile.
    clock.advance(days=40)
    _, missing = await client_api.call("POST", "/filings", {"tax_type": "cit", "period": "2026Q4"}, expect=422)
    assert set(missing["error"]["fields"]) == {"employees", "assets", "restricted_industry", "prior_losses"}
    await client_api.call("PUT", "/filing-profile", {"employees": 8, "assets": "3000000", "restricted_industry": False,
                                                     "prior_losses": "0"}, expect=200)
    _, profile = await client_api.call("GET", "/filing-profile", expect=200)
    assert profile["employees"] == 8 and profile["vat_period"] == "month"
    _, cit = await client_api.call("POST", "/filings", {"tax_type": "cit", "period": "2026Q4", "cost": "0"},
                                   expect=201)
    assert cit["figures"]["relief_id"] and cit["figures"]["revenue_from"]["invoiced"] != "0.00"


async def test_cit_cost_and_expenses_imported_from_the_books(client_api, owner, api, clock):
    await client_api.call("POST", "/invoices", SPECIAL, expect=201)
    clock.advance(days=40)
    _, cit = await client_api.call("POST", "/filings", {
        "tax_type": "cit", "period": "2026Q4", "employees": 5, "assets": "1000000", "restricted_industry": False,
        "prior_losses": "0"}, expect=201)
    form = FormData()
    form.add_field("file", "科目,金额\r\n6401 主营业务成本,\"2,000.00\"\r\n管理费用,500\r\n主营业务收入,9\r\n财务费用,abc\r\n"
                   .encode(), filename="余额表.csv")
    response = await api.post(f"/api/v1/filings/{cit['id']}/books", data=form, headers={"Authorization": f"Bearer {owner}"})
    body = await response.json()
    assert response.status == 200, body
    assert (body["cost"], body["expenses"]) == ("2000.00", "500.00")
    assert [(p["row"], p["problem"]) for p in body["problems"]] == [(4, "account_unknown"), (5, "amount_format")]
    figures = body["filing"]["figures"]
    assert figures["cost"] == "2000.00" and figures["expenses"] == "500.00"
    assert figures["revenue_from"]["cost"] == "csv"
    # profit = revenue - 2,000.00 - 500.00, taxed at 5% (小型微利)
    assert Decimal(figures["profit"]) == Decimal(figures["revenue"]) - Decimal("2500.00")
