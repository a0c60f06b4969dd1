"""红字发票信息确认单 on the sandbox platform.

The seller always fills one in. If the buyer has not done 用途确认 of the blue invoice, no
confirmation is needed; otherwise either side fills it in and the other confirms within
the rules' window (72 hours), else it lapses. Statuses as in ``core.port_data.invoice_platform``.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import timedelta

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

import core.invoice_platform_sandbox.records as records
from core.clock import CHINA
from core.invoice_platform_sandbox.base import SandboxBase, log
from core.invoice_platform_sandbox.models import PlatformInvoice, PlatformRedConfirmation
from core.port_data.invoice_platform import PlatformLine, PlatformRejected, RedConfirmationInfo, RedConfirmationRequest

PENDING = ("seller_pending_buyer", "buyer_pending_seller")
#: A 确认单 in these states still holds its part of the blue invoice.
OPEN = (*PENDING, "confirmed", "no_confirmation_needed")


class SandboxConfirmations(SandboxBase):
    async def _lapse(self) -> None:
        now = self.clock.now()
        await PlatformRedConfirmation.filter(state__in=PENDING, expires_at__lte=now).update(
            state="lapsed", decided_at=now)

    async def apply_red_confirmation(self, request: RedConfirmationRequest) -> RedConfirmationInfo:
        await self._lapse()
        existing = await PlatformRedConfirmation.filter(request_id=request.request_id).first()
        if existing is not None and request.initiator_tax_id in (existing.seller_tax_id, existing.buyer_tax_id):
            return records.confirmation(existing)
        if request.reason_code not in self.rules.reasons:
            raise PlatformRejected("reason_invalid", reason=request.reason_code)
        if len(request.lines) != len(request.line_indexes):
            raise PlatformRejected("lines_mismatch")
        async with in_transaction("default") as conn:
            blue = await PlatformInvoice.get_or_none(number=request.blue_number, is_red=False, using_db=conn)
            if blue is None:
                raise PlatformRejected("blue_not_found", number=request.blue_number)
            if request.initiator_tax_id == blue.seller_tax_id:
                initiator = "seller"
            elif blue.buyer_tax_id and request.initiator_tax_id == blue.buyer_tax_id:
                initiator = "buyer"
            else:
                raise PlatformRejected("not_party", number=blue.number)
            if blue.status == "fully_red":
                raise PlatformRejected("already_fully_red", number=blue.number)
            busy = await PlatformRedConfirmation.filter(blue_number=blue.number, state__in=OPEN,
                                                        red_number__isnull=True).using_db(conn).first()
            if busy is not None:
                raise PlatformRejected("confirmation_open", confirmation_no=busy.confirmation_no)
            needs = blue.use is not None  # the buyer confirmed its use (用途确认)
            if not needs and initiator == "buyer":
                raise PlatformRejected("buyer_cannot_start", number=blue.number)
            self.check_lines(request.lines, blue.kind, red=True)
            await self._check_against_blue(blue, request.lines, request.line_indexes, conn)
            now = self.clock.now()
            state = ("seller_pending_buyer" if initiator == "seller" else "buyer_pending_seller") if needs \
                else "no_confirmation_needed"
            number = f"{now.astimezone(CHINA):%Y%m%d}{secrets.randbelow(10**12):012d}"
            row = await PlatformRedConfirmation.create(
                confirmation_no=number, request_id=request.request_id, blue_number=blue.number,
                seller_tax_id=blue.seller_tax_id, seller_name=blue.seller_name, buyer_tax_id=blue.buyer_tax_id,
                buyer_name=blue.buyer_name, initiator=initiator, reason_code=request.reason_code, state=state,
                lines=[records.line_to_json(line) for line in request.lines],
                line_indexes=list(request.line_indexes), created_at=now,
                expires_at=now + timedelta(hours=self.rules.confirm_within_hours) if needs else None,
                using_db=conn,
            )
        log.info("platform 红字确认单 %s for %s: %s", number, blue.number, state)
        return records.confirmation(row)

    @staticmethod
    async def _check_against_blue(blue: PlatformInvoice, lines: Sequence[PlatformLine], indexes: Sequence[int],
                                  conn: BaseDBAsyncClient) -> None:
        """Per blue line, the red 金额 and 税额 never exceed what is left of it (earlier red
        invoices are counted through the 确认单 they were issued under)."""
        blue_lines = records.lines_from_json(blue.lines)
        left = {i: [line.amount, line.tax] for i, line in enumerate(blue_lines)}
        done = await PlatformRedConfirmation.filter(blue_number=blue.number, red_number__isnull=False).using_db(conn)
        for earlier in done:
            for index, line in zip(earlier.line_indexes, records.lines_from_json(earlier.lines),
                                   strict=True):
                left[int(index)][0] += line.amount
                left[int(index)][1] += line.tax
        for index, line in zip(indexes, lines, strict=True):
            if index not in left:
                raise PlatformRejected("red_line_unknown", line=str(index + 1))
            if line.amount >= 0 and line.tax >= 0:
                raise PlatformRejected("red_amount_sign", line=str(index + 1))
            left[index][0] += line.amount
            left[index][1] += line.tax
            if left[index][0] < 0 or left[index][1] < 0:
                raise PlatformRejected("red_exceeds", line=str(index + 1))

    async def decide_red_confirmation(self, tax_id: str, confirmation_no: str, accept: bool) -> RedConfirmationInfo:
        await self._lapse()
        row = await self._party_row(tax_id, confirmation_no)
        if row.state not in PENDING:
            raise PlatformRejected("confirmation_state", state=row.state)
        side = "seller" if tax_id == row.seller_tax_id else "buyer"
        if side == row.initiator:
            raise PlatformRejected("initiator_cannot_confirm", confirmation_no=confirmation_no)
        state = "confirmed" if accept else "refused"
        changed = await PlatformRedConfirmation.filter(id=row.id, state=row.state).update(
            state=state, decided_at=self.clock.now())
        if changed != 1:
            raise PlatformRejected("confirmation_state", state=row.state)
        await row.refresh_from_db()
        return records.confirmation(row)

    async def revoke_red_confirmation(self, tax_id: str, confirmation_no: str) -> RedConfirmationInfo:
        await self._lapse()
        row = await self._party_row(tax_id, confirmation_no)
        side = "seller" if tax_id == row.seller_tax_id else "buyer"
        if side != row.initiator:
            raise PlatformRejected("only_initiator_revokes", confirmation_no=confirmation_no)
        changed = await PlatformRedConfirmation.filter(id=row.id, state__in=PENDING).update(
            state="revoked", decided_at=self.clock.now())
        if changed != 1:
            raise PlatformRejected("confirmation_state", state=row.state)
        await row.refresh_from_db()
        return records.confirmation(row)

    async def _party_row(self, tax_id: str, confirmation_no: str) -> PlatformRedConfirmation:
        row = await PlatformRedConfirmation.get_or_none(confirmation_no=confirmation_no)
        if row is None or tax_id not in (row.seller_tax_id, row.buyer_tax_id):
            raise PlatformRejected("confirmation_not_found", confirmation_no=confirmation_no)
        return row

    async def red_confirmations(self, tax_id: str) -> Sequence[RedConfirmationInfo]:
        await self._lapse()
        rows = await PlatformRedConfirmation.filter(Q(seller_tax_id=tax_id) | Q(buyer_tax_id=tax_id)) \
            .order_by("-id").limit(100)
        return [records.confirmation(row) for row in rows]

