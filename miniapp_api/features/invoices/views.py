"""Invoices: issue, drafts, query, approval, red-letter (+ 红字确认单), reissue, files; no void. The bodies
they read and the answers they write are in bodies.py."""

from __future__ import annotations

import io
from dataclasses import asdict, replace
from typing import Any

import qrcode
from aiohttp import web

from core.clock import CHINA
from core.companies.catalogue import ProductInput, ProductView
from core.domain import tax_code_search
from core.domain import tax_codes as catalogue
from core.domain.errors import InvoiceStateConflict, NotFound, ValidationFailed
from core.invoicing.views import (
    ConfirmationView,
    RedLineRequest,
)
from http_shared.files import file_response
from http_shared.http import client_ip, json_response
from miniapp_api import wire
from miniapp_api.features.invoices.bodies import (
    Problems,
    draft_from,
    filters_from,
    invoice_json,
    query_date,
    query_money,
    text,
)
from miniapp_api.http import ApiRequest
from miniapp_api.pagination import MAX_LIMIT, WHOLE_LIST, page_body, page_of, page_request, stamp


def _id(req: ApiRequest) -> int:
    raw = req.match["invoice_id"]
    if not (raw.isascii() and raw.isdecimal()) or len(raw) > 12:
        raise NotFound({"what": "invoice"})
    return int(raw)


async def create(req: ApiRequest) -> web.Response:
    core = req.core
    draft = draft_from(req.body, req.core.invoices)
    if req.body.get("draft"):
        view = await core.invoices.create_draft(draft, req.actor)
        return json_response(invoice_json(req, view), status=201)
    key = req.http.headers.get("Idempotency-Key")
    result = await core.invoices.issue_new(draft, req.actor, idempotency_key=key,
                                           save_buyer=bool(req.body.get("save_buyer", False)))
    body = invoice_json(req, result.invoice)
    body["new_buyer"] = result.new_buyer
    headers = {"Idempotent-Replayed": "true"} if result.replayed else None
    return json_response(body, status=201, headers=headers)


async def update(req: ApiRequest) -> web.Response:
    view = await req.core.invoices.update_draft(_id(req), draft_from(req.body, req.core.invoices), req.actor)
    return json_response(invoice_json(req, view))


async def delete(req: ApiRequest) -> web.Response:
    await req.core.invoices.delete_draft(_id(req), req.actor)
    return web.Response(status=204)


async def detail(req: ApiRequest) -> web.Response:
    return json_response(invoice_json(req, await req.core.invoices.get(_id(req), req.actor)))


async def issue(req: ApiRequest) -> web.Response:
    return json_response(invoice_json(req, await req.core.invoices.issue(_id(req), req.actor)))


async def approve(req: ApiRequest) -> web.Response:
    return json_response(invoice_json(req, await req.core.invoices.approve(_id(req), req.actor)))


async def reject(req: ApiRequest) -> web.Response:
    view = await req.core.invoices.reject(_id(req), req.body["reason"], req.actor)
    return json_response(invoice_json(req, view))


async def void(req: ApiRequest) -> web.Response:
    """Always refused (409): the answer says the correction is 红冲 then 重开."""
    view = await req.core.invoices.void(_id(req), req.body["reason"], req.actor)
    return json_response(invoice_json(req, view))


async def red_letter(req: ApiRequest) -> web.Response:
    problems = Problems()
    lines = []
    for index, item in enumerate(req.body.get("lines") or []):
        at = f"lines.{index}."
        quantity, excl, incl = (item.get(name) for name in ("quantity", "amount_excl_tax", "amount_incl_tax"))
        lines.append(RedLineRequest(
            position=int(item["position"]),
            quantity=None if quantity is None else problems.take(wire.number_in, quantity, at + "quantity",
                                                                 "quantity"),
            amount=None if excl is None else problems.take(wire.money_in, excl, at + "amount_excl_tax"),
            total=None if incl is None else problems.take(wire.money_in, incl, at + "amount_incl_tax")))
    problems.raise_if_any()
    with wire.field_names(wire.AMOUNT_NAMES):
        view = await req.core.invoices.red_letter(_id(req), req.body["reason_code"], req.actor, lines or None)
    # The red invoice itself (201), or the blue one waiting for the buyer's 红字确认单 / approval (202).
    return json_response(invoice_json(req, view), status=201 if view.is_red else 202)


