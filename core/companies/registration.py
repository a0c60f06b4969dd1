"""Registering a company (its owner is the one who registers it) and getting it authorised by the
taxpayer (core/companies/taxpayer_auth.py); the checks of a company's details, shared with
editing them (core/companies/details.py)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise.exceptions import IntegrityError

from core.accounts.models import Account
from core.companies.base import CompanyBase
from core.companies.models import Company, Membership
from core.companies.scope import forget_scope
from core.companies.views import INVOICE_KINDS, TAXPAYER_KINDS, CompanyInput, CompanyView, company_view
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import CompanyExists, FieldChecks, NotAuthenticated
from core.domain.roles import Permission, Role
from core.domain.taxpayer_id import normalize_tax_id

_PROVINCES = {f"{n:02d}" for n in (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                   43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65)}


def check_company(data: CompanyInput) -> dict[str, Any]:
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


class Registration(CompanyBase):
    async def create(self, data: CompanyInput, actor: Actor) -> CompanyView:
        if actor.account_id is None:
            raise NotAuthenticated()
        values = check_company(data)
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
        return company_view(company, Role.OWNER)

    async def authorize(self, code: str, actor: Actor) -> CompanyView:
        """Enter the code the platform gave the taxpayer: the current company may issue from now on."""
        scope = await self.require(actor, Permission.MANAGE_COMPANY)
        assert self.tax_auth is not None
        company = await self.tax_auth.authorize(await Company.get(id=scope.company_id), code, actor)
        await self.audit.record(actor, "company.authorized", target=f"company:{company.id}", company_id=company.id)
        return company_view(company, scope.role)

    async def request_authorization(self, actor: Actor) -> CompanyView:
        """Ask the platform again (a new code for the taxpayer)."""
        scope = await self.require(actor, Permission.MANAGE_COMPANY)
        assert self.tax_auth is not None
        company = await Company.get(id=scope.company_id)
        if company.auth_state == "pending":
            await self.tax_auth.request(company)
        return company_view(company, scope.role)
