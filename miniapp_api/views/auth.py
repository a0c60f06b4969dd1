"""Sign-up, login (password, SMS, WeChat code), second factor, reset, logout."""

from __future__ import annotations

from aiohttp import web

from core.services.accounts import RegisterCommand
from core.services.sms_codes import Purpose
from miniapp_api.spec import ApiRequest
from miniapp_api.views.common import actor_of, core_of, json_response, miniapp_session


async def request_code(req: ApiRequest) -> web.Response:
    phone = await core_of(req).accounts.request_code(req.body["phone"], Purpose(req.body["purpose"]),
                                                     actor_of(req))
    return json_response({"phone": phone[:3] + "****" + phone[-4:], "expires_in": 300}, status=202)


async def verify_code(req: ApiRequest) -> web.Response:
    proof = await core_of(req).accounts.verify_code(req.body["phone"], Purpose(req.body["purpose"]),
                                                    req.body["code"])
    return json_response({"proof": proof, "expires_in": 900})


async def register(req: ApiRequest) -> web.Response:
    core = core_of(req)
    body = req.body
    command = RegisterCommand(
        phone=body["phone"], password=body["password"], display_name=body["display_name"],
        email=body.get("email") or None, code=body.get("code"), proof=body.get("proof"),
    )
    actor = actor_of(req)
    account_id = await core.accounts.register(command, actor)
    token = await core.sessions.create(account_id)
    return json_response({"account_id": account_id, "token": token}, status=201)


async def login(req: ApiRequest) -> web.Response:
    token = await core_of(req).accounts.login(req.body["phone"], req.body["password"], actor_of(req),
                                              second_factor=req.body.get("second_factor"))
    return json_response({"token": token})


async def login_second_factor(req: ApiRequest) -> web.Response:
    token = await core_of(req).accounts.login_second_factor(req.body["ticket"], req.body["code"], actor_of(req))
    return json_response({"token": token})


async def login_sms(req: ApiRequest) -> web.Response:
    token = await core_of(req).accounts.login_with_code(req.body["phone"], req.body["code"], actor_of(req))
    return json_response({"token": token})


async def login_wechat(req: ApiRequest) -> web.Response:
    core = core_of(req)
    session = await miniapp_session(req)
    token, _ = await core.accounts.login_miniapp(session.openid, session.unionid, actor_of(req))
    return json_response({"token": token, "bound": token is not None})


async def logout(req: ApiRequest) -> web.Response:
    await core_of(req).accounts.logout(req.token or "", actor_of(req))
    return web.Response(status=204)


async def reset_email_code(req: ApiRequest) -> web.Response:
    masked = await core_of(req).accounts.request_reset_by_email(req.body["phone"], actor_of(req))
    return json_response({"email": masked, "expires_in": 300}, status=202)


async def reset_password(req: ApiRequest) -> web.Response:
    await core_of(req).accounts.reset_password(
        req.body["phone"], req.body["new_password"], actor_of(req),
        code=req.body.get("code"), proof=req.body.get("proof"),
    )
    return web.Response(status=204)
