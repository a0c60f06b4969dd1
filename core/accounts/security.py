"""What the signed-in account does to its own security: change the password, set up, change or turn
off the second factor (each needs the password or the current second factor, not a session alone),
recovery codes, and the list of WeChat / mini-program users bound to it.

A password change ends what a reset ends (every session and every binding) and says so by SMS.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import pyotp

from core import telemetry
from core.accounts.credentials import format_recovery_code, new_recovery_codes, qr_png, recovery_digest, totp_step
from core.accounts.models import Account, RecoveryCode, WeChatBinding
from core.accounts.service import AccountService
from core.accounts.views import AccountView, WeChatApp, mask_openid
from core.accounts.views import BindingView as BindingView  # where it was defined first
from core.adapters.hot_queries import Conversions, Sql, fetch
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import NotFound, SecondFactorInvalid, ValidationFailed

REAUTH_PROOF_SECONDS = 300
_BINDINGS = Sql("SELECT id, app, openid, created_at FROM wechat_binding WHERE account_id = {} ORDER BY id")


#: The binding's created_at field: SQLite's text read as the model reads it (Conversions.moment).
_CREATED_AT = WeChatBinding._meta.fields_map["created_at"]


@dataclass(frozen=True)
class TotpSetup:
    secret: str
    provisioning_uri: str
    #: The QR code of ``provisioning_uri`` (PNG), for the chat's image message and the API.
    qr_png: bytes


def binding_view(row: Sequence[Any], openid: str | None) -> BindingView:
    """The view of a binding's (id, app, openid, created_at) row, ``openid``'s marked current."""
    return BindingView(id=int(row[0]), app=cast(WeChatApp, str(row[1])), masked_openid=mask_openid(str(row[2])),
                       created_at=Conversions.moment(_CREATED_AT, row[3]), current=str(row[2]) == openid)


class AccountSecurity:
    def __init__(self, accounts: AccountService) -> None:
        self.accounts = accounts

    async def reauthenticate(self, account_id: int, actor: Actor, *, password: str | None = None,
                             code: str | None = None) -> str:
        """Check the password or the current second factor now; returns a proof (5 minutes, one use)
        for the next step of a dialog, so that the password itself is never kept in dialog state."""
        account = await Account.get(id=account_id)
        await self._reauthenticate(account, actor, password=password, code=code)
        proof = secrets.token_urlsafe(24)
        await self.accounts.codes.store.set(f"reauth:{proof}", str(account_id), ttl=REAUTH_PROOF_SECONDS)
        return proof

    async def _reauthenticate(self, account: Account, actor: Actor, *, password: str | None,
                              code: str | None, proof: str | None = None) -> None:
        """The password, or the current second factor, proves the person is the owner (a stolen
        session alone cannot turn the second factor off). Failures count towards the lockout."""
        accounts = self.accounts
        if proof:
            owner = await accounts.codes.store.get(f"reauth:{proof}")
            if owner == str(account.id) and await accounts.codes.store.delete(f"reauth:{proof}") == 1:
                return
            raise ValidationFailed.one("password", "reauth_required")
        await accounts._refuse_if_locked(account, actor)
        if password:
            if not await accounts.hasher.verify(account.password_hash, password):
                await accounts._fail(account, actor)
            return
        if code and (account.totp_enabled or account.sms_second_factor):
            if not await accounts._second_factor_ok(account, code):
                await accounts._fail(account, actor, second_factor=True)
            return
        raise ValidationFailed.one("password", "reauth_required")

    # -- password ------------------------------------------------------------------------

    async def change_password(self, account_id: int, current: str | None, new: str, actor: Actor, *,
                              proof: str | None = None) -> int:
        """Change the password (the current one, or a proof from :meth:`reauthenticate`); ends every
        session and every binding, like a reset. Returns how many bindings were ended."""
        accounts = self.accounts
        account = await Account.get(id=account_id)
        password = validators.check_password(new, "new_password")
        if proof:
            if await accounts.hasher.verify(account.password_hash, password):
                raise ValidationFailed.one("new_password", "password_unchanged")
            await self._reauthenticate(account, actor, password=None, code=None, proof=proof)
        else:
            await self._reauthenticate(account, actor, password=current or "-", code=None)
            if password == current:
                raise ValidationFailed.one("new_password", "password_unchanged")
        account.password_hash = await accounts.hasher.hash(password)
        account.password_changed_at = accounts.clock.now()
        async with accounts.audit.transaction() as conn:
            await account.save(update_fields=["password_hash", "password_changed_at"], using_db=conn)
            await accounts.audit.record(actor.as_account(account_id), "account.password_change",
                                        target=f"account:{account_id}", connection=conn)
        ended = await accounts.end_all_logins(account_id)
        await accounts.sms.send(account.phone, "sms.password_changed", {"name": account.display_name})
        telemetry.sms_sent("sms.password_changed")
        return ended

    # -- second factor -------------------------------------------------------------------

    async def start_totp(self, account_id: int, actor: Actor, *, password: str | None = None,
                         code: str | None = None, proof: str | None = None) -> TotpSetup:
        accounts = self.accounts
        account = await Account.get(id=account_id)
        await self._reauthenticate(account, actor, password=password, code=code, proof=proof)
        secret = pyotp.random_base32()
        if account.totp_enabled:
            # Replacing a working authenticator: the old one keeps working until the new one is confirmed.
            await accounts.codes.store.set(f"totp:pending:{account_id}", accounts.box.seal(secret), ttl=900)
        else:
            account.totp_secret = accounts.box.seal(secret)
            await account.save(update_fields=["totp_secret"])
        await accounts.audit.record(actor.as_account(account_id), "account.second_factor_setup",
                                    target=f"account:{account_id}", detail={"method": "totp"})
        uri = pyotp.TOTP(secret).provisioning_uri(name=account.phone, issuer_name="fapiao")
        return TotpSetup(secret=secret, provisioning_uri=uri, qr_png=qr_png(uri))

    async def confirm_totp(self, account_id: int, code: str, actor: Actor) -> list[str]:
        """Turn the authenticator on with its first code; returns ten new recovery codes (shown once)."""
        accounts = self.accounts
        account = await Account.get(id=account_id)
        pending = await accounts.codes.store.get(f"totp:pending:{account_id}")
        sealed = pending or account.totp_secret
        if not sealed:
            raise SecondFactorInvalid({"tries_left": None})
        step = totp_step(accounts.box.open(sealed), code, accounts.clock.now())
        if step is None or not await accounts.codes.store.set(f"totp:used:{account_id}:{step}", "1", ttl=120,
                                                               only_new=True):
            raise SecondFactorInvalid({"tries_left": None})
        account.totp_secret = sealed
        account.totp_enabled = True
        account.sms_second_factor = False
        codes = new_recovery_codes()
        now = accounts.clock.now()
        async with accounts.audit.transaction() as conn:
            await account.save(update_fields=["totp_secret", "totp_enabled", "sms_second_factor"], using_db=conn)
            await RecoveryCode.filter(account_id=account_id).using_db(conn).delete()
            await RecoveryCode.bulk_create([
                RecoveryCode(account_id=account_id, digest=recovery_digest(accounts.secret_key, account_id, c),
                             created_at=now) for c in codes], using_db=conn)
            await accounts.audit.record(actor, "account.second_factor_on", target=f"account:{account_id}",
                                        detail={"method": "totp"}, connection=conn)
        await accounts.codes.store.delete(f"totp:pending:{account_id}")
        return [format_recovery_code(c) for c in codes]

    async def set_sms_second_factor(self, account_id: int, actor: Actor, *, password: str | None = None,
                                    code: str | None = None, proof: str | None = None) -> None:
        accounts = self.accounts
        account = await Account.get(id=account_id)
        await self._reauthenticate(account, actor, password=password, code=code, proof=proof)
        await Account.filter(id=account_id).update(sms_second_factor=True, totp_enabled=False, totp_secret=None)
        await RecoveryCode.filter(account_id=account_id).delete()
        await accounts.audit.record(actor, "account.second_factor_on", target=f"account:{account_id}",
                                    detail={"method": "sms"})

    async def disable_second_factor(self, account_id: int, actor: Actor, *, password: str | None = None,
                                    code: str | None = None, proof: str | None = None) -> None:
        accounts = self.accounts
        account = await Account.get(id=account_id)
        await self._reauthenticate(account, actor, password=password, code=code, proof=proof)
        await Account.filter(id=account_id).update(sms_second_factor=False, totp_enabled=False, totp_secret=None)
        await RecoveryCode.filter(account_id=account_id).delete()
        await accounts.audit.record(actor, "account.second_factor_off", target=f"account:{account_id}")

    async def recovery_codes_left(self, account_id: int) -> int:
        return await RecoveryCode.filter(account_id=account_id, used_at=None).count()

    # -- bindings ------------------------------------------------------------------------

    async def bindings(self, account_id: int, *, openid: str | None = None) -> list[BindingView]:
        # Plain SQL (core/adapters/hot_queries.py), held to the ORM query it replaces by
        # tests/integration/test_account_hot_reads.py.
        return [binding_view(row, openid) for row in await fetch(_BINDINGS, account_id)]

    async def summary(self, account_id: int, *, openid: str | None = None) -> tuple[AccountView, list[BindingView]]:
        """我的账户: the account's view and its bindings (``openid``'s marked current), in one
        statement (the companies' side of the seam reads both: Memberships.account_summary)."""
        summary = await self.accounts.memberships.account_summary(account_id, openid)
        if summary is None:
            raise NotFound({"what": "account"})
        return summary

    async def remove_binding(self, account_id: int, binding_id: int, actor: Actor) -> BindingView:
        binding = await WeChatBinding.get_or_none(id=binding_id, account_id=account_id)
        if binding is None:
            raise NotFound({"what": "binding"})
        view = BindingView(id=binding.id, app=binding.app, masked_openid=mask_openid(binding.openid),  # type: ignore[arg-type]
                           created_at=binding.created_at, current=False)
        await self.accounts.unbind(binding.app, binding.openid, actor, account_id=account_id)  # type: ignore[arg-type]
        return view
