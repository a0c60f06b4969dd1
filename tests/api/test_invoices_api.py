"""The invoicing journey through the API alone, plus tenancy, idempotency and immutability."""

from __future__ import annotations

import io

from pypdf import PdfReader

from miniapp_api.app import ROUTES
from tests.kit.api import BUYER_USCC, NORMAL_FROM_TITLE, SPECIAL
from tests.kit.factories import authorise_companies

USCC = "91110000600037341L"


async def test_journey(client_api, owner, api):
    _, special = await client_api.call("POST", "/invoices", SPECIAL, expect=201)
    assert special["status"] == "issued" and len(special["number"]) == 20 and special["amount_incl_tax"] == "1226.00"
    assert special["verify_url"].endswith(special["verify_url"].split("/v/")[1])
    _, normal = await client_api.call("POST", "/invoices", NORMAL_FROM_TITLE, expect=201)
    assert normal["buyer_name"] == "武汉某某餐饮有限公司" and normal["amount_incl_tax"] == "388.00"

    _, page = await client_api.call("GET", "/invoices", expect=200)
    assert [i["id"] for i in page["items"]] == [normal["id"], special["id"]]
    _, found = await client_api.call("GET", "/invoices", params={"number": special["number"]}, expect=200)
    assert [i["id"] for i in found["items"]] == [special["id"]]

    # No 作废 for an electronic 数电票: the answer says 红冲, then 重开.
    _, refused = await client_api.call("POST", f"/invoices/{normal['id']}/void", {"reason": "金额开错"},
                                       template="/invoices/{invoice_id}/void", expect=409)
    assert refused["error"]["code"] == "invoice_not_voidable"
    assert "不能作废" in refused["error"]["message"] and "红冲" in refused["error"]["message"] \
        and "重开" in refused["error"]["message"]
    _, red = await client_api.call("POST", f"/invoices/{special['id']}/red-letter",
                                   {"reason_code": "return", "lines": [{"position": 2, "quantity": "4"}]},
                                   template="/invoices/{invoice_id}/red-letter", expect=201)
    assert red["is_red"] and red["amount_incl_tax"].startswith("-") and red["original_id"] == special["id"]
    _, blue = await client_api.call("GET", f"/invoices/{special['id']}", template="/invoices/{invoice_id}",
                                    expect=200)
    assert blue["status"] == "red_partial"
    assert [e["action"] for e in blue["events"]] == ["created", "issued", "red_lettered"]
    _, draft = await client_api.call("POST", f"/invoices/{special['id']}/reissue",
                                     template="/invoices/{invoice_id}/reissue", expect=201)
    assert draft["status"] == "draft" and draft["reissued_from_id"] == special["id"]
    fixed = {**SPECIAL, "lines": [SPECIAL["lines"][0], {**SPECIAL["lines"][1], "quantity": "6"}]}
    await client_api.call("PUT", f"/invoices/{draft['id']}", fixed, template="/invoices/{invoice_id}", expect=200)
    _, reissued = await client_api.call("POST", f"/invoices/{draft['id']}/issue",
                                        template="/invoices/{invoice_id}/issue", expect=200)
    assert reissued["status"] == "issued" and reissued["amount_incl_tax"] == "1135.60"

    # The verification pages show the right status for each.
    for invoice, words in ((normal, "正常"), (blue, "部分红冲"), (reissued, "正常"),
                           (red, f"冲销蓝字发票 {special['number']}")):
        response = await api.get(invoice["verify_url"].split("127.0.0.1:8080")[-1])
        html = await response.text()
        assert response.status == 200 and words in html and invoice["number"] in html, words
        assert "noindex" in response.headers["X-Robots-Tag"]
    assert "红字发票" in html  # the red invoice's page says it is one
    # By fields, like the national platform.
    _, facts = await client_api.call("GET", "/verify", params={"number": reissued["number"],
                                                               "date": reissued["issue_date"], "amount_incl_tax": "1135.60"},
                                     expect=200)
    assert facts["status"] == "issued" and "某某" not in facts["buyer_masked"]
    await client_api.call("GET", "/verify", params={"number": reissued["number"], "date": reissued["issue_date"],
                                                    "amount_incl_tax": "1135.61"}, expect=404)


