"""红字发票信息确认单 between two parties, through the platform.

Either side may start one once the buyer has confirmed the blue invoice's use (the seller
in ``red_letter``, the buyer in :meth:`RedConfirmations.request_red_as_buyer`); the other
side confirms or refuses; unconfirmed after 72 hours it lapses (the platform decides, on
the injected clock). When it is confirmed the red invoice is issued for the seller at once.
Buyer and seller are told at every step through the outbox, with the invoice number, the
seller's name and China time.
"""

from __future__ import annotations

import uuid
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from core.clock import CHINA
from core.companies.models import Company, Membership
from core.domain.actor import Actor
from core.domain.errors import NotFound, ValidationFailed
from core.domain.roles import Permission, Role
from core.invoicing.models import Invoice, RedConfirmation
from core.invoicing.red_letter import ZERO, RedLettering
from core.invoicing.views import RED_REASONS, ConfirmationView
from core.notifications.enqueue import enqueue
from core.port_data.invoice_platform import PlatformRejected, RedConfirmationInfo, RedConfirmationRequest

#: States in which a 确认单 still waits for one side.
PENDING = ("seller_pending_buyer", "buyer_pending_seller")
#: Who is told about a 确认单: the people who issue for the company.
NOTIFIED_ROLES = (Role.OWNER, Role.ADMIN, Role.ISSUER)
NOTICE_TEMPLATE = "platform.confirmation.notice"


def _view(info: RedConfirmationInfo, tax_id: str) -> ConfirmationView:
    as_seller = tax_id == info.seller_tax_id
    waiting_for = {"seller_pending_buyer": "buyer", "buyer_pending_seller": "seller"}.get(info.state)
    return ConfirmationView(
        confirmation_no=info.confirmation_no, state=info.state, blue_number=info.blue_number,
        seller_name=info.seller_name, seller_tax_id=info.seller_tax_id, buyer_name=info.buyer_name,
        buyer_tax_id=info.buyer_tax_id, initiator=info.initiator, reason_code=info.reason_code,
        total=sum((line.amount + line.tax for line in info.lines), ZERO), created_at=info.created_at,
        expires_at=info.expires_at, red_number=info.red_number, as_seller=as_seller,
        awaiting_me=waiting_for == ("seller" if as_seller else "buyer"),
    )


def _not_found_if_not_party(exc: PlatformRejected) -> None:
    """Another company's 确认单 is simply not found (no hint that it exists)."""
    if exc.provider_code == "confirmation_not_found":
        raise NotFound({"what": "confirmation"}) from None


