"""Tax filing: prepare, submit, follow the timeline, upload materials, pay, explain a figure."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from aiohttp import BodyPartReader, web

from core.domain.errors import NotFound, ValidationFailed
from core.filing.service import CitInputs, VatInputs
from miniapp_api.files import MAX_UPLOAD_BYTES
from miniapp_api.http import ApiRequest, json_response


def _id(req: ApiRequest) -> int:
    raw = req.match["filing_id"]
    if not raw.isdecimal() or len(raw) > 12:
        raise NotFound({"what": "filing"})
    return int(raw)


def _cit_inputs(body: dict[str, Any]) -> CitInputs:
    """The CIT figures given; the profile ones (从业人数 …) only when present — never defaulted."""
    def given(name: str) -> str | None:
        return str(body[name]) if body.get(name) is not None else None

    return CitInputs(cost=str(body.get("cost", "0")), expenses=str(body.get("expenses", "0")),
                     employees=int(body["employees"]) if body.get("employees") is not None else None,
                     assets=given("assets"), prior_losses=given("prior_losses"),
                     restricted_industry=body.get("restricted_industry"))


async def prepare(req: ApiRequest) -> web.Response:
    body = req.body
    inputs = _cit_inputs(body) if body["tax_type"] == "cit" else None
    vat_inputs = VatInputs(transfers_out=str(body.get("transfers_out", "0")),
                           uninvoiced={str(k): str(v) for k, v in (body.get("uninvoiced") or {}).items()}) \
        if body["tax_type"] == "vat" else None
    view = await req.core.filings.prepare(body["tax_type"], body["period"], req.actor, inputs, vat_inputs)
    return json_response(asdict(view), status=201)


async def adjust(req: ApiRequest) -> web.Response:
    body = req.body
    view = await req.core.filings.adjust(_id(req), body["column"], str(body["value"]), req.actor,
                                             rate=str(body["rate"]) if body.get("rate") is not None else None)
    return json_response(asdict(view))


async def import_books(req: ApiRequest) -> web.Response:
    filing_id = _id(req)
    if not req.http.content_type.startswith("multipart/"):
        raise ValidationFailed.one("file", "multipart_required")
    reader = await req.http.multipart()
    part = await reader.next()
    if not isinstance(part, BodyPartReader) or part.name != "file":
        raise ValidationFailed.one("file", "required")
    data = bytes(await part.read(decode=False))
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationFailed.one("file", "attachment_too_large", max_mb=10)
    view, report = await req.core.filings.import_books(filing_id, data, req.actor)
    return json_response({"filing": asdict(view), "cost": str(report.cost), "expenses": str(report.expenses),
                          "problems": [{"row": r.row, "account": r.account, "problem": r.problem}
                                       for r in report.problems]})


async def profile(req: ApiRequest) -> web.Response:
    return json_response(await req.core.filings.profile(req.actor))


async def set_profile(req: ApiRequest) -> web.Response:
    body = req.body
    has_cit = any(body.get(name) is not None for name in ("employees", "assets", "restricted_industry",
                                                           "prior_losses"))
    result = await req.core.filings.set_profile(req.actor, vat_period=body.get("vat_period"),
                                                    values=_cit_inputs(body) if has_cit else None)
    return json_response(result)


async def recent(req: ApiRequest) -> web.Response:
    return json_response({"items": [asdict(v) for v in await req.core.filings.recent(req.actor)]})


async def detail(req: ApiRequest) -> web.Response:
    core = req.core
    view = await core.filings.get(_id(req), req.actor)  # tenancy first: no bureau call for a stranger
    if await core.filings.refresh(view.id):  # show the bureau's latest word
        view = await core.filings.get(view.id, req.actor)
    return json_response(asdict(view))


async def submit(req: ApiRequest) -> web.Response:
    return json_response(asdict(await req.core.filings.submit(_id(req), req.actor)))


async def pay(req: ApiRequest) -> web.Response:
    return json_response(asdict(await req.core.filings.pay(_id(req), req.body["method"], req.actor)))


async def explain(req: ApiRequest) -> web.Response:
    row = req.http.query.get("row", "")
    if not row:
        raise ValidationFailed.one("row", "required")
    numbers = await req.core.filings.explain(_id(req), row, req.actor)
    return json_response({"row": row, "invoices": numbers})


async def materials(req: ApiRequest) -> web.Response:
    filing_id = _id(req)
    if not req.http.content_type.startswith("multipart/"):
        raise ValidationFailed.one("file", "multipart_required")
    reader = await req.http.multipart()
    part = await reader.next()
    if not isinstance(part, BodyPartReader) or part.name != "file":
        raise ValidationFailed.one("file", "required")
    data = bytes(await part.read(decode=False))
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationFailed.one("file", "attachment_too_large", max_mb=10)
    view = await req.core.filings.upload_materials(filing_id, part.filename or "file", data, req.actor)
    return json_response(asdict(view))