async def test_pdf_round_trip(client_api, owner, api):
    _, special = await client_api.call("POST", "/invoices", SPECIAL, expect=201)
    response = await api.get(f"/api/v1/invoices/{special['id']}/pdf",
                             headers={"Authorization": f"Bearer {owner}"})
    assert response.status == 200 and response.content_type == "application/pdf"
    assert "filename*=UTF-8''" in response.headers["Content-Disposition"]
    data = await response.read()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert special["number"] in text and "深圳某某科技有限公司" in text and "1,226.00" in text
    public = await api.get(special["pdf_url"].split("127.0.0.1:8080")[-1])
    assert public.status == 200 and (await public.read()) == data  # rendered once, served from the cache
    qr = await api.get(f"/api/v1/invoices/{special['id']}/qr.png", headers={"Authorization": f"Bearer {owner}"})
    assert qr.status == 200 and (await qr.read()).startswith(b"\x89PNG")


async def test_unknown_verification_token_is_a_friendly_404(api):
    response = await api.get("/v/not-a-real-token")
    assert response.status == 404 and "没有找到这张发票" in await response.text()


async def test_verification_pages_are_limited_per_ip_on_the_clock(api, clock):
    """60 views a minute per address (page and PDF together); the next minute opens again."""
    statuses = [(await api.get("/v/not-a-real-token")).status for _ in range(60)]
    assert statuses == [404] * 60
    refused = await api.get("/v/not-a-real-token/pdf")
    assert refused.status == 429 and refused.headers["X-Robots-Tag"] == "noindex, nofollow"
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    clock.advance(seconds=60)
    assert (await api.get("/v/not-a-real-token")).status == 404

async def test_idempotency_through_the_api(client_api, owner):
    headers = {"Idempotency-Key": "pos-order-1"}
    _, first = await client_api.call("POST", "/invoices", SPECIAL, headers=headers, expect=201)
    response = await client_api.client.post("/api/v1/invoices", json=SPECIAL,
                                            headers={**headers, "Authorization": f"Bearer {owner}"})
    assert response.status == 201 and response.headers.get("Idempotent-Replayed") == "true"
    assert (await response.json())["number"] == first["number"]
    _, error = await client_api.call("POST", "/invoices", {**SPECIAL, "remark": "different"}, headers=headers,
                                     expect=422)
    assert error["error"]["code"] == "idempotency_mismatch"


async def test_no_route_changes_an_issued_invoice(client_api, owner):
    _, issued = await client_api.call("POST", "/invoices", SPECIAL, expect=201)
    one = f"/invoices/{issued['id']}"
    await client_api.call("PUT", one, {**SPECIAL, "remark": "x"}, template="/invoices/{invoice_id}", expect=409)
    await client_api.call("DELETE", one, template="/invoices/{invoice_id}", expect=409)
    await client_api.call("POST", one + "/issue", template="/invoices/{invoice_id}/issue", expect=409)
    _, after = await client_api.call("GET", one, template="/invoices/{invoice_id}", expect=200)
    assert after["amount_incl_tax"] == issued["amount_incl_tax"] and after["remark"] == issued["remark"]
    _, options = await client_api.call("GET", one + "/corrections", template="/invoices/{invoice_id}/corrections",
                                       expect=200)
    assert (options["editable"], options["red_letter"], options["reissue"], options["void"]) == (
        False, True, False, False)


