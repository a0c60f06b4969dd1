"""Inputs that used to give a 500 (issue 13): each is now a 4xx with the error envelope.

Also: lone surrogates are refused once for every field, at JSON parsing and at the WeChat XML
parser; the 413 names the limit of what was sent (upload or JSON body).
"""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp import FormData

from tests.kit.api import Api
from tests.kit.factories import authorise_companies


@pytest.fixture
async def owner(client_api: Api) -> str:
    client_api.token = await client_api.register("13800138000")
    await client_api.call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": "91110000600037341L",
                                                 "taxpayer_kind": "general", "issuer_name": "王会计"}, expect=201)
    await authorise_companies()
    return client_api.token


def envelope(body: Any) -> dict[str, Any]:
    assert isinstance(body, dict) and "error" in body, body
    assert {"code", "message", "fields", "details"} <= set(body["error"]), body
    return body["error"]  # type: ignore[no-any-return]


async def raw_post(api: Any, path: str, raw: bytes, token: str | None = None,
                   headers: dict[str, str] | None = None) -> tuple[int, Any]:
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    if token:
        all_headers["Authorization"] = f"Bearer {token}"
    response = await api.post("/api/v1" + path, data=raw, headers=all_headers)
    body = await response.json() if response.content_type == "application/json" else await response.text()
    return response.status, body


async def test_lone_surrogate_in_a_wechat_code_is_a_422(api: Any) -> None:
    status, body = await raw_post(api, "/auth/wechat", b'{"code":"\\ud800"}')
    assert status == 422, body
    error = envelope(body)
    assert error["code"] == "validation_failed"
    assert "code" in error["fields"]


async def test_lone_surrogate_in_a_buyer_name_is_a_422(api: Any, owner: str) -> None:
    raw = ('{"kind":"normal","buyer":{"name":"\\udc00坏名字"},'
           '"lines":[{"name":"咨询费","amount":"100"}]}').encode()
    status, body = await raw_post(api, "/invoices", raw, token=owner)
    assert status == 422, body
    assert "buyer.name" in envelope(body)["fields"]


async def test_deep_nesting_is_a_400(api: Any) -> None:
    status, body = await raw_post(api, "/auth/login", b"[" * 5000 + b"]" * 5000)
    assert status == 400, body
    assert envelope(body)["code"] == "malformed_json"


async def test_huge_integer_is_a_400(api: Any) -> None:
    raw = b'{"phone":"13800138000","password":' + b"9" * 5000 + b"}"
    status, body = await raw_post(api, "/auth/login", raw)
    assert status == 400, body
    assert envelope(body)["code"] == "malformed_json"


async def test_control_characters_in_an_upload_filename(api: Any, owner: str) -> None:
    client = Api(api, None)
    _, ticket = await client.call("POST", "/tickets", {"subject": "问题", "description": "开票失败了",
                                                        "category": "发票开具"}, token=owner, expect=201)
    # Built by hand: aiohttp's client refuses to send such a header (the attacker's client does not).
    raw = (b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\x00b\r.png\"\r\n"
           b"Content-Type: image/png\r\n\r\n" + b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + b"\r\n--XyZ--\r\n")
    response = await api.post(f"/api/v1/tickets/{ticket['id']}/attachments", data=raw,
                              headers={"Authorization": f"Bearer {owner}",
                                       "Content-Type": "multipart/form-data; boundary=XyZ"})
    body = await response.json()
    assert response.status in (201, 422), body
    if response.status == 201:
        names = [a["filename"] for m in body["messages"] for a in m["attachments"]]
        assert all("\x00" not in n and "\r" not in n and "\n" not in n for n in names), names


async def test_an_oversized_authorization_header_gets_the_envelope(api: Any) -> None:
    response = await api.get("/api/v1/account", headers={"Authorization": "Bearer " + "x" * 9000})
    assert response.status in (400, 401, 431)
    assert response.content_type == "application/json"
    envelope(await response.json())


async def test_a_too_large_upload_names_the_upload_limit(api: Any, owner: str) -> None:
    form = FormData()
    form.add_field("file", b"x" * (12 * 1024 * 1024), filename="big.csv")
    response = await api.post("/api/v1/input-invoices/import", data=form, headers={"Authorization": f"Bearer {owner}"})
    assert response.status == 413
    error = envelope(await response.json())
    assert "65536" not in error["message"] and "65,536" not in error["message"], error
    assert "MB" in error["message"], error


