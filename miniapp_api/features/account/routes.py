"""The routes of the signed-in account: profile, second factor, password, WeChat bindings, unlock."""

from __future__ import annotations

from miniapp_api.features.account import views
from miniapp_api.features.account.schemas import (
    Account,
    Bindings,
    PasswordChange,
    Reauth,
    RecoveryCodes,
    SecondFactorChoice,
    TotpConfirm,
    TotpSetup,
    Unlock,
)
from miniapp_api.features.auth.schemas import WechatCode
from miniapp_api.pagination import PAGE_QUERY
from miniapp_api.spec import Route

SELF = ("account",)
REAUTH_ERRORS = ("invalid_credentials", "second_factor_invalid", "account_locked")
WECHAT = " A bad or used code is 422 with field `code`; WeChat unreachable is 503."

ROUTES: tuple[Route, ...] = (
    Route("GET", "/account", views.me, "The signed-in account", "account", roles=SELF, responses={200: Account},
          description="The caller's profile, second factor, and every company they belong to with their role; "
                      "`current` marks the company the company-scoped routes act on."),
    Route("POST", "/account/second-factor/totp", views.start_totp, "Start authenticator (TOTP) setup", "account",
          roles=SELF, body=Reauth, responses={200: TotpSetup}, errors=REAUTH_ERRORS,
          description="Re-authenticates (password, or a code of the current second factor; a wrong one counts "
                      "towards the lockout) and returns a new secret. Nothing changes until "
                      "/account/second-factor/totp/confirm. Side effect: an audit entry."),
    Route("POST", "/account/second-factor/totp/confirm", views.confirm_totp, "Confirm the authenticator",
          "account", roles=SELF, body=TotpConfirm, responses={200: RecoveryCodes}, errors=("second_factor_invalid",),
          description="Turns the authenticator on with a code it shows (replacing an SMS second factor) and "
                      "returns one-time recovery codes. From now on a password login answers 401 "
                      "`second_factor_required`. Side effect: an audit entry."),
    Route("PUT", "/account/second-factor", views.set_second_factor, "Turn the SMS second factor on or off",
          "account", roles=SELF, body=SecondFactorChoice, responses={204: None}, errors=REAUTH_ERRORS,
          description="`sms`: a code by SMS at each login (replaces the authenticator); `off`: no second factor. "
                      "Needs the password or a current second-factor code. Side effect: an audit entry."),
    Route("POST", "/account/password", views.change_password, "Change the password (ends every session and binding)",
          "account", roles=SELF, body=PasswordChange, responses={204: None},
          errors=("invalid_credentials", "account_locked"),
          description="Changes the password after checking the current one (a wrong one counts towards the "
                      "lockout; the same password again is 422 `password_unchanged` on new_password). Side "
                      "effects: every session (this one too) and every WeChat binding ends, an audit entry, an "
                      "SMS to the account's phone."),
    Route("GET", "/account/bindings", views.bindings, "WeChat and mini-program users bound to the account",
          "account", roles=SELF, query=PAGE_QUERY, responses={200: Bindings},
          description="Every WeChat (official account) and mini-program user bound to the account."),
    Route("DELETE", "/account/bindings/{binding_id}", views.remove_binding, "Unbind one WeChat or mini-program user",
          "account", roles=SELF, responses={204: None}, errors=("not_found",),
          description="Ends one binding of the caller's account (another account's id is 404): that WeChat "
                      "user must log in again. Side effect: an audit entry."),
    Route("POST", "/account/wechat-binding", views.bind_wechat, "Bind this mini-program user", "account",
          roles=SELF, body=WechatCode, responses={204: None}, errors=("already_bound",),
          description="Binds the mini-program user of this wx.login code to the signed-in account, so that "
                      "/auth/wechat signs in without a password next time. A user bound to another account is "
                      "409 `already_bound`." + WECHAT),
    Route("DELETE", "/account/wechat-binding", views.unbind_wechat, "Unbind this mini-program user", "account",
          roles=SELF, body=WechatCode, responses={204: None}, errors=("not_bound",),
          description="Ends the binding of this mini-program user, only if it is bound to the caller's account "
                      "(409 `not_bound` otherwise)." + WECHAT),
    Route("POST", "/accounts/unlock", views.unlock, "Unlock a member's account (admin)", "account",
          roles=("owner", "admin", "staff"), body=Unlock, responses={204: None},
          errors=("not_found", "permission_denied"),
          description="Lifts a login lockout before it runs out: platform staff for anyone, an owner or admin "
                      "for an account that is a member of one of their companies (else 403). Side effect: an "
                      "audit entry."),
)
