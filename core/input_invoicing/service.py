"""收票 and 勾选: the company's received invoices as the 税务数字账户 shows them.

* :meth:`ReceivedInvoiceService.sync` copies 全量发票查询 (invoices issued to the company's
  tax ID) into our records, judging each one's deductibility from its kind and items;
* :meth:`confirm` is 用途确认 (抵扣 / 不抵扣 with a reason / 撤销) for one invoice or a
  batch, always through the platform port, so the platform's records (which decide whether
  a 红字确认单 needs the buyer) and ours agree;
* :meth:`statistics` is the period's 申请统计 → 确认签名 (undo before signing).

An invoice the platform does not list (paper, added by hand) is confirmed in our records
only. A deduction in a period whose statistics are signed cannot be undone: a later change
of use is a 进项转出 in the current period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Literal

from tortoise.exceptions import IntegrityError

from core.audit.log import AuditLog
from core.clock import CHINA
from core.companies.models import Company
from core.companies.service import CompanyService
from core.domain.actor import Actor
from core.domain.errors import Conflict, NotFound, ValidationFailed
from core.domain.periods import Period, due_date
from core.domain.roles import Permission
from core.input_invoicing.deductibility import assess, kind_of_qr, rules
from core.input_invoicing.inputs import InputInvoiceView, _view
from core.input_invoicing.models import InputInvoice, InputTransferOut
from core.port_data.invoice_platform import PlatformRejected, ReceivedInvoice, StatisticsState
from core.ports import Clock, InvoicePlatform

ZERO = Decimal("0.00")
#: Platform answers meaning "no such invoice issued to you": a paper or legacy invoice added by hand.
NOT_LISTED = frozenset({"invoice_not_received", "invoice_not_found", "not_found", "unknown_invoice"})
MAX_BATCH = 500
OVERVIEW_ITEMS = 10
Decision = Literal["deduct", "not_deduct", "undo"]


@dataclass(frozen=True)
class SyncResult:
    added: int
    updated: int


@dataclass(frozen=True)
class Overview:
    """「进项」: the invoices received in ``month`` (by 开票日期) and where the 勾选 stands."""

    month: str
    count: int
    amount: Decimal
    tax: Decimal
    unconfirmed: int
    unconfirmed_special: int
    #: The period a 勾选 made now goes to, and its 统计确认 state.
    use_period: str
    statistics: StatisticsState
    deducted_count: int
    deducted_tax: Decimal
    #: The month's invoices, newest first (at most ``OVERVIEW_ITEMS``).
    items: tuple[InputInvoiceView, ...] = ()


@dataclass(frozen=True)
class Confirmed:
    decision: Decision
    period: str
    done: tuple[InputInvoiceView, ...]
    #: 进项转出 entries made because a deduction in a signed period changed use.
    transfers_out: tuple[str, ...] = ()


@dataclass(frozen=True)
class Page:
    items: tuple[InputInvoiceView, ...]
    next_cursor: str | None


class ReceivedInvoiceService:
    def __init__(self, companies: CompanyService, clock: Clock, audit: AuditLog,
                 platform: InvoicePlatform | None) -> None:
        self.companies = companies
        self.clock = clock
        self.audit = audit
        self.platform = platform

    def _today(self) -> date:
        return self.clock.now().astimezone(CHINA).date()

    def _port(self) -> InvoicePlatform:
        if self.platform is None:
            raise ValidationFailed.one("platform", "input_platform_missing")
        return self.platform

    async def _company(self, actor: Actor, permission: Permission) -> tuple[Company, int]:
        scope = await self.companies.require(actor, permission)
        return await Company.get(id=scope.company_id), scope.account_id

    # -- 收票 ------------------------------------------------------------------------

    async def sync(self, actor: Actor, month: str | None = None) -> SyncResult:
        """Copy 全量发票查询 for ``month`` (default: this month and the previous one)."""
        company, account_id = await self._company(actor, Permission.VIEW)
        if month:
            period = Period.parse(month, "month")
            start, end = period.start, period.end
        else:
            today = self._today()
            start, end = Period.containing(today, "month").previous().start, today
        listed = await self._port().received_invoices(company.tax_id, start, end)
        added = updated = 0
        for item in listed:
            if item.buyer_tax_id != company.tax_id:
                continue
            row = await InputInvoice.filter(company_id=company.id, code="", number=item.number).first()
            if row is None:
                if await self._create(company.id, account_id, item):
                    added += 1
            elif await self._refresh(row, item):
                updated += 1
        return SyncResult(added, updated)

    async def _create(self, company_id: int, account_id: int, item: ReceivedInvoice) -> bool:
        kind = kind_of_qr(item.qr_kind)
        judged = assess(kind, on=item.issued_on, tax=item.tax, total=item.total,
                        fare_and_fuel=item.amount + item.tax if kind == "air" else None,
                        tax_codes=item.tax_codes, item_names=item.item_names)
        rate = ""
        if kind in ("rail", "air"):
            rate = "9"
        elif item.amount > 0:
            ratio = str((item.tax / item.amount * 100).quantize(Decimal("1")))
            rate = ratio if ratio in ("13", "9", "6", "5", "3", "1", "0") else ""
        red = item.total < 0
        if red:
            # A red invoice the seller issued against one of ours: nothing to 勾选 (the platform
            # refuses it); it is kept, marked, and waits for no decision.
            judged = replace(judged, deductible=False, deductible_tax=ZERO, not_deductible_code="red_letter")
        try:
            await InputInvoice.create(
                company_id=company_id, kind=kind, code="", number=item.number, issue_date=item.issued_on,
                seller_name=item.seller_name[:100], seller_tax_id=item.seller_tax_id[:20], amount=item.amount,
                tax=item.tax, total=item.total, rate_code=rate, source="platform", qr_kind=item.qr_kind,
                deductible=judged.deductible and item.status != "fully_red",
                deductible_tax=judged.deductible_tax if item.status != "fully_red" else ZERO,
                not_deductible_code="fully_red" if item.status == "fully_red" else judged.not_deductible_code,
                item_category=judged.category, item_names="、".join(item.item_names)[:400],
                use="not_deduct" if red else item.use or "", use_period=item.use_period,
                use_reason="red_letter" if red else _reason_code(item.use_reason),
                created_by_id=account_id, created_at=self.clock.now())
        except IntegrityError:  # added by another sync at the same time
            return False
        return True

    async def _refresh(self, row: InputInvoice, item: ReceivedInvoice) -> bool:
        """The platform is the record of 用途确认 and of red-letter status."""
        changed = False
        if row.not_deductible_code == "red_letter":
            return False
        if (row.use or None) != item.use or row.use_period != item.use_period:
            row.use, row.use_period, row.use_reason = item.use or "", item.use_period, _reason_code(item.use_reason)
            changed = True
        if item.status == "fully_red" and row.not_deductible_code != "fully_red":
            row.deductible, row.deductible_tax, row.not_deductible_code = False, ZERO, "fully_red"
            changed = True
        if changed:
            await row.save()
        return changed

    async def overview(self, actor: Actor, month: str | None = None) -> Overview:
        company, _ = await self._company(actor, Permission.VIEW)
        if self.platform is not None:
            await self.sync(actor, month)
        # Without a month: the one being 勾选ed (the previous month during the 征期).
        use_period = await self.use_period(company.tax_id)
        period = Period.parse(month or use_period, "month")
        rows = await InputInvoice.filter(company_id=company.id, issue_date__gte=period.start,
                                         issue_date__lte=period.end)
        deducted = await InputInvoice.filter(company_id=company.id, use="deduct", use_period=use_period)
        state = await self._state(company.tax_id, use_period)
        return Overview(
            month=period.label, count=len(rows), amount=sum((r.amount for r in rows), ZERO),
            tax=sum((r.tax for r in rows), ZERO), unconfirmed=sum(1 for r in rows if not r.use),
            unconfirmed_special=sum(1 for r in rows if not r.use and r.kind == "special"), use_period=use_period,
            statistics=state, deducted_count=len(deducted),
            deducted_tax=sum((r.deductible_tax for r in deducted), ZERO),
            items=tuple(_view(r) for r in sorted(rows, key=lambda r: (r.issue_date, r.id), reverse=True)
                        [:OVERVIEW_ITEMS]))

    async def _state(self, tax_id: str, period: str) -> StatisticsState:
        if self.platform is None:
            return "open"
        return await self.platform.statistics(tax_id, period, "status")

    async def list(self, actor: Actor, *, month: str | None = None, kind: str | None = None,
                   use: str | None = None, seller: str | None = None, cursor: str | None = None,
                   limit: int = 50) -> Page:
        """Newest first; ``cursor`` is the ``next_cursor`` of the previous page."""
        scope = await self.companies.require(actor)
        query = InputInvoice.filter(company_id=scope.company_id)
        if month:
            period = Period.parse(month, "month")
            query = query.filter(issue_date__gte=period.start, issue_date__lte=period.end)
        if kind:
            if kind not in ("special", "normal", "toll", "rail", "air"):
                raise ValidationFailed.one("kind", "invoice_kind_invalid")
            query = query.filter(kind=kind)
        if use:
            if use not in ("pending", "deduct", "not_deduct"):
                raise ValidationFailed.one("use", "choice_invalid")
            query = query.filter(use="" if use == "pending" else use)
        if seller:
            query = query.filter(seller_name__icontains=seller.strip()[:100])
        if cursor:
            if not cursor.isdigit() or len(cursor) > 12:
                raise ValidationFailed.one("cursor", "cursor_invalid")
            query = query.filter(id__lt=int(cursor))
        limit = max(1, min(limit, 200))
        rows = await query.order_by("-id").limit(limit + 1)
        items = tuple(_view(r) for r in rows[:limit])
        return Page(items, str(rows[limit - 1].id) if len(rows) > limit else None)

    # -- 勾选 / 用途确认 ------------------------------------------------------------------

    async def use_period(self, tax_id: str) -> str:
        """The 税款所属期 a 勾选 made today goes to: during the 征期 (until the deadline) the
        previous month is still being declared, unless its 勾选 is already signed; otherwise
        the current month."""
        today = self._today()
        current = Period.containing(today, "month")
        previous = current.previous()
        if today <= due_date(previous) and await self._state(tax_id, previous.label) != "signed":
            return previous.label
        return current.label

    async def confirm(self, actor: Actor, numbers: Sequence[str] | Literal["all_special"], decision: Decision,
                      reason: str = "") -> Confirmed:
        """用途确认 of the invoices named (or every unconfirmed 专票 received up to today)."""
        company, account_id = await self._company(actor, Permission.FILE_TAX)
        period = await self.use_period(company.tax_id)
        reason_code = ""
        if decision == "not_deduct":
            reason_code = rules().not_deduct_reason(reason).code
        period_end = Period.parse(period, "period").end
        if numbers == "all_special":
            # Every 专票 still waiting that the period may take (issued up to its last day).
            rows = list(await InputInvoice.filter(company_id=company.id, use="", kind="special", deductible=True,
                                                  issue_date__lte=period_end)
                        .order_by("issue_date", "id").limit(MAX_BATCH))
        else:
            wanted = [n.strip() for n in numbers if n.strip()][:MAX_BATCH]
            rows = list(await InputInvoice.filter(company_id=company.id, number__in=wanted))
            missing = sorted(set(wanted) - {r.number for r in rows})
            if missing:
                raise NotFound({"what": "input_invoice", "number": missing[0]})
        if decision != "undo":
            late = [r for r in rows if r.issue_date > period_end]
            if late:
                raise ValidationFailed.one("number", "input_issued_after_period", number=late[0].number,
                                           period=period)
        if decision == "deduct":
            refused = [r for r in rows if not r.deductible]
            if refused:
                raise ValidationFailed.one("number", "input_not_deductible", number=refused[0].number,
                                           why=refused[0].not_deductible_code)
        if decision != "undo" and await self._state(company.tax_id, period) != "open":
            raise ValidationFailed.one("period", "input_period_closed", period=period)
        done: list[InputInvoiceView] = []
        transfers: list[str] = []
        for row in rows:
            if decision == "undo" and row.use_period and await self._state(company.tax_id, row.use_period) != "open":
                raise ValidationFailed.one("number", "input_period_closed", period=row.use_period)
            if row.use == "deduct" and decision != "deduct" and row.use_period != period \
                    and await self._state(company.tax_id, row.use_period or period) == "signed":
                # Deducted in a signed period, which stays as declared: the change of use is a
                # 进项转出 in the current period (once).
                if await InputTransferOut.exists(input_invoice_id=row.id):
                    raise Conflict({"what": "input_transfer_out", "number": row.number})
                transfers.append(await self._transfer_out(actor, company.id, account_id, row, period,
                                                          reason_code or "other"))
                done.append(_view(row))
                continue
            await self._through_platform(company.tax_id, row, decision, period, reason_code)
            if decision == "undo":
                row.use, row.use_period, row.use_reason, row.use_confirmed_at = "", None, "", None
            else:
                row.use, row.use_period, row.use_reason = decision, period, reason_code
                row.use_confirmed_at = self.clock.now()
            async with self.audit.transaction() as conn:
                await row.save(using_db=conn)
                await self.audit.record(actor, f"input_invoice.{decision}", target=f"input_invoice:{row.id}",
                                        company_id=company.id, detail={"number": row.number, "period": period,
                                                                       "reason": reason_code}, connection=conn)
            done.append(_view(row))
        return Confirmed(decision, period, tuple(done), tuple(transfers))

    async def _through_platform(self, tax_id: str, row: InputInvoice, decision: Decision, period: str,
                                reason: str) -> None:
        label = next((r.label for r in rules().not_deduct_reasons if r.code == reason), "")
        if self.platform is None:
            if row.source == "platform":
                raise ValidationFailed.one("platform", "input_platform_missing")
            return
        try:
            await self.platform.confirm_use(tax_id, row.number, decision, period, label)
        except PlatformRejected as exc:
            if exc.provider_code in NOT_LISTED and row.source != "platform":
                if await self._state(tax_id, row.use_period or period) == "signed":
                    raise
                return  # not on the platform (paper, legacy): our records only
            raise

    async def _transfer_out(self, actor: Actor, company_id: int, account_id: int, row: InputInvoice, period: str,
                            reason: str) -> str:
        code = reason if reason in {r.code for r in rules().transfer_out_reasons} else "other"
        async with self.audit.transaction() as conn:
            entry = await InputTransferOut.create(company_id=company_id, input_invoice_id=row.id, number=row.number,
                                                  period=period, tax=row.deductible_tax, reason=code,
                                                  created_by_id=account_id, created_at=self.clock.now(), using_db=conn)
            await self.audit.record(actor, "input_invoice.transfer_out", target=f"input_invoice:{row.id}",
                                    company_id=company_id, detail={"number": row.number, "period": period,
                                                                   "tax": str(entry.tax), "reason": code},
                                    connection=conn)
        return row.number

    async def statistics(self, actor: Actor, action: Literal["status", "apply", "sign", "undo"],
                         period: str | None = None) -> tuple[str, StatisticsState]:
        """申请统计 → 确认签名 of the period being 勾选ed (undo before signing)."""
        company, _ = await self._company(actor, Permission.VIEW if action == "status" else Permission.FILE_TAX)
        label = Period.parse(period, "period").label if period else await self.use_period(company.tax_id)
        state = await self._port().statistics(company.tax_id, label, action)
        if action != "status":
            await self.audit.record(actor, f"input_statistics.{action}", target=f"period:{label}",
                                    company_id=company.id, detail={"state": state})
        return label, state

    async def get(self, actor: Actor, number: str) -> InputInvoiceView:
        scope = await self.companies.require(actor)
        row = await InputInvoice.filter(company_id=scope.company_id, number=number.strip()).first()
        if row is None:
            raise NotFound({"what": "input_invoice", "number": number})
        return _view(row)


def _reason_code(text: str) -> str:
    """Our code for a reason as the platform returns it (its label, or already a code)."""
    if not text:
        return ""
    for reason in rules().not_deduct_reasons:
        if text in (reason.code, reason.label):
            return reason.code
    return "other"
