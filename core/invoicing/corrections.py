"""Corrections of issued invoices: the options an invoice has (never 作废), and 重开.
红冲 lives in ``core.invoicing.red_letter`` and the 确认单 in ``core.invoicing.confirmations``."""

from __future__ import annotations

from core.domain.actor import Actor
from core.domain.errors import InvoiceNotReissuable, InvoiceNotVoidable
from core.domain.roles import Permission
from core.invoicing.confirmations import RedConfirmations
from core.invoicing.models import Invoice, InvoiceLine
from core.invoicing.views import CorrectionOptions, InvoiceView, correction_options_of


class Corrections(RedConfirmations):
    async def void(self, invoice_id: int, reason: str, actor: Actor) -> InvoiceView:
        """作废 does not exist for an electronic 数电票 (国家税务总局公告2024年第11号 第八条): the
        correction is 红冲, then 重开. Drafts are simply deleted. Always refused, with that
        sentence (error ``invoice_not_voidable``)."""
        scope = await self.companies.require(actor)
        invoice = await self._owned(invoice_id, scope)
        raise InvoiceNotVoidable({"status": invoice.status, "number": invoice.number or "",
                                  "draft": invoice.status == "draft"})

    async def correction_options(self, invoice_id: int, actor: Actor) -> CorrectionOptions:
        """What "editing" an invoice can mean right now: a draft is edited (or deleted); an
        issued one is corrected by 红冲, then 重开 (never 作废). Each option is a boolean, and
        every one that is not open has a reason code in ``reasons``."""
        scope = await self.companies.require(actor)
        invoice = await self._owned(invoice_id, scope)
        return correction_options_of(invoice.status, invoice.is_red, bool(invoice.pending_action))

    # -- reissue ----------------------------------------------------------------------------

    async def reissue(self, invoice_id: int, actor: Actor) -> InvoiceView:
        """重开: a new draft prefilled from a red-lettered (or a legacy voided) invoice, to correct and issue."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        async with self.audit.transaction() as conn:
            original = await self._owned(invoice_id, scope, conn)
            if original.is_red or original.status not in ("voided", "red_full", "red_partial"):
                raise InvoiceNotReissuable({"status": original.status})
            lines = await InvoiceLine.filter(invoice_id=original.id).using_db(conn).order_by("position")
            now = self.clock.now()
            draft = await Invoice.create(
                company_id=original.company_id, kind=original.kind, status="draft", reissued_from_id=original.id,
                buyer_name=original.buyer_name, buyer_tax_id=original.buyer_tax_id,
                buyer_address_phone=original.buyer_address_phone, buyer_bank_account=original.buyer_bank_account,
                buyer_is_person=original.buyer_is_person, buyer_email=original.buyer_email,
                buyer_phone=original.buyer_phone, seller_name=original.seller_name,
                seller_tax_id=original.seller_tax_id, seller_address_phone=original.seller_address_phone,
                seller_bank_account=original.seller_bank_account, price_includes_tax=original.price_includes_tax,
                total_amount=original.total_amount, total_tax=original.total_tax, total=original.total,
                remark=original.remark, issuer_name=original.issuer_name, created_by_id=scope.account_id,
                created_at=now, updated_at=now, using_db=conn,
            )
            await InvoiceLine.bulk_create(
                [InvoiceLine(invoice_id=draft.id, position=line.position, name=line.name,
                             printed_name=line.printed_name, tax_code=line.tax_code, spec=line.spec, unit=line.unit,
                             quantity=line.quantity, unit_price=line.unit_price, amount=line.amount,
                             rate_code=line.rate_code, tax=line.tax) for line in lines],
                using_db=conn,
            )
            await self._event(draft, actor, "created", conn, {"reissued_from": original.number})
            await self._event(original, actor, "reissued", conn, {"draft_id": draft.id})
        return await self.get(draft.id, actor)

