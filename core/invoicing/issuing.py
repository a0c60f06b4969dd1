"""Issuing: a draft (or a new invoice in one step, idempotent by key) gets its number and
date, or waits for approval when the company requires 审核."""

from __future__ import annotations

import secrets
from dataclasses import asdict
from datetime import date

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError

from core import telemetry
from core.adapters.models import (
    Company,
    IdempotencyRecord,
    Invoice,
)
from core.domain.actor import Actor
from core.domain.errors import (
    IdempotencyMismatch,
    InvoiceStateConflict,
    ValidationFailed,
)
from core.domain.invoice_number import format_number
from core.domain.roles import Permission
from core.invoicing.drafting import Drafting
from core.invoicing.views import (
    CHANNEL_DIGIT,
    DraftInput,
    InvoiceView,
    IssueResult,
    request_fingerprint,
    view_from_json,
    view_to_json,
)
from core.services.companies import Scope


class Issuing(Drafting):
    async def _allocate_number(self, conn: BaseDBAsyncClient, company: Company, on: date) -> str:
        series = f"{on.year}-{company.region}"
        dialect = conn.capabilities.dialect
        mark = "$1" if dialect == "postgres" else "?"
        await conn.execute_query(
            f'INSERT INTO "invoice_counter" ("series", "last_value") VALUES ({mark}, 0) ON CONFLICT ("series") DO NOTHING',
            [series],
        )
        rows = await conn.execute_query_dict(
            f'UPDATE "invoice_counter" SET "last_value" = "last_value" + 1 WHERE "series" = {mark} '
            'RETURNING "last_value"',
            [series],
        )
        return format_number(on.year, company.region, CHANNEL_DIGIT, int(rows[0]["last_value"]))

    async def _issue_in(self, invoice: Invoice, company: Company, actor: Actor, conn: BaseDBAsyncClient,
                        action: str = "issued") -> None:
        """Give the invoice its number and date, inside the caller's transaction.

        The series counter row is the one lock every issuer in the province shares, so it is
        taken last: everything else is written first, and the caller commits right after.
        """
        on = self.today()
        token = secrets.token_urlsafe(24)  # 192 bits: the verification URL cannot be guessed
        await self._event(invoice, actor, action, conn)
        number = await self._allocate_number(conn, company, on)
        # One guarded UPDATE: when the invoice is no longer a draft (a concurrent issue won),
        # nothing changes and raising rolls the counter back with everything else.
        claimed = await Invoice.filter(id=invoice.id, status__in=["draft", "pending"]).using_db(conn).update(
            status="issued", number=number, issue_date=on, issued_at=self.clock.now(), verify_token=token,
            pending_action="", pending_payload={}, updated_at=self.clock.now(),
        )
        if claimed != 1:
            raise InvoiceStateConflict({"status": invoice.status})
        invoice.status, invoice.number, invoice.issue_date, invoice.verify_token = "issued", number, on, token
        telemetry.invoice_issued(invoice.kind, red=invoice.is_red)  # counted once the caller commits

    async def issue(self, invoice_id: int, actor: Actor) -> InvoiceView:
        """Issue a draft (or submit it for approval when the company requires 审核)."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        company = await Company.get(id=scope.company_id)
        async with telemetry.count_issued_after_commit(), self.audit.transaction() as conn:
            invoice = await self._owned(invoice_id, scope, conn)
            if invoice.status != "draft":
                raise InvoiceStateConflict({"status": invoice.status})
            await self._issue_or_submit(invoice, company, scope, actor, conn)
        return await self.get(invoice_id, actor)

    async def _issue_or_submit(self, invoice: Invoice, company: Company, scope: Scope, actor: Actor,
                               conn: BaseDBAsyncClient) -> None:
        if self._needs_approval(company, scope):
            await Invoice.filter(id=invoice.id).using_db(conn).update(
                status="pending", pending_action="issue", updated_at=self.clock.now())
            await self._event(invoice, actor, "submitted", conn, {"action": "issue"})
        else:
            await self._issue_in(invoice, company, actor, conn)

    async def issue_new(self, draft: DraftInput, actor: Actor, *, idempotency_key: str | None = None,
                        save_buyer: bool = False) -> IssueResult:
        """Create and issue in one transaction. With an idempotency key a replay returns the
        stored result, and the same key with a different request is refused."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        company = await Company.get(id=scope.company_id)
        fingerprint = request_fingerprint(asdict(draft))
        if idempotency_key is not None:
            key = idempotency_key.strip()
            if not key or len(key) > 128:
                raise ValidationFailed.one("Idempotency-Key", "idempotency_key_format")
            replay = await self._replay(scope, key, fingerprint, actor)
            if replay is not None:
                return replay
        new_buyer = False
        try:
            async with telemetry.count_issued_after_commit(), self.audit.transaction() as conn:
                invoice = await self._store_draft(company, draft, scope, actor, conn)
                new_buyer = await self._touch_customer(company.id, draft.buyer, conn, save=save_buyer)
                if idempotency_key is not None:
                    # Written in the issuing transaction: the key exists exactly when the invoice does.
                    await IdempotencyRecord.create(
                        company_id=company.id, key=idempotency_key.strip(), fingerprint=fingerprint,
                        invoice_id=invoice.id, response={}, created_at=self.clock.now(), using_db=conn,
                    )
                await self._issue_or_submit(invoice, company, scope, actor, conn)
        except IntegrityError:
            if idempotency_key is None:
                raise
            # A concurrent request with the same key committed first: answer as it did.
            replay = await self._replay(scope, idempotency_key.strip(), fingerprint, actor)
            if replay is None:
                raise
            return replay
        view = await self._view(invoice.id, None)
        if idempotency_key is not None:
            # The response as first given, kept for replays (the invoice's status may move on later).
            await IdempotencyRecord.filter(company_id=company.id, key=idempotency_key.strip()).update(
                response=view_to_json(view))
        return IssueResult(invoice=view, new_buyer=new_buyer)

    async def _replay(self, scope: Scope, key: str, fingerprint: str, actor: Actor) -> IssueResult | None:
        record = await IdempotencyRecord.get_or_none(company_id=scope.company_id, key=key)
        if record is None:
            return None
        if record.fingerprint != fingerprint:
            raise IdempotencyMismatch()
        if not record.response:  # committed, but the stored response was not written yet
            return IssueResult(invoice=await self._view(record.invoice_id, None), replayed=True)
        return IssueResult(invoice=view_from_json(record.response), replayed=True)

