"""Sign-up, login (password, SMS, WeChat code), second factor, reset, logout."""

from __future__ import annotations

from aiohttp import web

from core.accounts.codes import Purpose
from core.accounts.views import RegisterCommand
from core.domain.errors import ServiceUnavailable, ValidationFailed
from core.ports import MiniappSession
from http_shared.http import json_response
from miniapp_api.http import ApiRequest

#: code2session errcodes that mean the mini-program sent a bad wx.login code (invalid or expired, already
#: used, user blocked as high-risk), not that WeChat is down: a 422 naming the field, not a 503.
BAD_LOGIN_CODE_ERRCODES = frozenset({40029, 40163, 40226})


async def miniapp_session(req: ApiRequest) -> MiniappSession:
    try:
        return await req.core.wechat.code_to_session(req.body["code"])
    except ServiceUnavailable as exc:
        if exc.params.get("errcode") in BAD_LOGIN_CODE_ERRCODES:
            raise ValidationFailed.one("code", "wechat_code_invalid") from None
        raise


async def request_code(req: ApiRequest) -> web.Response:
    phone = await req.core.accounts.request_code(req.body["phone"], Purpose(req.body["purpose"]),
                                                     req.actor)
    return json_response({"phone": phone[:3] + "****" + phone[-4:], "expires_in": 300}, status=202)


async def verify_code(req: ApiRequest) -> web.Response:
    proof = await req.core.accounts.verify_code(req.body["phone"], Purpose(req.body["purpose"]),
                                                    req.body["code"])
    return json_response({"proof": proof, "expires_in": 900})


async def register(req: ApiRequest) -> web.Response:
    core = req.core
    body = req.body
    command = RegisterCommand(
        phone=body["phone"], password=body["password"], display_name=body["display_name"],
        email=body.get("email") or None, code=body.get("code"), proof=body.get("proof"),
    )
    actor = req.actor
    account_id = await core.accounts.register(command, actor)
    token = await core.sessions.create(account_id)
    return json_response({"account_id": account_id, "token": token}, status=201)


async def login(req: ApiRequest) -> web.Response:
    token = await req.core.accounts.login(req.body["phone"], req.body["password"], req.actor,
                                              second_factor=req.body.get("second_factor"))
    return json_response({"token": token})


async def login_second_factor(req: ApiRequest) -> web.Response:
    token = await req.core.accounts.login_second_factor(req.body["ticket"], req.body["code"], req.actor)
    return json_response({"token": token})


async def login_sms(req: ApiRequest) -> web.Response:
    token = await req.core.accounts.login_with_code(req.body["phone"], req.body["code"], req.actor)
    return json_response({"token": token})


async def login_wechat(req: ApiRequest) -> web.Response:
    core = req.core
    session = await miniapp_session(req)
    token, _ = await core.accounts.login_miniapp(session.openid, session.unionid, req.actor)
    return json_response({"token": token, "bound": token is not None})


async def logout(req: ApiRequest) -> web.Response:
    await req.core.accounts.logout(req.token or "", req.actor)
    return web.Response(status=204)


async def reset_email_code(req: ApiRequest) -> web.Response:
    masked = await req.core.accounts.request_reset_by_email(req.body["phone"], req.actor)
    return json_response({"email": masked, "expires_in": 300}, status=202)


async def reset_password(req: ApiRequest) -> web.Response:
    await req.core.accounts.reset_password(
        req.body["phone"], req.body["new_password"], req.actor,
        code=req.body.get("code"), proof=req.body.get("proof"),
    )
    return web.Response(status=204)
