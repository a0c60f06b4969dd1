"""One request → at most one invoice, through the same core issuing as every other invoice.

``InvoiceService.issue_new`` numbers, checks and (when the company requires 审核 and the
issuer is a plain 开票员) submits for approval. The idempotency key is the request's own
(``scan-request-<id>``), written in the issuing transaction: a request can never issue
twice, whoever presses 同意 and however often, even concurrently. The request row is
claimed first (``submitted`` → ``issuing``, a guarded update), so a second caller is
told the request is being handled instead of waiting on the same key.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from core.audit.log import AuditLog
from core.domain.actor import Actor
from core.domain.errors import DomainError, NotFound, RateLimited, ServiceUnavailable
from core.domain.links import scan_status_url
from core.invoicing.documents import DocumentService, pdf_filename
from core.invoicing.models import Invoice
from core.invoicing.service import InvoiceService
from core.invoicing.views import BuyerInput, DraftInput, LineDraft
from core.notifications.enqueue import enqueue
from core.ports import Attachment, Clock, EmailSender, KeyValueStore, ScanWeChat, SmsSender
from core.scan_invoicing.errors import ScanRequestClosed
from core.scan_invoicing.models import ScanRequest
from core.scan_invoicing.rules import DELIVERIES_PER_DAY, STALE_CLAIM, mask_contact


def idempotency_key(request_id: int) -> str:
    return f"scan-request-{request_id}"


def draft_of(request: ScanRequest) -> DraftInput:
    items = request.items or [{"name": "", "amount": str(request.amount)}]
    lines = tuple(LineDraft(name=str(item.get("name", "")), amount=str(item.get("amount", request.amount)),
                            tax_code=str(item["tax_code"]) if item.get("tax_code") else None,
                            rate=str(item["rate"]) if item.get("rate") else None)
                  for item in items)
    buyer = BuyerInput(name=request.buyer_name, tax_id=request.buyer_tax_id,
                       address_phone=request.buyer_address_phone, bank_account=request.buyer_bank_account,
                       is_person=request.buyer_is_person, email=request.email, phone=request.phone)
    return DraftInput(kind=request.kind, buyer=buyer, lines=lines)


@dataclass(frozen=True)
class Outcome:
    status: str  # issued, pending (waiting for 审核), submitted (left for the shop)
    invoice_id: int | None = None
    number: str | None = None


class ScanIssuer:
    def __init__(self, clock: Clock, audit: AuditLog, invoices: InvoiceService, documents: DocumentService,
                 email: EmailSender, sms: SmsSender, wechat: ScanWeChat, store: KeyValueStore,
                 public_base_url: str) -> None:
        self.clock = clock
        self.audit = audit
        self.invoices = invoices
        self.documents = documents
        self.email = email
        self.sms = sms
        self.wechat = wechat
        self.store = store
        self.public_base_url = public_base_url

    def status_url(self, token: str) -> str:
        return scan_status_url(self.public_base_url, token)

    async def _claim(self, request: ScanRequest) -> None:
        now = self.clock.now()
        claimed = await ScanRequest.filter(id=request.id, status="submitted").update(status="issuing",
                                                                                     decided_at=now)
        if claimed == 1:
            return
        fresh = await ScanRequest.get(id=request.id)
        stale = fresh.status == "issuing" and fresh.invoice_id is None and fresh.decided_at is not None \
            and fresh.decided_at + STALE_CLAIM <= now
        if not stale:
            raise ScanRequestClosed({"status": fresh.status})

    async def issue(self, request: ScanRequest, actor: Actor, *, auto: bool) -> Outcome:
        """Issue the request's invoice as ``actor`` (a member of the request's company)."""
        await self._claim(request)
        try:
            result = await self.invoices.issue_new(draft_of(request), actor,
                                                   idempotency_key=idempotency_key(request.id))
        except BaseException:
            await ScanRequest.filter(id=request.id, status="issuing", invoice_id=None).update(status="submitted")
            raise
        view = result.invoice
        issued = view.status == "issued"
        now = self.clock.now()
        async with self.audit.transaction() as conn:
            await ScanRequest.filter(id=request.id).using_db(conn).update(
                status="issued" if issued else "issuing", invoice_id=view.id, auto_issued=auto,
                decided_at=now, decided_by_id=actor.account_id)
            await self.audit.record(actor, "scan.request_issued" if issued else "scan.request_pending_approval",
                                    target=f"scan_request:{request.id}", company_id=request.company_id,
                                    detail={"invoice": view.id, "auto": auto, "total": str(view.total)},
                                    connection=conn)
        if issued:
            request.status, request.invoice_id = "issued", view.id
            await self.deliver(request, actor)
        return Outcome("issued" if issued else "pending", view.id, view.number)

    async def sync(self, request: ScanRequest) -> ScanRequest:
        """A request waiting for 审核 follows its invoice: issued → 已开具 (and delivered);
        sent back to draft by the approver → 已拒绝."""
        if request.status != "issuing" or request.invoice_id is None:
            return request
        invoice = await Invoice.get_or_none(id=request.invoice_id)
        if invoice is None:
            return request
        actor = Actor(channel="h5")
        if invoice.status == "issued":
            changed = await ScanRequest.filter(id=request.id, status="issuing").update(status="issued")
            request.status = "issued"
            if changed:
                await self.audit.record(actor, "scan.request_issued", target=f"scan_request:{request.id}",
                                        company_id=request.company_id, detail={"invoice": invoice.id,
                                                                               "after_approval": True})
                await self.deliver(request, actor)
        elif invoice.status == "draft":
            changed = await ScanRequest.filter(id=request.id, status="issuing").update(
                status="rejected", reason="approval_rejected")
            request.status, request.reason = "rejected", "approval_rejected"
            if changed:
                await self.audit.record(actor, "scan.request_rejected", target=f"scan_request:{request.id}",
                                        company_id=request.company_id, detail={"reason": "approval_rejected"})
        return request

    async def deliver(self, request: ScanRequest, actor: Actor, *, email: str | None = None,
                      phone: str | None = None, redelivery: bool = False) -> list[str]:
        """E-mail with the PDF, SMS with the status link, a customer-service message to a buyer
        who follows the official account. Failures of one channel do not stop the others."""
        invoice = await Invoice.get_or_none(id=request.invoice_id or 0, company_id=request.company_id)
        if invoice is None or invoice.number is None:
            raise NotFound({"what": "invoice"})
        day = self.clock.now().strftime("%Y%m%d")
        if redelivery and await self.store.incr(f"scan:deliver:{request.id}:{day}", ttl=2 * 86400) \
                > DELIVERIES_PER_DAY:
            raise RateLimited({"retry_after": 3600})
        if email is not None or phone is not None:  # a corrected address: only there
            address, mobile = email or "", phone or ""
        else:
            address, mobile = request.email, request.phone
        doc = await self.invoices.document_of(invoice)
        token_url = self.status_url(request.token)
        params: dict[str, Any] = {"number": doc.number, "seller": doc.seller.name, "buyer": doc.buyer.name,
                                  "total": str(doc.total), "verify_url": doc.verify_url, "status_url": token_url}
        done: list[str] = []
        failed: list[str] = []
        if address:
            try:
                pdf = await self.documents.render(doc)
                await self.email.send(address, "email.scan_invoice", params, [Attachment(pdf_filename(doc), pdf)])
                done.append("email")
            except (ServiceUnavailable, OSError):
                failed.append("email")
        if mobile:
            try:
                await self.sms.send(mobile, "sms.scan_invoice", params)
                done.append("sms")
            except (ServiceUnavailable, OSError):
                failed.append("sms")
        if request.openid and not (email or phone):
            try:
                await self.wechat.send_notice(request.openid, "scan.buyer.issued", params)
                done.append("wechat")
            except DomainError:
                failed.append("wechat")
        async with self.audit.transaction() as conn:
            await self.audit.record(actor, "scan.redelivered" if redelivery else "scan.delivered",
                                    target=f"scan_request:{request.id}", company_id=request.company_id,
                                    detail={"via": done, "failed": failed, "invoice": invoice.id,
                                            "to": mask_contact(address, mobile)}, connection=conn)
        return done

    async def notify_shop(self, conn: Any, request: ScanRequest, account_id: int, template: str,
                          params: dict[str, Any]) -> None:
        """A push to the shop's member through the outbox, in the caller's transaction."""
        await enqueue(conn, account_id=account_id, company_id=request.company_id, kind="scan", template=template,
                      params=params, clock=self.clock)


def money(value: Decimal) -> str:
    return f"{value:.2f}"
