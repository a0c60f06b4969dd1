"""What an invoice looks like to a reader: the data a PDF, a card or a page shows.

Built from a stored invoice by core; rendered by adapters (PDF) and templates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from core.domain.qr_payload import KIND_DIGITAL_ORDINARY, KIND_DIGITAL_SPECIAL, build_qr

InvoiceKind = Literal["normal", "special"]
#: 正常 / 已作废 / 已红冲 / 部分红冲; a red invoice itself is "normal" with ``is_red``.
DisplayStatus = Literal["normal", "voided", "red_full", "red_partial"]


@dataclass(frozen=True)
class PartyView:
    name: str
    tax_id: str
    address_phone: str = ""
    bank_account: str = ""


@dataclass(frozen=True)
class PrintedLine:
    """What a line of the invoice prints: the one definition of these fields. The document's
    :class:`LineView`, the computed line (``core.domain.invoice_math.Line``) and the invoice view's
    ``LineOut`` (core/invoicing/views.py, from which the API's line schema is generated) extend it."""

    printed_name: str  # *简称*名称
    spec: str
    unit: str
    quantity: Decimal | None
    unit_price: Decimal | None  # excluding tax
    amount: Decimal  # 金额, excluding tax; negative on red invoices
    tax: Decimal  # 税额; negative on red invoices


@dataclass(frozen=True)
class LineView(PrintedLine):
    rate_label: str  # "6%", "免税" ...


@dataclass(frozen=True)
class InvoiceDocument:
    kind: InvoiceKind
    number: str
    issue_date: date
    seller: PartyView
    buyer: PartyView
    lines: tuple[LineView, ...]
    total_amount: Decimal
    total_tax: Decimal
    total: Decimal  # 价税合计 (小写)
    total_in_words: str  # 价税合计 (大写), "⊗…" on red invoices (core/domain/amount_in_words.py)
    remark: str
    issuer: str
    status: DisplayStatus
    is_red: bool
    original_number: str | None  # the blue invoice a red one corrects
    #: Our verification link: for chat replies, the API and pages -- never printed on the PDF.
    verify_url: str
    #: The national QR string as the platform returned it (``01,<31|32>,,<号码>,<价税合计>,
    #: <YYYYMMDD>,,<校验>``); empty until known, then :meth:`national_qr` builds it.
    qr_payload: str = ""

    def national_qr(self) -> str:
        """What the PDF's QR code carries: the platform's payload, or one built from the
        invoice's own number, 价税合计 and date (GUIDE.md section 3, "Verification")."""
        if self.qr_payload:
            return self.qr_payload
        kind = KIND_DIGITAL_SPECIAL if self.kind == "special" else KIND_DIGITAL_ORDINARY
        return build_qr(kind, self.number, self.total, self.issue_date)
