"""A company's members: the list, role changes, removal, owner transfer and 开票人 names.

Rules (issue 18):

* Owners and admins manage members (``Permission.MANAGE_MEMBERS``); only an owner may
  change or remove an owner, and a company never loses its last owner.
* Owner transfer moves ownership to another member after an SMS code sent to the current
  owner's phone (the :class:`CodeService` with its send limits and tries); the old owner
  becomes admin. The pending transfer (who → whom) is kept in the store for the life of
  the code, so a code confirms only the transfer it was sent for.
* 开票人 (the issuer printed on invoices) is set per member; without one it is the
  member's registered name (the name given at registration), never a chat nickname.

Every change is audited and the affected member is notified through the outbox, in the
change's transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import ClassVar

from tortoise.backends.base.client import BaseDBAsyncClient

from core.accounts.codes import CODE_TTL_SECONDS, CodeService, Purpose
from core.accounts.models import Account
from core.audit.log import AuditLog
from core.companies.models import Company, Membership
from core.companies.scope import forget_scope
from core.companies.service import CompanyService
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import DomainError, NotFound, ValidationFailed
from core.domain.roles import Permission, Role, parse_role
from core.ports import Clock, KeyValueStore, Notifier

ISSUER_NAME_MAX = 32
KEY_ROLE_CHANGED = "bot.member.role_changed"
KEY_REMOVED = "bot.member.removed"
KEY_OWNER_RECEIVED = "bot.member.owner_received"
KEY_OWNER_HANDED_OVER = "bot.member.owner_handed_over"


class LastOwner(DomainError):
    """The change would leave the company without an owner."""

    code: ClassVar[str] = "last_owner"
    http_status: ClassVar[int] = 409


class OwnerRequired(DomainError):
    """Only an owner may do this (transfer ownership, change or remove an owner)."""

    code: ClassVar[str] = "owner_required"
    http_status: ClassVar[int] = 403


class TransferNotStarted(DomainError):
    """No transfer to this member is waiting for its SMS code (never started, or expired)."""

    code: ClassVar[str] = "transfer_not_started"
    http_status: ClassVar[int] = 409


@dataclass(frozen=True)
class MemberDetail:
    account_id: int
    display_name: str
    masked_phone: str
    role: Role
    #: What invoices this member issues print as 开票人.
    issuer_name: str
    #: True when the member set no name of their own (the registered name is used).
    issuer_name_default: bool
    is_self: bool


@dataclass(frozen=True)
class TransferStarted:
    to_account_id: int
    to_name: str
    masked_phone: str  # where the code went (the owner's phone)


def _mask(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:]


async def issuer_name_for(company: Company, account_id: int, conn: BaseDBAsyncClient | None = None) -> str:
    """The 开票人 of an invoice this member issues: the member's own name, else the company's
    single issuer name (legacy setting), else the member's registered name."""
    membership = await Membership.get_or_none(company_id=company.id, account_id=account_id, using_db=conn)
    if membership is not None and membership.issuer_name:
        return membership.issuer_name
    if company.issuer_name:
        return company.issuer_name
    account = await Account.get_or_none(id=account_id, using_db=conn)
    return account.display_name if account is not None else ""


