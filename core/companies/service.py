"""CompanyService: the company use cases behind one object (as ``Core.companies``):

* the tenancy check every company-scoped operation starts with (``require``, core/companies/scope.py);
* registration and the taxpayer's authorisation (core/companies/registration.py);
* the company's details (core/companies/details.py);
* invitations (core/companies/invites.py);
* switching the current company (here).

Members (roles, removal, owner transfer, 开票人) are :class:`core.companies.members.MemberService`,
the catalogue :class:`core.companies.catalogue.CatalogueService`.
"""

from __future__ import annotations

from core.accounts.models import Account
from core.companies.details import Details
from core.companies.invites import Invites
from core.companies.models import Company, Membership
from core.companies.registration import Registration
from core.companies.scope import forget_scope
from core.companies.views import CompanyView, company_view
from core.domain.actor import Actor
from core.domain.errors import NotFound
from core.domain.roles import Role


class CompanyService(Registration, Details, Invites):
    async def switch(self, company_id: int, actor: Actor) -> CompanyView:
        """Act in another company the account is a member of (切换企业)."""
        membership = await Membership.get_or_none(account_id=actor.account_id or 0, company_id=company_id)
        if membership is None:
            raise NotFound({"what": "company"})
        await Account.filter(id=membership.account_id).update(current_company_id=company_id)
        forget_scope(actor)
        await self.audit.record(actor, "company.switch", target=f"account:{membership.account_id}",
                                company_id=company_id)
        return company_view(await Company.get(id=company_id), Role(membership.role))
