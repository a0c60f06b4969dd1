"""AccountService: every account use case behind one object (see the modules of
:mod:`core.accounts`: lockout, binding, registration, login, recovery), and the account's view."""

from __future__ import annotations

from core.accounts.recovery import Recovery
from core.accounts.views import AccountView
from core.domain.errors import NotFound


class AccountService(Recovery):
    """Registration, login with lockout, second factor, reset, WeChat binding; the account's view."""

    async def view(self, account_id: int) -> AccountView:
        view = await self.memberships.account_view(account_id)
        if view is None:
            raise NotFound({"what": "account"})
        return view
