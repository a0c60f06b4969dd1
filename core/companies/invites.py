"""Invitations: an owner or admin makes a one-time code (7 days) for a role; whoever enters it
joins the company with that role, once."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from core.accounts.models import Account
from core.companies.base import CompanyBase
from core.companies.models import Company, Invite, Membership
from core.companies.scope import forget_scope
from core.companies.views import CompanyView, InviteView, company_view
from core.domain.actor import Actor
from core.domain.errors import AlreadyMember, InviteInvalid, NotAuthenticated
from core.domain.roles import Permission, Role

INVITE_TTL = timedelta(days=7)
#: No 0/O, 1/I/L: codes are read aloud and typed on phones.
_INVITE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def _hash_code(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


class Invites(CompanyBase):
    async def invite(self, role: Role, actor: Actor) -> InviteView:
        scope = await self.require(actor, Permission.MANAGE_MEMBERS)
        code = "".join(secrets.choice(_INVITE_ALPHABET) for _ in range(10))
        expires = self.clock.now() + INVITE_TTL
        async with self.audit.transaction() as conn:
            await Invite.create(code_hash=_hash_code(code), company_id=scope.company_id, role=role,
                                created_by_id=scope.account_id, expires_at=expires,
                                created_at=self.clock.now(), using_db=conn)
            await self.audit.record(actor, "company.invite", target=f"company:{scope.company_id}",
                                    company_id=scope.company_id, detail={"role": str(role)}, connection=conn)
        company = await Company.get(id=scope.company_id)
        return InviteView(code=code, role=role, expires_at=expires, company_name=company.name)

    async def join(self, code: str, actor: Actor) -> CompanyView:
        if actor.account_id is None:
            raise NotAuthenticated()
        async with self.audit.transaction() as conn:
            # Claim the invite atomically: of two concurrent joins only one update matches.
            invite = await Invite.filter(code_hash=_hash_code(code)).using_db(conn).first()
            if invite is None or invite.used_at is not None or invite.expires_at <= self.clock.now():
                raise InviteInvalid()
            if await Membership.filter(company_id=invite.company_id, account_id=actor.account_id) \
                    .using_db(conn).exists():
                raise AlreadyMember()
            claimed = await Invite.filter(id=invite.id, used_at=None).using_db(conn).update(
                used_at=self.clock.now(), used_by_id=actor.account_id)
            if claimed != 1:
                raise InviteInvalid()
            await Membership.create(company_id=invite.company_id, account_id=actor.account_id, role=invite.role,
                                    created_at=self.clock.now(), using_db=conn)
            await Account.filter(id=actor.account_id).using_db(conn).update(current_company_id=invite.company_id)
            forget_scope(actor)
            await self.audit.record(actor, "company.join", target=f"company:{invite.company_id}",
                                    company_id=invite.company_id, detail={"role": invite.role}, connection=conn)
        return company_view(await Company.get(id=invite.company_id), Role(invite.role))
