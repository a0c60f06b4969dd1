"""Recovery: a forgotten password reset with an SMS (or e-mail) code, and what a reset or a password
change ends: every session and every WeChat binding (``end_all_logins``)."""

from __future__ import annotations

from core import telemetry
from core.accounts.codes import Purpose
from core.accounts.login import Login
from core.accounts.models import Account, WeChatBinding
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import SmsCodeInvalid


class Recovery(Login):
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
