"""The buyer's side of the sandbox platform (税务数字账户): 全量发票查询, 用途确认 and the
period's 统计确认; and the taxpayer's authorisation of fapiao's channel."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Literal, cast

import core.invoice_platform_sandbox.records as records
from core.clock import CHINA
from core.invoice_platform_sandbox.base import SandboxBase, log
from core.invoice_platform_sandbox.models import PlatformAuthorization, PlatformInvoice, PlatformStatistics
from core.port_data.invoice_platform import (
    AuthorizationRequest,
    PlatformRejected,
    ReceivedInvoice,
    StatisticsState,
    UseDecision,
)


class SandboxReceived(SandboxBase):
    async def received_invoices(self, buyer_tax_id: str, issued_from: date,
                                issued_to: date) -> Sequence[ReceivedInvoice]:
        start = datetime.combine(issued_from, time.min, tzinfo=CHINA)
        end = datetime.combine(issued_to + timedelta(days=1), time.min, tzinfo=CHINA)
        rows = await PlatformInvoice.filter(buyer_tax_id=buyer_tax_id, issued_at__gte=start,
                                            issued_at__lt=end).order_by("issued_at", "id")
        return [records.received(row) for row in rows]

    async def confirm_use(self, buyer_tax_id: str, number: str, decision: UseDecision, period: str,
                          reason: str = "") -> ReceivedInvoice:
        row = await PlatformInvoice.get_or_none(number=number, buyer_tax_id=buyer_tax_id)
        if row is None:
            raise PlatformRejected("invoice_not_received", number=number)
        if await self._statistics_state(buyer_tax_id, row.use_period or period) == "signed":
            raise PlatformRejected("statistics_signed", period=row.use_period or period)
        if decision == "undo":
            row.use, row.use_reason, row.use_period = None, "", None
        else:
            if row.is_red:
                raise PlatformRejected("red_not_confirmable", number=number)
            row.use, row.use_reason, row.use_period = decision, reason[:100], period
        await row.save(update_fields=["use", "use_reason", "use_period"])
        return records.received(row)

    async def _statistics_state(self, tax_id: str, period: str) -> StatisticsState:
        row = await PlatformStatistics.get_or_none(tax_id=tax_id, period=period)
        return cast(StatisticsState, row.state) if row else "open"

    async def statistics(self, buyer_tax_id: str, period: str,
                         action: Literal["status", "apply", "sign", "undo"]) -> StatisticsState:
        state = await self._statistics_state(buyer_tax_id, period)
        moves: dict[tuple[str, str], StatisticsState] = {
            ("open", "apply"): "applied", ("applied", "sign"): "signed", ("applied", "undo"): "open",
            ("signed", "undo"): "applied",
        }
        if action == "status":
            return state
        target = moves.get((state, action))
        if target is None:
            raise PlatformRejected("statistics_state", state=state, action=action)
        await PlatformStatistics.update_or_create(defaults={"state": target}, tax_id=buyer_tax_id, period=period)
        return target

    async def request_authorization(self, tax_id: str, taxpayer_name: str) -> AuthorizationRequest:
        await PlatformAuthorization.filter(tax_id=tax_id, state="pending").update(state="superseded")
        code = f"{secrets.randbelow(10 ** self.rules.code_digits):0{self.rules.code_digits}d}"
        reference = secrets.token_hex(8)
        await PlatformAuthorization.create(tax_id=tax_id, reference=reference, code=code, state="pending",
                                           created_at=self.clock.now())
        # Like the SMS console: the code the taxpayer would see in 电子税务局.
        log.info("TAX AUTH for %s: %s", tax_id, code, extra={"unmasked": True})
        return AuthorizationRequest(tax_id=tax_id, reference=reference, state="pending")

    async def confirm_authorization(self, tax_id: str, reference: str, code: str) -> AuthorizationRequest:
        row = await PlatformAuthorization.get_or_none(tax_id=tax_id, reference=reference)
        if row is None:
            raise PlatformRejected("authorization_not_found")
        if row.state == "authorized":
            return AuthorizationRequest(tax_id=tax_id, reference=reference, state="authorized")
        if row.state != "pending":
            raise PlatformRejected("authorization_superseded")
        if not secrets.compare_digest(row.code, code.strip()):
            raise PlatformRejected("authorization_code_wrong")
        await PlatformAuthorization.filter(id=row.id, state="pending").update(state="authorized")
        return AuthorizationRequest(tax_id=tax_id, reference=reference, state="authorized")
