"""core/adapters/hot_writes.py writes what the ORM's ``save()`` writes: the same row, read
back the same, for the column types issuing's hot writes use (text, Decimal, datetime, date,
JSON, bool, nullable ints). Both backends."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from tortoise import Tortoise
from tortoise.transactions import in_transaction

from core.adapters import hot_writes
from core.audit.models import AuditEntry
from core.invoice_platform_sandbox.models import PlatformCreditUsed, PlatformInvoice


def _invoice(request_id: str) -> PlatformInvoice:
    return PlatformInvoice(
        number=f"2644000000000000000{request_id[-1]}", request_id=request_id, seller_tax_id="91110000600037341L",
        seller_name="北京某某科技有限公司", buyer_tax_id="", buyer_name="个人", kind="normal",
        issued_at=datetime(2026, 12, 6, 12, 30, 1, 123456, tzinfo=UTC), month="2026-12",
        total_amount=Decimal("1000.10"), total_tax=Decimal("60.01"), total=Decimal("1060.11"), qr_payload="01,32,",
        check_code="AB12", is_red=False, blue_number=None, confirmation_no=None, status="normal",
        lines=[{"name": "技术服务费", "amount": "1000.10"}])


async def _values(model: Any, **where: Any) -> dict[str, Any]:
    rows: list[dict[str, Any]] = await model.filter(**where).values()
    row = rows[0]
    row.pop("id")
    return row


async def test_an_insert_reads_back_as_the_orms(database: str) -> None:
    conn = Tortoise.get_connection("default")
    hot = _invoice("hot-1")
    async with in_transaction("default") as tx:
        await hot_writes.insert(tx, hot)
    assert hot.id is not None and hot._saved_in_db
    await _invoice("orm-2").save(using_db=conn)
    assert {**await _values(PlatformInvoice, request_id="hot-1"), "request_id": "", "number": ""} == \
        {**await _values(PlatformInvoice, request_id="orm-2"), "request_id": "", "number": ""}
    assert (await PlatformInvoice.get(id=hot.id)).issued_at == hot.issued_at

    await hot_writes.insert(conn, PlatformCreditUsed(tax_id="a", month="2026-12", used=Decimal("12.30")))
    await PlatformCreditUsed.create(tax_id="b", month="2026-12", used=Decimal("12.30"))
    assert {**await _values(PlatformCreditUsed, tax_id="a"), "tax_id": ""} == \
        {**await _values(PlatformCreditUsed, tax_id="b"), "tax_id": ""}


async def test_insert_many_reads_back_as_bulk_create(database: str) -> None:
    at = datetime(2026, 12, 6, 1, 2, 3, tzinfo=UTC)

    def entries(channel: str) -> list[AuditEntry]:
        return [AuditEntry(at=at, actor_id=None, company_id=7, channel=channel, action="x.y", target=f"t:{n}",
                           detail={"n": n, "when": date(2026, 12, 6).isoformat()}) for n in range(3)]

    async with in_transaction("default") as tx:
        await hot_writes.insert_many(tx, entries("hot"))
    await AuditEntry.bulk_create(entries("orm"))
    hot = await AuditEntry.filter(channel="hot").order_by("id").values()
    orm = await AuditEntry.filter(channel="orm").order_by("id").values()
    strip = ("id", "channel")
    assert [{k: v for k, v in r.items() if k not in strip} for r in hot] == \
        [{k: v for k, v in r.items() if k not in strip} for r in orm]


def test_build_is_the_models_constructor() -> None:
    """``hot_writes.build(M, values)`` gives the instance ``M(**values)`` gives: every attribute
    (defaults, conversions such as Decimal places and time zones), for the rows issuing builds."""
    from core.companies.models import Customer
    from core.invoicing.models import IdempotencyRecord, Invoice, InvoiceEvent, InvoiceLine

    at = datetime(2026, 12, 6, 12, 30, 1, 123456, tzinfo=UTC)
    cases: list[tuple[Any, dict[str, Any]]] = [
        (Invoice, {"company_id": 1, "kind": "special", "status": "issuing", "platform_request_id": "r",
                   "price_includes_tax": True, "seller_name": "某公司", "seller_tax_id": "91110000600037341L",
                   "seller_address_phone": "", "seller_bank_account": "", "total_amount": Decimal("100.1"),
                   "total_tax": Decimal("6"), "total": Decimal("106.10"), "issuer_name": "王", "created_by_id": 3,
                   "reissued_from_id": None, "created_at": at, "updated_at": at, "buyer_name": "买方",
                   "buyer_tax_id": "", "buyer_is_person": False, "remark": "", "id": 17}),
        (Invoice, {"company_id": 1, "kind": "normal", "status": "draft", "seller_name": "某公司",
                   "seller_tax_id": "x", "total_amount": Decimal("1"), "total_tax": Decimal("0"),
                   "total": Decimal("1"), "created_by_id": 3, "created_at": at, "updated_at": at, "buyer_name": "买方"}),
        (InvoiceLine, {"invoice_id": 17, "position": 1, "name": "打印纸", "printed_name": "*纸*打印纸",
                       "tax_code": "1", "spec": "A4", "unit": "包", "quantity": Decimal("3"),
                       "unit_price": Decimal("7.333"), "amount": Decimal("22"), "rate_code": "13", "tax": Decimal("2.53"),
                       "original_position": None}),
        (InvoiceLine, {"invoice_id": 17, "position": 2, "name": "服务", "printed_name": "*服务*服务", "tax_code": "1",
                       "spec": "", "unit": "", "quantity": None, "unit_price": None, "amount": Decimal("-1.5"),
                       "rate_code": "6", "tax": Decimal("0"), "original_position": 1}),
        (InvoiceEvent, {"invoice_id": 17, "at": at, "actor_id": None, "channel": "api", "action": "created",
                        "detail": {}}),
        (IdempotencyRecord, {"company_id": 1, "key": "k", "fingerprint": "f", "invoice_id": 17, "response": {},
                             "created_at": at}),
        (Customer, {"company_id": 1, "name": "买方", "tax_id": "", "address_phone": "", "bank_account": "",
                    "is_person": True, "email": "", "last_used_at": at}),
        (PlatformCreditUsed, {"tax_id": "a", "month": "2026-12", "used": Decimal("12.3")}),
        (PlatformInvoice, {"number": "26440000000000000001", "request_id": "r", "seller_tax_id": "91110000600037341L",
                           "seller_name": "某公司", "buyer_tax_id": "", "buyer_name": "个人", "kind": "normal",
                           "issued_at": at, "month": "2026-12", "total_amount": Decimal("1000.1"),
                           "total_tax": Decimal("60.01"), "total": Decimal("1060.11"), "qr_payload": "01,32,",
                           "check_code": "AB12", "is_red": False, "blue_number": None, "confirmation_no": None,
                           "status": "normal", "lines": [{"name": "技术服务费", "amount": "1000.10"}]}),
        (AuditEntry, {"at": at, "actor_id": 3, "company_id": 1, "channel": "wechat", "action": "invoice.issued",
                      "target": "invoice:17", "detail": {"number": "1"}, "seq": 5, "prev_hash": "a" * 64,
                      "hash": "b" * 64}),
    ]
    for model, values in cases:
        built, orm = hot_writes.build(model, values), model(**values)
        assert type(built) is model
        assert vars(built) == vars(orm), model
        assert {k: type(v) for k, v in vars(built).items()} == {k: type(v) for k, v in vars(orm).items()}
    # mutable defaults are the instance's own
    one, two = (hot_writes.build(InvoiceEvent, {"invoice_id": 1, "at": at, "channel": "api", "action": "x"})
                for _ in range(2))
    assert one.detail == {} and one.detail is not two.detail


async def test_the_fast_conversions_are_to_db_value(database: str) -> None:
    """``_values``' fast path gives each column what its field's ``to_db_value`` gives, and a
    value a validator refuses is refused as ``to_db_value`` refuses it."""
    from tortoise.exceptions import ValidationError

    from core.invoicing.models import Invoice, InvoiceEvent, InvoiceLine

    at = datetime(2026, 12, 6, 12, 30, 1, 123456, tzinfo=UTC)
    rows: list[Any] = [
        _invoice("r-1"),
        AuditEntry(at=at, actor_id=3, company_id=1, channel="wechat", action="a.b", target="t", detail={"n": 1},
                   seq=5, prev_hash="a" * 64, hash="b" * 64),
        PlatformCreditUsed(tax_id="a", month="2026-12", used=Decimal("12.30")),
        hot_writes.build(Invoice, {"company_id": 1, "kind": "normal", "status": "issued", "seller_name": "某公司",
                                   "seller_tax_id": "x", "total_amount": Decimal("1"), "total_tax": Decimal("0"),
                                   "total": Decimal("1"), "created_by_id": 3, "created_at": at, "updated_at": at,
                                   "buyer_name": "买方", "number": "1", "issue_date": date(2026, 12, 6),
                                   "issued_at": at, "buyer_is_person": True}),
        hot_writes.build(InvoiceLine, {"invoice_id": 17, "position": 1, "name": "打印纸", "printed_name": "*纸*打印纸",
                                       "tax_code": "1", "spec": "", "unit": "", "quantity": None, "unit_price": None,
                                       "amount": Decimal("22"), "rate_code": "13", "tax": Decimal("2.53")}),
        hot_writes.build(InvoiceEvent, {"invoice_id": 17, "at": at, "actor_id": None, "channel": "api",
                                        "action": "created", "detail": {}}),
        AuditEntry(at=datetime(2026, 12, 6), actor_id=True, company_id=None, channel="api", action="x"),  # naive, a bool
    ]
    conn = Tortoise.get_connection("default")
    for row in rows:
        _, columns = hot_writes._plan(conn, type(row))
        fields = type(row)._meta.fields_map
        assert hot_writes._values(row, columns) == [fields[name].to_db_value(getattr(row, name), row)
                                                   for name, *_ in columns], type(row)
    too_long = AuditEntry(at=at, channel="wechat-too-long", action="x")
    _, columns = hot_writes._plan(conn, AuditEntry)
    with pytest.raises(ValidationError) as fast:
        hot_writes._values(too_long, columns)
    with pytest.raises(ValidationError) as slow:
        AuditEntry._meta.fields_map["channel"].to_db_value(too_long.channel, too_long)
    assert str(fast.value) == str(slow.value)
