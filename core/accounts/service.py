"""AccountService: every account use case behind one object (see the modules of
:mod:`core.accounts`: lockout, binding, registration, login, recovery), and the account's view."""

from __future__ import annotations

from typing import Literal

from core.accounts.models import Account, WeChatBinding
from core.accounts.recovery import Recovery
from core.accounts.views import AccountView, mask_phone
from core.domain.errors import NotFound


class AccountService(Recovery):
    """Registration, login with lockout, second factor, reset, WeChat binding; the account's view."""

    async def view(self, account_id: int) -> AccountView:
        account = await Account.get_or_none(id=account_id)
        if account is None:
            raise NotFound({"what": "account"})
        method: Literal["totp", "sms"] | None = (
            "totp" if account.totp_enabled else "sms" if account.sms_second_factor else None
        )
        return AccountView(
            id=account.id,
            phone=account.phone,
            masked_phone=mask_phone(account.phone),
            display_name=account.display_name,
            email=account.email,
            second_factor=method,
            bound_wechat=await WeChatBinding.exists(account_id=account_id),
            memberships=await self.memberships.of_account(account_id, account.current_company_id),
        )
