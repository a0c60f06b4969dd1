"""Filing with the sandbox bureau, driven by the frozen clock: no sleeping anywhere."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.companies.views import CompanyInput
from core.domain.errors import Conflict
from core.input_invoicing.rows import InputInvoiceData
from core.invoicing.views import BuyerInput, DraftInput, LineDraft
from tests.kit.factories import BUYER_USCC, USCC, authorise_companies, make_user


@pytest.fixture
async def owner(core, sms, clock, wechat_api):
    actor = await make_user(core, sms, clock, "13800138000")
    await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id=USCC, taxpayer_kind="general"), actor)
    await authorise_companies()
    await core.accounts.bind(actor.account_id, "mp", "o-owner", actor)
    return actor


async def issue(core, actor, amount: str, rate: str = "6%") -> None:
    await core.invoices.issue_new(DraftInput(kind="special", buyer=BuyerInput(name="买方", tax_id=BUYER_USCC),
                                             lines=(LineDraft(name="技术服务费", amount=amount, rate=rate),)), actor)


async def advance(core, clock, seconds: float) -> None:
    clock.advance(seconds=seconds)
    await core.filings.refresh_all()


async def test_vat_return_success_then_payment(core, owner, clock, wechat_api, deliver):
    await issue(core, owner, "10600")  # 10000 + 600
    await core.input_invoices.record(InputInvoiceData(number="26422000000000000777", issue_date="2026-11-20",
                                                      amount="1000", tax="130", kind="special"), owner)
    await core.received.confirm(owner, ["26422000000000000777"], "deduct")  # 勾选 in November: counts for 2026-11
    clock.advance(days=5)  # December: November is over and can be filed
    draft = await core.filings.prepare("vat", "2026-11", owner)
    assert draft.status == "draft" and draft.payable == Decimal("470.00") and draft.declared_sales == Decimal("10000.00")
    numbers = await core.filings.explain(draft.id, "output_tax", owner)
    assert len(numbers) == 1 and numbers[0].startswith("26")
    submitted = await core.filings.submit(draft.id, owner)
    assert submitted.status == "submitted"
    for expected, seconds in (("accepted", 6), ("reviewing", 21), ("succeeded", 21)):
        await advance(core, clock, seconds)
        assert (await core.filings.get(draft.id, owner)).status == expected
    paid = await core.filings.pay(draft.id, "wechat", owner)
    assert paid.status == "paid" and [e.status for e in paid.events] == [
        "draft", "submitted", "accepted", "reviewing", "succeeded", "paid"]
    await deliver()
    pushes = [text for openid, text in wechat_api.texts_sent if openid == "o-owner"]
    assert len(pushes) == 5 and "已受理" in pushes[1] and "申报成功" in pushes[3] and "缴款" in pushes[3]
    with pytest.raises(Conflict):
        await core.filings.prepare("vat", "2026-11", owner)


async def test_rejected_return_is_corrected_and_resubmitted(core, owner, clock, wechat_api, deliver):
    await issue(core, owner, "1060")
    await issue(core, owner, "2120")
    clock.advance(days=5)  # December: November is over and can be filed
    draft = await core.filings.prepare("vat", "2026-11", owner)
    # 未开票收入 -1,000 at 6% (as if invoicing income declared earlier): 2,000 declared < 3,000 invoiced.
    adjusted = await core.filings.adjust(draft.id, "uninvoiced", "-1000", owner, rate="6")
    assert adjusted.declared_sales == Decimal("2000.00") and adjusted.payable == Decimal("120.00")  # 180 - 60
    await core.filings.submit(draft.id, owner)
    for seconds in (6, 21, 21):
        await advance(core, clock, seconds)
    failed = await core.filings.get(draft.id, owner)
    assert failed.status == "failed" and "票表比对" in failed.message and "3,000.00" in failed.message
    await deliver()
    assert any("申报失败" in text for _, text in wechat_api.texts_sent)
    corrected = await core.filings.prepare("vat", "2026-11", owner)
    assert corrected.version == 2 and corrected.declared_sales == Decimal("2000.00")  # the typed figures stay
    corrected = await core.filings.adjust(corrected.id, "uninvoiced", "0", owner, rate="6")
    assert corrected.declared_sales == Decimal("3000.00")
    await core.filings.submit(corrected.id, owner)
    for seconds in (6, 21, 21):
        await advance(core, clock, seconds)
    done = await core.filings.get(draft.id, owner)
    assert done.status == "succeeded"
    assert [e.status for e in done.events].count("failed") == 1


async def test_materials_requested_for_large_returns(core, owner, clock):
    await issue(core, owner, "2120000")  # over the sandbox's 1,000,000 threshold
    clock.advance(days=5)  # December: November is over and can be filed
    draft = await core.filings.prepare("vat", "2026-11", owner)
    await core.filings.submit(draft.id, owner)
    for seconds in (6, 21, 21):
        await advance(core, clock, seconds)
    waiting = await core.filings.get(draft.id, owner)
    assert waiting.status == "needs_materials"
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    await core.filings.upload_materials(draft.id, "合同.pdf", pdf, owner)
    await advance(core, clock, 25)
    assert (await core.filings.get(draft.id, owner)).status == "succeeded"


async def test_cit_prepayment_and_other_companies(core, owner, sms, clock):
    from core.filing.service import CitInputs

    await issue(core, owner, "106000")
    clock.advance(days=40)  # January 2027: the fourth quarter is over
    from core.domain.errors import ValidationFailed

    # The 小型微利 figures are asked, never defaulted: without them the return is refused …
    with pytest.raises(ValidationFailed) as refused:
        await core.filings.prepare("cit", "2026Q4", owner, CitInputs(cost="40000", expenses="10000"))
    assert set(refused.value.fields) == {"employees", "assets", "restricted_industry", "prior_losses"}
    filing = await core.filings.prepare("cit", "2026Q4", owner, CitInputs(
        cost="40000", expenses="10000", employees=12, assets="2000000", restricted_industry=False, prior_losses="0"))
    # revenue 100,000 (invoiced) - 40,000 - 10,000 = 50,000 taxable; 小型微利: 50,000 x 5% = 2,500.
    assert filing.tax_type == "cit" and filing.payable == Decimal("2500.00")
    assert filing.figures["revenue_from"] == {"invoiced": "100000.00", "uninvoiced": "0.00", "cost": "typed"}
    # … and remembered: the next preparation does not ask again.
    again = await core.filings.prepare("cit", "2026Q4", owner, CitInputs(cost="40000", expenses="10000"))
    assert again.payable == Decimal("2500.00") and again.figures["employees"] == 12
    stranger = await make_user(core, sms, clock, "13900139000")
    await core.companies.create(CompanyInput(name="别家", tax_id=BUYER_USCC), stranger)
    await authorise_companies()
    from core.domain.errors import NotFound

    for call in (core.filings.get(filing.id, stranger), core.filings.submit(filing.id, stranger),
                 core.filings.pay(filing.id, "bank", stranger)):
        with pytest.raises(NotFound):
            await call
    assert await core.filings.recent(stranger) == []


async def test_deadline_reminder_fires_once_per_period(core, owner, clock, wechat_api, deliver):
    from datetime import date

    from core.notifications.models import InboxMessage

    assert await core.reminders.run(date(2026, 12, 9)) == 0  # the 2026-11 return is due 12-15: not yet 5 days
    assert await core.reminders.run(date(2026, 12, 10)) == 1
    assert await core.reminders.run(date(2026, 12, 11)) == 0  # once per period
    await deliver()
    pushes = [text for openid, text in wechat_api.texts_sent if openid == "o-owner"]
    assert len(pushes) == 1 and "申报提醒" in pushes[0] and "2026-12-15" in pushes[0]
    assert await InboxMessage.filter(account_id=owner.account_id).count() == 1
    assert await core.reminders.run(date(2026, 12, 16)) == 0  # past the deadline: nothing new


async def test_input_tax_transferred_out_raises_the_payable(core, owner, clock):
    from core.filing.service import VatInputs

    await issue(core, owner, "10600")  # output tax 600
    await core.input_invoices.record(InputInvoiceData(number="26422000000000000888", issue_date="2026-11-20",
                                                      amount="4000", tax="520", kind="special"), owner)
    clock.advance(days=5)
    unconfirmed = await core.filings.prepare("vat", "2026-11", owner)
    assert unconfirmed.payable == Decimal("600.00")  # not 勾选ed: no input tax counts
    await core.received.confirm(owner, ["26422000000000000888"], "deduct")  # in the 征期: for 2026-11
    plain = await core.filings.prepare("vat", "2026-11", owner)
    assert plain.payable == Decimal("80.00")  # 600 - 520
    adjusted = await core.filings.prepare("vat", "2026-11", owner, vat_inputs=VatInputs(transfers_out="120"))
    assert adjusted.payable == Decimal("200.00")  # 600 - (520 - 120)


async def test_status_board_after_a_restart_and_with_a_failing_bureau(core, owner, clock, settings, store):
    """申报状态 reads our records: a restarted server (a new bureau over the same database)
    still follows the return, and a bureau that fails degrades that one line only."""
    from fapiao.bootstrap import build_bureau

    await issue(core, owner, "10600")
    clock.advance(days=5)
    first = await core.filings.prepare("vat", "2026-11", owner)
    await core.filings.submit(first.id, owner)
    core.filings.bureau = build_bureau(settings, clock, store)  # the restart: nothing kept in memory
    clock.advance(seconds=6)
    board = await core.filings.status_board(owner)
    assert [(f.id, f.status) for f in board.filings] == [(first.id, "accepted")] and board.stale == []

    class Down:
        async def history(self, reference):
            raise ConnectionError("bureau down")

    real = core.filings.bureau
    core.filings.bureau = Down()
    board = await core.filings.status_board(owner)
    assert board.stale == [first.id] and board.filings[0].status == "accepted"  # last recorded, marked stale
    core.filings.bureau = real
    clock.advance(seconds=45)
    board = await core.filings.status_board(owner)
    assert board.filings[0].status == "succeeded" and board.stale == []


async def test_overdue_periods_are_named_and_drafts_never_submitted_left_out(core, owner, clock):
    clock.advance(days=50)  # mid-January 2027: November and December 2026 VAT returns are due
    draft = await core.filings.prepare("vat", "2026-11", owner)
    assert draft.overdue  # due 2026-12-15, not filed
    board = await core.filings.status_board(owner)
    assert board.filings == []  # a draft never submitted is not a return yet
    assert {"tax_type": "vat", "period": "2026-11", "due": "2026-12-15"} in board.overdue


async def test_small_scale_period_as_set_and_general_monthly_only(core, owner, clock):
    from core.domain.errors import ValidationFailed

    clock.advance(days=40)
    with pytest.raises(ValidationFailed) as refused:
        await core.filings.prepare("vat", "2026Q4", owner)
    assert refused.value.fields["period"].code == "vat_monthly_for_general"
    with pytest.raises(ValidationFailed):
        await core.filings.set_profile(owner, vat_period="quarter")
    assert (await core.filings.profile(owner))["vat_period"] == "month"


async def test_a_second_review_is_notified_too(core, owner, clock, wechat_api, deliver):
    await issue(core, owner, "2120000")  # over the sandbox's 1,000,000: materials asked
    clock.advance(days=5)
    draft = await core.filings.prepare("vat", "2026-11", owner)
    await core.filings.submit(draft.id, owner)
    for seconds in (6, 21, 21):
        await advance(core, clock, seconds)
    await core.filings.upload_materials(draft.id, "合同.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
                                        owner)
    await deliver()
    reviewing = [t for o, t in wechat_api.texts_sent if o == "o-owner" and "审核中" in t]
    assert len(reviewing) == 2  # the first review and the review after 补充材料


async def test_small_scale_files_as_its_period_is_set(core, sms, clock):
    from core.domain.errors import ValidationFailed

    actor = await make_user(core, sms, clock, "13700137000")
    await core.companies.create(CompanyInput(name="武汉小店", tax_id=BUYER_USCC, taxpayer_kind="small_scale"), actor)
    clock.advance(days=40)  # January 2027
    assert (await core.filings.profile(actor))["vat_period"] == "quarter"  # the usual assignment
    with pytest.raises(ValidationFailed) as refused:
        await core.filings.prepare("vat", "2026-12", actor)
    assert refused.value.fields["period"].code == "vat_period_kind"
    quarterly = await core.filings.prepare("vat", "2026Q4", actor)
    assert quarterly.figures["threshold"] == "300000"
    await core.filings.set_profile(actor, vat_period="month")  # as the tax office set it
    monthly = await core.filings.prepare("vat", "2026-12", actor)
    assert monthly.figures["threshold"] == "100000" and monthly.payable == Decimal("0.00")


async def test_reminders_follow_the_small_scale_period_as_set(core, sms, clock):
    from datetime import date

    from core.notifications.models import OutboxEvent

    actor = await make_user(core, sms, clock, "13600136000")
    await core.companies.create(CompanyInput(name="武汉小店", tax_id=BUYER_USCC, taxpayer_kind="small_scale"), actor)
    assert await core.reminders.run(date(2026, 12, 10)) == 0  # quarterly: 2026Q4 is not due in December
    await core.filings.set_profile(actor, vat_period="month")
    assert await core.reminders.run(date(2026, 12, 10)) == 1  # monthly: the 2026-11 return is due 12-15
    event = await OutboxEvent.filter(kind="deadline.reminder").first()
    assert event is not None and event.params["period"] == "2026-11"


async def test_deadline_reminder_asks_to_finish_the_selection(core, owner, wechat_api, deliver):
    from datetime import date

    for n in ("26422000000000000901", "26422000000000000902", "26422000000000000903"):
        await core.input_invoices.record(InputInvoiceData(number=n, issue_date="2026-11-20", amount="100", tax="13",
                                                          kind="special"), owner)
    await core.received.confirm(owner, ["26422000000000000903"], "deduct")
    assert await core.reminders.run(date(2026, 12, 10)) == 1
    await deliver()
    reminder = [t for o, t in wechat_api.texts_sent if o == "o-owner" and "申报提醒" in t]
    assert len(reminder) == 1 and "本月还有 2 张专票未勾选" in reminder[0]


async def test_the_status_board_reads_what_the_orm_queries_read(core, owner, clock):
    """core/filing/status.py reads the board with plain SQL (hot_queries): the same company,
    returns (cancelled left out, newest first), history and filed periods as the ORM queries
    it replaced, on the backend of the run."""
    from core.companies.models import Company
    from core.domain.periods import Period, due_date
    from core.filing import compute
    from core.filing.models import CompanyTaxProfile, Filing, FilingEvent
    from core.filing.status import OVERDUE_LOOKBACK, overdue_periods
    from core.filing.views import filing_view

    await issue(core, owner, "10600")
    clock.advance(days=50)
    first = await core.filings.prepare("vat", "2026-11", owner)
    await core.filings.submit(first.id, owner)
    clock.advance(seconds=60)
    await core.filings.prepare("vat", "2026-12", owner)  # a draft: left out
    board = await core.filings.status_board(owner)
    scope = await core.companies.require(owner)
    company = await Company.get(id=scope.company_id)
    rows = await Filing.filter(company_id=company.id).exclude(status="cancelled").order_by("-updated_at", "-id")
    today = core.filings._today()
    expected = [filing_view(r, await FilingEvent.filter(filing_id=r.id).order_by("id"), today)
                for r in rows if not (r.status == "draft" and r.version == 1)]
    assert board.filings == expected and len(expected) == 1 and expected[0].events
    filed = {(f.tax_type, f.period) for f in await Filing.filter(
        company_id=company.id, status__in=list(compute.FILED_STATES)).only("tax_type", "period")}
    vat_kind = compute.vat_period_kind(company, await CompanyTaxProfile.get_or_none(company_id=company.id))
    found = []
    for tax_type, kind in (("vat", vat_kind), ("cit", "quarter")):
        period = Period.containing(today, kind).previous()
        for _ in range(OVERDUE_LOOKBACK):
            if period.end < company.created_at.date():
                break
            if due_date(period) < today and (tax_type, period.label) not in filed:
                found.append({"tax_type": tax_type, "period": period.label, "due": due_date(period).isoformat()})
            period = period.previous()
    assert board.overdue == sorted(found, key=lambda o: (o["due"], o["tax_type"])) == \
        await overdue_periods(company, today)
    assert ("vat", "2026-11") in filed and vat_kind == "month"


async def test_the_board_read_with_the_scope_reads_what_the_board_without_it_reads(core, owner, clock, sms):
    """申报状态 reads the membership, the company, its tax profile, its filed periods and its latest
    returns in one statement (core/filing/status._board_head) when the message has not read the
    scope yet, and the same without the membership when it has: the same board either way, the
    same values as the ORM's queries give (with and without a profile, with returns filed,
    drafted and cancelled, on the backend of the run), and the same refusals."""
    from datetime import date

    from core.companies.models import Company
    from core.domain.actor import Actor
    from core.domain.errors import NoCurrentCompany, NotAuthenticated
    from core.filing import compute, status
    from core.filing.models import CompanyTaxProfile, Filing

    def fields(row):
        return {name: getattr(row, name) for name in row._meta.db_fields}

    company = await Company.get(id=(await core.companies.require(owner)).company_id)
    membership, head = await status._scoped_board(owner.account_id, 10)
    assert membership == (company.id, "owner") and head is not None
    assert (head.filed, head.filings) == (frozenset(), ())  # no return yet: one row of NULL returns
    await issue(core, owner, "10600")
    clock.advance(days=50)
    first = await core.filings.prepare("vat", "2026-11", owner)
    await core.filings.submit(first.id, owner)
    clock.advance(seconds=60)
    await core.filings.prepare("vat", "2026-12", owner)  # a draft
    clock.advance(seconds=60)
    await Filing.create(company_id=company.id, tax_type="vat", period="2026-10", status="cancelled",
                        due_date=date(2026, 11, 15), created_by_id=owner.account_id, created_at=clock.now(),
                        updated_at=clock.now())
    for with_profile in (False, True):
        if with_profile:
            await core.filings.set_profile(owner, values=None, vat_period="month")
        profile = await CompanyTaxProfile.get_or_none(company_id=company.id)
        assert (profile is not None) == with_profile
        filed = {(f.tax_type, f.period) for f in await Filing.filter(
            company_id=company.id, status__in=list(compute.FILED_STATES)).only("tax_type", "period")}
        for limit in (1, 2, 10):
            latest = await Filing.filter(company_id=company.id).exclude(status="cancelled") \
                .order_by("-updated_at", "-id").limit(limit)
            for membership, head in (await status._scoped_board(owner.account_id, limit),
                                     (None, (await status._read_head(False, company.id, limit))[1])):
                assert membership in (None, (company.id, "owner")) and head is not None
                assert (head.company_id, head.created_at) == (company.id, company.created_at)
                assert repr(head.created_at) == repr(company.created_at)
                assert head.vat_kind == compute.vat_period_kind(company, profile)
                assert head.filed == filed and ("vat", "2026-11") in filed
                assert [fields(f) for f in head.filings] == [fields(f) for f in latest] and latest
        fused = await core.filings.status_board(Actor(channel="bot", account_id=owner.account_id, memo={}))
        resolved = Actor(channel="bot", account_id=owner.account_id, memo={})
        await core.companies.require(resolved)  # the scope read first: the board's reads without it
        assert fused == await core.filings.status_board(resolved) and fused.filings
    assert await status._scoped_board(10**9, 10) == (None, None)
    assert await status._read_head(False, 10**9, 10) == (None, None)
    with pytest.raises(NotAuthenticated):
        await core.filings.status_board(Actor(channel="bot", account_id=10**9, memo={}))
    clock.advance(seconds=61)
    newcomer = await make_user(core, sms, clock, "13900139000")  # an account without a company
    assert await status._scoped_board(newcomer.account_id, 10) == (None, None)
    with pytest.raises(NoCurrentCompany):
        await core.filings.status_board(Actor(channel="bot", account_id=newcomer.account_id, memo={}))
