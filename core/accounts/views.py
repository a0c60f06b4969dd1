"""What the account use cases take and give: registration's inputs, the account's view with its
memberships, and the masks shown instead of a phone number or an openid."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from core.domain.roles import Role

WeChatApp = Literal["mp", "miniapp"]


@dataclass(frozen=True)
class PreparedPassword:
    """A password that passed the rules and is already hashed.

    Dialogs collect the password before the last step; holding the hash instead of
    the clear text keeps the password out of the dialog state in Redis.
    """

    hash: str


@dataclass(frozen=True)
class RegisterCommand:
    phone: str
    password: str | PreparedPassword
    display_name: str
    email: str | None = None
    code: str | None = None
    proof: str | None = None


@dataclass(frozen=True)
class MembershipView:
    company_id: int
    company_name: str
    tax_id: str
    role: Role
    current: bool


@dataclass(frozen=True)
class AccountView:
    id: int
    phone: str
    masked_phone: str
    display_name: str
    email: str | None
    second_factor: Literal["totp", "sms"] | None
    bound_wechat: bool
    memberships: tuple[MembershipView, ...]

    @property
    def current(self) -> MembershipView | None:
        return next((m for m in self.memberships if m.current), None)


def second_factor_of(totp_enabled: bool, sms_second_factor: bool) -> Literal["totp", "sms"] | None:
    """The account's second factor as its view shows it (the authenticator wins over SMS)."""
    return "totp" if totp_enabled else "sms" if sms_second_factor else None


def mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:]


def mask_openid(openid: str) -> str:
    return openid[:4] + "****" + openid[-4:] if len(openid) > 8 else "****"


@dataclass(frozen=True)
class BindingView:
    """A WeChat (official account or mini-program) user bound to the account, as 我的账户 lists it."""

    id: int
    app: Literal["mp", "miniapp"]
    masked_openid: str
    created_at: datetime
    #: The caller's own binding (the WeChat user asking, in chat).
    current: bool
