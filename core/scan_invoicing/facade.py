"""The services of 扫码开票 wired together: ``core.scan.shop``, ``core.scan.buyer``, ``core.scan.card``."""

from __future__ import annotations

from dataclasses import dataclass

from core.audit.log import AuditLog
from core.companies.service import CompanyService
from core.invoicing.documents import DocumentService
from core.invoicing.service import InvoiceService
from core.ports import Clock, EmailSender, KeyValueStore, QrRenderer, ScanWeChat, SmsSender
from core.scan_invoicing.buyer import ScanBuyerService
from core.scan_invoicing.card import CardService
from core.scan_invoicing.issuing import ScanIssuer
from core.scan_invoicing.shop import ScanShopService


@dataclass
class ScanInvoicing:
    issuer: ScanIssuer
    shop: ScanShopService
    buyer: ScanBuyerService
    card: CardService
    wechat: ScanWeChat


def build_scan(*, clock: Clock, store: KeyValueStore, audit: AuditLog, companies: CompanyService,
               invoices: InvoiceService, documents: DocumentService, email: EmailSender, sms: SmsSender,
               wechat: ScanWeChat, qr: QrRenderer, public_base_url: str) -> ScanInvoicing:
    issuer = ScanIssuer(clock, audit, invoices, documents, email, sms, wechat, store, public_base_url)
    return ScanInvoicing(
        issuer=issuer,
        shop=ScanShopService(clock, audit, companies, issuer, qr, public_base_url, store),
        buyer=ScanBuyerService(clock, store, audit, companies, issuer),
        card=CardService(clock, audit, invoices, documents, wechat, public_base_url),
        wechat=wechat,
    )
