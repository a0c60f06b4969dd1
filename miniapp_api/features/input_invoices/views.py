"""进项 through the API: the received invoices (filters and a cursor), the month's overview,
勾选/用途确认 and the period's 统计确认 (``ReceivedInvoiceService``); recording one by hand, from its
QR or file, and importing a spreadsheet (``InputInvoiceService``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from aiohttp import web

from core.domain.errors import ValidationFailed
from core.domain.qr_payload import QrPayload
from core.input_invoicing.deductibility import rules
from core.input_invoicing.files import MAX_FILE_BYTES
from core.input_invoicing.inputs import InputInvoiceView
from core.input_invoicing.rows import InputInvoiceData
from http_shared.files import one_upload
from http_shared.http import json_response
from miniapp_api import wire
from miniapp_api.http import ApiRequest
from miniapp_api.pagination import page_body, page_request


def input_invoice_json(view: InputInvoiceView) -> dict[str, Any]:
    """A received invoice: amounts named like an invoice's, the rate in its one spelling."""
    return {"id": view.id, "kind": view.kind, "code": view.code, "number": view.number,
            "issue_date": view.issue_date, "seller_name": view.seller_name, "seller_tax_id": view.seller_tax_id,
            "amount_excl_tax": wire.money(view.amount), "tax": wire.money(view.tax),
            "amount_incl_tax": wire.money(view.total if view.total is not None else view.amount + view.tax),
            "deductible": view.deductible, "source": view.source, "qr_kind": view.qr_kind,
            "rate": wire.rate_of_code(view.rate_code), "item_category": view.item_category,
            "not_deductible_code": view.not_deductible_code, "deductible_tax": wire.money(view.deductible_tax),
            "use": view.use, "use_period": view.use_period, "use_reason": view.use_reason}


async def listing(req: ApiRequest) -> web.Response:
    q = req.http.query
    request = page_request(req.http)
    page = await req.core.received.list(
        req.actor, month=q.get("month") or None, kind=q.get("kind") or None, use=q.get("use") or None,
        seller=q.get("seller") or None, cursor=request.text_position() or None, limit=request.limit)
    return json_response(page_body([input_invoice_json(v) for v in page.items], request.next(page.next_cursor)))


async def sync(req: ApiRequest) -> web.Response:
    result = await req.core.received.sync(req.actor, req.body.get("month") or None)
    return json_response(asdict(result))


async def overview(req: ApiRequest) -> web.Response:
    result = await req.core.received.overview(req.actor, req.http.query.get("month") or None)
    return json_response({"month": result.month, "count": result.count,
                          "amount_excl_tax": wire.money(result.amount), "tax": wire.money(result.tax),
                          "unconfirmed": result.unconfirmed, "unconfirmed_special": result.unconfirmed_special,
                          "use_period": result.use_period, "statistics": result.statistics,
                          "deducted_count": result.deducted_count, "deducted_tax": wire.money(result.deducted_tax),
                          "items": [input_invoice_json(v) for v in result.items]})


async def confirm_use(req: ApiRequest) -> web.Response:
    body = req.body
    numbers: Any = "all_special" if body.get("all_special") else [str(n) for n in body.get("numbers", [])]
    if numbers != "all_special" and not numbers:
        raise ValidationFailed.one("numbers", "required")
    result = await req.core.received.confirm(req.actor, numbers, body["decision"],
                                                 str(body.get("reason", "")))
    return json_response({"decision": result.decision, "period": result.period,
                          "done": [input_invoice_json(v) for v in result.done],
                          "transfers_out": list(result.transfers_out)})


async def statistics(req: ApiRequest) -> web.Response:
    period, state = await req.core.received.statistics(req.actor, req.body["action"],
                                                           req.body.get("period") or None)
    return json_response({"period": period, "state": state})


async def reasons(req: ApiRequest) -> web.Response:
    data = rules()
    return json_response({
        "not_deduct": [{"code": r.code, "label": r.label} for r in data.not_deduct_reasons],
        "transfer_out": [{"code": r.code, "label": r.label} for r in data.transfer_out_reasons]})


async def upload_file(req: ApiRequest) -> web.Response:
    """A received invoice's PDF, OFD, XML or QR photo (multipart ``file``): 201 with the
    invoice recorded, or 202 with the QR payload when its tax must still be sent
    (``POST /input-invoices`` with ``qr`` and ``tax``)."""
    _, data = await one_upload(req.http, max_bytes=MAX_FILE_BYTES, too_large="invoice_file_too_large", named=False)
    result = await req.core.input_invoices.record_file(data, req.actor)
    if isinstance(result, QrPayload):
        needs = ["fare_and_fuel"] if result.kind == "61" else ["tax"]
        return json_response({"qr": result.to_string(), "needs": needs}, status=202)
    return json_response(input_invoice_json(result), status=201)


async def add_input_invoice(req: ApiRequest) -> web.Response:
    body = req.body
    core = req.core
    problems: dict[str, Any] = {}

    def money(name: str, default: str = "") -> str:
        if body.get(name) is None:
            return default
        try:
            return wire.money_in(body[name], name, zero=True)
        except ValidationFailed as exc:
            problems.update(exc.fields)
            return default

    tax, fare_and_fuel = money("tax"), money("fare_and_fuel")
    excl, incl = money("amount_excl_tax"), money("amount_incl_tax")
    rate = ""
    if body.get("rate") is not None:
        try:
            rate = wire.rate_text_in(body["rate"], "rate")
        except ValidationFailed as exc:
            problems.update(exc.fields)
    if problems:
        raise ValidationFailed(fields=problems)
    if body.get("qr"):
        view = await core.input_invoices.record_from_qr(str(body["qr"]), tax or "0", req.actor,
                                                        seller_name=str(body.get("seller_name", "")),
                                                        fare_and_fuel=fare_and_fuel)
    else:
        data = InputInvoiceData(
            number=str(body.get("number", "")), issue_date=str(body.get("issue_date", "")),
            amount=excl, tax=tax, code=str(body.get("code", "")),
            kind=str(body.get("kind", "")), seller_name=str(body.get("seller_name", "")),
            seller_tax_id=str(body.get("seller_tax_id", "")), rate=rate,
            total=incl, fare_and_fuel=fare_and_fuel)
        with wire.field_names(wire.AMOUNT_NAMES):
            view = await core.input_invoices.record(data, req.actor)
    return json_response(input_invoice_json(view), status=201)


async def import_input_invoices(req: ApiRequest) -> web.Response:
    filename, data = await one_upload(req.http, max_bytes=None, named=False)
    report = await req.core.input_invoices.import_file(filename or "file.csv", data, req.actor)
    t = req.texts
    problems = [{"row": p.row, "messages": [t.field(m.code, m.params) for m in p.messages]
                 or [t.error(p.code, {"what": "input_invoice", "number": ""})]} for p in report.problems]
    return json_response({"imported": report.imported, "problems": problems})
