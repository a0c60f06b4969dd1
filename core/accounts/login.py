"""Login: password (with the lockout of core/accounts/lockout.py), the second factor's step, login
by SMS code, API sessions opened and ended."""

from __future__ import annotations

import json
import secrets

from tortoise.expressions import F

from core import telemetry
from core.accounts.codes import Purpose
from core.accounts.models import Account
from core.accounts.registration import Registration
from core.accounts.views import mask_phone
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import DomainError, SecondFactorInvalid, SecondFactorRequired, SmsCodeInvalid


class Login(Registration):
    async def authenticate(
        self, raw_phone: str, password: str, actor: Actor, *, second_factor: str | None = None
    ) -> int:
        """Check a password (and second factor). Five failures in a row lock for 15 minutes.

        With a second factor on and none given, raises SecondFactorRequired carrying a
        short-lived ``ticket``; :meth:`complete_second_factor` finishes the login with it.
        """
        phone = validators.normalize_phone(raw_phone)
        await self._refuse_if_spraying(actor)
        account = await Account.get_or_none(phone=phone)
        if account is None:
            # Same work and the same answers as a real account (countdown and lock included): do not
            # reveal who exists.
            await self._ghost_attempt(phone, actor)
            await self.hasher.verify(await self._dummy_hash(), password)
            telemetry.login_failed("unknown_account")
            await self.audit.record(actor, "account.login_failed", target="account:unknown",
                                    detail={"phone": mask_phone(phone), "reason": "unknown_account"})
            await self._count_failure(actor)
            await self._ghost_fail(phone)
        await self._refuse_if_locked(account, actor)
        # Claim one of the five tries BEFORE the hash, atomically: of 40 wrong guesses and the right
        # password fired together, at most five are checked (issue 13 #8).
        await self._claim_try(account, actor)
        if not await self.hasher.verify(account.password_hash, password):
            await self._fail(account, actor, claimed=True)
        if self.hasher.needs_rehash(account.password_hash):
            await Account.filter(id=account.id).update(password_hash=await self.hasher.hash(password))
        if account.totp_enabled or account.sms_second_factor:
            # The password was right: give its claimed try back (the second factor claims its own).
            await Account.filter(id=account.id, failed_logins__gt=0).update(failed_logins=F("failed_logins") - 1)
            if second_factor:
                return await self._finish_second_factor(account, second_factor, actor)
            method = "totp" if account.totp_enabled else "sms"
            if method == "sms":
                await self.codes.send_sms_code(phone, Purpose.SECOND_FACTOR, actor)
            ticket = secrets.token_urlsafe(24)
            record = {"account_id": account.id, "expires_at": self.clock.now().timestamp() + 300}
            await self.codes.store.set(f"2fa:{ticket}", json.dumps(record), ttl=600)
            raise SecondFactorRequired({"method": method, "ticket": ticket})
        return await self._succeed(account, actor)

    async def complete_second_factor(self, ticket: str, value: str, actor: Actor) -> int:
        raw = await self.codes.store.get(f"2fa:{ticket}") if ticket else None
        record = json.loads(raw) if raw else None
        if record is None or self.clock.now().timestamp() > record["expires_at"]:
            raise SecondFactorInvalid({"expired": True})
        account = await Account.get(id=record["account_id"])
        await self._refuse_if_locked(account, actor)
        account_id = await self._finish_second_factor(account, value, actor)
        await self.codes.store.delete(f"2fa:{ticket}")
        return account_id

    async def _finish_second_factor(self, account: Account, value: str, actor: Actor) -> int:
        await self._claim_try(account, actor)
        if not await self._second_factor_ok(account, value):
            await self._fail(account, actor, second_factor=True, claimed=True)
        return await self._succeed(account, actor)

    async def login(self, raw_phone: str, password: str, actor: Actor, *, second_factor: str | None = None) -> str:
        """Authenticate and open an API session; returns the bearer token."""
        account_id = await self.authenticate(raw_phone, password, actor, second_factor=second_factor)
        return await self.sessions.create(account_id)

    async def logout(self, token: str, actor: Actor) -> None:
        """End this session (other sessions of the account stay)."""
        try:
            account_id: int | None = await self.sessions.resolve(token)
        except DomainError:
            account_id = None
        await self.sessions.revoke(token)
        if account_id is not None:
            await self.audit.record(actor.as_account(account_id), "account.logout", target=f"account:{account_id}")

    async def login_second_factor(self, ticket: str, value: str, actor: Actor) -> str:
        return await self.sessions.create(await self.complete_second_factor(ticket, value, actor))

    async def login_with_code(self, raw_phone: str, code: str, actor: Actor) -> str:
        phone = validators.normalize_phone(raw_phone)
        account = await Account.get_or_none(phone=phone)
        if account is None:
            # The same answer as a wrong code for a real phone (a pretend code was stored for it).
            await self.codes.verify(phone, Purpose.LOGIN, validators.check_sms_code(code))
            raise SmsCodeInvalid()
        await self._refuse_if_locked(account, actor)
        try:
            await self.codes.verify(phone, Purpose.LOGIN, validators.check_sms_code(code))
        except DomainError as exc:
            await self.audit.record(actor, "account.login_failed", target=f"account:{account.id}",
                                    detail={"reason": exc.code, "method": "sms"})
            raise
        await self.audit.record(actor.as_account(account.id), "account.login", target=f"account:{account.id}",
                                detail={"method": "sms"})
        return await self.sessions.create(account.id)
