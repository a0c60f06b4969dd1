"""收票 and 勾选 against the real sandbox platform: company A issues 专票 to company B (both on
fapiao); B sees them under 进项, 勾选s one, refuses the 餐饮 one, signs the period's
statistics; the platform's records agree with ours, and A's red-letter request now needs B."""

from __future__ import annotations

from decimal import Decimal

from core.companies.views import CompanyInput
from core.input_invoicing.queries import confirmed_inputs
from core.invoicing.views import LineDraft
from tests.kit.factories import BUYER_USCC, authorise_companies, make_user, owner, special  # noqa: F401


async def test_a_issues_b_receives_selects_refuses_and_signs(core, owner, sms, clock):  # noqa: F811
    buyer = await make_user(core, sms, clock, "13600136000")
    await core.companies.create(CompanyInput(name="深圳某某科技有限公司", tax_id=BUYER_USCC, taxpayer_kind="general"),
                                buyer)
    await authorise_companies()
    service = (await core.invoices.issue_new(special(amount="1060"), owner)).invoice
    dinner = (await core.invoices.issue_new(special(lines=(
        LineDraft(name="餐费", amount="530", rate="6%", tax_code="3070401000000000000"),)), owner)).invoice
    clock.advance(days=5)  # 2 December: November's 征期
    overview = await core.received.overview(buyer, "2026-11")
    assert (overview.count, overview.tax, overview.unconfirmed_special) == (2, Decimal("90.00"), 2)
    mine = {v.number: v for v in overview.items}
    assert mine[dinner.number].not_deductible_code == "dining" and mine[service.number].deductible_tax == Decimal("60.00")
    done = await core.received.confirm(buyer, "all_special", "deduct")
    assert [v.number for v in done.done] == [service.number]
    await core.received.confirm(buyer, [dinner.number], "not_deduct", "restricted_services")
    listed = {i.number: (i.use, i.use_period) for i in await core.platform.received_invoices(
        BUYER_USCC, overview.items[-1].issue_date, overview.items[0].issue_date)}
    assert listed == {service.number: ("deduct", "2026-11"), dinner.number: ("not_deduct", "2026-11")}
    assert await core.received.statistics(buyer, "apply") == ("2026-11", "applied")
    assert await core.received.statistics(buyer, "sign") == ("2026-11", "signed")
    company_id = (await core.companies.require(buyer)).company_id
    inputs = await confirmed_inputs(company_id, "2026-11")
    assert (inputs.count, inputs.deductible_tax) == (1, Decimal("60.00"))
    # The buyer confirmed the use: the seller's 红字确认单 waits for the buyer.
    waiting = await core.invoices.red_letter(service.id, "return", owner)
    assert waiting.pending_action == "confirm" and not waiting.is_red
