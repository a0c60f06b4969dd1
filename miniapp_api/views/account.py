"""The signed-in account: profile, second factor, WeChat binding, unlock."""

from __future__ import annotations

import base64
import io

import qrcode
from aiohttp import web

from miniapp_api.spec import ApiRequest
from miniapp_api.views.common import actor_of, core_of, json_response, miniapp_session, to_json


async def me(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    view = await core_of(req).accounts.view(req.account_id)
    data = to_json(view)
    data.pop("phone", None)
    return json_response(data)


async def start_totp(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    setup = await core_of(req).accounts.start_totp(req.account_id)
    image = qrcode.make(setup.provisioning_uri)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    qr = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    return json_response({"secret": setup.secret, "provisioning_uri": setup.provisioning_uri, "qr_png": qr})


async def confirm_totp(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    await core_of(req).accounts.confirm_totp(req.account_id, req.body["code"], actor_of(req))
    return web.Response(status=204)


async def set_second_factor(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    accounts = core_of(req).accounts
    if req.body["method"] == "sms":
        await accounts.set_sms_second_factor(req.account_id, True, actor_of(req))
    else:
        await accounts.disable_second_factor(req.account_id, actor_of(req))
    return web.Response(status=204)


async def bind_wechat(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    core = core_of(req)
    session = await miniapp_session(req)
    await core.accounts.bind(req.account_id, "miniapp", session.openid, actor_of(req), session.unionid)
    return web.Response(status=204)


async def unbind_wechat(req: ApiRequest) -> web.Response:
    core = core_of(req)
    session = await miniapp_session(req)
    await core.accounts.unbind("miniapp", session.openid, actor_of(req))
    return web.Response(status=204)


async def unlock(req: ApiRequest) -> web.Response:
    await core_of(req).accounts.unlock(req.body["phone"], actor_of(req))
    return web.Response(status=204)
