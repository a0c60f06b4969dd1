"""Tax filing: prepare, submit, follow the timeline, upload materials, pay, explain a figure."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from aiohttp import BodyPartReader, web

from core.domain.errors import NotFound, ValidationFailed
from core.services.filings import CitInputs, VatInputs
from miniapp_api.spec import ApiRequest
from miniapp_api.views.common import actor_of, core_of, json_response
from miniapp_api.views.support import MAX_UPLOAD_BYTES


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
    view = await core_of(req).filings.prepare(body["tax_type"], body["period"], actor_of(req), inputs, vat_inputs)
    return json_response(asdict(view), status=201)


async def adjust(req: ApiRequest) -> web.Response:
    body = req.body
    view = await core_of(req).filings.adjust(_id(req), body["column"], str(body["value"]), actor_of(req),
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
    view, report = await core_of(req).filings.import_books(filing_id, data, actor_of(req))
    return json_response({"filing": asdict(view), "cost": str(report.cost), "expenses": str(report.expenses),
                          "problems": [{"row": r.row, "account": r.account, "problem": r.problem}
                                       for r in report.problems]})


async def profile(req: ApiRequest) -> web.Response:
    return json_response(await core_of(req).filings.profile(actor_of(req)))


async def set_profile(req: ApiRequest) -> web.Response:
    body = req.body
    has_cit = any(body.get(name) is not None for name in ("employees", "assets", "restricted_industry",
                                                           "prior_losses"))
    result = await core_of(req).filings.set_profile(actor_of(req), vat_period=body.get("vat_period"),
                                                    values=_cit_inputs(body) if has_cit else None)
    return json_response(result)


async def recent(req: ApiRequest) -> web.Response:
    return json_response({"items": [asdict(v) for v in await core_of(req).filings.recent(actor_of(req))]})


async def detail(req: ApiRequest) -> web.Response:
    core = core_of(req)
    view = await core.filings.get(_id(req), actor_of(req))  # tenancy first: no bureau call for a stranger
    if await core.filings.refresh(view.id):  # show the bureau's latest word
        view = await core.filings.get(view.id, actor_of(req))
    return json_response(asdict(view))


async def submit(req: ApiRequest) -> web.Response:
    return json_response(asdict(await core_of(req).filings.submit(_id(req), actor_of(req))))


async def pay(req: ApiRequest) -> web.Response:
    return json_response(asdict(await core_of(req).filings.pay(_id(req), req.body["method"], actor_of(req))))


async def explain(req: ApiRequest) -> web.Response:
    row = req.http.query.get("row", "")
    if not row:
        raise ValidationFailed.one("row", "required")
    numbers = await core_of(req).filings.explain(_id(req), row, actor_of(req))
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
    view = await core_of(req).filings.upload_materials(filing_id, part.filename or "file", data, actor_of(req))
    return json_response(asdict(view))


async def add_input_invoice(req: ApiRequest) -> web.Response:
    from core.services.input_invoices import InputInvoiceData

    body = req.body
    core = core_of(req)
    if body.get("qr"):
        view = await core.input_invoices.record_from_qr(str(body["qr"]), str(body.get("tax", "0")), actor_of(req),
                                                        seller_name=str(body.get("seller_name", "")),
                                                        fare_and_fuel=str(body.get("fare_and_fuel", "")))
    else:
        view = await core.input_invoices.record(InputInvoiceData(
            number=str(body.get("number", "")), issue_date=str(body.get("issue_date", "")),
            amount=str(body.get("amount", "")), tax=str(body.get("tax", "")), code=str(body.get("code", "")),
            kind=str(body.get("kind", "")), seller_name=str(body.get("seller_name", "")),
            seller_tax_id=str(body.get("seller_tax_id", "")), rate=str(body.get("rate", "")),
            total=str(body.get("total", "")), fare_and_fuel=str(body.get("fare_and_fuel", ""))), actor_of(req))
    return json_response(asdict(view), status=201)


async def import_input_invoices(req: ApiRequest) -> web.Response:
    if not req.http.content_type.startswith("multipart/"):
        raise ValidationFailed.one("file", "multipart_required")
    reader = await req.http.multipart()
    part = await reader.next()
    if not isinstance(part, BodyPartReader):
        raise ValidationFailed.one("file", "required")
    data = bytes(await part.read(decode=False))
    report = await core_of(req).input_invoices.import_file(part.filename or "file.csv", data, actor_of(req))
    from miniapp_api.app import TEXTS

    t = req.http.app[TEXTS]
    problems = [{"row": p.row, "messages": [t.field(m.code, m.params) for m in p.messages]
                 or [t.error(p.code, {"what": "input_invoice", "number": ""})]} for p in report.problems]
    return json_response({"imported": report.imported, "problems": problems})
