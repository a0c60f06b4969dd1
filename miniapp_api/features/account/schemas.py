"""Request and response types of the signed-in account."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from miniapp_api.features.auth.schemas import PASSWORD_RULE
from miniapp_api.schema import DateTime, Model, Out, Page, Phone, RoleName, example, optional, text


class Membership(Out):
    """One company the account belongs to, with its role there."""

    company_id: int
    company_name: str
    tax_id: str = Field(description="统一社会信用代码")
    role: RoleName
    current: bool = Field(description="The company the company-scoped routes act on (POST /company/switch)")


class Account(Out):
    """The signed-in account (the full phone number is never sent)."""

    id: int
    masked_phone: str = Field(description="138****8000")
    display_name: str
    email: str | None
    second_factor: Literal["totp", "sms"] | None = Field(description="null: none")
    bound_wechat: bool = Field(description="Some WeChat or mini-program user is bound to the account")
    memberships: list[Membership]
    model_config = example({"id": 42, "masked_phone": "138****8000", "display_name": "王会计", "email": None,
                            "second_factor": None, "bound_wechat": True, "memberships": [
                                {"company_id": 7, "company_name": "武汉光谷软件有限公司",
                                 "tax_id": "91110000600037341L", "role": "owner", "current": True}]})


class Reauth(Model):
    """Proof that the person is the owner of the account: the password, or a code of the current second factor."""

    password: str = optional(max_length=256)
    code: str = optional("A code of the current authenticator or SMS second factor", max_length=16)
    model_config = example({"password": "Kaipiao#2026"})


class TotpSetup(Out):
    """Show the QR (or the secret) to the authenticator app, then confirm with one of its codes."""

    secret: str = Field(description="Base32 secret, for typing into the app")
    provisioning_uri: str = Field(description="otpauth:// URI")
    qr_png: str = Field(description="The QR of provisioning_uri as a data:image/png;base64 URL")
    model_config = example({"secret": "JBSWY3DPEHPK3PXP", "provisioning_uri":
                            "otpauth://totp/fapiao:138****8000?secret=JBSWY3DPEHPK3PXP&issuer=fapiao",
                            "qr_png": "data:image/png;base64,iVBORw0KGgo="})


class TotpConfirm(Model):
    code: str = text(16, "The 6-digit code the authenticator shows now")
    model_config = example({"code": "123456"})


class RecoveryCodes(Out):
    """The authenticator is on. Each recovery code logs in once when the phone is lost: show them once."""

    recovery_codes: list[str]
    model_config = example({"recovery_codes": ["k7d2-9qfm", "p3x8-2wzt"]})


class SecondFactorChoice(Reauth):
    method: Literal["sms", "off"] = Field(description="sms: a code by SMS at each login; off: no second factor")
    model_config = example({"method": "sms", "password": "Kaipiao#2026"})


class PasswordChange(Model):
    current_password: str = text(256)
    new_password: str = text(256, PASSWORD_RULE)
    model_config = example({"current_password": "Kaipiao#2026", "new_password": "Kaipiao#2027"})


class Binding(Out):
    """A WeChat user (official account, mp) or mini-program user (miniapp) bound to the account."""

    id: int
    app: Literal["mp", "miniapp"]
    masked_openid: str
    created_at: DateTime
    current: bool = Field(description="The binding of the WeChat user asking (chat only; false in the API)")


class Bindings(Page):
    """The bindings of the account."""

    items: list[Binding]
    model_config = example({"items": [{"id": 3, "app": "miniapp", "masked_openid": "oAbC****xYz0",
                                       "created_at": "2026-12-01T09:30:00+08:00", "current": False}],
                            "next_cursor": None})


class Unlock(Model):
    phone: Phone = Field(description="The locked account's phone")
    model_config = example({"phone": "13900139000"})
