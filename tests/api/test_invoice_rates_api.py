"""The API's waive_relief and lines[].discount, and the refusals naming field and rule (checked against OpenAPI)."""

from __future__ import annotations

import pytest

from tests.kit.factories import authorise_companies

BUYER = {"name": "深圳某某科技有限公司", "tax_id": "9144030071526726XG"}


@pytest.fixture
async def small_owner(client_api):
    client_api.token = await client_api.register("13800138000")
    await client_api.call("POST", "/companies", {"name": "武汉小店餐饮有限公司", "tax_id": "91420100MA4K12345K",
                                                 "taxpayer_kind": "small_scale", "issuer_name": "李老板"}, expect=201)
    await authorise_companies()
    return client_api.token


async def test_three_percent_special_with_waive_relief(client_api, small_owner):
    body = {"kind": "special", "buyer": BUYER, "price_includes_tax": True,
            "lines": [{"name": "餐费", "amount": "1030", "rate": "0.03"}]}
    _, refused = await client_api.call("POST", "/invoices", body, expect=422)
    assert "放弃本笔减税" in refused["error"]["fields"]["lines.0.rate"]
    _, issued = await client_api.call("POST", "/invoices", {**body, "waive_relief": True}, expect=201)
    assert [line["rate_label"] for line in issued["lines"]] == ["3%"] and issued["tax"] == "30.00"


async def test_exempt_on_special_is_refused_with_the_reason(client_api, small_owner):
    _, refused = await client_api.call("POST", "/invoices", {
        "kind": "special", "price_includes_tax": True, "buyer": BUYER, "lines": [{"name": "学费", "amount": "100"}]}, expect=422)
    assert "不得开具增值税专用发票" in refused["error"]["fields"]["lines.0.rate"]


async def test_discount_line_comes_back_under_its_item(client_api, small_owner):
    _, issued = await client_api.call("POST", "/invoices", {
        "kind": "normal", "buyer": BUYER, "price_includes_tax": True,
        "lines": [{"name": "餐费", "amount": "1010", "discount": "10%"}]},
        expect=201)
    assert [(line["position"], line["amount_excl_tax"], line["tax"]) for line in issued["lines"]] == [
        (1, "1000.00", "10.00"), (2, "-100.00", "-1.00")]
    assert issued["amount_incl_tax"] == "909.00" and issued["amount_incl_tax_in_words"] == "玖佰零玖圆整"


async def test_company_buyer_without_tax_id_on_a_normal_invoice(client_api, small_owner):
    _, refused = await client_api.call("POST", "/invoices", {
        "kind": "normal", "buyer": {"name": "武汉某某餐饮有限公司"}, "price_includes_tax": True,
        "lines": [{"name": "餐费", "amount": "10"}]},
        expect=422)
    assert "2017年第16号" in refused["error"]["fields"]["buyer.tax_id"]
