"""What accounts ask of companies (the :class:`core.accounts.base.Memberships` seam): the companies an
account belongs to, for its view, and whether one member manages another, for unlocking."""

from __future__ import annotations

from core.accounts.views import MembershipView
from core.companies.models import Company, Membership
from core.domain.roles import Role


class CompanyMemberships:
    async def of_account(self, account_id: int, current_company_id: int | None) -> tuple[MembershipView, ...]:
        memberships = await Membership.filter(account_id=account_id).order_by("id")
        companies = {c.id: c for c in await Company.filter(id__in=[m.company_id for m in memberships])}
        return tuple(
            MembershipView(
                company_id=m.company_id,
                company_name=companies[m.company_id].name,
                tax_id=companies[m.company_id].tax_id,
                role=Role(m.role),
                current=m.company_id == current_company_id,
            )
            for m in memberships
        )

    async def manages_member(self, manager_id: int, account_id: int) -> bool:
        # tortoise 1.x cannot take a values_list query as an __in operand (TypeError → 500).
        target_companies = await Membership.filter(account_id=account_id).values_list("company_id", flat=True)
        return await Membership.filter(
            account_id=manager_id, role__in=[Role.OWNER, Role.ADMIN], company_id__in=list(target_companies),
        ).exists()
