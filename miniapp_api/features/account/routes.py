"""The routes of the signed-in account: method, path, view, schemas."""

from __future__ import annotations

from miniapp_api.features.account import views
from miniapp_api.features.account.schemas import ACCOUNT, BINDING, REAUTH
from miniapp_api.pagination import PAGE_QUERY, page_schema
from miniapp_api.spec import PHONE, STRING, Route, obj, string

ROUTES: tuple[Route, ...] = (
    Route("GET", "/account", views.me, "The signed-in account", "account", responses={200: ACCOUNT}),
    Route("POST", "/account/second-factor/totp", views.start_totp, "Start authenticator (TOTP) setup", "account",
          body=REAUTH,
          responses={200: obj({"secret": STRING, "provisioning_uri": STRING, "qr_png": STRING},
                              ("secret", "provisioning_uri", "qr_png"))}, errors=(401, 422, 423)),
    Route("POST", "/account/second-factor/totp/confirm", views.confirm_totp, "Confirm the authenticator", "account",
          body=obj({"code": string(16)}, ("code",)),
          responses={200: obj({"recovery_codes": {"type": "array", "items": STRING}}, ("recovery_codes",))},
          errors=(401,)),
    Route("PUT", "/account/second-factor", views.set_second_factor, "Turn the SMS second factor on or off", "account",
          body=obj({"method": {"type": "string", "enum": ["sms", "off"]}, **REAUTH["properties"]}, ("method",)),
          responses={204: None}, errors=(401, 422, 423)),
    Route("POST", "/account/password", views.change_password, "Change the password (ends every session and binding)",
          "account", body=obj({"current_password": string(256), "new_password": string(256)},
                              ("current_password", "new_password")),
          responses={204: None}, errors=(401, 422, 423)),
    Route("GET", "/account/bindings", views.bindings, "WeChat and mini-program users bound to the account",
          "account", query=PAGE_QUERY, responses={200: page_schema(BINDING)}),
    Route("DELETE", "/account/bindings/{binding_id}", views.remove_binding, "Unbind one WeChat or mini-program user",
          "account", responses={204: None}, errors=(404,)),
    Route("POST", "/account/wechat-binding", views.bind_wechat, "Bind this mini-program user", "account",
          body=obj({"code": string(128, minLength=1)}, ("code",)), responses={204: None}, errors=(409,)),
    Route("DELETE", "/account/wechat-binding", views.unbind_wechat, "Unbind this mini-program user", "account",
          body=obj({"code": string(128, minLength=1)}, ("code",)), responses={204: None}, errors=(409,)),
    Route("POST", "/accounts/unlock", views.unlock, "Unlock a member's account (admin)", "account",
          body=obj({"phone": PHONE}, ("phone",)), responses={204: None}, errors=(403, 404)),
)
