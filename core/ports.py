"""Ports: every interface (``typing.Protocol``) the core needs from the outside world, in one place.

Each has a real implementation in ``fapiao/integrations/``, a console/sandbox one for local
runs and a recording fake for tests (the sandbox invoicing platform and tax bureau are in the
core: see docs/architecture.md). The data that crosses the platform and bureau ports lives
next to its errors in ``core/port_data/invoice_platform.py`` and ``core/port_data/tax_bureau.py``. The last section
holds the two seams inside the core (a user notification, an outbox delivery channel).

Messages are passed as a template key plus params, never as finished Chinese text: rendering
belongs to the edge (and real SMS gateways send template ids with params anyway).
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Protocol

from core.domain.invoice_document import InvoiceDocument
from core.port_data.invoice_platform import (
    AuthorizationRequest,
    Credit,
    IssuedInvoice,
    IssueRequest,
    PlatformInvoiceStatus,
    PlatformRejected,
    ReceivedInvoice,
    RedConfirmationInfo,
    RedConfirmationRequest,
    StatisticsState,
    UseDecision,
)
from core.port_data.tax_bureau import BureauStatus, Submission

if TYPE_CHECKING:
    from tortoise.backends.base.client import BaseDBAsyncClient


class Clock(Protocol):
    def now(self) -> datetime:
        """Current time, timezone-aware (UTC)."""
        ...


class StoreWrite(NamedTuple):
    """One write of :meth:`KeyValueStore.write_batch`: ``set`` (``value``, ``ttl``), ``delete``,
    or ``rpush`` (``value``, ``ttl``, the list capped to its last ``max_len`` items); ``fence``:
    the writes after it apply only if ``key`` holds ``value`` (checked here); ``release``: delete
    ``key`` if it holds ``value``, and end the fence (a lease's compare-and-delete)."""

    kind: str
    key: str
    value: str | None = None
    ttl: int | None = None
    max_len: int = 100


class StoreLease(NamedTuple):
    """A key :meth:`KeyValueStore.claim_and_get` also sets (NX, ``ttl`` seconds) to ``token``
    when it claimed its first key: one holder at a time (a user's message turn, bot/turn.py)."""

    key: str
    token: str
    ttl: int


class KeyValueStore(Protocol):
    """The subset of Redis that core relies on (redis.asyncio, or the in-process EmbeddedStore)."""

    async def claim_and_get(self, key: str, value: str, ttl: int, reads: Sequence[str],
                            lease: StoreLease | None = None) -> tuple[bool, list[str | None]]:
        """``SET key value NX EX ttl`` and ``MGET reads`` in one round trip: (claimed, values).
        The chat path's first round trip (de-duplication, binding, dialog state). With a
        ``lease``, its key is also ``SET NX EX`` when ``key`` was claimed (read it among
        ``reads`` to learn whether this call took it)."""
        ...

    async def get_many(self, keys: Sequence[str]) -> list[str | None]:
        """``MGET``: the string values of ``keys`` (None when absent), one round trip."""
        ...

    async def write_batch(self, writes: Sequence[StoreWrite]) -> None:
        """Apply ``writes`` in order, atomically, in one round trip (MULTI/EXEC on Redis)."""
        ...

    async def get(self, key: str) -> str | None: ...

    async def set(self, key: str, value: str, *, ttl: int | None = None, only_new: bool = False) -> bool: ...

    async def delete(self, *keys: str) -> int: ...

    async def incr(self, key: str, *, ttl: int) -> int:
        """Increment; sets ``ttl`` seconds when the key is new."""
        ...

    async def ttl(self, key: str) -> int: ...

    async def sadd(self, key: str, member: str, *, ttl: int) -> None: ...

    async def smembers(self, key: str) -> builtins.set[str]: ...

    async def srem(self, key: str, member: str) -> None: ...

    async def rpush(self, key: str, value: str, *, ttl: int, max_len: int = 100) -> None: ...

    async def lrange(self, key: str, start: int, end: int) -> list[str]: ...

    async def ping(self) -> bool: ...


class SmsSender(Protocol):
    async def send(self, phone: str, template: str, params: Mapping[str, Any]) -> None: ...


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    media_type: str = "application/pdf"


class EmailSender(Protocol):
    async def send(self, to: str, template: str, params: Mapping[str, Any],
                   attachments: Sequence[Attachment] = ()) -> None: ...


@dataclass(frozen=True)
class MiniappSession:
    openid: str
    unionid: str | None


class WeChatApi(Protocol):
    async def send_text(self, openid: str, text: str) -> None:
        """Customer-service text message (allowed 48 h after the user's last message)."""
        ...

    async def code_to_session(self, js_code: str) -> MiniappSession: ...

    async def create_menu(self, menu: Mapping[str, Any]) -> None: ...

    async def send_template(self, openid: str, template_id: str, data: Mapping[str, Any], url: str | None = None,
                            miniprogram: Mapping[str, str] | None = None) -> None:
        """Official-account template message (``cgi-bin/message/template/send``); needs a 服务号."""
        ...

    async def send_subscribe(self, openid: str, template_id: str, data: Mapping[str, Any],
                             page: str | None = None) -> None:
        """Mini-program subscribe message (``cgi-bin/message/subscribe/send``, the mini-program's
        token); allowed once per consent the user gave with ``wx.requestSubscribeMessage``."""
        ...

    async def send_image(self, openid: str, image: bytes, filename: str) -> None:
        """A customer-service image message (the TOTP QR code); the console adapter writes a file."""
        ...

    async def download_media(self, media_id: str) -> bytes:
        """A temporary media file the user sent (an image message's ``MediaId``)."""
        ...


class PasswordHasher(Protocol):
    async def hash(self, password: str) -> str: ...

    async def verify(self, stored: str, password: str) -> bool: ...

    def needs_rehash(self, stored: str) -> bool: ...


class InvoiceRenderer(Protocol):
    def render(self, doc: InvoiceDocument) -> bytes:
        """PDF bytes for the document (synchronous; callers run it in a thread)."""
        ...


# -- the national invoicing platform (电子发票服务平台 / 乐企): data in core/port_data/invoice_platform.py ---------


class InvoicePlatform(Protocol):
    # --- issuing -------------------------------------------------------------------
    async def issue(self, request: IssueRequest) -> IssuedInvoice:
        """Issue a blue (or, with ``request.red``, a red) 数电票. Idempotent by
        ``request_id``: the same id answers the invoice already issued."""
        ...

    async def find_issued(self, seller_tax_id: str, request_id: str) -> IssuedInvoice | None:
        """The invoice a request produced, or ``None`` if it produced none."""
        ...

    async def invoice_status(self, seller_tax_id: str, number: str) -> PlatformInvoiceStatus: ...

    async def credit(self, tax_id: str, month: str) -> Credit:
        """授信额度 for ``month`` (``"2026-12"``)."""
        ...

    # --- 红字发票信息确认单 -------------------------------------------------------------
    async def apply_red_confirmation(self, request: RedConfirmationRequest) -> RedConfirmationInfo:
        """Fill in a 确认单. ``no_confirmation_needed`` when the buyer has not confirmed
        the blue invoice's use; otherwise it waits for the other side (72 hours)."""
        ...

    async def decide_red_confirmation(self, tax_id: str, confirmation_no: str, accept: bool) -> RedConfirmationInfo:
        """The other side (not the initiator) confirms or refuses."""
        ...

    async def revoke_red_confirmation(self, tax_id: str, confirmation_no: str) -> RedConfirmationInfo:
        """The initiator withdraws an unconfirmed 确认单."""
        ...

    async def red_confirmations(self, tax_id: str) -> Sequence[RedConfirmationInfo]:
        """The 确认单 where ``tax_id`` is seller or buyer, newest first (lapsed ones updated)."""
        ...

    # --- 税务数字账户: received invoices --------------------------------------------------
    async def received_invoices(self, buyer_tax_id: str, issued_from: date, issued_to: date) -> Sequence[ReceivedInvoice]:
        """全量发票查询: invoices issued to ``buyer_tax_id`` between the dates (inclusive)."""
        ...

    async def confirm_use(self, buyer_tax_id: str, number: str, decision: UseDecision, period: str,
                          reason: str = "") -> ReceivedInvoice:
        """用途确认 / 勾选 in ``period``; refused once the period's statistics are signed."""
        ...

    async def statistics(self, buyer_tax_id: str, period: str,
                         action: Literal["status", "apply", "sign", "undo"]) -> StatisticsState:
        """The period's 统计确认: 申请统计, 确认签名, or undo before signing."""
        ...

    # --- the taxpayer's authorisation of this channel ---------------------------------
    async def request_authorization(self, tax_id: str, taxpayer_name: str) -> AuthorizationRequest: ...

    async def confirm_authorization(self, tax_id: str, reference: str, code: str) -> AuthorizationRequest:
        """Complete the authorisation with the code the taxpayer got in 电子税务局 (the
        sandbox logs it as ``TAX AUTH for <tax id>: <code>``)."""
        ...


class IssuesInTransaction(Protocol):
    """An optimisation a platform ADAPTER may offer, never something the core assumes of the
    platform: an adapter whose books live in fapiao's own database (the sandbox) can issue
    inside the caller's database transaction, so that the draft, the platform's booking and
    the stored result commit in one transaction (one fsync on SQLite instead of three or four)
    or roll back together (a refusal then leaves nothing behind, and no outcome can be
    unknown). A real platform is remote: it cannot take part in a local transaction, does not
    offer this, and the core issues in its three steps (claim, call, store).

    The core uses it only when the adapter's *class* defines ``issue_in_transaction`` (a
    wrapper that forwards attributes, as the tests' fault-injecting fakes do, keeps the three
    steps) and :meth:`transactional_issuing` says yes now."""

    def transactional_issuing(self) -> bool:
        """Whether :meth:`issue_in_transaction` should be used on this database now."""
        ...

    async def issue_in_transaction(self, request: IssueRequest, conn: BaseDBAsyncClient) -> IssuedInvoice:
        """:meth:`InvoicePlatform.issue`, its booking written through ``conn`` (the caller's
        open transaction): nothing of it is visible, or kept, unless that transaction commits."""
        ...


class IssuesInStatement(Protocol):
    """The same kind of optimisation on PostgreSQL (the sandbox offers it): the adapter's
    booking of a blue invoice as data-modifying CTEs of the caller's ONE statement, which then
    writes the invoice once, already issued, with everything written with it, and commits
    once; a refusal writes nothing. Used, as :class:`IssuesInTransaction`, only when the
    adapter's *class* defines ``booking_ctes`` and :meth:`statement_issuing` says yes now."""

    def statement_issuing(self) -> bool:
        """Whether :meth:`booking_ctes` should be used on this database now."""
        ...

    def booking_ctes(self, request: IssueRequest, params: list[Any]) -> tuple[str, datetime]:
        """Check ``request`` (``PlatformRejected`` as :meth:`InvoicePlatform.issue` refuses
        it), then return CTEs (``"name" AS (…), …``, their values appended to ``params``,
        numbered after the ones there) whose last, ``booked``, returns the issued invoice's
        ``number``, ``qr_payload`` and ``check_code`` (one row), or no row when refused; and
        the time it is issued at."""
        ...

    async def booking_refusal(self, request: IssueRequest, issued_at: datetime) -> PlatformRejected:
        """Why ``booked`` returned no row."""
        ...


class TaxAuthorizationPort(Protocol):
    """The two methods of :class:`InvoicePlatform` the taxpayer-authorisation service uses."""

    async def request_authorization(self, tax_id: str, taxpayer_name: str) -> AuthorizationRequest: ...

    async def confirm_authorization(self, tax_id: str, reference: str, code: str) -> AuthorizationRequest: ...

# -- the tax bureau (电子税务局): data in core/port_data/tax_bureau.py ----------------------------------------


class TaxBureau(Protocol):
    async def submit(self, submission: Submission) -> BureauStatus:
        """Send a return. Idempotent by ``submission_key``: the same key returns the existing
        reference (and its current status) instead of filing twice."""
        ...

    async def status(self, reference: str) -> BureauStatus:
        """The current status of a submission."""
        ...

    async def upload(self, reference: str, filename: str, data: bytes, media_type: str) -> BureauStatus:
        """Add a supporting document (补充材料). In ``needs_materials`` this sends the return
        back to review."""
        ...

    async def pay(self, reference: str, amount: Decimal, method: str) -> BureauStatus:
        """Pay the tax of a ``succeeded`` return; ``amount`` must equal its ``payable`` plus
        its ``surcharges`` (附加税费) when the return declared them."""
        ...


class TruthSource(Protocol):
    """What the bureau knows independently of the return: the invoices actually issued."""

    async def issued_sales_base(self, taxpayer_id: str, period: str) -> Decimal:
        """Sum of 金额 (excluding tax) of the invoices issued by ``taxpayer_id`` in ``period``
        (``"2026-11"`` or ``"2026Q4"``): red-letter invoices negative, voided ones excluded."""
        ...

    async def confirmed_input_tax(self, taxpayer_id: str, period: str) -> Decimal:
        """Deductible input tax of the invoices ``taxpayer_id`` confirmed for deduction
        (勾选/用途确认) in ``period``, net of nothing: 进项转出 is the filer's own figure."""
        ...


class SandboxRecords(Protocol):
    """Where the sandbox keeps its submissions: one JSON-able record per reference."""

    async def get(self, reference: str) -> dict[str, Any] | None: ...

    async def reference_for_key(self, submission_key: str) -> str | None: ...

    async def references_for_period(self, taxpayer_id: str, tax_type: str, period: str) -> list[str]: ...

    async def moving(self) -> list[str]: ...

    async def save(self, record: dict[str, Any], *, state: str, moving: bool) -> None: ...

    async def next_number(self, name: str) -> int: ...

# -- 扫码开票: WeChat (images, JS-SDK, 卡包) and the QR/poster renderer ------------------------------


@dataclass(frozen=True)
class CardInvoice:
    """What 卡包 insertion (``card/invoice/insert``) needs of one issued invoice."""

    order_id: str
    openid: str
    number: str
    issue_date: str  # YYYYMMDD
    total: Decimal
    tax: Decimal
    buyer_name: str
    buyer_tax_id: str
    seller_name: str
    verify_url: str


class ScanWeChat(Protocol):
    """The official account's side of 扫码开票 (part of the WeChatApi adapters)."""

    async def send_image(self, openid: str, png: bytes, filename: str) -> None:
        """Customer-service image message (upload as temporary media, then ``message/custom/send``)."""
        ...

    async def send_notice(self, openid: str, template: str, params: Mapping[str, Any]) -> None:
        """Customer-service text to a buyer who follows the official account (rendered at the edge)."""
        ...

    async def jsapi_ticket(self) -> str:
        """The JS-SDK ``jsapi_ticket`` (cached by the adapter in the store until it expires)."""
        ...

    async def oauth_openid(self, code: str) -> str:
        """``sns/oauth2/access_token`` (snsapi_base): the buyer's openid for the official account,
        so a buyer who follows it also gets a customer-service message."""
        ...

    async def select_title_url(self, attach: str) -> str:
        """``card/invoice/biz/getselecttitleurl``: WeChat's page where the buyer picks a saved 抬头;
        WeChat then sends it to the official account (event ``submit_invoice_title``) with ``attach``."""
        ...

    async def invoice_contact(self, phone: str, time_out: int = 7200) -> None:
        """``card/invoice/setbizattr?action=set_contact``: the shop's contact and the authorisation window."""
        ...

    async def invoice_ticket_url(self) -> str:
        """``card/invoice/seturl``: the 授权页 base (s_pappid comes from it)."""
        ...

    async def invoice_auth_url(self, order_id: str, money_cents: int, timestamp: int, redirect_url: str) -> str:
        """``card/invoice/getauthurl``: the page where the buyer lets the invoice into 卡包."""
        ...

    async def invoice_create_card(self, shop_name: str) -> str:
        """``card/invoice/platform/createcard``: the shop's invoice card template; returns card_id."""
        ...

    async def invoice_upload_pdf(self, pdf: bytes) -> str:
        """``card/invoice/platform/setpdf``: returns s_media_id."""
        ...

    async def invoice_insert(self, card_id: str, invoice: CardInvoice, s_media_id: str) -> None:
        """``card/invoice/insert``; raises ``ScanWeChatError`` with 72038 / 72042 / 72047 …"""
        ...


class QrRenderer(Protocol):
    def qr_png(self, url: str) -> bytes:
        """A PNG of the QR code of ``url``."""
        ...

    def poster_pdf(self, url: str, shop_name: str, store_name: str, size: str) -> bytes:
        """A printable poster (``A4`` or ``A6``): shop name, 「扫码开发票」 and the QR code."""
        ...

# -- seams inside the core: notifications ------------------------------------------------------


class Notifier(Protocol):
    """A message to one user, through the outbox (implemented by ``OutboxNotifier``)."""

    async def notify_user(self, account_id: int, text_key: str, params: dict[str, Any], *,
                          connection: BaseDBAsyncClient | None = None) -> None:
        """Send the user a message rendered from ``text_key`` (templates/messages.zh.yaml).

        With ``connection`` the notification is written in that transaction (the outbox):
        it exists exactly when the change it reports is committed."""
        ...


class Channel(Protocol):
    """One way the outbox relay delivers a notification (core/notifications/channels.py)."""

    name: str

    async def deliver(self, account_id: int, template: str, params: dict[str, Any], event_id: str) -> bool:
        """True: delivered. False: not applicable (e.g. not bound). Raise: transient failure."""
        ...
