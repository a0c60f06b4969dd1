"""Invoicing in core: numbers, immutability, no 作废, red-letter / reissue, approval, idempotency."""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal

import pytest

from core.companies.views import CompanyInput
from core.domain.errors import (
    IdempotencyMismatch,
    InvoiceNotEditable,
    InvoiceNotRedLetterable,
    InvoiceNotVoidable,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from core.domain.roles import Role
from core.invoice_platform_sandbox.models import PlatformCounter
from core.invoicing.models import Invoice
from core.invoicing.views import BuyerInput, DraftInput, InvoiceFilter, LineDraft, RedLineRequest
from core.port_data.invoice_platform import PlatformRejected
from tests.kit.factories import BUYER_USCC, authorise_companies, make_user, special
from tests.kit.factories import owner as owner


async def test_issue_gives_a_20_digit_number_and_correct_totals(core, owner, clock):
    result = await core.invoices.issue_new(special(), owner)
    view = result.invoice
    assert view.status == "issued" and view.number is not None
    assert len(view.number) == 20 and view.number.startswith("2642") and view.number.endswith("000000000000001")
    assert view.total == Decimal("1000.00") and view.total_amount == Decimal("943.40") and view.total_tax == Decimal("56.60")
    assert view.total_in_words == "壹仟圆整"
    assert view.lines[0].printed_name.startswith("*") and view.lines[0].rate_label == "6%"
    assert len(view.verify_token) >= 32
    assert result.new_buyer is True
    second = await core.invoices.issue_new(special(), owner)
    assert int(second.invoice.number[-15:]) == 2
    assert second.new_buyer is True


async def test_the_issued_view_is_what_reading_the_invoice_gives(core, owner):
    """issue_new answers from the invoice and lines it wrote (no read back): the same view,
    Decimals included, as reading it (quantities and prices with their stored places)."""
    import dataclasses

    draft = special(lines=(LineDraft(name="技术服务费", amount="1000", rate="6%"),
                           LineDraft(name="打印纸", quantity="3", unit_price="7.333", rate="13%", unit="包",
                                     spec="A4")))
    result = await core.invoices.issue_new(draft, owner)
    read = await core.invoices.get(result.invoice.id, owner)
    assert result.invoice == dataclasses.replace(read, events=())
    assert [str(line.quantity) for line in result.invoice.lines] == [str(line.quantity) for line in read.lines]


async def test_special_invoice_needs_buyer_tax_id_and_normal_allows_a_person(core, owner):
    with pytest.raises(ValidationFailed) as exc:
        await core.invoices.issue_new(DraftInput(kind="special", buyer=BuyerInput(name="某公司"),
                                                 lines=(LineDraft(name="餐费", amount="100"),)), owner)
    assert exc.value.fields["buyer.tax_id"].code == "special_needs_tax_id"
    with pytest.raises(ValidationFailed) as forged:
        await core.invoices.issue_new(special().__class__(kind="special",
                                                          buyer=BuyerInput(name="某公司", tax_id=BUYER_USCC[:-1] + "Y"),
                                                          lines=(LineDraft(name="餐费", amount="100"),)), owner)
    assert forged.value.fields["buyer.tax_id"].code == "tax_id_checksum"
    person = await core.invoices.issue_new(DraftInput(kind="normal", buyer=BuyerInput(name="张三", is_person=True),
                                                      lines=(LineDraft(name="餐费", amount="88"),)), owner)
    assert person.invoice.status == "issued" and person.invoice.lines[0].rate == "6"


async def test_bad_lines_name_every_field(core, owner):
    with pytest.raises(ValidationFailed) as exc:
        await core.invoices.issue_new(DraftInput(kind="normal", buyer=BuyerInput(name="张三", is_person=True),
                                                 lines=(LineDraft(name="", amount="abc"),
                                                        LineDraft(name="咨询费", amount="100", rate="17%"))), owner)
    assert {"lines.0.name", "lines.1.rate"} <= set(exc.value.fields)


async def test_limit_is_enforced(core, owner):
    company = await core.companies.current(owner)
    await core.companies.update(CompanyInput(name=company.name, tax_id=company.tax_id, taxpayer_kind="general",
                                             invoice_limit="10000"), owner)
    with pytest.raises(ValidationFailed) as exc:
        await core.invoices.issue_new(special(amount="10000.01"), owner)
    problem = next(iter(exc.value.fields.values()))
    assert problem.code == "invoice_over_limit" and str(problem.params["limit"]) in ("10000", "10000.00")


async def test_issued_invoices_are_immutable(core, owner):
    view = (await core.invoices.issue_new(special(), owner)).invoice
    with pytest.raises(InvoiceNotEditable):
        await core.invoices.update_draft(view.id, special(amount="1"), owner)
    with pytest.raises(InvoiceNotEditable):
        await core.invoices.delete_draft(view.id, owner)
    assert (await Invoice.get(id=view.id)).total == Decimal("1000.00")


async def test_drafts_are_editable_and_deletable(core, owner):
    draft = await core.invoices.create_draft(special(), owner)
    assert draft.status == "draft" and draft.number is None
    edited = await core.invoices.update_draft(draft.id, special(amount="500"), owner)
    assert edited.total == Decimal("500.00")
    issued = await core.invoices.issue(draft.id, owner)
    assert issued.status == "issued"
    other = await core.invoices.create_draft(special(), owner)
    await core.invoices.delete_draft(other.id, owner)
    with pytest.raises(NotFound):
        await core.invoices.get(other.id, owner)


async def test_an_electronic_invoice_is_never_voided(core, owner):
    view = (await core.invoices.issue_new(special(), owner)).invoice
    with pytest.raises(InvoiceNotVoidable) as exc:
        await core.invoices.void(view.id, "开错金额", owner)
    assert exc.value.params["number"] == view.number and not exc.value.params["draft"]
    assert (await core.invoices.get(view.id, owner)).status == "issued"
    options = await core.invoices.correction_options(view.id, owner)
    assert (options.editable, options.red_letter, options.reissue, options.void) == (False, True, False, False)
    assert options.reasons == {"editable": "issued", "reissue": "not_red_lettered", "void": "no_void"}
    draft = await core.invoices.create_draft(special(), owner)
    with pytest.raises(InvoiceNotVoidable) as exc:
        await core.invoices.void(draft.id, "x", owner)
    assert exc.value.params["draft"]  # a draft is deleted instead
    await core.invoices.delete_draft(draft.id, owner)


async def test_partial_then_full_red_letter_and_reissue(core, owner):
    blue = (await core.invoices.issue_new(special(lines=(
        LineDraft(name="技术服务费", amount="1000", rate="6%"),
        LineDraft(name="打印纸", quantity="10", unit_price="22.6", rate="13%"),
    )), owner)).invoice
    red = await core.invoices.red_letter(blue.id, "return", owner, [RedLineRequest(position=2, quantity="4")])
    assert red.is_red and red.status == "issued" and red.original_id == blue.id and red.number != blue.number
    assert red.lines[0].quantity == Decimal("-4") and red.lines[0].amount < 0 and red.total < 0
    assert red.total_in_words.startswith("⊗") and "负" not in red.total_in_words
    assert (await core.invoices.get(blue.id, owner)).status == "red_partial"
    with pytest.raises(ValidationFailed) as exc:
        await core.invoices.red_letter(blue.id, "return", owner, [RedLineRequest(position=2, quantity="7")])
    assert next(iter(exc.value.fields.values())).code == "red_exceeds"
    rest = await core.invoices.red_letter(blue.id, "mistake", owner)
    blue_after = await core.invoices.get(blue.id, owner)
    assert blue_after.status == "red_full"
    assert red.total + rest.total == -blue.total
    with pytest.raises(InvoiceNotRedLetterable):
        await core.invoices.red_letter(blue.id, "mistake", owner)
    with pytest.raises(InvoiceNotRedLetterable):
        await core.invoices.red_letter(red.id, "mistake", owner)
    draft = await core.invoices.reissue(blue.id, owner)
    assert draft.status == "draft" and draft.reissued_from_id == blue.id and len(draft.lines) == 2
    assert "reissued" in [e.action for e in (await core.invoices.get(blue.id, owner)).events]


async def test_approval_flow(core, owner, sms, clock):
    company = await core.companies.current(owner)
    await core.companies.update(CompanyInput(name=company.name, tax_id=company.tax_id, taxpayer_kind="general",
                                             approval_required=True), owner)
    invite = await core.companies.invite(Role.ISSUER, owner)
    issuer = await make_user(core, sms, clock, "13900139000")
    await core.companies.join(invite.code, issuer)
    pending = (await core.invoices.issue_new(special(), issuer)).invoice
    assert pending.status == "pending" and pending.number is None
    with pytest.raises(PermissionDenied):
        await core.invoices.approve(pending.id, issuer)
    rejected = await core.invoices.reject(pending.id, "买方名称不对", owner)
    assert rejected.status == "draft"
    await core.invoices.issue(pending.id, issuer)
    approved = await core.invoices.approve(pending.id, owner)
    assert approved.status == "issued" and approved.number
    actions = [e.action for e in approved.events]
    assert actions == ["created", "submitted", "rejected", "submitted", "approved", "issued"]
    waiting = await core.invoices.red_letter(approved.id, "mistake", issuer)
    assert waiting.status == "issued" and waiting.pending_action == "red" and not waiting.is_red
    done = await core.invoices.approve(approved.id, owner)
    assert done.status == "red_full" and done.pending_action == ""


async def test_idempotency_key(core, owner):
    first = await core.invoices.issue_new(special(), owner, idempotency_key="order-42")
    again = await core.invoices.issue_new(special(), owner, idempotency_key="order-42")
    assert again.replayed and again.invoice.number == first.invoice.number and again.invoice.id == first.invoice.id
    assert await Invoice.filter(is_red=False).count() == 1
    with pytest.raises(IdempotencyMismatch):
        await core.invoices.issue_new(special(amount="999"), owner, idempotency_key="order-42")


async def test_concurrent_same_key_issues_once(core, owner):
    results = await asyncio.gather(*[core.invoices.issue_new(special(), owner, idempotency_key="same")
                                     for _ in range(10)], return_exceptions=True)
    numbers = {r.invoice.number for r in results if not isinstance(r, BaseException)}
    assert len(numbers) == 1, results
    assert await Invoice.all().count() == 1


async def test_200_concurrent_issues_are_unique_and_gapless(core, owner):
    results = await asyncio.gather(*[core.invoices.issue_new(special(amount=str(100 + i)), owner)
                                     for i in range(200)])
    sequences = sorted(int(r.invoice.number[-15:]) for r in results)
    assert sequences == list(range(1, 201))
    # The numbers come from the (sandbox) platform's series: YY + 42 + channel digit.
    assert {r.invoice.number[:5] for r in results} == {"26423"}
    counter = await PlatformCounter.get(series="26423")
    assert counter.last_value == 200


async def test_rollback_leaves_no_gap(core, owner, monkeypatch):
    from core.invoicing import service as module

    await core.invoices.issue_new(special(), owner)
    original = module.InvoiceService._touch_customer
    calls = {"n": 0}

    async def fail_sometimes(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] % 2 == 0:
            raise RuntimeError("crash after the number was taken")
        return await original(self, *args, **kwargs)

    monkeypatch.setattr(module.InvoiceService, "_touch_customer", fail_sometimes)
    outcomes = []
    for _ in range(10):
        try:
            outcomes.append((await core.invoices.issue_new(special(), owner)).invoice.number)
        except RuntimeError:
            outcomes.append(None)
    issued = sorted([1, *(int(n[-15:]) for n in outcomes if n)])
    assert issued == list(range(1, len(issued) + 1))
    assert await Invoice.filter(status="draft").count() == 0  # nothing half-written


async def test_other_company_cannot_see_or_touch(core, owner, sms, clock):
    view = (await core.invoices.issue_new(special(), owner)).invoice
    stranger = await make_user(core, sms, clock, "13700137000")
    await core.companies.create(CompanyInput(name="别的公司", tax_id=BUYER_USCC), stranger)
    await authorise_companies()
    for call in (core.invoices.get(view.id, stranger), core.invoices.void(view.id, "x", stranger),
                 core.invoices.red_letter(view.id, "mistake", stranger), core.invoices.reissue(view.id, stranger),
                 core.invoices.document(view.id, stranger)):
        with pytest.raises(NotFound):
            await call
    page = await core.invoices.search(InvoiceFilter(), stranger)
    assert page.items == ()


async def test_search_filters_and_cursor(core, owner):
    for i in range(25):
        await core.invoices.issue_new(special(buyer_name=f"买方{i % 3}公司", amount=str(100 + i)), owner)
    page = await core.invoices.search(InvoiceFilter(limit=10), owner)
    assert len(page.items) == 10 and page.next_cursor
    seen = [v.id for v in page.items]
    while page.next_cursor:
        page = await core.invoices.search(InvoiceFilter(limit=10, cursor=page.next_cursor), owner)
        seen += [v.id for v in page.items]
    assert len(seen) == 25 and len(set(seen)) == 25 and seen == sorted(seen, reverse=True)
    by_buyer = await core.invoices.search(InvoiceFilter(buyer="买方1", limit=100), owner)
    assert all("买方1" in v.buyer_name for v in by_buyer.items) and len(by_buyer.items) == 8
    ranged = await core.invoices.search(InvoiceFilter(min_total=Decimal("110"), max_total=Decimal("114.99")), owner)
    assert sorted(v.total for v in ranged.items) == [Decimal(x) for x in ("110.00", "111.00", "112.00", "113.00", "114.00")]
    by_total = await core.invoices.search(InvoiceFilter(sort="-total", limit=3), owner)
    assert [v.total for v in by_total.items] == [Decimal("124.00"), Decimal("123.00"), Decimal("122.00")]
    prefix = by_total.items[0].number[:10]
    assert len((await core.invoices.search(InvoiceFilter(number=prefix, limit=100), owner)).items) == 25
    exact = await core.invoices.search(InvoiceFilter(number=by_total.items[0].number), owner)
    assert [v.id for v in exact.items] == [by_total.items[0].id]
    today = date(2026, 11, 27)
    assert len((await core.invoices.search(InvoiceFilter(date_from=today, date_to=today, limit=100), owner)).items) == 25
    with pytest.raises(ValidationFailed):
        await core.invoices.search(InvoiceFilter(cursor="garbage!"), owner)


async def test_date_range_pages_by_issue_date_then_id(core, owner, clock):
    """Within a date range the order is the issue date, then id (the index's order), and the
    cursor walks it without skipping or repeating: a draft made first but issued last comes
    first in newest-first order although its id is the smallest."""
    early_draft = await core.invoices.create_draft(special(buyer_name="早建晚开公司"), owner)
    issued = []
    for _day in range(3):
        for _ in range(3):
            issued.append((await core.invoices.issue_new(special(), owner)).invoice)
        clock.advance(days=1)
    late = await core.invoices.issue(early_draft.id, owner)
    newest_first: list[tuple[date, int]] = []
    page = await core.invoices.search(InvoiceFilter(date_from=date(2026, 11, 1), limit=4), owner)
    newest_first += [(v.issue_date, v.id) for v in page.items]
    while page.next_cursor:
        page = await core.invoices.search(
            InvoiceFilter(date_from=date(2026, 11, 1), limit=4, cursor=page.next_cursor), owner)
        newest_first += [(v.issue_date, v.id) for v in page.items]
    assert len(newest_first) == 10 and newest_first == sorted(newest_first, reverse=True)
    assert newest_first[0] == (late.issue_date, early_draft.id)
    oldest_first = await core.invoices.search(
        InvoiceFilter(date_from=date(2026, 11, 27), date_to=date(2026, 11, 28), sort="id", limit=4), owner)
    assert [v.id for v in oldest_first.items] == [v.id for v in issued[:4]]
    follow = await core.invoices.search(InvoiceFilter(date_from=date(2026, 11, 27), date_to=date(2026, 11, 28),
                                                      sort="id", limit=4, cursor=oldest_first.next_cursor), owner)
    assert [v.id for v in follow.items] == [v.id for v in issued[4:6]] and follow.next_cursor is None

async def test_verification_by_token_and_fields(core, owner):
    view = (await core.invoices.issue_new(special(), owner)).invoice
    facts = await core.invoices.verify_token(view.verify_token)
    assert facts.number == view.number and facts.status == "issued"
    assert facts.buyer_masked == "深圳****有限公司"
    same = await core.invoices.verify_fields(view.number, view.issue_date, Decimal("1000"))
    assert same.token == view.verify_token
    with pytest.raises(NotFound):
        await core.invoices.verify_fields(view.number, view.issue_date, Decimal("1000.01"))
    with pytest.raises(NotFound):
        await core.invoices.verify_token("x" * 32)
    red = await core.invoices.red_letter(view.id, "mistake", owner)
    assert (await core.invoices.verify_token(view.verify_token)).status == "red_full"
    red_facts = await core.invoices.verify_token(red.verify_token)
    assert red_facts.is_red and red_facts.original_number == view.number


async def buyer_company(core, sms, clock):
    buyer = await make_user(core, sms, clock, "13600136000")
    await core.companies.create(CompanyInput(name="深圳某某科技有限公司", tax_id=BUYER_USCC), buyer)
    await authorise_companies()
    return buyer


async def buyer_confirms_use(core, blue):
    """The buyer does 用途确认 of the blue invoice on the platform: from then on a red invoice
    needs its confirmation."""
    await core.platform.confirm_use(blue.buyer_tax_id, blue.number, "deduct", "2026-11")


async def test_red_letter_without_use_confirmation_needs_no_confirmation(core, owner, sms, clock):
    await buyer_company(core, sms, clock)
    blue = (await core.invoices.issue_new(special(), owner)).invoice
    red = await core.invoices.red_letter(blue.id, "return", owner)
    assert red.is_red and red.total == -blue.total and red.red_confirmation_no
    assert red.remark == f"被红冲蓝字数电发票号码：{blue.number} 红字发票信息确认单编号：{red.red_confirmation_no}"
    infos = await core.platform.red_confirmations(blue.buyer_tax_id)
    assert [(i.state, i.red_number) for i in infos] == [("no_confirmation_needed", red.number)]


async def test_red_letter_after_use_confirmation_waits_for_the_buyer(core, owner, sms, clock):
    buyer = await buyer_company(core, sms, clock)
    blue = (await core.invoices.issue_new(special(), owner)).invoice
    await buyer_confirms_use(core, blue)
    waiting = await core.invoices.red_letter(blue.id, "return", owner)
    assert not waiting.is_red and waiting.pending_action == "confirm" and waiting.status == "issued"
    incoming = await core.invoices.confirmations(buyer)
    assert [(c.state, c.blue_number, c.seller_name) for c in incoming] == \
        [("seller_pending_buyer", blue.number, "武汉光谷软件有限公司")]
    assert await core.invoices.confirmations(owner) == []  # the seller has nothing waiting for it
    with pytest.raises(PlatformRejected) as refused:
        await core.invoices.decide_confirmation(incoming[0].confirmation_no, True, owner)  # its own request
    assert refused.value.provider_code == "initiator_cannot_confirm"
    done = await core.invoices.decide_confirmation(incoming[0].confirmation_no, True, buyer)
    assert done.state == "confirmed" and done.red_number
    red = await core.invoices.get_by_number(done.red_number, owner)
    assert red.is_red and red.total == -blue.total
    assert (await core.invoices.get(blue.id, owner)).status == "red_full"


async def test_the_buyer_may_start_and_the_seller_confirms(core, owner, sms, clock):
    buyer = await buyer_company(core, sms, clock)
    blue = (await core.invoices.issue_new(special(), owner)).invoice
    await buyer_confirms_use(core, blue)
    started = await core.invoices.request_red_as_buyer(blue.number, "return", buyer)
    assert started.state == "buyer_pending_seller" and not started.awaiting_me
    waiting = await core.invoices.confirmations(owner)
    assert [c.confirmation_no for c in waiting] == [started.confirmation_no]
    done = await core.invoices.decide_confirmation(started.confirmation_no, True, owner)
    assert done.state == "confirmed" and done.red_number
    assert (await core.invoices.get(blue.id, owner)).status == "red_full"


async def test_unconfirmed_request_lapses_after_72_hours(core, owner, sms, clock):
    buyer = await buyer_company(core, sms, clock)
    blue = (await core.invoices.issue_new(special(), owner)).invoice
    await buyer_confirms_use(core, blue)
    await core.invoices.red_letter(blue.id, "mistake", owner, [RedLineRequest(position=1, amount="100")])
    clock.advance(hours=71)
    assert [c.state for c in await core.invoices.confirmations(buyer)] == ["seller_pending_buyer"]
    clock.advance(hours=1, seconds=1)
    assert await core.invoices.confirmations(buyer) == []
    assert [c.state for c in await core.invoices.confirmations(owner, incoming=False)] == ["lapsed"]
    after = await core.invoices.get(blue.id, owner)
    assert after.pending_action == "" and after.status == "issued"
    assert "red_lapsed" in [e.action for e in after.events]
    # The seller can ask again; this time the buyer declines.
    await core.invoices.red_letter(blue.id, "mistake", owner)
    pending = (await core.invoices.confirmations(buyer))[0]
    declined = await core.invoices.decide_confirmation(pending.confirmation_no, False, buyer)
    assert declined.state == "refused"
    assert (await core.invoices.get(blue.id, owner)).pending_action == ""


async def test_partial_red_letter_by_amount_including_tax(core, owner):
    blue = (await core.invoices.issue_new(special(), owner)).invoice  # 1000 incl. 6%
    red = await core.invoices.red_letter(blue.id, "allowance", owner, [RedLineRequest(position=1, total="500")])
    line = red.lines[0]
    assert (line.amount, line.tax, red.total) == (Decimal("-471.70"), Decimal("-28.30"), Decimal("-500.00"))
    with pytest.raises(ValidationFailed) as exc:
        await core.invoices.red_letter(blue.id, "allowance", owner, [RedLineRequest(position=1, total="500.01")])
    assert exc.value.fields["lines.0.total"].params["left"] == "500.00"
    rest = await core.invoices.red_letter(blue.id, "allowance", owner, [RedLineRequest(position=1, total="500")])
    assert rest.total == Decimal("-500.00")
    assert (await core.invoices.get(blue.id, owner)).status == "red_full"


async def test_an_invoice_is_found_by_its_last_digits_when_they_are_unambiguous(core, owner):
    first = (await core.invoices.issue_new(special(), owner)).invoice
    second = (await core.invoices.issue_new(special(), owner)).invoice
    assert (await core.invoices.get_by_number(first.number[-4:], owner)).id == first.id
    assert (await core.invoices.get_by_number(second.number, owner)).id == second.id
    # Numbers ten thousand apart share their last four digits.
    await Invoice.filter(id=second.id).update(number=first.number[:-5] + "1" + first.number[-4:])
    with pytest.raises(ValidationFailed) as ambiguous:
        await core.invoices.get_by_number(first.number[-4:], owner)
    assert ambiguous.value.fields["number"].code == "number_ambiguous"
    with pytest.raises(NotFound):
        await core.invoices.get_by_number("9999", owner)
    with pytest.raises(NotFound):
        await core.invoices.get_by_number("001", owner)  # fewer than 4 digits is no number
