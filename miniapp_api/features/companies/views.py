"""Companies: create, read and update the current one, switch, members, invites, join."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from core.companies.views import INVOICE_KINDS, CompanyInput
from core.domain.roles import parse_role
from http_shared.http import json_response
from miniapp_api import wire
from miniapp_api.http import ApiRequest, to_json


def _rate_in(body: dict[str, Any]) -> dict[str, Any]:
    """The default rate in its one spelling, stored as the rate's code core reads."""
    if body.get("default_rate") is None:
        return body
    return {**body, "default_rate": wire.rate_text_in(body["default_rate"], "default_rate")}


def company_json(view: Any) -> Any:
    data = to_json(view)
    if isinstance(data, dict) and "default_rate" in data:
        data["default_rate"] = wire.rate_of_text(data["default_rate"])
    return data


def _input(body: dict[str, Any]) -> CompanyInput:
    body = _rate_in(body)
    limit = body.get("invoice_limit")
    return CompanyInput(
        name=body["name"], tax_id=body["tax_id"],
        taxpayer_kind=body.get("taxpayer_kind", "small_scale"), region=body.get("region", "42"),
        address_phone=body.get("address_phone", ""), bank_account=body.get("bank_account", ""),
        issuer_name=body.get("issuer_name", ""),
        allowed_kinds=tuple(body.get("allowed_kinds") or INVOICE_KINDS),
        default_rate=body.get("default_rate"),
        invoice_limit=None if limit is None else str(limit),
        approval_required=bool(body.get("approval_required", False)),
    )


async def create(req: ApiRequest) -> web.Response:
    view = await req.core.companies.create(_input(req.body), req.actor)
    return json_response(company_json(view), status=201)


async def current(req: ApiRequest) -> web.Response:
    return json_response(company_json(await req.core.companies.current(req.actor)))


async def update(req: ApiRequest) -> web.Response:
    # PATCH semantics: what the body leaves out keeps its value.
    return json_response(company_json(await req.core.companies.patch(_rate_in(dict(req.body)), req.actor)))


async def switch(req: ApiRequest) -> web.Response:
    view = await req.core.companies.switch(req.body["company_id"], req.actor)
    return json_response(company_json(view))


async def invite(req: ApiRequest) -> web.Response:
    view = await req.core.companies.invite(parse_role(req.body["role"]), req.actor)
    return json_response(company_json(view), status=201)


async def join(req: ApiRequest) -> web.Response:
    return json_response(company_json(await req.core.companies.join(req.body["code"], req.actor)))


async def authorize(req: ApiRequest) -> web.Response:
    return json_response(company_json(await req.core.companies.authorize(req.body["code"], req.actor)))


async def request_authorization(req: ApiRequest) -> web.Response:
    return json_response(company_json(await req.core.companies.request_authorization(req.actor)))
