"""Tax filing: prepare a return from the data we hold, submit it to the bureau, follow its
status (已受理 → 审核中 → 需补充材料 → 申报成功 | 申报失败), correct and resubmit, pay.

Every transition is stored with time, actor and message, and the company's people are
notified of each. (A filed period's invoices are corrected by 红冲 like any other: an
electronic 数电票 is never voided.)
"""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from typing import Any

from core.audit.log import AuditLog
from core.clock import CHINA
from core.companies.models import Company, Membership
from core.companies.service import CompanyService
from core.domain.actor import Actor
from core.domain.attachments import check_attachment
from core.domain.books import BooksImport, parse_books
from core.domain.errors import Conflict, FilingStateConflict, NotFound, ValidationFailed
from core.domain.money import to_money
from core.domain.periods import Period, due_date
from core.domain.roles import Permission, Role
from core.domain.vat_return import VatReturn
from core.filing import compute as compute
from core.filing.compute import CitInputs, VatInputs
from core.filing.models import Filing, FilingEvent, FilingPayment
from core.filing.profile import FilingProfileMixin
from core.filing.status import StatusBoard, status_board
from core.filing.views import FilingView, filing_view, surcharges_of
from core.input_invoicing.models import InputInvoice
from core.invoicing.models import Invoice
from core.notifications.enqueue import enqueue
from core.port_data.tax_bureau import Submission
from core.ports import Clock, TaxBureau

log = logging.getLogger(__name__)
TAX_TYPES = ("vat", "cit")
OPEN_STATES = ("submitted", "accepted", "reviewing", "needs_materials")
STATUS_KEY = "bot.filing.status"
#: The columns 修改 may change, per tax type.
ADJUSTABLE = {"vat": ("uninvoiced", "transfers_out"), "cit": ("cost", "expenses")}

__all__ = ["ADJUSTABLE", "CitInputs", "FilingService", "FilingStateConflict", "FilingView", "VatInputs"]


