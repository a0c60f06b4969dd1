"""A one-step issue's writes on PostgreSQL, each ONE statement of data-modifying CTEs.

:class:`core.invoicing.issuing.Issuing` runs the three steps (claim → platform → store); on
PostgreSQL a blue one-step issue (``issue_new``) stores the claimed draft and then the result,
each as one statement with its audit entry (``AuditLog.write_with_entries``), so each is its
own implicit transaction that holds the audit chain head for that statement only. The rows
are those the ORM path stores, in the same lock order (business rows → audit head);
tests/unit/test_issuing_statements.py holds them equal on both backends.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime
from typing import Any

from core import telemetry
from core.adapters import hot_queries, hot_writes
from core.audit.log import HEAD_EXISTS
from core.companies.models import Company, Customer
from core.companies.scope import Scope
from core.domain.actor import Actor
from core.invoicing.drafting import Drafting
from core.invoicing.models import IdempotencyRecord, Invoice, InvoiceEvent, InvoiceLine
from core.invoicing.views import DraftInput, InvoiceView, in_hand_view, local_date
from core.port_data.invoice_platform import IssuedInvoice, IssueRequest
from core.ports import IssuesInStatement

#: An idempotency record: (company id, key).
Respond = tuple[int, str]
#: Stand-ins for the number and the QR payload the platform's booking takes in the statement that
#: writes them, in the texts made before it (the idempotent response, the audit entry's detail):
#: letters and digits, random per process, so no user's text holds them.
NUMBER_MARK = f"fapiaonumber{secrets.token_hex(12)}"
QR_MARK = f"fapiaoqr{secrets.token_hex(12)}"
#: The invoice's columns the booking's CTE gives (the invoice's INSERT selects FROM "booked"):
#: columns of a CTE in the FROM clause, not subqueries -- each subquery is one more sub-plan that
#: PostgreSQL initialises for every execution and again for each re-check of a row updated since
#: the statement began (the audit chain head's, twice per issue).
_BOOKED = {"number": '"booked"."number"', "qr_payload": '"booked"."qr_payload"', "check_code": '"booked"."check_code"'}
#: What :meth:`IssueStatements._as_stored` changes on the invoice in hand.
_STORED_FIELDS = ("status", "number", "issue_date", "issued_at", "verify_token", "updated_at", "qr_payload",
                  "check_code", "pending_action", "pending_payload")


def response_json(view: InvoiceView) -> dict[str, Any]:
    """``view_to_json(view)`` (the idempotent response stored for replays) without ``asdict``'s
    deep copy: the view's dataclasses are frozen and JSON does not change what it encodes
    (tests/unit/test_issuing_statements.py holds it to view_to_json)."""
    data = dict(vars(view))
    data["lines"] = [dict(vars(line)) for line in view.lines]
    data["events"] = [dict(vars(event)) for event in view.events]
    result: dict[str, Any] = json.loads(json.dumps(data, default=str))
    return result


def _touched_buyer_cte(at: str, company_id: str, name: str, tax_id: str) -> str:
    """``"cust"``: the company's saved customer with this buyer's name and tax id, if any, marked used
    ``at`` once the invoice is written (the arguments are the statement's ``$n`` placeholders)."""
    return (f'"cust" AS (UPDATE "customer" SET "last_used_at" = {at}::timestamptz '
            f'WHERE "company_id" = {company_id}::int AND "name" = {name}::text '
            f'AND "tax_id" = {tax_id}::text AND EXISTS (SELECT 1 FROM "inv") RETURNING 1)')


def _saved_buyer_cte(draft: DraftInput, company_id: int, name: str, tax_id: str, now: datetime,
                     params: list[Any]) -> str:
    """The buyer saved to the company's customers with the invoice, unless the ``"cust"`` CTE found
    (and touched) it already."""
    buyer = draft.buyer
    saved = hot_writes.build(Customer, {
        "company_id": company_id, "name": name, "tax_id": tax_id, "address_phone": buyer.address_phone,
        "bank_account": buyer.bank_account, "is_person": buyer.is_person, "email": buyer.email,
        "last_used_at": now})
    return hot_queries.insert_cte("saved", [saved], 'FROM "inv" WHERE NOT EXISTS (SELECT 1 FROM "cust")', params)


class IssueStatements(Drafting):
    async def _platform_request(self, invoice: Invoice, lines: list[InvoiceLine] | None = None) -> IssueRequest:
        """What the platform is asked (step 2 of ``Issuing``, which defines it)."""
        raise NotImplementedError

    @staticmethod
    def _as_stored(invoice: Invoice, issued: IssuedInvoice, now: datetime, token: str) -> None:
        """The invoice in hand becomes what was stored."""
        invoice.status, invoice.number, invoice.issue_date = "issued", issued.number, local_date(issued.issued_at)
        invoice.issued_at, invoice.verify_token, invoice.updated_at = issued.issued_at, token, now
        invoice.qr_payload, invoice.check_code = issued.qr_payload, issued.check_code
        invoice.pending_action, invoice.pending_payload = "", {}

    async def _store_claimed_draft_postgres(
            self, company: Company, draft: DraftInput, scope: Scope, actor: Actor, *, issuer: str, invoice_id: int,
            save_buyer: bool, idempotency: tuple[str, str] | None, lines_out: list[InvoiceLine]) -> tuple[Invoice, bool]:
        """PostgreSQL: the draft claimed for issuing, its lines, its ``created`` event, the buyer
        touched (or saved), the idempotency record (key, fingerprint) and the audit entry in ONE
        statement, so in one implicit transaction that holds the audit chain head for that
        statement only (it was BEGIN, five statements, the append and COMMIT). ``invoice_id``
        was taken beforehand (``Issuing._issuer``): the entry names it. Returns the invoice as stored
        and whether the buyer is new (as ``_touch_customer`` says)."""
        invoice, computed = self._draft_row(company, draft, scope, issuer=issuer, claim=True, invoice_id=invoice_id)
        lines = self._line_rows(invoice_id, computed)
        now = self.clock.now()
        params: list[Any] = []
        name, tax_id = self._customer_key(draft.buyer)
        event = hot_writes.build(InvoiceEvent, {"invoice_id": invoice_id, "at": now, "actor_id": actor.account_id,
                                                "channel": actor.channel, "action": "created", "detail": {}})
        lead = [
            hot_queries.insert_cte("inv", [invoice], f"WHERE {HEAD_EXISTS}", params, returning='"id"'),
            hot_queries.insert_cte("lines", lines, 'FROM "inv"', params),
            hot_queries.insert_cte("event", [event], 'FROM "inv"', params),
        ]
        first = len(params)
        params += [now, company.id, name, tax_id]
        lead.append(_touched_buyer_cte(*(f"${first + k}" for k in range(1, 5))))
        if save_buyer:
            lead.append(_saved_buyer_cte(draft, company.id, name, tax_id, now, params))
        if idempotency is not None:
            # Written with the draft: the key exists exactly when the invoice does.
            record = hot_writes.build(IdempotencyRecord, {
                "company_id": company.id, "key": idempotency[0], "fingerprint": idempotency[1],
                "invoice_id": invoice_id, "response": {}, "created_at": now})
            lead.append(hot_queries.insert_cte("idem", [record], 'FROM "inv"', params))
        entry = self.audit.entry(actor, "invoice.created", target=f"invoice:{invoice_id}", company_id=company.id,
                                 detail={})
        row = await self.audit.write_with_entries(lead, params, "inv", [entry],
                                                  returning='(SELECT count(*) FROM "cust") AS "touched"')
        if row is None:  # the guard (the head exists) failed after write_with_entries created the head
            raise RuntimeError("the draft was not stored")
        lines_out.extend(lines)
        return invoice, not row["touched"] and not save_buyer

    async def _store_issued_postgres(self, invoice: Invoice, issued: IssuedInvoice, actor: Actor, now: datetime,
                                     token: str, *, respond: Respond | None = None,
                                     lines: list[InvoiceLine] | None = None) -> bool:
        """A blue invoice's result, its ``issued`` event, the audit entry and (``respond``, with
        the invoice's ``lines``: the record) the idempotency record's response, the invoice as
        stored, in ONE statement (the transaction holds the audit chain head for that statement
        only); False when a concurrent completion of the same request stored it first. The
        invoice in hand is updated to what was stored."""
        response = None
        if respond is not None and lines is not None:
            before = {name: getattr(invoice, name) for name in _STORED_FIELDS}
            self._as_stored(invoice, issued, now, token)
            response = response_json(in_hand_view(invoice, lines))
            for name, value in before.items():  # the invoice in hand changes only once stored
                setattr(invoice, name, value)
        detail = {"number": issued.number}
        params: list[Any] = [issued.number, local_date(issued.issued_at), issued.issued_at, token, issued.qr_payload,
                             issued.check_code, now, invoice.id, actor.account_id, actor.channel,
                             json.dumps(detail, ensure_ascii=False)]
        lead = [
            '"stored" AS (UPDATE "invoice" SET "status" = \'issued\', "number" = $1::text, "issue_date" = $2::date, '
            '"issued_at" = $3::timestamptz, "verify_token" = $4::text, "qr_payload" = $5::text, "check_code" = $6::text, '
            '"pending_action" = \'\', "pending_payload" = \'{}\'::jsonb, "updated_at" = $7::timestamptz '
            f'WHERE "id" = $8::int AND "status" = \'issuing\' AND {HEAD_EXISTS} RETURNING "id")',
            '"event" AS (INSERT INTO "invoice_event" ("at", "actor_id", "channel", "action", "detail", "invoice_id") '
            'SELECT $7::timestamptz, $9::int, $10::text, \'issued\', $11::jsonb, "id" FROM "stored")',
        ]
        if respond is not None and response is not None:
            company_id, key = respond
            params += [json.dumps(response, ensure_ascii=False), company_id, key]
            lead.append('"respond" AS (UPDATE "idempotency_record" SET "response" = $12::jsonb '
                        'WHERE "company_id" = $13::int AND "key" = $14::text AND EXISTS (SELECT 1 FROM "stored"))')
        entry = self.audit.entry(actor, "invoice.issued", target=f"invoice:{invoice.id}", company_id=invoice.company_id,
                                 detail=detail)
        stored = await self.audit.write_with_entries(lead, params, "stored", [entry]) is not None
        if stored:
            telemetry.invoice_issued(invoice.kind, red=False)
            self._as_stored(invoice, issued, now, token)
        return stored

    async def _issue_in_one_statement_postgres(
            self, booking: IssuesInStatement, company: Company, draft: DraftInput, scope: Scope, actor: Actor, *,
            issuer: str, invoice_id: int, save_buyer: bool,
            idempotency: tuple[str, str] | None) -> tuple[InvoiceView, bool]:
        """PostgreSQL with the sandbox's offer (``core.ports.IssuesInStatement``): the whole
        one-step issue in ONE statement and one commit -- the platform's booking (额度, number,
        its record), the invoice written once, as issued, its lines, both events (``created``,
        ``issued``), the buyer touched or saved, the idempotency record with its response and
        both audit entries -- the rows the three steps store (tests/unit/test_issuing_statements.py).
        The three steps wrote the invoice twice (the draft's row, then the result's UPDATE of
        every indexed column), committed three times and took the audit chain head twice. A
        refusal of the booking writes nothing (the number is not taken). Returns the view and
        whether the buyer is new."""
        invoice, computed = self._draft_row(company, draft, scope, issuer=issuer, claim=True, invoice_id=invoice_id)
        lines = self._line_rows(invoice_id, computed)
        request = await self._platform_request(invoice, lines)
        params: list[Any] = []
        booking_ctes, issued_at = booking.booking_ctes(request, params)
        now = self.clock.now()
        token = secrets.token_urlsafe(24)  # 192 bits: the verification URL cannot be guessed
        created_at = invoice.created_at
        assert invoice.platform_request_id is not None
        self._as_stored(invoice, IssuedInvoice(request_id=invoice.platform_request_id, number=NUMBER_MARK,
                                               issued_at=issued_at, qr_payload=QR_MARK, check_code=""), now, token)
        name, tax_id = self._customer_key(draft.buyer)
        lead = [booking_ctes, hot_queries.insert_cte("inv", [invoice], f'FROM "booked" WHERE {HEAD_EXISTS}', params,
                                                     returning='"id", "number", "qr_payload", "check_code"',
                                                     computed=_BOOKED)]
        lead.append(hot_queries.insert_cte("lines", lines, 'FROM "inv"', params))
        first = len(params)
        params += [created_at, now, actor.account_id, actor.channel, company.id, name, tax_id]
        at, issued, actor_id, channel, company_id, buyer_name, buyer_tax_id = (f"${first + k}" for k in range(1, 8))
        lead.append(f'"event" AS (INSERT INTO "invoice_event" ("at", "actor_id", "channel", "action", "detail", '
                    f'"invoice_id") SELECT {at}::timestamptz, {actor_id}::int, {channel}::text, \'created\', '
                    f'\'{{}}\'::jsonb, "id" FROM "inv" UNION ALL SELECT {issued}::timestamptz, {actor_id}::int, '
                    f'{channel}::text, \'issued\', jsonb_build_object(\'number\', "number"), "id" FROM "inv")')
        lead.append(_touched_buyer_cte(issued, company_id, buyer_name, buyer_tax_id))
        if save_buyer:
            lead.append(_saved_buyer_cte(draft, company.id, name, tax_id, now, params))
        if idempotency is not None:
            # Written with the invoice: the key exists exactly when the invoice does, and its
            # response is the invoice as stored (the number and QR payload put in by the statement).
            params.append(json.dumps(response_json(in_hand_view(invoice, lines)), ensure_ascii=False))
            response = (f"replace(replace(${len(params)}::text, '{NUMBER_MARK}', \"inv\".\"number\"), "
                        f"'{QR_MARK}', \"inv\".\"qr_payload\")")
            record = hot_writes.build(IdempotencyRecord, {
                "company_id": company.id, "key": idempotency[0], "fingerprint": idempotency[1],
                "invoice_id": invoice_id, "response": {}, "created_at": now})
            lead.append(hot_queries.insert_cte("idem", [record], 'FROM "inv"', params, computed={"response": response}))
        target = f"invoice:{invoice_id}"
        entries = [self.audit.entry(actor, "invoice.created", target=target, company_id=company.id, detail={}),
                   self.audit.entry(actor, "invoice.issued", target=target, company_id=company.id,
                                    detail={"number": NUMBER_MARK})]
        row = await self.audit.write_with_entries(
            lead, params, "inv", entries, fill=(NUMBER_MARK, '(SELECT "number" FROM "inv")', '"inv"'),
            returning='(SELECT count(*) FROM "cust") AS "touched", "inv"."number", "inv"."qr_payload", '
                      '"inv"."check_code"')
        if row is None:  # the booking returned nothing (the head exists: write_with_entries made sure)
            raise await booking.booking_refusal(request, issued_at)
        invoice.number, invoice.qr_payload, invoice.check_code = row["number"], row["qr_payload"], row["check_code"]
        telemetry.invoice_issued(invoice.kind, red=False)
        return in_hand_view(invoice, lines), not row["touched"] and not save_buyer
