"""Tenancy: the company an actor acts in, and their role there.

Every company-scoped operation resolves a :class:`Scope` through :meth:`Tenancy.require` first:
the account's current company, its membership there and the role's permission. Another
company's objects are then simply not found (queries filter on ``scope.company_id``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

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


class _LookUp:
    """:meth:`Tenancy.require`'s default ``membership``: read it (``hot_queries.current_membership``)."""


LOOK_UP: Final = _LookUp()


class Tenancy:
    @staticmethod
    def unresolved(actor: Actor) -> int | None:
        """The account whose scope :meth:`require` would read now (None: no account, so it refuses
        at once, or the message already resolved it). A read that needs the scope first can then
        read the membership in its own statement (``hot_queries.MEMBERSHIP_CTE``) and hand it to
        :meth:`require` as ``membership``: one round trip instead of two, the same checks after."""
        account_id = actor.account_id
        if account_id is None:
            return None
        memo = actor.memo
        if memo is not None and ("scope", account_id) in memo:
            return None
        return account_id

    async def require(self, actor: Actor, permission: Permission = Permission.VIEW, *,
                      membership: tuple[int, str] | _LookUp | None = LOOK_UP) -> Scope:
        """The actor's scope with ``permission``, or the refusal. ``membership``: the (company id,
        role) of the account's membership in its current company (None: none) as a statement
        that read it with other rows found it, used when the scope is not memoised yet."""
        if actor.account_id is None:
            raise NotAuthenticated()
        memo = actor.memo
        key = ("scope", actor.account_id)
        found = memo.get(key) if memo is not None else None
        if found is None:
            # Every request of a company user passes here: one query (the membership in the
            # account's current company) on the happy path; the refusals find out which it is.
            # With the actor's memo (a chat message) the answer is kept for the rest of it.
            found = (await hot_queries.current_membership(actor.account_id) if isinstance(membership, _LookUp)
                     else membership)
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
