"""Issuing on the sandbox platform: numbers, 授信额度, the national QR payload, red invoices."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import cast

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core.adapters.platform_models import PlatformCredit, PlatformInvoice, PlatformRedConfirmation
from core.domain.invoice_number import format_number
from core.domain.qr_payload import KIND_DIGITAL_ORDINARY, KIND_DIGITAL_SPECIAL, build_qr
from core.invoice_platform import Credit, IssuedInvoice, IssueRequest, PlatformInvoiceStatus, PlatformRejected
from core.invoice_platform_sandbox import records
from core.invoice_platform_sandbox.base import ZERO, SandboxBase, log


class SandboxIssuing(SandboxBase):
    async def issue(self, request: IssueRequest) -> IssuedInvoice:
        existing = await self.find_issued(request.seller_tax_id, request.request_id)
        if existing is not None:
            return existing
        if not request.request_id or len(request.request_id) > 64:
            raise PlatformRejected("request_id_format")
        if request.kind == "special" and not request.buyer_tax_id:
            raise PlatformRejected("special_needs_tax_id")
        red = request.red is not None
        self.check_lines(request.lines, request.kind, red=red)
        self.check_totals(request.lines, request.total_amount, request.total_tax, request.total)
        if not red and request.total <= 0:
            raise PlatformRejected("amount_positive")
        try:
            async with in_transaction() as conn:
                return await self._issue_in(request, conn)
        except IntegrityError:
            # The same request committed concurrently: answer with what it produced.
            again = await self.find_issued(request.seller_tax_id, request.request_id)
            if again is None:
                raise
            return again

    async def _issue_in(self, request: IssueRequest, conn: BaseDBAsyncClient) -> IssuedInvoice:
        now = self.clock.now()
        on = records.china_date(now)
        month = f"{on.year:04d}-{on.month:02d}"
        confirmation = None
        blue = None
        # The series row is the lock every issuer of the province shares: taken first, so
        # the 额度 and the 确认单 are checked by one issuer at a time; a refusal rolls it back.
        sequence = await self._next_sequence(conn, on.year)
        if request.red is None:
            credit = await self._credit(request.seller_tax_id, month, conn)
            if request.total > credit.remaining:
                raise PlatformRejected("credit_exceeded", remaining=str(credit.remaining), total=str(credit.total),
                                       month=month)
        else:
            blue, confirmation = await self._red_basis(request, conn)
        number = format_number(on.year, self.rules.province, self.rules.channel_digit, sequence)
        check = hashlib.sha256(f"{number},{request.total},{on:%Y%m%d},{request.seller_tax_id}".encode()) \
            .hexdigest()[:4].upper()
        kind = KIND_DIGITAL_SPECIAL if request.kind == "special" else KIND_DIGITAL_ORDINARY
        payload = build_qr(kind, number, request.total, on, tail=check)
        row = await PlatformInvoice.create(
            number=number, request_id=request.request_id, seller_tax_id=request.seller_tax_id,
            seller_name=request.seller_name, buyer_tax_id=request.buyer_tax_id, buyer_name=request.buyer_name,
            kind=request.kind, issued_at=now, month=month, total_amount=request.total_amount,
            total_tax=request.total_tax, total=request.total, qr_payload=payload, check_code=check,
            is_red=request.red is not None, blue_number=request.red.blue_number if request.red else None,
            confirmation_no=request.red.confirmation_no if request.red else None, status="normal",
            lines=[records.line_to_json(line) for line in request.lines], using_db=conn,
        )
        if blue is not None and confirmation is not None:
            await PlatformRedConfirmation.filter(id=confirmation.id).using_db(conn).update(red_number=number)
            reds = await PlatformInvoice.filter(blue_number=blue.number, is_red=True).using_db(conn)
            left = blue.total + sum((red.total for red in reds), ZERO)
            status = "fully_red" if left <= 0 else "partly_red"
            await PlatformInvoice.filter(id=blue.id).using_db(conn).update(status=status)
        log.info("platform issued %s for %s (%s)", number, request.seller_tax_id, request.request_id)
        return records.issued(row)

    async def _next_sequence(self, conn: BaseDBAsyncClient, year: int) -> int:
        series = f"{year % 100:02d}{self.rules.province}{self.rules.channel_digit}"
        mark = "$1" if conn.capabilities.dialect == "postgres" else "?"
        await conn.execute_query(
            f'INSERT INTO "platform_counter" ("series", "last_value") VALUES ({mark}, 0) '
            'ON CONFLICT ("series") DO NOTHING', [series])
        rows = await conn.execute_query_dict(
            f'UPDATE "platform_counter" SET "last_value" = "last_value" + 1 WHERE "series" = {mark} '
            'RETURNING "last_value"', [series])
        return int(rows[0]["last_value"])

    async def _red_basis(self, request: IssueRequest,
                         conn: BaseDBAsyncClient) -> tuple[PlatformInvoice, PlatformRedConfirmation]:
        assert request.red is not None
        blue = await PlatformInvoice.get_or_none(number=request.red.blue_number, is_red=False, using_db=conn)
        if blue is None or blue.seller_tax_id != request.seller_tax_id:
            raise PlatformRejected("blue_not_found", number=request.red.blue_number)
        confirmation = await PlatformRedConfirmation.get_or_none(
            confirmation_no=request.red.confirmation_no, using_db=conn)
        if confirmation is None or confirmation.blue_number != blue.number:
            raise PlatformRejected("confirmation_not_found", confirmation_no=request.red.confirmation_no)
        if confirmation.state not in ("confirmed", "no_confirmation_needed") or confirmation.red_number:
            raise PlatformRejected("confirmation_state", state=confirmation.state)
        wanted = records.lines_from_json(confirmation.lines)
        if sum((line.amount for line in wanted), ZERO) != request.total_amount or \
                sum((line.tax for line in wanted), ZERO) != request.total_tax:
            raise PlatformRejected("red_not_as_confirmed", confirmation_no=confirmation.confirmation_no)
        return blue, confirmation

    async def find_issued(self, seller_tax_id: str, request_id: str) -> IssuedInvoice | None:
        row = await PlatformInvoice.get_or_none(seller_tax_id=seller_tax_id, request_id=request_id)
        return records.issued(row) if row else None

    async def invoice_status(self, seller_tax_id: str, number: str) -> PlatformInvoiceStatus:
        row = await PlatformInvoice.get_or_none(seller_tax_id=seller_tax_id, number=number)
        if row is None:
            raise PlatformRejected("invoice_not_found", number=number)
        return cast(PlatformInvoiceStatus, row.status)

    async def credit(self, tax_id: str, month: str) -> Credit:
        return await self._credit(tax_id, month, None)

    async def _credit(self, tax_id: str, month: str, conn: BaseDBAsyncClient | None) -> Credit:
        own = await PlatformCredit.get_or_none(tax_id=tax_id, using_db=conn)
        total = own.monthly_total if own else self.rules.default_credit
        query = PlatformInvoice.filter(seller_tax_id=tax_id, month=month)
        totals = await (query.using_db(conn) if conn else query).values_list("total", flat=True)
        used = sum((Decimal(str(t)) for t in totals), ZERO)
        return Credit(month=month, total=total, used=used, remaining=max(ZERO, total - used))

    async def set_credit(self, tax_id: str, monthly_total: Decimal) -> None:
        """Sandbox only: this taxpayer's monthly 授信额度 (the real platform sets it)."""
        await PlatformCredit.update_or_create(defaults={"monthly_total": monthly_total}, tax_id=tax_id)
