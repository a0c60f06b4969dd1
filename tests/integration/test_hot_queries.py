"""core/adapters/hot_queries.py: the raw SQL of the chat path gives what the ORM query it
replaces gives, on the backend of the run (SQLite, or PostgreSQL with
FAPIAO_TEST_DATABASE_URL); the embedded default's reads outside transactions go to the
read connection, inside a transaction to the transaction; the company scope is resolved
once per message and forgotten when it changes."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from tortoise import connections
from tortoise.exceptions import OperationalError
from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from core.accounts.models import Account, WeChatBinding
from core.adapters import hot_queries
from core.clock import CHINA
from core.companies.models import Customer, Membership
from core.companies.views import CompanyInput
from core.domain.actor import Actor
from core.domain.errors import NoCurrentCompany, NotAuthenticated, NotFound
from core.domain.roles import Role
from core.invoicing import hot_reads
from core.invoicing.models import Invoice, InvoiceEvent, InvoiceLine
from core.invoicing.views import (
    BuyerInput,
    DraftInput,
    InvoiceFilter,
    InvoiceView,
    LineDraft,
    RedLineRequest,
    to_view,
)
from templates import texts
from tests.kit.counting import count_scope_lookups
from tests.kit.factories import OTHER_USCC, USCC, add_member, authorise_companies, make_user, special

ROOT = Path(__file__).resolve().parents[2]


async def orm_membership(account_id: int) -> tuple[int, str] | None:
    """The ORM query hot_queries.current_membership replaces (CompanyService.require before)."""
    rows = await Membership.filter(
        account_id=account_id,
        company_id=Subquery(Account.filter(id=account_id).values("current_company_id")),
    ).values_list("company_id", "role")
    return (int(rows[0][0]), str(rows[0][1])) if rows else None


async def orm_binding(app: str, openid: str) -> int | None:
    binding = await WeChatBinding.get_or_none(app=app, openid=openid)
    return binding.account_id if binding else None


async def test_current_membership_matches_the_orm_query_through_every_change(core, sms, clock) -> None:
    owner = await make_user(core, sms, clock, "13800138000", "王老板")
    user = await make_user(core, sms, clock, "13900139000", "李会计")
    stranger = 999_999
    for account_id in (owner.account_id, user.account_id, stranger):  # no current company yet
        assert account_id is not None
        assert await hot_queries.current_membership(account_id) is None
        assert await orm_membership(account_id) is None

    first = await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id=USCC), owner)
    await add_member(core, owner, user, Role.ACCOUNTANT)
    second = await core.companies.create(CompanyInput(name="武汉江城商贸有限公司", tax_id=OTHER_USCC), owner)
    states = []
    for account_id in (owner.account_id, user.account_id):
        assert account_id is not None
        raw = await hot_queries.current_membership(account_id)
        assert raw == await orm_membership(account_id)
        states.append(raw)
    assert states == [(second.id, "owner"), (first.id, "accountant")]

    await core.companies.switch(first.id, owner)
    await core.members.change_role(owner, user.account_id or 0, "admin")
    assert await hot_queries.current_membership(owner.account_id or 0) == (first.id, "owner") \
        == await orm_membership(owner.account_id or 0)
    assert await hot_queries.current_membership(user.account_id or 0) == (first.id, "admin") \
        == await orm_membership(user.account_id or 0)
    await core.members.remove(owner, user.account_id or 0)  # the current company is no longer theirs
    assert await hot_queries.current_membership(user.account_id or 0) is None
    assert await orm_membership(user.account_id or 0) is None


async def test_binding_account_matches_the_orm_query(core, sms, clock) -> None:
    owner = await make_user(core, sms, clock, "13800138000", "王老板")
    assert owner.account_id is not None
    await core.accounts.bind(owner.account_id, "mp", "o-bound-user", Actor(channel="bot", openid="o-bound-user"))
    for app, openid in (("mp", "o-bound-user"), ("miniapp", "o-bound-user"), ("mp", "o-nobody"), ("mp", "")):
        assert await hot_queries.binding_account(app, openid) == await orm_binding(app, openid)
    assert await hot_queries.binding_account("mp", "o-bound-user") == owner.account_id


def test_one_statement_renders_for_both_dialects() -> None:
    sql = hot_queries.Sql("SELECT a FROM t WHERE b = {} AND c = {}  OR d = {}")
    assert sql.render("sqlite") == "SELECT a FROM t WHERE b = ? AND c = ? OR d = ?"
    assert sql.render("postgres") == "SELECT a FROM t WHERE b = $1 AND c = $2 OR d = $3"


async def test_reads_outside_a_transaction_use_the_read_connection_inside_the_transaction(core, sms, clock,
                                                                                         database) -> None:
    """Both backends: a SQLite file's read-only connection, PostgreSQL's connections apart from the pool."""
    owner = await make_user(core, sms, clock, "13800138000", "王老板")
    assert owner.account_id is not None
    read = connections.get(hot_queries.READ_CONNECTION)
    dialect = read.capabilities.dialect
    assert hot_queries.read_connection_name() == hot_queries.READ_CONNECTION
    assert hot_queries.read_connection() is read
    name_of = hot_queries.Sql("SELECT display_name FROM account WHERE id = {}")
    async with in_transaction("default") as tx:
        assert hot_queries.read_connection_name() is None and hot_queries.read_connection() is tx
        await Account.filter(id=owner.account_id).using_db(tx).update(display_name="改名中")
        # Inside: the transaction's own (uncommitted) row, through the ORM and the raw path alike.
        assert (await Account.get(id=owner.account_id)).display_name == "改名中"
        rows = await hot_queries.fetch(name_of, owner.account_id)
        assert rows[0][0] == "改名中"
        # Outside (the read connection): the last committed row, without waiting for the writer.
        _, outside = await read.execute_query(name_of.render(dialect), [owner.account_id])
        assert outside[0][0] == "王老板"
    assert (await Account.get(id=owner.account_id)).display_name == "改名中"  # committed: visible to reads
    assert (await hot_queries.fetch(name_of, owner.account_id))[0][0] == "改名中"
    if dialect == "sqlite":  # the embedded default's read connection is read-only (query_only)
        with pytest.raises(Exception, match=r"readonly|read-only|query_only"):
            await read.execute_query("UPDATE account SET display_name = 'x' WHERE id = ?", [owner.account_id])
    # hot_queries.fetch goes to the read client's own fetch (not execute_query): the same rows, and
    # a failing statement raises tortoise's error, as execute_query's translation raised it.
    assert [tuple(row) for row in await hot_queries.fetch(name_of, owner.account_id)] == \
        [tuple(row) for row in (await read.execute_query(name_of.render(dialect), [owner.account_id]))[1]]
    with pytest.raises(OperationalError):
        await hot_queries.fetch(hot_queries.Sql("SELECT no_such_column FROM account WHERE id = {}"), owner.account_id)
    with pytest.raises(OperationalError):
        await read.execute_query("SELECT no_such_column FROM account WHERE id = 1", [])


async def test_the_scope_is_resolved_once_per_message_and_forgotten_when_it_changes(core, sms, clock,
                                                                                    monkeypatch) -> None:
    owner = await make_user(core, sms, clock, "13800138000", "王老板")
    calls = count_scope_lookups(monkeypatch)
    message = Actor(channel="bot", account_id=owner.account_id, memo={})
    with pytest.raises(NoCurrentCompany):
        await core.companies.require(message)
    first = await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id=USCC), message)
    calls.clear()
    for _ in range(3):
        assert (await core.companies.require(message)).company_id == first.id
    assert len(calls) == 1  # one query for the three checks of the message
    second = await core.companies.create(CompanyInput(name="武汉江城商贸有限公司", tax_id=OTHER_USCC), message)
    assert (await core.companies.require(message)).company_id == second.id  # not the cached first
    await core.companies.switch(first.id, message)
    assert (await core.companies.require(message)).company_id == first.id
    calls.clear()
    plain = Actor(channel="api", account_id=owner.account_id)  # no memo: every check asks
    await core.companies.require(plain)
    await core.companies.require(plain)
    assert len(calls) == 2


def test_every_transaction_names_its_connection() -> None:
    """On the embedded default tortoise has two connections (write and read), and an unnamed
    ``in_transaction()`` refuses to guess: every call must say ``in_transaction("default")``."""
    unnamed = re.compile(r"(?<!`)in_transaction\(\s*\)")  # code, not ``in_transaction()`` in a docstring
    offenders = [f"{path.relative_to(ROOT)}:{number}"
                 for folder in ("core", "bot", "miniapp_api", "fapiao", "h5", "http_shared", "tests", "bench", "scripts")
                 for path in (ROOT / folder).rglob("*.py")
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if unnamed.search(line)]
    assert offenders == [], "use in_transaction(\"default\"): " + ", ".join(offenders)


def _fields(row: Any) -> dict[str, Any]:
    """A row's column values (what a view is built from)."""
    return {name: getattr(row, name) for name in row._meta.db_fields}


