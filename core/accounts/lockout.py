"""Login failure limits: five failures in a row lock an account for 15 minutes (each try claimed
atomically before the hash), failed logins across every phone are limited per IP and per openid,
an unknown phone answers and locks like a known one, the second factor's check, and unlocking."""

from __future__ import annotations

import json
import math
import secrets
from datetime import timedelta
from typing import Literal, NoReturn

from tortoise.expressions import F

from core import telemetry
from core.accounts.base import AccountsBase
from core.accounts.codes import Purpose
from core.accounts.credentials import normalize_recovery_code, recovery_digest, use_totp_once
from core.accounts.models import Account, RecoveryCode
from core.accounts.views import mask_phone
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import (
    AccountLocked,
    DomainError,
    InvalidCredentials,
    NotFound,
    PermissionDenied,
    RateLimited,
    SecondFactorInvalid,
)

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
#: Failed logins counted per source across every phone (password spraying: four guesses on each of many
#: accounts never trips the per-account lock). Fixed windows, like the SMS send limits.
LOGIN_FAILURE_LIMITS: tuple[tuple[Literal["ip", "openid"], int, int], ...] = (("ip", 3600, 20), ("openid", 3600, 10))


class Lockout(AccountsBase):
    async def _claim_try(self, account: Account, actor: Actor) -> None:
        """Count this try now (``failed_logins + 1`` while under the limit, one atomic UPDATE); a try that
        finds no room is refused as locked. Success sets the count back to 0."""
        claimed = await Account.filter(id=account.id, failed_logins__lt=MAX_FAILED_LOGINS).update(
            failed_logins=F("failed_logins") + 1)
        if not claimed:
            account.locked_until = account.locked_until or self.clock.now() + timedelta(minutes=LOCK_MINUTES)
            await Account.filter(id=account.id, locked_until=None).update(locked_until=account.locked_until)
            await self._refuse_if_locked(await Account.get(id=account.id), actor)
            raise AccountLocked({"minutes": LOCK_MINUTES})

    async def _dummy_hash(self) -> str:
        """A hash made by this hasher, with its own (real) parameters, so an unknown phone costs the same."""
        if self._dummy is None:
            self._dummy = await self.hasher.hash(secrets.token_urlsafe(16))
        return self._dummy

    def _ghost_key(self, phone: str) -> str:
        return f"login:ghost:{phone}"

    async def _ghost_attempt(self, phone: str, actor: Actor) -> None:
        """An unknown phone locks like a real one: refused while its (virtual) lock lasts."""
        raw = await self.codes.store.get(self._ghost_key(phone))
        state = json.loads(raw) if raw else {}
        until = state.get("locked_until")
        if until and until > self.clock.now().timestamp():
            telemetry.login_failed("locked")
            raise AccountLocked({"minutes": max(1, math.ceil((until - self.clock.now().timestamp()) / 60))})

    async def _ghost_fail(self, phone: str) -> NoReturn:
        key = self._ghost_key(phone)
        failed = await self.codes.store.incr(key + ":n", ttl=LOCK_MINUTES * 60 * 4)
        if failed % MAX_FAILED_LOGINS == 0:
            until = self.clock.now().timestamp() + LOCK_MINUTES * 60
            await self.codes.store.set(key, json.dumps({"locked_until": until}), ttl=LOCK_MINUTES * 60 * 4)
            raise AccountLocked({"minutes": LOCK_MINUTES})
        raise InvalidCredentials({"tries_left": MAX_FAILED_LOGINS - failed % MAX_FAILED_LOGINS})

    async def _succeed(self, account: Account, actor: Actor) -> int:
        await Account.filter(id=account.id).update(failed_logins=0, locked_until=None)
        await self.audit.record(actor.as_account(account.id), "account.login", target=f"account:{account.id}")
        return account.id

    async def _refuse_if_locked(self, account: Account, actor: Actor | None = None) -> None:
        now = self.clock.now()
        if account.locked_until and account.locked_until > now:
            telemetry.login_failed("locked")
            if actor is not None:
                await self.audit.record(actor, "account.login_failed", target=f"account:{account.id}",
                                        detail={"reason": "locked"})
            raise AccountLocked({"minutes": self._minutes_left(account)})
        if account.locked_until:
            # The lock has run out: it unlocks by itself and the count starts afresh.
            account.locked_until = None
            account.failed_logins = 0
            await Account.filter(id=account.id).update(locked_until=None, failed_logins=0)

    async def _second_factor_ok(self, account: Account, value: str) -> bool:
        value = value.strip()
        recovery = normalize_recovery_code(value)
        if recovery is not None:
            return await self._use_recovery_code(account.id, recovery)
        if account.totp_enabled and account.totp_secret:
            # Once per time step: the same code does not log in twice (issue 13 #9).
            return await use_totp_once(self.codes.store, account.id, self.box.open(account.totp_secret), value,
                                       self.clock.now())
        try:
            await self.codes.verify(account.phone, Purpose.SECOND_FACTOR, value)
        except DomainError:
            return False
        return True

    async def _use_recovery_code(self, account_id: int, code: str) -> bool:
        """A recovery code works once: only the update that sets ``used_at`` wins."""
        digest = recovery_digest(self.secret_key, account_id, code)
        used = await RecoveryCode.filter(account_id=account_id, digest=digest, used_at=None).update(
            used_at=self.clock.now())
        return bool(used)

    def _minutes_left(self, account: Account) -> int:
        assert account.locked_until is not None
        seconds = (account.locked_until - self.clock.now()).total_seconds()
        return max(1, math.ceil(seconds / 60))

    def _failure_keys(self, actor: Actor) -> list[tuple[str, int, int, float]]:
        now = self.clock.now().timestamp()
        keys = []
        for scope, window, most in LOGIN_FAILURE_LIMITS:
            subject = actor.ip if scope == "ip" else actor.openid
            if subject:
                bucket = int(now // window)
                keys.append((f"login:fail:{scope}:{subject}:{bucket}", window, most, (bucket + 1) * window - now))
        return keys

    async def _refuse_if_spraying(self, actor: Actor) -> None:
        for key, _, most, left in self._failure_keys(actor):
            if int(await self.codes.store.get(key) or 0) >= most:
                raise RateLimited({"retry_after": max(1, math.ceil(left))})

    async def _count_failure(self, actor: Actor) -> None:
        for key, window, _, _ in self._failure_keys(actor):
            await self.codes.store.incr(key, ttl=window + 60)

    async def _fail(self, account: Account, actor: Actor, *, second_factor: bool = False,
                    claimed: bool = False) -> None:
        if not claimed:
            await Account.filter(id=account.id).update(failed_logins=F("failed_logins") + 1)
        await account.refresh_from_db(fields=["failed_logins"])
        await self.audit.record(actor, "account.login_failed", target=f"account:{account.id}",
                                detail={"reason": "second_factor" if second_factor else "password"})
        telemetry.login_failed("second_factor" if second_factor else "password")
        await self._count_failure(actor)
        if account.failed_logins >= MAX_FAILED_LOGINS:
            account.locked_until = self.clock.now() + timedelta(minutes=LOCK_MINUTES)
            # The count stays at the limit while locked, so no concurrent try can claim a slot; it goes
            # back to 0 when the lock runs out (_refuse_if_locked), on success, reset or unlock.
            await Account.filter(id=account.id).update(locked_until=account.locked_until)
            await self.audit.record(actor, "account.locked", target=f"account:{account.id}")
            telemetry.account_locked()
            raise AccountLocked({"minutes": LOCK_MINUTES})
        tries_left = MAX_FAILED_LOGINS - account.failed_logins
        if second_factor:
            raise SecondFactorInvalid({"tries_left": tries_left})
        raise InvalidCredentials({"tries_left": tries_left})

    async def unlock(self, target_phone: str, actor: Actor) -> None:
        """Lift a lockout: platform staff, or an owner/admin of a company the account belongs to."""
        phone = validators.normalize_phone(target_phone)
        target = await Account.get_or_none(phone=phone)
        if target is None:
            raise NotFound({"what": "account"})
        if actor.channel != "cli":
            admin = await Account.get_or_none(id=actor.account_id or 0)
            if admin is None:
                raise PermissionDenied()
            if not admin.is_staff and not await self.memberships.manages_member(admin.id, target.id):
                raise PermissionDenied()
        await Account.filter(id=target.id).update(locked_until=None, failed_logins=0)
        await self.audit.record(actor, "account.unlock", target=f"account:{target.id}",
                                detail={"phone": mask_phone(target.phone)})
