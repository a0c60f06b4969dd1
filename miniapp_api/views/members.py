"""Members of the current company: list, role, removal, 开票人, owner transfer (issue 18)."""

from __future__ import annotations

from aiohttp import web

from core.domain.errors import NotFound
from miniapp_api.spec import ApiRequest
from miniapp_api.views.common import actor_of, core_of, json_response, to_json


def _account_id(req: ApiRequest) -> int:
    raw = req.match["account_id"]
    if not raw.isdecimal() or len(raw) > 10 or int(raw) > 2**31 - 1:
        raise NotFound({"what": "member"})
    return int(raw)


async def members(req: ApiRequest) -> web.Response:
    rows = await core_of(req).members.list(actor_of(req))
    return json_response({"items": [to_json(m) for m in rows]})


async def change_role(req: ApiRequest) -> web.Response:
    member = await core_of(req).members.change_role(actor_of(req), _account_id(req), req.body["role"])
    return json_response(to_json(member))


async def remove(req: ApiRequest) -> web.Response:
    await core_of(req).members.remove(actor_of(req), _account_id(req))
    return web.Response(status=204)


async def issuer_name(req: ApiRequest) -> web.Response:
    member = await core_of(req).members.set_issuer_name(actor_of(req), req.body["issuer_name"], _account_id(req))
    return json_response(to_json(member))


async def start_transfer(req: ApiRequest) -> web.Response:
    started = await core_of(req).members.start_transfer(actor_of(req), req.body["account_id"])
    return json_response(to_json(started), status=202)


async def confirm_transfer(req: ApiRequest) -> web.Response:
    member = await core_of(req).members.confirm_transfer(actor_of(req), req.body["account_id"], req.body["code"])
    return json_response(to_json(member))
