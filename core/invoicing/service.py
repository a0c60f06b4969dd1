"""InvoiceService: every invoicing use case behind one object, plus approval (审核),
which decides between them."""

from __future__ import annotations

from typing import Any

from core import telemetry
from core.adapters.models import (
    Company,
    Invoice,
)
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import (
    InvoiceStateConflict,
)
from core.domain.roles import Permission
from core.invoicing.corrections import Corrections
from core.invoicing.views import (
    InvoiceView,
    RedLineRequest,
)


class InvoiceService(Corrections):
    """Drafting, issuing, corrections, queries and verification (see the modules of
    :mod:`core.invoicing`), and approval."""

    async def approve(self, invoice_id: int, actor: Actor) -> InvoiceView:
        scope = await self.companies.require(actor, Permission.APPROVE)
        company = await Company.get(id=scope.company_id)
        async with telemetry.count_issued_after_commit(), self.audit.transaction() as conn:
            invoice = await self._owned(invoice_id, scope, conn)
            if not invoice.pending_action:
                raise InvoiceStateConflict({"status": invoice.status})
            action, payload = invoice.pending_action, dict(invoice.pending_payload)
            await self._event(invoice, actor, "approved", conn, {"action": action})
            if action == "issue":
                await self._issue_in(invoice, company, actor, conn)
            elif action == "void":
                await self._void_in(invoice, str(payload.get("reason", "")), actor, conn)
            elif action == "red":
                requested: list[dict[str, Any]] = list(payload.get("lines") or [])  # type: ignore[call-overload]
                await self._red_or_confirmation(invoice, company, str(payload["reason_code"]),
                                                [RedLineRequest(**item) for item in requested] or None, actor,
                                                conn, scope)
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

