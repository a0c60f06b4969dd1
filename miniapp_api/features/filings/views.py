"""Tax filing: prepare, submit, follow the timeline, upload materials, pay, explain a figure."""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal
from typing import Any

from aiohttp import web

from core.domain.errors import NotFound, ValidationFailed
from core.filing.service import CitInputs, VatInputs
from core.filing.views import FilingView
from http_shared.files import MAX_UPLOAD_BYTES, one_upload
from http_shared.http import json_response
from miniapp_api import wire
from miniapp_api.features.filings.figures import figures_json
from miniapp_api.http import ApiRequest
from miniapp_api.pagination import WHOLE_LIST, page_body, page_of


def _id(req: ApiRequest) -> int:
    raw = req.match["filing_id"]
    if not (raw.isascii() and raw.isdecimal()) or len(raw) > 12:
        raise NotFound({"what": "filing"})
    return int(raw)


class _Money:
    """The body's money, strictly (miniapp_api.wire), every bad field named in one answer."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body
        self.problems: dict[str, Any] = {}

    def get(self, name: str, default: str | None = None, *, signed: bool = False) -> str | None:
        value = self.body.get(name)
        if value is None:
            return default
        try:
            return wire.money_in(value, name, signed=signed, zero=True)
        except ValidationFailed as exc:
            self.problems.update(exc.fields)
            return default

    def get_in(self, mapping: dict[str, Any], key: str) -> str | None:
        """A signed amount inside an object (``uninvoiced``), named ``<object>.<key>``."""
        try:
            return wire.money_in(mapping[key], f"uninvoiced.{key}", signed=True, zero=True)
        except ValidationFailed as exc:
            self.problems.update(exc.fields)
            return None

    def rate(self, value: Any, field: str) -> str:
        try:
            return wire.rate_text_in(value, field)
        except ValidationFailed as exc:
            self.problems.update(exc.fields)
            return ""

    def check(self) -> None:
        if self.problems:
            raise ValidationFailed(fields=self.problems)


def _cit_inputs(money: _Money) -> CitInputs:
    """The CIT figures given; the profile ones (从业人数 …) only when present — never defaulted."""
    body = money.body
    return CitInputs(cost=money.get("cost", "0") or "0", expenses=money.get("expenses", "0") or "0",
                     employees=int(body["employees"]) if body.get("employees") is not None else None,
                     assets=money.get("assets"), prior_losses=money.get("prior_losses"),
                     restricted_industry=body.get("restricted_industry"))


def filing_json(view: FilingView) -> dict[str, Any]:
    """A return as the API shows it: money with two decimals, typed figures (figures.py)."""
    return {"id": view.id, "tax_type": view.tax_type, "period": view.period, "status": view.status,
            "version": view.version, "payable": wire.money(view.payable),
            "declared_sales": wire.money(view.declared_sales), "due_date": view.due_date, "receipt": view.receipt,
            "message": view.message, "figures": figures_json(view.tax_type, view.figures),
            "events": [asdict(event) for event in view.events], "surcharges": wire.money(view.surcharges),
            "total_due": wire.money(view.total_due), "overdue": view.overdue}


async def prepare(req: ApiRequest) -> web.Response:
    body = req.body
    money = _Money(body)
    inputs = _cit_inputs(money) if body["tax_type"] == "cit" else None
    vat_inputs = None
    if body["tax_type"] == "vat":
        uninvoiced = {money.rate(rate, f"uninvoiced.{rate}"): money.get_in(body["uninvoiced"], rate)
                      for rate in (body.get("uninvoiced") or {})}
        vat_inputs = VatInputs(transfers_out=money.get("transfers_out", "0") or "0",
                               uninvoiced={code: value for code, value in uninvoiced.items() if code and value})
    money.check()
    view = await req.core.filings.prepare(body["tax_type"], body["period"], req.actor, inputs, vat_inputs)
    return json_response(filing_json(view), status=201)


async def adjust(req: ApiRequest) -> web.Response:
    body = req.body
    money = _Money(body)
    value = money.get("value", signed=body["column"] == "uninvoiced")
    rate = money.rate(body["rate"], "rate") if body.get("rate") is not None else None
    money.check()
    view = await req.core.filings.adjust(_id(req), body["column"], value or "0", req.actor, rate=rate)
    return json_response(filing_json(view))


async def import_books(req: ApiRequest) -> web.Response:
    filing_id = _id(req)
    _, data = await one_upload(req.http, max_bytes=MAX_UPLOAD_BYTES, max_mb=10)
    view, report = await req.core.filings.import_books(filing_id, data, req.actor)
    return json_response({"filing": filing_json(view), "cost": wire.money(report.cost),
                          "expenses": wire.money(report.expenses),
                          "problems": [{"row": r.row, "account": r.account, "problem": r.problem}
                                       for r in report.problems]})


def _profile_json(found: dict[str, Any]) -> dict[str, Any]:
    return {**found, **{name: None if found.get(name) is None else wire.money(Decimal(str(found[name])))
                        for name in ("assets", "prior_losses")}}


async def profile(req: ApiRequest) -> web.Response:
    return json_response(_profile_json(await req.core.filings.profile(req.actor)))


async def set_profile(req: ApiRequest) -> web.Response:
    body = req.body
    has_cit = any(body.get(name) is not None for name in ("employees", "assets", "restricted_industry",
                                                           "prior_losses"))
    money = _Money(body)
    values = _cit_inputs(money) if has_cit else None
    money.check()
    result = await req.core.filings.set_profile(req.actor, vat_period=body.get("vat_period"), values=values)
    return json_response(_profile_json(result))


async def recent(req: ApiRequest) -> web.Response:
    rows, cursor = page_of(req.http, await req.core.filings.recent(req.actor, limit=WHOLE_LIST))
    return json_response(page_body([filing_json(v) for v in rows], cursor))


async def detail(req: ApiRequest) -> web.Response:
    core = req.core
    view = await core.filings.get(_id(req), req.actor)  # tenancy first: no bureau call for a stranger
    if await core.filings.refresh(view.id):  # show the bureau's latest word
        view = await core.filings.get(view.id, req.actor)
    return json_response(filing_json(view))


async def submit(req: ApiRequest) -> web.Response:
    return json_response(filing_json(await req.core.filings.submit(_id(req), req.actor)))


async def pay(req: ApiRequest) -> web.Response:
    return json_response(filing_json(await req.core.filings.pay(_id(req), req.body["method"], req.actor)))


async def explain(req: ApiRequest) -> web.Response:
    row = req.http.query.get("row", "")
    if not row:
        raise ValidationFailed.one("row", "required")
    numbers = await req.core.filings.explain(_id(req), row, req.actor)
    return json_response({"row": row, "invoices": numbers})


async def materials(req: ApiRequest) -> web.Response:
    filing_id = _id(req)
    filename, data = await one_upload(req.http, max_bytes=MAX_UPLOAD_BYTES, max_mb=10)
    view = await req.core.filings.upload_materials(filing_id, filename or "file", data, req.actor)
    return json_response(filing_json(view))
