"""微信卡包 (插卡): put an issued invoice into the buyer's WeChat card package.

The steps, as WeChat's 电子发票 API has them (wechatpy's ``client.invoice`` where it has them):

1. the shop's contact and the 授权页 (``setbizattr?action=set_contact`` / ``seturl``) — ``setup``;
2. the buyer opens the authorisation page (``getauthurl``) from the status page — ``auth_url``;
   WeChat tells us with the ``user_authorize_invoice`` event — ``on_authorized``;
3. the shop's invoice card, created once per shop (``platform/createcard``);
4. the PDF (``platform/setpdf``);
5. the insertion (``card/invoice/insert``).

Errors the buyer's page explains: 72038 (not authorised), 72047 (bad number); 72042
(already inserted) counts as done, so a repeated event is harmless.
"""

from __future__ import annotations

from tortoise.exceptions import IntegrityError

from core.audit.log import AuditLog
from core.companies.models import Company
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import NotFound, ServiceUnavailable, ValidationFailed
from core.domain.links import scan_status_url
from core.domain.roles import Permission
from core.invoicing.documents import DocumentService
from core.invoicing.models import Invoice
from core.invoicing.service import InvoiceService
from core.ports import CardInvoice, Clock, ScanWeChat
from core.scan_invoicing.models import ScanCardState, ScanRequest

ALREADY_INSERTED = 72042


def order_id(request: ScanRequest) -> str:
    return f"scan{request.id}"


def request_id_of(order: str) -> int | None:
    rest = order.removeprefix("scan")
    return int(rest) if rest != order and rest.isdecimal() else None


class CardService:
    def __init__(self, clock: Clock, audit: AuditLog, invoices: InvoiceService, documents: DocumentService,
                 wechat: ScanWeChat, public_base_url: str) -> None:
        self.clock = clock
        self.audit = audit
        self.invoices = invoices
        self.documents = documents
        self.wechat = wechat
        self.public_base_url = public_base_url

    async def setup(self, contact_phone: str, actor: Actor) -> str:
        """Steps 1: the shop's contact for 卡包 and the 授权页 base URL."""
        scope = await self.invoices.companies.require(actor, Permission.MANAGE_COMPANY)

        phone = validators.normalize_phone(contact_phone, "phone")
        await self.wechat.invoice_contact(phone)
        url = await self.wechat.invoice_ticket_url()
        await self.audit.record(actor, "scan.card_setup", target=f"company:{scope.company_id}",
                                company_id=scope.company_id)
        return url

    async def auth_url(self, token: str) -> str:
        """Step 2: the page where the buyer lets the invoice into 卡包 (issued requests only)."""
        request = await ScanRequest.get_or_none(token=token.strip()[:64])
        if request is None or request.status != "issued" or request.invoice_id is None:
            raise NotFound({"what": "scan_request"})
        cents = int(request.amount * 100)
        redirect = scan_status_url(self.public_base_url, request.token)
        url = await self.wechat.invoice_auth_url(order_id(request), cents, int(self.clock.now().timestamp()),
                                                 redirect)
        await ScanRequest.filter(id=request.id).update(card_status="asked")
        return url

    async def _card_id(self, company: Company) -> str:
        """Step 3: the shop's card, created once (a unique row per company)."""
        state = await ScanCardState.get_or_none(company_id=company.id)
        if state is not None:
            return state.card_id
        card_id = await self.wechat.invoice_create_card(company.name)

        try:
            await ScanCardState.create(company_id=company.id, card_id=card_id, created_at=self.clock.now())
        except IntegrityError:  # a concurrent insert created it first: use that one
            return (await ScanCardState.get(company_id=company.id)).card_id
        return card_id

    async def on_authorized(self, order: str, openid: str, success: bool = True) -> str:
        """The ``user_authorize_invoice`` event: steps 3–5; returns the request's card status."""
        request_id = request_id_of(order)
        request = await ScanRequest.get_or_none(id=request_id) if request_id else None
        if request is None or request.invoice_id is None:
            raise ValidationFailed.one("order_id", "scan_card_order_unknown")
        if not success:
            await ScanRequest.filter(id=request.id).update(card_status="failed", card_error="declined")
            return "failed"
        invoice = await Invoice.get(id=request.invoice_id)
        company = await Company.get(id=request.company_id)
        doc = await self.invoices.document_of(invoice)
        status, error = "inserted", ""
        try:
            card_id = await self._card_id(company)
            media = await self.wechat.invoice_upload_pdf(await self.documents.render(doc))
            await self.wechat.invoice_insert(card_id, CardInvoice(
                order_id=order, openid=openid, number=doc.number, issue_date=doc.issue_date.strftime("%Y%m%d"),
                total=doc.total, tax=doc.total_tax, buyer_name=doc.buyer.name, buyer_tax_id=doc.buyer.tax_id,
                seller_name=doc.seller.name, verify_url=doc.verify_url), media)
        except ServiceUnavailable as exc:
            errcode = int(exc.params.get("errcode", -1))
            if errcode != ALREADY_INSERTED:
                status, error = "failed", str(errcode)
        await ScanRequest.filter(id=request.id).update(card_status=status, card_error=error)
        await self.audit.record(Actor(channel="bot", openid=openid), "scan.card_insert",
                                target=f"scan_request:{request.id}", company_id=request.company_id,
                                detail={"status": status, "error": error})
        return status
