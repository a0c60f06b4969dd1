"""Corrections of issued invoices: 作废, 红冲 (full or partial, with a 红字确认单 when the
buyer must confirm) and 重开."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from decimal import Decimal
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from core import telemetry
from core.adapters.models import (
    Company,
    Invoice,
    InvoiceLine,
    RedConfirmation,
)
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import (
    InvoiceNotRedLetterable,
    InvoiceNotReissuable,
    InvoiceNotVoidable,
    InvoiceStateConflict,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from core.domain.invoice_math import Line, compute_totals
from core.domain.money import to_money
from core.domain.roles import Permission, Role
from core.domain.tax_rates import rate_by_code
from core.invoicing.issuing import Issuing
from core.invoicing.views import (
    CONFIRMATION_WINDOW,
    RED_REASONS,
    InvoiceView,
    RedLineRequest,
    decimal_or_none,
)
from core.services.companies import Scope


class Corrections(Issuing):
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
            quantity = decimal_or_none(request.quantity, prefix + "quantity")
            if quantity is None or quantity <= 0 or line.quantity is None or line.unit_price is None:
                raise ValidationFailed.one(prefix + "quantity", "red_quantity_invalid")
            if quantity_left is None or quantity > quantity_left:
                raise ValidationFailed.one(prefix + "quantity", "red_exceeds", left=str(quantity_left))
            amount = to_money(line.unit_price * quantity) if quantity < quantity_left else amount_left
        elif request.total is not None and str(request.total).strip():
            parsed = decimal_or_none(request.total, prefix + "total")
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
            parsed = decimal_or_none(request.amount, prefix + "amount")
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

