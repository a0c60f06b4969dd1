"""How few statements a one-step issue takes, and that the short paths store exactly what the
long one does: on PostgreSQL with the sandbox the whole issue is ONE statement
(core/invoicing/issue_statements.py ``_issue_in_one_statement_postgres``, the sandbox's
``IssuesInStatement``), with another platform the claimed draft is one
(``_store_claimed_draft_postgres``); on SQLite the whole issue is one transaction (the sandbox's
``IssuesInTransaction``). Both backends."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from tortoise import Tortoise

from core.audit.models import AuditEntry
from core.companies.models import Customer
from core.invoice_platform_sandbox.models import PlatformInvoice
from core.invoicing.models import IdempotencyRecord, Invoice, InvoiceEvent, InvoiceLine
from core.invoicing.views import BuyerInput, DraftInput, LineDraft, view_to_json
from tests.kit.factories import BUYER_USCC, special
from tests.kit.factories import owner as owner

#: Columns that differ between any two invoices.
OWN = {"id", "number", "verify_token", "platform_request_id", "qr_payload", "check_code", "created_at", "updated_at",
       "issued_at", "issue_date"}


def _dialect() -> str:
    return Tortoise.get_connection("default").capabilities.dialect


async def _row(model: Any, **where: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = await model.filter(**where).order_by("id").values()
    return rows


async def test_the_short_path_stores_what_the_three_steps_store(core: Any, owner: Any,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    draft = special(lines=(LineDraft(name="技术服务费", amount="1000", rate="6%"),
                           LineDraft(name="打印纸", quantity="3", unit_price="7.333", rate="13%", unit="包", spec="A4")))
    short = (await core.invoices.issue_new(draft, owner, idempotency_key="short")).invoice
    # PostgreSQL without the sandbox's offer of its booking in the statement: the claimed draft's statement.
    monkeypatch.setattr(core.invoices, "_statement_issuer", lambda: None)
    middle = (await core.invoices.issue_new(draft, owner, idempotency_key="middle")).invoice
    # The long way: no id taken beforehand (PostgreSQL), no in-transaction offer (SQLite).
    issuer = core.invoices._issuer

    async def without_id(actor: Any) -> Any:
        return (*(await issuer(actor))[:3], None)

    monkeypatch.setattr(core.invoices, "_issuer", without_id)
    monkeypatch.setattr(core.invoices, "_local_issuer", lambda: None)
    long = (await core.invoices.issue_new(draft, owner, idempotency_key="long")).invoice

    def same(rows: list[dict[str, Any]], *ignore: str) -> list[dict[str, Any]]:
        return [{k: v for k, v in row.items() if k not in OWN | set(ignore)} for row in rows]

    records = {r.key: r for r in await IdempotencyRecord.all()}
    for name, invoice in (("short", short), ("middle", middle)):
        assert same(await _row(Invoice, id=invoice.id)) == same(await _row(Invoice, id=long.id))
        assert same(await _row(InvoiceLine, invoice_id=invoice.id), "invoice_id") == \
            same(await _row(InvoiceLine, invoice_id=long.id), "invoice_id")
        assert same(await _row(InvoiceEvent, invoice_id=invoice.id), "invoice_id", "at", "detail") == \
            same(await _row(InvoiceEvent, invoice_id=long.id), "invoice_id", "at", "detail")
        assert records[name].invoice_id == invoice.id
        assert records[name].fingerprint == records["long"].fingerprint
        assert records[name].response == view_to_json(invoice)
    assert records["long"].response == view_to_json(long)
    for invoice in (short, middle, long):
        # the stored number in the ``issued`` event and audit entry, the platform's own record
        stored = await Invoice.get(id=invoice.id)
        assert stored.number == invoice.number and stored.qr_payload == invoice.qr_payload
        assert [e.detail for e in await InvoiceEvent.filter(invoice_id=invoice.id).order_by("id")] == \
            [{}, {"number": invoice.number}]
        entries = await AuditEntry.filter(target=f"invoice:{invoice.id}").order_by("id")
        assert [(e.action, e.detail) for e in entries] == \
            [("invoice.created", {}), ("invoice.issued", {"number": invoice.number})]
        booked = await PlatformInvoice.get(request_id=stored.platform_request_id)
        assert (booked.number, booked.qr_payload, booked.check_code) == \
            (stored.number, stored.qr_payload, stored.check_code)
    assert (await core.audit.verify()).ok


async def test_a_buyer_is_new_touched_or_saved(core: Any, owner: Any, clock: Any) -> None:
    other = DraftInput(kind="special", buyer=BuyerInput(name=" 武汉某某贸易有限公司 ", tax_id=BUYER_USCC.lower()),
                       lines=(LineDraft(name="技术服务费", amount="100", rate="6%"),))
    assert (await core.invoices.issue_new(other, owner)).new_buyer is True
    assert not await Customer.exists()
    assert (await core.invoices.issue_new(other, owner, save_buyer=True)).new_buyer is False
    saved = await Customer.get()
    assert (saved.name, saved.tax_id) == ("武汉某某贸易有限公司", BUYER_USCC)
    first_used = saved.last_used_at
    clock.advance(seconds=60)
    assert (await core.invoices.issue_new(other, owner)).new_buyer is False  # known: moved to the top
    assert await Customer.all().count() == 1
    assert (await Customer.get()).last_used_at > first_used


@pytest.mark.parametrize("key, statements", [(None, 2), ("k", 3)])
async def test_a_one_step_issue_on_postgresql_is_two_statements(core: Any, owner: Any, key: str | None,
                                                                statements: int) -> None:
    if _dialect() != "postgres":
        pytest.skip("PostgreSQL's statement count (SQLite: tests/integration/test_sqlite_write.py)")
    await core.invoices.issue_new(special(), owner)  # warm: the audit head exists
    sent: list[str] = []

    class Count(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            sent.append(str(record.args[0]) if isinstance(record.args, tuple) and record.args else record.getMessage())

    log = logging.getLogger("tortoise.db_client")
    handler, level = Count(logging.DEBUG), log.level
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    try:
        result = await core.invoices.issue_new(special(), owner, idempotency_key=key)
    finally:
        log.removeHandler(handler)
        log.setLevel(level)
    # the issuer (taking the invoice id), then the platform's booking and the invoice with all it
    # writes; with a key, the look-up for a replay first (the response is written with the invoice)
    assert len(sent) == statements, sent
    if key is not None:
        assert (await IdempotencyRecord.get(key=key)).response == view_to_json(result.invoice)


def test_the_fingerprints_payload_is_asdict() -> None:
    """The idempotency fingerprint hashes ``draft_payload``, which must stay ``asdict``: a
    stored key's fingerprint is compared with a replay's."""
    from dataclasses import asdict, fields

    from core.invoicing.issuing import draft_payload
    from core.invoicing.views import request_fingerprint

    draft = DraftInput(kind="special", buyer=BuyerInput(name="某某公司", tax_id=BUYER_USCC, email="a@b.cn"),
                       lines=(LineDraft(name="技术服务费", amount="1000", rate="6%", discount="10%"),
                              LineDraft(name="打印纸", quantity="3", unit_price="7.333", spec="A4", unit="包")),
                       price_includes_tax=False, remark="备注", waive_relief=True)
    assert draft_payload(draft) == asdict(draft)
    assert request_fingerprint(draft_payload(draft)) == request_fingerprint(asdict(draft))
    # every field a scalar (else the payload would share a mutable value with the draft)
    for data in (draft, draft.buyer, *draft.lines):
        for field in fields(data):
            value = getattr(data, field.name)
            assert value is None or isinstance(value, (str, bool, int)) or field.name in ("buyer", "lines")


async def test_the_replays_record_is_the_orms(core: Any, owner: Any) -> None:
    """``_replay`` reads the idempotency record by plain SQL: the same record as the ORM's."""
    from core.adapters import hot_queries
    from core.invoicing.issuing import IDEMPOTENCY_RECORD

    issued = (await core.invoices.issue_new(special(), owner, idempotency_key="same")).invoice
    orm = await IdempotencyRecord.get(key="same")
    hot = (await hot_queries.fetch_rows(IdempotencyRecord, IDEMPOTENCY_RECORD, orm.company_id, "same"))[0]
    names = IdempotencyRecord._meta.fields_map
    assert {n: getattr(hot, n) for n in names} == {n: getattr(orm, n) for n in names}
    assert hot.response["number"] == issued.number
    assert not await hot_queries.fetch_rows(IdempotencyRecord, IDEMPOTENCY_RECORD, orm.company_id, "other")
    replay = await core.invoices.issue_new(special(), owner, idempotency_key="same")
    assert replay.replayed and replay.invoice == issued


