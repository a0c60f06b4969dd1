"""The invoices feature's bodies and answers: a draft and a buyer read from a request body (every
format problem named in one answer), the list filters read from a query, and an invoice and its
lines written as the API shows them (miniapp_api.wire: amounts named by what they hold)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from decimal import Decimal
from typing import Any

from core.domain.errors import ValidationFailed
from core.domain.links import verify_pdf_url, verify_url
from core.invoicing.views import BuyerInput, DraftInput, InvoiceFilter, InvoiceView, LineDraft, LineOut
from miniapp_api import wire
from miniapp_api.features.invoices.schemas import LINE_OUT_WIRE
from miniapp_api.http import ApiRequest
from miniapp_api.spec import wire_values


def text(value: Any) -> str:
    return "" if value is None else str(value)


def buyer_from(body: dict[str, Any]) -> BuyerInput:
    """A buyer as our own fields, or as the object ``wx.chooseInvoiceTitle`` returns."""
    title = body.get("buyer_title")
    if isinstance(title, dict):
        address = " ".join(filter(None, [text(title.get("companyAddress")), text(title.get("telephone"))]))
        bank = " ".join(filter(None, [text(title.get("bankName")), text(title.get("bankAccount"))]))
        return BuyerInput(name=text(title.get("title")), tax_id=text(title.get("taxNumber")),
                          address_phone=address, bank_account=bank, is_person=text(title.get("type")) == "1")
    buyer = body.get("buyer") or {}
    return BuyerInput(
        name=text(buyer.get("name")), tax_id=text(buyer.get("tax_id")),
        address_phone=text(buyer.get("address_phone")), bank_account=text(buyer.get("bank_account")),
        is_person=bool(buyer.get("is_person", False)), email=text(buyer.get("email")),
        phone=text(buyer.get("phone")),
    )


class Problems:
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
    problems = Problems()
    lines = []
    for index, line in enumerate(body.get("lines", [])):
        at = f"lines.{index}."

        def given(name: str, parse: Any, *args: Any, line: dict[str, Any] = line, at: str = at) -> str | None:
            value = line.get(name)
            return None if value is None else problems.take(parse, value, at + name, *args)

        lines.append(LineDraft(
            name=text(line.get("name")), amount=given("amount", wire.money_in),
            quantity=given("quantity", wire.number_in, "quantity"),
            unit_price=given("unit_price", wire.number_in, "unit_price"),
            rate=given("rate", wire.rate_text_in), tax_code=line.get("tax_code"), spec=text(line.get("spec")),
            unit=text(line.get("unit")), discount=given("discount", wire.discount_in)))
    buyer = buyer_from(body)
    if problems.fields and checker is not None:
        problems.take(checker.check_buyer, body["kind"], buyer)  # name the buyer's problems in the same answer
    problems.raise_if_any()
    return DraftInput(kind=body["kind"], buyer=buyer, lines=tuple(lines),
                      price_includes_tax=bool(body["price_includes_tax"]), remark=text(body.get("remark")),
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


def query_date(req: ApiRequest, name: str) -> date | None:
    return _date(req.http.query, name)


def _date(q: Any, name: str) -> date | None:
    raw = str(q.get(name, "")).strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ValidationFailed.one(name, "date_format") from None


def query_money(req: ApiRequest, name: str) -> Decimal | None:
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