async def orm_view(invoice_id: int, with_history: bool = False) -> InvoiceView:
    """An invoice's view as the ORM built it before hot_reads: whole model rows, then to_view."""
    invoice = await Invoice.get(id=invoice_id)
    lines = await InvoiceLine.filter(invoice_id=invoice_id).order_by("position")
    events = await InvoiceEvent.filter(invoice_id=invoice_id).order_by("id") if with_history else []
    return to_view(invoice, lines, events)


def same(hot: Any, orm: Any) -> bool:
    """Equal, and alike in every value's type and spelling: the reprs (Decimal('83.77') is not
    Decimal('83.770') nor '83.77', True is not 1, and a datetime shows its zone)."""
    return bool(hot == orm and repr(hot) == repr(orm))


async def test_invoice_reads_match_the_orm_queries(core, sms, clock) -> None:
    """最近发票, 查询 and the detail build their views straight from the columns they select
    (core/invoicing/hot_reads.py): the same views, value for value and type for type (Decimals
    with their places, dates, booleans, the history's datetimes and JSON), in the same order, as
    the ORM's whole rows gave through to_view: every kind of invoice the views show (issued 专票 and
    普票, quantities and unit prices, a person buyer, a red invoice, a draft without number or date,
    prices excluding tax)."""
    owner = await make_user(core, sms, clock, "13800138000", "王老板")
    await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id=USCC, taxpayer_kind="general"), owner)
    await authorise_companies()
    issued = []
    for amount in ("1000", "88.80", "12345.67"):
        issued.append((await core.invoices.issue_new(special(amount=amount), owner)).invoice)
        clock.advance(days=40)
    issued.append((await core.invoices.issue_new(DraftInput(
        kind="normal", buyer=BuyerInput(name="张三", is_person=True),
        lines=(LineDraft(name="餐费", amount="300", rate="6%"), LineDraft(name="咨询费", amount="200", rate="6%"),
               LineDraft(name="打印纸", quantity="3.5", unit_price="12.345678", rate="13%", spec="A4", unit="包")),
        remark="备注：月结"), owner)).invoice)
    red = await core.invoices.red_letter(issued[3].id, "return", owner,
                                         [RedLineRequest(position=2, amount="50")])
    assert red.is_red and red.original_id == issued[3].id
    draft = await core.invoices.create_draft(DraftInput(
        kind="normal", buyer=BuyerInput(name="李四", is_person=True), price_includes_tax=False,
        lines=(LineDraft(name="维修费", quantity="2", unit_price="99.9", rate="13%"),)), owner)
    assert draft.number is None and draft.issue_date is None
    scope = await core.companies.require(owner)
    company_id = scope.company_id
    every = [*issued, red, draft]
    dates = sorted({v.issue_date for v in every if v.issue_date})
    shapes: list[dict[str, Any]] = [
        {}, {"limit": 2}, {"limit": 6}, {"limit": 7}, {"descending": False}, {"number": issued[1].number or ""},
        {"date_from": dates[0], "date_to": dates[1], "by_date": True},
        {"date_from": dates[1], "by_date": True, "descending": False}, {"date_to": dates[0], "by_date": True},
        {"status": "issued"}, {"status": "draft"}, {"kind": "normal"}, {"kind": "special", "status": "issued", "limit": 1},
        {"number": "00000000000000000000"},
    ]
    for shape in shapes:
        limit = shape.pop("limit", 10)
        by_date = shape.get("by_date", False)
        descending = shape.get("descending", True)
        query = Invoice.filter(company_id=company_id)
        for name, lookup in (("number", "number"), ("date_from", "issue_date__gte"), ("date_to", "issue_date__lte"),
                             ("status", "status"), ("kind", "kind")):
            if shape.get(name):
                query = query.filter(**{lookup: shape[name]})
        sign = "-" if descending else ""
        orm = await query.order_by(*((f"{sign}issue_date", f"{sign}id") if by_date else (f"{sign}id",))).limit(limit + 1)
        views, more = await hot_reads.page_views(company_id, limit=limit, **shape)
        assert more == (len(orm) > limit), shape
        assert same(views, [await orm_view(r.id) for r in orm[:limit]]), shape
        # The chat's lists show no lines: the same views without them, from the page alone.
        assert same(await hot_reads.page_views(company_id, limit=limit, with_lines=False, **shape),
                    ([replace(v, lines=()) for v in views], more)), shape
    views, more = await hot_reads.page_views(company_id, limit=10)
    assert [v.id for v in views] == [v.id for v in reversed(every)] and not more

    ids = [v.id for v in every]
    lines = await hot_reads.line_views(ids)
    assert sorted(lines) == sorted(ids) and await hot_reads.line_views([]) == {}
    for view in every:
        expected = await orm_view(view.id, with_history=True)
        assert len(expected.events) >= 1 and same(lines[view.id], expected.lines)
        assert same(await hot_reads.event_views(view.id), expected.events)
        assert same(await hot_reads.view_by_id(view.id, with_history=True), expected)
        assert same(await hot_reads.view_by_id(view.id, company_id, with_history=True), expected)
        assert same(await hot_reads.view_by_id(view.id), await orm_view(view.id))
        if view.number:
            assert same(await hot_reads.view_by_number(company_id, view.number, with_history=True), expected)
            assert same(await core.invoices.get_by_number(view.number, owner), expected)
            # The chat's 查询 <号码> reads no history: the same view without events, the same detail text.
            bare_view = await core.invoices.get_by_number(view.number, owner, with_history=False)
            assert same(bare_view, replace(expected, events=()))
            assert texts().render("bot.query.detail", view=bare_view, url="u") == \
                texts().render("bot.query.detail", view=expected, url="u")
        assert same(await core.invoices.get(view.id, owner), expected)
    assert any(line.quantity is not None for line in lines[issued[3].id])
    assert any(line.original_position is not None for line in lines[red.id])
    assert await hot_reads.view_by_id(issued[0].id, company_id + 1) is None
    assert await hot_reads.view_by_id(10**9) is None
    assert await hot_reads.view_by_number(company_id + 1, issued[0].number or "") is None
    # 开票's buyer suggestions: saved customers first, then the buyers of recent invoices.
    for limit in (1, 2, 3, 5, 10):
        expected_buyers: list[BuyerInput] = []
        seen: set[tuple[str, str]] = set()
        for customer in await Customer.filter(company_id=company_id).order_by("-last_used_at").limit(limit):
            seen.add((customer.name, customer.tax_id))
            expected_buyers.append(BuyerInput(customer.name, customer.tax_id, customer.address_phone,
                                              customer.bank_account, customer.is_person, customer.email))
        for invoice in await Invoice.filter(company_id=company_id, is_red=False).order_by("-id").limit(50):
            if (invoice.buyer_name, invoice.buyer_tax_id) not in seen and len(expected_buyers) < limit:
                seen.add((invoice.buyer_name, invoice.buyer_tax_id))
                expected_buyers.append(BuyerInput(invoice.buyer_name, invoice.buyer_tax_id,
                                                  invoice.buyer_address_phone, invoice.buyer_bank_account,
                                                  invoice.buyer_is_person))
        assert await core.invoices.recent_buyers(owner, limit) == expected_buyers, limit
    await Customer.filter(company_id=company_id).delete()  # no saved buyer: all from the invoices
    assert [b.name for b in await core.invoices.recent_buyers(owner, 5)] == ["李四", "张三", "深圳某某科技有限公司"]
    # And through the service, on both of its paths (the hot page; the ORM's for a cursor, a buyer's
    # name or a part of a number): pages of the same views as the ORM rows give, the same cursors.
    page = await core.invoices.search(InvoiceFilter(limit=2), owner)
    assert [v.id for v in page.items] == [draft.id, red.id] and page.next_cursor
    assert same(list(page.items), [await orm_view(draft.id), await orm_view(red.id)])
    rest = await core.invoices.search(InvoiceFilter(limit=3, cursor=page.next_cursor), owner)
    assert same(list(rest.items), [await orm_view(i) for i in (issued[3].id, issued[2].id, issued[1].id)])
    last = await core.invoices.search(InvoiceFilter(limit=3, cursor=rest.next_cursor or ""), owner)
    assert same(list(last.items), [await orm_view(issued[0].id)]) and last.next_cursor is None
    by_buyer = await core.invoices.search(InvoiceFilter(buyer="张三"), owner)
    assert same(list(by_buyer.items), [await orm_view(red.id), await orm_view(issued[3].id)])
    for filters in (InvoiceFilter(buyer="张三"), InvoiceFilter(limit=2), InvoiceFilter(limit=3, cursor=page.next_cursor)):
        full = await core.invoices.search(filters, owner)
        assert same(await core.invoices.search(filters, owner, with_lines=False),
                    replace(full, items=tuple(replace(v, lines=()) for v in full.items)))
    month = await core.invoices.search(InvoiceFilter(date_from=dates[0], date_to=dates[-1], limit=2), owner)
    orm_month = await Invoice.filter(company_id=company_id, issue_date__gte=dates[0], issue_date__lte=dates[-1]) \
        .order_by("-issue_date", "-id").limit(2)
    assert same(list(month.items), [await orm_view(r.id) for r in orm_month]) and month.next_cursor
    assert (await core.invoices.get_by_number(issued[0].number or "", owner)) == \
        await core.invoices.get(issued[0].id, owner)
    numbers = [v.number or "" for v in every if v.number]
    unique = next(v for v in every if v.number and sum(n.endswith(v.number[-4:]) for n in numbers) == 1)
    assert same(await core.invoices.get_by_number((unique.number or "")[-4:], owner),
                await orm_view(unique.id, with_history=True))  # the last digits: the ORM's one match
    assert same(await core.invoices.get_by_number((unique.number or "")[-4:], owner, with_history=False),
                await orm_view(unique.id))
    with pytest.raises(NotFound):
        await core.invoices.get(10**9, owner)
    with pytest.raises(NotFound):
        await core.invoices.get_by_number("00000000000000000000", owner)
    # An invoice without lines (the join's NULL side): its view has none, and the page goes on.
    bare = await Invoice.create(company_id=company_id, kind="normal", status="draft", buyer_name="王五",
                                seller_name="武汉光谷软件有限公司", seller_tax_id=USCC, total_amount=Decimal("0"),
                                total_tax=Decimal("0"), total=Decimal("0"), created_by_id=owner.account_id or 0,
                                created_at=clock.now(), updated_at=clock.now())
    views, more = await hot_reads.page_views(company_id, limit=3)
    assert [v.id for v in views] == [bare.id, draft.id, red.id] and more and views[0].lines == ()
    assert same(views, [await orm_view(i) for i in (bare.id, draft.id, red.id)])
    assert same(await hot_reads.view_by_id(bare.id, company_id, with_history=True),
                await orm_view(bare.id, with_history=True))


