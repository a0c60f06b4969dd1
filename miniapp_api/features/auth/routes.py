"""The routes of sign-up and login: method, path, view, schemas."""

from __future__ import annotations

from miniapp_api.features.auth import views
from miniapp_api.features.auth.schemas import PURPOSES, TOKEN
from miniapp_api.spec import BOOLEAN, INTEGER, NULLABLE_STRING, PHONE, STRING, Route, obj, string

ROUTES: tuple[Route, ...] = (
    Route("POST", "/auth/sms-codes", views.request_code, "Send an SMS code", "auth", auth=False,
          body=obj({"phone": PHONE, "purpose": {"type": "string", "enum": PURPOSES}}, ("phone", "purpose")),
          responses={202: obj({"phone": STRING, "expires_in": INTEGER}, ("phone", "expires_in"))},
          errors=(422, 429)),
    Route("POST", "/auth/sms-codes/verify", views.verify_code, "Check a code and get a one-time proof", "auth", auth=False,
          body=obj({"phone": PHONE, "purpose": {"type": "string", "enum": PURPOSES}, "code": string(6)},
                   ("phone", "purpose", "code")),
          responses={200: obj({"proof": STRING, "expires_in": INTEGER}, ("proof",))}, errors=(409, 422)),
    Route("POST", "/auth/register", views.register, "Register (with a code or a proof)", "auth", auth=False,
          body=obj({"phone": PHONE, "code": string(6), "proof": string(64), "password": string(256),
                    "email": {"type": ["string", "null"], "maxLength": 254}, "display_name": string(64)},
                   ("phone", "password", "display_name")),
          responses={201: obj({"account_id": INTEGER, "token": STRING}, ("account_id", "token"))},
          errors=(409, 422)),
    Route("POST", "/auth/login", views.login, "Log in with phone and password", "auth", auth=False,
          body=obj({"phone": PHONE, "password": string(256), "second_factor": string(16)}, ("phone", "password")),
          responses={200: TOKEN}, errors=(401, 422, 423, 429)),
    Route("POST", "/auth/login/second-factor", views.login_second_factor, "Finish the second factor", "auth", auth=False,
          body=obj({"ticket": string(64), "code": string(16)}, ("ticket", "code")),
          responses={200: TOKEN}, errors=(401, 423)),
    Route("POST", "/auth/login/sms", views.login_sms, "Log in with an SMS code", "auth", auth=False,
          body=obj({"phone": PHONE, "code": string(6)}, ("phone", "code")),
          responses={200: TOKEN}, errors=(422, 423)),
    Route("POST", "/auth/wechat", views.login_wechat, "Log in with a wx.login code", "auth", auth=False,
          body=obj({"code": string(128, minLength=1)}, ("code",)),
          responses={200: obj({"token": NULLABLE_STRING, "bound": BOOLEAN}, ("token", "bound"))}),
    Route("POST", "/auth/logout", views.logout, "Log out", "auth", responses={204: None}),
    Route("POST", "/auth/password-reset/email-code", views.reset_email_code, "Send a password-reset code by e-mail", "auth",
          auth=False, body=obj({"phone": PHONE}, ("phone",)),
          responses={202: obj({"email": STRING, "expires_in": INTEGER}, ("email",))}, errors=(422, 429)),
    Route("POST", "/auth/password-reset", views.reset_password, "Reset the password with a code", "auth", auth=False,
          body=obj({"phone": PHONE, "code": string(6), "proof": string(64), "new_password": string(256)},
                   ("phone", "new_password")),
          responses={204: None}, errors=(422,)),
)
