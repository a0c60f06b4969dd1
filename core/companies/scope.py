"""Tenancy: the company an actor acts in, and their role there.

Every company-scoped operation resolves a :class:`Scope` through :meth:`Tenancy.require` first:
the account's current company, its membership there and the role's permission. Another
company's objects are then simply not found (queries filter on ``scope.company_id``).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.accounts.models import Account
from core.adapters import hot_queries
from core.domain.actor import Actor
from core.domain.errors import NoCurrentCompany, NotAuthenticated, PermissionDenied
from core.domain.roles import ROLE_PERMISSIONS, Permission, Role


@dataclass(frozen=True)
class Scope:
    """The company an actor acts in, and their role there."""

    account_id: int
    company_id: int
    role: Role


def forget_scope(actor: Actor) -> None:
    """A membership or the current company changed: the actor's cached scope is stale."""
    if actor.memo:
        actor.memo.clear()


class Tenancy:
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