async def test_the_reads_with_the_scope_give_the_scope_and_the_reads_without_it(core, sms, clock,
                                                                               monkeypatch) -> None:
    """最近发票 and 查询 read the company scope in the statement of their rows when the message has
    not read it yet (hot_reads' ``*_scoped``, Tenancy.unresolved): the membership
    hot_queries.current_membership gives and the views the unscoped reads give, in every state of
    the membership (none, a company, switched, removed); and the service refuses as before."""
    owner = await make_user(core, sms, clock, "13800138000", "王老板")
    user = await make_user(core, sms, clock, "13900139000", "李会计")
    stranger = 10**9
    for account_id in (owner.account_id or 0, stranger):  # no membership: no row, nothing shown
        assert await hot_reads.page_views_scoped(account_id, limit=10) == (None, [], False)
        assert await hot_reads.page_views_scoped(account_id, limit=10, with_lines=False) == (None, [], False)
        assert await hot_reads.view_by_number_scoped(account_id, "00000000000000000000") == (None, None)
    with pytest.raises(NoCurrentCompany):
        await core.invoices.search(InvoiceFilter(), owner)
    with pytest.raises(NotAuthenticated):
        await core.invoices.search(InvoiceFilter(), Actor(channel="api", account_id=stranger))
    with pytest.raises(NotAuthenticated):
        await core.invoices.get_by_number("00000000000000000000", Actor(channel="api", account_id=stranger))
    first = await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id=USCC,
                                                     taxpayer_kind="general"), owner)
    await add_member(core, owner, user, Role.ACCOUNTANT)
    await authorise_companies()
    empty = await core.companies.create(CompanyInput(name="武汉江城商贸有限公司", tax_id=OTHER_USCC), owner)
    # A company without invoices: the membership, and no views (the one row of NULL heads dropped).
    assert await hot_reads.page_views_scoped(owner.account_id or 0, limit=10) == ((empty.id, "owner"), [], False)
    await core.companies.switch(first.id, owner)
    for amount in ("1000", "88.80", "12345.67"):
        await core.invoices.issue_new(special(amount=amount), owner)
        clock.advance(days=40)
    views, _ = await hot_reads.page_views(first.id, limit=10)
    dates = sorted({v.issue_date for v in views if v.issue_date})
    shapes: list[dict[str, Any]] = [
        {}, {"limit": 1}, {"limit": 3}, {"descending": False}, {"number": views[1].number or ""},
        {"date_from": dates[0], "date_to": dates[1], "by_date": True}, {"status": "draft"},
        {"kind": "special", "status": "issued", "limit": 1}, {"number": "00000000000000000000"},
    ]
    for account_id in (owner.account_id or 0, user.account_id or 0):
        membership = await hot_queries.current_membership(account_id)
        assert membership is not None and membership[0] == first.id
        for shape in shapes:
            limit = shape.get("limit", 10)
            rest = {k: v for k, v in shape.items() if k != "limit"}
            for with_lines in (True, False):
                plain = await hot_reads.page_views(first.id, limit=limit, with_lines=with_lines, **rest)
                assert same(await hot_reads.page_views_scoped(account_id, limit=limit, with_lines=with_lines,
                                                              **rest), (membership, *plain)), shape
        for view in views:
            expected = await hot_reads.view_by_number(first.id, view.number or "", with_history=True)
            assert expected is not None
            assert same(await hot_reads.view_by_number_scoped(account_id, view.number or "", with_history=True),
                        (membership, expected))
        assert await hot_reads.view_by_number_scoped(account_id, "00000000000000000000") == (membership, None)
    # Through the service: a message reads the scope once (with the page), then from its memo.
    calls = count_scope_lookups(monkeypatch)
    message = Actor(channel="bot", account_id=owner.account_id, memo={})
    page = await core.invoices.search(InvoiceFilter(limit=2), message)
    assert same(list(page.items), (await hot_reads.page_views(first.id, limit=2))[0])
    assert same(await core.invoices.get_by_number(views[0].number or "", message),
                await hot_reads.view_by_number(first.id, views[0].number or "", with_history=True))
    assert same(await core.invoices.search(InvoiceFilter(limit=2), message), page)
    assert calls == [owner.account_id]
    # Removed from the company: refused as before (the rows the statement read are not shown).
    await core.members.remove(owner, user.account_id or 0)
    assert await hot_reads.page_views_scoped(user.account_id or 0, limit=10) == (None, [], False)
    with pytest.raises(NoCurrentCompany):
        await core.invoices.search(InvoiceFilter(), user)
    with pytest.raises(NoCurrentCompany):
        await core.invoices.get_by_number(views[0].number or "", user)


