"""Who may read the audit log (core/audit/trail.py's ``TrailAccess``): staff read everything;
an owner or admin reads their own company's trail.

The signed-in account is looked up by the accounts' ``signed_in_account``, passed in by the
container (core/container.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from core.companies.models import Membership
from core.domain.actor import Actor
from core.domain.errors import NotFound, PermissionDenied
from core.domain.roles import ROLE_PERMISSIONS, Permission, Role


class _Account(Protocol):
    id: int
    is_staff: bool


class CompanyAuditAccess:
    def __init__(self, signed_in_account: Callable[[Actor], Awaitable[_Account]]) -> None:
        """``signed_in_account``: the actor's account; raises NotAuthenticated when there is none."""
        self.signed_in_account = signed_in_account

    async def check_company_reader(self, actor: Actor, company_id: int) -> None:
        """A company the caller is not a member of is "not found", whether it exists or not."""
        account = await self.signed_in_account(actor)
        if account.is_staff:
            return
        membership = await Membership.get_or_none(account_id=account.id, company_id=company_id)
        if membership is None:
            raise NotFound({"what": "company"})
        role = Role(membership.role)
        if Permission.MANAGE_COMPANY not in ROLE_PERMISSIONS[role]:
            raise PermissionDenied({"role": str(role)})

    async def check_staff(self, actor: Actor) -> None:
        account = await self.signed_in_account(actor)
        if not account.is_staff:
            raise PermissionDenied({"need": "staff"})