async def test_every_invoice_route_is_404_for_another_company(client_api, owner, clock):
    _, issued = await client_api.call("POST", "/invoices", SPECIAL, expect=201)
    _, draft = await client_api.call("POST", "/invoices", {**SPECIAL, "draft": True}, expect=201)
    clock.advance(seconds=61)
    stranger = await client_api.register("13900139000")
    await client_api.call("POST", "/companies", {"name": "别家公司", "tax_id": BUYER_USCC}, token=stranger,
                          expect=201)
    await authorise_companies()
    bodies = {"PUT": SPECIAL, "POST": {"reason": "x", "reason_code": "mistake"}}
    checked = 0
    for route in ROUTES:
        if "{invoice_id}" not in route.path:
            continue
        for target in (issued, draft):
            path = route.path.replace("{invoice_id}", str(target["id"]))
            body = bodies.get(route.method) if route.body is not None else None
            status, payload = await client_api.call(route.method, path, body, token=stranger, template=route.path)
            assert status == 404, (route.method, route.path, status, payload)
            assert target["buyer_name"] not in str(payload)
            checked += 1
    assert checked >= 20
    _, page = await client_api.call("GET", "/invoices", token=stranger, expect=200)
    assert page["items"] == []


async def test_bad_invoice_input_is_explained(client_api, owner):
    _, body = await client_api.call("POST", "/invoices", {"kind": "special", "price_includes_tax": True,
                                                          "buyer": {"name": "某公司"},
                                                          "lines": [{"name": "咨询费", "amount": "abc"}]}, expect=422)
    fields = body["error"]["fields"]
    assert "纳税人识别号" in fields["buyer.tax_id"] and "金额" in fields["lines.0.amount"]
    _, body = await client_api.call("POST", "/invoices", {"kind": "x", "lines": []}, expect=422)
    assert set(body["error"]["fields"]) >= {"kind", "lines"}
    _, body = await client_api.call("GET", "/invoices", params={"date_from": "2026-13-01"}, expect=422)
    assert "YYYY-MM-DD" in body["error"]["fields"]["date_from"]
    await client_api.call("GET", "/invoices/abc", template="/invoices/{invoice_id}", expect=404)


async def test_products_delivery_and_picking(client_api, owner, email, sms, clock):
    _, product = await client_api.call("POST", "/products", {"name": "技术服务费", "rate": "0.06", "unit_price": "1000",
                                                             "price_includes_tax": True},
                                       expect=201)
    assert product["printed_name"].startswith("*") and product["rate"] == "0.06"
    await client_api.call("POST", "/products", {"name": "技术服务费", "price_includes_tax": True}, expect=409)
    _, listed = await client_api.call("GET", "/products", expect=200)
    assert [p["name"] for p in listed["items"]] == ["技术服务费"]
    _, issued = await client_api.call("POST", "/invoices", SPECIAL, expect=201)
    one = f"/invoices/{issued['id']}/deliver"
    _, body = await client_api.call("POST", one, {}, template="/invoices/{invoice_id}/deliver", expect=422)
    assert "邮箱或手机号" in body["error"]["fields"]["email"]
    _, done = await client_api.call("POST", one, {"email": "buyer@example.com", "phone": "13912345678"},
                                    template="/invoices/{invoice_id}/deliver", expect=200)
    assert [d["channel"] for d in done["deliveries"]] == ["email", "sms"]
    to, attachments = email.attachments[-1]
    assert to == "buyer@example.com" and attachments[0].data.startswith(b"%PDF")
    assert attachments[0].filename == f"电子发票-{issued['number']}.pdf"
    assert sms.sent[-1][0] == "13912345678" and issued["verify_url"] in str(sms.sent[-1][2]["verify_url"])
    _, detail = await client_api.call("GET", f"/invoices/{issued['id']}", template="/invoices/{invoice_id}",
                                      expect=200)
    assert [e["action"] for e in detail["events"]][-2:] == ["delivered", "delivered"]
    await client_api.call("DELETE", f"/products/{product['id']}", template="/products/{product_id}", expect=204)
    clock.advance(seconds=61)
    stranger = await client_api.register("13900139000")
    await client_api.call("POST", "/companies", {"name": "别家", "tax_id": BUYER_USCC}, token=stranger, expect=201)
    await authorise_companies()
    await client_api.call("DELETE", f"/products/{product['id']}", template="/products/{product_id}",
                          token=stranger, expect=404)


