"""红冲: red invoices through the platform's 红字发票信息确认单.

The seller always fills in a 确认单 on the platform. When the platform answers 无需确认 (the
buyer has not confirmed the blue invoice's use) the red invoice is issued at once;
otherwise the other side confirms first (``core.invoicing.confirmations``). Red amounts are
exact (``core.domain.red_letter``): a full red mirrors the blue line by line, partial reds
are capped by what is left of each line and the last one takes exactly the remainder.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from core.companies.models import Company
from core.domain.actor import Actor
from core.domain.errors import InvoiceNotRedLetterable, ValidationFailed
from core.domain.red_letter import RedAmounts, Remaining, red_amounts
from core.domain.roles import Permission
from core.domain.tax_rates import rate_by_code
from core.invoicing.issuing import Issuing, platform_line
from core.invoicing.models import Invoice, InvoiceEvent, InvoiceLine, RedConfirmation
from core.invoicing.views import RED_REASONS, InvoiceView, RedLineRequest
from core.port_data.invoice_platform import PlatformLine, RedConfirmationInfo, RedConfirmationRequest

#: The 备注 of a red 数电票, as the platform prints it.
RED_REMARK = "被红冲蓝字数电发票号码：{blue} 红字发票信息确认单编号：{confirmation}"
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class RedPart:
    """One red line: the blue line it corrects and the (positive) amounts taken from it."""

    line: InvoiceLine
    take: RedAmounts


def _fold_discounts(left: dict[int, tuple[InvoiceLine, Remaining]]) -> dict[int, tuple[InvoiceLine, Remaining]]:
    """A 折扣行 (a negative line of a blue invoice, core/domain/discounts.py) is red-lettered
    with the line above it: what is left of that line is its NET (sale less discount), and
    the discount row is no line of its own, so reds never exceed the invoice."""
    folded: dict[int, tuple[InvoiceLine, Remaining]] = {}
    previous: int | None = None
    for position, (line, rest) in left.items():
        if line.amount < 0 and previous is not None:
            above, above_left = folded[previous]
            folded[previous] = (above, replace(above_left, amount=above_left.amount + rest.amount,
                                               tax=above_left.tax + rest.tax))
            continue
        folded[position] = (line, rest)
        previous = position
    return folded


class RedLettering(Issuing):
    async def _remaining(self, blue: Invoice, conn: BaseDBAsyncClient | None = None) -> dict[int, tuple[InvoiceLine, Remaining]]:
        """Per blue line (by position): the line and what the red invoices issued so far left of it."""
        lines_q = InvoiceLine.filter(invoice_id=blue.id).order_by("position")
        blue_lines = await (lines_q.using_db(conn) if conn else lines_q)
        reds_q = Invoice.filter(original_id=blue.id, is_red=True, status="issued")
        reds = await (reds_q.using_db(conn) if conn else reds_q).values_list("id", flat=True)
        red_lines: list[InvoiceLine] = []
        if reds:
            red_q = InvoiceLine.filter(invoice_id__in=list(reds))
            red_lines = await (red_q.using_db(conn) if conn else red_q)
        left: dict[int, tuple[InvoiceLine, Remaining]] = {}
        for line in blue_lines:
            done = [r for r in red_lines if r.original_position == line.position]
            quantity = None
            if line.quantity is not None:
                quantity = line.quantity + sum((r.quantity or ZERO for r in done), ZERO)
            rate = rate_by_code(line.rate_code)
            left[line.position] = (line, Remaining(
                amount=line.amount + sum((r.amount for r in done), ZERO),
                tax=line.tax + sum((r.tax for r in done), ZERO), quantity=quantity, unit_price=line.unit_price,
                rate=ZERO if rate.is_mark else rate.rate))
        return _fold_discounts(left)

    async def _red_plan(self, blue: Invoice, requests: Sequence[RedLineRequest] | None) -> list[RedPart]:
        remaining = await self._remaining(blue)
        chosen = list(requests or [RedLineRequest(position=p) for p, (_, left) in remaining.items()
                                   if left.amount > 0 or left.tax > 0])
        parts: list[RedPart] = []
        problems: dict[str, Any] = {}
        for index, request in enumerate(chosen):
            prefix = f"lines.{index}."
            if request.position not in remaining:
                problems.update(ValidationFailed.one(prefix + "position", "red_line_unknown",
                                                     position=request.position).fields)
                continue
            line, left = remaining[request.position]
            try:
                parts.append(RedPart(line, red_amounts(left, prefix, quantity=request.quantity, amount=request.amount,
                                                       total=request.total)))
            except ValidationFailed as exc:
                problems.update(exc.fields)
        if problems:
            raise ValidationFailed(fields=problems)
        if not parts:
            raise InvoiceNotRedLetterable({"status": blue.status, "why": "nothing_left"})
        return parts

    @staticmethod
    def _red_platform_line(part: RedPart) -> PlatformLine:
        blue = platform_line(part.line)
        return PlatformLine(name=blue.name, tax_code=blue.tax_code, amount=-part.take.amount, tax=-part.take.tax,
                            rate=blue.rate, tax_mark=blue.tax_mark, spec=blue.spec, unit=blue.unit,
                            quantity=-part.take.quantity if part.take.quantity is not None else None,
                            unit_price=blue.unit_price)

    @staticmethod
    def _stored_parts(parts: Sequence[RedPart]) -> list[dict[str, Any]]:
        return [{"position": p.line.position, "amount": str(p.take.amount), "tax": str(p.take.tax),
                 "quantity": None if p.take.quantity is None else str(p.take.quantity)} for p in parts]

    # -- the seller starts a red invoice ----------------------------------------------------------

    async def red_letter(self, invoice_id: int, reason_code: str, actor: Actor,
                         lines: Sequence[RedLineRequest] | None = None) -> InvoiceView:
        """红冲: a red invoice with its own number and negative amounts. ``lines`` for a
        partial one (chosen lines and quantities or amounts); None for the whole remainder.
        Answers the red invoice, or the blue one while it waits for approval or for the buyer."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        company = await Company.get(id=scope.company_id)
        if reason_code not in RED_REASONS:
            raise ValidationFailed.one("reason_code", "red_reason_invalid")
        blue = await self._owned(invoice_id, scope)
        self._require_red_letterable(blue)
        plan = await self._red_plan(blue, lines)  # an impossible request is refused before anything
        if self._needs_approval(company, scope):
            payload = {"reason_code": reason_code, "lines": [asdict(line) for line in lines or []]}
            async with self.audit.transaction() as conn:
                claimed = await Invoice.filter(id=blue.id, pending_action="").using_db(conn).update(
                    pending_action="red", pending_payload=payload, updated_at=self.clock.now())
                if claimed != 1:
                    raise InvoiceNotRedLetterable({"status": blue.status, "why": "state"})
                await self._event(blue, actor, "submitted", conn, {"action": "red", "reason_code": reason_code})
            return await self.get(blue.id, actor)
        red_id = await self._start_red(blue, reason_code, plan, actor, scope.account_id)
        return await self.get(red_id, actor)

    @staticmethod
    def _require_red_letterable(blue: Invoice) -> None:
        if blue.is_red or blue.status not in ("issued", "red_partial") or blue.pending_action:
            raise InvoiceNotRedLetterable({"status": blue.status, "is_red": blue.is_red, "why": "state"})

    async def _start_red(self, blue: Invoice, reason_code: str, plan: Sequence[RedPart], actor: Actor,
                         account_id: int | None) -> int:
        """Fill in the 确认单 on the platform; issue the red invoice now when no confirmation is
        needed. Returns the red invoice's id, or the blue one's while the other side decides."""
        assert blue.number
        info = await self.platform.apply_red_confirmation(RedConfirmationRequest(
            request_id=uuid.uuid4().hex, initiator_tax_id=blue.seller_tax_id, blue_number=blue.number,
            reason_code=reason_code, lines=tuple(self._red_platform_line(p) for p in plan),
            line_indexes=tuple(p.line.position - 1 for p in plan)))
        return await self._record_confirmation(blue, info, plan, actor, account_id, initiator="seller")

    async def _record_confirmation(self, blue: Invoice, info: RedConfirmationInfo, plan: Sequence[RedPart],
                                   actor: Actor, account_id: int | None, *, initiator: str,
                                   buyer_company_id: int | None = None) -> int:
        now = self.clock.now()
        if buyer_company_id is None:
            buyer = await Company.filter(tax_id=blue.buyer_tax_id).exclude(id=blue.company_id).first() \
                if blue.buyer_tax_id else None
            buyer_company_id = buyer.id if buyer else 0
        red_id = None
        async with self.audit.transaction() as conn:
            confirmation = await RedConfirmation.create(
                confirmation_no=info.confirmation_no, initiator=initiator, blue_invoice_id=blue.id,
                seller_company_id=blue.company_id, buyer_company_id=buyer_company_id, status=info.state,
                reason_code=info.reason_code, lines=self._stored_parts(plan),
                total=-sum((p.take.total for p in plan), ZERO), requested_by_id=account_id or 0,
                expires_at=info.expires_at or now, created_at=now, using_db=conn)
            if info.state == "no_confirmation_needed":
                red_id = await self._create_red(blue, confirmation, actor, conn)
            else:
                await Invoice.filter(id=blue.id).using_db(conn).update(pending_action="confirm", updated_at=now)
                await self._event(blue, actor, "red_requested", conn, {
                    "confirmation_no": info.confirmation_no, "reason_code": info.reason_code,
                    "total": str(confirmation.total), "initiator": initiator})
            await self._notify_confirmation(confirmation, blue, "requested" if red_id is None else "no_confirmation",
                                            conn)
        if red_id is None:
            return blue.id
        await self._complete(red_id, actor)
        return red_id

    async def _create_red(self, blue: Invoice, confirmation: RedConfirmation, actor: Actor,
                          conn: BaseDBAsyncClient) -> int:
        """The red invoice of a 确认单 that allows it, ready to be issued (``issuing``)."""
        remaining = await self._remaining(blue, conn)
        parts = []
        for item in confirmation.lines:
            line, _ = remaining[int(str(item["position"]))]
            quantity = item.get("quantity")
            parts.append(RedPart(line, RedAmounts(Decimal(str(item["amount"])), Decimal(str(item["tax"])),
                                                  Decimal(str(quantity)) if quantity is not None else None)))
        amount = -sum((p.take.amount for p in parts), ZERO)
        tax = -sum((p.take.tax for p in parts), ZERO)
        now = self.clock.now()
        red = await Invoice.create(
            company_id=blue.company_id, kind=blue.kind, status="issuing", is_red=True, original_id=blue.id,
            buyer_name=blue.buyer_name, buyer_tax_id=blue.buyer_tax_id, buyer_address_phone=blue.buyer_address_phone,
            buyer_bank_account=blue.buyer_bank_account, buyer_is_person=blue.buyer_is_person,
            buyer_email=blue.buyer_email, buyer_phone=blue.buyer_phone, seller_name=blue.seller_name,
            seller_tax_id=blue.seller_tax_id, seller_address_phone=blue.seller_address_phone,
            seller_bank_account=blue.seller_bank_account, price_includes_tax=blue.price_includes_tax,
            total_amount=amount, total_tax=tax, total=amount + tax,
            remark=RED_REMARK.format(blue=blue.number, confirmation=confirmation.confirmation_no),
            issuer_name=blue.issuer_name, red_reason_code=confirmation.reason_code,
            red_confirmation_no=confirmation.confirmation_no or "", platform_request_id=uuid.uuid4().hex,
            created_by_id=confirmation.requested_by_id, created_at=now, updated_at=now, using_db=conn,
        )
        await InvoiceLine.bulk_create([
            InvoiceLine(invoice_id=red.id, position=index + 1, name=p.line.name, printed_name=p.line.printed_name,
                        tax_code=p.line.tax_code, spec=p.line.spec, unit=p.line.unit,
                        quantity=-p.take.quantity if p.take.quantity is not None else None,
                        unit_price=p.line.unit_price, amount=-p.take.amount, rate_code=p.line.rate_code,
                        tax=-p.take.tax, original_position=p.line.position)
            for index, p in enumerate(parts)], using_db=conn)
        await RedConfirmation.filter(id=confirmation.id).using_db(conn).update(red_invoice_id=red.id)
        await self._event(red, actor, "created", conn, {"original": blue.number,
                                                         "reason_code": confirmation.reason_code})
        return red.id

    async def _issued(self, invoice: Invoice, actor: Actor, conn: BaseDBAsyncClient) -> None:
        """A red invoice was issued: the blue one's status follows what is left of it."""
        if not invoice.is_red or invoice.original_id is None:
            return
        blue = await Invoice.get(id=invoice.original_id, using_db=conn)
        left = await self._remaining(blue, conn)
        fully = all(r.amount <= 0 and r.tax <= 0 for _, r in left.values())
        await Invoice.filter(id=blue.id).using_db(conn).update(
            status="red_full" if fully else "red_partial", pending_action="", pending_payload={},
            updated_at=self.clock.now())
        await self._event(blue, actor, "red_lettered", conn, {
            "red_number": invoice.number, "reason_code": invoice.red_reason_code, "full": fully,
            "confirmation_no": invoice.red_confirmation_no})
        confirmation = await RedConfirmation.filter(red_invoice_id=invoice.id).using_db(conn).first()
        if confirmation is not None:
            await self._notify_confirmation(confirmation, blue, "red_issued", conn, red_number=invoice.number or "")

    async def _released(self, invoice: Invoice, conn: BaseDBAsyncClient) -> None:
        """A red invoice the platform refused is not kept as a draft: a red draft means nothing."""
        if invoice.is_red:
            await RedConfirmation.filter(red_invoice_id=invoice.id).using_db(conn).update(red_invoice_id=None)
            await InvoiceLine.filter(invoice_id=invoice.id).using_db(conn).delete()
            await Invoice.filter(id=invoice.id, status="draft").using_db(conn).update(status="deleting")
            await InvoiceEvent.filter(invoice_id=invoice.id).using_db(conn).delete()
            await Invoice.filter(id=invoice.id, status="deleting").using_db(conn).delete()

    async def _notify_confirmation(self, confirmation: RedConfirmation, blue: Invoice, step: str,
                                   conn: BaseDBAsyncClient, **extra: str) -> None:
        """Hook: tell buyer and seller (``core.invoicing.confirmations``)."""

