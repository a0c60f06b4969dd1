"""A company's details as its owners and admins edit them (修改企业信息): name, tax ID, taxpayer
kind, region, address and bank, 开票人, kinds, default rate, per-invoice limit, approval."""

from __future__ import annotations

from typing import Any

from core.companies.base import CompanyBase
from core.companies.models import Company
from core.companies.registration import check_company
from core.companies.views import INVOICE_KINDS, CompanyInput, CompanyView, company_view
from core.domain.actor import Actor
from core.domain.errors import CompanyExists, ValidationFailed
from core.domain.roles import Permission


class Details(CompanyBase):
    async def current(self, actor: Actor) -> CompanyView:
        scope = await self.require(actor)
        return company_view(await Company.get(id=scope.company_id), scope.role)

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
        values = check_company(data)
        company = await Company.get(id=scope.company_id)
        if values["tax_id"] != company.tax_id:
            # Through the invoices' reverse relation (Invoice.company, related_name "invoices"):
            # the companies package does not import invoicing, which builds on it.
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
        return company_view(company, scope.role)
