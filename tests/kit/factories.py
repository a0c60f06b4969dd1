"""THE test helper for the taxpayer-authorisation gate (issue 13 #5; docs/security.md).

A company cannot issue until the invoicing platform confirms that the taxpayer authorised us.
A test that issues invoices creates its company as it always did (API, chat or core), then calls::

    from tests.kit.factories import authorise_companies
    await authorise_companies()                    # every company still waiting
    await authorise_companies("91110000600037341L")  # or just these tax IDs

which marks them authorised as if their owner had entered the platform's code. Tests of the
gate itself go through the real flow (tests/abuse/test_taxpayer_authorization.py).
"""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from aiohttp import FormData
from tortoise.transactions import in_transaction

from core.accounts.codes import Purpose
from core.accounts.models import Account, WeChatBinding
from core.accounts.views import RegisterCommand
from core.companies.models import Company
from core.companies.views import CompanyInput
from core.domain.actor import Actor
from core.domain.roles import Role
from core.invoicing.views import BuyerInput, DraftInput, LineDraft
from core.notifications.enqueue import enqueue
from fapiao.bootstrap import build_relay
from templates import texts
from tests.kit.api import NORMAL_FROM_TITLE, SPECIAL, Api


async def authorise_companies(*tax_ids: str) -> int:
    """Authorise the pending companies (all, or those with these tax IDs); returns how many."""
    query = Company.filter(auth_state="pending")
    if tax_ids:
        query = query.filter(tax_id__in=list(tax_ids))
    return await query.update(auth_state="authorized", authorized_at=datetime.now(UTC))


USCC = "91110000600037341L"


BUYER_USCC = "9144030071526726XG"


async def make_user(core, sms, clock, phone: str, name: str = "用户") -> Actor:
    """A registered account (the SMS code from the recording fake), acting through the API."""
    clock.advance(seconds=61)
    await core.accounts.request_code(phone, Purpose.REGISTER, Actor(channel="api"))
    account_id = await core.accounts.register(
        RegisterCommand(phone=phone, password="Kaipiao#2026", display_name=name, code=sms.last_code(phone)),
        Actor(channel="api"))
    return Actor(channel="api", account_id=account_id)


@pytest.fixture
async def owner(core, sms, clock):
    actor = await make_user(core, sms, clock, "13800138000")
    await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id=USCC, taxpayer_kind="general",
                                             issuer_name="王会计"), actor)
    await authorise_companies()
    return actor


def special(buyer_name="深圳某某科技有限公司", amount="1000", lines=None) -> DraftInput:
    return DraftInput(kind="special", buyer=BuyerInput(name=buyer_name, tax_id=BUYER_USCC),
                      lines=lines or (LineDraft(name="技术服务费", amount=amount, rate="6%"),))


OTHER_USCC = "9144030071526726XG"


async def add_member(core, owner: Actor, user: Actor, role: Role) -> None:
    invite = await core.companies.invite(role, owner)
    await core.companies.join(invite.code, user)


@pytest.fixture
async def accountant(core, sms, clock):
    actor = await make_user(core, sms, clock, "13800138000")
    await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id=USCC, taxpayer_kind="general"), actor)
    await authorise_companies()
    return actor


PARAMS = {"filing_id": 7, "tax_type": "vat", "period": "2026-11", "status": "accepted",
          "message": "税务机关已受理您的申报，正在排队等待人工审核，请耐心等候结果", "payable": "1234.5"}


async def make_account(core: Any, phone: str, *, mp: str | None = None, miniapp: str | None = None) -> int:
    now = core.clock.now()
    account = await Account.create(phone=phone, password_hash="x", display_name="张三", created_at=now,
                                   password_changed_at=now)
    for app, openid in (("mp", mp), ("miniapp", miniapp)):
        if openid:
            await WeChatBinding.create(app=app, openid=openid, account_id=account.id, created_at=now)
    return int(account.id)


async def notify(core: Any, account_id: int, kind: str = "filing.status", template: str = "bot.filing.status",
                 params: dict[str, Any] | None = None) -> str:
    async with in_transaction("default") as conn:
        return await enqueue(conn, account_id=account_id, company_id=None, kind=kind, template=template,
                             params=params or PARAMS, clock=core.clock)


async def run(core: Any) -> int:
    relay = build_relay(core, texts(), worker_id="t")
    total = 0
    while (claimed := await relay.run_once()) > 0:
        total += claimed
    return total


_DIGIT = {ch: i for i, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}


_UNIT = {"拾": 10, "佰": 100, "仟": 1000}


_ALLOWED = re.compile(r"⊗?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆角分整]+")


def _section(text: str) -> int:
    """Up to 仟; 零 is just the digit 0."""
    value = number = 0
    for ch in text:
        if ch in _DIGIT:
            number = _DIGIT[ch]
        else:
            value += number * _UNIT[ch]
            number = 0
    return value + number


