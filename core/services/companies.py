"""Companies, memberships, roles and invitations.

Every company-scoped operation goes through :meth:`CompanyService.require`, which
resolves the actor's current company and checks the role. Another company's
objects are simply not found.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise.exceptions import IntegrityError

from core.accounts.models import Account
from core.adapters import hot_queries
from core.audit.log import AuditLog
from core.companies.models import Company, Invite, Membership
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import (
    AlreadyMember,
    CompanyExists,
    FieldChecks,
    InviteInvalid,
    NoCurrentCompany,
    NotAuthenticated,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from core.domain.roles import ROLE_PERMISSIONS, Permission, Role
from core.domain.taxpayer_id import normalize_tax_id
from core.ports import Clock
from core.services.taxpayer_auth import TaxpayerAuthService

INVITE_TTL = timedelta(days=7)
#: No 0/O, 1/I/L: codes are read aloud and typed on phones.
_INVITE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
TAXPAYER_KINDS = ("general", "small_scale")
INVOICE_KINDS = ("normal", "special")
_PROVINCES = {f"{n:02d}" for n in (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                   43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65)}


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
class Scope:
    """The company an actor acts in, and their role there."""

    account_id: int
    company_id: int
    role: Role


@dataclass(frozen=True)
class MemberView:
    account_id: int
    display_name: str
    masked_phone: str
    role: Role


@dataclass(frozen=True)
class InviteView:
    code: str
    role: Role
    expires_at: datetime
    company_name: str = field(default="")


def forget_scope(actor: Actor) -> None:
    """A membership or the current company changed: the actor's cached scope is stale."""
    if actor.memo:
        actor.memo.clear()