def _stored_vat_inputs(stored: dict[str, Any]) -> VatInputs:
    raw = stored.get("uninvoiced")
    return VatInputs(transfers_out=str(stored.get("transfers_out", "0")),
                     uninvoiced={str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {})


class FilingService(FilingProfileMixin):
    def __init__(self, clock: Clock, audit: AuditLog, companies: CompanyService, bureau: TaxBureau) -> None:
        self.clock = clock
        self.audit = audit
        self.companies = companies
        self.bureau = bureau

    # -- computing ---------------------------------------------------------------------

    async def _compute(self, company: Company, tax_type: str, period: Period, inputs: CitInputs | None,
                       vat_inputs: VatInputs | None = None) -> tuple[dict[str, Any], Decimal, Decimal]:
        if tax_type == "vat":
            return await compute.compute_vat(company, period, vat_inputs or VatInputs())
        values = inputs or CitInputs()
        profile = await self._remember_profile(company.id, values)
        return await compute.compute_cit(company, period, values, profile)

    # -- lifecycle ---------------------------------------------------------------------

    async def prepare(self, tax_type: str, period_text: str, actor: Actor,
                      inputs: CitInputs | None = None, vat_inputs: VatInputs | None = None) -> FilingView:
        """A draft return, prefilled from our invoices (and input invoices, and last period's credit)."""
        scope = await self.companies.require(actor, Permission.FILE_TAX)
        if tax_type not in TAX_TYPES:
            raise ValidationFailed.one("tax_type", "not_allowed", allowed="vat、cit")
        period = Period.parse(period_text)
        company = await Company.get(id=scope.company_id)
        if tax_type == "cit" and period.kind != "quarter":
            raise ValidationFailed.one("period", "cit_needs_quarter")
        if tax_type == "vat":
            expected = compute.vat_period_kind(company, await compute.profile_of(company.id))
            if period.kind != expected:
                raise ValidationFailed.one("period", "vat_monthly_for_general" if company.taxpayer_kind == "general"
                                           else "vat_period_kind", expected=expected)
        today = self.clock.now().astimezone(CHINA).date()
        if period.end >= today:
            # A return covers a finished period: its figures could still change today.
            raise ValidationFailed.one("period", "period_not_over", period=period.label, end=period.end.isoformat())
        if tax_type == "vat" and vat_inputs is None:
            # Correcting a rejected return (or preparing a draft again): the figures the filer
            # typed before stay, so only the wrong column needs changing.
            earlier = await Filing.filter(company_id=company.id, tax_type="vat", period=period.label).first()
            vat_inputs = _stored_vat_inputs(earlier.inputs) if earlier is not None else VatInputs()
        figures, payable, declared = await self._compute(company, tax_type, period, inputs, vat_inputs)
        stored_inputs = dict(figures.get("inputs", {}))
        now = self.clock.now()
        async with self.audit.transaction() as conn:
            filing = await Filing.filter(company_id=company.id, tax_type=tax_type, period=period.label) \
                .using_db(conn).first()
            if filing is not None and filing.status not in ("draft", "failed", "cancelled"):
                raise Conflict({"what": "filing", "status": filing.status})
            if filing is None:
                filing = await Filing.create(
                    company_id=company.id, tax_type=tax_type, period=period.label, status="draft", figures=figures,
                    inputs=stored_inputs, payable=payable, declared_sales=declared, due_date=due_date(period),
                    created_by_id=scope.account_id, created_at=now, updated_at=now, using_db=conn)
            else:
                version = filing.version + (1 if filing.status == "failed" else 0)
                await Filing.filter(id=filing.id).using_db(conn).update(
                    status="draft", version=version, figures=figures, inputs=stored_inputs, payable=payable,
                    declared_sales=declared, reference=None, receipt=None, message="", updated_at=now)
                filing = await Filing.get(id=filing.id, using_db=conn)
            await self._event(filing, actor, "draft", "", conn)
        return await self.get(filing.id, actor)

    async def _event(self, filing: Filing, actor: Actor | None, status: str, message: str, conn: Any,
                     detail: dict[str, Any] | None = None) -> None:
        await FilingEvent.create(filing_id=filing.id, at=self.clock.now(), actor_id=actor.account_id if actor else None,
                                 status=status, version=filing.version, message=message[:500], detail=detail or {},
                                 using_db=conn)
        # A step the bureau reported (scheduler follow-up) is recorded too, as the system's.
        await self.audit.record(actor or Actor(channel="cli"), f"filing.{status}", target=f"filing:{filing.id}",
                                company_id=filing.company_id, connection=conn,
                                detail={"version": filing.version, **(detail or {})})

    async def _notify(self, filing: Filing, status: str, message: str, conn: Any) -> None:
        """Tell the people who file for the company (owner, admins, accountants) about a transition.

        The notification goes into the outbox in the transition's own transaction: it is
        delivered (at least once, de-duplicated by event id) exactly when the change is kept.
        """
        members = await Membership.filter(company_id=filing.company_id,
                                          role__in=[Role.OWNER, Role.ADMIN, Role.ACCOUNTANT]).using_db(conn)
        surcharges = surcharges_of(filing)
        params = {"filing_id": filing.id, "tax_type": filing.tax_type, "period": filing.period, "status": status,
                  "message": message, "payable": str(filing.payable), "surcharges": str(surcharges),
                  "total_due": str(to_money(filing.payable + surcharges)), "due": filing.due_date.isoformat()}
        # One notification per transition: the event row's id, so a second 审核中 (after
        # 补充材料) is a new message, not a duplicate of the first.
        event = await FilingEvent.filter(filing_id=filing.id).using_db(conn).order_by("-id").first()
        step = event.id if event is not None else f"{filing.version}:{status}"
        for member in members:
            await enqueue(conn, account_id=member.account_id, company_id=filing.company_id, kind="filing.status",
                          template=STATUS_KEY, params=params, clock=self.clock,
                          event_id=f"filing:{filing.id}:{step}:{status}:{member.account_id}")

    async def adjust(self, filing_id: int, column: str, value: str, actor: Actor, rate: str | None = None) -> FilingView:
        """修改 one column of a draft (``ADJUSTABLE``) and recompute everything that depends on it.

        VAT: ``uninvoiced`` (未开票收入 at ``rate``, may be negative), ``transfers_out`` (进项转出).
        CIT: ``cost``, ``expenses``. The bureau's 票表比对 then checks declared sales against
        the invoices: below them, the return is rejected with both amounts.
        """
        scope = await self.companies.require(actor, Permission.FILE_TAX)
        filing = await self._owned(filing_id, scope.company_id)
        if filing.status != "draft":
            raise FilingStateConflict({"status": filing.status, "action": "adjust"})
        if column not in ADJUSTABLE[filing.tax_type]:
            raise ValidationFailed.one("column", "not_allowed", allowed="、".join(ADJUSTABLE[filing.tax_type]))
        company = await Company.get(id=scope.company_id)
        stored = dict(filing.inputs)
        period = Period.parse(filing.period)
        if filing.tax_type == "vat":
            kept = _stored_vat_inputs(stored)
            uninvoiced, transfers = dict(kept.uninvoiced), kept.transfers_out
            if column == "uninvoiced":
                code = (rate or "").strip().rstrip("%")
                if not code:
                    raise ValidationFailed.one("rate", "required")
                uninvoiced[code] = str(compute.amount(value, "uninvoiced", negative_ok=True))
            else:
                transfers = str(compute.amount(value, "transfers_out"))
            figures, payable, declared = await self._compute(company, "vat", period, None,
                                                             VatInputs(transfers_out=transfers, uninvoiced=uninvoiced))
        else:
            cost = str(compute.amount(value, "cost")) if column == "cost" else str(stored.get("cost", "0"))
            expenses = str(compute.amount(value, "expenses")) if column == "expenses" else str(stored.get("expenses", "0"))
            figures, payable, declared = await self._compute(company, "cit", period, CitInputs(cost=cost, expenses=expenses))
        async with self.audit.transaction() as conn:
            await Filing.filter(id=filing.id).using_db(conn).update(
                figures=figures, inputs=dict(figures.get("inputs", {})), payable=payable, declared_sales=declared,
                updated_at=self.clock.now())
            await self._event(filing, actor, "draft", "", conn, {"column": column, "value": str(value),
                                                                 "rate": rate})
        return await self.get(filing.id, actor)

    async def import_books(self, filing_id: int, data: bytes, actor: Actor) -> tuple[FilingView, BooksImport]:
        """营业成本 and 期间费用 of a CIT draft from a CSV of the books (account, amount);
        the card then says they came from the import. Rows not understood are reported."""
        scope = await self.companies.require(actor, Permission.FILE_TAX)
        filing = await self._owned(filing_id, scope.company_id)
        if filing.status != "draft" or filing.tax_type != "cit":
            raise FilingStateConflict({"status": filing.status, "action": "books"})
        report = parse_books(data)
        if not any(row.problem is None for row in report.rows):
            raise ValidationFailed.one("file", "books_empty")
        company = await Company.get(id=scope.company_id)
        figures, payable, declared = await self._compute(
            company, "cit", Period.parse(filing.period),
            CitInputs(cost=str(report.cost), expenses=str(report.expenses), cost_source="csv"))
        async with self.audit.transaction() as conn:
            await Filing.filter(id=filing.id).using_db(conn).update(
                figures=figures, inputs=dict(figures.get("inputs", {})), payable=payable, declared_sales=declared,
                updated_at=self.clock.now())
            await self._event(filing, actor, "draft", "", conn, {"books_rows": len(report.rows)})
        return await self.get(filing.id, actor), report

    async def submit(self, filing_id: int, actor: Actor) -> FilingView:
        scope = await self.companies.require(actor, Permission.FILE_TAX)
        filing = await self._owned(filing_id, scope.company_id)
        if filing.status != "draft":
            raise FilingStateConflict({"status": filing.status, "action": "submit"})
        company = await Company.get(id=scope.company_id)
        totals = filing.figures.get("totals", {}) if filing.tax_type == "vat" else {}
        figures = {"sales_total": str(filing.declared_sales), "payable": str(filing.payable)}
        if filing.tax_type == "vat" and isinstance(totals, dict):
            figures["output_tax"] = str(totals.get("output_tax", "0"))
            figures["input_tax"] = str(totals.get("input_tax", "0"))
            figures["surcharges"] = str(surcharges_of(filing))
        status = await self.bureau.submit(Submission(
            submission_key=f"{filing.id}:{filing.version}", taxpayer_id=company.tax_id,
            tax_type="vat" if filing.tax_type == "vat" else "cit", period=filing.period, figures=figures,
            declared_invoice_total=str(filing.declared_sales)))
        async with self.audit.transaction() as conn:
            await Filing.filter(id=filing.id).using_db(conn).update(
                status=status.state, reference=status.reference, message=status.message, updated_at=self.clock.now())
            filing.status = status.state
            await self._event(filing, actor, status.state, status.message, conn, {"reference": status.reference})
            await self._notify(filing, status.state, status.message, conn)
        return await self.get(filing.id, actor)

    async def refresh(self, filing_id: int) -> str | None:
        """Ask the bureau where a submitted return stands; record and announce every step since
        the last look (the sandbox and providers with a history give each intermediate state)."""
        filing = await Filing.get_or_none(id=filing_id)
        if filing is None or filing.reference is None or filing.status not in (*OPEN_STATES, "succeeded"):
            return None
        history_of = getattr(self.bureau, "history", None)
        steps = list(await history_of(filing.reference)) if history_of else [await self.bureau.status(filing.reference)]
        if not steps or steps[-1].state == filing.status:
            return None
        seen = [i for i, step in enumerate(steps) if step.state == filing.status]
        new_steps = steps[seen[-1] + 1:] if seen else steps[-1:]
        previous = filing.status
        for step in new_steps:
            async with self.audit.transaction() as conn:
                changed = await Filing.filter(id=filing.id, status=previous).using_db(conn).update(
                    status=step.state, message=step.message, receipt=step.receipt, updated_at=self.clock.now())
                if not changed:
                    return None  # another worker recorded it
                filing.status = step.state
                await self._event(filing, None, step.state, step.message, conn, {"receipt": step.receipt})
                await self._notify(filing, step.state, step.message, conn)
            previous = step.state
        return filing.status

    async def refresh_all(self) -> int:
        changed = 0
        for open_filing in await Filing.filter(status__in=list(OPEN_STATES)).only("id"):
            filing_id = open_filing.id
            try:
                if await self.refresh(filing_id):
                    changed += 1
            except Exception:
                log.exception("filing %s: status refresh failed", filing_id)
        return changed

    async def upload_materials(self, filing_id: int, filename: str, data: bytes, actor: Actor) -> FilingView:
        scope = await self.companies.require(actor, Permission.FILE_TAX)
        filing = await self._owned(filing_id, scope.company_id)
        if filing.status != "needs_materials" or filing.reference is None:
            raise FilingStateConflict({"status": filing.status, "action": "materials"})
        media_type = check_attachment(filename, data)
        status = await self.bureau.upload(filing.reference, filename, data, media_type)
        async with self.audit.transaction() as conn:
            await Filing.filter(id=filing.id).using_db(conn).update(status=status.state, message=status.message,
                                                                    updated_at=self.clock.now())
            filing.status = status.state
            await self._event(filing, actor, status.state, status.message, conn,
                              {"uploaded": filename, "size": len(data)})
            await self._notify(filing, status.state, status.message, conn)
        return await self.get(filing.id, actor)

    async def pay(self, filing_id: int, method: str, actor: Actor) -> FilingView:
        scope = await self.companies.require(actor, Permission.FILE_TAX)
        filing = await self._owned(filing_id, scope.company_id)
        if filing.status != "succeeded" or filing.reference is None:
            raise FilingStateConflict({"status": filing.status, "action": "pay"})
        if method not in ("bank", "wechat", "alipay", "tripartite"):
            raise ValidationFailed.one("method", "not_allowed", allowed="bank、wechat、alipay、tripartite")
        due = to_money(filing.payable + surcharges_of(filing))  # the VAT and its 附加税费, together
        status = await self.bureau.pay(filing.reference, due, method)
        async with self.audit.transaction() as conn:
            await FilingPayment.create(filing_id=filing.id, amount=due, method=method,
                                       receipt=status.receipt or "", paid_at=self.clock.now(),
                                       actor_id=actor.account_id, using_db=conn)
            await Filing.filter(id=filing.id).using_db(conn).update(status=status.state, message=status.message,
                                                                    updated_at=self.clock.now())
            filing.status = status.state
            await self._event(filing, actor, status.state, status.message, conn,
                              {"receipt": status.receipt, "amount": str(due), "method": method})
            await self._notify(filing, status.state, status.message, conn)
        return await self.get(filing.id, actor)

    # -- reading -----------------------------------------------------------------------

    async def _owned(self, filing_id: int, company_id: int) -> Filing:
        filing = await Filing.get_or_none(id=filing_id, company_id=company_id)
        if filing is None:
            raise NotFound({"what": "filing"})
        return filing

    async def get(self, filing_id: int, actor: Actor) -> FilingView:
        scope = await self.companies.require(actor)
        filing = await self._owned(filing_id, scope.company_id)
        events = await FilingEvent.filter(filing_id=filing.id).order_by("id")
        return filing_view(filing, events, self._today())

    def _today(self) -> date:
        return self.clock.now().astimezone(CHINA).date()

    async def recent(self, actor: Actor, limit: int = 20) -> list[FilingView]:
        """The latest returns, cancelled drafts left out."""
        scope = await self.companies.require(actor)
        rows = await Filing.filter(company_id=scope.company_id).exclude(status="cancelled") \
            .order_by("-updated_at", "-id").limit(limit)
        return [filing_view(row, today=self._today()) for row in rows]

    async def status_board(self, actor: Actor, limit: int = 5) -> StatusBoard:
        """申报状态: see :mod:`core.filing.status`."""
        return await status_board(self.companies, self.refresh, self._today(), actor, limit)

    async def explain(self, filing_id: int, row_code: str, actor: Actor) -> list[str]:
        """Why is this figure X: the invoice numbers behind it."""
        view = await self.get(filing_id, actor)
        if view.tax_type != "vat":
            ids = [int(i) for i in view.figures.get("revenue_sources", [])]
        else:
            try:
                ret = VatReturn.from_dict(view.figures)
                trace = ret.trace(row_code)
            except (KeyError, ValueError):
                raise ValidationFailed.one("row", "filing_row_unknown") from None
            ids = list(trace.sales)
            inputs = await InputInvoice.filter(id__in=list(trace.inputs)).values_list("number", flat=True) \
                if trace.inputs else []
            numbers = await Invoice.filter(id__in=ids).values_list("number", flat=True) if ids else []
            return sorted({str(n) for n in numbers}) + sorted(str(n) for n in inputs)
        numbers = await Invoice.filter(id__in=ids).values_list("number", flat=True) if ids else []
        return sorted({str(n) for n in numbers})