async def test_the_conversions_per_dialect_are_tortoises(database) -> None:
    """hot_queries.Conversions turns each dialect's raw value into what the model field gives
    (tortoise's ``to_python_value`` where it calls it; asyncpg's own value where tortoise passes
    it through as native): SQLite's text in the spellings tortoise writes and others, asyncpg's
    objects. Run after init_db (the datetimes' zone is tortoise's setting)."""
    invoice, line, event = Invoice._meta.fields_map, InvoiceLine._meta.fields_map, InvoiceEvent._meta.fields_map
    sqlite, postgres = hot_queries.CONVERSIONS["sqlite"], hot_queries.CONVERSIONS["postgres"]
    assert (invoice["total"].decimal_places, line["amount"].decimal_places, line["quantity"].decimal_places) == (2, 2, 8)
    for raw in ("83.77", "0", "-5.03", "12345678901234.56", "3.5", "1.005", "1E+2", "-0.00", 7, "88.80"):
        assert same(sqlite.cents(raw), invoice["total"].to_python_value(raw)), raw
        assert same(sqlite.decimal8(raw), line["quantity"].to_python_value(raw)), raw
    assert sqlite.decimal8(None) is None and line["quantity"].to_python_value(None) is None
    for raw_day in ("2026-11-27", "2026-01-01", "2026-11-27 00:00:00", "2026-11-27T08:00:00+08:00", None):
        assert same(sqlite.day(raw_day), invoice["issue_date"].to_python_value(raw_day)), raw_day
    for flag in (0, 1):
        assert same(sqlite.flag(flag), bool(flag))  # BooleanField on SQLite: bool(the stored integer)
    for raw_at in ("2026-11-27 09:01:01+00:00", "2026-11-27 09:01:01.123456+00:00", "2026-11-27T17:01:01+08:00",
                   "2026-11-27 09:01:01", "2026-11-27T09:01:01.5Z", "20261127T090101Z"):
        assert same(sqlite.moment(event["at"], raw_at), event["at"].to_python_value(raw_at)), raw_at
    # asyncpg: Decimal, date and bool are tortoise's "native" types there (no conversion at all).
    for value in (Decimal("83.77"), Decimal("3.00000000"), date(2026, 11, 27), True, False, None):
        assert postgres.cents(value) is value and postgres.decimal8(value) is value
        assert postgres.day(value) is value and postgres.flag(value) is value
    aware = datetime(2026, 11, 27, 9, 1, 1, 123456, tzinfo=UTC)
    assert same(postgres.moment(event["at"], aware), event["at"].to_python_value(aware))
    assert same(postgres.moment(event["at"], aware.astimezone(CHINA)), event["at"].to_python_value(aware))


