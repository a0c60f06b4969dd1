"""进项 through the API, every response checked against the OpenAPI document: the received
invoices with filters and a cursor, 勾选 and 不抵扣, 统计确认, and a rail ticket by QR."""

from __future__ import annotations

from datetime import date

import pytest

from tests.kit.fakes import FakeInputPlatform

USCC = "91110000600037341L"


@pytest.fixture
def platform(core):
    fake = FakeInputPlatform()
    for index, (day, amount, tax) in enumerate([(3, "1000", "130"), (9, "300", "18"), (20, "2000", "120")], 1):
        fake.seed(f"2642200000000000010{index}", USCC, issued_on=date(2026, 11, day), amount=amount, tax=tax,
                  seller_name="楚菜馆" if index == 2 else f"供应商{index}",
                  tax_codes=("3070401000000000000",) if index == 2 else ("1060101010000000000",))
    core.received.platform = fake
    return fake


async def test_receive_filter_page_select_and_sign(client_api, owner, platform, clock):
    clock.advance(days=5)
    _, overview = await client_api.call("GET", "/input-invoices/overview", params={"month": "2026-11"}, expect=200)
    assert (overview["count"], overview["tax"], overview["unconfirmed_special"]) == (3, "268.00", 3)
    _, first = await client_api.call("GET", "/input-invoices", params={"use": "pending", "limit": "2"}, expect=200)
    assert len(first["items"]) == 2 and first["next_cursor"]
    _, rest = await client_api.call("GET", "/input-invoices", params={"use": "pending", "cursor": first["next_cursor"]},
                                    expect=200)
    assert len(rest["items"]) == 1 and rest["next_cursor"] is None
    _, by_seller = await client_api.call("GET", "/input-invoices", params={"seller": "菜馆"}, expect=200)
    assert [(i["number"], i["not_deductible_code"]) for i in by_seller["items"]] == [
        ("26422000000000000102", "dining")]
    _, refused = await client_api.call("POST", "/input-invoices/use", {
        "numbers": ["26422000000000000102"], "decision": "deduct"}, expect=422)
    assert "餐饮服务的进项税额不得抵扣" in refused["error"]["fields"]["number"]
    _, done = await client_api.call("POST", "/input-invoices/use", {"all_special": True, "decision": "deduct"},
                                    expect=200)
    assert (done["period"], len(done["done"])) == ("2026-11", 2)
    _, reasons = await client_api.call("GET", "/input-invoices/reasons", expect=200)
    _, no = await client_api.call("POST", "/input-invoices/use", {
        "numbers": ["26422000000000000102"], "decision": "not_deduct", "reason": reasons["not_deduct"][3]["code"]},
        expect=200)
    assert no["done"][0]["use_reason"] == "restricted_services"
    await client_api.call("POST", "/input-invoices/use", {"numbers": ["26422000000000000999"], "decision": "undo"},
                          expect=404)
    for action, state in (("apply", "applied"), ("sign", "signed")):
        _, stats = await client_api.call("POST", "/input-invoices/statistics", {"action": action}, expect=200)
        assert stats == {"period": "2026-11", "state": state}
    await client_api.call("POST", "/input-invoices/use", {"numbers": ["26422000000000000101"], "decision": "undo"},
                          expect=422)
    _, mine = await client_api.call("GET", "/input-invoices", params={"use": "deduct", "kind": "special"}, expect=200)
    assert {i["use_period"] for i in mine["items"]} == {"2026-11"} and len(mine["items"]) == 2


async def test_rail_ticket_by_qr_and_bad_filters(client_api, owner, platform):
    _, rail = await client_api.call("POST", "/input-invoices", {
        "qr": "01,51,,26512000000000000201,545.00,20261104,,A1B2", "seller_name": "中国铁路武汉局"}, expect=201)
    assert (rail["kind"], rail["deductible_tax"], rail["source"]) == ("rail", "45.00", "qr")
    await client_api.call("POST", "/input-invoices", {"qr": "01,61,,26612000000000000202,1140.00,20261104,,A1B2"},
                          expect=422)  # an air ticket needs 票价 + 燃油附加费
    _, air = await client_api.call("POST", "/input-invoices", {
        "qr": "01,61,,26612000000000000202,1140.00,20261104,,A1B2", "fare_and_fuel": "1090"}, expect=201)
    assert air["deductible_tax"] == "90.00"
    await client_api.call("GET", "/input-invoices", params={"cursor": "abc"}, expect=422)
    await client_api.call("GET", "/input-invoices", params={"month": "2026-13"}, expect=422)
    await client_api.call("POST", "/input-invoices", {"number": "26422000000000000301", "issue_date": "2026-11-02",
                                                      "amount_excl_tax": "100", "tax": "13"}, expect=422)  # no 票种


async def test_upload_a_received_pdf_and_a_qr_photo(client_api, owner, api):
    from aiohttp import FormData

    from tests.kit.fakes import qr_png, received_pdf

    async def upload(data: bytes, name: str, expect: int):
        form = FormData()
        form.add_field("file", data, filename=name)
        return await client_api.call("POST", "/input-invoices/file", data=form, expect=expect)

    _, pdf = await upload(received_pdf(), "发票.pdf", 201)
    assert (pdf["source"], pdf["number"], pdf["deductible_tax"]) == ("pdf", "26422000000000000611", "130.00")
    await upload(received_pdf(), "发票.pdf", 409)
    _, qr = await upload(qr_png("01,31,,26422000000000000911,1130.00,20261105,,1D"), "qr.png", 202)
    assert qr["needs"] == ["tax"]
    await client_api.call("POST", "/input-invoices", {"qr": qr["qr"], "tax": "130"}, expect=201)
    _, bad = await upload(b"%PDF-1.7 broken", "x.pdf", 422)
    assert "没能从这个文件读出发票" in bad["error"]["fields"]["file"]
    await upload(b"x" * (5 * 1024 * 1024 + 1), "big.pdf", 422)
