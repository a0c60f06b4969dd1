"""扫码开票 for a POS or the mini-program: codes (QR PNG, poster PDF), requests and their handling."""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal
from typing import Any

from aiohttp import web

from core.domain.errors import NotFound, ValidationFailed
from core.scan_invoicing.shop import Changes, CodeInput
from core.scan_invoicing.views import CodeView, RequestView
from http_shared.files import file_response
from http_shared.http import json_response
from miniapp_api import wire
from miniapp_api.http import ApiRequest
from miniapp_api.pagination import page_body, page_of


def _num(req: ApiRequest, name: str) -> int:
    raw = req.match[name]
    if not (raw.isascii() and raw.isdecimal()) or len(raw) > 9:
        raise NotFound({"what": name.removesuffix("_id")})
    return int(raw)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


#: Core names the buyer's 价税合计 ``amount``; the API says what it holds.
NAMES = {"amount": "amount_incl_tax"}


def _money(body: dict[str, Any], *names: str) -> list[str]:
    """The named amounts, strictly (miniapp_api.wire); "" when absent; every bad field in one answer."""
    problems: dict[str, Any] = {}
    found = []
    for name in names:
        try:
            found.append("" if body.get(name) is None else wire.money_in(body[name], name))
        except ValidationFailed as exc:
            problems.update(exc.fields)
            found.append("")
    if problems:
        raise ValidationFailed(fields=problems)
    return found


def _item_json(item: dict[str, Any]) -> dict[str, Any]:
    amount = item.get("amount")
    return {"name": item.get("name", ""), "amount_incl_tax": None if amount is None else wire.money(Decimal(amount)),
            "tax_code": item.get("tax_code", ""), "rate": wire.rate_of_code(item.get("rate") or "")}


def code_json(view: CodeView) -> dict[str, Any]:
    return {"id": view.id, "code": view.code, "kind": view.kind, "url": view.url, "store_name": view.store_name,
            "amount_incl_tax": wire.optional_money(view.amount), "items": [_item_json(i) for i in view.items],
            "expires_at": view.expires_at, "used": view.used, "auto_issue": view.auto_issue,
            "auto_cap": wire.optional_money(view.auto_cap), "daily_cap": wire.optional_money(view.daily_cap)}


def request_json(view: RequestView) -> dict[str, Any]:
    data = asdict(view)
    data.pop("amount")
    return {**data, "amount_incl_tax": wire.money(view.amount), "items": [_item_json(i) for i in view.items]}


async def create_code(req: ApiRequest) -> web.Response:
    body = req.body
    amount, auto_cap, daily_cap = _money(body, "amount_incl_tax", "auto_cap", "daily_cap")
    with wire.field_names(NAMES):
        view = await req.core.scan.shop.create_code(CodeInput(
            kind=_text(body.get("kind") or "counter"), amount=amount,
            items=tuple(_text(i) for i in body.get("items") or ()), expires_in_minutes=body.get("expires_in_minutes"),
            store_id=body.get("store_id"), auto_issue=bool(body.get("auto_issue", False)),
            auto_cap=auto_cap, daily_cap=daily_cap), req.actor)
    return json_response(code_json(view), status=201)


async def codes(req: ApiRequest) -> web.Response:
    rows, cursor = page_of(req.http, await req.core.scan.shop.codes(req.actor))
    return json_response(page_body([code_json(c) for c in rows], cursor))


async def code_png(req: ApiRequest) -> web.StreamResponse:
    view, png = await req.core.scan.shop.code_png(_num(req, "code_id"), req.actor)
    return file_response(png, f"scan-{view.id}.png", "image/png", inline=True)


async def code_poster(req: ApiRequest) -> web.StreamResponse:
    size = req.http.query.get("size", "A4")
    view, pdf = await req.core.scan.shop.code_poster(_num(req, "code_id"), size, req.actor)
    return file_response(pdf, f"scan-{view.id}-{size}.pdf", "application/pdf")


async def revoke_code(req: ApiRequest) -> web.Response:
    await req.core.scan.shop.revoke_code(_num(req, "code_id"), req.actor)
    return web.Response(status=204)


async def add_store(req: ApiRequest) -> web.Response:
    view = await req.core.scan.shop.add_store(_text(req.body.get("name")), req.body.get("issuer_account_id"),
                                                  req.actor)
    return json_response(asdict(view), status=201)


async def stores(req: ApiRequest) -> web.Response:
    rows, cursor = page_of(req.http, await req.core.scan.shop.stores(req.actor))
    return json_response(page_body([asdict(s) for s in rows], cursor))


async def requests(req: ApiRequest) -> web.Response:
    open_only = req.http.query.get("status", "open") == "open"
    rows, cursor = page_of(req.http, await req.core.scan.shop.requests(req.actor, open_only=open_only))
    return json_response(page_body([request_json(r) for r in rows], cursor))


async def request_one(req: ApiRequest) -> web.Response:
    return json_response(request_json(await req.core.scan.shop.get(_num(req, "request_id"), req.actor)))


async def approve(req: ApiRequest) -> web.Response:
    view, outcome = await req.core.scan.shop.approve(_num(req, "request_id"), req.actor)
    return json_response({**request_json(view), "outcome": asdict(outcome)})


async def refuse(req: ApiRequest) -> web.Response:
    view = await req.core.scan.shop.refuse(_num(req, "request_id"), _text(req.body.get("reason")),
                                               req.actor)
    return json_response(request_json(view))


async def modify(req: ApiRequest) -> web.Response:
    body = req.body
    (amount,) = _money(body, "amount_incl_tax")
    with wire.field_names(NAMES):
        view = await req.core.scan.shop.modify(_num(req, "request_id"), Changes(
            amount=amount, item=_text(body.get("item")), buyer_name=_text(body.get("buyer_name")),
            buyer_tax_id=body.get("buyer_tax_id")), req.actor)
    return json_response(request_json(view))


async def redeliver(req: ApiRequest) -> web.Response:
    via = await req.core.scan.shop.redeliver(_num(req, "request_id"), req.actor,
                                                 email=_text(req.body.get("email")), phone=_text(req.body.get("phone")))
    return json_response({"via": via})