async def test_lone_surrogate_in_wechat_xml_is_refused(sim: Any, api: Any) -> None:
    # A text message whose content carries a lone surrogate (as a character reference) is not run.
    xml = ("<xml><ToUserName><![CDATA[gh_x]]></ToUserName><FromUserName><![CDATA[o-user]]></FromUserName>"
           "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
           "<Content>&#xD800;帮助</Content><MsgId>1234567</MsgId></xml>")
    from bot.webhook import BadRequest, WeChatEndpoint

    with pytest.raises(BadRequest):
        WeChatEndpoint._safe_xml(xml)
    # The same text carried as raw (mis-encoded) characters is refused too.
    with pytest.raises(BadRequest):
        WeChatEndpoint._safe_xml(xml.replace("&#xD800;", "\ud800"))


def test_email_addresses_are_masked_in_logs() -> None:
    from fapiao.observability.logs import mask

    line = mask("e-mail email.code sent to wang.kuaiji@example.com.cn for reset")
    assert "wang.kuaiji" not in line
    assert "w***@example.com.cn" in line


async def test_attachments_and_the_verification_page_are_nosniff_with_a_strict_csp(api: Any, owner: str) -> None:
    client = Api(api, None)
    _, ticket = await client.call("POST", "/tickets", {"subject": "问题", "description": "开票失败了",
                                                        "category": "发票开具"}, token=owner, expect=201)
    form = FormData()
    form.add_field("file", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, filename="shot.png")
    response = await api.post(f"/api/v1/tickets/{ticket['id']}/attachments", data=form,
                              headers={"Authorization": f"Bearer {owner}"})
    thread = await response.json()
    attachment_id = next(a["id"] for m in thread["messages"] for a in m["attachments"])
    served = await api.get(f"/api/v1/attachments/{attachment_id}", headers={"Authorization": f"Bearer {owner}"})
    assert served.status == 200
    page = await api.get("/v/not-a-real-token")
    for response in (served, page):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp


async def test_put_company_keeps_what_it_does_not_name_and_the_tax_id_is_fixed_once_issued(
        client_api: Api, owner: str) -> None:
    await client_api.call("PUT", "/company", {"name": "武汉光谷软件有限公司", "tax_id": "91110000600037341L",
                                              "address_phone": "武汉市洪山区 027-8888", "bank_account": "招行 123"},
                          expect=200)
    _, company = await client_api.call("PUT", "/company", {"name": "武汉光谷软件股份有限公司",
                                                           "tax_id": "91110000600037341L"}, expect=200)
    assert company["name"] == "武汉光谷软件股份有限公司"
    assert company["taxpayer_kind"] == "general"
    assert company["address_phone"] == "武汉市洪山区 027-8888" and company["bank_account"] == "招行 123"
    assert company["issuer_name"] == "王会计"
    await client_api.call("POST", "/invoices", {"kind": "normal", "buyer": {"name": "张三", "is_person": True},
                                                "price_includes_tax": True,
                                                "lines": [{"name": "咨询费", "amount": "100"}]}, expect=201)
    status, body = await client_api.call("PUT", "/company", {"name": "武汉光谷软件股份有限公司",
                                                             "tax_id": "9144030071526726XG"})
    assert status == 422 and "tax_id" in body["error"]["fields"], body


async def test_paying_a_filing_in_the_wrong_state_speaks_of_the_filing(client_api: Api, owner: str) -> None:
    _, filing = await client_api.call("POST", "/filings", {"tax_type": "vat", "period": "2026-10"}, expect=201)
    _, body = await client_api.call("POST", f"/filings/{filing['id']}/pay", {"method": "bank"},
                                    template="/filings/{filing_id}/pay", expect=409)
    assert body["error"]["code"] == "filing_state_conflict"
    assert "申报" in body["error"]["message"] and "发票" not in body["error"]["message"]


async def test_a_filing_reviewed_twice_is_told_twice(client_api: Api, owner: str, core: Any) -> None:
    from tortoise.transactions import in_transaction

    from core.filing.models import Filing
    from core.notifications.models import OutboxEvent

    _, created = await client_api.call("POST", "/filings", {"tax_type": "vat", "period": "2026-10"}, expect=201)
    filing = await Filing.get(id=created["id"])
    async with in_transaction("default") as conn:
        for _ in range(2):  # 审核中 → (需补充材料) → 审核中 again, in the same version
            await core.filings._event(filing, None, "reviewing", "审核中", conn)
            await core.filings._notify(filing, "reviewing", "审核中", conn)
    assert await OutboxEvent.filter(kind="filing.status").count() == 2
