"""Invoicing inputs and views (DTOs): what transports send in and get back, and the
conversions between stored rows and views."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, TypeVar

from tortoise.fields import DecimalField
from tortoise.models import Model

from core.clock import CHINA
from core.domain.amount_in_words import amount_in_words
from core.domain.errors import (
    ValidationFailed,
)
from core.domain.invoice_math import ItemLine
from core.domain.tax_rates import rate_by_code
from core.invoicing.models import Invoice, InvoiceEvent, InvoiceLine

#: 开票渠道 digit in the 20-digit number: 1 = our platform's channel.
CHANNEL_DIGIT = 1
RED_REASONS = ("mistake", "return", "suspension", "allowance")  # 开票有误, 销货退回, 服务中止, 销售折让
KINDS = ("normal", "special")
Status = Literal["draft", "pending", "issued", "voided", "red_partial", "red_full"]
DEFAULT_PAGE = 20
#: A 红字确认单 the buyer has not confirmed within 72 hours lapses.
CONFIRMATION_WINDOW = timedelta(hours=72)
MAX_PAGE = 100


# -- inputs --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuyerInput:
    name: str
    tax_id: str = ""
    address_phone: str = ""
    bank_account: str = ""
    is_person: bool = False
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class LineDraft:
    name: str
    amount: str | None = None
    quantity: str | None = None
    unit_price: str | None = None
    rate: str | None = None
    tax_code: str | None = None
    spec: str = ""
    unit: str = ""
    #: A 折扣行 right under this line: money (``"50"``) or a percentage (``"10%"``) of the
    #: line, in the invoice's price basis (core/domain/discounts.py).
    discount: str | None = None


@dataclass(frozen=True)
class DraftInput:
    kind: str
    buyer: BuyerInput
    lines: tuple[LineDraft, ...]
    price_includes_tax: bool = True
    remark: str = ""
    #: A small-scale seller gives up the 3% -> 1% relief for this 专票 and issues at 3%
    #: (国家税务总局公告2023年第1号 第三条); ignored elsewhere (core/domain/rate_rules.py).
    waive_relief: bool = False


@dataclass(frozen=True)
class RedLineRequest:
    position: int
    quantity: str | None = None
    amount: str | None = None  # 金额 excluding tax, positive
    total: str | None = None  # 价税合计 of the part to cancel (tax included), positive


@dataclass(frozen=True)
class InvoiceFilter:
    number: str = ""
    legacy_code: str = ""
    date_from: date | None = None
    date_to: date | None = None
    buyer: str = ""
    status: str = ""
    kind: str = ""
    min_total: Decimal | None = None
    max_total: Decimal | None = None
    sort: Literal["-id", "id", "-total", "total"] = "-id"
    cursor: str = ""
    limit: int = DEFAULT_PAGE


# -- views ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LineOut(ItemLine):
    """A stored line as the transports show it: what it prints, its place and its rate's code."""

    position: int
    rate: str
    rate_label: str
    original_position: int | None


@dataclass(frozen=True)
class EventOut:
    at: datetime
    action: str
    actor_id: int | None
    channel: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class InvoiceView:
    id: int
    kind: str
    status: str
    is_red: bool
    number: str | None
    issue_date: date | None
    buyer_name: str
    buyer_tax_id: str
    buyer_is_person: bool
    total_amount: Decimal
    total_tax: Decimal
    total: Decimal
    total_in_words: str
    remark: str
    original_id: int | None
    reissued_from_id: int | None
    pending_action: str
    reason: str
    verify_token: str | None
    lines: tuple[LineOut, ...] = ()
    events: tuple[EventOut, ...] = ()
    #: The national QR payload the platform returned (printed as the PDF's QR code).
    qr_payload: str = ""
    #: A red invoice: the 红字确认单 it was issued under.
    red_confirmation_no: str = ""
    #: How the amounts were entered (lines are stored excluding tax either way).
    price_includes_tax: bool = True


