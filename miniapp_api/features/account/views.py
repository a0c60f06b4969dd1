"""The signed-in account: profile, second factor, WeChat binding, unlock."""

from __future__ import annotations

import base64

from aiohttp import web

from core.domain.errors import NotFound
from http_shared.http import json_response
from miniapp_api.features.auth.views import miniapp_session
from miniapp_api.http import ApiRequest, to_json
from miniapp_api.pagination import page_body, page_of


async def me(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    view = await req.core.accounts.view(req.account_id)
    data = to_json(view)
    data.pop("phone", None)
    return json_response(data)


def _reauth(req: ApiRequest) -> dict[str, str | None]:
    return {"password": req.body.get("password") or None, "code": req.body.get("code") or None}


async def start_totp(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    setup = await req.core.account_security.start_totp(req.account_id, req.actor, **_reauth(req))
    qr = "data:image/png;base64," + base64.b64encode(setup.qr_png).decode()
    return json_response({"secret": setup.secret, "provisioning_uri": setup.provisioning_uri, "qr_png": qr})


async def confirm_totp(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    codes = await req.core.account_security.confirm_totp(req.account_id, req.body["code"], req.actor)
    return json_response({"recovery_codes": codes})


async def set_second_factor(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    security = req.core.account_security
    if req.body["method"] == "sms":
        await security.set_sms_second_factor(req.account_id, req.actor, **_reauth(req))
    else:
        await security.disable_second_factor(req.account_id, req.actor, **_reauth(req))
    return web.Response(status=204)


async def change_password(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    await req.core.account_security.change_password(req.account_id, req.body["current_password"],
                                                        req.body["new_password"], req.actor)
    return web.Response(status=204)


async def bindings(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    rows = await req.core.account_security.bindings(req.account_id)
    shown, cursor = page_of(req.http, rows)
    return json_response(page_body([to_json(row) for row in shown], cursor))


async def remove_binding(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    raw = req.http.match_info["binding_id"]
    if not (raw.isascii() and raw.isdecimal()) or len(raw) > 12:
        raise NotFound({"what": "binding"})
    await req.core.account_security.remove_binding(req.account_id, int(raw), req.actor)
    return web.Response(status=204)


async def bind_wechat(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    core = req.core
    session = await miniapp_session(req)
    await core.accounts.bind(req.account_id, "miniapp", session.openid, req.actor, session.unionid)
    return web.Response(status=204)


async def unbind_wechat(req: ApiRequest) -> web.Response:
    core = req.core
    session = await miniapp_session(req)
    # Only the caller's own binding: another account's mini-program code unbinds nothing.
    await core.accounts.unbind("miniapp", session.openid, req.actor, account_id=req.account_id)
    return web.Response(status=204)


async def unlock(req: ApiRequest) -> web.Response:
    await req.core.accounts.unlock(req.body["phone"], req.actor)
    return web.Response(status=204)
