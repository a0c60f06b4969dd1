"""Delivering an invoice to the buyer: the PDF by e-mail, or the verification link by SMS."""

from __future__ import annotations

from dataclasses import dataclass

from core import telemetry
from core.audit.log import AuditLog
from core.companies.service import CompanyService
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import InvoiceStateConflict, NotFound, RateLimited, ValidationFailed
from core.domain.roles import Permission
from core.invoicing.documents import DocumentService, pdf_filename
from core.invoicing.models import Invoice, InvoiceEvent
from core.invoicing.service import InvoiceService
from core.ports import Attachment, Clock, EmailSender, KeyValueStore, SmsSender

#: Sends per invoice per day: enough for typos and resends, not a spam cannon.
MAX_DELIVERIES_PER_DAY = 10


@dataclass(frozen=True)
class Delivery:
    channel: str  # "email" or "sms"
    to_masked: str


class DeliveryService:
    def __init__(self, invoices: InvoiceService, documents: DocumentService, companies: CompanyService,
                 email: EmailSender, sms: SmsSender, store: KeyValueStore, clock: Clock, audit: AuditLog) -> None:
        self.invoices = invoices
        self.documents = documents
        self.companies = companies
        self.email = email
        self.sms = sms
        self.store = store
        self.clock = clock
        self.audit = audit

    async def deliver(self, invoice_id: int, actor: Actor, *, email: str | None = None,
                      phone: str | None = None) -> list[Delivery]:
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        invoice = await Invoice.get_or_none(id=invoice_id, company_id=scope.company_id)
        if invoice is None:
            raise NotFound({"what": "invoice"})
        if invoice.number is None or invoice.verify_token is None:
            raise InvoiceStateConflict({"status": invoice.status})
        address = validators.normalize_email(email, "email") if email else (invoice.buyer_email or None)
        mobile = validators.normalize_phone(phone, "phone") if phone else (invoice.buyer_phone or None)
        if not address and not mobile:
            raise ValidationFailed.one("email", "delivery_target_required")
        day = self.clock.now().strftime("%Y%m%d")
        sent_today = await self.store.incr(f"deliver:{invoice.id}:{day}", ttl=2 * 86400)
        if sent_today > MAX_DELIVERIES_PER_DAY:
            raise RateLimited({"retry_after": 86400 - self.clock.now().hour * 3600})
        doc = await self.invoices.document_of(invoice)
        params = {"number": doc.number, "seller": doc.seller.name, "buyer": doc.buyer.name,
                  "total": str(doc.total), "verify_url": doc.verify_url, "is_red": doc.is_red}
        done: list[Delivery] = []
        if address:
            pdf = await self.documents.render(doc)
            await self.email.send(address, "email.invoice", params, [Attachment(pdf_filename(doc), pdf)])
            name, _, domain = address.partition("@")
            done.append(Delivery("email", f"{name[:1]}***@{domain}"))
        if mobile:
            await self.sms.send(mobile, "sms.invoice_link", params)
            telemetry.sms_sent("sms.invoice_link")
            done.append(Delivery("sms", mobile[:3] + "****" + mobile[-4:]))
        async with self.audit.transaction() as conn:
            for item in done:
                await InvoiceEvent.create(invoice_id=invoice.id, at=self.clock.now(), actor_id=actor.account_id,
                                          channel=actor.channel, action="delivered",
                                          detail={"via": item.channel, "to": item.to_masked}, using_db=conn)
            await self.audit.record(actor, "invoice.delivered", target=f"invoice:{invoice.id}",
                                    company_id=invoice.company_id,
                                    detail={"via": [d.channel for d in done]}, connection=conn)
        return done
