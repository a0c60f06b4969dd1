"""Corrections of issued invoices: 作废, the options an issued invoice has, and 重开.
红冲 lives in ``core.invoicing.red_letter`` and the 确认单 in ``core.invoicing.confirmations``."""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from core.adapters.models import Company, Invoice, InvoiceLine
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import InvoiceNotReissuable, InvoiceNotVoidable, InvoiceStateConflict
from core.domain.roles import Permission
from core.invoicing.confirmations import RedConfirmations
from core.invoicing.views import InvoiceView


class Corrections(RedConfirmations):
    def _void_refusal(self, invoice: Invoice) -> str | None:
        if invoice.is_red:
            return "red"
        if invoice.status != "issued" or invoice.pending_action:
            return "status"
        if invoice.filed:
            return "filed"
        today = self.today()
        if invoice.issue_date is None or (invoice.issue_date.year, invoice.issue_date.month) != (today.year, today.month):
            return "other_month"
        return None

    async def void(self, invoice_id: int, reason: str, actor: Actor) -> InvoiceView:
        """作废: only this calendar month's invoices not yet in a filed return; otherwise 红冲."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        company = await Company.get(id=scope.company_id)
        reason = validators.check_text(reason, "reason", max_len=200)
        async with self.audit.transaction() as conn:
            invoice = await self._owned(invoice_id, scope, conn)
            why = self._void_refusal(invoice)
            if why is not None:
                raise InvoiceNotVoidable({"why": why, "status": invoice.status, "number": invoice.number or ""})
            if self._needs_approval(company, scope):
                await Invoice.filter(id=invoice.id).using_db(conn).update(
                    pending_action="void", pending_payload={"reason": reason}, updated_at=self.clock.now())
                await self._event(invoice, actor, "submitted", conn, {"action": "void", "reason": reason})
            else:
                await self._void_in(invoice, reason, actor, conn)
        return await self.get(invoice_id, actor)

    async def _void_in(self, invoice: Invoice, reason: str, actor: Actor, conn: BaseDBAsyncClient) -> None:
        changed = await Invoice.filter(id=invoice.id, status="issued").using_db(conn).update(
            status="voided", reason=reason, pending_action="", pending_payload={}, updated_at=self.clock.now())
        if changed != 1:
            raise InvoiceStateConflict({"status": invoice.status})
        await self._event(invoice, actor, "voided", conn, {"reason": reason})

    async def correction_options(self, invoice_id: int, actor: Actor) -> dict[str, Any]:
        """What "editing" an issued invoice can mean right now, and why (作废 / 红冲 / 重开)."""
        scope = await self.companies.require(actor)
        invoice = await self._owned(invoice_id, scope)
        if invoice.status == "draft":
            return {"editable": True, "void": None, "red": False, "reissue": False}
        return {
            "editable": False,
            "void": self._void_refusal(invoice),  # None = voidable
            "red": not invoice.is_red and invoice.status in ("issued", "red_partial"),
            "reissue": invoice.status in ("voided", "red_full", "red_partial") and not invoice.is_red,
        }

    # -- reissue ----------------------------------------------------------------------------

    async def reissue(self, invoice_id: int, actor: Actor) -> InvoiceView:
        """重开: a new draft prefilled from a voided or red-lettered invoice, to correct and issue."""
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