async def test_the_stored_response_is_view_to_json(core: Any, owner: Any) -> None:
    """Replays answer ``response_json``: it must stay ``view_to_json`` (lines, events, Decimals,
    dates, None), also for a view with its history."""
    from core.invoicing.issue_statements import response_json

    issued = (await core.invoices.issue_new(special(lines=(
        LineDraft(name="技术服务费", amount="1000", rate="6%"),
        LineDraft(name="打印纸", quantity="3", unit_price="7.333", rate="13%", unit="包", spec="A4"))), owner)).invoice
    with_history = await core.invoices.get(issued.id, owner)
    assert with_history.events and issued.lines
    for view in (issued, with_history):
        assert response_json(view) == view_to_json(view)


async def test_the_previews_company_row_is_the_orms(core: Any, owner: Any) -> None:
    """``drafting.company_row`` (plain SQL, each chat preview) builds the row ``Company.get`` builds."""
    from core.companies.models import Company
    from core.invoicing.drafting import company_row

    scope = await core.companies.require(owner)
    hot, orm = await company_row(scope.company_id), await Company.get(id=scope.company_id)
    assert vars(hot) == vars(orm)
    assert {k: type(v) for k, v in vars(hot).items()} == {k: type(v) for k, v in vars(orm).items()}
    from tortoise.exceptions import DoesNotExist

    with pytest.raises(DoesNotExist):
        await company_row(10**9)