async def test_red_confirmation_through_the_api(client_api, owner, clock):
    from core.invoice_platform_sandbox import SandboxInvoicePlatform

    clock.advance(seconds=61)
    buyer = await client_api.register("13900139000")
    await client_api.call("POST", "/companies", {"name": "深圳某某科技有限公司", "tax_id": BUYER_USCC}, token=buyer,
                          expect=201)
    await authorise_companies()
    _, blue = await client_api.call("POST", "/invoices", SPECIAL, expect=201)
    # The buyer has confirmed the invoice's use (用途确认): the 确认单 waits for it.
    await SandboxInvoicePlatform(clock).confirm_use(BUYER_USCC, blue["number"], "deduct", "2026-11")
    _, waiting = await client_api.call("POST", f"/invoices/{blue['id']}/red-letter", {"reason_code": "allowance"},
                                       template="/invoices/{invoice_id}/red-letter", expect=202)
    assert waiting["pending_action"] == "confirm" and not waiting["is_red"]
    _, incoming = await client_api.call("GET", "/red-confirmations", token=buyer, expect=200)
    item = incoming["items"][0]
    assert item["state"] == "seller_pending_buyer" and item["amount_incl_tax"] == "-1226.00"
    assert item["blue_number"] == blue["number"] and item["seller_name"] and item["awaiting_me"]
    assert item["expires_at"].endswith("+08:00")  # China time, never UTC
    path = f"/red-confirmations/{item['confirmation_no']}/confirm"
    template = "/red-confirmations/{confirmation_no}/confirm"
    # The seller confirming its own request is told what is wrong (not a 403 about admins).
    _, own = await client_api.call("POST", path, template=template, expect=422)
    assert own["error"]["details"]["provider_code"] == "initiator_cannot_confirm"
    assert "发起" in own["error"]["message"]
    _, done = await client_api.call("POST", path, token=buyer, template=template, expect=200)
    assert done["state"] == "confirmed" and done["red_number"]
    _, page = await client_api.call("GET", "/invoices", params={"number": done["red_number"]}, expect=200)
    red = page["items"][0]
    assert red["is_red"] and red["amount_incl_tax"] == "-1226.00"
    assert red["remark"] == (f"被红冲蓝字数电发票号码：{blue['number']} "
                             f"红字发票信息确认单编号：{item['confirmation_no']}")


async def test_the_buyer_starts_a_red_confirmation_through_the_api(client_api, owner, clock):
    from core.invoice_platform_sandbox import SandboxInvoicePlatform

    clock.advance(seconds=61)
    buyer = await client_api.register("13900139000")
    await client_api.call("POST", "/companies", {"name": "深圳某某科技有限公司", "tax_id": BUYER_USCC}, token=buyer,
                          expect=201)
    await authorise_companies()
    _, blue = await client_api.call("POST", "/invoices", SPECIAL, expect=201)
    # Before 用途确认 the buyer cannot start one: the seller fills it in, no confirmation needed.
    _, early = await client_api.call("POST", "/red-confirmations", {"number": blue["number"], "reason_code": "return"},
                                     token=buyer, expect=422)
    assert early["error"]["details"]["provider_code"] == "buyer_cannot_start"
    await SandboxInvoicePlatform(clock).confirm_use(BUYER_USCC, blue["number"], "deduct", "2026-11")
    _, started = await client_api.call("POST", "/red-confirmations", {"number": blue["number"],
                                                                      "reason_code": "return"},
                                       token=buyer, expect=201)
    assert started["state"] == "buyer_pending_seller" and started["initiator"] == "buyer"
    _, mine = await client_api.call("GET", "/red-confirmations", token=owner, expect=200)
    assert [i["confirmation_no"] for i in mine["items"]] == [started["confirmation_no"]]
    _, done = await client_api.call("POST", f"/red-confirmations/{started['confirmation_no']}/confirm", token=owner,
                                    template="/red-confirmations/{confirmation_no}/confirm", expect=200)
    assert done["state"] == "confirmed" and done["red_number"]
    _, after = await client_api.call("GET", f"/invoices/{blue['id']}", template="/invoices/{invoice_id}", expect=200)
    assert after["status"] == "red_full"