async def reissue(req: ApiRequest) -> web.Response:
    return json_response(invoice_json(req, await req.core.invoices.reissue(_id(req), req.actor)), status=201)


async def corrections(req: ApiRequest) -> web.Response:
    """Each option a boolean; each closed one has a reason (code and sentence) in ``reasons``."""
    options = await req.core.invoices.correction_options(_id(req), req.actor)
    return json_response({
        "editable": options.editable, "red_letter": options.red_letter, "reissue": options.reissue,
        "void": options.void,
        "reasons": {name: {"code": code, "message": req.texts.render(f"correction_reason.{code}")}
                    for name, code in options.reasons.items()}})


async def search(req: ApiRequest) -> web.Response:
    page = page_request(req.http)
    filters = replace(filters_from(req), cursor=page.text_position(), limit=page.limit)
    found = await req.core.invoices.search(filters, req.actor)
    return json_response(page_body([invoice_json(req, item) for item in found.items], page.next(found.next_cursor)))


async def pdf(req: ApiRequest) -> web.StreamResponse:
    filename, data = await req.core.documents.pdf(_id(req), req.actor)
    return file_response(data, filename, "application/pdf", inline=req.http.query.get("inline") == "1")


async def qr_png(req: ApiRequest) -> web.StreamResponse:
    view = await req.core.invoices.get(_id(req), req.actor)
    if not view.verify_token:
        raise InvoiceStateConflict({"status": view.status})
    image = qrcode.make(req.core.invoices.verify_url(view.verify_token))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return web.Response(body=buffer.getvalue(), content_type="image/png")


async def verify(req: ApiRequest) -> web.Response:
    q = req.http.query
    problems: dict[str, Any] = {}
    for name in ("number", "date", "amount_incl_tax"):
        if not q.get(name, "").strip():
            problems.update(ValidationFailed.one(name, "required").fields)
    if problems:
        raise ValidationFailed(fields=problems)
    on = query_date(req, "date")
    total = query_money(req, "amount_incl_tax")
    assert on is not None and total is not None
    core = req.core
    ip = client_ip(req.http) or ""
    await core.verify_limit.before(ip)
    try:
        facts = await core.invoices.verify_fields(q["number"], on, total)
    except NotFound:
        await core.verify_limit.miss(ip)
        raise
    # Only what the national 查验 shows anyone: never a link to the document (its PDF names the
    # buyer and the items).
    return json_response({"number": facts.number, "issue_date": facts.issue_date, "seller_name": facts.seller_name,
                          "buyer_masked": facts.buyer_masked, "amount_incl_tax": wire.money(facts.total),
                          "status": facts.status, "is_red": facts.is_red, "kind": facts.kind})


async def tax_codes(req: ApiRequest) -> web.Response:
    query = req.http.query.get("q", "").strip()
    # Ranked by relevance: the cursor is the rank, bound to the query.
    found, cursor = page_of(req.http, tax_code_search.search(query, limit=MAX_LIMIT) if query else catalogue.all_codes())
    return json_response(page_body([{"code": c.code, "short_name": c.short_name, "name": c.name,
                                     "default_rate": wire.rate_of_code(c.default_rate),
                                     "unconfirmed": c.unconfirmed} for c in found], cursor))


async def customers(req: ApiRequest) -> web.Response:
    rows, cursor = page_of(req.http, await req.core.invoices.customers(req.actor, limit=WHOLE_LIST),
                           lambda c: (stamp(c.last_used_at), c.id), descending=True)
    return json_response(page_body([{"id": c.id, "name": c.name, "tax_id": c.tax_id, "address_phone": c.address_phone,
                                     "bank_account": c.bank_account, "is_person": c.is_person, "email": c.email}
                                    for c in rows], cursor))


async def deliver(req: ApiRequest) -> web.Response:
    done = await req.core.delivery.deliver(_id(req), req.actor, email=req.body.get("email") or None,
                                               phone=req.body.get("phone") or None)
    return json_response({"deliveries": [asdict(d) for d in done]})


