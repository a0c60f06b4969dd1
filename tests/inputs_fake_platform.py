"""A recording fake of the platform's 税务数字账户 calls (全量发票查询, 用途确认, 统计确认).

Only what the input side uses is implemented; it keeps every call in ``calls`` so tests can
check that our records and the platform's agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from core.invoice_platform import PlatformRejected, ReceivedInvoice, StatisticsState, UseDecision


class FakeInputPlatform:
    def __init__(self) -> None:
        self.received: dict[str, ReceivedInvoice] = {}
        self.states: dict[tuple[str, str], StatisticsState] = {}
        self.calls: list[tuple[Any, ...]] = []

    def seed(self, number: str, buyer_tax_id: str, *, issued_on: date, amount: str, tax: str, qr_kind: str = "31",
             seller_name: str = "武汉纸业有限公司", seller_tax_id: str = "91420100MA4KXXXX1X",
             tax_codes: Sequence[str] = ("1060101010000000000",), item_names: Sequence[str] = ("*纸制品*复印纸",),
             total: str | None = None) -> ReceivedInvoice:
        amount_d, tax_d = Decimal(amount), Decimal(tax)
        invoice = ReceivedInvoice(number=number, qr_kind=qr_kind, issued_on=issued_on, seller_name=seller_name,
                                  seller_tax_id=seller_tax_id, buyer_tax_id=buyer_tax_id, amount=amount_d, tax=tax_d,
                                  total=Decimal(total) if total else amount_d + tax_d, status="normal",
                                  tax_codes=tuple(tax_codes), item_names=tuple(item_names))
        self.received[number] = invoice
        return invoice

    async def received_invoices(self, buyer_tax_id: str, issued_from: date, issued_to: date) -> Sequence[ReceivedInvoice]:
        self.calls.append(("received_invoices", buyer_tax_id, issued_from, issued_to))
        return [i for i in self.received.values()
                if i.buyer_tax_id == buyer_tax_id and issued_from <= i.issued_on <= issued_to]

    async def confirm_use(self, buyer_tax_id: str, number: str, decision: UseDecision, period: str,
                          reason: str = "") -> ReceivedInvoice:
        self.calls.append(("confirm_use", buyer_tax_id, number, decision, period, reason))
        invoice = self.received.get(number)
        if invoice is None or invoice.buyer_tax_id != buyer_tax_id:
            raise PlatformRejected("invoice_not_found", number=number)
        if self.states.get((buyer_tax_id, period), "open") != "open":
            raise PlatformRejected("statistics_closed", period=period)
        if decision == "undo":
            if invoice.use_period and self.states.get((buyer_tax_id, invoice.use_period), "open") != "open":
                raise PlatformRejected("statistics_closed", period=invoice.use_period)
            updated = replace(invoice, use=None, use_reason="", use_period=None)
        else:
            updated = replace(invoice, use=decision, use_reason=reason, use_period=period)
        self.received[number] = updated
        return updated

    async def statistics(self, buyer_tax_id: str, period: str,
                         action: Literal["status", "apply", "sign", "undo"]) -> StatisticsState:
        self.calls.append(("statistics", buyer_tax_id, period, action))
        key = (buyer_tax_id, period)
        state = self.states.get(key, "open")
        if action == "apply":
            if state != "open":
                raise PlatformRejected("statistics_state", state=state)
            state = "applied"
        elif action == "sign":
            if state != "applied":
                raise PlatformRejected("statistics_state", state=state)
            state = "signed"
        elif action == "undo":
            if state != "applied":
                raise PlatformRejected("statistics_state", state=state)
            state = "open"
        self.states[key] = state
        return state

    def __getattr__(self, name: str) -> Any:  # issuing and 红字 calls are not the input side's
        raise NotImplementedError(name)
