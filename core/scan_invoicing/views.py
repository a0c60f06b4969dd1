"""What the services of 扫码开票 return (transports render these)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from core.domain.links import scan_code_url
from core.scan_invoicing.models import ScanCode, ScanRequest, ScanStore
from core.scan_invoicing.rules import BUYER_STATUS, mask_contact


@dataclass(frozen=True)
class StoreView:
    id: int
    name: str
    issuer_account_id: int


@dataclass(frozen=True)
class CodeView:
    id: int
    code: str
    kind: str
    url: str
    store_name: str
    amount: Decimal | None
    items: tuple[dict[str, Any], ...]
    expires_at: datetime | None
    used: bool
    auto_issue: bool
    auto_cap: Decimal | None
    daily_cap: Decimal | None


@dataclass(frozen=True)
class RequestView:
    """A request as the shop sees it (the buyer's address masked)."""

    id: int
    code_id: int
    status: str
    kind: str
    amount: Decimal
    items: tuple[dict[str, Any], ...]
    buyer_name: str
    buyer_tax_id: str
    buyer_is_person: bool
    contact: str
    contact_name: str
    invoice_id: int | None
    reason: str
    auto_issued: bool
    created_at: datetime
    messages: tuple[str, ...] = ()


@dataclass(frozen=True)
class CodePage:
    """What the buyer's page shows for a code: the shop, the amount or the product picker."""

    code: str
    kind: str
    shop_name: str
    store_name: str
    amount: Decimal | None
    items: tuple[str, ...]
    products: tuple[str, ...]
    allows_special: bool


@dataclass(frozen=True)
class StatusPage:
    """The buyer's status page: only this request, only what the buyer gave or may see."""

    token: str
    status: str  # submitted, issued, rejected, expired
    waiting_approval: bool
    shop_name: str
    kind: str
    amount: Decimal
    items: tuple[str, ...]
    buyer_name: str
    buyer_tax_id: str
    reason: str
    number: str | None
    verify_token: str | None
    created_at: datetime
    messages: tuple[tuple[bool, str, datetime], ...]  # (from_shop, text, at)
    card_status: str


def store_view(store: ScanStore) -> StoreView:
    return StoreView(store.id, store.name, store.issuer_account_id)


def code_view(code: ScanCode, base_url: str, store_name: str) -> CodeView:
    return CodeView(id=code.id, code=code.code, kind=code.kind, url=scan_code_url(base_url, code.code),
                    store_name=store_name, amount=code.amount, items=tuple(code.items or ()),
                    expires_at=code.expires_at, used=code.used_at is not None, auto_issue=code.auto_issue,
                    auto_cap=code.auto_cap, daily_cap=code.daily_cap)


def request_view(request: ScanRequest, messages: tuple[str, ...] = ()) -> RequestView:
    return RequestView(
        id=request.id, code_id=request.code_id, status=BUYER_STATUS.get(request.status, request.status),
        kind=request.kind, amount=request.amount, items=tuple(request.items or ()),
        buyer_name=request.buyer_name, buyer_tax_id=request.buyer_tax_id, buyer_is_person=request.buyer_is_person,
        contact=mask_contact(request.email, request.phone), contact_name=request.contact_name,
        invoice_id=request.invoice_id, reason=request.reason, auto_issued=request.auto_issued,
        created_at=request.created_at, messages=messages,
    )