class RedConfirmations(RedLettering):
    async def _my_company(self, actor: Actor, permission: Permission | None = None) -> Company:
        scope = await (self.companies.require(actor, permission) if permission else self.companies.require(actor))
        return await Company.get(id=scope.company_id)

    async def confirmations(self, actor: Actor, *, incoming: bool = True) -> list[ConfirmationView]:
        """``incoming``: what waits for this company's 确认/拒绝; else the ones it started."""
        company = await self._my_company(actor)
        infos = await self.platform.red_confirmations(company.tax_id)
        for info in infos:
            await self._sync(info)
        views = [_view(info, company.tax_id) for info in infos]
        if incoming:
            return [v for v in views if v.awaiting_me]
        return [v for v in views if v.initiator == ("seller" if v.as_seller else "buyer")]

    async def decide_confirmation(self, confirmation_no: str, accept: bool, actor: Actor) -> ConfirmationView:
        """The other side confirms (the red invoice is issued for the seller) or refuses."""
        company = await self._my_company(actor, Permission.ISSUE_INVOICE)
        number = str(confirmation_no).strip()
        if not number:
            raise NotFound({"what": "confirmation"})
        try:
            info = await self.platform.decide_red_confirmation(company.tax_id, number, accept)
        except PlatformRejected as exc:
            _not_found_if_not_party(exc)
            raise
        await self._sync(info, actor)
        if accept:
            local = await RedConfirmation.filter(confirmation_no=number).first()
            if local is not None and local.red_invoice_id is None:
                blue = await Invoice.get(id=local.blue_invoice_id)
                async with self.audit.transaction() as conn:
                    red_id = await self._create_red(blue, local, actor, conn)
                await self._complete(red_id, actor)
        refreshed = [i for i in await self.platform.red_confirmations(company.tax_id)
                     if i.confirmation_no == number]
        return _view(refreshed[0] if refreshed else info, company.tax_id)

    async def revoke_confirmation(self, confirmation_no: str, actor: Actor) -> ConfirmationView:
        """The side that started a 确认单 withdraws it while it waits."""
        company = await self._my_company(actor, Permission.ISSUE_INVOICE)
        try:
            info = await self.platform.revoke_red_confirmation(company.tax_id, str(confirmation_no).strip())
        except PlatformRejected as exc:
            _not_found_if_not_party(exc)
            raise
        await self._sync(info, actor)
        return _view(info, company.tax_id)

    async def request_red_as_buyer(self, number: str, reason_code: str, actor: Actor) -> ConfirmationView:
        """The buyer starts a 确认单 for the whole remainder of an invoice it received from a
        seller on fapiao; the seller confirms."""
        company = await self._my_company(actor, Permission.ISSUE_INVOICE)
        if reason_code not in RED_REASONS:
            raise ValidationFailed.one("reason_code", "red_reason_invalid")
        blue = await Invoice.filter(number=str(number).strip(), buyer_tax_id=company.tax_id, is_red=False).first() \
            if company.tax_id else None
        if blue is None or blue.number is None:
            raise NotFound({"what": "invoice"})
        self._require_red_letterable(blue)
        plan = await self._red_plan(blue, None)
        info = await self.platform.apply_red_confirmation(RedConfirmationRequest(
            request_id=uuid.uuid4().hex, initiator_tax_id=company.tax_id, blue_number=blue.number,
            reason_code=reason_code, lines=tuple(self._red_platform_line(p) for p in plan),
            line_indexes=tuple(p.line.position - 1 for p in plan)))
        scope = await self.companies.require(actor)
        await self._record_confirmation(blue, info, plan, actor, scope.account_id, initiator="buyer",
                                        buyer_company_id=company.id)
        return _view(info, company.tax_id)

    async def _sync(self, info: RedConfirmationInfo, actor: Actor | None = None) -> None:
        """Bring fapiao's copy in line with the platform (a lapse, a refusal, a revocation
        frees the blue invoice again) and tell both sides about a change."""
        local = await RedConfirmation.filter(confirmation_no=info.confirmation_no).first()
        if local is None or local.status == info.state:
            return
        async with self.audit.transaction() as conn:
            changed = await RedConfirmation.filter(id=local.id, status=local.status).using_db(conn).update(
                status=info.state, decided_at=self.clock.now(),
                decided_by_id=actor.account_id if actor else None)
            if changed != 1:
                return
            local.status = info.state
            blue = await Invoice.get(id=local.blue_invoice_id, using_db=conn)
            if info.state in ("lapsed", "refused", "revoked"):
                await Invoice.filter(id=blue.id, pending_action="confirm").using_db(conn).update(
                    pending_action="", updated_at=self.clock.now())
                await self._event(blue, actor or Actor(channel="cli"), f"red_{info.state}", conn,
                                  {"confirmation_no": info.confirmation_no})
            await self._notify_confirmation(local, blue, info.state, conn)

    async def _notify_confirmation(self, confirmation: RedConfirmation, blue: Invoice, step: str,
                                   conn: BaseDBAsyncClient, **extra: str) -> None:
        """One message per step to the issuing people of the seller AND of the buyer."""
        companies = {confirmation.seller_company_id: "seller"}
        if confirmation.buyer_company_id:
            companies[confirmation.buyer_company_id] = "buyer"
        else:
            buyer = await Company.filter(tax_id=blue.buyer_tax_id).exclude(id=blue.company_id).using_db(conn).first() \
                if blue.buyer_tax_id else None
            if buyer is not None:
                companies[buyer.id] = "buyer"
        at = self.clock.now().astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
        expires = confirmation.expires_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M") \
            if step == "requested" else ""
        for company_id, side in companies.items():
            members = await Membership.filter(company_id=company_id, role__in=list(NOTIFIED_ROLES)).using_db(conn)
            params: dict[str, Any] = {
                "step": step, "side": side, "initiator": confirmation.initiator, "number": blue.number or "",
                "seller_name": blue.seller_name, "buyer_name": blue.buyer_name, "at": at, "expires": expires,
                "confirmation_no": confirmation.confirmation_no or "", "total": str(confirmation.total),
                "reason_code": confirmation.reason_code, **extra,
            }
            for member in members:
                await enqueue(conn, account_id=member.account_id, company_id=company_id, kind="red.confirmation",
                              template=NOTICE_TEMPLATE, params=params, clock=self.clock,
                              event_id=f"red:{confirmation.confirmation_no}:{step}:{company_id}:{member.account_id}")
