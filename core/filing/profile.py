"""The company's filing profile: the 纳税期限 of a small-scale taxpayer and the CIT figures the
小型微利 test needs (从业人数, 资产总额, restricted industry, prior-year losses) — asked the
first time a return needs them, remembered, never defaulted. Mixed into ``FilingService``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from core.audit.log import AuditLog
from core.companies.models import Company
from core.companies.service import CompanyService
from core.domain.actor import Actor
from core.domain.errors import FieldProblem, ValidationFailed
from core.domain.roles import Permission
from core.filing import compute as compute
from core.filing.compute import CitInputs
from core.filing.models import CompanyTaxProfile
from core.ports import Clock


class FilingProfileMixin:
    clock: Clock
    audit: AuditLog
    companies: CompanyService

    async def _remember_profile(self, company_id: int, values: CitInputs, actor: Actor | None = None,
                                *, require: bool = True) -> CompanyTaxProfile:
        """Save the CIT profile figures given; refuse when one was never given (asked once,
        never defaulted)."""
        profile = await compute.profile_of(company_id)
        missing = compute.missing_profile(profile, values)
        if missing and require:
            raise ValidationFailed(fields={name: FieldProblem("cit_profile_missing", {}) for name in missing})
        given: dict[str, Any] = {}
        if values.employees is not None:
            given["employees"] = compute.employees_count(values.employees)
        if values.assets is not None:
            given["assets"] = compute.amount(values.assets, "assets")
        if values.prior_losses is not None:
            given["prior_losses"] = compute.amount(values.prior_losses, "prior_losses")
        if values.restricted_industry is not None:
            given["restricted_industry"] = bool(values.restricted_industry)
        if given or profile is None:
            await CompanyTaxProfile.update_or_create(
                defaults={**given, "updated_at": self.clock.now(),
                          "updated_by_id": actor.account_id if actor else None}, company_id=company_id)
        found = await compute.profile_of(company_id)
        if found is None:  # nothing given and nothing required
            found = await CompanyTaxProfile.create(company_id=company_id, updated_at=self.clock.now())
        return found

    async def profile(self, actor: Actor) -> dict[str, Any]:
        """The company's filing profile: 纳税期限 and the CIT figures (None = not asked yet)."""
        scope = await self.companies.require(actor)
        company = await Company.get(id=scope.company_id)
        profile = await compute.profile_of(company.id)
        return {"taxpayer_kind": company.taxpayer_kind, "vat_period": compute.vat_period_kind(company, profile),
                **{name: (str(v) if isinstance(v, Decimal) else v)
                   for name in compute.PROFILE_FIELDS for v in [getattr(profile, name, None)]}}

    async def set_profile(self, actor: Actor, *, vat_period: str | None = None,
                          values: CitInputs | None = None) -> dict[str, Any]:
        scope = await self.companies.require(actor, Permission.FILE_TAX)
        company = await Company.get(id=scope.company_id)
        if vat_period is not None:
            if vat_period not in ("month", "quarter"):
                raise ValidationFailed.one("vat_period", "not_allowed", allowed="month、quarter")
            if company.taxpayer_kind == "general" and vat_period != "month":
                raise ValidationFailed.one("vat_period", "vat_monthly_for_general")
            await CompanyTaxProfile.update_or_create(
                defaults={"vat_period": vat_period, "updated_at": self.clock.now(),
                          "updated_by_id": actor.account_id}, company_id=company.id)
        if values is not None:
            await self._remember_profile(company.id, values, actor, require=False)
        async with self.audit.transaction() as conn:
            await self.audit.record(actor, "filing.profile", target=f"company:{company.id}", company_id=company.id,
                                    connection=conn, detail={"vat_period": vat_period})
        return await self.profile(actor)
