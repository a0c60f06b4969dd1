"""Members of the current company: list, role, removal, 开票人, owner transfer (issue 18)."""

from __future__ import annotations

from aiohttp import web

from core.domain.errors import NotFound
from http_shared.http import json_response
from miniapp_api.http import ApiRequest, to_json
from miniapp_api.pagination import page_body, page_of


def _account_id(req: ApiRequest) -> int:
    raw = req.match["account_id"]
    if not (raw.isascii() and raw.isdecimal()) or len(raw) > 10 or int(raw) > 2**31 - 1:
        raise NotFound({"what": "member"})
    return int(raw)


async def members(req: ApiRequest) -> web.Response:
    rows = await req.core.members.list(req.actor)
    shown, cursor = page_of(req.http, rows)
    return json_response(page_body([to_json(m) for m in shown], cursor))


async def change_role(req: ApiRequest) -> web.Response:
    member = await req.core.members.change_role(req.actor, _account_id(req), req.body["role"])
    return json_response(to_json(member))


async def remove(req: ApiRequest) -> web.Response:
    await req.core.members.remove(req.actor, _account_id(req))
    return web.Response(status=204)


async def issuer_name(req: ApiRequest) -> web.Response:
    member = await req.core.members.set_issuer_name(req.actor, req.body["issuer_name"], _account_id(req))
    return json_response(to_json(member))


async def start_transfer(req: ApiRequest) -> web.Response:
    started = await req.core.members.start_transfer(req.actor, req.body["account_id"])
    return json_response(to_json(started), status=202)


async def confirm_transfer(req: ApiRequest) -> web.Response:
    member = await req.core.members.confirm_transfer(req.actor, req.body["account_id"], req.body["code"])
    return json_response(to_json(member))