async def products(req: ApiRequest) -> web.Response:
    rows, cursor = page_of(req.http, await req.core.catalogue.products(req.actor, limit=WHOLE_LIST))
    return json_response(page_body([product_json(p) for p in rows], cursor))


def product_json(product: ProductView) -> dict[str, Any]:
    return {"id": product.id, "name": product.name, "tax_code": product.tax_code,
            "printed_name": product.printed_name, "rate": wire.rate_of_code(product.rate), "unit": product.unit,
            "spec": product.spec, "unit_price": wire.number(product.unit_price),
            "price_includes_tax": product.price_includes_tax}


async def add_product(req: ApiRequest) -> web.Response:
    body = req.body
    problems = Problems()
    rate = problems.take(wire.rate_text_in, body["rate"], "rate") if body.get("rate") is not None else ""
    price = problems.take(wire.number_in, body["unit_price"], "unit_price", "unit_price") \
        if body.get("unit_price") is not None else ""
    if body.get("unit_price") is not None and body.get("price_includes_tax") is None:
        problems.fields.update(ValidationFailed.one("price_includes_tax", "required").fields)
    problems.raise_if_any()
    view = await req.core.catalogue.add_product(ProductInput(
        name=text(body.get("name")), tax_code=text(body.get("tax_code")), rate=rate or "",
        unit=text(body.get("unit")), spec=text(body.get("spec")), unit_price=price or "",
        price_includes_tax=bool(body.get("price_includes_tax", False))), req.actor)
    return json_response(product_json(view), status=201)


async def remove_product(req: ApiRequest) -> web.Response:
    raw = req.match["product_id"]
    if not (raw.isascii() and raw.isdecimal()) or len(raw) > 12:
        raise NotFound({"what": "product"})
    await req.core.catalogue.remove_product(int(raw), req.actor)
    return web.Response(status=204)


def confirmation_json(item: ConfirmationView, direction: str = "") -> dict[str, Any]:
    return {"confirmation_no": item.confirmation_no, "state": item.state, "blue_number": item.blue_number,
            "seller_name": item.seller_name, "buyer_name": item.buyer_name, "initiator": item.initiator,
            "reason_code": item.reason_code, "amount_incl_tax": wire.money(item.total),
            # China time (+08:00), like every time a user reads.
            "created_at": item.created_at.astimezone(CHINA).isoformat(),
            "expires_at": item.expires_at.astimezone(CHINA).isoformat() if item.expires_at else None,
            "red_number": item.red_number,
            "as_seller": item.as_seller, "awaiting_me": item.awaiting_me,
            "direction": direction or ("incoming" if item.awaiting_me else "outgoing")}


async def confirmations(req: ApiRequest) -> web.Response:
    incoming = req.http.query.get("direction", "incoming") != "outgoing"
    rows, cursor = page_of(req.http, await req.core.invoices.confirmations(req.actor, incoming=incoming))
    return json_response(page_body([confirmation_json(r, "incoming" if incoming else "outgoing") for r in rows],
                                   cursor))


def _confirmation_no(req: ApiRequest) -> str:
    raw = req.match["confirmation_no"]
    if not raw.isalnum() or len(raw) > 32:
        raise NotFound({"what": "confirmation"})
    return str(raw)


async def request_confirmation(req: ApiRequest) -> web.Response:
    item = await req.core.invoices.request_red_as_buyer(req.body["number"], req.body["reason_code"],
                                                            req.actor)
    return json_response(confirmation_json(item), status=201)


async def confirm(req: ApiRequest) -> web.Response:
    item = await req.core.invoices.decide_confirmation(_confirmation_no(req), True, req.actor)
    return json_response(confirmation_json(item))


async def decline(req: ApiRequest) -> web.Response:
    item = await req.core.invoices.decide_confirmation(_confirmation_no(req), False, req.actor)
    return json_response(confirmation_json(item))


async def revoke(req: ApiRequest) -> web.Response:
    item = await req.core.invoices.revoke_confirmation(_confirmation_no(req), req.actor)
    return json_response(confirmation_json(item))
