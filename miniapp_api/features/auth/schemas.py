"""Request and response types of sign-up and login."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from core.domain.validators import NAME_MAX, PASSWORD_MAX, PASSWORD_MIN
from miniapp_api.schema import Model, Out, Phone, example, optional, text

Purpose = Literal["register", "login", "reset", "second_factor"]
PASSWORD_RULE = (f"{PASSWORD_MIN}-{PASSWORD_MAX} characters with a letter, a digit and a special character; "
                 "not a common password (field problem password_rule names what is missing)")
DISPLAY_NAME_RULE = (f"1-{NAME_MAX} printable characters, without < or > (field problem display_name_rule)")
SMS_CODE = "The 6-digit code of the SMS"


def display_name_field() -> Any:
    """The name shown to colleagues: at most 32 printable characters, no < or > (core's rule, same message)."""
    return Field(max_length=NAME_MAX, min_length=1, pattern="^[^<>]*$", description=DISPLAY_NAME_RULE,
                 json_schema_extra={"x-problem": "display_name_rule", "x-problem-params": {"max": NAME_MAX}})


class SmsCodeRequest(Model):
    """Where to send a code and what it is for."""

    phone: Phone
    purpose: Purpose = Field(description="register, login (SMS login), reset (password), second_factor")
    model_config = example({"phone": "13800138000", "purpose": "register"})


class SmsCodeSent(Out):
    """The code is on its way."""

    phone: str = Field(description="The phone, masked: 138****8000")
    expires_in: int = Field(description="Seconds the code stays valid")
    model_config = example({"phone": "138****8000", "expires_in": 300})


class SmsCodeCheck(Model):
    phone: Phone
    purpose: Purpose
    code: str = text(6, SMS_CODE)
    model_config = example({"phone": "13800138000", "purpose": "register", "code": "123456"})


class Proof(Out):
    """A one-time proof that the phone received the code: send it as ``proof`` instead of ``code``."""

    proof: str
    expires_in: int = Field(description="Seconds the proof stays valid")
    model_config = example({"proof": "p_3f9a1c0e5b7d4a2f", "expires_in": 900})


class Register(Model):
    phone: Phone
    code: str = optional(SMS_CODE + " (purpose register); or give proof", max_length=6)
    proof: str = optional("From /auth/sms-codes/verify, instead of code", max_length=64)
    password: str = text(256, PASSWORD_RULE)
    email: str | None = optional("For password-reset codes by e-mail", max_length=254)
    display_name: str = display_name_field()
    model_config = example({"phone": "13800138000", "code": "123456", "password": "Kaipiao#2026",
                            "display_name": "王会计"})


class Registered(Out):
    """The account exists and this token is signed in to it."""

    account_id: int
    token: str
    model_config = example({"account_id": 42, "token": "Q2hhbmdlIHRoaXMgdG9rZW4gZXhhbXBsZQ"})


class Login(Model):
    phone: Phone
    password: str = text(256)
    second_factor: str = optional("The authenticator or SMS code, to finish in one call when the account has a "
                                  "second factor (else the answer is 401 second_factor_required)", max_length=16)
    model_config = example({"phone": "13800138000", "password": "Kaipiao#2026"})


class SecondFactorLogin(Model):
    ticket: str = text(64, "details.ticket of the 401 second_factor_required answer")
    code: str = text(16, "A code of the authenticator (6 digits), an SMS code, or a recovery code")
    model_config = example({"ticket": "t_8c1d0a", "code": "123456"})


class SmsLogin(Model):
    phone: Phone
    code: str = text(6, SMS_CODE + " (purpose login)")
    model_config = example({"phone": "13800138000", "code": "123456"})


class Token(Out):
    """Signed in: send ``Authorization: Bearer <token>`` from now on."""

    token: str
    model_config = example({"token": "Q2hhbmdlIHRoaXMgdG9rZW4gZXhhbXBsZQ"})


class WechatCode(Model):
    code: str = text(128, "The code wx.login() returned (valid 5 minutes, once)", min_length=1)
    model_config = example({"code": "0a3Xk5000vS2cT1yZ2000Zq1Yr4Xk50K"})


class WechatLogin(Out):
    """token is null and bound false when no account is bound to this mini-program user yet."""

    token: str | None
    bound: bool
    model_config = example({"token": None, "bound": False})


class PhoneOnly(Model):
    phone: Phone
    model_config = example({"phone": "13800138000"})


class ResetCodeSent(Out):
    """The code went to the account's e-mail."""

    email: str = Field(description="The address, masked: w***@example.com")
    expires_in: int
    model_config = example({"email": "w***@example.com", "expires_in": 300})


class PasswordReset(Model):
    phone: Phone
    code: str = optional(SMS_CODE + " or the e-mailed code (purpose reset); or give proof", max_length=6)
    proof: str = optional("From /auth/sms-codes/verify, instead of code", max_length=64)
    new_password: str = text(256, PASSWORD_RULE)
    model_config = example({"phone": "13800138000", "code": "123456", "new_password": "Kaipiao#2027"})
