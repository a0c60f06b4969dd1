"""Documents and public verification (查验) of issued invoices."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.domain import links
from core.domain.actor import Actor
from core.domain.amount_in_words import amount_in_words
from core.domain.errors import (
    InvoiceStateConflict,
    NotFound,
)
from core.domain.invoice_document import InvoiceDocument, LineView, PartyView
from core.domain.money import to_money
from core.domain.tax_rates import rate_by_code
from core.invoicing.models import Invoice, InvoiceLine
from core.invoicing.queries import InvoiceQueries
from core.invoicing.views import (
    Verification,
    mask_name,
)


class Verifying(InvoiceQueries):
    def verify_url(self, token: str) -> str:
        return links.verify_url(self.public_base_url, token)

    async def document(self, invoice_id: int, actor: Actor) -> InvoiceDocument:
        scope = await self.companies.require(actor)
        invoice = await self._owned(invoice_id, scope)
        return await self.document_of(invoice)

    async def document_of(self, invoice: Invoice) -> InvoiceDocument:
        if invoice.number is None or invoice.issue_date is None or invoice.verify_token is None:
            raise InvoiceStateConflict({"status": invoice.status})
        lines = await InvoiceLine.filter(invoice_id=invoice.id).order_by("position")
        original_number = None
        if invoice.original_id:
            original = await Invoice.get_or_none(id=invoice.original_id)
            original_number = original.number if original else None
        status = invoice.status if invoice.status in ("voided", "red_full", "red_partial") else "normal"
        return InvoiceDocument(
            kind="special" if invoice.kind == "special" else "normal",
            number=invoice.number, issue_date=invoice.issue_date,
            seller=PartyView(invoice.seller_name, invoice.seller_tax_id, invoice.seller_address_phone,
                             invoice.seller_bank_account),
            buyer=PartyView(invoice.buyer_name, invoice.buyer_tax_id, invoice.buyer_address_phone,
                            invoice.buyer_bank_account),
            lines=tuple(
                LineView(printed_name=line.printed_name, spec=line.spec, unit=line.unit, quantity=line.quantity,
                         unit_price=line.unit_price, amount=line.amount, rate_label=rate_by_code(line.rate_code).label,
                         tax=line.tax)
                for line in lines
            ),
            total_amount=invoice.total_amount, total_tax=invoice.total_tax, total=invoice.total,
            total_in_words=amount_in_words(invoice.total), remark=invoice.remark, issuer=invoice.issuer_name,
            status=status,  # type: ignore[arg-type]
            is_red=invoice.is_red, original_number=original_number,
            verify_url=self.verify_url(invoice.verify_token),
            qr_payload=invoice.qr_payload,  # the platform's; empty on older rows: built from the invoice
        )

    async def document_by_token(self, token: str) -> InvoiceDocument:
        invoice = await Invoice.get_or_none(verify_token=token) if token else None
        if invoice is None:
            raise NotFound({"what": "invoice"})
        return await self.document_of(invoice)

    @staticmethod
    async def _verification(invoice: Invoice) -> Verification:
        assert invoice.number and invoice.issue_date and invoice.verify_token
        # The invoice's own status word (issued, red_partial, red_full; voided on legacy rows).
        status = invoice.status if invoice.status in ("voided", "red_full", "red_partial") else "issued"
        original_number = None
        if invoice.is_red and invoice.original_id:
            # A red invoice says which blue invoice it corrects.
            blue = await Invoice.get_or_none(id=invoice.original_id)
            original_number = blue.number if blue else None
        return Verification(number=invoice.number, issue_date=invoice.issue_date, seller_name=invoice.seller_name,
                            buyer_masked=mask_name(invoice.buyer_name), total=invoice.total, status=status,
                            is_red=invoice.is_red, kind=invoice.kind, token=invoice.verify_token,
                            original_number=original_number)

    async def verify_token(self, token: str) -> Verification:
        invoice = await Invoice.get_or_none(verify_token=token) if token and len(token) <= 48 else None
        if invoice is None or invoice.number is None:
            raise NotFound({"what": "invoice"})
        return await self._verification(invoice)

    async def verify_fields(self, number: str, issue_date: date, total: Decimal) -> Verification:
        """Like the national 查验 platform: number + 开票日期 + 价税合计 must all match."""
        invoice = await Invoice.get_or_none(number=number.strip(), issue_date=issue_date)
        if invoice is None or invoice.total != to_money(total):
            raise NotFound({"what": "invoice"})
        return await self._verification(invoice)

