"""InvoiceService: every invoicing use case behind one object, plus approval (审核),
which decides between them."""

from __future__ import annotations

from typing import Any

from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import (
    InvoiceStateConflict,
)
from core.domain.roles import Permission
from core.invoicing.corrections import Corrections
from core.invoicing.models import Invoice
from core.invoicing.views import (
    InvoiceView,
    RedLineRequest,
)


class InvoiceService(Corrections):
    """Drafting, issuing, corrections, queries and verification (see the modules of
    :mod:`core.invoicing`), and approval."""

    async def approve(self, invoice_id: int, actor: Actor) -> InvoiceView:
        """Carry out what waits for approval: issue (through the platform) or 红冲."""
        scope = await self.companies.require(actor, Permission.APPROVE)
        async with self.audit.transaction() as conn:
            invoice = await self._owned(invoice_id, scope, conn)
            if not invoice.pending_action:
                raise InvoiceStateConflict({"status": invoice.status})
            action, payload = invoice.pending_action, dict(invoice.pending_payload)
            await self._event(invoice, actor, "approved", conn, {"action": action})
            if action == "issue":
                await self._claim(invoice, conn)
            elif action == "void":  # from before 作废 was removed: nothing to carry out
                await Invoice.filter(id=invoice.id).using_db(conn).update(
                    pending_action="", pending_payload={}, updated_at=self.clock.now())
            elif action == "red":
                # Free the blue invoice for the 确认单 (a refusal leaves it as it was before).
                await Invoice.filter(id=invoice.id).using_db(conn).update(
                    pending_action="", pending_payload={}, updated_at=self.clock.now())
                invoice.pending_action = ""
        if action == "issue":
            await self._complete(invoice.id, actor)
        elif action == "red":
            requested: list[dict[str, Any]] = list(payload.get("lines") or [])  # type: ignore[call-overload]
            plan = await self._red_plan(invoice, [RedLineRequest(**item) for item in requested] or None)
            await self._start_red(invoice, str(payload["reason_code"]), plan, actor, invoice.created_by_id)
        return await self.get(invoice_id, actor)

    async def reject(self, invoice_id: int, reason: str, actor: Actor) -> InvoiceView:
        scope = await self.companies.require(actor, Permission.APPROVE)
        reason = validators.check_text(reason, "reason", max_len=200)
        async with self.audit.transaction() as conn:
            invoice = await self._owned(invoice_id, scope, conn)
            if not invoice.pending_action:
                raise InvoiceStateConflict({"status": invoice.status})
            back = "draft" if invoice.pending_action == "issue" else invoice.status
            await Invoice.filter(id=invoice.id).using_db(conn).update(
                status=back, pending_action="", pending_payload={}, updated_at=self.clock.now())
            await self._event(invoice, actor, "rejected", conn, {"action": invoice.pending_action, "reason": reason})
        return await self.get(invoice_id, actor)

