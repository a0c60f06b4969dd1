"""Members in core: list, role changes, removal, owner transfer by SMS code, 开票人 per member."""

from __future__ import annotations

import pytest

from core.accounts.models import Account
from core.audit.models import AuditEntry
from core.companies.members import LastOwner, OwnerRequired, TransferNotStarted
from core.companies.models import Membership
from core.companies.views import CompanyInput
from core.domain.errors import NotFound, PermissionDenied, SmsCodeInvalid, ValidationFailed
from core.domain.roles import Role
from core.invoicing.models import Invoice
from core.invoicing.views import BuyerInput, DraftInput, LineDraft
from core.notifications.models import OutboxEvent
from tests.kit.factories import OTHER_USCC, USCC, add_member, authorise_companies, make_user


@pytest.fixture
async def team(core, sms, clock):
    owner = await make_user(core, sms, clock, "13800138000", "王老板")
    await core.companies.create(CompanyInput(name="武汉光谷软件有限公司", tax_id=USCC), owner)
    await authorise_companies()
    admin = await make_user(core, sms, clock, "13900139000", "李管理")
    issuer = await make_user(core, sms, clock, "13700137000", "张开票")
    await add_member(core, owner, admin, Role.ADMIN)
    await add_member(core, owner, issuer, Role.ISSUER)
    return owner, admin, issuer


async def kinds_for(account_id: int) -> list[str]:
    return [e.template for e in await OutboxEvent.filter(account_id=account_id).order_by("id")]


async def test_list_puts_owners_first_and_shows_the_registered_name_as_issuer(core, team):
    _owner, _admin, issuer = team
    members = await core.members.list(issuer)
    assert [(m.display_name, m.role) for m in members] == [
        ("王老板", Role.OWNER), ("李管理", Role.ADMIN), ("张开票", Role.ISSUER)]
    assert [m.is_self for m in members] == [False, False, True]
    assert all(m.issuer_name == m.display_name and m.issuer_name_default for m in members)
    assert members[0].masked_phone == "138****8000"


async def test_admin_changes_a_role_and_the_member_is_told(core, team):
    _owner, admin, issuer = team
    member = await core.members.change_role(admin, issuer.account_id, "会计")
    assert member.role == Role.ACCOUNTANT
    assert "bot.member.role_changed" in await kinds_for(issuer.account_id)
    entry = await AuditEntry.filter(action="company.member_role").first()
    assert entry is not None and entry.detail == {"from": "issuer", "to": "accountant"}
    with pytest.raises(ValidationFailed):
        await core.members.change_role(admin, issuer.account_id, "owner")  # ownership moves by transfer only


async def test_only_managers_manage_and_only_owners_touch_owners(core, team):
    owner, admin, issuer = team
    with pytest.raises(PermissionDenied):
        await core.members.change_role(issuer, admin.account_id, "viewer")
    with pytest.raises(PermissionDenied):
        await core.members.remove(issuer, admin.account_id)
    with pytest.raises(OwnerRequired):
        await core.members.change_role(admin, owner.account_id, "viewer")
    with pytest.raises(OwnerRequired):
        await core.members.remove(admin, owner.account_id)
    with pytest.raises(NotFound):
        await core.members.remove(owner, 99999)


async def test_the_last_owner_can_be_neither_demoted_nor_removed(core, team):
    owner, _admin, _issuer = team
    with pytest.raises(LastOwner):
        await core.members.change_role(owner, owner.account_id, "admin")
    with pytest.raises(LastOwner):
        await core.members.remove(owner, owner.account_id)
    assert (await Membership.get(account_id=owner.account_id)).role == Role.OWNER


