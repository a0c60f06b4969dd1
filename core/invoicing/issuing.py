"""Issuing through the national invoicing platform.

fapiao never numbers an invoice itself: the platform (``core.port_data.invoice_platform``) assigns the
number, the 开票日期 and the national QR payload, and fapiao stores them. Issuing is three
steps, none of which holds a database transaction open while the platform is called:

1. *claim*: the draft becomes ``issuing`` with its ``platform_request_id`` (one per invoice,
   kept across retries) -- or ``pending`` when the company requires 审核;
2. *call*: the platform issues it; when a call times out (outcome unknown) fapiao asks
   ``find_issued`` with the same request id before any retry, so there is never a second
   invoice;
3. *store*: number, date, QR payload and 校验 are written and the invoice is ``issued``.

A refusal (额度, a summary code, a rate that does not fit the code …) leaves nothing
half-written: the draft is a draft again (a one-step issue removes its draft). An outcome
that stays unknown leaves the invoice ``issuing``; issuing it again (or replaying the
Idempotency-Key) resolves it by the same request id.
"""

from __future__ import annotations

import asyncio
import secrets
import uuid
from datetime import datetime
from typing import Any, cast

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError

from core import telemetry
from core.adapters import hot_queries, hot_writes
from core.companies.models import Company, Customer
from core.companies.scope import Scope
from core.companies.taxpayer_auth import TaxpayerAuthService
from core.domain.actor import Actor
from core.domain.errors import IdempotencyMismatch, InvoiceStateConflict, ValidationFailed
from core.domain.roles import ROLE_PERMISSIONS, Permission, Role
from core.domain.tax_rates import rate_by_code
from core.invoicing.issue_statements import IssueStatements, Respond, response_json
from core.invoicing.models import IdempotencyRecord, Invoice, InvoiceEvent, InvoiceLine
from core.invoicing.views import (
    DraftInput,
    InvoiceView,
    IssueResult,
    in_hand_view,
    local_date,
    request_fingerprint,
    view_from_json,
)
from core.port_data.invoice_platform import (
    IssuedInvoice,
    IssueRequest,
    PlatformLine,
    PlatformOutcomeUnknown,
    PlatformRejected,
    PlatformUnavailable,
    RedRef,
)
from core.ports import IssuesInStatement, IssuesInTransaction

#: The issuer's membership in the current company, its company and its name (``_issuer``).
ISSUER = hot_queries.Sql("""
    SELECT m.role AS m_role, m.issuer_name AS m_issuer_name, a.display_name AS a_display_name, c.*
    FROM membership m
    JOIN account a ON a.id = m.account_id AND a.current_company_id = m.company_id
    JOIN company c ON c.id = m.company_id
    WHERE m.account_id = {}
""")

#: ``ISSUER``, taking the id of the invoice about to be stored (PostgreSQL: ``_store_claimed_draft_postgres``).
ISSUER_TAKING_ID = hot_queries.Sql(ISSUER.text.replace(
    "SELECT ", "SELECT nextval(pg_get_serial_sequence('invoice', 'id')) AS next_invoice_id, ", 1))

#: ``_touch_customer``'s UPDATE (the one-transaction path on SQLite).
TOUCH_CUSTOMER = hot_queries.Sql(
    'UPDATE "customer" SET "last_used_at" = {} WHERE "company_id" = {} AND "name" = {} AND "tax_id" = {}')

#: ``_replay``'s record: ``IdempotencyRecord.get_or_none(company_id=…, key=…)``.
IDEMPOTENCY_RECORD = hot_queries.Sql(
    f'SELECT {hot_queries.columns(IdempotencyRecord)} FROM "idempotency_record" WHERE "company_id" = {{}} AND "key" = {{}}')


#: Waits before the 2nd and 3rd attempt of a platform call whose outcome was unknown.
RETRY_DELAYS = (0.5, 2.0)


