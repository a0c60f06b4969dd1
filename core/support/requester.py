"""Who asks for help: a signed-in account, or a WeChat user without one (issue 18).

Support must be reachable without a login -- a user locked out of their account is the
main case. Tickets and feedback of such a user are keyed to the WeChat user (``openid``,
account id :data:`ANONYMOUS`) and, when they give it, a contact phone. Notifications to
them go through the outbox like every other (account :data:`ANONYMOUS`, the address in
the params under :data:`TO_OPENID`; see ``core/notifications/channels.py``).

A signed-in user also sees what they asked from the same WeChat user before logging in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from tortoise.expressions import Q
from tortoise.models import Model

from core.accounts.identity import signed_in_account
from core.accounts.models import Account
from core.domain.actor import Actor
from core.domain.errors import NotAuthenticated, RateLimited
from core.notifications.channels import ANONYMOUS, TO_OPENID
from core.ports import Clock

#: Tickets (and, separately, feedback items) a WeChat user without an account may open per day.
ANONYMOUS_DAILY_LIMIT = 5


@dataclass(frozen=True)
class Requester:
    account: Account | None
    openid: str

    @property
    def account_id(self) -> int:
        return self.account.id if self.account is not None else ANONYMOUS

    @property
    def is_staff(self) -> bool:
        return self.account is not None and self.account.is_staff

    @property
    def company_id(self) -> int | None:
        return self.account.current_company_id if self.account is not None else None

    def mine(self) -> Q:
        """Rows this requester owns: their account's, and those opened from this WeChat user
        before any login."""
        anonymous = Q(account_id=ANONYMOUS, openid=self.openid) if self.openid else None
        if self.account is None:
            assert anonymous is not None
            return anonymous
        own = Q(account_id=self.account.id)
        return own | anonymous if anonymous is not None else own

    def owns(self, account_id: int, openid: str) -> bool:
        if self.account is not None and account_id == self.account.id:
            return True
        return account_id == ANONYMOUS and bool(self.openid) and openid == self.openid


async def requester_of(actor: Actor) -> Requester:
    """The signed-in account, or the WeChat user alone; nobody at all is NotAuthenticated."""
    if actor.account_id is None:
        if not actor.openid:
            raise NotAuthenticated()
        return Requester(None, actor.openid)
    return Requester(await signed_in_account(actor), actor.openid or "")


async def check_anonymous_quota(model: type[Model], requester: Requester, clock: Clock) -> None:
    """At most :data:`ANONYMOUS_DAILY_LIMIT` rows of ``model`` per WeChat user per day without
    an account (a signed-in user is limited by their account, not here)."""
    if requester.account is not None:
        return
    since = clock.now() - timedelta(days=1)
    count = await model.filter(account_id=ANONYMOUS, openid=requester.openid, created_at__gte=since).count()
    if count >= ANONYMOUS_DAILY_LIMIT:
        raise RateLimited({"retry_after": 3600})


def recipient(account_id: int, openid: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """Who a notification about a ticket or feedback item goes to: the account (every WeChat
    user bound to it), or the WeChat user who asked without one."""
    if account_id == ANONYMOUS:
        return ANONYMOUS, {**params, TO_OPENID: openid}
    return account_id, params
