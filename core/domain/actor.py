"""Who is acting, and through which channel: every service call carries one."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Channel = Literal["bot", "api", "cli"]


@dataclass(frozen=True)
class Actor:
    channel: Channel
    account_id: int | None = None
    ip: str | None = None
    openid: str | None = None

    def as_account(self, account_id: int) -> Actor:
        return replace(self, account_id=account_id)
