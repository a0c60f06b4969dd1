"""Every API route in one table: method, path, view, schemas."""

from __future__ import annotations

from miniapp_api.spec import BOOLEAN, INTEGER, NULLABLE_STRING, STRING, Route, obj, string
from miniapp_api.views import account, auth, companies

PHONE = string(20, description="Mainland China mobile number")
PURPOSES = ["register", "login", "reset", "second_factor"]
ROLE_NAMES = ["admin", "issuer", "accountant", "viewer"]
TOKEN = obj({"token": STRING}, ("token",))

MEMBERSHIP = obj({"company_id": INTEGER, "company_name": STRING, "tax_id": STRING, "role": STRING,
                  "current": BOOLEAN}, ("company_id", "company_name", "role", "current"))
ACCOUNT = obj(
    {
        "id": INTEGER, "masked_phone": STRING, "display_name": STRING, "email": NULLABLE_STRING,
        "second_factor": {"type": ["string", "null"], "enum": ["totp", "sms", None]},
        "bound_wechat": BOOLEAN, "memberships": {"type": "array", "items": MEMBERSHIP},
    },
    ("id", "masked_phone", "display_name", "memberships"),
)
COMPANY_FIELDS = {
    "name": string(100), "tax_id": string(20),
    "taxpayer_kind": {"type": "string", "enum": ["general", "small_scale"]},
    "region": string(2), "address_phone": string(200), "bank_account": string(200),
    "issuer_name": string(32),
    "allowed_kinds": {"type": "array", "items": {"type": "string", "enum": ["normal", "special"]}},
    "default_rate": {"type": ["string", "null"], "maxLength": 16},
    "invoice_limit": {"type": ["number", "string", "null"]},
    "approval_required": BOOLEAN,
}
COMPANY_IN = obj(COMPANY_FIELDS, ("name", "tax_id"))
COMPANY_OUT = obj(
    {**COMPANY_FIELDS, "id": INTEGER, "role": STRING, "invoice_limit": {"type": ["string", "null"]}},
    ("id", "name", "tax_id", "taxpayer_kind", "role"),
)
MEMBER = obj({"account_id": INTEGER, "display_name": STRING, "masked_phone": STRING, "role": STRING},
             ("account_id", "display_name", "role"))
INVITE = obj({"code": STRING, "role": STRING, "expires_at": STRING, "company_name": STRING},
             ("code", "role", "expires_at"))

