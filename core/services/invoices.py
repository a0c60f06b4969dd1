"""Invoices: drafts, issuing with gapless numbers, approval, void, red-letter, reissue,
queries and public verification.

An issued invoice is immutable; only its status moves (已作废, 已红冲, 部分红冲).
Corrections are new invoices (red ones with negative amounts) linked to the blue one.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Literal
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from core import telemetry
from core.adapters.models import (
    Account,
    Company,
    Customer,
    IdempotencyRecord,
    Invoice,
    InvoiceEvent,
    InvoiceLine,
    RedConfirmation,
)
from core.domain import tax_codes, validators
from core.domain.actor import Actor
from core.domain.amount_in_words import amount_in_words
from core.domain.errors import (
    FieldChecks,
    IdempotencyMismatch,
    InvoiceNotEditable,
    InvoiceNotRedLetterable,
    InvoiceNotReissuable,
    InvoiceNotVoidable,
    InvoiceStateConflict,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from core.domain.invoice_document import InvoiceDocument, LineView, PartyView
from core.domain.invoice_math import Line, LineInput, check_limit, compute_line, compute_totals
from core.domain.invoice_number import format_number
from core.domain.money import to_money
from core.domain.roles import Permission, Role
from core.domain.tax_rates import TaxpayerKind, TaxRate, default_rate_for, parse_rate, rate_by_code
from core.domain.taxpayer_id import normalize_tax_id
from core.ports import Clock
from core.services.audit import AuditLog
from core.services.companies import CompanyService, Scope

CHINA = ZoneInfo("Asia/Shanghai")
#: 开票渠道 digit in the 20-digit number: 1 = our platform's channel.
CHANNEL_DIGIT = 1
RED_REASONS = ("mistake", "return", "suspension", "allowance")  # 开票有误, 销货退回, 服务中止, 销售折让
KINDS = ("normal", "special")
Status = Literal["draft", "pending", "issued", "voided", "red_partial", "red_full"]
DEFAULT_PAGE = 20
#: A 红字确认单 the buyer has not confirmed within 72 hours lapses.
CONFIRMATION_WINDOW = timedelta(hours=72)
MAX_PAGE = 100


# -- inputs --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuyerInput:
    name: str
    tax_id: str = ""
    address_phone: str = ""
    bank_account: str = ""
    is_person: bool = False
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class LineDraft:
    name: str
    amount: str | None = None
    quantity: str | None = None
    unit_price: str | None = None
    rate: str | None = None
    tax_code: str | None = None
    spec: str = ""
    unit: str = ""


@dataclass(frozen=True)
class DraftInput:
    kind: str
    buyer: BuyerInput
    lines: tuple[LineDraft, ...]
    price_includes_tax: bool = True
    remark: str = ""


@dataclass(frozen=True)
class RedLineRequest:
    position: int
    quantity: str | None = None
    amount: str | None = None  # 金额 excluding tax, positive
    total: str | None = None  # 价税合计 of the part to cancel (tax included), positive


@dataclass(frozen=True)
class InvoiceFilter:
    number: str = ""
    legacy_code: str = ""
    date_from: date | None = None
    date_to: date | None = None
    buyer: str = ""
    status: str = ""
    kind: str = ""
    min_total: Decimal | None = None
    max_total: Decimal | None = None
    sort: Literal["-id", "id", "-total", "total"] = "-id"
    cursor: str = ""
    limit: int = DEFAULT_PAGE


# -- views ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LineOut:
    position: int
    name: str
    printed_name: str
    tax_code: str
    spec: str
    unit: str
    quantity: Decimal | None
    unit_price: Decimal | None
    amount: Decimal
    rate: str
    rate_label: str
    tax: Decimal
    original_position: int | None


@dataclass(frozen=True)
class EventOut:
    at: datetime
    action: str
    actor_id: int | None
    channel: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class InvoiceView:
    id: int
    kind: str
    status: str
    is_red: bool
    number: str | None
    issue_date: date | None
    buyer_name: str
    buyer_tax_id: str
    buyer_is_person: bool
    total_amount: Decimal
    total_tax: Decimal
    total: Decimal
    total_in_words: str
    remark: str
    original_id: int | None
    reissued_from_id: int | None
    pending_action: str
    reason: str
    verify_token: str | None
    lines: tuple[LineOut, ...] = ()
    events: tuple[EventOut, ...] = ()


@dataclass(frozen=True)
class Page:
    items: tuple[InvoiceView, ...]
    next_cursor: str | None


@dataclass(frozen=True)
class Verification:
    number: str
    issue_date: date
    seller_name: str
    buyer_masked: str
    total: Decimal
    status: str  # normal, voided, red_full, red_partial
    is_red: bool
    kind: str
    token: str


@dataclass(frozen=True)
class IssueResult:
    invoice: InvoiceView
    replayed: bool = False
    new_buyer: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


# -- helpers -------------------------------------------------------------------------------------


def mask_name(name: str) -> str:
    """武汉某某科技有限公司 → 武汉****有限公司; 张三 → 张*."""
    if len(name) <= 2:
        return name[:1] + "*"
    if len(name) <= 6:
        return name[:1] + "*" * (len(name) - 2) + name[-1:]
    return name[:2] + "****" + name[-4:]


def _fingerprint(payload: Any) -> str:
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _decimal_or_none(text: str | None, field_name: str) -> Decimal | None:
    if text is None or str(text).strip() == "":
        return None
    try:
        value = Decimal(str(text).strip().replace(",", ""))
    except InvalidOperation:
        raise ValidationFailed.one(field_name, "amount_format") from None
    if not value.is_finite():
        raise ValidationFailed.one(field_name, "amount_format")
    return value


def local_date(moment: datetime) -> date:
    return moment.astimezone(CHINA).date()



def _keyset(column: str, value: object, last_id: int, descending: bool) -> Q:
    """The rows after (column, id) = (value, last_id) in that order: keyset pagination."""
    op = "lt" if descending else "gt"
    after: dict[str, Any] = {f"{column}__{op}": value}
    tie: dict[str, Any] = {column: value, f"id__{op}": last_id}
    return Q(**after) | Q(**tie)


class InvoiceService:
    def __init__(self, clock: Clock, audit: AuditLog, companies: CompanyService, public_base_url: str) -> None:
        self.clock = clock
        self.audit = audit
        self.companies = companies
        self.public_base_url = public_base_url

    # -- preparation ------------------------------------------------------------------------

    def today(self) -> date:
        return local_date(self.clock.now())

    def _buyer(self, kind: str, buyer: BuyerInput) -> dict[str, Any]:
        checks = FieldChecks(buyer_is_person=buyer.is_person, buyer_email="", buyer_phone="", buyer_tax_id="")
        checks.run("buyer_name", validators.check_text, buyer.name, "buyer.name", max_len=100)
        checks.run("buyer_address_phone", validators.check_text, buyer.address_phone, "buyer.address_phone",
                   max_len=200, required=False)
        checks.run("buyer_bank_account", validators.check_text, buyer.bank_account, "buyer.bank_account",
                   max_len=200, required=False)
        if buyer.email.strip():
            checks.run("buyer_email", validators.normalize_email, buyer.email, "buyer.email")
        if buyer.phone.strip():
            checks.run("buyer_phone", validators.normalize_phone, buyer.phone, "buyer.phone")
        if kind == "special" and buyer.is_person:
            checks.fail("buyer.is_person", "special_needs_organisation")
        elif buyer.tax_id.strip():
            checks.run("buyer_tax_id", normalize_tax_id, buyer.tax_id, "buyer.tax_id")
        elif kind == "special":
            checks.fail("buyer.tax_id", "special_needs_tax_id")
        checks.raise_if_any()
        return checks.values

    def _lines(self, company: Company, draft: DraftInput, on: date) -> list[Line]:
        if not draft.lines:
            raise ValidationFailed.one("lines", "lines_required")
        if len(draft.lines) > 100:
            raise ValidationFailed.one("lines", "too_many_lines", max=100)
        kind: TaxpayerKind = "general" if company.taxpayer_kind == "general" else "small_scale"
        computed: list[Line] = []
        problems: dict[str, Any] = {}
        for index, item in enumerate(draft.lines):
            prefix = f"lines.{index}."
            try:
                name = validators.check_text(item.name, prefix + "name", max_len=90)
                code = self._tax_code(item, name, prefix)
                rate = self._rate(item, code, kind, on, company, prefix)
                line = compute_line(
                    LineInput(
                        name=name, tax_code=code.code,
                        quantity=_decimal_or_none(item.quantity, prefix + "quantity"),
                        unit_price=_decimal_or_none(item.unit_price, prefix + "unit_price"),
                        amount=_decimal_or_none(item.amount, prefix + "amount"),
                        rate=rate, price_includes_tax=draft.price_includes_tax,
                        spec=validators.check_text(item.spec, prefix + "spec", max_len=40, required=False),
                        unit=validators.check_text(item.unit, prefix + "unit", max_len=20, required=False),
                    ),
                    field_prefix=prefix,
                )
                computed.append(line)
            except ValidationFailed as exc:
                problems.update(exc.fields)
        if problems:
            raise ValidationFailed(fields=problems)
        return computed

    @staticmethod
    def _tax_code(item: LineDraft, name: str, prefix: str) -> tax_codes.TaxCode:
        if item.tax_code:
            found = tax_codes.get(item.tax_code.strip())
            if found is None:
                raise ValidationFailed.one(prefix + "tax_code", "tax_code_unknown", code=item.tax_code)
            return found
        guessed = tax_codes.guess(name)
        if guessed is None:
            raise ValidationFailed.one(prefix + "tax_code", "tax_code_guess_failed", name=name)
        return guessed

    @staticmethod
    def _rate(item: LineDraft, code: tax_codes.TaxCode, kind: TaxpayerKind, on: date, company: Company,
              prefix: str) -> TaxRate:
        if item.rate:
            return parse_rate(item.rate, kind, on, field=prefix + "rate")
        if company.default_rate and kind == "general":
            return parse_rate(company.default_rate, kind, on, field=prefix + "rate")
        return default_rate_for(kind, code.default_rate, on)

    async def preview(self, draft: DraftInput, actor: Actor) -> tuple[dict[str, Any], list[Line], Any]:
        """Validate and compute without storing: what a confirmation card shows."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        company = await Company.get(id=scope.company_id)
        return self._prepare(company, draft)

    def _prepare(self, company: Company, draft: DraftInput) -> tuple[dict[str, Any], list[Line], Any]:
        if draft.kind not in KINDS:
            raise ValidationFailed.one("kind", "invoice_kind_invalid")
        if draft.kind not in company.allowed_kinds:
            raise ValidationFailed.one("kind", "invoice_kind_not_allowed")
        problems: dict[str, Any] = {}
        buyer: dict[str, Any] = {}
        lines: list[Line] = []
        try:
            buyer = self._buyer(draft.kind, draft.buyer)
        except ValidationFailed as exc:
            problems.update(exc.fields)
        try:
            lines = self._lines(company, draft, self.today())
        except ValidationFailed as exc:
            problems.update(exc.fields)
        if problems:
            raise ValidationFailed(fields=problems)
        totals = compute_totals(lines)
        check_limit(totals.total, company.invoice_limit)
        try:
            remark = validators.check_text(draft.remark, "remark", max_len=200, required=False)
        except ValidationFailed:
            raise
        buyer["remark"] = remark
        return buyer, lines, totals

    # -- drafts -----------------------------------------------------------------------------

    async def _store_draft(self, company: Company, draft: DraftInput, scope: Scope, actor: Actor,
                           conn: BaseDBAsyncClient, *, reissued_from: int | None = None) -> Invoice:
        buyer, lines, totals = self._prepare(company, draft)
        now = self.clock.now()
        issuer = company.issuer_name
        if not issuer:
            # 开票人 defaults to the person issuing when the company has not named one.
            account = await Account.get_or_none(id=scope.account_id, using_db=conn)
            issuer = account.display_name if account else ""
        invoice = await Invoice.create(
            company_id=company.id, kind=draft.kind, status="draft", price_includes_tax=draft.price_includes_tax,
            seller_name=company.name, seller_tax_id=company.tax_id, seller_address_phone=company.address_phone,
            seller_bank_account=company.bank_account, total_amount=totals.amount, total_tax=totals.tax,
            total=totals.total, issuer_name=issuer, created_by_id=scope.account_id,
            reissued_from_id=reissued_from, created_at=now, updated_at=now, using_db=conn, **buyer,
        )
        await self._store_lines(invoice, lines, conn)
        await self._event(invoice, actor, "created", conn, {"reissued_from": reissued_from} if reissued_from else {})
        return invoice

    @staticmethod
    async def _store_lines(invoice: Invoice, lines: Sequence[Line], conn: BaseDBAsyncClient,
                           original_positions: Sequence[int | None] | None = None) -> None:
        await InvoiceLine.bulk_create(
            [
                InvoiceLine(
                    invoice_id=invoice.id, position=index + 1, name=line.name, printed_name=line.printed_name,
                    tax_code=line.tax_code, spec=line.spec, unit=line.unit, quantity=line.quantity,
                    unit_price=line.unit_price, amount=line.amount, rate_code=line.rate.code, tax=line.tax,
                    original_position=original_positions[index] if original_positions else None,
                )
                for index, line in enumerate(lines)
            ],
            using_db=conn,
        )

    async def _event(self, invoice: Invoice, actor: Actor, action: str, conn: BaseDBAsyncClient,
                     detail: dict[str, Any] | None = None) -> None:
        await InvoiceEvent.create(invoice_id=invoice.id, at=self.clock.now(), actor_id=actor.account_id,
                                  channel=actor.channel, action=action, detail=detail or {}, using_db=conn)
        await self.audit.record(actor, f"invoice.{action}", target=f"invoice:{invoice.id}",
                                company_id=invoice.company_id, detail=detail, connection=conn)

    async def create_draft(self, draft: DraftInput, actor: Actor) -> InvoiceView:
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        company = await Company.get(id=scope.company_id)
        async with self.audit.transaction() as conn:
            invoice = await self._store_draft(company, draft, scope, actor, conn)
        return await self.get(invoice.id, actor)

    async def update_draft(self, invoice_id: int, draft: DraftInput, actor: Actor) -> InvoiceView:
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        company = await Company.get(id=scope.company_id)
        invoice = await self._owned(invoice_id, scope)
        self._require_draft(invoice)
        buyer, lines, totals = self._prepare(company, draft)
        async with self.audit.transaction() as conn:
            changed = await Invoice.filter(id=invoice.id, status="draft").using_db(conn).update(
                kind=draft.kind, price_includes_tax=draft.price_includes_tax, total_amount=totals.amount,
                total_tax=totals.tax, total=totals.total, updated_at=self.clock.now(), **buyer)
            if changed != 1:
                raise InvoiceNotEditable({"status": invoice.status})
            await InvoiceLine.filter(invoice_id=invoice.id).using_db(conn).delete()
            await self._store_lines(invoice, lines, conn)
            await self._event(invoice, actor, "edited", conn)
        return await self.get(invoice.id, actor)

    async def delete_draft(self, invoice_id: int, actor: Actor) -> None:
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        invoice = await self._owned(invoice_id, scope)
        self._require_draft(invoice)
        async with self.audit.transaction() as conn:
            # Claim the draft first, so a draft issued meanwhile is never deleted.
            claimed = await Invoice.filter(id=invoice.id, status="draft").using_db(conn).update(status="deleting")
            if claimed != 1:
                raise InvoiceNotEditable({"status": invoice.status})
            await InvoiceLine.filter(invoice_id=invoice.id).using_db(conn).delete()
            await InvoiceEvent.filter(invoice_id=invoice.id).using_db(conn).delete()
            await Invoice.filter(id=invoice.id, status="deleting").using_db(conn).delete()
            await self.audit.record(actor, "invoice.draft_deleted", target=f"invoice:{invoice.id}",
                                    company_id=invoice.company_id, connection=conn)

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

    # -- issuing ----------------------------------------------------------------------------

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

    def _needs_approval(self, company: Company, scope: Scope) -> bool:
        return company.approval_required and scope.role not in (Role.OWNER, Role.ADMIN)

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
        fingerprint = _fingerprint(asdict(draft))
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
                response=_view_to_json(view))
        return IssueResult(invoice=view, new_buyer=new_buyer)

    async def _replay(self, scope: Scope, key: str, fingerprint: str, actor: Actor) -> IssueResult | None:
        record = await IdempotencyRecord.get_or_none(company_id=scope.company_id, key=key)
        if record is None:
            return None
        if record.fingerprint != fingerprint:
            raise IdempotencyMismatch()
        if not record.response:  # committed, but the stored response was not written yet
            return IssueResult(invoice=await self._view(record.invoice_id, None), replayed=True)
        return IssueResult(invoice=_view_from_json(record.response), replayed=True)

    async def _touch_customer(self, company_id: int, buyer: BuyerInput, conn: BaseDBAsyncClient, *,
                              save: bool) -> bool:
        """Known buyers move to the top of the quick-pick list; says whether the buyer is new."""
        tax_id = normalize_tax_id(buyer.tax_id) if buyer.tax_id.strip() else ""
        existing = await Customer.filter(company_id=company_id, name=buyer.name.strip(), tax_id=tax_id) \
            .using_db(conn).first()
        if existing is not None:
            await Customer.filter(id=existing.id).using_db(conn).update(last_used_at=self.clock.now())
            return False
        if save:
            await Customer.create(company_id=company_id, name=buyer.name.strip(), tax_id=tax_id,
                                  address_phone=buyer.address_phone, bank_account=buyer.bank_account,
                                  is_person=buyer.is_person, email=buyer.email, last_used_at=self.clock.now(),
                                  using_db=conn)
            return False
        return True

    # -- approval ---------------------------------------------------------------------------

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

    # -- void -------------------------------------------------------------------------------

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

    # -- red letter -------------------------------------------------------------------------

    async def red_letter(self, invoice_id: int, reason_code: str, actor: Actor,
                         lines: Sequence[RedLineRequest] | None = None) -> InvoiceView:
        """红冲: a red invoice with its own number and negative amounts. ``lines`` for a
        partial one (chosen lines and quantities or amounts); None for the whole remainder."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        company = await Company.get(id=scope.company_id)
        if reason_code not in RED_REASONS:
            raise ValidationFailed.one("reason_code", "red_reason_invalid")
        async with telemetry.count_issued_after_commit(), self.audit.transaction() as conn:
            blue = await self._owned(invoice_id, scope, conn)
            if blue.is_red or blue.status not in ("issued", "red_partial") or blue.pending_action:
                raise InvoiceNotRedLetterable({"status": blue.status, "is_red": blue.is_red, "why": "state"})
            if self._needs_approval(company, scope):
                payload = {"reason_code": reason_code, "lines": [asdict(line) for line in lines or []]}
                await Invoice.filter(id=blue.id).using_db(conn).update(
                    pending_action="red", pending_payload=payload, updated_at=self.clock.now())
                await self._event(blue, actor, "submitted", conn, {"action": "red", "reason_code": reason_code})
                red_id = blue.id
            else:
                red_id = await self._red_or_confirmation(blue, company, reason_code, lines, actor, conn, scope)
        return await self.get(red_id, actor)

    async def _red_or_confirmation(self, blue: Invoice, company: Company, reason_code: str,
                                   requests: Sequence[RedLineRequest] | None, actor: Actor,
                                   conn: BaseDBAsyncClient, scope: Scope) -> int:
        """A buyer that is a company on this platform confirms first (红字确认单); else red now."""
        buyer = None
        if blue.buyer_tax_id:
            buyer = await Company.filter(tax_id=blue.buyer_tax_id).exclude(id=blue.company_id).using_db(conn).first()
        if buyer is None:
            return await self._red_in(blue, company, reason_code, requests, actor, conn, scope)
        remaining = await self._remaining(blue, conn)
        chosen = requests or [RedLineRequest(position=p) for p, (_, left, _) in remaining.items() if left > 0]
        # Compute now so that an impossible request is refused before anyone is asked to confirm.
        preview = []
        for index, request in enumerate(chosen):
            if request.position not in remaining:
                raise ValidationFailed.one(f"lines.{index}.position", "red_line_unknown", position=request.position)
            line, amount_left, quantity_left = remaining[request.position]
            preview.append(self._red_line(line, amount_left, quantity_left, request, f"lines.{index}."))
        totals = compute_totals(preview)
        now = self.clock.now()
        confirmation = await RedConfirmation.create(
            blue_invoice_id=blue.id, seller_company_id=blue.company_id, buyer_company_id=buyer.id, status="pending",
            reason_code=reason_code, lines=[asdict(r) for r in chosen], total=totals.total,
            requested_by_id=scope.account_id, expires_at=now + CONFIRMATION_WINDOW, created_at=now, using_db=conn,
        )
        await Invoice.filter(id=blue.id).using_db(conn).update(pending_action="confirm", updated_at=now)
        await self._event(blue, actor, "red_requested", conn,
                          {"confirmation": confirmation.id, "reason_code": reason_code, "total": str(totals.total)})
        return blue.id

    # -- 红字确认单 ------------------------------------------------------------------------

    async def _lapse_expired(self, conn: BaseDBAsyncClient | None = None) -> None:
        """Unconfirmed after 72 hours: the request lapses and the blue invoice is free again."""
        now = self.clock.now()
        query = RedConfirmation.filter(status="pending", expires_at__lte=now)
        expired = await (query.using_db(conn) if conn else query)
        for confirmation in expired:
            async with self.audit.transaction() as tx:
                changed = await RedConfirmation.filter(id=confirmation.id, status="pending").using_db(tx).update(
                    status="lapsed", decided_at=now)
                if changed:
                    await Invoice.filter(id=confirmation.blue_invoice_id, pending_action="confirm").using_db(tx) \
                        .update(pending_action="", updated_at=now)
                    blue = await Invoice.get(id=confirmation.blue_invoice_id, using_db=tx)
                    await self._event(blue, Actor(channel="cli"), "red_lapsed", tx, {"confirmation": confirmation.id})

    async def confirmations(self, actor: Actor, *, incoming: bool = True) -> list[RedConfirmation]:
        scope = await self.companies.require(actor)
        await self._lapse_expired()
        field_name = "buyer_company_id" if incoming else "seller_company_id"
        return await RedConfirmation.filter(**{field_name: scope.company_id}).order_by("-id").limit(50)

    async def decide_confirmation(self, confirmation_id: int, accept: bool, actor: Actor) -> RedConfirmation:
        """The buyer confirms (the red invoice is issued at once) or rejects; the seller may revoke."""
        await self._lapse_expired()
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        async with telemetry.count_issued_after_commit(), self.audit.transaction() as conn:
            confirmation = await RedConfirmation.filter(id=confirmation_id).using_db(conn).first()
            if confirmation is None or scope.company_id not in (confirmation.buyer_company_id,
                                                                confirmation.seller_company_id):
                raise NotFound({"what": "confirmation"})
            if confirmation.status != "pending":
                raise InvoiceStateConflict({"status": confirmation.status})
            is_buyer = scope.company_id == confirmation.buyer_company_id
            if not is_buyer and accept:
                raise PermissionDenied({"role": str(scope.role)})
            now = self.clock.now()
            blue = await Invoice.get(id=confirmation.blue_invoice_id, using_db=conn)
            await Invoice.filter(id=blue.id).using_db(conn).update(pending_action="", updated_at=now)
            blue.pending_action = ""
            if accept:
                seller = await Company.get(id=confirmation.seller_company_id, using_db=conn)
                seller_scope = Scope(account_id=confirmation.requested_by_id, company_id=seller.id, role=Role.ISSUER)
                requests = [RedLineRequest(**item) for item in confirmation.lines]  # type: ignore[arg-type]
                red_id = await self._red_in(blue, seller, confirmation.reason_code, requests or None, actor, conn,
                                            seller_scope)
                confirmation.status, confirmation.red_invoice_id = "confirmed", red_id
            else:
                confirmation.status = "rejected" if is_buyer else "revoked"
                await self._event(blue, actor, f"red_{confirmation.status}", conn, {"confirmation": confirmation.id})
            confirmation.decided_at, confirmation.decided_by_id = now, scope.account_id
            await confirmation.save(using_db=conn)
        return confirmation

    async def _remaining(self, blue: Invoice, conn: BaseDBAsyncClient) -> dict[int, tuple[InvoiceLine, Decimal, Decimal | None]]:
        """Per blue line: the line, the 金额 not yet red-lettered, the quantity not yet red-lettered."""
        blue_lines = await InvoiceLine.filter(invoice_id=blue.id).using_db(conn).order_by("position")
        reds = await Invoice.filter(original_id=blue.id, is_red=True).using_db(conn).values_list("id", flat=True)
        red_lines = await InvoiceLine.filter(invoice_id__in=list(reds)).using_db(conn) if reds else []
        remaining: dict[int, tuple[InvoiceLine, Decimal, Decimal | None]] = {}
        for line in blue_lines:
            done = [r for r in red_lines if r.original_position == line.position]
            amount_left = line.amount + sum((r.amount for r in done), Decimal("0"))
            quantity_left = None
            if line.quantity is not None:
                quantity_left = line.quantity + sum((r.quantity or Decimal("0") for r in done), Decimal("0"))
            remaining[line.position] = (line, amount_left, quantity_left)
        return remaining

    async def _red_in(self, blue: Invoice, company: Company, reason_code: str,
                      requests: Sequence[RedLineRequest] | None, actor: Actor, conn: BaseDBAsyncClient,
                      scope: Scope) -> int:
        remaining = await self._remaining(blue, conn)
        chosen = requests or [RedLineRequest(position=p) for p, (_, left, _) in remaining.items() if left > 0]
        red_lines: list[Line] = []
        positions: list[int | None] = []
        for index, request in enumerate(chosen):
            prefix = f"lines.{index}."
            if request.position not in remaining:
                raise ValidationFailed.one(prefix + "position", "red_line_unknown", position=request.position)
            line, amount_left, quantity_left = remaining[request.position]
            red_lines.append(self._red_line(line, amount_left, quantity_left, request, prefix))
            positions.append(line.position)
        if not red_lines:
            raise InvoiceNotRedLetterable({"status": blue.status, "why": "nothing_left"})
        totals = compute_totals(red_lines)
        now = self.clock.now()
        red = await Invoice.create(
            company_id=blue.company_id, kind=blue.kind, status="draft", is_red=True, original_id=blue.id,
            buyer_name=blue.buyer_name, buyer_tax_id=blue.buyer_tax_id, buyer_address_phone=blue.buyer_address_phone,
            buyer_bank_account=blue.buyer_bank_account, buyer_is_person=blue.buyer_is_person,
            buyer_email=blue.buyer_email, buyer_phone=blue.buyer_phone, seller_name=blue.seller_name,
            seller_tax_id=blue.seller_tax_id, seller_address_phone=blue.seller_address_phone,
            seller_bank_account=blue.seller_bank_account, price_includes_tax=blue.price_includes_tax,
            total_amount=totals.amount, total_tax=totals.tax, total=totals.total,
            remark="", issuer_name=blue.issuer_name, red_reason_code=reason_code,
            created_by_id=scope.account_id, created_at=now, updated_at=now, using_db=conn,
        )
        await self._store_lines(red, red_lines, conn, positions)
        await self._event(red, actor, "created", conn, {"original": blue.number, "reason_code": reason_code})
        await self._issue_in(red, company, actor, conn)
        # The blue invoice's status follows what is left of it.
        left_after = await self._remaining(blue, conn)
        fully = all(amount <= 0 for _, amount, _ in left_after.values())
        await Invoice.filter(id=blue.id).using_db(conn).update(
            status="red_full" if fully else "red_partial", pending_action="", pending_payload={},
            updated_at=self.clock.now())
        await self._event(blue, actor, "red_lettered", conn,
                          {"red_number": red.number, "reason_code": reason_code, "full": fully})
        return red.id

    @staticmethod
    def _red_line(line: InvoiceLine, amount_left: Decimal, quantity_left: Decimal | None,
                  request: RedLineRequest, prefix: str) -> Line:
        rate = rate_by_code(line.rate_code)
        if request.quantity is not None and str(request.quantity).strip():
            quantity = _decimal_or_none(request.quantity, prefix + "quantity")
            if quantity is None or quantity <= 0 or line.quantity is None or line.unit_price is None:
                raise ValidationFailed.one(prefix + "quantity", "red_quantity_invalid")
            if quantity_left is None or quantity > quantity_left:
                raise ValidationFailed.one(prefix + "quantity", "red_exceeds", left=str(quantity_left))
            amount = to_money(line.unit_price * quantity) if quantity < quantity_left else amount_left
        elif request.total is not None and str(request.total).strip():
            parsed = _decimal_or_none(request.total, prefix + "total")
            if parsed is None or parsed <= 0:
                raise ValidationFailed.one(prefix + "total", "amount_positive")
            total_left = amount_left + (Decimal("0") if rate.is_mark else to_money(amount_left * rate.rate))
            if to_money(parsed) > total_left:
                raise ValidationFailed.one(prefix + "total", "red_exceeds", left=str(total_left))
            quantity = None
            if to_money(parsed) == total_left:
                amount = amount_left
            else:
                # Tax included: 金额 = round(价税 / (1 + rate)), 税额 = 价税 − 金额 (GUIDE §3).
                amount = to_money(to_money(parsed) / (1 + (Decimal("0") if rate.is_mark else rate.rate)))
                tax_part = to_money(parsed) - amount
                return Line(name=line.name, printed_name=line.printed_name, tax_code=line.tax_code, spec=line.spec,
                            unit=line.unit, quantity=None, unit_price=line.unit_price, amount=-amount, rate=rate,
                            tax=-tax_part, total=-to_money(parsed))
        elif request.amount is not None and str(request.amount).strip():
            parsed = _decimal_or_none(request.amount, prefix + "amount")
            if parsed is None or parsed <= 0:
                raise ValidationFailed.one(prefix + "amount", "amount_positive")
            amount = to_money(parsed)
            quantity = None
            if amount > amount_left:
                raise ValidationFailed.one(prefix + "amount", "red_exceeds", left=str(amount_left))
        else:
            amount, quantity = amount_left, quantity_left
        if amount <= 0:
            raise ValidationFailed.one(prefix + "position", "red_exceeds", left="0.00")
        tax = Decimal("0.00") if rate.is_mark else to_money(amount * rate.rate)
        return Line(
            name=line.name, printed_name=line.printed_name, tax_code=line.tax_code, spec=line.spec, unit=line.unit,
            quantity=-quantity if quantity is not None else None, unit_price=line.unit_price,
            amount=-amount, rate=rate, tax=-tax, total=-(amount + tax),
        )

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

    # -- reading ----------------------------------------------------------------------------

    async def get(self, invoice_id: int, actor: Actor) -> InvoiceView:
        scope = await self.companies.require(actor)
        await self._owned(invoice_id, scope)
        return await self._view(invoice_id, None, with_history=True)

    async def get_by_number(self, number: str, actor: Actor) -> InvoiceView:
        scope = await self.companies.require(actor)
        invoice = await Invoice.filter(company_id=scope.company_id, number=number.strip()).first()
        if invoice is None:
            raise NotFound({"what": "invoice"})
        return await self._view(invoice.id, None, with_history=True)

    async def _view(self, invoice_id: int, conn: BaseDBAsyncClient | None, *, with_history: bool = False) -> InvoiceView:
        query = Invoice.filter(id=invoice_id)
        invoice = await (query.using_db(conn) if conn else query).get()
        line_query = InvoiceLine.filter(invoice_id=invoice_id).order_by("position")
        lines = await (line_query.using_db(conn) if conn else line_query)
        events: list[InvoiceEvent] = []
        if with_history:
            event_query = InvoiceEvent.filter(invoice_id=invoice_id).order_by("id")
            events = await (event_query.using_db(conn) if conn else event_query)
        return _to_view(invoice, lines, events)

    async def search(self, filters: InvoiceFilter, actor: Actor) -> Page:
        scope = await self.companies.require(actor)
        limit = max(1, min(filters.limit, MAX_PAGE))
        query = self.filtered(scope.company_id, filters)
        descending = filters.sort.startswith("-")
        by_total = filters.sort.endswith("total")
        # Within a date range, newest (or oldest) issue date first: the planner cannot know
        # that ids follow dates, and walking the primary key skipped ~400k rows at 1M
        # invoices, where (company_id, issue_date, id) serves the range in order.
        by_date = not by_total and (filters.date_from is not None or filters.date_to is not None)
        if filters.cursor:
            query = query.filter(self._after(filters.cursor, descending=descending, by_total=by_total,
                                             by_date=by_date))
        key = "total" if by_total else "issue_date" if by_date else None
        order = [f"{'-' if descending else ''}{name}" for name in ((key, "id") if key else ("id",))]
        rows = await query.order_by(*order).limit(limit + 1)
        more = len(rows) > limit
        rows = rows[:limit]
        lines_by_invoice: dict[int, list[InvoiceLine]] = {}
        if rows:
            for line in await InvoiceLine.filter(invoice_id__in=[r.id for r in rows]).order_by("position"):
                lines_by_invoice.setdefault(line.invoice_id, []).append(line)
        items = tuple(_to_view(r, lines_by_invoice.get(r.id, []), []) for r in rows)
        cursor = None
        if more and rows:
            last = rows[-1]
            raw = json.dumps({"id": last.id, "total": str(last.total),
                              "date": last.issue_date.isoformat() if last.issue_date else None}).encode()
            cursor = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        return Page(items=items, next_cursor=cursor)

    @staticmethod
    def filtered(company_id: int, filters: InvoiceFilter) -> Any:
        """The company's invoices matching the filters (a tortoise QuerySet)."""
        query = Invoice.filter(company_id=company_id)
        if filters.number:
            number = filters.number.strip()
            query = query.filter(number=number) if len(number) in (8, 20) else query.filter(number__startswith=number)
        if filters.legacy_code:
            query = query.filter(legacy_code=filters.legacy_code.strip())
        if filters.date_from:
            query = query.filter(issue_date__gte=filters.date_from)
        if filters.date_to:
            query = query.filter(issue_date__lte=filters.date_to)
        if filters.buyer:
            query = query.filter(buyer_name__icontains=filters.buyer.strip())
        if filters.status:
            query = query.filter(status=filters.status)
        if filters.kind:
            query = query.filter(kind=filters.kind)
        if filters.min_total is not None:
            query = query.filter(total__gte=filters.min_total)
        if filters.max_total is not None:
            query = query.filter(total__lte=filters.max_total)
        return query

    @staticmethod
    def _after(cursor: str, *, descending: bool, by_total: bool, by_date: bool = False) -> Q:
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            data = json.loads(raw)
            last_id = int(data["id"])
            last_total = Decimal(str(data["total"]))
            last_date = date.fromisoformat(data["date"]) if by_date and data.get("date") else None
        except (ValueError, KeyError, TypeError, InvalidOperation, AttributeError):
            raise ValidationFailed.one("cursor", "cursor_invalid") from None
        if by_date:
            if last_date is None:
                # A date range only matches issued invoices, which all have a date.
                raise ValidationFailed.one("cursor", "cursor_invalid")
            return _keyset("issue_date", last_date, last_id, descending)
        if not by_total:
            return Q(id__lt=last_id) if descending else Q(id__gt=last_id)
        return _keyset("total", last_total, last_id, descending)

    # -- documents and verification ---------------------------------------------------------

    def verify_url(self, token: str) -> str:
        return f"{self.public_base_url}/v/{token}"

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
        )

    async def document_by_token(self, token: str) -> InvoiceDocument:
        invoice = await Invoice.get_or_none(verify_token=token) if token else None
        if invoice is None:
            raise NotFound({"what": "invoice"})
        return await self.document_of(invoice)

    @staticmethod
    def _verification(invoice: Invoice) -> Verification:
        assert invoice.number and invoice.issue_date and invoice.verify_token
        status = invoice.status if invoice.status in ("voided", "red_full", "red_partial") else "normal"
        return Verification(number=invoice.number, issue_date=invoice.issue_date, seller_name=invoice.seller_name,
                            buyer_masked=mask_name(invoice.buyer_name), total=invoice.total, status=status,
                            is_red=invoice.is_red, kind=invoice.kind, token=invoice.verify_token)

    async def verify_token(self, token: str) -> Verification:
        invoice = await Invoice.get_or_none(verify_token=token) if token and len(token) <= 48 else None
        if invoice is None or invoice.number is None:
            raise NotFound({"what": "invoice"})
        return self._verification(invoice)

    async def verify_fields(self, number: str, issue_date: date, total: Decimal) -> Verification:
        """Like the national 查验 platform: number + 开票日期 + 价税合计 must all match."""
        invoice = await Invoice.get_or_none(number=number.strip(), issue_date=issue_date)
        if invoice is None or invoice.total != to_money(total):
            raise NotFound({"what": "invoice"})
        return self._verification(invoice)

    async def save_customer(self, buyer: BuyerInput, actor: Actor) -> None:
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        async with self.audit.transaction() as conn:
            await self._touch_customer(scope.company_id, buyer, conn, save=True)
            await self.audit.record(actor, "customer.save", target=f"company:{scope.company_id}",
                                    company_id=scope.company_id, detail={"name": buyer.name.strip()},
                                    connection=conn)

    async def customers(self, actor: Actor, limit: int = 10) -> list[Customer]:
        scope = await self.companies.require(actor)
        return await Customer.filter(company_id=scope.company_id).order_by("-last_used_at").limit(limit)

    async def recent_buyers(self, actor: Actor, limit: int = 5) -> list[BuyerInput]:
        """Saved buyers first, then recent invoice buyers, without duplicates."""
        scope = await self.companies.require(actor)
        seen: set[tuple[str, str]] = set()
        buyers: list[BuyerInput] = []
        for customer in await Customer.filter(company_id=scope.company_id).order_by("-last_used_at").limit(limit):
            seen.add((customer.name, customer.tax_id))
            buyers.append(BuyerInput(customer.name, customer.tax_id, customer.address_phone, customer.bank_account,
                                     customer.is_person, customer.email))
        recent = await Invoice.filter(company_id=scope.company_id, is_red=False).order_by("-id").limit(50)
        for invoice in recent:
            key = (invoice.buyer_name, invoice.buyer_tax_id)
            if key not in seen and len(buyers) < limit:
                seen.add(key)
                buyers.append(BuyerInput(invoice.buyer_name, invoice.buyer_tax_id, invoice.buyer_address_phone,
                                         invoice.buyer_bank_account, invoice.buyer_is_person))
        return buyers


