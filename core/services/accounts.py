"""Accounts: registration, login with lockout, second factor, reset, WeChat binding."""

from __future__ import annotations

import json
import logging
import math
import secrets
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Literal, NoReturn

from tortoise.expressions import F

from core import telemetry
from core.accounts.models import Account, RecoveryCode, WeChatBinding
from core.adapters import hot_queries
from core.audit.log import AuditLog
from core.companies.models import Company, Membership
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import (
    AccountExists,
    AccountLocked,
    AlreadyBound,
    DomainError,
    InvalidCredentials,
    NotBound,
    NotFound,
    PermissionDenied,
    RateLimited,
    SecondFactorInvalid,
    SecondFactorRequired,
    SmsCodeInvalid,
    ValidationFailed,
)
from core.domain.roles import Role
from core.ports import Clock, EmailSender, PasswordHasher, SmsSender
from core.services.credentials import SecretBox, normalize_recovery_code, recovery_digest, use_totp_once
from core.services.sessions import SessionService
from core.services.sms_codes import CodeService, Purpose

log = logging.getLogger(__name__)
#: Sends a text (template key + params) to one official-account user: wired by the composition root
#: (fapiao/bootstrap.py, where the texts live); None sends nothing.
PushText = Callable[[str, str, Mapping[str, Any]], Awaitable[None]]
MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
#: Failed logins counted per source across every phone (password spraying: four guesses on each of many
#: accounts never trips the per-account lock). Fixed windows, like the SMS send limits.
LOGIN_FAILURE_LIMITS: tuple[tuple[Literal["ip", "openid"], int, int], ...] = (("ip", 3600, 20), ("openid", 3600, 10))
WeChatApp = Literal["mp", "miniapp"]
#: openid -> account cache in the key-value store (shared by every worker): the bot looks the binding up
#: on every message. An entry lives this long at most (a backstop: bind, unbind and registration with a
#: binding already replace it at once, see :meth:`AccountService._forget_binding`).
BINDING_CACHE_TTL_SECONDS = 300
#: After a binding changes, its cache entry is this marker for this long: a lookup that fetched the old
#: row before the change cannot put it back (lookups only fill an absent entry), and nobody caches the
#: key meanwhile (lookups go to the database). It must outlast a lookup's database read (milliseconds).
BINDING_CHANGED_SECONDS = 10
_BINDING_CHANGED = "changed"


class _Unread:
    """:meth:`AccountService.account_for_openid` was not given the cached binding: read it."""


UNREAD = _Unread()
_NOT_BOUND = "none"


@dataclass(frozen=True)
class PreparedPassword:
    """A password that passed the rules and is already hashed.

    Dialogs collect the password before the last step; holding the hash instead of
    the clear text keeps the password out of the dialog state in Redis.
    """

    hash: str


@dataclass(frozen=True)
class RegisterCommand:
    phone: str
    password: str | PreparedPassword
    display_name: str
    email: str | None = None
    code: str | None = None
    proof: str | None = None


@dataclass(frozen=True)
class MembershipView:
    company_id: int
    company_name: str
    tax_id: str
    role: Role
    current: bool


@dataclass(frozen=True)
class AccountView:
    id: int
    phone: str
    masked_phone: str
    display_name: str
    email: str | None
    second_factor: Literal["totp", "sms"] | None
    bound_wechat: bool
    memberships: tuple[MembershipView, ...]

    @property
    def current(self) -> MembershipView | None:
        return next((m for m in self.memberships if m.current), None)


def mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:]


def mask_openid(openid: str) -> str:
    return openid[:4] + "****" + openid[-4:] if len(openid) > 8 else "****"