@dataclass(frozen=True)
class Page:
    items: tuple[InvoiceView, ...]
    next_cursor: str | None


@dataclass(frozen=True)
class Verification:
    number: str
    issue_date: date
    seller_name: str
    buyer_masked: str
    total: Decimal
    status: str  # issued, red_partial, red_full (voided on legacy rows): the invoices' own words
    is_red: bool
    kind: str
    token: str
    #: A red invoice: the number of the blue invoice it corrects.
    original_number: str | None = None


@dataclass(frozen=True)
class ConfirmationView:
    """A 红字发票信息确认单 as one party sees it (numbers and names, never internal ids)."""

    confirmation_no: str
    #: The platform's state: no_confirmation_needed, seller_pending_buyer, buyer_pending_seller,
    #: confirmed, lapsed, revoked, refused.
    state: str
    blue_number: str
    seller_name: str
    seller_tax_id: str
    buyer_name: str
    buyer_tax_id: str
    initiator: str
    reason_code: str
    #: 价税合计 of the red invoice (negative).
    total: Decimal
    created_at: datetime
    expires_at: datetime | None
    red_number: str | None
    #: This company is the seller (else the buyer).
    as_seller: bool
    #: Waiting for this company's 确认 or 拒绝.
    awaiting_me: bool


@dataclass(frozen=True)
class CorrectionOptions:
    """Which corrections an invoice takes now. Every option is a boolean; each one that is
    false has a reason code in ``reasons`` (option name -> code, see CORRECTION_REASONS)."""

    editable: bool
    red_letter: bool
    reissue: bool
    #: Always false: an electronic 数电票 is never voided (国家税务总局公告2024年第11号 第八条).
    void: bool
    reasons: dict[str, str]


#: Why an option is closed: draft (a draft is edited or deleted, not corrected), issued (an
#: issued invoice is never edited: 红冲, then 重开), red_invoice (a red invoice is not corrected
#: again), pending_action (an approval is pending), fully_red (nothing left to red-letter),
#: not_red_lettered (重开 follows a 红冲), not_issued (not issued yet), no_void (数电票 have no 作废).
CORRECTION_REASONS = ("draft", "issued", "red_invoice", "pending_action", "fully_red", "not_red_lettered",
                      "not_issued", "no_void")


def correction_options_of(status: str, is_red: bool, pending: bool) -> CorrectionOptions:
    reasons: dict[str, str] = {"void": "no_void"}
    if status == "draft":
        reasons.update(red_letter="draft", reissue="draft")
        return CorrectionOptions(editable=True, red_letter=False, reissue=False, void=False, reasons=reasons)
    reasons["editable"] = "pending_action" if status in ("pending", "issuing") else "issued"
    red = not is_red and status in ("issued", "red_partial") and not pending
    if not red:
        reasons["red_letter"] = ("red_invoice" if is_red else "pending_action" if pending
                                 else "fully_red" if status in ("red_full", "voided") else "not_issued")
    reissue = status in ("voided", "red_full", "red_partial") and not is_red
    if not reissue:
        reasons["reissue"] = "red_invoice" if is_red else "not_red_lettered"
    return CorrectionOptions(editable=False, red_letter=red, reissue=reissue, void=False, reasons=reasons)


@dataclass(frozen=True)
class IssueResult:
    invoice: InvoiceView
    replayed: bool = False
    new_buyer: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


# -- helpers -------------------------------------------------------------------------------------


def mask_name(name: str) -> str:
    """武汉某某科技有限公司 → 武汉****有限公司; 张三 → 张*."""
    if len(name) <= 2:
        return name[:1] + "*"
    if len(name) <= 6:
        return name[:1] + "*" * (len(name) - 2) + name[-1:]
    return name[:2] + "****" + name[-4:]


def request_fingerprint(payload: Any) -> str:
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def decimal_or_none(text: str | None, field_name: str) -> Decimal | None:
    if text is None or str(text).strip() == "":
        return None
    try:
        value = Decimal(str(text).strip().replace(",", ""))
    except InvalidOperation:
        raise ValidationFailed.one(field_name, "amount_format") from None
    if not value.is_finite():
        raise ValidationFailed.one(field_name, "amount_format")
    return value


