"""The returns' query: input invoices count in the period of their 用途确认, not of their date."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from core.input_invoicing.models import InputInvoice, InputTransferOut
from core.input_invoicing.queries import confirmed_inputs, unconfirmed_count
from core.input_invoicing.rows import InputInvoiceData
from tests.kit.factories import accountant  # noqa: F401


async def _record(core, actor, number, date, amount, tax, kind="special", **more):
    return await core.input_invoices.record(InputInvoiceData(number=number, issue_date=date, amount=amount, tax=tax,
                                                             kind=kind, **more), actor)


async def _confirm(view, period, use="deduct"):
    await InputInvoice.filter(id=view.id).update(use=use, use_period=period,
                                                  use_confirmed_at=datetime(2026, 12, 2, tzinfo=UTC))


async def test_counts_by_confirmation_period_with_ticket_tax_and_transfers(core, accountant):  # noqa: F811
    october = await _record(core, accountant, "26422000000000000001", "2026-10-20", "1000", "130")
    november = await _record(core, accountant, "26422000000000000002", "2026-11-03", "2000", "120")
    rail = await core.input_invoices.record(InputInvoiceData(
        number="26512000000000000003", issue_date="2026-11-04", amount="", tax="", kind="rail", total="545"),
        accountant)
    late = await _record(core, accountant, "26422000000000000004", "2026-11-28", "500", "65")
    dinner = await _record(core, accountant, "26422000000000000005", "2026-11-10", "300", "18",
                           item_names=("*餐饮服务*餐费",))
    assert dinner.deductible is False and dinner.not_deductible_code == "dining"
    assert rail.deductible_tax == Decimal("45.00") and rail.tax == Decimal("45.00") and rail.amount == Decimal("500.00")
    # The October invoice is only confirmed in November: it counts in November.
    for view in (october, november, rail):
        await _confirm(view, "2026-11")
    await _confirm(late, "2026-12")
    await _confirm(dinner, "2026-11", use="not_deduct")
    row = await InputInvoice.get(id=october.id)
    await InputTransferOut.create(company_id=row.company_id, input_invoice_id=None, number="26422000000000000009",
                                  period="2026-11", tax=Decimal("26.00"), reason="collective_welfare",
                                  created_by_id=accountant.account_id, created_at=datetime.now(UTC))
    inputs = await confirmed_inputs(row.company_id, "2026-11")
    assert [i.number for i in inputs.invoices] == [october.number, november.number, rail.number]
    # 130 + 120 + 45 (= 545 / 1.09 × 0.09)
    assert (inputs.count, inputs.deductible_tax, inputs.transfers_out_tax) == (3, Decimal("295.00"), Decimal("26.00"))
    assert inputs.by_row() == {"2": (2, Decimal("3000.00"), Decimal("250.00")), "8b": (1, Decimal("500.00"),
                                                                                     Decimal("45.00"))}
    assert [i.rate_code for i in inputs.invoices] == ["13", "6", "9"]
    assert (await confirmed_inputs(row.company_id, "2026Q4")).count == 4
    assert (await confirmed_inputs(row.company_id, "2026-10")).count == 0
    # Nothing waits: every 专票 had its 用途确认; a fresh one does.
    assert await unconfirmed_count(row.company_id) == 0
    await _record(core, accountant, "26422000000000000006", "2026-11-29", "100", "13")
    assert await unconfirmed_count(row.company_id) == 1


@pytest.mark.parametrize("kind", ["", "   "])
async def test_a_blank_kind_is_refused(core, accountant, kind):  # noqa: F811
    from core.domain.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as exc:
        await _record(core, accountant, "26422000000000000001", "2026-11-03", "1000", "130", kind=kind)
    assert exc.value.fields["kind"].code == "required"


async def test_a_rate_that_fits_nothing_is_asked_for(core, accountant):  # noqa: F811
    from core.domain.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as exc:
        await _record(core, accountant, "26422000000000000001", "2026-11-03", "1000", "77")
    assert exc.value.fields["rate"].code == "input_rate_unknown"
    with pytest.raises(ValidationFailed) as exc:
        await _record(core, accountant, "26422000000000000001", "2026-11-03", "1000", "77", rate="6%")
    assert exc.value.fields["tax"].code == "input_tax_mismatch"
    given = await _record(core, accountant, "26422000000000000001", "2026-11-03", "1000", "90", rate="0.09")
    assert given.rate_code == "9"
