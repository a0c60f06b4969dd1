"""HTTP conventions of the API (issue 16): each test is one surprise the mini-program developer met.

Retry-After on 429, Allow on 405, a case-insensitive Bearer, the envelope on every 4xx (parser refusals
included), unknown or malformed query parameters refused, full-width digits never an id, one pagination
shape with a validated limit and cursors bound to their sort and filters, timestamps in China time.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

from core.accounts.models import Account
from core.ports import MiniappSession
from tests.kit.api import NORMAL_FROM_TITLE, SPECIAL

CHINA_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+08:00$")


def _envelope(body: Any, code: str) -> None:
    assert isinstance(body, dict) and body["error"]["code"] == code, body
    assert body["error"]["message"] and isinstance(body["error"]["fields"], dict)


async def test_429_carries_retry_after(client_api):
    await client_api.call("POST", "/auth/sms-codes", {"phone": "13800138000", "purpose": "register"}, expect=202)
    response = await client_api.client.post("/api/v1/auth/sms-codes",
                                            json={"phone": "13800138000", "purpose": "register"})
    body = await response.json()
    assert response.status == 429
    assert response.headers["Retry-After"] == str(body["error"]["details"]["retry_after"])


async def test_405_names_the_allowed_methods(client_api):
    response = await client_api.client.patch("/api/v1/account")
    body = await response.json()
    assert response.status == 405 and body["error"]["code"] == "method_not_allowed"
    assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"GET"}


async def test_bearer_scheme_is_case_insensitive(client_api):
    token = await client_api.register("13800138000")
    for scheme in ("bearer", "BEARER", "Bearer"):
        response = await client_api.client.get("/api/v1/account", headers={"Authorization": f"{scheme} {token}"})
        assert response.status == 200, scheme
    response = await client_api.client.get("/api/v1/account", headers={"Authorization": f"Basic {token}"})
    assert response.status == 401


async def _raw(api: Any, request: bytes) -> tuple[int, dict[str, str], bytes]:
    reader, writer = await asyncio.open_connection(api.server.host, api.server.port)
    writer.write(request)
    await writer.drain()
    data = await asyncio.wait_for(reader.read(), timeout=10)
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


async def test_oversized_headers_and_lines_get_the_envelope(api):
    import json

    cases = [
        # (request, status, code): within the parser's raised limits the middleware refuses ...
        (b"GET /api/v1/account HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Big: " + b"a" * 20_000 + b"\r\n\r\n", 431,
         "header_too_large"),
        (b"GET /api/v1/invoices?q=" + b"a" * 20_000 + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 414, "uri_too_long"),
        (b"GET /api/v1/account HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(150))
         + b"\r\n", 431, "header_too_large"),
        # ... and beyond them the parser does, with the same envelope.
        (b"GET /api/v1/account HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n", 431,
         "header_too_large"),
        (b"GET /api/v1/invoices?q=" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 414, "uri_too_long"),
        (b"GET /api/v1/account HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(400))
         + b"\r\n", 431, "header_too_large"),
    ]
    for request, status, code in cases:
        got, headers, body = await _raw(api, request)
        assert got == status and headers["content-type"].startswith("application/json"), (got, body[:200])
        _envelope(json.loads(body), code)


async def test_unknown_and_malformed_query_parameters_are_refused(client_api, owner):
    _, body = await client_api.call("GET", "/invoices", params={"limt": "5"}, expect=422)
    assert "limt" in body["error"]["fields"]
    _, body = await client_api.call("GET", "/messages", params={"before_id": "abc"}, expect=422)
    assert "before_id" in body["error"]["fields"]
    _, body = await client_api.call("GET", "/invoices", params={"date_from": "2026-13-01"}, expect=422)
    assert "date_from" in body["error"]["fields"]
    _, body = await client_api.call("GET", "/invoices", params=[("status", "issued"), ("status", "draft")],
                                    expect=422)
    assert "status" in body["error"]["fields"]


async def test_full_width_digits_are_not_an_id(client_api, owner):
    _, issued = await client_api.call("POST", "/invoices", SPECIAL, expect=201)
    assert issued["id"] == 1
    status, body = await client_api.call("GET", "/invoices/１", template="/invoices/{invoice_id}")
    assert status == 404 and body["error"]["code"] == "not_found"


async def test_empty_wechat_code_is_422(client_api, wechat_api):
    wechat_api.sessions[""] = MiniappSession(openid="mini-openid-empty", unionid=None)
    _, body = await client_api.call("POST", "/auth/wechat", {"code": ""}, expect=422)
    assert "code" in body["error"]["fields"]


async def test_limit_is_validated_not_clamped(client_api, owner):
    for bad in ("0", "101", "1000", "-1", "x", "１"):
        _, body = await client_api.call("GET", "/invoices", params={"limit": bad}, expect=422)
        assert "limit" in body["error"]["fields"], bad
    for _ in range(3):
        await client_api.call("POST", "/invoices", NORMAL_FROM_TITLE, expect=201)
    _, page = await client_api.call("GET", "/invoices", params={"limit": "100"}, expect=200)
    assert len(page["items"]) == 3 and page["next_cursor"] is None


async def test_a_cursor_is_bound_to_its_sort_and_filters(client_api, owner):
    for _ in range(3):
        await client_api.call("POST", "/invoices", NORMAL_FROM_TITLE, expect=201)
    _, first = await client_api.call("GET", "/invoices", params={"limit": "1", "sort": "-id"}, expect=200)
    cursor = first["next_cursor"]
    _, second = await client_api.call("GET", "/invoices", params={"limit": "1", "sort": "-id", "cursor": cursor},
                                      expect=200)
    assert second["items"][0]["id"] < first["items"][0]["id"]
    for other in ({"sort": "total"}, {"sort": "-id", "status": "issued"}, {"sort": "-id", "kind": "normal"}):
        _, body = await client_api.call("GET", "/invoices", params={"limit": "1", "cursor": cursor, **other},
                                        expect=422)
        assert body["error"]["fields"]["cursor"], other
    # A cursor of one list is not one of another.
    _, body = await client_api.call("GET", "/messages", params={"cursor": cursor}, expect=422)
    assert "cursor" in body["error"]["fields"]
    _, body = await client_api.call("GET", "/invoices", params={"cursor": "not-a-cursor"}, expect=422)
    assert "cursor" in body["error"]["fields"]


async def _walk(client_api: Any, path: str, template: str | None = None, **params: str) -> list[Any]:
    """Every item of a list, one per page: the shape, the cursor, and the end."""
    items: list[Any] = []
    cursor = None
    for _ in range(50):
        query = {"limit": "1", **params, **({"cursor": cursor} if cursor else {})}
        _, page = await client_api.call("GET", path, params=query, template=template, expect=200)
        assert set(page) >= {"items", "next_cursor"} and len(page["items"]) <= 1, page
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError(f"{path} never ended")


async def test_every_list_has_one_pagination_shape(client_api, owner):
    for _ in range(2):
        await client_api.call("POST", "/invoices", {**NORMAL_FROM_TITLE, "save_buyer": True}, expect=201)
        await client_api.call("POST", "/tickets", {"subject": "开票失败", "description": "提示税号错误",
                                                   "category": "发票开具"}, expect=201)
        await client_api.call("POST", "/feedback", {"kind": "suggestion", "text": "希望支持批量开票"}, expect=201)
    await client_api.call("POST", "/products", {"name": "技术服务费", "rate": "0.06"}, expect=201)
    await client_api.call("POST", "/products", {"name": "打印纸", "rate": "0.13"}, expect=201)
    assert len(await _walk(client_api, "/invoices")) == 2
    tickets = await _walk(client_api, "/tickets")
    assert len(tickets) == 2 and tickets[0]["id"] > tickets[1]["id"]
    assert len(await _walk(client_api, "/feedback")) == 2
    assert len(await _walk(client_api, "/products")) == 2
    assert len(await _walk(client_api, "/customers")) == 1
    assert len(await _walk(client_api, "/tax-codes", q="软件")) >= 2
    assert await _walk(client_api, "/filings") == []
    assert await _walk(client_api, "/announcements") == []
    assert await _walk(client_api, "/input-invoices") == []
    messages = await _walk(client_api, "/messages")
    _, first = await client_api.call("GET", "/messages", expect=200)
    assert first["unread"] == len([m for m in messages if m["unread"]])
    await Account.filter(phone="13800138000").update(is_staff=True)
    assert len(await _walk(client_api, "/staff/tickets")) == 2
    audit = await _walk(client_api, "/companies/1/audit", "/companies/{company_id}/audit", action="invoice.")
    assert len(audit) >= 2


async def test_timestamps_are_china_time_with_offset(client_api, owner):
    _, created = await client_api.call("POST", "/invoices", SPECIAL, expect=201)
    _, issued = await client_api.call("GET", f"/invoices/{created['id']}", template="/invoices/{invoice_id}",
                                      expect=200)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", issued["issue_date"])  # a date stays a date
    assert issued["events"] and all(CHINA_TIME.match(e["at"]) for e in issued["events"]), issued["events"]
    _, ticket = await client_api.call("POST", "/tickets", {"subject": "开票失败", "description": "提示税号错误",
                                                           "category": "发票开具"}, expect=201)
    assert all(CHINA_TIME.match(m["created_at"]) for m in ticket["messages"])
    _, trail = await client_api.call("GET", "/companies/1/audit", template="/companies/{company_id}/audit",
                                     expect=200)
    assert trail["items"] and all(CHINA_TIME.match(i["at"]) for i in trail["items"])
    _, inbox = await client_api.call("GET", "/messages", expect=200)
    assert all(CHINA_TIME.match(m["created_at"]) for m in inbox["items"])
    _, invite = await client_api.call("POST", "/company/invites", {"role": "issuer"}, expect=201)
    assert CHINA_TIME.match(invite["expires_at"]), invite


async def test_api_messages_name_no_chat_command(client_api, owner):
    """The API shows the neutral sentence; 发送「登录」「红冲 号码」 are the bot's to add."""
    _, body = await client_api.call("GET", "/account", token="", expect=401)
    assert body["error"]["code"] == "not_authenticated" and "发送「" not in body["error"]["message"]
    _, issued = await client_api.call("POST", "/invoices", SPECIAL, expect=201)
    _, body = await client_api.call("POST", f"/invoices/{issued['id']}/void", {"reason": "开错了"},
                                    template="/invoices/{invoice_id}/void", expect=409)
    assert "红冲" in body["error"]["message"] and "「" not in body["error"]["message"]
    _, found = await client_api.call("GET", "/help/search", params={"q": "怎么红冲"}, expect=200)
    entries = [found["answer"], *found["alternatives"]]
    assert all("发送「" not in str(e["next_action"]) for e in entries)
    actions = [e["next_action"] for e in entries if e["next_action"]]
    assert {"action": "red_letter", "label": "红冲"} in actions, actions
    _, article = await client_api.call("GET", "/help/articles/account-register", template="/help/articles/{article_id}",
                                       expect=200)
    assert article["next_action"] == {"action": "register", "label": "注册"}
