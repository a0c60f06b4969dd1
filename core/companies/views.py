"""What goes in and out of the company use cases: the company's details as typed, and as shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from core.companies.models import Company
from core.domain.roles import Role

TAXPAYER_KINDS = ("general", "small_scale")
INVOICE_KINDS = ("normal", "special")


@dataclass(frozen=True)
class CompanyInput:
    name: str
    tax_id: str
    taxpayer_kind: str = "small_scale"
    region: str = "42"
    address_phone: str = ""
    bank_account: str = ""
    issuer_name: str = ""
    allowed_kinds: tuple[str, ...] = INVOICE_KINDS
    default_rate: str | None = None
    invoice_limit: str | None = None
    approval_required: bool = False


@dataclass(frozen=True)
class CompanyView:
    id: int
    name: str
    tax_id: str
    taxpayer_kind: str
    region: str
    address_phone: str
    bank_account: str
    issuer_name: str
    allowed_kinds: tuple[str, ...]
    default_rate: str | None
    invoice_limit: Decimal | None
    approval_required: bool
    role: Role
    #: pending (待认证: cannot issue yet), authorized, or superseded (another registration won).
    auth_state: str = "pending"


@dataclass(frozen=True)
class InviteView:
    code: str
    role: Role
    expires_at: datetime
    company_name: str = field(default="")


def company_view(company: Company, role: Role) -> CompanyView:
    return CompanyView(
        id=company.id, name=company.name, tax_id=company.tax_id, taxpayer_kind=company.taxpayer_kind,
        region=company.region, address_phone=company.address_phone, bank_account=company.bank_account,
        issuer_name=company.issuer_name, allowed_kinds=tuple(company.allowed_kinds),
        default_rate=company.default_rate, invoice_limit=company.invoice_limit,
        approval_required=company.approval_required, role=role, auth_state=company.auth_state,
    )
