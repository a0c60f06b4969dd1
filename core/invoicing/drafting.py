"""Drafting: validating and computing an invoice, storing, editing and deleting drafts,
and the buyers remembered for next time."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from core.adapters import hot_queries, hot_writes
from core.companies.members import issuer_name_for
from core.companies.models import Company, Customer
from core.companies.scope import Scope
from core.companies.taxpayer_auth import TaxpayerAuthService
from core.domain import tax_code_search, tax_codes, validators
from core.domain.actor import Actor
from core.domain.discounts import compute_discount, parse_discount
from core.domain.errors import (
    FieldChecks,
    InvoiceNotEditable,
    ValidationFailed,
)
from core.domain.invoice_math import Line, LineInput, check_limit, compute_line, compute_totals
from core.domain.rate_rules import (
    LineContext,
    check_line_rate,
    code_rule,
    default_line_rate,
    parse_line_rate,
    waiver_question_applies,
)
from core.domain.roles import Permission
from core.domain.tax_rates import TaxpayerKind, TaxRate, rate_by_code
from core.domain.taxpayer_id import normalize_buyer_id, normalize_person_id, normalize_tax_id
from core.invoicing.models import Invoice, InvoiceEvent, InvoiceLine
from core.invoicing.verification import Verifying
from core.invoicing.views import (
    KINDS,
    BuyerInput,
    DraftInput,
    InvoiceView,
    LineDraft,
    decimal_or_none,
)

#: ``Company.get(id=…)``'s row as plain SQL (each chat preview reads it: the 开票 dialog's item
#: and card steps), built as tortoise builds it.
COMPANY = hot_queries.Sql(f'SELECT {hot_queries.columns(Company)} FROM "company" WHERE "id" = {{}}')


async def company_row(company_id: int) -> Company:
    """``Company.get(id=company_id)`` without the ORM's query building (the same row, the same
    refusal when there is none)."""
    rows = await hot_queries.fetch_rows(Company, COMPANY, company_id)
    return rows[0] if rows else await Company.get(id=company_id)


#: :meth:`Drafting._prepare`'s results: (draft, day, company settings) -> (buyer, lines, totals).
_PREPARED: dict[tuple[Any, ...], tuple[dict[str, Any], list[Line], Any]] = {}
_PREPARED_MAX = 1024


class Drafting(Verifying):
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
        # A person may give a 身份证号 or nothing; an organisation its tax ID on every kind
        # (国家税务总局公告2017年第16号); a 专票 only goes to organisations.
        checks.run("buyer_tax_id", normalize_buyer_id, buyer.tax_id, is_person=buyer.is_person, kind=kind)
        checks.raise_if_any()
        return checks.values

    def check_buyer(self, kind: str, buyer: BuyerInput) -> None:
        """The buyer alone, as the chat's buyer step takes it: ValidationFailed naming the field
        (an organisation without its 税号, a person on a 专票 …) before any item is typed."""
        self._buyer(kind if kind in KINDS else "normal", buyer)

    def _lines(self, company: Company, draft: DraftInput, on: date) -> list[Line]:
        if not draft.lines:
            raise ValidationFailed.one("lines", "lines_required")
        if len(draft.lines) > 100:
            raise ValidationFailed.one("lines", "too_many_lines", max=100)
        kind: TaxpayerKind = "general" if company.taxpayer_kind == "general" else "small_scale"
        context = LineContext(kind, on, "special" if draft.kind == "special" else "normal", draft.waive_relief)
        computed: list[Line] = []
        problems: dict[str, Any] = {}
        for index, item in enumerate(draft.lines):
            prefix = f"lines.{index}."
            try:
                name = validators.check_text(item.name, prefix + "name", max_len=90)
                code = self._tax_code(item, name, prefix)
                rate = self._rate(item, code, context, company, prefix)
                line = compute_line(
                    LineInput(
                        name=name, tax_code=code.code,
                        quantity=decimal_or_none(item.quantity, prefix + "quantity"),
                        unit_price=decimal_or_none(item.unit_price, prefix + "unit_price"),
                        amount=decimal_or_none(item.amount, prefix + "amount"),
                        rate=rate, price_includes_tax=draft.price_includes_tax,
                        spec=validators.check_text(item.spec, prefix + "spec", max_len=40, required=False),
                        unit=validators.check_text(item.unit, prefix + "unit", max_len=20, required=False),
                    ),
                    field_prefix=prefix,
                )
                computed.append(line)
                if item.discount is not None and item.discount.strip():
                    # 折扣行 right under its line (国税函〔2010〕56号)
                    money = parse_discount(item.discount, line, draft.price_includes_tax, field=prefix + "discount")
                    computed.append(compute_discount(line, money, draft.price_includes_tax, field=prefix + "discount"))
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
            tax_codes.require_leaf(found.code, field=prefix + "tax_code")  # only 末级 codes go on an invoice
            return found
        guessed = tax_code_search.guess(name)  # leaves only
        if guessed is None:
            raise ValidationFailed.one(prefix + "tax_code", "tax_code_guess_failed", name=name)
        return guessed

    @staticmethod
    def _rate(item: LineDraft, code: tax_codes.TaxCode, context: LineContext, company: Company,
              prefix: str) -> TaxRate:
        """The line's rate: typed, else the company's default (general taxpayers), else the
        item's; always checked against the item's code, the invoice kind and the relief
        waiver (core/domain/rate_rules.py: 3% 专票 waiver, 不动产 5%, no 免税 on a 专票)."""
        field = prefix + "rate"
        if item.rate:
            return parse_line_rate(item.rate, context, code.code, field=field)
        if company.default_rate and context.taxpayer_kind == "general" and code_rule(code.code) is None:
            return parse_line_rate(company.default_rate, context, code.code, field=field)
        rate = default_line_rate(context, code.code, code.default_rate)
        return check_line_rate(rate, context, code.code, field=field)

    async def relief_waiver_applies(self, draft: DraftInput, actor: Actor) -> bool:
        """Whether to ask a small-scale seller 「本张专票按3%开具？」: a 专票 while the 1% relief
        runs, with a line the relief would reduce (not 房租 and other 5% items)."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        company = await company_row(scope.company_id)
        kind: TaxpayerKind = "general" if company.taxpayer_kind == "general" else "small_scale"
        if draft.kind != "special" or kind != "small_scale":
            return False
        codes = []
        for item in draft.lines:
            found = tax_codes.get(item.tax_code.strip()) if item.tax_code else tax_code_search.guess(item.name)
            # 免税/不征税 items have no rate to reduce (and are refused on a 专票 anyway)
            if found is not None and (item.rate or not rate_by_code(found.default_rate).is_mark):
                codes.append(found.code)
        return waiver_question_applies(LineContext(kind, self.today(), "special"), codes)

    async def preview(self, draft: DraftInput, actor: Actor) -> tuple[dict[str, Any], list[Line], Any]:
        """Validate and compute without storing: what a confirmation card shows."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        return self._prepare(await company_row(scope.company_id), draft)

    def _prepare(self, company: Company, draft: DraftInput) -> tuple[dict[str, Any], list[Line], Any]:
        """The draft validated and computed (:meth:`_compute`), remembered per process for the
        same draft, day and company settings: the 开票 dialog computes the same draft for its
        item step, its card and its 确认 (a pure function of exactly these: the rates of the
        day, the company's kind, kinds, default rate and 限额; a refusal is not remembered)."""
        today = self.today()
        key = (draft, today, company.taxpayer_kind, tuple(company.allowed_kinds or ()), company.default_rate,
               company.invoice_limit)
        found = _PREPARED.get(key)
        if found is None:
            found = self._compute(company, draft, today)
            if len(_PREPARED) >= _PREPARED_MAX:
                _PREPARED.clear()
            _PREPARED[key] = found
        buyer, lines, totals = found
        return dict(buyer), list(lines), totals  # the caller's own copies (the rows are frozen)

    def _compute(self, company: Company, draft: DraftInput, today: date) -> tuple[dict[str, Any], list[Line], Any]:
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
            lines = self._lines(company, draft, today)
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
                           conn: BaseDBAsyncClient, *, reissued_from: int | None = None, issuer: str | None = None,
                           claim: bool = False, lines_out: list[InvoiceLine] | None = None) -> Invoice:
        """Store a draft (validated first). ``issuer`` is the 开票人 when the caller has it in
        hand. ``claim``: the draft is claimed for issuing as it is stored (``issuing`` with a
        new platform request id) -- the taxpayer-authorisation gate is checked here, after
        the draft's own checks. ``lines_out`` receives the lines as stored."""
        invoice, lines = self._draft_row(company, draft, scope, issuer=issuer or "", claim=claim,
                                         reissued_from=reissued_from)
        if issuer is None:
            # 开票人: the member's own name, else the company's, else the member's registered name.
            invoice.issuer_name = await issuer_name_for(company, scope.account_id, conn)
        await invoice.save(using_db=conn, force_create=True)
        stored = await self._store_lines(invoice, lines, conn)
        if lines_out is not None:
            lines_out.extend(stored)
        await self._event(invoice, actor, "created", conn, {"reissued_from": reissued_from} if reissued_from else {})
        return invoice

    def _draft_row(self, company: Company, draft: DraftInput, scope: Scope, *, issuer: str, claim: bool,
                   reissued_from: int | None = None, invoice_id: int | None = None) -> tuple[Invoice, list[Line]]:
        """The draft's invoice row, not stored yet (validated first; with ``claim`` the
        authorisation gate is checked after the draft's own checks), and its computed lines."""
        buyer, lines, totals = self._prepare(company, draft)
        request_id = None
        if claim:
            TaxpayerAuthService.check_can_issue(company)
            request_id = uuid.uuid4().hex
        now = self.clock.now()
        if invoice_id is not None:  # taken beforehand (PostgreSQL's one-statement draft)
            buyer = {**buyer, "id": invoice_id}
        # The row's one definition for every path and both dialects (the ORM's save, hot_writes'
        # INSERT on SQLite, the one-statement CTE on PostgreSQL): built as Invoice(**columns) builds it.
        invoice = hot_writes.build(Invoice, {
            "company_id": company.id, "kind": draft.kind, "status": "issuing" if claim else "draft",
            "platform_request_id": request_id, "price_includes_tax": draft.price_includes_tax,
            "seller_name": company.name, "seller_tax_id": company.tax_id,
            "seller_address_phone": company.address_phone, "seller_bank_account": company.bank_account,
            "total_amount": totals.amount, "total_tax": totals.tax, "total": totals.total, "issuer_name": issuer,
            "created_by_id": scope.account_id, "reissued_from_id": reissued_from, "created_at": now,
            "updated_at": now, **buyer,
        })
        return invoice, lines

    @staticmethod
    def _line_rows(invoice_id: int, lines: Sequence[Line],
                   original_positions: Sequence[int | None] | None = None) -> list[InvoiceLine]:
        return [
            hot_writes.build(InvoiceLine, {
                "invoice_id": invoice_id, "position": index + 1, "name": line.name, "printed_name": line.printed_name,
                "tax_code": line.tax_code, "spec": line.spec, "unit": line.unit, "quantity": line.quantity,
                "unit_price": line.unit_price, "amount": line.amount, "rate_code": line.rate.code, "tax": line.tax,
                "original_position": original_positions[index] if original_positions else None,
            })
            for index, line in enumerate(lines)
        ]

    @classmethod
    async def _store_lines(cls, invoice: Invoice, lines: Sequence[Line], conn: BaseDBAsyncClient,
                           original_positions: Sequence[int | None] | None = None) -> list[InvoiceLine]:
        rows = cls._line_rows(invoice.id, lines, original_positions)
        await InvoiceLine.bulk_create(rows, using_db=conn)
        return rows

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

    async def save_customer(self, buyer: BuyerInput, actor: Actor) -> None:
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        async with self.audit.transaction() as conn:
            await self._touch_customer(scope.company_id, buyer, conn, save=True)
            await self.audit.record(actor, "customer.save", target=f"company:{scope.company_id}",
                                    company_id=scope.company_id, detail={"name": buyer.name.strip()},
                                    connection=conn)

    @staticmethod
    def _customer_key(buyer: BuyerInput) -> tuple[str, str]:
        """A remembered buyer's name and normalised tax id (the key it is found by)."""
        normalize = normalize_person_id if buyer.is_person else normalize_tax_id
        return buyer.name.strip(), normalize(buyer.tax_id) if buyer.tax_id.strip() else ""

    async def _touch_customer(self, company_id: int, buyer: BuyerInput, conn: BaseDBAsyncClient, *,
                              save: bool) -> bool:
        """Known buyers move to the top of the quick-pick list; says whether the buyer is new."""
        name, tax_id = self._customer_key(buyer)
        touched = await Customer.filter(company_id=company_id, name=name, tax_id=tax_id) \
            .using_db(conn).update(last_used_at=self.clock.now())
        if touched:
            return False
        if save:
            await Customer.create(company_id=company_id, name=buyer.name.strip(), tax_id=tax_id,
                                  address_phone=buyer.address_phone, bank_account=buyer.bank_account,
                                  is_person=buyer.is_person, email=buyer.email, last_used_at=self.clock.now(),
                                  using_db=conn)
            return False
        return True

