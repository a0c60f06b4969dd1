"""Invoices: issue, drafts, query, approval, red-letter (+ 红字确认单), reissue, files; no void."""

from __future__ import annotations

import io
from dataclasses import asdict, replace
from datetime import date
from decimal import Decimal
from typing import Any

import qrcode
from aiohttp import web

from core.clock import CHINA
from core.domain import tax_codes as catalogue
from core.domain.errors import InvoiceStateConflict, NotFound, ValidationFailed
from core.domain.links import verify_pdf_url, verify_url
from core.invoicing.views import (
    BuyerInput,
    ConfirmationView,
    DraftInput,
    InvoiceFilter,
    InvoiceView,
    LineDraft,
    LineOut,
    RedLineRequest,
)
from core.services.catalogue import ProductInput, ProductView
from http_shared.files import file_response
from http_shared.http import client_ip, json_response
from miniapp_api import wire
from miniapp_api.features.invoices.schemas import LINE_OUT_WIRE
from miniapp_api.http import ApiRequest
from miniapp_api.pagination import MAX_LIMIT, WHOLE_LIST, page_body, page_of, page_request, stamp
from miniapp_api.spec import wire_values


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def buyer_from(body: dict[str, Any]) -> BuyerInput:
    """A buyer as our own fields, or as the object ``wx.chooseInvoiceTitle`` returns."""
    title = body.get("buyer_title")
    if isinstance(title, dict):
        address = " ".join(filter(None, [_text(title.get("companyAddress")), _text(title.get("telephone"))]))
        bank = " ".join(filter(None, [_text(title.get("bankName")), _text(title.get("bankAccount"))]))
        return BuyerInput(name=_text(title.get("title")), tax_id=_text(title.get("taxNumber")),
                          address_phone=address, bank_account=bank, is_person=_text(title.get("type")) == "1")
    buyer = body.get("buyer") or {}
    return BuyerInput(
        name=_text(buyer.get("name")), tax_id=_text(buyer.get("tax_id")),
        address_phone=_text(buyer.get("address_phone")), bank_account=_text(buyer.get("bank_account")),
        is_person=bool(buyer.get("is_person", False)), email=_text(buyer.get("email")),
        phone=_text(buyer.get("phone")),
    )


