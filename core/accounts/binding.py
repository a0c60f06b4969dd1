"""WeChat binding: an official-account or mini-program user bound to an account (bind, unbind, the
alert a new binding sends), the openid -> account cache every chat message reads, and the
mini-program's login by openid."""

from __future__ import annotations

import logging

from core import telemetry
from core.accounts.lockout import Lockout
from core.accounts.models import Account, WeChatBinding
from core.accounts.views import WeChatApp, mask_openid
from core.adapters import hot_queries
from core.domain.actor import Actor
from core.domain.errors import AlreadyBound, NotBound

log = logging.getLogger(__name__)
#: openid -> account cache in the key-value store (shared by every worker): the bot looks the binding up
#: on every message. An entry lives this long at most (a backstop: bind, unbind and registration with a
#: binding already replace it at once, see :meth:`Binding._forget_binding`).
BINDING_CACHE_TTL_SECONDS = 300
#: After a binding changes, its cache entry is this marker for this long: a lookup that fetched the old
#: row before the change cannot put it back (lookups only fill an absent entry), and nobody caches the
#: key meanwhile (lookups go to the database). It must outlast a lookup's database read (milliseconds).
BINDING_CHANGED_SECONDS = 10
_BINDING_CHANGED = "changed"


class _Unread:
    """:meth:`Binding.account_for_openid` was not given the cached binding: read it."""


UNREAD = _Unread()
_NOT_BOUND = "none"


class Binding(Lockout):
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
