"""Who is asking: the signed-in account behind an actor (shared by the services that need
the account row itself rather than a company scope)."""

from __future__ import annotations

from core.accounts.models import Account
from core.domain.actor import Actor
from core.domain.errors import NotAuthenticated


async def signed_in_account(actor: Actor) -> Account:
    """The actor's account; NotAuthenticated when there is none (anonymous or deleted)."""
    if actor.account_id is None:
        raise NotAuthenticated()
    account = await Account.get_or_none(id=actor.account_id)
    if account is None:
        raise NotAuthenticated()
    return account
