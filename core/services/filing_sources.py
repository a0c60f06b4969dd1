"""Where the figures of a return come from: our issued invoices (销项) and the input
invoices confirmed for deduction (进项), per period. Also the sandbox bureau's view of
the same facts (:class:`InvoiceTruth`), which is what 票表比对 compares a return with.

``confirmed_inputs`` is the ONE place that decides which input invoices count in a
period; it switches to the 勾选/用途确认 records of the input side when they land.
"""

from __future__ import annotations

from decimal import Decimal

from core.adapters.models import Company, InputInvoice
from core.domain import vat
from core.domain.periods import Period
from core.invoicing.queries import sales_lines


async def confirmed_inputs(company_id: int, period: Period) -> list[vat.InputInvoice]:
    """Input invoices counted for ``period`` (本期认证相符且本期申报抵扣).

    Today: the recorded input invoices dated in the period; non-deductible ones are kept
    (listed, not counted). To be replaced by the input side's query of the invoices
    confirmed for deduction IN the period (勾选/用途确认 date), with their deductible tax.
    """
    received = await InputInvoice.filter(company_id=company_id, issue_date__gte=period.start,
                                         issue_date__lte=period.end).order_by("id")
    return [vat.InputInvoice(id=r.id, number=r.number, rate_code=r.rate_code or "unknown", amount=r.amount,
                             tax=r.tax, deductible=r.deductible) for r in received]


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
