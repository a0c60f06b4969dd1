"""Who is acting, and through which channel: every service call carries one."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

#: ``h5``: the buyer's pages of 扫码开票 (no account).
Channel = Literal["bot", "api", "cli", "h5"]


@dataclass(frozen=True)
class Actor:
    channel: Channel
    account_id: int | None = None
    ip: str | None = None
    openid: str | None = None
    #: A cache for one message or request (None: no caching): the company scope and read-mostly
    #: rows resolved once and reused by every check of the same message (CompanyService.require).
    #: Services that change memberships or the current company clear it. Not part of equality.
    memo: dict[Any, Any] | None = field(default=None, compare=False, repr=False)

    def as_account(self, account_id: int) -> Actor:
        return replace(self, account_id=account_id)
