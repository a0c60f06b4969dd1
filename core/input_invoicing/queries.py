"""What the VAT return reads from the input side, per company and filing period.

Input tax counts in the period its 用途确认 (抵扣勾选) happened in — 附列资料二
"本期认证相符且本期申报抵扣" — not the period of the invoice's 开票日期.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.domain.periods import Period
from core.input_invoicing.deductibility import rules
from core.input_invoicing.models import InputInvoice, InputTransferOut

__all__ = ["PeriodInput", "PeriodInputs", "TransferOut", "confirmed_inputs", "unconfirmed_count"]

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class PeriodInput:
    id: int
    number: str
    code: str
    #: special / normal / toll / rail / air
    kind: str
    qr_kind: str
    issue_date: date
    seller_name: str
    seller_tax_id: str
    #: "13", "9", "6", "3", "1", "5" or "" when the invoice does not show one (tickets).
    rate_code: str
    amount: Decimal
    tax: Decimal
    #: What it gives as input tax (tickets: computed from 票面金额).
    deductible_tax: Decimal
    #: 附列资料二 line: "2" (专票) or "8b" (其他扣税凭证).
    return_row: str
    passenger_transport: bool
    use_period: str
    source: str


@dataclass(frozen=True)
class TransferOut:
    id: int
    input_invoice_id: int | None
    number: str
    period: str
    tax: Decimal
    reason: str


@dataclass(frozen=True)
class PeriodInputs:
    period: str
    #: Invoices confirmed for deduction (抵扣勾选) in the period, oldest confirmation first.
    invoices: tuple[PeriodInput, ...]
    transfers_out: tuple[TransferOut, ...]

    @property
    def count(self) -> int:
        return len(self.invoices)

    @property
    def deductible_tax(self) -> Decimal:
        return sum((i.deductible_tax for i in self.invoices), ZERO)

    @property
    def amount(self) -> Decimal:
        return sum((i.amount for i in self.invoices), ZERO)

    @property
    def transfers_out_tax(self) -> Decimal:
        return sum((t.tax for t in self.transfers_out), ZERO)

    def by_row(self) -> dict[str, tuple[int, Decimal, Decimal]]:
        """Per 附列资料二 line: (份数, 金额, 税额)."""
        rows: dict[str, tuple[int, Decimal, Decimal]] = {}
        for item in self.invoices:
            count, amount, tax = rows.get(item.return_row, (0, ZERO, ZERO))
            rows[item.return_row] = (count + 1, amount + item.amount, tax + item.deductible_tax)
        return rows


def _labels(period: str | Period) -> list[str]:
    parsed = period if isinstance(period, Period) else Period.parse(period)
    return [month.label for month in parsed.months_in()]


async def confirmed_inputs(company_id: int, period: str | Period) -> PeriodInputs:
    """The input invoices whose use was confirmed for deduction in ``period`` (a month, or
    the three months of a quarter), and the 进项转出 entered for it."""

    labels = _labels(period)
    kinds = {rule.kind: rule for rule in rules().kinds}
    rows = await InputInvoice.filter(company_id=company_id, use="deduct", use_period__in=labels) \
        .order_by("use_confirmed_at", "id")
    invoices = []
    for row in rows:
        rule = kinds.get(row.kind)
        invoices.append(PeriodInput(
            id=row.id, number=row.number, code=row.code, kind=row.kind, qr_kind=row.qr_kind,
            issue_date=row.issue_date, seller_name=row.seller_name, seller_tax_id=row.seller_tax_id,
            rate_code=row.rate_code, amount=row.amount, tax=row.tax, deductible_tax=row.deductible_tax,
            return_row=rule.return_row if rule else "8b",
            passenger_transport=row.kind in ("rail", "air") or row.item_category == "passenger_transport",
            use_period=row.use_period or "", source=row.source))
    transfers = await InputTransferOut.filter(company_id=company_id, period__in=labels).order_by("id")
    label = period.label if isinstance(period, Period) else Period.parse(period).label
    return PeriodInputs(period=label, invoices=tuple(invoices), transfers_out=tuple(
        TransferOut(id=t.id, input_invoice_id=t.input_invoice_id, number=t.number, period=t.period, tax=t.tax,
                    reason=t.reason) for t in transfers))


async def unconfirmed_count(company_id: int, *, kind: str = "special", issued_to: date | None = None) -> int:
    """How many received invoices of ``kind`` still wait for 用途确认 (for the 征期 reminder
    「本月还有 3 张专票未勾选」); only invoices issued on or before ``issued_to`` when given."""
    query = InputInvoice.filter(company_id=company_id, use="", kind=kind)
    if issued_to is not None:
        query = query.filter(issue_date__lte=issued_to)
    return await query.count()
