"""Registration: the SMS code every code dialog starts with (registration, login by code, reset:
the same answer whether the phone has an account or not), the password prepared ahead of the last
step, the new account (bound to the WeChat user who registered), and staff accounts."""

from __future__ import annotations

import secrets

from core.accounts.binding import Binding
from core.accounts.codes import Purpose
from core.accounts.models import Account
from core.accounts.views import PreparedPassword, RegisterCommand
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import AccountExists, ValidationFailed


class Registration(Binding):
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

    async def verify_code(self, raw_phone: str, purpose: Purpose, code: str) -> str:
        """A proof of the code. Registering a taken phone is refused here, once the code is proven
        (the caller then owns that phone, and may know)."""
        phone = validators.normalize_phone(raw_phone)
        proof = await self.codes.verify_to_proof(phone, purpose, validators.check_sms_code(code))
        if purpose is Purpose.REGISTER and await Account.exists(phone=phone):
            raise AccountExists()
        return proof

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
