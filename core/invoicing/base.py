"""The state every invoicing use case shares: clock, audit log, companies, and the
few helpers they all call (ownership, events, loading a view)."""

from __future__ import annotations

from datetime import date
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from core.audit.log import AuditLog
from core.companies.models import Company
from core.companies.scope import Scope
from core.companies.service import CompanyService
from core.domain.actor import Actor
from core.domain.errors import (
    InvoiceNotEditable,
    NotFound,
)
from core.domain.roles import Role
from core.invoicing import hot_reads
from core.invoicing.models import Invoice, InvoiceEvent, InvoiceLine
from core.invoicing.views import (
    InvoiceView,
    local_date,
    to_view,
)
from core.ports import Clock, InvoicePlatform


class InvoicingBase:
    def __init__(self, clock: Clock, audit: AuditLog, companies: CompanyService, public_base_url: str,
                 platform: InvoicePlatform) -> None:
        self.clock = clock
        self.audit = audit
        self.companies = companies
        self.public_base_url = public_base_url
        #: The national invoicing platform: it numbers and issues every invoice.
        self.platform = platform

    def today(self) -> date:
        return local_date(self.clock.now())

    async def _event(self, invoice: Invoice, actor: Actor, action: str, conn: BaseDBAsyncClient,
                     detail: dict[str, Any] | None = None) -> None:
        await InvoiceEvent.create(invoice_id=invoice.id, at=self.clock.now(), actor_id=actor.account_id,
                                  channel=actor.channel, action=action, detail=detail or {}, using_db=conn)
        await self.audit.record(actor, f"invoice.{action}", target=f"invoice:{invoice.id}",
                                company_id=invoice.company_id, detail=detail, connection=conn)

    @staticmethod
    def _require_draft(invoice: Invoice) -> None:
        if invoice.status != "draft":
            raise InvoiceNotEditable({"status": invoice.status, "number": invoice.number or ""})

    async def _owned(self, invoice_id: int, scope: Scope, conn: BaseDBAsyncClient | None = None) -> Invoice:
        query = Invoice.filter(id=invoice_id, company_id=scope.company_id)
        invoice = await (query.using_db(conn) if conn else query).first()
        if invoice is None:
            raise NotFound({"what": "invoice"})
        return invoice

    def _needs_approval(self, company: Company, scope: Scope) -> bool:
        return company.approval_required and scope.role not in (Role.OWNER, Role.ADMIN)

    async def get(self, invoice_id: int, actor: Actor) -> InvoiceView:
        scope = await self.companies.require(actor)
        view = await hot_reads.view_by_id(invoice_id, scope.company_id, with_history=True)
        if view is None:
            raise NotFound({"what": "invoice"})
        return view

    async def _view(self, invoice_id: int, conn: BaseDBAsyncClient | None, *,
                    with_history: bool = False) -> InvoiceView:
        """The invoice's view, read on ``conn`` (a transaction's), or outside any transaction when None."""
        if conn is None:  # no ORM query building or model rows (the chat's and the API's reads)
            view = await hot_reads.view_by_id(invoice_id, with_history=with_history)
            if view is None:
                raise NotFound({"what": "invoice"})
            return view
        invoice = await Invoice.filter(id=invoice_id).using_db(conn).get()
        lines = await InvoiceLine.filter(invoice_id=invoice_id).order_by("position").using_db(conn)
        events = []
        if with_history:
            events = await InvoiceEvent.filter(invoice_id=invoice_id).order_by("id").using_db(conn)
        return to_view(invoice, lines, events)