ROUTES: tuple[Route, ...] = (
    # -- auth (public) --------------------------------------------------------
    Route("POST", "/auth/sms-codes", auth.request_code, "Send an SMS code", "auth", auth=False,
          body=obj({"phone": PHONE, "purpose": {"type": "string", "enum": PURPOSES}}, ("phone", "purpose")),
          responses={202: obj({"phone": STRING, "expires_in": INTEGER}, ("phone", "expires_in"))},
          errors=(404, 409, 422, 429)),
    Route("POST", "/auth/sms-codes/verify", auth.verify_code, "Check a code and get a one-time proof", "auth", auth=False,
          body=obj({"phone": PHONE, "purpose": {"type": "string", "enum": PURPOSES}, "code": string(6)},
                   ("phone", "purpose", "code")),
          responses={200: obj({"proof": STRING, "expires_in": INTEGER}, ("proof",))}, errors=(422,)),
    Route("POST", "/auth/register", auth.register, "Register (with a code or a proof)", "auth", auth=False,
          body=obj({"phone": PHONE, "code": string(6), "proof": string(64), "password": string(256),
                    "email": {"type": ["string", "null"], "maxLength": 254}, "display_name": string(64)},
                   ("phone", "password", "display_name")),
          responses={201: obj({"account_id": INTEGER, "token": STRING}, ("account_id", "token"))},
          errors=(409, 422)),
    Route("POST", "/auth/login", auth.login, "Log in with phone and password", "auth", auth=False,
          body=obj({"phone": PHONE, "password": string(256), "second_factor": string(16)}, ("phone", "password")),
          responses={200: TOKEN}, errors=(401, 423, 422)),
    Route("POST", "/auth/login/second-factor", auth.login_second_factor, "Finish the second factor", "auth", auth=False,
          body=obj({"ticket": string(64), "code": string(16)}, ("ticket", "code")),
          responses={200: TOKEN}, errors=(401, 423)),
    Route("POST", "/auth/login/sms", auth.login_sms, "Log in with an SMS code", "auth", auth=False,
          body=obj({"phone": PHONE, "code": string(6)}, ("phone", "code")),
          responses={200: TOKEN}, errors=(404, 422, 423)),
    Route("POST", "/auth/wechat", auth.login_wechat, "Log in with a wx.login code", "auth", auth=False,
          body=obj({"code": string(128)}, ("code",)),
          responses={200: obj({"token": NULLABLE_STRING, "bound": BOOLEAN}, ("token", "bound"))}),
    Route("POST", "/auth/logout", auth.logout, "Log out", "auth", responses={204: None}),
    Route("POST", "/auth/password-reset/email-code", auth.reset_email_code, "Send a password-reset code by e-mail", "auth",
          auth=False, body=obj({"phone": PHONE}, ("phone",)),
          responses={202: obj({"email": STRING, "expires_in": INTEGER}, ("email",))}, errors=(404, 422, 429)),
    Route("POST", "/auth/password-reset", auth.reset_password, "Reset the password with a code", "auth", auth=False,
          body=obj({"phone": PHONE, "code": string(6), "proof": string(64), "new_password": string(256)},
                   ("phone", "new_password")),
          responses={204: None}, errors=(404, 422)),
    # -- account --------------------------------------------------------------
    Route("GET", "/account", account.me, "The signed-in account", "account", responses={200: ACCOUNT}),
    Route("POST", "/account/second-factor/totp", account.start_totp, "Start authenticator (TOTP) setup", "account",
          responses={200: obj({"secret": STRING, "provisioning_uri": STRING, "qr_png": STRING},
                              ("secret", "provisioning_uri", "qr_png"))}),
    Route("POST", "/account/second-factor/totp/confirm", account.confirm_totp, "Confirm the authenticator", "account",
          body=obj({"code": string(16)}, ("code",)), responses={204: None}, errors=(401,)),
    Route("PUT", "/account/second-factor", account.set_second_factor, "Turn the SMS second factor on or off", "account",
          body=obj({"method": {"type": "string", "enum": ["sms", "off"]}}, ("method",)), responses={204: None}),
    Route("POST", "/account/wechat-binding", account.bind_wechat, "Bind this mini-program user", "account",
          body=obj({"code": string(128)}, ("code",)), responses={204: None}, errors=(409,)),
    Route("DELETE", "/account/wechat-binding", account.unbind_wechat, "Unbind this mini-program user", "account",
          body=obj({"code": string(128)}, ("code",)), responses={204: None}, errors=(409,)),
    Route("POST", "/accounts/unlock", account.unlock, "Unlock a member's account (admin)", "account",
          body=obj({"phone": PHONE}, ("phone",)), responses={204: None}, errors=(403, 404)),
    # -- companies ------------------------------------------------------------
    Route("POST", "/companies", companies.create, "Create a company", "company", body=COMPANY_IN,
          responses={201: COMPANY_OUT}, errors=(409, 422)),
    Route("GET", "/company", companies.current, "The current company", "company", responses={200: COMPANY_OUT},
          errors=(409,)),
    Route("PUT", "/company", companies.update, "Update the current company and its invoice settings", "company", body=COMPANY_IN,
          responses={200: COMPANY_OUT}, errors=(403, 409, 422)),
    Route("POST", "/company/switch", companies.switch, "Switch the current company", "company",
          body=obj({"company_id": INTEGER}, ("company_id",)), responses={200: COMPANY_OUT}, errors=(404,)),
    Route("GET", "/company/members", companies.members, "Members of the current company", "company",
          responses={200: obj({"items": {"type": "array", "items": MEMBER}}, ("items",))}),
    Route("POST", "/company/invites", companies.invite, "Create a one-time invite code", "company",
          body=obj({"role": {"type": "string", "enum": ROLE_NAMES}}, ("role",)),
          responses={201: INVITE}, errors=(403,)),
    Route("POST", "/companies/join", companies.join, "Join a company with an invite code", "company",
          body=obj({"code": string(32)}, ("code",)), responses={200: COMPANY_OUT}, errors=(409, 422)),
)