class _Problems:
    """Collects the strict-format problems of a body, so one answer names every bad field."""

    def __init__(self) -> None:
        self.fields: dict[str, Any] = {}

    def take(self, parse: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return parse(*args, **kwargs)
        except ValidationFailed as exc:
            self.fields.update(exc.fields)
            return None

    def raise_if_any(self) -> None:
        if self.fields:
            raise ValidationFailed(fields=self.fields)


def draft_from(body: dict[str, Any], checker: Any = None) -> DraftInput:
    """The draft a body describes; money, quantities and rates in their one spelling (miniapp_api.wire)."""
    problems = _Problems()
    lines = []
    for index, line in enumerate(body.get("lines", [])):
        at = f"lines.{index}."

        def given(name: str, parse: Any, *args: Any, line: dict[str, Any] = line, at: str = at) -> str | None:
            value = line.get(name)
            return None if value is None else problems.take(parse, value, at + name, *args)

        lines.append(LineDraft(
            name=_text(line.get("name")), amount=given("amount", wire.money_in),
            quantity=given("quantity", wire.number_in, "quantity"),
            unit_price=given("unit_price", wire.number_in, "unit_price"),
            rate=given("rate", wire.rate_text_in), tax_code=line.get("tax_code"), spec=_text(line.get("spec")),
            unit=_text(line.get("unit")), discount=given("discount", wire.discount_in)))
    buyer = buyer_from(body)
    if problems.fields and checker is not None:
        problems.take(checker.check_buyer, body["kind"], buyer)  # name the buyer's problems in the same answer
    problems.raise_if_any()
    return DraftInput(kind=body["kind"], buyer=buyer, lines=tuple(lines),
                      price_includes_tax=bool(body["price_includes_tax"]), remark=_text(body.get("remark")),
                      waive_relief=bool(body.get("waive_relief", False)))


def line_json(line: LineOut, is_red: bool) -> dict[str, Any]:
    return {
        **wire_values(line, LINE_OUT_WIRE), "amount_incl_tax": wire.money(line.amount + line.tax),
        # A 折扣行 is the one line of a blue invoice with a negative amount (positive on its red letter).
        "is_discount": line.amount > 0 if is_red else line.amount < 0,
    }


def invoice_json(req: ApiRequest, view: InvoiceView) -> dict[str, Any]:
    """An invoice as the API shows it: amounts named by what they hold (miniapp_api.wire)."""
    token = view.verify_token
    base = req.core.settings.public_base_url
    return {
        "id": view.id, "kind": view.kind, "status": view.status, "is_red": view.is_red, "number": view.number,
        "issue_date": view.issue_date, "buyer_name": view.buyer_name, "buyer_tax_id": view.buyer_tax_id,
        "buyer_is_person": view.buyer_is_person, "price_includes_tax": view.price_includes_tax,
        "amount_excl_tax": wire.money(view.total_amount), "tax": wire.money(view.total_tax),
        "amount_incl_tax": wire.money(view.total), "amount_incl_tax_in_words": view.total_in_words,
        "remark": view.remark, "original_id": view.original_id, "reissued_from_id": view.reissued_from_id,
        "pending_action": view.pending_action, "reason": view.reason,
        "verify_url": verify_url(base, token) if token else None,
        "pdf_url": verify_pdf_url(base, token) if token else None,
        "lines": [line_json(line, view.is_red) for line in view.lines],
        "events": [asdict(event) for event in view.events],
        "qr_payload": view.qr_payload, "red_confirmation_no": view.red_confirmation_no,
    }


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
    problems = _Problems()
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


def _query_date(req: ApiRequest, name: str) -> date | None:
    return _date(req.http.query, name)


def _date(q: Any, name: str) -> date | None:
    raw = str(q.get(name, "")).strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ValidationFailed.one(name, "date_format") from None


def _query_money(req: ApiRequest, name: str) -> Decimal | None:
    return _money(req.http.query, name)


def _money(q: Any, name: str) -> Decimal | None:
    """A money filter, strictly ("1,000" and "1e3" are refused like in a body)."""
    raw = str(q.get(name, ""))
    if not raw:
        return None
    return Decimal(wire.money_in(raw, name, zero=True))


def filters_from(req: ApiRequest) -> InvoiceFilter:
    return filters_from_mapping(req.http.query)


STATUSES = ("draft", "pending", "issued", "voided", "red_partial", "red_full")


def filters_from_mapping(q: Any) -> InvoiceFilter:
    """Filters from query parameters or from a JSON object (export jobs)."""
    q = {k: str(v) for k, v in dict(q).items() if v is not None}
    raw_limit = q.get("limit", "20")
    if not (raw_limit.isascii() and raw_limit.isdecimal()):
        raise ValidationFailed.one("limit", "type_integer")
    sort = q.get("sort", "-id")
    if sort not in ("-id", "id", "-total", "total"):
        raise ValidationFailed.one("sort", "not_allowed", allowed="-id、id、-total、total")
    # Values longer than their column, or outside a closed set, made the query layer raise (a 500).
    for name, allowed in (("status", STATUSES), ("kind", ("normal", "special"))):
        if q.get(name) and q[name] not in allowed:
            raise ValidationFailed.one(name, "not_allowed", allowed="、".join(allowed))
    for name, longest in (("number", 24), ("code", 12), ("buyer", 100)):
        if len(q.get(name, "")) > longest:
            raise ValidationFailed.one(name, "too_long", max=longest)
    return InvoiceFilter(
        number=q.get("number", ""), legacy_code=q.get("code", ""), date_from=_date(q, "date_from"),
        date_to=_date(q, "date_to"), buyer=q.get("buyer", ""), status=q.get("status", ""),
        kind=q.get("kind", ""), min_total=_money(q, "min_total"), max_total=_money(q, "max_total"),
        sort=sort,
        cursor=q.get("cursor", ""), limit=int(raw_limit),
    )


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
    on = _query_date(req, "date")
    total = _query_money(req, "amount_incl_tax")
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
    found, cursor = page_of(req.http, catalogue.search(query, limit=MAX_LIMIT) if query else catalogue.all_codes())
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
    problems = _Problems()
    rate = problems.take(wire.rate_text_in, body["rate"], "rate") if body.get("rate") is not None else ""
    price = problems.take(wire.number_in, body["unit_price"], "unit_price", "unit_price") \
        if body.get("unit_price") is not None else ""
    if body.get("unit_price") is not None and body.get("price_includes_tax") is None:
        problems.fields.update(ValidationFailed.one("price_includes_tax", "required").fields)
    problems.raise_if_any()
    view = await req.core.catalogue.add_product(ProductInput(
        name=_text(body.get("name")), tax_code=_text(body.get("tax_code")), rate=rate or "",
        unit=_text(body.get("unit")), spec=_text(body.get("spec")), unit_price=price or "",
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