async def test_the_dialogs_product_list_is_the_orms(core: Any, owner: Any) -> None:
    """``catalogue.products`` (plain SQL: every 开票 dialog starts with it) lists what the ORM's
    query lists, in its order (ties on last_used_at by id), each row built the same."""
    from datetime import UTC, datetime
    from decimal import Decimal

    from core.companies.models import Product

    scope = await core.companies.require(owner)
    at = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)
    for n, (minute, price) in enumerate([(1, "12.5"), (3, None), (1, "7"), (2, "0.333")]):
        await Product.create(company_id=scope.company_id, name=f"商品{n}", tax_code="3070401000000000000",
                             unit_price=Decimal(price) if price else None, last_used_at=at.replace(minute=minute))
    orm = await Product.filter(company_id=scope.company_id).order_by("-last_used_at", "id").limit(3)
    from core.adapters import hot_queries
    from core.companies.catalogue import PRODUCTS

    assert [vars(p) for p in await hot_queries.fetch_rows(Product, PRODUCTS, scope.company_id, 3)] == \
        [vars(p) for p in orm]
    views = await core.catalogue.products(owner, limit=3)
    assert [v.id for v in views] == [p.id for p in orm]
    assert [(v.unit_price, type(v.unit_price)) for v in views] == [(p.unit_price, type(p.unit_price)) for p in orm]


async def test_a_remembered_preview_is_the_computed_one(core: Any, owner: Any) -> None:
    """``_prepare`` remembers a draft's result per (draft, day, company settings): the same
    figures as computing it afresh, the caller's own copies, and a change of the company's
    settings (限额) or of the day is computed again."""
    from decimal import Decimal

    from core.domain.errors import ValidationFailed
    from core.invoicing import drafting
    from core.invoicing.drafting import company_row

    drafting._PREPARED.clear()
    scope = await core.companies.require(owner)
    company = await company_row(scope.company_id)
    draft = special(lines=(LineDraft(name="技术服务费", amount="1000", rate="6%"), LineDraft(name="餐费", amount="388")))
    first = core.invoices._prepare(company, draft)
    again = core.invoices._prepare(company, draft)
    assert again == first == core.invoices._compute(company, draft, core.invoices.today())
    assert again[0] is not first[0] and again[1] is not first[1]
    first[0]["buyer_name"] = "changed"
    assert core.invoices._prepare(company, draft)[0]["buyer_name"] != "changed"
    company.invoice_limit = Decimal("100")
    with pytest.raises(ValidationFailed):
        core.invoices._prepare(company, draft)


async def test_a_refused_booking_writes_nothing_and_takes_no_number(core: Any, owner: Any) -> None:
    """The 额度 refuses inside the one statement (PostgreSQL) or transaction (SQLite): no
    invoice, no platform record, no idempotency record, the refusal audited, the number unused."""
    from decimal import Decimal

    from core.port_data.invoice_platform import PlatformRejected

    await core.platform.set_credit("91110000600037341L", Decimal("1500.00"))
    first = (await core.invoices.issue_new(special(), owner)).invoice
    with pytest.raises(PlatformRejected) as refused:
        await core.invoices.issue_new(special(), owner, idempotency_key="refused")
    assert refused.value.provider_code == "credit_exceeded" and refused.value.params["remaining"] == "500.00"
    assert await Invoice.all().count() == 1 and await PlatformInvoice.all().count() == 1
    assert not await IdempotencyRecord.exists()
    assert (await AuditEntry.all().order_by("-id").first()).action == "invoice.platform_refused"  # type: ignore[union-attr]
    await core.platform.set_credit("91110000600037341L", Decimal("5000.00"))
    second = (await core.invoices.issue_new(special(), owner)).invoice
    assert int(second.number) == int(first.number) + 1
    assert (await core.audit.verify()).ok