async def test_removal_moves_the_members_current_company_and_notifies(core, sms, clock, team):
    owner, admin, issuer = team
    # The issuer also owns a company of their own; being removed leaves them in it.
    await core.companies.create(CompanyInput(name="张记小吃店", tax_id=OTHER_USCC), issuer)
    await core.companies.switch((await Membership.get(account_id=owner.account_id)).company_id, issuer)
    removed = await core.members.remove(admin, issuer.account_id)
    assert removed.display_name == "张开票"
    account = await Account.get(id=issuer.account_id)
    assert (await core.companies.current(issuer)).name == "张记小吃店" and account.current_company_id
    assert "bot.member.removed" in await kinds_for(issuer.account_id)
    assert await AuditEntry.filter(action="company.member_remove", target=f"account:{issuer.account_id}").exists()
    assert [m.display_name for m in await core.members.list(owner)] == ["王老板", "李管理"]


async def test_transfer_needs_the_owners_sms_code_and_swaps_the_roles(core, sms, clock, team):
    owner, admin, issuer = team
    with pytest.raises(OwnerRequired):
        await core.members.start_transfer(admin, issuer.account_id)
    with pytest.raises(ValidationFailed):
        await core.members.start_transfer(owner, owner.account_id)
    with pytest.raises(TransferNotStarted):
        await core.members.confirm_transfer(owner, admin.account_id, "123456")
    clock.advance(seconds=61)
    started = await core.members.start_transfer(owner, admin.account_id)
    assert started.masked_phone == "138****8000" and started.to_name == "李管理"
    code = sms.last_code("13800138000")
    with pytest.raises(TransferNotStarted):  # the code was sent for the admin, not the issuer
        await core.members.confirm_transfer(owner, issuer.account_id, code)
    with pytest.raises(SmsCodeInvalid):
        await core.members.confirm_transfer(owner, admin.account_id, "000000" if code != "000000" else "111111")
    member = await core.members.confirm_transfer(owner, admin.account_id, code)
    assert member.role == Role.OWNER
    roles = {m.display_name: m.role for m in await core.members.list(owner)}
    assert roles == {"李管理": Role.OWNER, "王老板": Role.ADMIN, "张开票": Role.ISSUER}
    assert "bot.member.owner_received" in await kinds_for(admin.account_id)
    assert "bot.member.owner_handed_over" in await kinds_for(owner.account_id)
    assert await AuditEntry.filter(action="company.transfer").exists()
    with pytest.raises(OwnerRequired):  # the old owner is an admin now
        await core.members.start_transfer(owner, issuer.account_id)


async def test_transfer_code_sends_are_limited_like_every_sms_code(core, sms, clock, team):
    owner, admin, _issuer = team
    from core.domain.errors import RateLimited

    await core.members.start_transfer(owner, admin.account_id)
    with pytest.raises(RateLimited):  # 1 per 60 s per phone
        await core.members.start_transfer(owner, admin.account_id)


def _draft() -> DraftInput:
    return DraftInput(kind="normal", buyer=BuyerInput(name="张三", is_person=True),
                      lines=(LineDraft(name="技术服务费", amount="100", rate="1%"),))


async def test_issuer_name_per_member_is_printed_on_their_invoices(core, team):
    owner, admin, issuer = team
    first = await core.invoices.issue_new(_draft(), issuer)
    assert (await Invoice.get(id=first.invoice.id)).issuer_name == "张开票"  # the registered name
    me = await core.members.set_issuer_name(issuer, "张晓明")
    assert me.issuer_name == "张晓明" and not me.issuer_name_default
    second = await core.invoices.issue_new(_draft(), issuer)
    assert (await Invoice.get(id=second.invoice.id)).issuer_name == "张晓明"
    other = await core.invoices.issue_new(_draft(), owner)
    assert (await Invoice.get(id=other.invoice.id)).issuer_name == "王老板"
    with pytest.raises(PermissionDenied):  # a member sets only their own
        await core.members.set_issuer_name(issuer, "王某", owner.account_id)
    set_by_admin = await core.members.set_issuer_name(admin, "王建国", owner.account_id)
    assert set_by_admin.issuer_name == "王建国"
    back = await core.members.set_issuer_name(issuer, "")
    assert back.issuer_name == "张开票" and back.issuer_name_default
    with pytest.raises(ValidationFailed):
        await core.members.set_issuer_name(issuer, "名" * 33)
