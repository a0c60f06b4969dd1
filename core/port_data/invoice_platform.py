"""What crosses the national invoicing platform port (电子发票服务平台 / 乐企; the ``InvoicePlatform``
Protocol is in :mod:`core.ports`): it numbers and issues 数电票.

A real business can only issue a 数电票 through the tax authority's platform: the number
is assigned nationwide by the platform (国家税务总局公告2024年第11号 第四条), together with
the 开票日期 and the QR payload printed on the invoice. fapiao never allocates numbers
itself; it sends the invoice to the platform through a certified channel (乐企 direct
connection or an authorised aggregator) and stores what comes back.

The port offers what a 乐企-style channel offers:

* issuing a blue invoice and a red one (:meth:`InvoicePlatform.issue`), idempotent by
  ``request_id``; :meth:`InvoicePlatform.find_issued` answers whether a request already
  produced an invoice, which is how a caller resolves a timeout without issuing twice;
* the status of an issued invoice (:meth:`InvoicePlatform.invoice_status`);
* the taxpayer's 授信额度 for the month (:meth:`InvoicePlatform.credit`);
* 红字发票信息确认单: apply, confirm or refuse, revoke, list;
* the invoices others issued to a taxpayer (全量发票查询) and their 用途确认/勾选, with the
  period's 统计确认 (申请统计 → 确认签名);
* the taxpayer's authorisation of the channel (in reality given in 电子税务局).

Implementations:

* ``SandboxInvoicePlatform`` -- the offline default: rules as data, records in the database,
  driven by the injected clock;
* ``HttpInvoicePlatform`` -- a client for a signed JSON aggregator API
  (``docs/invoice-platform-api.md``), tested against a local fake server;
* recording fakes in tests.

Money crosses the port as :class:`~decimal.Decimal`, never floats. Red-letter amounts are
negative. Dates and times are timezone-aware.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from core.domain.errors import DomainError, ServiceUnavailable

__all__ = [
    "CONFIRMATION_STATES",
    "AuthorizationRequest",
    "ConfirmationState",
    "Credit",
    "InvoiceKind",
    "IssueRequest",
    "IssuedInvoice",
    "PlatformInvoiceStatus",
    "PlatformLine",
    "PlatformOutcomeUnknown",
    "PlatformRejected",
    "PlatformUnavailable",
    "ReceivedInvoice",
    "RedConfirmationInfo",
    "RedConfirmationRequest",
    "RedRef",
    "StatisticsState",
    "TaxMark",
    "UseDecision",
]

#: 31 = 电子发票（增值税专用发票）, 32 = 电子发票（普通发票）; the QR payload's 票种.
InvoiceKind = Literal["special", "ordinary"]
#: A line's tax treatment besides its rate: ``""`` taxed at ``rate``, ``exempt`` 免税,
#: ``non_taxable`` 不征税.
TaxMark = Literal["", "exempt", "non_taxable"]

#: 红字发票信息确认单 statuses, as the platform names them:
#: no_confirmation_needed 无需确认, seller_pending_buyer 销方录入待购方确认,
#: buyer_pending_seller 购方录入待销方确认, confirmed 购销双方已确认,
#: lapsed 作废 (unconfirmed after 72 hours), revoked 发起方已撤销, refused 对方已拒绝.
ConfirmationState = Literal[
    "no_confirmation_needed", "seller_pending_buyer", "buyer_pending_seller",
    "confirmed", "lapsed", "revoked", "refused",
]
CONFIRMATION_STATES: tuple[ConfirmationState, ...] = (
    "no_confirmation_needed", "seller_pending_buyer", "buyer_pending_seller",
    "confirmed", "lapsed", "revoked", "refused",
)

#: 用途确认 of a received invoice: ``deduct`` 抵扣勾选, ``not_deduct`` 不抵扣勾选 (with a reason
#: from the platform's list), ``undo`` 撤销勾选 (only before the period's 确认签名).
UseDecision = Literal["deduct", "not_deduct", "undo"]
#: The period's 统计确认: ``open`` (勾选 allowed), ``applied`` 已申请统计, ``signed`` 已确认签名.
StatisticsState = Literal["open", "applied", "signed"]


@dataclass(frozen=True)
class PlatformLine:
    """One line as printed: 项目名称 ``*简称*名称``, 19-digit tax code, 金额 excluding tax."""

    name: str
    tax_code: str
    amount: Decimal
    tax: Decimal
    #: ``Decimal("0.06")`` for 6 %; ``None`` when ``tax_mark`` is exempt or non-taxable.
    rate: Decimal | None
    tax_mark: TaxMark = ""
    spec: str = ""
    unit: str = ""
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    #: A 折扣行: negative amounts, discounting the line just before it (国税函〔2010〕56号).
    is_discount: bool = False


@dataclass(frozen=True)
class RedRef:
    """What a red invoice corrects: the blue 数电票 and the 红字确认单 it was issued under."""

    blue_number: str
    confirmation_no: str


@dataclass(frozen=True)
class IssueRequest:
    #: Our idempotency key for this invoice (one per invoice, kept across retries).
    request_id: str
    seller_tax_id: str
    seller_name: str
    kind: InvoiceKind
    buyer_name: str
    buyer_tax_id: str
    lines: Sequence[PlatformLine]
    total_amount: Decimal
    total_tax: Decimal
    #: 价税合计.
    total: Decimal
    buyer_address_phone: str = ""
    buyer_bank_account: str = ""
    seller_address_phone: str = ""
    seller_bank_account: str = ""
    remark: str = ""
    issuer_name: str = ""
    #: Set for a red invoice (negative amounts).
    red: RedRef | None = None


@dataclass(frozen=True)
class IssuedInvoice:
    """What the platform returns for an issued invoice; fapiao stores all of it."""

    request_id: str
    #: 20 digits: YY + 42 (Hubei) + channel digit + 15-digit sequence.
    number: str
    issued_at: datetime
    #: The national QR payload ``01,<31|32>,,<号码>,<价税合计>,<YYYYMMDD>,,<校验>``.
    qr_payload: str
    #: The payload's trailing check (校验/尾码).
    check_code: str


PlatformInvoiceStatus = Literal["normal", "partly_red", "fully_red"]


@dataclass(frozen=True)
class Credit:
    """授信额度 for a month, counted in 价税合计 of the blue invoices issued (red ones give it back)."""

    month: str
    total: Decimal
    used: Decimal
    remaining: Decimal


@dataclass(frozen=True)
class RedConfirmationRequest:
    """A 红字确认单 as filled in by ``initiator_tax_id`` (the seller or the buyer)."""

    request_id: str
    initiator_tax_id: str
    blue_number: str
    #: 开票有误, 销货退回, 服务中止, 销售折让 (``core.domain`` reason codes).
    reason_code: str
    #: Per blue line (index in the blue invoice), the red amounts (negative).
    lines: Sequence[PlatformLine]
    line_indexes: Sequence[int]


@dataclass(frozen=True)
class RedConfirmationInfo:
    confirmation_no: str
    state: ConfirmationState
    blue_number: str
    seller_tax_id: str
    seller_name: str
    buyer_tax_id: str
    buyer_name: str
    initiator: Literal["seller", "buyer"]
    reason_code: str
    lines: Sequence[PlatformLine]
    line_indexes: Sequence[int]
    created_at: datetime
    #: When an unconfirmed 确认单 lapses (72 hours after it was filled in); ``None`` when no
    #: confirmation is needed.
    expires_at: datetime | None
    #: The red invoice issued under it, once issued.
    red_number: str | None = None


@dataclass(frozen=True)
class ReceivedInvoice:
    """An invoice issued *to* a taxpayer, as 全量发票查询 lists it."""

    number: str
    #: QR 票种: ``31``/``32`` for 数电, legacy ``01``, ``04`` …, ``51`` 铁路电子客票, ``61`` 航空行程单.
    qr_kind: str
    issued_on: date
    seller_name: str
    seller_tax_id: str
    buyer_tax_id: str
    amount: Decimal
    tax: Decimal
    total: Decimal
    status: PlatformInvoiceStatus
    #: 19-digit tax codes of its lines (deductibility depends on them: 餐饮 …).
    tax_codes: Sequence[str] = field(default_factory=tuple)
    item_names: Sequence[str] = field(default_factory=tuple)
    #: ``None`` until 用途确认.
    use: Literal["deduct", "not_deduct"] | None = None
    use_reason: str = ""
    #: The period (``2026-11``) in which the use was confirmed; deduction counts there.
    use_period: str | None = None


@dataclass(frozen=True)
class AuthorizationRequest:
    """The taxpayer is asked to authorise fapiao's channel (in 电子税务局); until the
    platform confirms, the company cannot issue."""

    tax_id: str
    reference: str
    state: Literal["pending", "authorized", "superseded"]


class PlatformUnavailable(ServiceUnavailable):
    """The platform (or the aggregator in front of it) could not be reached, or answered an
    error that says nothing about the request. Nothing was issued."""

    code = "platform_unavailable"

    def __init__(self, provider_code: str, provider_message: str) -> None:
        super().__init__({"provider_code": provider_code})
        self.provider_code = provider_code
        self.provider_message = provider_message

    def __str__(self) -> str:
        return f"invoice platform unavailable: {self.provider_code}: {self.provider_message}"


class PlatformOutcomeUnknown(PlatformUnavailable):
    """A call that may have taken effect timed out. The caller must ask
    :meth:`InvoicePlatform.find_issued` with the same ``request_id`` before any retry."""

    code = "platform_outcome_unknown"


class PlatformRejected(DomainError):
    """The platform refused the request (额度 exhausted, a summary tax code, a rate that does
    not fit the code, a 确认单 in the wrong state …). ``provider_code`` is stable; the
    message shown to users comes from the template ``error.platform_rejected.<code>``."""

    code = "platform_rejected"
    http_status = 422

    def __init__(self, provider_code: str, **params: str) -> None:
        super().__init__({"provider_code": provider_code, **params})
        self.provider_code = provider_code

    def __str__(self) -> str:
        return f"invoice platform rejected the request: {self.provider_code}"