def _hash_code(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


def _check_company(data: CompanyInput) -> dict[str, Any]:
    checks = FieldChecks()
    checks.run("name", validators.check_text, data.name, "name", max_len=100)
    checks.run("tax_id", normalize_tax_id, data.tax_id)
    checks.run("address_phone", validators.check_text, data.address_phone, "address_phone", max_len=200,
               required=False)
    checks.run("bank_account", validators.check_text, data.bank_account, "bank_account", max_len=200,
               required=False)
    checks.run("issuer_name", validators.check_text, data.issuer_name, "issuer_name", max_len=32, required=False)
    if data.taxpayer_kind not in TAXPAYER_KINDS:
        checks.fail("taxpayer_kind", "taxpayer_kind_invalid")
    if data.region not in _PROVINCES:
        checks.fail("region", "region_invalid")
    if not data.allowed_kinds or any(kind not in INVOICE_KINDS for kind in data.allowed_kinds):
        checks.fail("allowed_kinds", "invoice_kinds_invalid")
    limit = None
    if data.invoice_limit not in (None, ""):
        try:
            limit = Decimal(str(data.invoice_limit)).quantize(Decimal("0.01"))
            if limit <= 0:
                raise InvalidOperation
        except (InvalidOperation, ValueError):
            checks.fail("invoice_limit", "amount_positive")
    checks.raise_if_any()
    values = checks.values
    values.update(
        taxpayer_kind=data.taxpayer_kind, region=data.region, allowed_kinds=list(data.allowed_kinds),
        default_rate=data.default_rate, invoice_limit=limit, approval_required=data.approval_required,
    )
    return values


class CompanyService:
    def __init__(self, clock: Clock, audit: AuditLog, tax_auth: TaxpayerAuthService | None = None) -> None:
        self.clock = clock
        self.audit = audit
        #: The taxpayer's authorisation (issue 13 #5); build_core wires it.
        self.tax_auth = tax_auth

    async def require(self, actor: Actor, permission: Permission = Permission.VIEW) -> Scope:
        if actor.account_id is None:
            raise NotAuthenticated()
        memo = actor.memo
        key = ("scope", actor.account_id)
        found = memo.get(key) if memo is not None else None
        if found is None:
            # Every request of a company user passes here: one query (the membership in the
            # account's current company) on the happy path; the refusals find out which it is.
            # With the actor's memo (a chat message) the answer is kept for the rest of it.
            found = await hot_queries.current_membership(actor.account_id)
            if found is None:
                if not await Account.exists(id=actor.account_id):
                    raise NotAuthenticated()
                raise NoCurrentCompany()
            if memo is not None:
                memo[key] = found
        company_id, role_name = found
        role = Role(role_name)
        if permission not in ROLE_PERMISSIONS[role]:
            raise PermissionDenied({"role": str(role)})
        return Scope(account_id=actor.account_id, company_id=company_id, role=role)

    async def create(self, data: CompanyInput, actor: Actor) -> CompanyView:
        if actor.account_id is None:
            raise NotAuthenticated()
        values = _check_company(data)
        now = self.clock.now()
        try:
            async with self.audit.transaction() as conn:
                # Only an AUTHORISED company owns its tax ID: while registrations wait for the
                # taxpayer's authorisation, the real owner may register too (the first authorised wins).
                if await Company.filter(tax_id=values["tax_id"], auth_state="authorized").using_db(conn).exists():
                    raise CompanyExists()
                company = await Company.create(**values, created_at=now, using_db=conn)
                await Membership.create(company_id=company.id, account_id=actor.account_id, role=Role.OWNER,
                                        created_at=now, using_db=conn)
                await Account.filter(id=actor.account_id).using_db(conn).update(current_company_id=company.id)
                forget_scope(actor)
                await self.audit.record(actor, "company.create", target=f"company:{company.id}",
                                        company_id=company.id, detail={"tax_id": company.tax_id},
                                        connection=conn)
        except IntegrityError:
            raise CompanyExists() from None
        if self.tax_auth is not None:
            await self.tax_auth.request(company)
        return self._view(company, Role.OWNER)

    async def authorize(self, code: str, actor: Actor) -> CompanyView:
        """Enter the code the platform gave the taxpayer: the current company may issue from now on."""
        scope = await self.require(actor, Permission.MANAGE_COMPANY)
        assert self.tax_auth is not None
        company = await self.tax_auth.authorize(await Company.get(id=scope.company_id), code, actor)
        await self.audit.record(actor, "company.authorized", target=f"company:{company.id}", company_id=company.id)
        return self._view(company, scope.role)

    async def request_authorization(self, actor: Actor) -> CompanyView:
        """Ask the platform again (a new code for the taxpayer)."""
        scope = await self.require(actor, Permission.MANAGE_COMPANY)
        assert self.tax_auth is not None
        company = await Company.get(id=scope.company_id)
        if company.auth_state == "pending":
            await self.tax_auth.request(company)
        return self._view(company, scope.role)

    async def patch(self, changes: dict[str, Any], actor: Actor) -> CompanyView:
        """PATCH semantics: fields not given keep their value (a body with only the required fields
        used to turn a general taxpayer into small_scale and blank the address, bank and issuer)."""
        scope = await self.require(actor, Permission.MANAGE_COMPANY)
        company = await Company.get(id=scope.company_id)
        known = {name: getattr(company, name) for name in CompanyInput.__dataclass_fields__}
        known["allowed_kinds"] = tuple(company.allowed_kinds or INVOICE_KINDS)
        known["default_rate"] = None if company.default_rate is None else str(company.default_rate)
        known["invoice_limit"] = None if company.invoice_limit is None else str(company.invoice_limit)
        given = {k: v for k, v in changes.items() if k in known and v is not None}
        if "allowed_kinds" in given:
            given["allowed_kinds"] = tuple(given["allowed_kinds"]) or INVOICE_KINDS
        for name in ("default_rate", "invoice_limit"):
            if name in changes and changes[name] is None:
                given[name] = None
        return await self.update(CompanyInput(**{**known, **given}), actor)

    async def update(self, data: CompanyInput, actor: Actor) -> CompanyView:
        scope = await self.require(actor, Permission.MANAGE_COMPANY)
        values = _check_company(data)
        company = await Company.get(id=scope.company_id)
        if values["tax_id"] != company.tax_id:
            if await Company.filter(id=company.id, invoices__id__isnull=False).exists():
                # Issued invoices carry the seller's tax ID: the company cannot become another taxpayer.
                raise ValidationFailed.one("tax_id", "tax_id_locked")
            if await Company.exists(tax_id=values["tax_id"], auth_state="authorized"):
                raise CompanyExists()
        changed = {k: v for k, v in values.items() if getattr(company, k) != v}
        if "tax_id" in changed:
            # Another taxpayer: its authorisation starts again.
            values.update(auth_state="pending", auth_reference=None, authorized_at=None)
        async with self.audit.transaction() as conn:
            await Company.filter(id=company.id).using_db(conn).update(**values)
            await self.audit.record(actor, "company.update", target=f"company:{company.id}",
                                    company_id=company.id, detail={"changed": sorted(changed)},
                                    connection=conn)
        await company.refresh_from_db()
        if "tax_id" in changed and self.tax_auth is not None:
            await self.tax_auth.request(company)
        return self._view(company, scope.role)

    async def current(self, actor: Actor) -> CompanyView:
        scope = await self.require(actor)
        return self._view(await Company.get(id=scope.company_id), scope.role)

    async def switch(self, company_id: int, actor: Actor) -> CompanyView:
        membership = await Membership.get_or_none(account_id=actor.account_id or 0, company_id=company_id)
        if membership is None:
            raise NotFound({"what": "company"})
        await Account.filter(id=membership.account_id).update(current_company_id=company_id)
        forget_scope(actor)
        await self.audit.record(actor, "company.switch", target=f"account:{membership.account_id}",
                                company_id=company_id)
        return self._view(await Company.get(id=company_id), Role(membership.role))

    async def members(self, actor: Actor) -> list[MemberView]:
        scope = await self.require(actor)
        rows = await Membership.filter(company_id=scope.company_id).order_by("id").prefetch_related("account")
        return [
            MemberView(m.account_id, m.account.display_name, m.account.phone[:3] + "****" + m.account.phone[-4:],
                       Role(m.role))
            for m in rows
        ]

    async def invite(self, role: Role, actor: Actor) -> InviteView:
        scope = await self.require(actor, Permission.MANAGE_MEMBERS)
        code = "".join(secrets.choice(_INVITE_ALPHABET) for _ in range(10))
        expires = self.clock.now() + INVITE_TTL
        async with self.audit.transaction() as conn:
            await Invite.create(code_hash=_hash_code(code), company_id=scope.company_id, role=role,
                                created_by_id=scope.account_id, expires_at=expires,
                                created_at=self.clock.now(), using_db=conn)
            await self.audit.record(actor, "company.invite", target=f"company:{scope.company_id}",
                                    company_id=scope.company_id, detail={"role": str(role)}, connection=conn)
        company = await Company.get(id=scope.company_id)
        return InviteView(code=code, role=role, expires_at=expires, company_name=company.name)

    async def join(self, code: str, actor: Actor) -> CompanyView:
        if actor.account_id is None:
            raise NotAuthenticated()
        async with self.audit.transaction() as conn:
            # Claim the invite atomically: of two concurrent joins only one update matches.
            invite = await Invite.filter(code_hash=_hash_code(code)).using_db(conn).first()
            if invite is None or invite.used_at is not None or invite.expires_at <= self.clock.now():
                raise InviteInvalid()
            if await Membership.filter(company_id=invite.company_id, account_id=actor.account_id) \
                    .using_db(conn).exists():
                raise AlreadyMember()
            claimed = await Invite.filter(id=invite.id, used_at=None).using_db(conn).update(
                used_at=self.clock.now(), used_by_id=actor.account_id)
            if claimed != 1:
                raise InviteInvalid()
            await Membership.create(company_id=invite.company_id, account_id=actor.account_id, role=invite.role,
                                    created_at=self.clock.now(), using_db=conn)
            await Account.filter(id=actor.account_id).using_db(conn).update(current_company_id=invite.company_id)
            forget_scope(actor)
            await self.audit.record(actor, "company.join", target=f"company:{invite.company_id}",
                                    company_id=invite.company_id, detail={"role": invite.role}, connection=conn)
        return self._view(await Company.get(id=invite.company_id), Role(invite.role))

    @staticmethod
    def _view(company: Company, role: Role) -> CompanyView:
        return CompanyView(
            id=company.id, name=company.name, tax_id=company.tax_id, taxpayer_kind=company.taxpayer_kind,
            region=company.region, address_phone=company.address_phone, bank_account=company.bank_account,
            issuer_name=company.issuer_name, allowed_kinds=tuple(company.allowed_kinds),
            default_rate=company.default_rate, invoice_limit=company.invoice_limit,
            approval_required=company.approval_required, role=role, auth_state=company.auth_state,
        )
