"""Who may issue in a taxpayer's name (issue 13 #5).

Anybody can type a real company's name and 统一社会信用代码. In reality a service may issue for a
taxpayer only once the taxpayer authorised it in 电子税务局 (乐企); the invoicing platform
confirms that authorisation. So a new company is ``pending`` (待认证) and cannot issue until
:meth:`TaxpayerAuthService.authorize` is given the code the platform handed to the taxpayer.

* While a registration is pending, another registration of the same tax ID is allowed (the real
  owner must not be locked out by an impostor who registered first).
* The first to be authorised wins; every other registration of that tax ID becomes
  ``superseded``, its owner is told (outbox), and its drafts stay for export.
* An authorised tax ID cannot be registered again (``company_exists``).

The port is the pair of methods of :class:`core.ports.InvoicePlatform` (the sandbox
logs ``TAX AUTH for <tax id>: <code>``, like the SMS console). A new request for a tax ID
supersedes the platform's earlier pending one: whoever holds the code from 电子税务局 wins.
"""

from __future__ import annotations

import logging

from tortoise.transactions import in_transaction

from core.companies.models import Company, Membership
from core.domain.actor import Actor
from core.domain.errors import DomainError, ValidationFailed
from core.domain.roles import Role
from core.notifications.enqueue import enqueue
from core.port_data.invoice_platform import PlatformRejected
from core.ports import Clock, KeyValueStore, TaxAuthorizationPort

log = logging.getLogger("fapiao.tax_auth")
PENDING, AUTHORIZED, SUPERSEDED = "pending", "authorized", "superseded"


class CompanyNotAuthorized(DomainError):
    """The company may not issue yet: ``state`` is pending (待认证) or superseded."""

    code = "company_not_authorized"
    http_status = 403


class TaxpayerAuthService:
    def __init__(self, port: TaxAuthorizationPort, clock: Clock, store: KeyValueStore) -> None:
        self.port = port
        self.clock = clock
        self.store = store

    @staticmethod
    def check_can_issue(company: Company) -> None:
        """The gate every issuing path passes (core/invoicing/issuing.py ``_issue_in``)."""
        if company.auth_state != AUTHORIZED:
            raise CompanyNotAuthorized({"state": company.auth_state, "name": company.name})

    async def request(self, company: Company) -> None:
        """Ask the platform for the taxpayer's authorisation (at registration, and on 重新获取)."""
        try:
            answer = await self.port.request_authorization(company.tax_id, company.name)
        except Exception as exc:  # the platform down: the company stays pending, the user asks again
            log.warning("authorisation request for company %s failed: %r", company.id, exc)
            return
        company.auth_reference = answer.reference
        await Company.filter(id=company.id).update(auth_reference=answer.reference)

    async def authorize(self, company: Company, code: str, actor: Actor) -> Company:
        if company.auth_state == AUTHORIZED:
            return company
        if company.auth_state == SUPERSEDED:
            raise CompanyNotAuthorized({"state": SUPERSEDED, "name": company.name})
        value = code.strip()
        if not (value.isdigit() and len(value) == 6) or not company.auth_reference:
            raise ValidationFailed.one("code", "tax_auth_code_invalid")
        # Guessing is bounded like SMS codes: five wrong codes per company per hour.
        tries = await self.store.incr(f"taxauth:tries:{company.id}:{int(self.clock.now().timestamp() // 3600)}",
                                      ttl=3700)
        if tries > 5:
            raise ValidationFailed.one("code", "tax_auth_code_exhausted")
        try:
            answer = await self.port.confirm_authorization(company.tax_id, company.auth_reference, value)
        except PlatformRejected:  # wrong code, or a later request superseded this one
            raise ValidationFailed.one("code", "tax_auth_code_invalid") from None
        if answer.state != "authorized":
            raise ValidationFailed.one("code", "tax_auth_code_invalid")
        now = self.clock.now()
        async with in_transaction("default") as conn:
            if await Company.filter(tax_id=company.tax_id, auth_state=AUTHORIZED).using_db(conn).exists():
                # Someone else was authorised first.
                await Company.filter(id=company.id).using_db(conn).update(auth_state=SUPERSEDED)
                company.auth_state = SUPERSEDED
            else:
                await Company.filter(id=company.id, auth_state=PENDING).using_db(conn).update(
                    auth_state=AUTHORIZED, authorized_at=now)
                company.auth_state, company.authorized_at = AUTHORIZED, now
                losers = await Company.filter(tax_id=company.tax_id, auth_state=PENDING).exclude(
                    id=company.id).using_db(conn)
                for loser in losers:
                    await Company.filter(id=loser.id).using_db(conn).update(auth_state=SUPERSEDED)
                    owners = await Membership.filter(company_id=loser.id, role__in=[Role.OWNER, Role.ADMIN]) \
                        .using_db(conn).values_list("account_id", flat=True)
                    for account_id in owners:
                        await enqueue(conn, account_id=int(str(account_id)), company_id=loser.id,
                                      kind="company.superseded", template="notify.company_superseded",
                                      params={"name": loser.name, "tax_id": loser.tax_id},
                                      event_id=f"company-superseded:{loser.id}:{account_id}", clock=self.clock)
        if company.auth_state == SUPERSEDED:
            raise CompanyNotAuthorized({"state": SUPERSEDED, "name": company.name})
        return company