async def test_the_chats_inbox_read_matches_the_orm_queries(core, clock) -> None:
    """Inbox.latest (消息: one plain statement) gives what Inbox.list and Inbox.unread_count give."""
    from datetime import timedelta

    from core.notifications.models import InboxMessage

    inbox = core.inbox
    mine, other, empty = 41, 42, 43
    for n in range(7):
        await InboxMessage.create(account_id=mine if n != 3 else other, company_id=None if n % 2 else 5,
                                  event_id=f"evt-{n}", kind="invoice" if n % 2 else "filing",
                                  template="bot.messages.sample", params={"n": n, "amount": "12.50", "名": "张三"},
                                  created_at=clock.now() + timedelta(minutes=n),
                                  read_at=clock.now() if n in (1, 4) else None)

    async def same(account_id: int, limit: int) -> None:
        items, unread = await inbox.latest(account_id, limit)
        assert items == await inbox.list(account_id, limit=limit)
        assert unread == await inbox.unread_count(account_id)

    for account_id in (mine, other, empty):
        for limit in (1, 5, 20, 0, 500):
            await same(account_id, limit)
    items, unread = await inbox.latest(mine, 5)
    assert [i.event_id for i in items] == ["evt-6", "evt-5", "evt-4", "evt-2", "evt-1"] and unread == 4
    assert items[0].params == {"n": 6, "amount": "12.50", "名": "张三"} and items[2].read_at is not None
    assert await inbox.latest(empty, 5) == ([], 0)

    await inbox.mark_read(mine, [i.id for i in items if i.unread])
    await same(mine, 5)
    assert (await inbox.latest(mine, 5))[1] == 1  # evt-0, not shown, is still unread


