"""收票 and 勾选 through the platform port (a recording fake until the sandbox lands)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from core.domain.errors import NotFound, ValidationFailed
from core.input_invoicing.queries import confirmed_inputs, unconfirmed_count
from core.input_invoicing.rows import InputInvoiceData
from core.port_data.invoice_platform import PlatformRejected
from tests.kit.factories import (
    USCC,
    accountant,  # noqa: F401
)
from tests.kit.fakes import FakeInputPlatform

DINNER = ("3070401000000000000",)


@pytest.fixture
def platform(core):
    fake = FakeInputPlatform()
    core.received.platform = fake
    return fake


async def _company_id(core, actor):
    return (await core.companies.require(actor)).company_id


async def test_sync_shows_the_month_and_what_waits(core, accountant, platform):  # noqa: F811
    platform.seed("26422000000000000101", USCC, issued_on=date(2026, 11, 3), amount="1000", tax="130")
    platform.seed("26422000000000000102", USCC, issued_on=date(2026, 11, 9), amount="300", tax="18",
                  tax_codes=DINNER, item_names=("*餐饮服务*餐费",))
    platform.seed("26422000000000000103", "9144030071526726XG", issued_on=date(2026, 11, 9), amount="1", tax="0")
    overview = await core.received.overview(accountant)
    assert (overview.month, overview.count, overview.tax, overview.unconfirmed, overview.unconfirmed_special) == (
        "2026-11", 2, Decimal("148.00"), 2, 2)
    assert overview.use_period == "2026-11" and overview.statistics == "open"
    again = await core.received.sync(accountant)
    assert (again.added, again.updated) == (0, 0)  # nothing twice
    page = await core.received.list(accountant, use="pending", limit=1)
    assert len(page.items) == 1 and page.next_cursor
    rest = await core.received.list(accountant, use="pending", cursor=page.next_cursor)
    assert {page.items[0].number, rest.items[0].number} == {"26422000000000000101", "26422000000000000102"}
    assert rest.next_cursor is None
    dinner = await core.received.get(accountant, "26422000000000000102")
    assert (dinner.deductible, dinner.not_deductible_code, dinner.source) == (False, "dining", "platform")
    # The same invoice typed in by hand is a duplicate whatever the way in.
    from core.domain.errors import Conflict
    with pytest.raises(Conflict):
        await core.input_invoices.record(InputInvoiceData(number="26422000000000000101", issue_date="2026-11-03",
                                                          amount="1000", tax="130", kind="special"), accountant)


async def test_confirm_batch_refuse_dining_then_sign(core, accountant, platform, clock):  # noqa: F811
    platform.seed("26422000000000000101", USCC, issued_on=date(2026, 11, 3), amount="1000", tax="130")
    platform.seed("26422000000000000104", USCC, issued_on=date(2026, 11, 20), amount="2000", tax="120")
    platform.seed("26422000000000000102", USCC, issued_on=date(2026, 11, 9), amount="300", tax="18",
                  tax_codes=DINNER)
    clock.advance(days=5)  # 2 December: the November 征期, 勾选 goes to November
    await core.received.sync(accountant, "2026-11")
    company_id = await _company_id(core, accountant)
    assert await unconfirmed_count(company_id) == 3
    with pytest.raises(ValidationFailed) as exc:  # 餐饮 cannot be deducted, and the bot says why
        await core.received.confirm(accountant, ["26422000000000000102"], "deduct")
    assert exc.value.fields["number"].params["why"] == "dining"
    batch = await core.received.confirm(accountant, "all_special", "deduct")
    assert batch.period == "2026-11" and [v.number for v in batch.done] == [
        "26422000000000000101", "26422000000000000104"]
    refused = await core.received.confirm(accountant, ["26422000000000000102"], "not_deduct", "4")
    assert refused.done[0].use_reason == "restricted_services"
    assert ("confirm_use", USCC, "26422000000000000102", "not_deduct", "2026-11",
            "购进贷款服务、餐饮服务、居民日常服务和娱乐服务") in platform.calls
    # The platform's records and ours agree.
    assert {n: (i.use, i.use_period) for n, i in platform.received.items()} == {
        "26422000000000000101": ("deduct", "2026-11"), "26422000000000000104": ("deduct", "2026-11"),
        "26422000000000000102": ("not_deduct", "2026-11")}
    await core.received.confirm(accountant, ["26422000000000000104"], "undo")
    assert platform.received["26422000000000000104"].use is None
    await core.received.confirm(accountant, ["26422000000000000104"], "deduct")
    assert await core.received.statistics(accountant, "apply") == ("2026-11", "applied")
    assert await core.received.statistics(accountant, "undo") == ("2026-11", "open")
    await core.received.statistics(accountant, "apply")
    assert await core.received.statistics(accountant, "sign") == ("2026-11", "signed")
    with pytest.raises(ValidationFailed) as exc:
        await core.received.confirm(accountant, ["26422000000000000104"], "undo")
    assert exc.value.fields["number"].code == "input_period_closed"
    with pytest.raises(PlatformRejected):  # the platform refuses it too
        await platform.confirm_use(USCC, "26422000000000000104", "undo", "2026-11")
    inputs = await confirmed_inputs(company_id, "2026-11")
    assert (inputs.count, inputs.deductible_tax) == (2, Decimal("250.00"))
    assert await unconfirmed_count(company_id) == 0


async def test_a_changed_use_after_signing_is_a_transfer_out(core, accountant, platform, clock):  # noqa: F811
    platform.seed("26422000000000000101", USCC, issued_on=date(2026, 11, 3), amount="1000", tax="130")
    clock.advance(days=5)
    await core.received.sync(accountant, "2026-11")
    await core.received.confirm(accountant, ["26422000000000000101"], "deduct")
    await core.received.statistics(accountant, "apply")
    assert await core.received.use_period(USCC) == "2026-11"
    await core.received.statistics(accountant, "sign")
    assert await core.received.use_period(USCC) == "2026-12"  # November signed within its 征期: 勾选 moves on
    clock.advance(days=20)  # 22 December
    assert await core.received.use_period(USCC) == "2026-12"
    changed = await core.received.confirm(accountant, ["26422000000000000101"], "not_deduct", "collective_welfare")
    assert changed.transfers_out == ("26422000000000000101",)
    company_id = await _company_id(core, accountant)
    december = await confirmed_inputs(company_id, "2026-12")
    assert [(t.number, t.tax, t.reason) for t in december.transfers_out] == [
        ("26422000000000000101", Decimal("130.00"), "collective_welfare")]
    assert (await confirmed_inputs(company_id, "2026-11")).deductible_tax == Decimal("130.00")


async def test_a_paper_invoice_the_platform_does_not_list_is_confirmed_here(core, accountant, platform):  # noqa: F811
    await core.input_invoices.record(InputInvoiceData(number="01234567", code="4200212130", issue_date="2026-11-05",
                                                      amount="500", tax="65", kind="special"), accountant)
    done = await core.received.confirm(accountant, ["01234567"], "deduct")
    assert done.done[0].use == "deduct"
    with pytest.raises(NotFound):
        await core.received.confirm(accountant, ["99999999"], "deduct")
    with pytest.raises(ValidationFailed):
        await core.received.confirm(accountant, ["01234567"], "not_deduct", "no such reason")


async def test_rail_and_air_from_the_platform_get_their_computed_tax(core, accountant, platform):  # noqa: F811
    platform.seed("26512000000000000201", USCC, issued_on=date(2026, 11, 4), amount="500", tax="45", qr_kind="51",
                  total="545", tax_codes=(), item_names=("铁路旅客运输",))
    await core.received.sync(accountant)
    rail = await core.received.get(accountant, "26512000000000000201")
    assert (rail.kind, rail.deductible_tax, rail.rate_code) == ("rail", Decimal("45.00"), "9")


async def test_an_invoice_issued_after_the_period_waits_for_the_next(core, accountant, platform, clock):  # noqa: F811
    platform.seed("26422000000000000101", USCC, issued_on=date(2026, 11, 30), amount="1000", tax="130")
    platform.seed("26422000000000000105", USCC, issued_on=date(2026, 12, 1), amount="100", tax="13")
    clock.advance(days=5)  # 2 December: 勾选 goes to November
    await core.received.sync(accountant)
    batch = await core.received.confirm(accountant, "all_special", "deduct")
    assert [v.number for v in batch.done] == ["26422000000000000101"]
    with pytest.raises(ValidationFailed) as exc:
        await core.received.confirm(accountant, ["26422000000000000105"], "deduct")
    assert exc.value.fields["number"].code == "input_issued_after_period"
    company_id = await _company_id(core, accountant)
    assert await unconfirmed_count(company_id, issued_to=date(2026, 11, 30)) == 0
    assert await unconfirmed_count(company_id) == 1


async def test_a_received_red_invoice_waits_for_nothing(core, accountant, platform):  # noqa: F811
    platform.seed("26422000000000000301", USCC, issued_on=date(2026, 11, 10), amount="-100", tax="-13")
    platform.received["26422000000000000302"] = replace(
        platform.seed("26422000000000000302", USCC, issued_on=date(2026, 11, 11), amount="50", tax="6.5"),
        use="not_deduct", use_period="2026-11", use_reason="用于集体福利或者个人消费")
    overview = await core.received.overview(accountant)
    assert (overview.count, overview.unconfirmed) == (2, 0)
    red = await core.received.get(accountant, "26422000000000000301")
    assert (red.deductible, red.not_deductible_code, red.use) == (False, "red_letter", "not_deduct")
    other = await core.received.get(accountant, "26422000000000000302")
    assert (other.use, other.use_reason) == ("not_deduct", "collective_welfare")