def draft_payload(draft: DraftInput) -> dict[str, Any]:
    """``dataclasses.asdict(draft)`` (what the idempotency fingerprint hashes) without its deep
    copy of every value: the draft's dataclasses hold only immutable scalars, so their fields
    are taken as they are (tests/unit/test_issuing_statements.py holds it to asdict)."""
    payload = dict(vars(draft))
    payload["buyer"] = dict(vars(draft.buyer))
    payload["lines"] = tuple(dict(vars(line)) for line in draft.lines)
    return payload


def platform_line(line: InvoiceLine) -> PlatformLine:
    rate = rate_by_code(line.rate_code)
    mark = ("exempt" if rate.code == "exempt" else "non_taxable") if rate.is_mark else ""
    return PlatformLine(name=line.printed_name, tax_code=line.tax_code, amount=line.amount, tax=line.tax,
                        rate=None if rate.is_mark else rate.rate, tax_mark=mark, spec=line.spec,  # type: ignore[arg-type]
                        unit=line.unit, quantity=line.quantity, unit_price=line.unit_price)


class Issuing(IssueStatements):
    retry_delays: tuple[float, ...] = RETRY_DELAYS

    # -- step 1: claim ----------------------------------------------------------------------

    async def _claim(self, invoice: Invoice, conn: BaseDBAsyncClient, company: Company | None = None) -> None:
        """The draft (or approved pending invoice) becomes ``issuing`` with its request id.
        ``company``: the invoice's company as this request read it (else it is read here)."""
        # Only for a taxpayer who authorised us through the platform (issue 13 #5): the one gate.
        TaxpayerAuthService.check_can_issue(company or await Company.get(id=invoice.company_id, using_db=conn))
        request_id = invoice.platform_request_id or uuid.uuid4().hex
        claimed = await Invoice.filter(id=invoice.id, status__in=["draft", "pending"]).using_db(conn).update(
            status="issuing", platform_request_id=request_id, updated_at=self.clock.now())
        if claimed != 1:
            raise InvoiceStateConflict({"status": invoice.status})
        invoice.status, invoice.platform_request_id = "issuing", request_id

    async def _issue_or_submit(self, invoice: Invoice, company: Company, scope: Scope, actor: Actor,
                               conn: BaseDBAsyncClient) -> bool:
        """Claim for issuing, or submit for approval; True when it waits for approval."""
        if self._needs_approval(company, scope):
            await Invoice.filter(id=invoice.id).using_db(conn).update(
                status="pending", pending_action="issue", updated_at=self.clock.now())
            await self._event(invoice, actor, "submitted", conn, {"action": "issue"})
            return True
        await self._claim(invoice, conn, company)
        return False

    # -- step 2: call the platform -------------------------------------------------------------

    async def _platform_request(self, invoice: Invoice, lines: list[InvoiceLine] | None = None) -> IssueRequest:
        assert invoice.platform_request_id
        if lines is None:
            lines = await InvoiceLine.filter(invoice_id=invoice.id).order_by("position")
        red = None
        if invoice.is_red:
            blue = await Invoice.get(id=invoice.original_id)
            red = RedRef(blue_number=blue.number or "", confirmation_no=invoice.red_confirmation_no)
        return IssueRequest(
            request_id=invoice.platform_request_id, seller_tax_id=invoice.seller_tax_id,
            seller_name=invoice.seller_name, kind="special" if invoice.kind == "special" else "ordinary",
            buyer_name=invoice.buyer_name, buyer_tax_id=invoice.buyer_tax_id,
            lines=tuple(platform_line(line) for line in lines), total_amount=invoice.total_amount,
            total_tax=invoice.total_tax, total=invoice.total, buyer_address_phone=invoice.buyer_address_phone,
            buyer_bank_account=invoice.buyer_bank_account, seller_address_phone=invoice.seller_address_phone,
            seller_bank_account=invoice.seller_bank_account, remark=invoice.remark,
            issuer_name=invoice.issuer_name, red=red,
        )

    async def _call_platform(self, request: IssueRequest) -> IssuedInvoice:
        """Issue, retrying only after the platform said the request produced nothing."""
        uncertain = False
        last: PlatformUnavailable | None = None
        for attempt in range(1 + len(self.retry_delays)):
            if attempt:
                await asyncio.sleep(self.retry_delays[attempt - 1])
                if uncertain:
                    try:
                        found = await self.platform.find_issued(request.seller_tax_id, request.request_id)
                    except PlatformUnavailable as exc:
                        last = exc
                        continue
                    if found is not None:
                        return found
            try:
                return await self.platform.issue(request)
            except PlatformOutcomeUnknown as exc:
                uncertain, last = True, exc
            except PlatformUnavailable as exc:
                last = exc
        assert last is not None
        if uncertain:
            raise PlatformOutcomeUnknown(last.provider_code, last.provider_message)
        raise last

    # -- step 3: store ----------------------------------------------------------------------

    async def _complete(self, invoice_id: int, actor: Actor, *, discard_on_refusal: bool = False,
                        claimed: tuple[Invoice, list[InvoiceLine]] | None = None,
                        respond: Respond | None = None) -> bool:
        """Issue an ``issuing`` invoice at the platform and store what it returns.
        ``claimed``: the invoice and its lines as this request just claimed them (committed
        ``issuing``), so they are not read again. True when this call stored the result (the
        invoice in hand is then as stored). ``respond`` (with ``claimed``): the idempotency
        record whose response is the invoice as stored, written with the result."""
        if claimed is not None:
            invoice, lines = claimed
        else:
            found = await Invoice.get_or_none(id=invoice_id)
            if found is None or found.status != "issuing":
                return False
            invoice, lines = found, None
        request = await self._platform_request(invoice, lines)
        try:
            issued = await self._call_platform(request)
        except PlatformOutcomeUnknown:
            raise  # stays ``issuing``: resolved by the same request id later
        except (PlatformRejected, PlatformUnavailable) as exc:
            await self._release(invoice, actor, exc, discard=discard_on_refusal)
            raise
        return await self._store_issued(invoice, issued, actor, respond=respond if lines is not None else None,
                                        lines=lines)

    async def _release(self, invoice: Invoice, actor: Actor, cause: Exception, *, discard: bool) -> None:
        """Nothing was issued: the invoice is a draft again, or (one-step issue) gone."""
        code = getattr(cause, "provider_code", "")
        async with self.audit.transaction() as conn:
            if discard:
                claimed = await Invoice.filter(id=invoice.id, status="issuing").using_db(conn).update(status="deleting")
                if claimed != 1:
                    return
                await IdempotencyRecord.filter(invoice_id=invoice.id).using_db(conn).delete()
                await InvoiceLine.filter(invoice_id=invoice.id).using_db(conn).delete()
                await InvoiceEvent.filter(invoice_id=invoice.id).using_db(conn).delete()
                await Invoice.filter(id=invoice.id, status="deleting").using_db(conn).delete()
                await self.audit.record(actor, "invoice.platform_refused", target=f"invoice:{invoice.id}",
                                        company_id=invoice.company_id, detail={"code": code, "discarded": True},
                                        connection=conn)
                return
            back = "draft"
            changed = await Invoice.filter(id=invoice.id, status="issuing").using_db(conn).update(
                status=back, pending_action="", pending_payload={}, updated_at=self.clock.now())
            if changed == 1:
                await self._event(invoice, actor, "platform_refused", conn, {"code": code})
                await self._released(invoice, conn)

    async def _released(self, invoice: Invoice, conn: BaseDBAsyncClient) -> None:
        """Hook: an invoice went back to draft after a refusal (corrections drop red drafts)."""

    async def _store_issued(self, invoice: Invoice, issued: IssuedInvoice, actor: Actor, *,
                            respond: Respond | None = None, lines: list[InvoiceLine] | None = None) -> bool:
        """Store what the platform returned; False when a concurrent completion of the same
        request stored it first. The invoice in hand is updated to what was stored. With
        ``respond`` (and the invoice's ``lines``) the idempotency record's response, the
        invoice as stored, is written with it (the same statement on PostgreSQL)."""
        now = self.clock.now()
        token = secrets.token_urlsafe(24)  # 192 bits: the verification URL cannot be guessed
        if not invoice.is_red and Tortoise.get_connection("default").capabilities.dialect == "postgres":
            stored = await self._store_issued_postgres(invoice, issued, actor, now, token, respond=respond, lines=lines)
        else:
            async with telemetry.count_issued_after_commit(), self.audit.transaction() as conn:
                stored = await self._store_issued_in(invoice, issued, actor, conn, now, token)
                if stored and respond is not None and lines is not None:
                    await IdempotencyRecord.filter(company_id=respond[0], key=respond[1]).using_db(conn).update(
                        response=response_json(in_hand_view(invoice, lines)))
        return stored

    async def _store_issued_in(self, invoice: Invoice, issued: IssuedInvoice, actor: Actor, conn: BaseDBAsyncClient,
                               now: datetime, token: str) -> bool:
        """:meth:`_store_issued` in the caller's transaction (opened under
        ``telemetry.count_issued_after_commit``)."""
        issue_date = local_date(issued.issued_at)
        claimed = await Invoice.filter(id=invoice.id, status="issuing").using_db(conn).update(
            status="issued", number=issued.number, issue_date=issue_date,
            issued_at=issued.issued_at, verify_token=token, qr_payload=issued.qr_payload,
            check_code=issued.check_code, pending_action="", pending_payload={}, updated_at=now,
        )
        if claimed != 1:
            return False  # stored by a concurrent completion of the same request
        invoice.status, invoice.number = "issued", issued.number
        await self._event(invoice, actor, "issued", conn, {"number": issued.number})
        await self._issued(invoice, actor, conn)
        telemetry.invoice_issued(invoice.kind, red=invoice.is_red)  # counted once this commits
        self._as_stored(invoice, issued, now, token)
        return True

    async def _issued(self, invoice: Invoice, actor: Actor, conn: BaseDBAsyncClient) -> None:
        """Hook: an invoice was just issued (corrections update the blue one of a red)."""

    # -- use cases ---------------------------------------------------------------------------

    async def issue(self, invoice_id: int, actor: Actor) -> InvoiceView:
        """Issue a draft (or submit it for approval when the company requires 审核); an
        invoice left ``issuing`` by an unknown outcome is resolved by its request id."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        company = await Company.get(id=scope.company_id)
        waiting = False
        # The sandbox's offer (SQLite): a blue draft is claimed, booked and stored in ONE transaction.
        local_issuer = self._local_issuer()
        done = False
        try:
            async with telemetry.count_issued_after_commit(), self.audit.transaction() as conn:
                invoice = await self._owned(invoice_id, scope, conn)
                if invoice.status == "draft":
                    waiting = await self._issue_or_submit(invoice, company, scope, actor, conn)
                    if not waiting and local_issuer is not None and not invoice.is_red:
                        issued = await local_issuer.issue_in_transaction(await self._platform_request(invoice), conn)
                        done = await self._store_issued_in(invoice, issued, actor, conn, self.clock.now(),
                                                           secrets.token_urlsafe(24))
                elif invoice.status != "issuing":
                    raise InvoiceStateConflict({"status": invoice.status})
        except PlatformRejected as exc:
            if local_issuer is None:
                raise
            # Refused inside the transaction: the claim rolled back with the booking, so the
            # invoice is a draft as before; recorded as the three steps record a refusal.
            async with self.audit.transaction() as conn:
                await self._event(invoice, actor, "platform_refused", conn, {"code": exc.provider_code})
            raise
        if not waiting and not done:
            await self._complete(invoice_id, actor)
        return await self._view(invoice_id, None, with_history=True)  # the scope was checked above

    async def issue_new(self, draft: DraftInput, actor: Actor, *, idempotency_key: str | None = None,
                        save_buyer: bool = False) -> IssueResult:
        """Create and issue in one go. With an idempotency key a replay returns the stored
        result, and the same key with a different request is refused."""
        scope, company, issuer, invoice_id = await self._issuer(actor)
        # Only an idempotent request keeps its fingerprint.
        fingerprint = request_fingerprint(draft_payload(draft)) if idempotency_key is not None else ""
        if idempotency_key is not None:
            key = idempotency_key.strip()
            if not key or len(key) > 128:
                raise ValidationFailed.one("Idempotency-Key", "idempotency_key_format")
            replay = await self._replay(scope, key, fingerprint, actor)
            if replay is not None:
                return replay
        new_buyer = False
        # Claimed for issuing as it is stored, unless it waits for approval (审核).
        claim = not self._needs_approval(company, scope)
        # The platform adapter may offer to issue inside this transaction (the sandbox on SQLite):
        # then draft, booking, result and the idempotent response commit together, once.
        local_issuer = self._local_issuer() if claim else None
        # Or (the sandbox on PostgreSQL) to book it inside the one statement that stores it.
        booking = self._statement_issuer() if claim and local_issuer is None else None
        lines: list[InvoiceLine] = []
        issued_view: InvoiceView | None = None
        waiting = False
        try:
            if booking is not None and issuer is not None and invoice_id is not None:
                # PostgreSQL, the sandbox: booking, invoice (as issued) and all written with it in one statement.
                issued_view, new_buyer = await self._issue_in_one_statement_postgres(
                    booking, company, draft, scope, actor, issuer=issuer, invoice_id=invoice_id, save_buyer=save_buyer,
                    idempotency=(idempotency_key.strip(), fingerprint) if idempotency_key is not None else None)
            elif claim and local_issuer is None and issuer is not None and invoice_id is not None:
                # PostgreSQL: the claimed draft and everything written with it in one statement.
                invoice, new_buyer = await self._store_claimed_draft_postgres(
                    company, draft, scope, actor, issuer=issuer, invoice_id=invoice_id, save_buyer=save_buyer,
                    idempotency=(idempotency_key.strip(), fingerprint) if idempotency_key is not None else None,
                    lines_out=lines)
            elif local_issuer is not None and issuer is not None:
                # SQLite: the invoice is written once, as issued (the platform books it first,
                # in the same transaction).
                issued_view, new_buyer = await self._issue_in_one_transaction(
                    local_issuer, company, draft, scope, actor, issuer=issuer, save_buyer=save_buyer,
                    idempotency=(idempotency_key.strip(), fingerprint) if idempotency_key is not None else None)
            else:
                async with telemetry.count_issued_after_commit(), self.audit.transaction() as conn:
                    invoice = await self._store_draft(company, draft, scope, actor, conn, issuer=issuer,
                                                      claim=claim, lines_out=lines)
                    new_buyer = await self._touch_customer(company.id, draft.buyer, conn, save=save_buyer)
                    if idempotency_key is not None:
                        # Written with the draft: the key exists exactly when the invoice does.
                        await IdempotencyRecord.create(
                            company_id=company.id, key=idempotency_key.strip(), fingerprint=fingerprint,
                            invoice_id=invoice.id, response={}, created_at=self.clock.now(), using_db=conn,
                        )
                    waiting = not claim and await self._issue_or_submit(invoice, company, scope, actor, conn)
                    if local_issuer is not None:
                        issued = await local_issuer.issue_in_transaction(
                            await self._platform_request(invoice, lines), conn)
                        await self._store_issued_in(invoice, issued, actor, conn, self.clock.now(),
                                                    secrets.token_urlsafe(24))
                        issued_view = in_hand_view(invoice, lines)
                        if idempotency_key is not None:
                            await IdempotencyRecord.filter(company_id=company.id, key=idempotency_key.strip()) \
                                .using_db(conn).update(response=response_json(issued_view))
        except IntegrityError:
            if idempotency_key is None:
                raise
            # A concurrent request with the same key committed first: answer as it did.
            replay = await self._replay(scope, idempotency_key.strip(), fingerprint, actor)
            if replay is None:
                raise
            return replay
        except PlatformRejected as exc:
            if local_issuer is None and booking is None:
                raise
            # Refused inside the one transaction (or statement): nothing of the draft was kept (the invoice id
            # it had is not kept either, so the entry names the company), as the three steps
            # record a discarded draft.
            await self.audit.record(actor, "invoice.platform_refused", target=f"company:{company.id}",
                                    company_id=company.id, detail={"code": exc.provider_code, "discarded": True})
            raise
        if issued_view is not None:
            return IssueResult(invoice=issued_view, new_buyer=new_buyer)
        stored = False
        # The response as first given, kept for replays (the invoice's status may move on later):
        # written with the result when this request stores it.
        respond = (company.id, idempotency_key.strip()) if idempotency_key is not None else None
        if not waiting:
            stored = await self._complete(invoice.id, actor, discard_on_refusal=True, claimed=(invoice, lines),
                                          respond=respond)
        # Issued by this request: the invoice and lines in hand are what was stored.
        view = in_hand_view(invoice, lines) if stored else await self._view(invoice.id, None)
        if respond is not None and not stored:
            await IdempotencyRecord.filter(company_id=respond[0], key=respond[1]).update(response=response_json(view))
        return IssueResult(invoice=view, new_buyer=new_buyer)

    async def _issue_in_one_transaction(
            self, local_issuer: IssuesInTransaction, company: Company, draft: DraftInput, scope: Scope, actor: Actor,
            *, issuer: str, save_buyer: bool, idempotency: tuple[str, str] | None) -> tuple[InvoiceView, bool]:
        """The sandbox's offer on SQLite (one writer, every commit an fsync): the platform's
        booking, the invoice written once as issued, its lines, both events (``created``,
        ``issued``), the buyer touched or saved, the idempotency record with its response and
        both audit entries, in ONE transaction; a refusal rolls all of it back (the number
        included). The rows are those the three steps store (tests/unit/test_issuing_statements.py);
        only the ORM's per-statement query building is left out. Returns the view and whether
        the buyer is new."""
        invoice, computed = self._draft_row(company, draft, scope, issuer=issuer, claim=True)
        lines = self._line_rows(0, computed)
        created_at = invoice.created_at
        async with telemetry.count_issued_after_commit(), self.audit.transaction() as conn:
            issued = await local_issuer.issue_in_transaction(await self._platform_request(invoice, lines), conn)
            now = self.clock.now()
            self._as_stored(invoice, issued, now, secrets.token_urlsafe(24))
            await hot_writes.insert(conn, invoice)
            for line in lines:
                line.invoice_id = invoice.id
            await hot_writes.insert_many(conn, lines)
            await hot_writes.insert_many(conn, [
                hot_writes.build(InvoiceEvent, {"invoice_id": invoice.id, "at": at, "actor_id": actor.account_id,
                                                "channel": actor.channel, "action": action, "detail": detail})
                for at, action, detail in ((created_at, "created", {}), (now, "issued", {"number": issued.number}))])
            target = f"invoice:{invoice.id}"
            await self.audit.record(actor, "invoice.created", target=target, company_id=company.id, connection=conn)
            await self.audit.record(actor, "invoice.issued", target=target, company_id=company.id,
                                    detail={"number": issued.number}, connection=conn)
            new_buyer = await self._touch_customer_sqlite(company.id, draft, conn, save=save_buyer)
            view = in_hand_view(invoice, lines)
            if idempotency is not None:
                # Written with the invoice: the key exists exactly when the invoice does.
                await hot_writes.insert(conn, hot_writes.build(IdempotencyRecord, {
                    "company_id": company.id, "key": idempotency[0], "fingerprint": idempotency[1],
                    "invoice_id": invoice.id, "response": response_json(view), "created_at": now}))
            await self._issued(invoice, actor, conn)
            telemetry.invoice_issued(invoice.kind, red=False)  # counted once this commits
        return view, new_buyer

    async def _touch_customer_sqlite(self, company_id: int, draft: DraftInput, conn: BaseDBAsyncClient, *,
                                     save: bool) -> bool:
        """``_touch_customer`` as two plain statements at most (held to it by the same tests)."""
        name, tax_id = self._customer_key(draft.buyer)
        now = self.clock.now()
        touched, _ = await conn.execute_query(TOUCH_CUSTOMER.render("sqlite"), [
            Customer._meta.fields_map["last_used_at"].to_db_value(now, None),  # type: ignore[arg-type]  # as the ORM update
            company_id, name, tax_id])
        if touched:
            return False
        if save:
            buyer = draft.buyer
            await hot_writes.insert(conn, hot_writes.build(Customer, {
                "company_id": company_id, "name": name, "tax_id": tax_id, "address_phone": buyer.address_phone,
                "bank_account": buyer.bank_account, "is_person": buyer.is_person, "email": buyer.email,
                "last_used_at": now}))
            return False
        return True

    def _statement_issuer(self) -> IssuesInStatement | None:
        """The platform adapter's booking inside the caller's statement, when its class offers
        it and it says yes now (core.ports.IssuesInStatement); else ``None``."""
        platform = self.platform
        if getattr(type(platform), "booking_ctes", None) is None:
            return None
        offer = cast(IssuesInStatement, platform)
        return offer if offer.statement_issuing() else None

    def _local_issuer(self) -> IssuesInTransaction | None:
        """The platform adapter's in-transaction issuing, when its class offers it and it says
        yes now (core.ports.IssuesInTransaction); else ``None``: the three steps."""
        platform = self.platform
        if getattr(type(platform), "issue_in_transaction", None) is None:
            return None
        offer = cast(IssuesInTransaction, platform)
        return offer if offer.transactional_issuing() else None

    async def _issuer(self, actor: Actor) -> tuple[Scope, Company, str | None, int | None]:
        """The issuer's scope, company and 开票人 in one query (no ORM query building): the
        membership in the account's current company, with its company and the account's
        name -- the rule of ``companies.require``, which finds out the refusal when this
        does not pass. The 开票人 is the member's own name, else the company's, else the
        member's registered name. On PostgreSQL the same query takes the id of the invoice
        about to be stored (its one statement names it in its audit entry); else None."""
        if actor.account_id is not None:
            postgres = Tortoise.get_connection("default").capabilities.dialect == "postgres"
            rows = await hot_queries.fetch(ISSUER_TAKING_ID if postgres else ISSUER, actor.account_id)
            if rows:
                row = dict(rows[0])
                role = Role(row["m_role"])
                if Permission.ISSUE_INVOICE in ROLE_PERMISSIONS[role]:
                    invoice_id = row.pop("next_invoice_id", None)
                    company = Company._init_from_db(**row)
                    scope = Scope(account_id=actor.account_id, company_id=company.id, role=role)
                    issuer = row["m_issuer_name"] or company.issuer_name or row["a_display_name"]
                    return scope, company, issuer, invoice_id
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        return scope, await Company.get(id=scope.company_id), None, None

    async def _replay(self, scope: Scope, key: str, fingerprint: str, actor: Actor) -> IssueResult | None:
        # Plain SQL, the row built as the ORM builds it (every idempotent issue asks this first).
        found = await hot_queries.fetch_rows(IdempotencyRecord, IDEMPOTENCY_RECORD, scope.company_id, key)
        if not found:
            return None
        record = found[0]
        if record.fingerprint != fingerprint:
            raise IdempotencyMismatch()
        if not record.response:  # committed, but the stored response was not written yet
            # Still at the platform (or its outcome was unknown): finish it by the same request id.
            await self._complete(record.invoice_id, actor, discard_on_refusal=True)
            if not await Invoice.exists(id=record.invoice_id):
                return None
            return IssueResult(invoice=await self._view(record.invoice_id, None), replayed=True)
        return IssueResult(invoice=view_from_json(record.response), replayed=True)
