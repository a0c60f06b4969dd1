"""Who is acting, and through which channel: every service call carries one."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

#: ``h5``: the buyer's pages of 扫码开票 (no account).
Channel = Literal["bot", "api", "cli", "h5"]


@dataclass(frozen=True)
class Actor:
    channel: Channel
    account_id: int | None = None
    ip: str | None = None
    openid: str | None = None

    def as_account(self, account_id: int) -> Actor:
        return replace(self, account_id=account_id)
