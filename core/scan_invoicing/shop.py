"""The shop's side of 扫码开票: stores, codes, open requests, 同意 / 拒绝 / 修改, re-delivery."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from core.audit.log import AuditLog
from core.companies.models import Company, Membership, Product
from core.companies.scope import Scope
from core.companies.service import CompanyService
from core.domain import tax_code_search, validators
from core.domain.actor import Actor
from core.domain.errors import NotFound, ValidationFailed
from core.domain.links import poster_url
from core.domain.money import parse_money
from core.domain.roles import ROLE_PERMISSIONS, Permission, Role
from core.domain.taxpayer_id import normalize_tax_id
from core.ports import Clock, KeyValueStore, QrRenderer
from core.scan_invoicing.errors import ScanRequestClosed
from core.scan_invoicing.issuing import Outcome, ScanIssuer
from core.scan_invoicing.models import ScanCode, ScanMessage, ScanRequest, ScanStore
from core.scan_invoicing.rules import OPEN_STATUSES, ORDER_CODE_MAX_TTL, ORDER_CODE_TTL, request_expired
from core.scan_invoicing.views import CodeView, RequestView, StoreView, code_view, request_view, store_view

POSTER_SIZES = ("A4", "A6")
POSTER_LINK_TTL = 86400


@dataclass(frozen=True)
class CodeInput:
    kind: str = "counter"  # counter or order
    amount: str = ""  # order codes
    items: tuple[str, ...] = ()  # item names (order codes; a counter code's default item)
    expires_in_minutes: int | None = None
    store_id: int | None = None
    store_name: str = ""
    auto_issue: bool = False
    auto_cap: str = ""
    daily_cap: str = ""


@dataclass(frozen=True)
class Changes:
    """What 修改 may change before the invoice is issued."""

    amount: str = ""
    item: str = ""
    buyer_name: str = ""
    buyer_tax_id: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CodeKit:
    view: CodeView
    png: bytes
    poster_a4: str
    poster_a6: str


def new_code() -> str:
    return secrets.token_urlsafe(16)  # 128 bits


class ScanShopService:
    def __init__(self, clock: Clock, audit: AuditLog, companies: CompanyService, issuer: ScanIssuer,
                 qr: QrRenderer, public_base_url: str, store: KeyValueStore) -> None:
        self.store = store
        self.clock = clock
        self.audit = audit
        self.companies = companies
        self.issuer = issuer
        self.qr = qr
        self.public_base_url = public_base_url

    # -- stores -------------------------------------------------------------------------------

    async def add_store(self, name: str, issuer_account_id: int | None, actor: Actor) -> StoreView:
        scope = await self.companies.require(actor, Permission.MANAGE_COMPANY)
        name = validators.check_text(name, "store.name", max_len=40)
        issuer = issuer_account_id or scope.account_id
        member = await Membership.get_or_none(company_id=scope.company_id, account_id=issuer)
        if member is None or Permission.ISSUE_INVOICE not in ROLE_PERMISSIONS[Role(member.role)]:
            raise ValidationFailed.one("store.issuer", "scan_store_issuer_invalid")
        if await ScanStore.exists(company_id=scope.company_id, name=name):
            raise ValidationFailed.one("store.name", "scan_store_exists", name=name)
        async with self.audit.transaction() as conn:
            store = await ScanStore.create(company_id=scope.company_id, name=name, issuer_account_id=issuer,
                                           created_at=self.clock.now(), using_db=conn)
            await self.audit.record(actor, "scan.store_created", target=f"scan_store:{store.id}",
                                    company_id=scope.company_id, detail={"name": name, "issuer": issuer},
                                    connection=conn)
        return store_view(store)

    async def stores(self, actor: Actor) -> list[StoreView]:
        scope = await self.companies.require(actor)
        return [store_view(s) for s in await ScanStore.filter(company_id=scope.company_id).order_by("id")]

    # -- codes --------------------------------------------------------------------------------

    async def _items(self, company_id: int, names: tuple[str, ...], amount: Decimal | None) -> list[dict[str, str]]:
        items: list[dict[str, str]] = []
        for index, raw in enumerate(names):
            name = validators.check_text(raw, f"items.{index}", max_len=90)
            product = await Product.get_or_none(company_id=company_id, name=name)
            if product is not None:
                items.append({"name": name, "tax_code": product.tax_code, "rate": product.rate_code})
                continue
            if tax_code_search.guess(name) is None:
                raise ValidationFailed.one(f"items.{index}", "tax_code_guess_failed", name=name)
            items.append({"name": name})
        if amount is not None and items:
            items[0]["amount"] = str(amount)  # one line carries the amount; more lines: first one
        return items[:1] if amount is not None else items

    async def create_code(self, data: CodeInput, actor: Actor) -> CodeView:
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        if data.kind not in ("counter", "order"):
            raise ValidationFailed.one("kind", "scan_code_kind_invalid")
        store = None
        if data.store_id is not None or data.store_name.strip():
            store = await ScanStore.get_or_none(id=data.store_id, company_id=scope.company_id) \
                if data.store_id is not None else \
                await ScanStore.get_or_none(name=data.store_name.strip(), company_id=scope.company_id)
            if store is None:
                raise NotFound({"what": "store"})
        amount = parse_money(data.amount, "amount") if data.kind == "order" else None
        if data.kind == "order" and not data.items:
            raise ValidationFailed.one("items", "scan_items_required")
        items = await self._items(scope.company_id, data.items, amount)
        now = self.clock.now()
        expires = None
        if data.kind == "order":
            ttl = timedelta(minutes=data.expires_in_minutes) if data.expires_in_minutes else ORDER_CODE_TTL
            if ttl <= timedelta(0) or ttl > ORDER_CODE_MAX_TTL:
                raise ValidationFailed.one("expires_in_minutes", "scan_code_ttl_invalid",
                                           max=int(ORDER_CODE_MAX_TTL.total_seconds() // 60))
            expires = now + ttl
        auto_cap = parse_money(data.auto_cap, "auto_cap") if data.auto_cap.strip() else None
        daily_cap = parse_money(data.daily_cap, "daily_cap") if data.daily_cap.strip() else None
        async with self.audit.transaction() as conn:
            code = await ScanCode.create(
                code=new_code(), company_id=scope.company_id, store_id=store.id if store else None, kind=data.kind,
                amount=amount, items=items, expires_at=expires, auto_issue=data.auto_issue, auto_cap=auto_cap,
                daily_cap=daily_cap, issuer_account_id=store.issuer_account_id if store else scope.account_id,
                created_by_id=scope.account_id, created_at=now, using_db=conn)
            await self.audit.record(actor, "scan.code_created", target=f"scan_code:{code.id}",
                                    company_id=scope.company_id,
                                    detail={"kind": data.kind, "amount": str(amount) if amount else None,
                                            "auto_issue": data.auto_issue, "store": code.store_id},
                                    connection=conn)
        return code_view(code, self.public_base_url, store.name if store else "")

    async def create_code_kit(self, data: CodeInput, actor: Actor) -> CodeKit:
        """A new code with what chat hands the shop: the QR PNG and the poster links."""
        view = await self.create_code(data, actor)
        return CodeKit(view=view, png=self.qr.qr_png(view.url),
                       poster_a4=await self.poster_link(view.id, "A4", actor),
                       poster_a6=await self.poster_link(view.id, "A6", actor))

    async def _code(self, code_id: int, scope: Scope) -> ScanCode:
        code = await ScanCode.get_or_none(id=code_id, company_id=scope.company_id)
        if code is None:
            raise NotFound({"what": "scan_code"})
        return code

    async def codes(self, actor: Actor, limit: int = 50) -> list[CodeView]:
        scope = await self.companies.require(actor)
        stores = {s.id: s.name for s in await ScanStore.filter(company_id=scope.company_id)}
        rows = await ScanCode.filter(company_id=scope.company_id, revoked_at=None).order_by("-id").limit(limit)
        return [code_view(c, self.public_base_url, stores.get(c.store_id or 0, "")) for c in rows]

    async def revoke_code(self, code_id: int, actor: Actor) -> None:
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        code = await self._code(code_id, scope)
        async with self.audit.transaction() as conn:
            await ScanCode.filter(id=code.id).using_db(conn).update(revoked_at=self.clock.now())
            await self.audit.record(actor, "scan.code_revoked", target=f"scan_code:{code.id}",
                                    company_id=scope.company_id, connection=conn)

    async def code_png(self, code_id: int, actor: Actor) -> tuple[CodeView, bytes]:
        scope = await self.companies.require(actor)
        code = await self._code(code_id, scope)
        view = code_view(code, self.public_base_url, "")
        return view, self.qr.qr_png(view.url)

    async def code_poster(self, code_id: int, size: str, actor: Actor) -> tuple[CodeView, bytes]:
        scope = await self.companies.require(actor)
        if size not in POSTER_SIZES:
            raise ValidationFailed.one("size", "scan_poster_size_invalid")
        code = await self._code(code_id, scope)
        company = await Company.get(id=scope.company_id)
        store = await ScanStore.get_or_none(id=code.store_id) if code.store_id else None
        view = code_view(code, self.public_base_url, store.name if store else "")
        return view, self.qr.poster_pdf(view.url, company.name, view.store_name, size)

    async def poster_link(self, code_id: int, size: str, actor: Actor) -> str:
        """A download link for the poster (128-bit token, a day), for chat where there is no session."""
        scope = await self.companies.require(actor)
        if size not in POSTER_SIZES:
            raise ValidationFailed.one("size", "scan_poster_size_invalid")
        code = await self._code(code_id, scope)
        token = secrets.token_urlsafe(16)
        await self.store.set(f"scan:poster:{token}", f"{code.id}:{size}:{scope.account_id}", ttl=POSTER_LINK_TTL)
        return poster_url(self.public_base_url, token)

    async def poster_by_link(self, token: str) -> bytes:
        raw = await self.store.get(f"scan:poster:{token[:32]}") if token else None
        if raw is None:
            raise NotFound({"what": "scan_code"})
        code_id, size, account_id = raw.split(":")
        return (await self.code_poster(int(code_id), size, Actor(channel="h5", account_id=int(account_id))))[1]

    # -- requests -----------------------------------------------------------------------------

    async def expire_old(self, company_id: int) -> None:
        now = self.clock.now()
        for request in await ScanRequest.filter(company_id=company_id, status="submitted"):
            if request_expired(request.status, request.created_at, now):
                async with self.audit.transaction() as conn:
                    changed = await ScanRequest.filter(id=request.id, status="submitted").using_db(conn).update(
                        status="expired", decided_at=now)
                    if changed:
                        await self.audit.record(Actor(channel="cli"), "scan.request_expired",
                                                target=f"scan_request:{request.id}", company_id=company_id,
                                                connection=conn)

    async def requests(self, actor: Actor, *, open_only: bool = True, limit: int = 50) -> list[RequestView]:
        scope = await self.companies.require(actor)
        await self.expire_old(scope.company_id)
        query = ScanRequest.filter(company_id=scope.company_id)
        if open_only:
            query = query.filter(status__in=OPEN_STATUSES)
        rows = [await self.issuer.sync(r) for r in await query.order_by("-id").limit(limit)]
        out = []
        for row in rows:
            if open_only and row.status not in OPEN_STATUSES:
                continue
            messages = await ScanMessage.filter(request_id=row.id, from_shop=False).order_by("id") \
                .values_list("body", flat=True)
            out.append(request_view(row, tuple(str(m) for m in messages)))
        return out

    async def _request(self, request_id: int | None, scope: Scope) -> ScanRequest:
        if request_id is None:
            # "同意" without a number: the one open request, if there is exactly one.
            rows = await ScanRequest.filter(company_id=scope.company_id, status="submitted").order_by("-id").limit(2)
            if len(rows) != 1:
                raise ValidationFailed.one("request", "scan_request_ambiguous" if rows else "scan_request_none",
                                           count=len(rows))
            return rows[0]
        request = await ScanRequest.get_or_none(id=request_id, company_id=scope.company_id)
        if request is None:
            raise NotFound({"what": "scan_request"})
        return request

    async def get(self, request_id: int, actor: Actor) -> RequestView:
        scope = await self.companies.require(actor)
        request = await self.issuer.sync(await self._request(request_id, scope))
        messages = await ScanMessage.filter(request_id=request.id, from_shop=False).order_by("id") \
            .values_list("body", flat=True)
        return request_view(request, tuple(str(m) for m in messages))

    async def approve(self, request_id: int | None, actor: Actor) -> tuple[RequestView, Outcome]:
        """同意: issue through the core issuing (审核 honoured), then deliver to the buyer."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        await self.expire_old(scope.company_id)
        request = await self._request(request_id, scope)
        if request.status not in OPEN_STATUSES:
            raise ScanRequestClosed({"status": request.status})
        outcome = await self.issuer.issue(request, actor, auto=False)
        return request_view(await ScanRequest.get(id=request.id)), outcome

    async def refuse(self, request_id: int | None, reason: str, actor: Actor) -> RequestView:
        """拒绝 <原因>: the buyer's page shows the reason."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        request = await self._request(request_id, scope)  # another company's request: not found first
        reason = validators.check_text(reason, "reason", max_len=200)
        async with self.audit.transaction() as conn:
            changed = await ScanRequest.filter(id=request.id, status="submitted").using_db(conn).update(
                status="rejected", reason=reason, decided_at=self.clock.now(), decided_by_id=scope.account_id)
            if changed != 1:
                raise ScanRequestClosed({"status": request.status})
            await self.audit.record(actor, "scan.request_rejected", target=f"scan_request:{request.id}",
                                    company_id=scope.company_id, detail={"reason": reason}, connection=conn)
        return request_view(await ScanRequest.get(id=request.id))

    async def modify(self, request_id: int | None, changes: Changes, actor: Actor) -> RequestView:
        """修改 before 同意: the amount, the item, the 抬头 (the buyer's page shows the result)."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        request = await self._request(request_id, scope)
        values: dict[str, object] = {}
        items = [dict(i) for i in request.items or []]
        if changes.amount.strip():
            amount = parse_money(changes.amount, "amount")
            values["amount"] = amount
            for item in items[:1]:
                item["amount"] = str(amount)
        if changes.item.strip():
            name = validators.check_text(changes.item, "item", max_len=90)
            if tax_code_search.guess(name) is None and not await Product.exists(company_id=scope.company_id, name=name):
                raise ValidationFailed.one("item", "tax_code_guess_failed", name=name)
            amount_text = str(values.get("amount", request.amount))
            items = [{"name": name, "amount": amount_text}]
        if changes.buyer_name.strip():
            values["buyer_name"] = validators.check_text(changes.buyer_name, "buyer.name", max_len=100)
        if changes.buyer_tax_id is not None:
            values["buyer_tax_id"] = normalize_tax_id(changes.buyer_tax_id, "buyer.tax_id") \
                if changes.buyer_tax_id.strip() else ""
        if not values and not changes.item.strip():
            raise ValidationFailed.one("changes", "scan_nothing_to_change")
        values["items"] = items
        async with self.audit.transaction() as conn:
            changed = await ScanRequest.filter(id=request.id, status="submitted").using_db(conn).update(**values)
            if changed != 1:
                raise ScanRequestClosed({"status": request.status})
            await self.audit.record(actor, "scan.request_modified", target=f"scan_request:{request.id}",
                                    company_id=scope.company_id, detail={"changed": sorted(values)},
                                    connection=conn)
        return request_view(await ScanRequest.get(id=request.id))

    async def redeliver(self, request_id: int, actor: Actor, *, email: str = "", phone: str = "") -> list[str]:
        """重新交付 to the address on the request or a corrected one (logged with the masked address)."""
        scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
        request = await self.issuer.sync(await self._request(request_id, scope))
        if request.status != "issued":
            raise ScanRequestClosed({"status": request.status})
        address = validators.normalize_email(email, "email") if email.strip() else None
        mobile = validators.normalize_phone(phone, "phone") if phone.strip() else None
        return await self.issuer.deliver(request, actor, email=address, phone=mobile, redelivery=True)
