"""What every account use case shares: the collaborators (codes, sessions, hasher, senders, clock,
audit log, the sealing box) and the one thing accounts ask of companies, :class:`Memberships`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

from core.accounts.codes import CodeService
from core.accounts.credentials import SecretBox
from core.accounts.sessions import SessionService
from core.accounts.views import AccountView, BindingView
from core.audit.log import AuditLog
from core.ports import Clock, EmailSender, PasswordHasher, SmsSender

#: Sends a text (template key + params) to one official-account user: wired by the composition root
#: (fapiao/bootstrap.py, where the texts live); None sends nothing.
PushText = Callable[[str, str, Mapping[str, Any]], Awaitable[None]]


class Memberships(Protocol):
    """The companies an account belongs to, as accounts need them (the account's view, who may unlock
    it). Companies build on accounts, not back: implemented in core/companies/memberships.py and
    wired by core/container.py."""

    async def account_view(self, account_id: int) -> AccountView | None:
        """The account's view (None: no such account) with its memberships, oldest first, each with
        its company's name and tax ID. Companies answer it because the memberships are theirs: the
        account's row and its companies are one joined read (我的账户 is a frequent chat command)."""
        ...

    async def account_summary(self, account_id: int,
                              openid: str | None) -> tuple[AccountView, list[BindingView]] | None:
        """:meth:`account_view` and the account's WeChat bindings (oldest first, ``openid``'s marked
        current) in one read: 我的账户 shows both."""
        ...

    async def manages_member(self, manager_id: int, account_id: int) -> bool:
        """True when ``manager_id`` is an owner or admin of a company ``account_id`` belongs to."""
        ...


class AccountsBase:
    def __init__(
        self,
        codes: CodeService,
        sessions: SessionService,
        hasher: PasswordHasher,
        sms: SmsSender,
        email: EmailSender,
        clock: Clock,
        audit: AuditLog,
        memberships: Memberships,
        secret_key: str = "",
    ) -> None:
        self.codes = codes
        self.sessions = sessions
        self.hasher = hasher
        self.sms = sms
        self.email = email
        self.clock = clock
        self.audit = audit
        self.memberships = memberships
        self.secret_key = secret_key
        self.box = SecretBox(secret_key)
        self.push: PushText | None = None
        self._dummy: str | None = None