def _integer(text: str) -> int:
    total = 0
    if "亿" in text:
        high, text = text.split("亿")
        total += _section(high) * 10**8
    if "万" in text:
        middle, text = text.split("万")
        total += _section(middle) * 10**4
    return total + _section(text)


def words_to_amount(words: str) -> Decimal:
    """Independent reader of our 大写, for the round-trip property."""
    assert _ALLOWED.fullmatch(words), words
    sign = -1 if words.startswith("⊗") else 1
    words = words.removeprefix("⊗")
    if words == "零圆整":
        return Decimal("0.00")
    integer_part, _, fraction = words.rpartition("圆") if "圆" in words else ("", "", words)
    cents = _integer(integer_part) * 100
    fraction = fraction.removesuffix("整").removeprefix("零")
    if "角" in fraction:
        jiao, fraction = fraction.split("角")
        cents += _DIGIT[jiao] * 10
    if "分" in fraction:
        fen, fraction = fraction.split("分")
        cents += _DIGIT[fen]
    assert fraction == "", words
    return sign * Decimal(cents) / 100


PNG = b"\x89PNG\r\n\x1a\n" + secrets.token_bytes(256)


async def populate(api: Any, sms: Any, clock: Any, core: Any, phone: str = "13800138000",
                   tax_id: str = "91110000600037341L", name: str = "武汉光谷软件有限公司") -> Api:
    """A company with what a month of use leaves behind: issued and red-letter invoices with
    their PDFs, saved buyers and products, input invoices, a filed return, a ticket with an
    attachment and an export file."""
    client = Api(api, sms)
    client.token = await client.register(phone)
    await client.call("POST", "/companies", {"name": name, "tax_id": tax_id, "taxpayer_kind": "general",
                                             "issuer_name": "王会计"}, expect=201)
    await authorise_companies()
    special = (await client.call("POST", "/invoices", SPECIAL, expect=201))[1]
    normal = (await client.call("POST", "/invoices", NORMAL_FROM_TITLE, expect=201))[1]
    await client.call("POST", "/invoices", {**NORMAL_FROM_TITLE, "lines": [{"name": "会议费", "amount": "2000"}]},
                      expect=201)
    await client.call("POST", f"/invoices/{normal['id']}/red-letter", {"reason_code": "mistake"},
                      template="/invoices/{invoice_id}/red-letter", expect=201)
    _, red = await client.call("POST", f"/invoices/{special['id']}/red-letter",
                               {"reason_code": "return", "lines": [{"position": 2, "quantity": "4"}]},
                               template="/invoices/{invoice_id}/red-letter", expect=201)
    _, page = await client.call("GET", "/invoices", expect=200)
    for invoice in page["items"]:
        response = await api.get(f"/api/v1/invoices/{invoice['id']}/pdf",
                                 headers={"Authorization": f"Bearer {client.token}"})
        assert response.status == 200 and (await response.read()).startswith(b"%PDF")
    assert red["id"] in {i["id"] for i in page["items"]}
    await client.call("POST", "/products", {"name": "技术服务费", "rate": "0.06", "unit_price": "1000.5",
                                                "price_includes_tax": True}, expect=201)
    await client.call("POST", "/input-invoices", {
        "qr": "01,31,,24312000000136634917,1130.00,20261105,,1DD6", "tax": "130", "seller_name": "供应商"},
        expect=201)
    _, ticket = await client.call("POST", "/tickets", {"subject": "打印错位", "description": "打印出来位置不对",
                                                       "category": "打印与设备"}, expect=201)
    form = FormData()
    form.add_field("text", "截图见附件")
    form.add_field("file", PNG, filename="screen.png")
    response = await api.post(f"/api/v1/tickets/{ticket['id']}/attachments", data=form,
                              headers={"Authorization": f"Bearer {client.token}"})
    assert response.status == 201
    await client.call("POST", "/exports", {"format": "csv"}, expect=202)
    await core.exports.drain()
    clock.advance(days=5)  # November is over: file its VAT return
    _, filing = await client.call("POST", "/filings", {"tax_type": "vat", "period": "2026-11"}, expect=201)
    await client.call("POST", f"/filings/{filing['id']}/submit", template="/filings/{filing_id}/submit", expect=200)
    for seconds in (6, 21, 21):
        clock.advance(seconds=seconds)
    await client.call("GET", f"/filings/{filing['id']}", template="/filings/{filing_id}", expect=200)
    return client


@pytest.fixture(name="owner")
async def small_scale_owner(core, sms, clock):
    """``owner`` of the 扫码开票 tests: a small-scale restaurant, authorised on the platform."""
    actor = await make_user(core, sms, clock, "13800138000")
    await core.companies.create(CompanyInput(name="武汉光谷餐饮有限公司", tax_id=USCC, taxpayer_kind="small_scale"),
                                actor)
    await authorise_companies()
    return actor