def local_date(moment: datetime) -> date:
    return moment.astimezone(CHINA).date()



def to_view(invoice: Invoice, lines: Sequence[InvoiceLine], events: Sequence[InvoiceEvent]) -> InvoiceView:
    return model_view(
        invoice,
        tuple(
            LineOut(position=line.position, name=line.name, printed_name=line.printed_name, tax_code=line.tax_code,
                    spec=line.spec, unit=line.unit, quantity=line.quantity, unit_price=line.unit_price,
                    amount=line.amount, rate=line.rate_code, rate_label=rate_by_code(line.rate_code).label,
                    tax=line.tax, original_position=line.original_position)
            for line in lines
        ),
        tuple(EventOut(at=e.at, action=e.action, actor_id=e.actor_id, channel=e.channel, detail=dict(e.detail))
              for e in events),
    )


def model_view(invoice: Invoice, lines: tuple[LineOut, ...], events: tuple[EventOut, ...]) -> InvoiceView:
    """The view of an invoice row with its lines and history already as views
    (core/invoicing/hot_reads.py builds them from the rows)."""
    return InvoiceView(
        id=invoice.id, kind=invoice.kind, status=invoice.status, is_red=invoice.is_red, number=invoice.number,
        issue_date=invoice.issue_date, buyer_name=invoice.buyer_name, buyer_tax_id=invoice.buyer_tax_id,
        buyer_is_person=invoice.buyer_is_person, total_amount=invoice.total_amount, total_tax=invoice.total_tax,
        total=invoice.total, total_in_words=amount_in_words(invoice.total), remark=invoice.remark,
        original_id=invoice.original_id, reissued_from_id=invoice.reissued_from_id,
        pending_action=invoice.pending_action, reason=invoice.reason, verify_token=invoice.verify_token,
        qr_payload=invoice.qr_payload, red_confirmation_no=invoice.red_confirmation_no,
        price_includes_tax=invoice.price_includes_tax, lines=lines, events=events,
    )


_M = TypeVar("_M", bound=Model)


#: model -> its DecimalFields (name, field): every issue's view walks its rows' fields.
_DECIMALS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _as_read(row: _M) -> _M:
    """A row's Decimals as a read gives them back (quantized to the column's places)."""
    decimals = _DECIMALS.get(type(row))
    if decimals is None:
        decimals = _DECIMALS[type(row)] = tuple(
            (name, column) for name, column in row._meta.fields_map.items() if isinstance(column, DecimalField))
    for name, column in decimals:
        value = getattr(row, name)
        if value is not None:
            setattr(row, name, column.to_python_value(value))
    return row


def in_hand_view(invoice: Invoice, lines: Sequence[InvoiceLine]) -> InvoiceView:
    """The view (without history) of an invoice and its lines as this request wrote them,
    equal to what reading them back gives (tests/unit/test_invoices.py holds it)."""
    return to_view(_as_read(invoice), [_as_read(line) for line in lines], [])


def view_to_json(view: InvoiceView) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(asdict(view), default=str))
    return data


def view_from_json(data: dict[str, Any]) -> InvoiceView:
    def dec(value: Any) -> Decimal | None:
        return None if value is None else Decimal(str(value))

    lines = tuple(
        LineOut(**{**line, "quantity": dec(line["quantity"]), "unit_price": dec(line["unit_price"]),
                   "amount": Decimal(line["amount"]), "tax": Decimal(line["tax"])})
        for line in data.get("lines", [])
    )
    return InvoiceView(**{
        **data,
        "issue_date": date.fromisoformat(data["issue_date"]) if data.get("issue_date") else None,
        "total_amount": Decimal(data["total_amount"]), "total_tax": Decimal(data["total_tax"]),
        "total": Decimal(data["total"]), "lines": lines, "events": (),
    })