async def test_marking_messages_read_matches_the_orm_update(core, clock) -> None:
    """Inbox.mark_read (one plain statement) changes what the ORM update it replaced changed and
    counts the same: two accounts with the same messages, one marked each way, compared as stored
    (the raw column too, so SQLite's text is the ORM's spelling), through lists, repeats, other
    accounts' ids, nothing to mark and "all"."""
    from datetime import timedelta

    from core.notifications.models import InboxMessage

    plain, orm, stranger = 51, 52, 53
    ids: dict[int, list[int]] = {plain: [], orm: [], stranger: []}
    for account_id in ids:
        for n in range(8):
            row = await InboxMessage.create(account_id=account_id, event_id=f"{account_id}-{n}", kind="invoice",
                                            template="bot.messages.sample", params={"n": n},
                                            created_at=clock.now() + timedelta(minutes=n),
                                            read_at=clock.now() if n in (2, 5) else None)
            ids[account_id].append(row.id)

    async def orm_mark(account_id: int, wanted: list[int] | str) -> int:
        query = InboxMessage.filter(account_id=account_id, read_at__isnull=True)
        if wanted != "all":
            if not wanted:
                return 0
            query = query.filter(id__in=sorted(set(wanted)))
        return await query.update(read_at=clock.now().astimezone(UTC))

    async def stored(account_id: int) -> list[Any]:
        rows = await InboxMessage.filter(account_id=account_id).order_by("id").values_list("read_at", flat=True)
        _, raw = await connections.get("default").execute_query(
            "SELECT read_at FROM inbox_message WHERE account_id = " + str(account_id) + " ORDER BY id")
        return [*rows, *(r[0] for r in raw)]

    steps: list[list[int] | str] = [[0, 1, 2], [1, 3, 3, 7], [], [2, 5], "all", [0]]
    for step in steps:
        clock.advance(seconds=61, microseconds=123457)
        if step == "all":
            got, expected = await core.inbox.mark_read(plain, "all"), await orm_mark(orm, "all")
        else:
            theirs = [ids[stranger][4]]  # another account's message: ignored
            got = await core.inbox.mark_read(plain, [ids[plain][n] for n in step] + theirs)
            expected = await orm_mark(orm, [ids[orm][n] for n in step] + [ids[stranger][4]])
        assert got == expected
        assert await stored(plain) == await stored(orm)
    assert [n for n, at in enumerate((await stored(stranger))[:8]) if at is not None] == [2, 5]
    assert all(at is not None for at in (await stored(plain))[:8])


