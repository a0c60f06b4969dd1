"""The routes of sign-up and login (all public but logout)."""

from __future__ import annotations

from miniapp_api.features.auth import views
from miniapp_api.features.auth.schemas import (
    Login,
    PasswordReset,
    PhoneOnly,
    Proof,
    Register,
    Registered,
    ResetCodeSent,
    SecondFactorLogin,
    SmsCodeCheck,
    SmsCodeRequest,
    SmsCodeSent,
    SmsLogin,
    Token,
    WechatCode,
    WechatLogin,
)
from miniapp_api.spec import Route

ANYONE = ("anonymous",)
LOCKS = ("account_locked", "rate_limited")

ROUTES: tuple[Route, ...] = (
    Route("POST", "/auth/sms-codes", views.request_code, "Send an SMS code", "auth", auth=False, roles=ANYONE,
          body=SmsCodeRequest, responses={202: SmsCodeSent}, errors=("rate_limited",),
          description="Sends a 6-digit code to the phone for the purpose given. Side effects: one SMS; the "
                      "phone and the caller's IP are rate-limited (60 s between codes to a phone, caps per "
                      "phone and IP), 429 `rate_limited` with details.retry_after. A login, reset or "
                      "second_factor code for an unknown phone gets the same 202 but goes nowhere."),
    Route("POST", "/auth/sms-codes/verify", views.verify_code, "Check a code and get a one-time proof", "auth",
          auth=False, roles=ANYONE, body=SmsCodeCheck, responses={200: Proof},
          errors=("sms_code_invalid", "sms_code_expired", "sms_code_exhausted", "account_exists"),
          description="Checks the code for screens that ask the code first and the password later: the proof "
                      "stands in for the code in /auth/register or /auth/password-reset. For purpose register, "
                      "a phone that already has an account is 409 `account_exists` (told only once the code "
                      "is proven). Side effect: the code is used up."),
    Route("POST", "/auth/register", views.register, "Register (with a code or a proof)", "auth", auth=False,
          roles=ANYONE, body=Register, responses={201: Registered},
          errors=("account_exists", "sms_code_invalid", "sms_code_expired", "sms_code_exhausted"),
          description="Creates an account for a phone that received a register code, and signs it in. "
                      "display_name: 1-32 characters, no `<` or `>`; the password rule is named in the field "
                      "message. Side effects: the account, an audit entry, a session."),
    Route("POST", "/auth/login", views.login, "Log in with phone and password", "auth", auth=False, roles=ANYONE,
          body=Login, responses={200: Token},
          errors=("invalid_credentials", "second_factor_required", "second_factor_invalid", *LOCKS),
          description="Signs in with the password. **When the account has a second factor** (authenticator or "
                      "SMS) and `second_factor` is not given, the answer is **401 `second_factor_required`** "
                      "with `details.ticket` and `details.method` (`totp` or `sms`, an SMS code is sent then): "
                      "finish with POST /auth/login/second-factor. Five wrong passwords lock the account for "
                      "15 minutes (423 `account_locked`, details.minutes). Side effects: a session, an audit "
                      "entry (failures too)."),
    Route("POST", "/auth/login/second-factor", views.login_second_factor, "Finish the second factor", "auth",
          auth=False, roles=ANYONE, body=SecondFactorLogin, responses={200: Token},
          errors=("second_factor_invalid", *LOCKS),
          description="Finishes a login that answered 401 `second_factor_required`: the ticket from its details "
                      "and a code of the second factor (or a recovery code, used up). The ticket lives 10 "
                      "minutes. Side effects: a session, an audit entry."),
    Route("POST", "/auth/login/sms", views.login_sms, "Log in with an SMS code", "auth", auth=False, roles=ANYONE,
          body=SmsLogin, responses={200: Token},
          errors=("sms_code_invalid", "sms_code_expired", "sms_code_exhausted", *LOCKS),
          description="Signs in with a code of purpose `login` (an unknown phone gets the same answer as a wrong "
                      "code). Side effects: a session, an audit entry."),
    Route("POST", "/auth/wechat", views.login_wechat, "Log in with a wx.login code", "auth", auth=False,
          roles=ANYONE, body=WechatCode, responses={200: WechatLogin}, errors=("account_locked",),
          description="Exchanges the code of `wx.login()` (code2session) for a token when this mini-program user "
                      "is bound to an account; otherwise `{token: null, bound: false}`: log in another way, then "
                      "POST /account/wechat-binding. A bad or used code is 422 with field `code`; WeChat "
                      "unreachable is 503."),
    Route("POST", "/auth/logout", views.logout, "Log out", "auth", roles=("account",), responses={204: None},
          description="Ends this session (the token stops working); the account's other sessions stay."),
    Route("POST", "/auth/password-reset/email-code", views.reset_email_code,
          "Send a password-reset code by e-mail", "auth", auth=False, roles=ANYONE, body=PhoneOnly,
          responses={202: ResetCodeSent}, errors=("rate_limited",),
          description="Sends a reset code to the account's e-mail when it has one (rate-limited like SMS codes); "
                      "use it with /auth/password-reset. The answer is the same either way and `email` is "
                      "always empty: it never tells whether the phone has an account or an e-mail."),
    Route("POST", "/auth/password-reset", views.reset_password, "Reset the password with a code", "auth",
          auth=False, roles=ANYONE, body=PasswordReset, responses={204: None},
          errors=("sms_code_invalid", "sms_code_expired", "sms_code_exhausted"),
          description="Sets a new password with a reset code (SMS or e-mail) or a proof; an unknown phone fails "
                      "like a wrong code. Side effects: every session and WeChat binding of the account ends, "
                      "the lock is lifted, an audit entry, an SMS telling the owner the password changed."),
)
