"""扫码开票 in core: codes, buyer requests, auto-issue caps, one invoice per request, approval, audit."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from decimal import Decimal

import pytest

from core.audit.models import AuditEntry
from core.companies.views import CompanyInput
from core.domain.errors import ValidationFailed
from core.domain.roles import Role
from core.invoicing.models import Invoice
from core.notifications.models import OutboxEvent
from core.scan_invoicing.buyer import Submission
from core.scan_invoicing.errors import ScanAmountChanged, ScanCodeUnusable, ScanLimitReached, ScanRequestClosed
from core.scan_invoicing.models import ScanRequest
from core.scan_invoicing.shop import Changes, CodeInput
from tests.kit.factories import (
    BUYER_USCC,
    make_user,
    small_scale_owner,  # noqa: F401 (the fixture "owner")
)


def company_title(**extra) -> Submission:
    values = dict(buyer_name="武汉某某科技有限公司", buyer_tax_id=BUYER_USCC, email="buyer@example.com",
                  contact_name="张三")
    values.update(extra)
    return Submission(**values)


async def test_order_code_request_pushed_then_agreed_issues_and_delivers(core, owner, email):
    code = await core.scan.shop.create_code(CodeInput(kind="order", amount="88", items=("餐饮服务",)), owner)
    assert code.amount == Decimal("88.00") and code.expires_at is not None and len(code.code) >= 22
    page = await core.scan.buyer.open_code(code.code)
    assert page.shop_name == "武汉光谷餐饮有限公司" and page.amount == Decimal("88.00")
    token = await core.scan.buyer.submit(code.code, company_title(), "10.0.0.1")
    assert len(token) >= 32  # 192 bits
    status = await core.scan.buyer.status(token)
    assert status.status == "submitted" and status.number is None
    push = await OutboxEvent.get(template="bot.scan.push.request")
    assert push.account_id == owner.account_id
    assert push.params["who"] == "张三" and push.params["buyer"] == "武汉某某科技有限公司"
    assert push.params["amount"] == "88.00"
    # the order code is used up
    with pytest.raises(ScanCodeUnusable) as used:
        await core.scan.buyer.open_code(code.code)
    assert used.value.params["why"] == "used"
    view, outcome = await core.scan.shop.approve(None, owner)
    assert outcome.status == "issued" and outcome.number and view.status == "issued"
    status = await core.scan.buyer.status(token)
    assert status.status == "issued" and status.number == outcome.number and status.verify_token
    invoice = await Invoice.get(id=view.invoice_id)
    assert invoice.total == Decimal("88.00") and invoice.buyer_tax_id == BUYER_USCC
    to, template, params = email.sent[-1]
    assert (to, template) == ("buyer@example.com", "email.scan_invoice")
    assert params["status_url"].endswith(f"/s/r/{token}")
    assert email.attachments[-1][1][0].data.startswith(b"%PDF")
    actions = await AuditEntry.filter(target=f"scan_request:{view.id}").values_list("action", flat=True)
    assert {"scan.request_submitted", "scan.request_issued", "scan.delivered"} <= set(actions)
    with pytest.raises(ScanRequestClosed):
        await core.scan.shop.approve(view.id, owner)


async def test_counter_code_buyer_types_amount_and_picks_item(core, owner):
    code = await core.scan.shop.create_code(CodeInput(), owner)
    assert code.kind == "counter" and code.expires_at is None
    token = await core.scan.buyer.submit(code.code, Submission(
        is_person=True, buyer_name="李四", phone="13912345678", amount="45.5", item="餐费"), "10.0.0.2")
    request = await ScanRequest.get(token=token)
    assert request.amount == Decimal("45.50") and request.buyer_is_person and request.buyer_tax_id == ""
    # the counter code stays usable
    assert (await core.scan.buyer.open_code(code.code)).kind == "counter"


async def test_refusals_forged_expired_changed_amount_and_bad_title(core, owner, clock):
    with pytest.raises(ScanCodeUnusable) as forged:
        await core.scan.buyer.open_code("not-a-real-code-AAAAAAAAAA")
    assert forged.value.params["why"] == "unknown"
    code = await core.scan.shop.create_code(CodeInput(kind="order", amount="88.00", items=("餐饮服务",),
                                                      expires_in_minutes=30), owner)
    with pytest.raises(ScanAmountChanged):
        await core.scan.buyer.submit(code.code, company_title(amount="1.00"), "10.0.0.3")
    with pytest.raises(ValidationFailed) as bad:
        await core.scan.buyer.submit(code.code, company_title(buyer_tax_id="91420100MA4K000000", email=""),
                                     "10.0.0.3")
    assert set(bad.value.fields) == {"buyer.tax_id", "email"}
    clock.advance(seconds=31 * 60)
    with pytest.raises(ScanCodeUnusable) as expired:
        await core.scan.buyer.submit(code.code, company_title(), "10.0.0.3")
    assert expired.value.params["why"] == "expired"


async def test_fourth_request_from_one_address_for_one_code_is_refused(core, owner):
    code = await core.scan.shop.create_code(CodeInput(), owner)
    for _ in range(3):
        await core.scan.buyer.submit(code.code, company_title(amount="10", item="餐费"), "10.0.0.4")
    with pytest.raises(ScanLimitReached) as limited:
        await core.scan.buyer.submit(code.code, company_title(amount="10", item="餐费"), "10.0.0.4")
    assert limited.value.params["scope"] == "code_ip"
    await core.scan.buyer.submit(code.code, company_title(amount="10", item="餐费"), "10.0.0.5")


async def test_auto_issue_within_caps_and_pushes_over_them(core, owner, email):
    code = await core.scan.shop.create_code(CodeInput(auto_issue=True, auto_cap="100", daily_cap="150"), owner)
    first = await core.scan.buyer.submit(code.code, company_title(amount="80", item="餐费"), "10.0.1.1")
    assert (await core.scan.buyer.status(first)).status == "issued"
    assert await OutboxEvent.filter(template="bot.scan.push.auto_issued").count() == 1
    over_one = await core.scan.buyer.submit(code.code, company_title(amount="120", item="餐费"), "10.0.1.2")
    over_day = await core.scan.buyer.submit(code.code, company_title(amount="80", item="餐费"), "10.0.1.3")
    assert (await core.scan.buyer.status(over_one)).status == "submitted"
    assert (await core.scan.buyer.status(over_day)).status == "submitted"
    caps = [e.params["cap"] for e in await OutboxEvent.filter(template="bot.scan.push.request").order_by("id")]
    assert caps == ["per_invoice", "daily"]
    assert len(email.sent) == 1


async def test_a_request_never_issues_twice_even_concurrently(core, owner):
    code = await core.scan.shop.create_code(CodeInput(kind="order", amount="66", items=("餐饮服务",)), owner)
    await core.scan.buyer.submit(code.code, company_title(), "10.0.2.1")
    request = await ScanRequest.get(code_id=code.id)
    results = await asyncio.gather(*(core.scan.shop.approve(request.id, owner) for _ in range(4)),
                                   return_exceptions=True)
    issued = [r for r in results if not isinstance(r, BaseException)]
    assert len(issued) >= 1
    assert all(isinstance(r, ScanRequestClosed) for r in results if isinstance(r, BaseException))
    assert await Invoice.filter(company_id=request.company_id, is_red=False).count() == 1
    # a crashed attempt left "issuing": retrying later replays the same invoice, no second one
    await ScanRequest.filter(id=request.id).update(status="submitted", invoice_id=None)
    await core.scan.shop.approve(request.id, owner)
    assert await Invoice.filter(company_id=request.company_id).count() == 1


async def test_refuse_with_reason_and_modify_before_agreeing(core, owner):
    code = await core.scan.shop.create_code(CodeInput(), owner)
    token = await core.scan.buyer.submit(code.code, company_title(amount="50", item="餐费"), "10.0.3.1")
    request = await ScanRequest.get(token=token)
    changed = await core.scan.shop.modify(request.id, Changes(amount="55.00", item="住宿服务"), owner)
    assert changed.amount == Decimal("55.00") and changed.items[0]["name"] == "住宿服务"
    refused = await core.scan.shop.refuse(request.id, "该笔消费已开过发票", owner)
    assert refused.status == "rejected"
    status = await core.scan.buyer.status(token)
    assert status.status == "rejected" and status.reason == "该笔消费已开过发票"
    with pytest.raises(ScanRequestClosed):
        await core.scan.shop.approve(request.id, owner)


async def test_request_expires_after_a_week(core, owner, clock):
    code = await core.scan.shop.create_code(CodeInput(), owner)
    token = await core.scan.buyer.submit(code.code, company_title(amount="50", item="餐费"), "10.0.4.1")
    clock.advance(seconds=int(timedelta(days=8).total_seconds()))
    assert (await core.scan.buyer.status(token)).status == "expired"
    assert await core.scan.shop.requests(owner) == []


async def test_store_issuer_with_approval_required_waits_for_approval(core, owner, sms, clock):
    company = await core.companies.current(owner)
    await core.companies.update(CompanyInput(name=company.name, tax_id=company.tax_id,
                                             taxpayer_kind="small_scale", approval_required=True), owner)
    invite = await core.companies.invite(Role.ISSUER, owner)
    issuer = await make_user(core, sms, clock, "13900139000")
    await core.companies.join(invite.code, issuer)
    store = await core.scan.shop.add_store("光谷店", issuer.account_id, owner)
    code = await core.scan.shop.create_code(CodeInput(store_name="光谷店", auto_issue=True), owner)
    assert code.store_name == "光谷店"
    token = await core.scan.buyer.submit(code.code, company_title(amount="30", item="餐费"), "10.0.5.1")
    page = await core.scan.buyer.status(token)
    assert page.status == "submitted" and page.waiting_approval
    push = await OutboxEvent.get(template="bot.scan.push.auto_pending")
    assert push.account_id == store.issuer_account_id
    request = await ScanRequest.get(token=token)
    await core.invoices.approve(request.invoice_id, owner)
    assert (await core.scan.buyer.status(token)).status == "issued"


async def test_buyer_message_lands_with_the_shop(core, owner):
    code = await core.scan.shop.create_code(CodeInput(), owner)
    token = await core.scan.buyer.submit(code.code, company_title(amount="50", item="餐费"), "10.0.6.1")
    await core.scan.buyer.message_shop(token, "发票抬头写错了一个字", "10.0.6.1")
    [view] = await core.scan.shop.requests(owner)
    assert view.messages == ("发票抬头写错了一个字",)
    push = await OutboxEvent.get(template="bot.scan.push.message")
    assert push.params["text"] == "发票抬头写错了一个字"


async def test_suggestions_only_saved_organisations(core, owner):
    from core.invoicing.views import BuyerInput

    await core.invoices.save_customer(BuyerInput(name="武汉某某科技有限公司", tax_id=BUYER_USCC), owner)
    await core.invoices.save_customer(BuyerInput(name="武汉王五", is_person=True), owner)
    code = await core.scan.shop.create_code(CodeInput(), owner)
    assert await core.scan.buyer.suggest(code.code, "武汉") == [("武汉某某科技有限公司", BUYER_USCC)]
    assert await core.scan.buyer.suggest(code.code, "武") == []


async def test_redelivery_to_a_corrected_address_is_logged(core, owner, email, sms):
    code = await core.scan.shop.create_code(CodeInput(auto_issue=True), owner)
    token = await core.scan.buyer.submit(code.code, company_title(amount="20", item="餐费"), "10.0.7.1")
    request = await ScanRequest.get(token=token)
    via = await core.scan.shop.redeliver(request.id, owner, phone="13700001111")
    assert via == ["sms"] and email.sent[-1][0] == "buyer@example.com"
    entry = await AuditEntry.filter(action="scan.redelivered").first()
    assert entry is not None and entry.detail["to"] == "137****1111"


async def test_card_package_flow_creates_the_card_once_and_explains_errors(core, owner, scan_wechat):
    code = await core.scan.shop.create_code(CodeInput(auto_issue=True), owner)
    tokens = [await core.scan.buyer.submit(code.code, company_title(amount="20", item="餐费"), f"10.0.8.{n}")
              for n in range(3)]
    url = await core.scan.card.auth_url(tokens[0])
    [(order, cents, redirect)] = scan_wechat.named("getauthurl")
    assert url.endswith(order) and cents == 2000 and redirect.endswith(f"/s/r/{tokens[0]}")
    assert await core.scan.card.on_authorized(order, "o-buyer") == "inserted"
    [(card_id, invoice, _media)] = scan_wechat.named("insert")
    assert card_id == "card-1" and invoice.openid == "o-buyer" and invoice.total == Decimal("20.00")
    second = await ScanRequest.get(token=tokens[1])
    scan_wechat.fail["insert"] = 72042  # already inserted: counts as done
    assert await core.scan.card.on_authorized(f"scan{second.id}", "o-buyer") == "inserted"
    third = await ScanRequest.get(token=tokens[2])
    scan_wechat.fail["insert"] = 72038  # not authorised
    assert await core.scan.card.on_authorized(f"scan{third.id}", "o-buyer") == "failed"
    assert (await ScanRequest.get(id=third.id)).card_error == "72038"
    assert len(scan_wechat.named("createcard")) == 1
    with pytest.raises(ValidationFailed):
        await core.scan.card.on_authorized("scan999999", "o-buyer")
