"""进项 through the API: the received invoices (filters and a cursor), the month's overview,
勾选/用途确认 and the period's 统计确认 (``ReceivedInvoiceService``); recording one by hand, from its
QR or file, and importing a spreadsheet (``InputInvoiceService``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from aiohttp import BodyPartReader, web

from core.domain.errors import ValidationFailed
from core.domain.qr_payload import QrPayload
from core.input_invoicing.deductibility import rules
from core.input_invoicing.files import MAX_FILE_BYTES
from core.input_invoicing.inputs import InputInvoiceData
from miniapp_api.http import ApiRequest, json_response


def _limit(raw: str | None) -> int:
    if raw is None or raw == "":
        return 50
    if not raw.isdecimal() or len(raw) > 4:
        raise ValidationFailed.one("limit", "choice_invalid")
    return int(raw)


async def listing(req: ApiRequest) -> web.Response:
    q = req.http.query
    page = await req.core.received.list(
        req.actor, month=q.get("month") or None, kind=q.get("kind") or None, use=q.get("use") or None,
        seller=q.get("seller") or None, cursor=q.get("cursor") or None, limit=_limit(q.get("limit")))
    return json_response({"items": [asdict(v) for v in page.items], "next_cursor": page.next_cursor})


async def sync(req: ApiRequest) -> web.Response:
    result = await req.core.received.sync(req.actor, req.body.get("month") or None)
    return json_response(asdict(result))


async def overview(req: ApiRequest) -> web.Response:
    result = await req.core.received.overview(req.actor, req.http.query.get("month") or None)
    return json_response(asdict(result))


async def confirm_use(req: ApiRequest) -> web.Response:
    body = req.body
    numbers: Any = "all_special" if body.get("all_special") else [str(n) for n in body.get("numbers", [])]
    if numbers != "all_special" and not numbers:
        raise ValidationFailed.one("numbers", "required")
    result = await req.core.received.confirm(req.actor, numbers, body["decision"],
                                                 str(body.get("reason", "")))
    return json_response(asdict(result))


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
    if not req.http.content_type.startswith("multipart/"):
        raise ValidationFailed.one("file", "multipart_required")
    reader = await req.http.multipart()
    part = await reader.next()
    if not isinstance(part, BodyPartReader):
        raise ValidationFailed.one("file", "required")
    data = bytearray()
    while chunk := await part.read_chunk(64 * 1024):
        data.extend(chunk)
        if len(data) > MAX_FILE_BYTES:
            raise ValidationFailed.one("file", "invoice_file_too_large")
    result = await req.core.input_invoices.record_file(bytes(data), req.actor)
    if isinstance(result, QrPayload):
        needs = ["fare_and_fuel"] if result.kind == "61" else ["tax"]
        return json_response({"qr": result.to_string(), "needs": needs}, status=202)
    return json_response(asdict(result), status=201)


async def add_input_invoice(req: ApiRequest) -> web.Response:
    body = req.body
    core = req.core
    if body.get("qr"):
        view = await core.input_invoices.record_from_qr(str(body["qr"]), str(body.get("tax", "0")), req.actor,
                                                        seller_name=str(body.get("seller_name", "")),
                                                        fare_and_fuel=str(body.get("fare_and_fuel", "")))
    else:
        view = await core.input_invoices.record(InputInvoiceData(
            number=str(body.get("number", "")), issue_date=str(body.get("issue_date", "")),
            amount=str(body.get("amount", "")), tax=str(body.get("tax", "")), code=str(body.get("code", "")),
            kind=str(body.get("kind", "")), seller_name=str(body.get("seller_name", "")),
            seller_tax_id=str(body.get("seller_tax_id", "")), rate=str(body.get("rate", "")),
            total=str(body.get("total", "")), fare_and_fuel=str(body.get("fare_and_fuel", ""))), req.actor)
    return json_response(asdict(view), status=201)


async def import_input_invoices(req: ApiRequest) -> web.Response:
    if not req.http.content_type.startswith("multipart/"):
        raise ValidationFailed.one("file", "multipart_required")
    reader = await req.http.multipart()
    part = await reader.next()
    if not isinstance(part, BodyPartReader):
        raise ValidationFailed.one("file", "required")
    data = bytes(await part.read(decode=False))
    report = await req.core.input_invoices.import_file(part.filename or "file.csv", data, req.actor)
    t = req.texts
    problems = [{"row": p.row, "messages": [t.field(m.code, m.params) for m in p.messages]
                 or [t.error(p.code, {"what": "input_invoice", "number": ""})]} for p in report.problems]
    return json_response({"imported": report.imported, "problems": problems})