class AccountService:
    def __init__(
        self,
        codes: CodeService,
        sessions: SessionService,
        hasher: PasswordHasher,
        sms: SmsSender,
        email: EmailSender,
        clock: Clock,
        audit: AuditLog,
        secret_key: str = "",
    ) -> None:
        self.codes = codes
        self.sessions = sessions
        self.hasher = hasher
        self.sms = sms
        self.email = email
        self.clock = clock
        self.audit = audit
        self.secret_key = secret_key
        self.box = SecretBox(secret_key)
        self.push: PushText | None = None
        self._dummy: str | None = None

    # -- codes ---------------------------------------------------------------

    async def request_code(self, raw_phone: str, purpose: Purpose, actor: Actor) -> str:
        """Send a code by SMS. The answer is the same whether the phone has an account or not (issue 13
        #7): a registration code goes to a taken phone too (its owner learns nothing new; the caller
        is told only after proving the code), and a login or reset code for an unknown phone is
        "sent" to nobody, under the same limits."""
        phone = validators.normalize_phone(raw_phone)
        exists = await Account.exists(phone=phone)
        if purpose in (Purpose.LOGIN, Purpose.RESET, Purpose.SECOND_FACTOR) and not exists:
            await self.codes.pretend_to_send(phone, purpose, actor)
        else:
            await self.codes.send_sms_code(phone, purpose, actor)
        return phone

    async def request_reset_by_email(self, raw_phone: str, actor: Actor) -> str:
        """Send a reset code to the account's e-mail, if it has one. The answer never names the
        address nor says whether there is one (that would tell who has an account)."""
        phone = validators.normalize_phone(raw_phone)
        account = await Account.get_or_none(phone=phone)
        if account is None or not account.email:
            await self.codes.pretend_to_send(phone, Purpose.RESET, actor)
        else:
            await self.codes.send_email_code(phone, account.email, Purpose.RESET, actor)
        return ""

    async def verify_code(self, raw_phone: str, purpose: Purpose, code: str) -> str:
        """A proof of the code. Registering a taken phone is refused here, once the code is proven
        (the caller then owns that phone, and may know)."""
        phone = validators.normalize_phone(raw_phone)
        proof = await self.codes.verify_to_proof(phone, purpose, validators.check_sms_code(code))
        if purpose is Purpose.REGISTER and await Account.exists(phone=phone):
            raise AccountExists()
        return proof

    # -- registration --------------------------------------------------------

    async def prepare_password(self, password: str) -> PreparedPassword:
        return PreparedPassword(await self.hasher.hash(validators.check_password(password)))

    async def register(self, cmd: RegisterCommand, actor: Actor, *, bind_openid: str | None = None) -> int:
        phone = validators.normalize_phone(cmd.phone)
        problems: dict[str, ValidationFailed] = {}
        password = email = name = None
        if not isinstance(cmd.password, PreparedPassword):
            try:
                password = validators.check_password(cmd.password)
            except ValidationFailed as exc:
                problems["password"] = exc
        try:
            email = validators.normalize_email(cmd.email) if cmd.email else None
        except ValidationFailed as exc:
            problems["email"] = exc
        try:
            name = validators.check_display_name(cmd.display_name)
        except ValidationFailed as exc:
            problems["display_name"] = exc
        if problems:
            raise ValidationFailed(fields={k: v for exc in problems.values() for k, v in exc.fields.items()})
        assert name is not None
        # The code first: a taken phone is said only to whoever proved they hold it.
        await self.codes.check(phone, Purpose.REGISTER, code=cmd.code, proof=cmd.proof)
        if await Account.exists(phone=phone):
            raise AccountExists()
        if isinstance(cmd.password, PreparedPassword):
            password_hash = cmd.password.hash
        else:
            assert password is not None
            password_hash = await self.hasher.hash(password)
        now = self.clock.now()
        async with self.audit.transaction() as conn:
            if await Account.filter(phone=phone).using_db(conn).exists():
                raise AccountExists()
            account = await Account.create(
                phone=phone, password_hash=password_hash, email=email, display_name=name,
                created_at=now, password_changed_at=now, using_db=conn,
            )
            if bind_openid:
                await self._bind(account.id, "mp", bind_openid, None, conn)
            await self.audit.record(actor.as_account(account.id), "account.register",
                                    target=f"account:{account.id}", connection=conn)
        if bind_openid:
            await self._forget_binding("mp", bind_openid)
        return account.id

    # -- login ---------------------------------------------------------------

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
            if not admin.is_staff:
                # tortoise 1.x cannot take a values_list query as an __in operand (TypeError → 500).
                target_companies = await Membership.filter(account_id=target.id).values_list("company_id", flat=True)
                shared = await Membership.filter(
                    account_id=admin.id, role__in=[Role.OWNER, Role.ADMIN], company_id__in=list(target_companies),
                ).exists()
                if not shared:
                    raise PermissionDenied()
        await Account.filter(id=target.id).update(locked_until=None, failed_logins=0)
        await self.audit.record(actor, "account.unlock", target=f"account:{target.id}",
                                detail={"phone": mask_phone(target.phone)})

    # -- password reset ------------------------------------------------------

    async def reset_password(
        self, raw_phone: str, new_password: str, actor: Actor, *, code: str | None = None,
        proof: str | None = None, keep_session: str | None = None,
    ) -> None:
        phone = validators.normalize_phone(raw_phone)
        password = validators.check_password(new_password)
        # The code first: an unknown phone fails exactly like a wrong code.
        await self.codes.check(phone, Purpose.RESET, code=code, proof=proof)
        account = await Account.get_or_none(phone=phone)
        if account is None:
            raise SmsCodeInvalid()
        account.password_hash = await self.hasher.hash(password)
        account.password_changed_at = self.clock.now()
        account.failed_logins = 0
        account.locked_until = None
        async with self.audit.transaction() as conn:
            await account.save(using_db=conn)
            await self.audit.record(actor.as_account(account.id), "account.password_reset",
                                    target=f"account:{account.id}", connection=conn)
        await self.end_all_logins(account.id, keep_session=keep_session)
        await self.sms.send(phone, "sms.password_changed", {"name": account.display_name})
        telemetry.sms_sent("sms.password_changed")

    async def end_all_logins(self, account_id: int, *, keep_session: str | None = None) -> int:
        """After a reset or a password change: every API session (but ``keep_session``) and every
        WeChat and mini-program binding ends; whoever used them must log in again. Returns the
        number of bindings ended."""
        await self.sessions.revoke_all(account_id, keep=keep_session)
        bindings = await WeChatBinding.filter(account_id=account_id)
        await WeChatBinding.filter(id__in=[b.id for b in bindings]).delete()
        for binding in bindings:
            await self._forget_binding(binding.app, binding.openid)  # type: ignore[arg-type]
        return len(bindings)

    # -- second factor -------------------------------------------------------

    # -- WeChat binding ------------------------------------------------------

    async def _bind(self, account_id: int, app: WeChatApp, openid: str, unionid: str | None, conn: object) -> bool:
        """True when a new binding was made (False: it was there already)."""
        existing = await WeChatBinding.filter(app=app, openid=openid).using_db(conn).first()  # type: ignore[arg-type]
        if existing is not None:
            if existing.account_id != account_id:
                raise AlreadyBound()
            return False
        await WeChatBinding.create(app=app, openid=openid, unionid=unionid, account_id=account_id,
                                   created_at=self.clock.now(), using_db=conn)  # type: ignore[arg-type]
        return True

    async def bind(self, account_id: int, app: WeChatApp, openid: str, actor: Actor, unionid: str | None = None) -> None:
        async with self.audit.transaction() as conn:
            new = await self._bind(account_id, app, openid, unionid, conn)
            await self.audit.record(actor.as_account(account_id), "account.bind", target=f"{app}:{openid}",
                                    connection=conn)
        await self._forget_binding(app, openid)
        if new:
            await self._alert_new_binding(account_id, app, openid)

    async def _alert_new_binding(self, account_id: int, app: WeChatApp, openid: str) -> None:
        """A new WeChat user can now act as this account: tell the phone and every other official-account
        binding, so a takeover does not go unnoticed (issue 18). Best effort: the binding stands."""
        account = await Account.get(id=account_id)
        params = {"name": account.display_name, "app": app, "when": self.clock.now().isoformat(),
                  "masked_openid": mask_openid(openid)}
        try:
            await self.sms.send(account.phone, "sms.new_binding", params)
            telemetry.sms_sent("sms.new_binding")
        except Exception as exc:  # the SMS gateway failing must not undo a login
            log.warning("new-binding SMS to account %s failed: %r", account_id, exc)
        if self.push is None:
            return
        others = await WeChatBinding.filter(account_id=account_id, app="mp").exclude(openid=openid)
        for other in others:
            try:
                await self.push(other.openid, "bot.account.new_binding_alert", params)
            except Exception as exc:
                log.warning("new-binding alert to %s failed: %r", mask_openid(other.openid), exc)

    async def unbind(self, app: WeChatApp, openid: str, actor: Actor, *, account_id: int | None = None) -> None:
        """Unbind this WeChat user. With ``account_id`` (the API's signed-in caller) only a binding of
        that account: a mini-program code of another account's user unbinds nothing."""
        binding = await WeChatBinding.get_or_none(app=app, openid=openid)
        if binding is None or (account_id is not None and binding.account_id != account_id):
            raise NotBound()
        await binding.delete()
        await self._forget_binding(app, openid)
        await self.audit.record(actor.as_account(binding.account_id), "account.unbind", target=f"{app}:{openid}")

    @staticmethod
    def binding_key(app: WeChatApp, openid: str) -> str:
        """The store key that caches the openid's binding (the chat path reads it with the
        message's other keys, in one round trip, and passes it to :meth:`account_for_openid`)."""
        return f"wxbind:{app}:{openid}"

    _binding_key = binding_key

    async def _forget_binding(self, app: WeChatApp, openid: str) -> None:
        """After the change is committed: overwrite the cache entry with a short-lived marker, so a
        lookup that read the old row before the commit cannot cache it afterwards (it only fills an
        absent entry). Every binding change must call this; accounts are never deleted."""
        await self.codes.store.set(self._binding_key(app, openid), _BINDING_CHANGED, ttl=BINDING_CHANGED_SECONDS)

    async def account_for_openid(self, app: WeChatApp, openid: str, *,
                                 cached: str | _Unread | None = UNREAD) -> int | None:
        """The bound account (None when not bound); cached in the key-value store, see
        :data:`BINDING_CACHE_TTL_SECONDS`. ``cached``: the value of :meth:`binding_key`
        already read by the caller (None when absent), so it is not read again."""
        store = self.codes.store
        key = self._binding_key(app, openid)
        if isinstance(cached, _Unread):
            cached = await store.get(key)
        if cached is not None and cached != _BINDING_CHANGED:
            return None if cached == _NOT_BOUND else int(cached)
        account_id = await hot_queries.binding_account(app, openid)
        if cached is None:  # not while a change is settling (the marker): the row read may be the old one
            await store.set(key, _NOT_BOUND if account_id is None else str(account_id),
                            ttl=BINDING_CACHE_TTL_SECONDS, only_new=True)
        return account_id

    async def login_miniapp(self, openid: str, unionid: str | None, actor: Actor) -> tuple[str | None, str]:
        """Mini-program login: a session when the openid is bound, else a bind ticket."""
        account_id = await self.account_for_openid("miniapp", openid)
        if account_id is None and unionid:
            other = await WeChatBinding.filter(unionid=unionid).first()
            if other is not None:
                await self.bind(other.account_id, "miniapp", openid, actor, unionid)
                account_id = other.account_id
        if account_id is None:
            return None, openid
        await self.audit.record(actor.as_account(account_id), "account.login", target=f"account:{account_id}",
                                detail={"method": "miniapp"})
        return await self.sessions.create(account_id), openid

    # -- staff -------------------------------------------------------------------

    async def make_staff(self, raw_phone: str, display_name: str, actor: Actor) -> tuple[int, str | None]:
        """Platform staff (help centre, announcements). An existing account is promoted; a new
        one gets a one-time random password that must be changed with 忘记密码."""
        phone = validators.normalize_phone(raw_phone)
        account = await Account.get_or_none(phone=phone)
        password = None
        if account is None:
            password = secrets.token_urlsafe(12) + "!7a"
            now = self.clock.now()
            account = await Account.create(phone=phone, password_hash=await self.hasher.hash(password),
                                           display_name=validators.check_display_name(display_name), is_staff=True,
                                           created_at=now, password_changed_at=now)
        else:
            await Account.filter(id=account.id).update(is_staff=True)
        await self.audit.record(actor, "staff.create", target=f"account:{account.id}")
        return account.id, password

    # -- views ---------------------------------------------------------------

    async def view(self, account_id: int) -> AccountView:
        account = await Account.get_or_none(id=account_id)
        if account is None:
            raise NotFound({"what": "account"})
        memberships = await Membership.filter(account_id=account_id).order_by("id")
        companies = {c.id: c for c in await Company.filter(id__in=[m.company_id for m in memberships])}
        method: Literal["totp", "sms"] | None = (
            "totp" if account.totp_enabled else "sms" if account.sms_second_factor else None
        )
        return AccountView(
            id=account.id,
            phone=account.phone,
            masked_phone=mask_phone(account.phone),
            display_name=account.display_name,
            email=account.email,
            second_factor=method,
            bound_wechat=await WeChatBinding.exists(account_id=account_id),
            memberships=tuple(
                MembershipView(
                    company_id=m.company_id,
                    company_name=companies[m.company_id].name,
                    tax_id=companies[m.company_id].tax_id,
                    role=Role(m.role),
                    current=m.company_id == account.current_company_id,
                )
                for m in memberships
            ),
        )
