"""我的账户's plain-SQL reads (the account's view with its memberships and companies, in
core/companies/memberships.py; the account's WeChat bindings, in core/accounts/security.py; both
in one statement, Memberships.account_summary, which 我的账户 runs) give what the ORM queries they
replaced gave, through every change that moves them, on the backend of
the run (SQLite, or PostgreSQL with FAPIAO_TEST_DATABASE_URL)."""

from __future__ import annotations

from typing import Literal

import pytest

from core.accounts.models import Account, WeChatBinding
from core.accounts.security import BindingView
from core.accounts.views import AccountView, MembershipView, mask_openid, mask_phone
from core.companies.models import Company, Membership
from core.companies.views import CompanyInput
from core.domain.actor import Actor
from core.domain.errors import NotFound
from core.domain.roles import Role
from tests.kit.factories import OTHER_USCC, USCC, add_member, make_user


async def orm_view(account_id: int) -> AccountView | None:
    """AccountService.view and CompanyMemberships.of_account before: five ORM queries."""
    account = await Account.get_or_none(id=account_id)
    if account is None:
        return None
    method: Literal["totp", "sms"] | None = (
        "totp" if account.totp_enabled else "sms" if account.sms_second_factor else None
    )
    memberships = await Membership.filter(account_id=account_id).order_by("id")
    companies = {c.id: c for c in await Company.filter(id__in=[m.company_id for m in memberships])}
    return AccountView(
        id=account.id,
        phone=account.phone,
        masked_phone=mask_phone(account.phone),
        display_name=account.display_name,
        email=account.email,
        second_factor=method,
        bound_wechat=await WeChatBinding.exists(account_id=account_id),
        memberships=tuple(
            MembershipView(company_id=m.company_id, company_name=companies[m.company_id].name,
                           tax_id=companies[m.company_id].tax_id, role=Role(m.role),
                           current=m.company_id == account.current_company_id)
            for m in memberships
        ),
    )


async def orm_bindings(account_id: int, openid: str | None) -> list[BindingView]:
    """AccountSecurity.bindings before."""
    rows = await WeChatBinding.filter(account_id=account_id).order_by("id")
    return [BindingView(id=b.id, app=b.app, masked_openid=mask_openid(b.openid),  # type: ignore[arg-type]
                        created_at=b.created_at, current=b.openid == openid) for b in rows]


async def _same(core, account_id: int, openid: str | None = None) -> tuple[AccountView | None, list[BindingView]]:
    """The hot reads' answers, asserted equal to the ORM's (field by field, types included)."""
    expected = await orm_view(account_id)
    got = await core.accounts.memberships.account_view(account_id)
    assert got == expected
    if got is not None:
        assert [type(v) for v in vars(got).values()] == [type(v) for v in vars(expected).values()]
        for mine, theirs in zip(got.memberships, expected.memberships, strict=True):
            assert [type(v) for v in vars(mine).values()] == [type(v) for v in vars(theirs).values()]
    bindings = await core.account_security.bindings(account_id, openid=openid)
    reference = await orm_bindings(account_id, openid)
    assert bindings == reference
    for mine, theirs in zip(bindings, reference, strict=True):
        assert mine.created_at.utcoffset() == theirs.created_at.utcoffset()
        assert [type(v) for v in vars(mine).values()] == [type(v) for v in vars(theirs).values()]
    # 我的账户's one statement answers what the two reads answer (and so the ORM's), types included.
    summary = await core.accounts.memberships.account_summary(account_id, openid)
    if got is None:
        assert summary is None
        with pytest.raises(NotFound):
            await core.account_security.summary(account_id, openid=openid)
    else:
        assert summary == (got, bindings) == await core.account_security.summary(account_id, openid=openid)
        assert [type(v) for v in vars(summary[0]).values()] == [type(v) for v in vars(got).values()]
        for mine, theirs in zip(summary[1], bindings, strict=True):
            assert mine.created_at.utcoffset() == theirs.created_at.utcoffset()
            assert [type(v) for v in vars(mine).values()] == [type(v) for v in vars(theirs).values()]
    return got, bindings


async def test_the_account_view_and_bindings_match_the_orm_through_every_change(core, sms, clock) -> None:
    owner = await make_user(core, sms, clock, "13800138000", "王老板")
    user = await make_user(core, sms, clock, "13900139000", "李会计")
    assert owner.account_id is not None and user.account_id is not None
    assert await _same(core, 999_999) == (None, [])  # no such account

    view, bindings = await _same(core, owner.account_id)  # no company, no binding, no email
    assert view is not None and view.memberships == () and view.current is None
    assert (view.email, view.second_factor, view.bound_wechat, bindings) == (None, None, False, [])

    first = await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id=USCC), owner)
    await add_member(core, owner, user, Role.ACCOUNTANT)
    second = await core.companies.create(CompanyInput(name="武汉江城商贸有限公司", tax_id=OTHER_USCC), owner)
    await core.accounts.bind(owner.account_id, "mp", "o-owner-phone", Actor(channel="bot", openid="o-owner-phone"))
    await core.accounts.bind(owner.account_id, "miniapp", "m-owner", Actor(channel="api"))
    await Account.filter(id=owner.account_id).update(email="boss@example.com", sms_second_factor=True)
    view, bindings = await _same(core, owner.account_id, "o-owner-phone")
    assert view is not None and view.current is not None
    assert [(m.company_id, m.role, m.current) for m in view.memberships] == [
        (first.id, Role.OWNER, False), (second.id, Role.OWNER, True)]
    assert (view.email, view.second_factor, view.bound_wechat) == ("boss@example.com", "sms", True)
    assert [(b.app, b.current) for b in bindings] == [("mp", True), ("miniapp", False)]
    await _same(core, owner.account_id, "m-owner")
    await _same(core, owner.account_id)
    await _same(core, user.account_id, "o-owner-phone")  # another account's openid: not current

    await core.companies.switch(first.id, owner)
    await core.members.change_role(owner, user.account_id, "admin")
    await Account.filter(id=owner.account_id).update(totp_enabled=True)  # the authenticator wins over SMS
    view, _ = await _same(core, owner.account_id)
    assert view is not None and view.second_factor == "totp" and view.current is not None
    assert view.current.company_id == first.id
    view, _ = await _same(core, user.account_id)
    assert view is not None and [(m.role, m.current) for m in view.memberships] == [(Role.ADMIN, True)]

    await core.members.remove(owner, user.account_id)  # the current company is no longer theirs
    view, _ = await _same(core, user.account_id)
    assert view is not None and view.memberships == () and view.current is None
    await core.accounts.unbind("mp", "o-owner-phone", Actor(channel="bot", openid="o-owner-phone"))
    _, bindings = await _same(core, owner.account_id, "o-owner-phone")
    assert [b.app for b in bindings] == ["miniapp"]


async def test_the_view_through_the_service_is_the_hot_read(core, sms, clock) -> None:
    owner = await make_user(core, sms, clock, "13800138000", "王老板")
    assert owner.account_id is not None
    await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id=USCC), owner)
    assert await core.accounts.view(owner.account_id) == await orm_view(owner.account_id)
