"""Where the figures of a return come from: our issued invoices (销项) and the input
invoices confirmed for deduction (进项), per period. Also the sandbox bureau's view of
the same facts (:class:`InvoiceTruth`), which is what 票表比对 compares a return with.

``confirmed_inputs`` is the ONE place that decides which input invoices count in a
period: the input side's 勾选/用途确认 records (``core/input_invoicing/queries.py``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.companies.models import Company
from core.domain.periods import Period
from core.domain.vat_lines import InputInvoice
from core.input_invoicing.queries import confirmed_inputs as period_inputs
from core.input_invoicing.queries import unconfirmed_count
from core.invoicing.queries import sales_lines


async def confirmed_inputs(company_id: int, period: Period) -> list[InputInvoice]:
    """Input invoices counted for ``period`` (本期认证相符且本期申报抵扣): those whose use was
    confirmed for deduction (勾选/用途确认) IN the period, with their deductible tax (rail and
    air tickets: computed from the fare), from the input side's query."""
    found = await period_inputs(company_id, period)
    return [InputInvoice(id=i.id, number=i.number, rate_code=i.rate_code or i.kind, amount=i.amount,
                             tax=i.deductible_tax, deductible=True) for i in found.invoices]


async def recorded_transfers_out(company_id: int, period: Period) -> Decimal:
    """进项转出 recorded by the input side for the period (use changed after signing)."""
    return (await period_inputs(company_id, period)).transfers_out_tax


async def unconfirmed_special(company_id: int, until: date) -> int:
    """专票 received up to ``until`` still waiting for 勾选 (for the 征期 reminder)."""
    return await unconfirmed_count(company_id, kind="special", issued_to=until)


class InvoiceTruth:
    """TruthSource for the sandbox bureau: what the invoices say about a period."""

    async def issued_sales_base(self, taxpayer_id: str, period: str) -> Decimal:
        company = await Company.get_or_none(tax_id=taxpayer_id)
        if company is None:
            return Decimal("0.00")
        lines = await sales_lines(company.id, Period.parse(period))
        return sum((line.amount for line in lines), Decimal("0.00"))

    async def confirmed_input_tax(self, taxpayer_id: str, period: str) -> Decimal:
        company = await Company.get_or_none(tax_id=taxpayer_id)
        if company is None:
            return Decimal("0.00")
        inputs = await confirmed_inputs(company.id, Period.parse(period))
        return sum((i.tax for i in inputs if i.deductible), Decimal("0.00"))
