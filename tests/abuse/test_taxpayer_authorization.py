"""Nobody issues in a taxpayer's name without the taxpayer's authorisation (issue 13 #5).

A new company is 待认证: issuing is refused with the next step in words. The code the platform gives
the taxpayer (the sandbox logs ``TAX AUTH for <tax id>: <code>``) authorises it, in chat or the API.
While a registration waits, another registration of the same tax ID is allowed; the first to be
authorised wins, the other is told and keeps its drafts; an authorised tax ID cannot be taken.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest

from bot.router import Router
from core.companies.views import CompanyInput
from core.domain.actor import Actor
from core.notifications.models import OutboxEvent
from templates import texts
from tests.kit.api import Api
from tests.kit.chat import verify_dialog

TAX_ID = "91110000600037341L"
REAL_OWNER = "13800138000"
IMPOSTOR = "13900139000"
LINES = [{"name": "咨询费", "amount": "100"}]
BUYER = {"name": "张三", "is_person": True}
INVOICE = {"kind": "normal", "price_includes_tax": True, "buyer": BUYER}


def code_for(caplog: Any, tax_id: str) -> str:
    found = re.findall(rf"TAX AUTH for {tax_id}: (\d{{6}})", caplog.text)
    assert found, caplog.text[-500:]
    return found[-1]


@pytest.fixture
def client(api: Any, sms: Any) -> Api:
    return Api(api, sms)


async def test_a_pending_company_cannot_issue_until_the_taxpayer_authorises(client: Api, caplog: Any) -> None:
    caplog.set_level(logging.INFO)
    token = await client.register(REAL_OWNER)
    _, company = await client.call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": TAX_ID},
                                   token=token, expect=201)
    assert company["auth_state"] == "pending"
    _, refused = await client.call("POST", "/invoices", {**INVOICE, "lines": LINES},
                                   token=token, expect=403)
    assert refused["error"]["code"] == "company_not_authorized"
    assert "待认证" in refused["error"]["message"] and "授权码" in refused["error"]["message"]
    assert "发送「" not in refused["error"]["message"]  # the API names no chat command (issue 16)
    # A draft may be saved meanwhile.
    await client.call("POST", "/invoices", {**INVOICE, "lines": LINES, "draft": True},
                      token=token, expect=201)
    _, wrong = await client.call("POST", "/company/authorization", {"code": "000000"}, token=token, expect=422)
    assert "授权码" in wrong["error"]["fields"]["code"]
    _, done = await client.call("POST", "/company/authorization", {"code": code_for(caplog, TAX_ID)}, token=token,
                                expect=200)
    assert done["auth_state"] == "authorized"
    await client.call("POST", "/invoices", {**INVOICE, "lines": LINES}, token=token,
                      expect=201)


async def test_the_first_authorised_registration_wins(client: Api, caplog: Any, clock: Any, core: Any) -> None:
    caplog.set_level(logging.INFO)
    impostor = await client.register(IMPOSTOR)
    await client.call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": TAX_ID}, token=impostor,
                      expect=201)
    impostor_code = code_for(caplog, TAX_ID)
    await client.call("POST", "/invoices", {**INVOICE, "lines": LINES, "draft": True},
                      token=impostor, expect=201)
    clock.advance(seconds=61)
    owner = await client.register(REAL_OWNER)
    # The real owner is not locked out by the impostor's pending registration.
    await client.call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": TAX_ID}, token=owner,
                      expect=201)
    owner_code = code_for(caplog, TAX_ID)
    await client.call("POST", "/company/authorization", {"code": owner_code}, token=owner, expect=200)
    # The impostor is superseded: told, cannot issue (even with its own code), keeps its drafts.
    _, refused = await client.call("POST", "/company/authorization", {"code": impostor_code}, token=impostor,
                                   expect=403)
    assert "另一份注册" in refused["error"]["message"]
    _, company = await client.call("GET", "/company", token=impostor, expect=200)
    assert company["auth_state"] == "superseded"
    _, drafts = await client.call("GET", "/invoices", params={"status": "draft"}, token=impostor, expect=200)
    assert len(drafts["items"]) == 1
    assert await OutboxEvent.filter(kind="company.superseded").count() == 1
    # An authorised tax ID cannot be registered again.
    clock.advance(seconds=61)
    third = await client.register("13700137000")
    _, body = await client.call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": TAX_ID},
                                token=third, expect=409)
    assert body["error"]["code"] == "company_exists"


async def test_authorising_in_chat(client: Api, core: Any, caplog: Any) -> None:
    caplog.set_level(logging.INFO)
    router = Router(core, texts())
    await client.register(REAL_OWNER)
    await verify_dialog(router, "o-owner", [("登录", "手机号"), (REAL_OWNER, "密码"), ("Kaipiao#2026", "登录成功")])
    account_id = await core.accounts.account_for_openid("mp", "o-owner")
    await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id=TAX_ID),
                                Actor(channel="bot", account_id=account_id, openid="o-owner"))
    await verify_dialog(router, "o-owner", [
        ("企业认证 123", "授权码不正确"),
        ("企业认证", ("待认证", "企业认证 授权码")),
    ])
    await verify_dialog(router, "o-owner", [(f"企业认证 {code_for(caplog, TAX_ID)}", "认证成功")])