class MemberService:
    def __init__(self, clock: Clock, audit: AuditLog, companies: CompanyService, codes: CodeService,
                 store: KeyValueStore, notifier: Notifier) -> None:
        self.clock = clock
        self.audit = audit
        self.companies = companies
        self.codes = codes
        self.store = store
        self.notifier = notifier

    # -- reading

    async def list(self, actor: Actor) -> list[MemberDetail]:
        """Everyone in the current company, owners first, then by joining order."""
        scope = await self.companies.require(actor)
        company = await Company.get(id=scope.company_id)
        rows = await Membership.filter(company_id=scope.company_id).order_by("id").prefetch_related("account")
        order = {role: index for index, role in enumerate(Role)}
        rows.sort(key=lambda m: (order[Role(m.role)], m.id))
        return [self._detail(m, company, scope.account_id) for m in rows]

    @staticmethod
    def _detail(m: Membership, company: Company, viewer: int) -> MemberDetail:
        own = m.issuer_name or company.issuer_name
        return MemberDetail(account_id=m.account_id, display_name=m.account.display_name,
                            masked_phone=_mask(m.account.phone), role=Role(m.role),
                            issuer_name=own or m.account.display_name, issuer_name_default=not own,
                            is_self=m.account_id == viewer)

    async def _member(self, company_id: int, account_id: int, conn: BaseDBAsyncClient) -> Membership:
        row = await Membership.filter(company_id=company_id, account_id=account_id).using_db(conn) \
            .select_for_update().first()
        if row is None:
            raise NotFound({"what": "member"})
        return row

    @staticmethod
    async def _owners(company_id: int, conn: BaseDBAsyncClient) -> int:
        return await Membership.filter(company_id=company_id, role=Role.OWNER).using_db(conn).count()

    # -- role and removal

    async def change_role(self, actor: Actor, account_id: int, role: str) -> MemberDetail:
        scope = await self.companies.require(actor, Permission.MANAGE_MEMBERS)
        new_role = parse_role(role)  # never "owner": ownership moves by transfer
        company = await Company.get(id=scope.company_id)
        async with self.audit.transaction() as conn:
            member = await self._member(scope.company_id, account_id, conn)
            old_role = Role(member.role)
            if old_role == Role.OWNER:
                if scope.role != Role.OWNER:
                    raise OwnerRequired()
                if await self._owners(scope.company_id, conn) <= 1:
                    raise LastOwner()
            if old_role != new_role:
                await Membership.filter(id=member.id).using_db(conn).update(role=new_role)
                forget_scope(actor)
                await self.notifier.notify_user(account_id, KEY_ROLE_CHANGED, {
                    "company": company.name, "role": str(new_role), "old_role": str(old_role)}, connection=conn)
                await self.audit.record(actor, "company.member_role", target=f"account:{account_id}",
                                        company_id=scope.company_id,
                                        detail={"from": str(old_role), "to": str(new_role)}, connection=conn)
        member = await Membership.get(id=member.id).prefetch_related("account")
        return self._detail(member, company, scope.account_id)

    async def remove(self, actor: Actor, account_id: int) -> MemberDetail:
        """Take a member out of the current company; their current company moves to another
        of theirs (or none)."""
        scope = await self.companies.require(actor, Permission.MANAGE_MEMBERS)
        company = await Company.get(id=scope.company_id)
        async with self.audit.transaction() as conn:
            member = await self._member(scope.company_id, account_id, conn)
            await member.fetch_related("account", using_db=conn)
            detail = self._detail(member, company, scope.account_id)
            if member.role == Role.OWNER:
                if scope.role != Role.OWNER:
                    raise OwnerRequired()
                if await self._owners(scope.company_id, conn) <= 1:
                    raise LastOwner()
            await Membership.filter(id=member.id).using_db(conn).delete()
            forget_scope(actor)
            if member.account.current_company_id == scope.company_id:
                other = await Membership.filter(account_id=account_id).using_db(conn).order_by("id").first()
                await Account.filter(id=account_id).using_db(conn).update(
                    current_company_id=other.company_id if other is not None else None)
            if account_id != scope.account_id:
                await self.notifier.notify_user(account_id, KEY_REMOVED, {"company": company.name},
                                                connection=conn)
            await self.audit.record(actor, "company.member_remove", target=f"account:{account_id}",
                                    company_id=scope.company_id, detail={"role": member.role}, connection=conn)
        return detail

    # -- owner transfer

    @staticmethod
    def _transfer_key(company_id: int, owner_id: int) -> str:
        return f"transfer:{company_id}:{owner_id}"

    async def start_transfer(self, actor: Actor, account_id: int) -> TransferStarted:
        """Send the owner an SMS code for handing the company to member ``account_id``."""
        scope = await self.companies.require(actor, Permission.MANAGE_MEMBERS)
        if scope.role != Role.OWNER:
            raise OwnerRequired()
        if account_id == scope.account_id:
            raise ValidationFailed.one("account_id", "transfer_to_self")
        target = await Membership.get_or_none(company_id=scope.company_id, account_id=account_id) \
            .prefetch_related("account")
        if target is None:
            raise NotFound({"what": "member"})
        owner = await Account.get(id=scope.account_id)
        await self.codes.send_sms_code(owner.phone, Purpose.TRANSFER, actor)
        await self.store.set(self._transfer_key(scope.company_id, scope.account_id),
                             json.dumps({"to": account_id}), ttl=CODE_TTL_SECONDS)
        return TransferStarted(to_account_id=account_id, to_name=target.account.display_name,
                               masked_phone=_mask(owner.phone))

    async def confirm_transfer(self, actor: Actor, account_id: int, code: str) -> MemberDetail:
        """Check the code; the member becomes owner and the old owner admin. Both are told."""
        scope = await self.companies.require(actor, Permission.MANAGE_MEMBERS)
        if scope.role != Role.OWNER:
            raise OwnerRequired()
        if not await Membership.exists(company_id=scope.company_id, account_id=account_id):
            raise NotFound({"what": "member"})
        key = self._transfer_key(scope.company_id, scope.account_id)
        raw = await self.store.get(key)
        if raw is None or json.loads(raw).get("to") != account_id:
            raise TransferNotStarted()
        owner = await Account.get(id=scope.account_id)
        await self.codes.verify(owner.phone, Purpose.TRANSFER, validators.check_text(code, "code", max_len=12))
        await self.store.delete(key)
        company = await Company.get(id=scope.company_id)
        async with self.audit.transaction() as conn:
            me = await self._member(scope.company_id, scope.account_id, conn)
            if me.role != Role.OWNER:
                raise OwnerRequired()
            target = await self._member(scope.company_id, account_id, conn)
            await Membership.filter(id=target.id).using_db(conn).update(role=Role.OWNER)
            await Membership.filter(id=me.id).using_db(conn).update(role=Role.ADMIN)
            forget_scope(actor)
            await target.fetch_related("account", using_db=conn)
            params = {"company": company.name, "new_owner": target.account.display_name,
                      "old_owner": owner.display_name}
            await self.notifier.notify_user(account_id, KEY_OWNER_RECEIVED, params, connection=conn)
            await self.notifier.notify_user(scope.account_id, KEY_OWNER_HANDED_OVER, params, connection=conn)
            await self.audit.record(actor, "company.transfer", target=f"account:{account_id}",
                                    company_id=scope.company_id, detail={"from": scope.account_id},
                                    connection=conn)
        target = await Membership.get(id=target.id).prefetch_related("account")
        return self._detail(target, company, scope.account_id)

    # -- 开票人

    async def set_issuer_name(self, actor: Actor, name: str, account_id: int | None = None) -> MemberDetail:
        """Set the 开票人 printed on this member's invoices (empty: back to the registered
        name). Members set their own; owners and admins anyone's."""
        scope = await self.companies.require(actor)
        target_id = scope.account_id if account_id is None else account_id
        if target_id != scope.account_id:
            scope = await self.companies.require(actor, Permission.MANAGE_MEMBERS)
        value = validators.check_text(name, "issuer_name", max_len=ISSUER_NAME_MAX, required=False)
        company = await Company.get(id=scope.company_id)
        async with self.audit.transaction() as conn:
            member = await self._member(scope.company_id, target_id, conn)
            await Membership.filter(id=member.id).using_db(conn).update(issuer_name=value)
            await self.audit.record(actor, "company.member_issuer_name", target=f"account:{target_id}",
                                    company_id=scope.company_id, detail={"default": not value},
                                    connection=conn)
        member = await Membership.get(id=member.id).prefetch_related("account")
        return self._detail(member, company, scope.account_id)