def _to_view(invoice: Invoice, lines: Sequence[InvoiceLine], events: Sequence[InvoiceEvent]) -> InvoiceView:
    return InvoiceView(
        id=invoice.id, kind=invoice.kind, status=invoice.status, is_red=invoice.is_red, number=invoice.number,
        issue_date=invoice.issue_date, buyer_name=invoice.buyer_name, buyer_tax_id=invoice.buyer_tax_id,
        buyer_is_person=invoice.buyer_is_person, total_amount=invoice.total_amount, total_tax=invoice.total_tax,
        total=invoice.total, total_in_words=amount_in_words(invoice.total), remark=invoice.remark,
        original_id=invoice.original_id, reissued_from_id=invoice.reissued_from_id,
        pending_action=invoice.pending_action, reason=invoice.reason, verify_token=invoice.verify_token,
        lines=tuple(
            LineOut(position=line.position, name=line.name, printed_name=line.printed_name, tax_code=line.tax_code,
                    spec=line.spec, unit=line.unit, quantity=line.quantity, unit_price=line.unit_price,
                    amount=line.amount, rate=line.rate_code, rate_label=rate_by_code(line.rate_code).label,
                    tax=line.tax, original_position=line.original_position)
            for line in lines
        ),
        events=tuple(EventOut(at=e.at, action=e.action, actor_id=e.actor_id, channel=e.channel, detail=dict(e.detail))
                     for e in events),
    )


def _view_to_json(view: InvoiceView) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(asdict(view), default=str))
    return data


def _view_from_json(data: dict[str, Any]) -> InvoiceView:
    def dec(value: Any) -> Decimal | None:
        return None if value is None else Decimal(str(value))

    lines = tuple(
        LineOut(**{**line, "quantity": dec(line["quantity"]), "unit_price": dec(line["unit_price"]),
                   "amount": Decimal(line["amount"]), "tax": Decimal(line["tax"])})
        for line in data.get("lines", [])
    )
    return InvoiceView(**{
        **data,
        "issue_date": date.fromisoformat(data["issue_date"]) if data.get("issue_date") else None,
        "total_amount": Decimal(data["total_amount"]), "total_tax": Decimal(data["total_tax"]),
        "total": Decimal(data["total"]), "lines": lines, "events": (),
    })


__all__ = [
    "BuyerInput", "DraftInput", "InvoiceFilter", "InvoiceService", "InvoiceView", "IssueResult", "LineDraft",
    "Page", "PermissionDenied", "RedLineRequest", "Verification",
]
