"""扫码开票 for a POS: codes, QR PNG, poster, requests and their handling, checked against OpenAPI."""

from __future__ import annotations

from core.scan_invoicing.buyer import Submission
from tests.kit.factories import BUYER_USCC


async def test_pos_creates_an_order_code_and_handles_the_request(client_api, owner, core, email):
    _, code = await client_api.call("POST", "/scan/codes", {"kind": "order", "amount_incl_tax": "88.00",
                                                            "items": ["餐饮服务"], "expires_in_minutes": 30},
                                    expect=201)
    assert code["amount_incl_tax"] == "88.00" and code["items"][0]["amount_incl_tax"] == "88.00"
    assert code["url"].endswith("/s/" + code["code"])
    png = await client_api.client.get(f"/api/v1/scan/codes/{code['id']}/qr.png",
                                      headers={"Authorization": f"Bearer {owner}"})
    assert png.status == 200 and (await png.read()).startswith(b"\x89PNG")
    for size in ("A4", "A6"):
        poster = await client_api.client.get(f"/api/v1/scan/codes/{code['id']}/poster.pdf?size={size}",
                                             headers={"Authorization": f"Bearer {owner}"})
        assert poster.status == 200 and (await poster.read()).startswith(b"%PDF")
    await core.scan.buyer.submit(code["code"], Submission(buyer_name="武汉某某科技有限公司", buyer_tax_id=BUYER_USCC,
                                                          email="buyer@example.com"), "10.2.0.1")
    _, listed = await client_api.call("GET", "/scan/requests", expect=200)
    [request] = listed["items"]
    assert request["buyer_name"] == "武汉某某科技有限公司" and request["contact"] == "b***@example.com"
    _, done = await client_api.call("POST", f"/scan/requests/{request['id']}/approve",
                                    template="/scan/requests/{request_id}/approve", expect=200)
    assert done["status"] == "issued" and len(done["outcome"]["number"]) == 20
    status, _ = await client_api.call("POST", f"/scan/requests/{request['id']}/approve",
                                      template="/scan/requests/{request_id}/approve")
    assert status == 409
    _, via = await client_api.call("POST", f"/scan/requests/{request['id']}/deliver", {"email": "new@example.com"},
                                   template="/scan/requests/{request_id}/deliver", expect=200)
    assert via == {"via": ["email"]} and email.sent[-1][0] == "new@example.com"


async def test_reject_needs_a_reason_and_other_companies_see_nothing(client_api, owner, core):
    _, code = await client_api.call("POST", "/scan/codes", {"kind": "counter", "auto_issue": False}, expect=201)
    await core.scan.buyer.submit(code["code"], Submission(is_person=True, buyer_name="李四", phone="13912345678",
                                                          amount="20", item="餐费"), "10.2.0.2")
    _, listed = await client_api.call("GET", "/scan/requests", expect=200)
    request_id = listed["items"][0]["id"]
    status, _ = await client_api.call("POST", f"/scan/requests/{request_id}/reject", {"reason": ""},
                                      template="/scan/requests/{request_id}/reject")
    assert status == 422
    other = await client_api.register("13700137000")
    await client_api.call("POST", "/companies", {"name": "别家公司", "tax_id": BUYER_USCC}, token=other, expect=201)
    status, _ = await client_api.call("GET", f"/scan/requests/{request_id}", token=other,
                                      template="/scan/requests/{request_id}")
    assert status == 404
    _, theirs = await client_api.call("GET", "/scan/requests", token=other, expect=200)
    assert theirs["items"] == []
    _, refused = await client_api.call("POST", f"/scan/requests/{request_id}/reject", {"reason": "重复申请"},
                                       template="/scan/requests/{request_id}/reject", expect=200)
    assert refused["status"] == "rejected" and refused["reason"] == "重复申请"


async def test_ids_in_bodies_of_another_company_are_refused(client_api, owner):
    _, store = await client_api.call("POST", "/scan/stores", {"name": "光谷店"}, expect=201)
    _, me = await client_api.call("GET", "/account", expect=200)
    other = await client_api.register("13700137000")
    await client_api.call("POST", "/companies", {"name": "别家公司", "tax_id": BUYER_USCC}, token=other, expect=201)
    status, _ = await client_api.call("POST", "/scan/codes", {"kind": "counter", "store_id": store["id"]}, token=other)
    assert status == 404
    status, body = await client_api.call("POST", "/scan/stores", {"name": "偷来的店", "issuer_account_id": me["id"]},
                                         token=other)
    assert status == 422 and "store.issuer" in body["error"]["fields"]
    _, theirs = await client_api.call("GET", "/scan/stores", token=other, expect=200)
    assert theirs["items"] == []