async def test_the_current_announcements_match_the_orm_query(core, clock) -> None:
    """AnnouncementService.current (read on every subscribe event, one plain statement) gives what
    the ORM query it replaces gives, through drafts, publishing, time passing and ending."""
    from datetime import UTC, datetime, timedelta

    from core.clock import CHINA
    from core.support.announcements import announcement_view
    from core.support.models import Announcement

    async def orm_current() -> list[Any]:
        rows = await Announcement.filter(published_at__isnull=False, ends_at__gt=clock.now()).order_by("starts_at", "id")
        return [announcement_view(row) for row in rows]

    staff_account = await Account.create(phone="13700137000", password_hash="x", display_name="客服", is_staff=True,
                                         created_at=clock.now(), password_changed_at=clock.now())
    staff = Actor(channel="api", account_id=staff_account.id)
    service = core.announcements
    assert await service.current() == await orm_current() == []
    base = clock.now()
    made = []
    for n, (start, hours, maintenance) in enumerate([(1, 2, True), (-1, 3, False), (5, 1, False), (1, 2, False)]):
        # a naive start and end are China time (stored with their +08:00), the others UTC
        starts = base + timedelta(hours=start)
        ends = starts + timedelta(hours=hours)
        if n == 2:
            starts, ends = starts.astimezone(CHINA).replace(tzinfo=None), ends.astimezone(CHINA).replace(tzinfo=None)
        made.append(await service.create(staff, f"公告{n}", "内容", starts, ends, maintenance=maintenance))
    assert await service.current() == await orm_current() == []  # drafts are not shown
    for view in made[:3]:
        await service.publish(staff, view.id, notify=False)
    for moment in (base, base + timedelta(hours=2, minutes=30), base + timedelta(hours=4), datetime(2030, 1, 1, tzinfo=UTC)):
        clock.set(moment)
        current = await service.current()
        assert current == await orm_current(), moment
    clock.set(base)
    assert [a.title for a in await service.current()] == [a.title for a in await orm_current()]
    assert len(await service.current()) == 3
    await service.end(staff, made[1].id)
    assert await service.current() == await orm_current()
    assert len(await service.current()) == 2
