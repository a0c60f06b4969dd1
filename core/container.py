"""Assembles the core services from already-built adapters.

The composition root (``fapiao/bootstrap.py``) chooses adapters from settings; tests
pass fakes. Nothing here knows which transport will call it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.accounts.codes import CodeService
from core.accounts.identity import signed_in_account
from core.accounts.security import AccountSecurity
from core.accounts.service import AccountService
from core.accounts.sessions import SessionService
from core.audit.log import AuditLog
from core.audit.trail import AuditTrail
from core.companies.audit_access import CompanyAuditAccess
from core.companies.catalogue import CatalogueService
from core.companies.members import MemberService
from core.companies.memberships import CompanyMemberships
from core.companies.service import CompanyService
from core.companies.taxpayer_auth import TaxpayerAuthService
from core.exports.service import ExportService
from core.filing.reminders import ReminderService
from core.filing.service import FilingService
from core.help.service import HelpService
from core.input_invoicing.inputs import InputInvoiceService
from core.input_invoicing.service import ReceivedInvoiceService
from core.invoice_platform_sandbox import SandboxInvoicePlatform
from core.invoicing.delivery import DeliveryService
from core.invoicing.documents import DocumentService
from core.invoicing.service import InvoiceService
from core.invoicing.verification_limits import PublicPageLimit, VerifyLimit
from core.notifications.enqueue import OutboxNotifier
from core.notifications.inbox import Inbox
from core.notifications.preferences import NotificationPreferences
from core.notifications.subscriptions import SubscribeGrants
from core.ports import (
    Clock,
    EmailSender,
    InvoicePlatform,
    InvoiceRenderer,
    KeyValueStore,
    PasswordHasher,
    QrRenderer,
    ScanWeChat,
    SmsSender,
    TaxBureau,
    WeChatApi,
)
from core.scan_invoicing.facade import ScanInvoicing, build_scan
from core.scan_invoicing.unavailable import UnavailableQr, UnavailableScanWeChat
from core.settings import Settings
from core.support.announcements import AnnouncementService
from core.support.maintenance import MaintenanceGuard
from core.support.service import SupportService


@dataclass
class Core:
    settings: Settings
    clock: Clock
    store: KeyValueStore
    sms: SmsSender
    email: EmailSender
    wechat: WeChatApi
    audit: AuditLog
    #: Reading the log (a company's trail, everything for staff).
    audit_trail: AuditTrail
    codes: CodeService
    sessions: SessionService
    accounts: AccountService
    account_security: AccountSecurity
    companies: CompanyService
    members: MemberService
    invoices: InvoiceService
    documents: DocumentService
    help: HelpService
    exports: ExportService
    delivery: DeliveryService
    catalogue: CatalogueService
    support: SupportService
    announcements: AnnouncementService
    maintenance: MaintenanceGuard
    input_invoices: InputInvoiceService
    #: 收票 (全量发票查询) and 勾选/用途确认 through the platform port.
    received: ReceivedInvoiceService
    filings: FilingService
    bureau: TaxBureau
    #: The national invoicing platform (numbers and issues 数电票).
    platform: InvoicePlatform
    #: The user's 消息 (站内信), notification settings and mini-program subscribe grants.
    inbox: Inbox
    notification_preferences: NotificationPreferences
    subscribe_grants: SubscribeGrants
    reminders: ReminderService
    public_pages: PublicPageLimit
    scan: ScanInvoicing
    verify_limit: VerifyLimit


def build_core(
    settings: Settings,
    *,
    clock: Clock,
    store: KeyValueStore,
    sms: SmsSender,
    email: EmailSender,
    wechat: WeChatApi,
    hasher: PasswordHasher,
    renderer: InvoiceRenderer,
    bureau: TaxBureau,
    platform: InvoicePlatform | None = None,
    scan_wechat: ScanWeChat | None = None,
    qr: QrRenderer | None = None,
) -> Core:
    # The sandbox platform is the default, as for the bureau: offline, rules as data.
    platform = platform or SandboxInvoicePlatform(clock)
    audit = AuditLog(clock)
    codes = CodeService(store, sms, email, clock, settings.secret_key, settings.sms_budget_per_hour,
                        settings.sms_budget_per_day)
    sessions = SessionService(store)
    # Accounts ask companies only through the Memberships seam (companies build on accounts).
    accounts = AccountService(codes, sessions, hasher, sms, email, clock, audit, CompanyMemberships(),
                              secret_key=settings.secret_key)
    # The taxpayer's authorisation of our channel goes through the invoicing platform (issue 13 #5).
    companies = CompanyService(clock, audit, TaxpayerAuthService(platform, clock, store))
    invoices = InvoiceService(clock, audit, companies, settings.public_base_url, platform)
    documents = DocumentService(invoices, renderer, Path(settings.data_dir) / "cache" / "pdf")
    return Core(
        settings=settings,
        clock=clock,
        store=store,
        sms=sms,
        email=email,
        wechat=wechat,
        audit=audit,
        audit_trail=AuditTrail(CompanyAuditAccess(signed_in_account)),
        codes=codes,
        sessions=sessions,
        accounts=accounts,
        account_security=AccountSecurity(accounts),
        companies=companies,
        members=MemberService(clock, audit, companies, codes, store, OutboxNotifier(clock)),
        invoices=invoices,
        documents=documents,
        help=HelpService(store, clock, audit),
        exports=ExportService(store, clock, companies, invoices, documents, Path(settings.data_dir) / "exports"),
        delivery=DeliveryService(invoices, documents, companies, email, sms, store, clock, audit),
        catalogue=CatalogueService(companies, clock, audit),
        # Ticket replies and announcements go through the outbox: delivered at least once,
        # kept in the message centre.
        support=SupportService(clock, audit, Path(settings.data_dir) / "attachments", OutboxNotifier(clock)),
        announcements=AnnouncementService(clock, audit, OutboxNotifier(clock)),
        maintenance=MaintenanceGuard(clock),
        input_invoices=InputInvoiceService(companies, clock, audit),
        received=ReceivedInvoiceService(companies, clock, audit, platform),
        filings=FilingService(clock, audit, companies, bureau),
        bureau=bureau,
        platform=platform,
        inbox=Inbox(clock),
        notification_preferences=NotificationPreferences(clock, audit),
        subscribe_grants=SubscribeGrants(clock),
        reminders=ReminderService(clock),
        public_pages=PublicPageLimit(store, clock),
        # 扫码开票: codes, buyer requests, delivery, 卡包 (core/scan_invoicing/).
        scan=build_scan(clock=clock, store=store, audit=audit, companies=companies, invoices=invoices,
                        documents=documents, email=email, sms=sms, wechat=scan_wechat or UnavailableScanWeChat(),
                        qr=qr or UnavailableQr(), public_base_url=settings.public_base_url),
        verify_limit=VerifyLimit(store, clock),
    )
