"""The buyer's side of 扫码开票 (no account): open a code, submit a 抬头, follow the request.

Everything here is public, so it is limited per address and per code, the server is the
authority on an order code's amount, and a page only ever shows the one request its
unguessable token names.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime, time
from decimal import Decimal

from tortoise.functions import Sum

from core.audit.log import AuditLog
from core.clock import CHINA
from core.companies.models import Company, Customer, Product
from core.companies.service import CompanyService
from core.domain import tax_code_search, validators
from core.domain.actor import Actor
from core.domain.errors import FieldChecks, NotFound, ValidationFailed
from core.domain.money import parse_money
from core.domain.roles import Permission
from core.domain.taxpayer_id import normalize_tax_id
from core.invoicing.models import Invoice
from core.ports import Clock, KeyValueStore
from core.scan_invoicing.errors import ScanAmountChanged, ScanCodeUnusable, ScanLimitReached
from core.scan_invoicing.issuing import ScanIssuer, money
from core.scan_invoicing.models import ScanCode, ScanMessage, ScanRequest, ScanStore
from core.scan_invoicing.rules import (
    BUYER_STATUS,
    MESSAGES_PER_REQUEST_PER_DAY,
    PER_CODE_PER_DAY,
    PER_CODE_PER_IP_PER_DAY,
    PER_IP_PER_HOUR,
    SUGGEST_LIMIT,
    SUGGEST_MIN_CHARS,
    VIEWS_PER_IP_PER_MINUTE,
    auto_issue_allowed,
    code_refusal,
    request_expired,
)
from core.scan_invoicing.views import CodePage, StatusPage

#: How long a select-title nonce waits for WeChat's ``submit_invoice_title`` event.
TITLE_TTL = 1800
TITLE_ATTACH = "scan:"


@dataclass(frozen=True)
class Submission:
    kind: str = "normal"
    is_person: bool = False
    buyer_name: str = ""
    buyer_tax_id: str = ""
    address_phone: str = ""
    bank_account: str = ""
    email: str = ""
    phone: str = ""
    amount: str = ""  # counter codes: typed by the buyer; order codes: must equal the code's
    item: str = ""  # counter codes: a product of the shop's
    contact_name: str = ""
    openid: str = ""


class ScanBuyerService:
    def __init__(self, clock: Clock, store: KeyValueStore, audit: AuditLog, companies: CompanyService,
                 issuer: ScanIssuer) -> None:
        self.clock = clock
        self.store = store
        self.audit = audit
        self.companies = companies
        self.issuer = issuer

    # -- limits -------------------------------------------------------------------------------

    async def _limit(self, key: str, limit: int, ttl: int, scope: str) -> None:
        if await self.store.incr(key, ttl=ttl) > limit:
            raise ScanLimitReached({"scope": scope, "retry_after": ttl})

    async def check_view(self, ip: str) -> None:
        """Page views per address per minute (code pages, status pages, suggestions, PDFs)."""
        minute = self.clock.now().strftime("%Y%m%d%H%M")
        await self._limit(f"scan:view:{ip}:{minute}", VIEWS_PER_IP_PER_MINUTE, 120, "views")

    # -- codes --------------------------------------------------------------------------------

    async def _usable(self, raw: str) -> ScanCode:
        code = await ScanCode.get_or_none(code=raw.strip()[:32]) if raw.strip() else None
        if code is None:
            raise ScanCodeUnusable({"why": "unknown"})
        why = code_refusal(kind=code.kind, now=self.clock.now(), expires_at=code.expires_at,
                           used_at=code.used_at, revoked_at=code.revoked_at)
        if why:
            raise ScanCodeUnusable({"why": why})
        return code

    async def open_code(self, raw: str) -> CodePage:
        code = await self._usable(raw)
        company = await Company.get(id=code.company_id)
        store = await ScanStore.get_or_none(id=code.store_id) if code.store_id else None
        products: tuple[str, ...] = ()
        if code.kind == "counter":
            names = await Product.filter(company_id=code.company_id).order_by("-last_used_at", "id").limit(30) \
                .values_list("name", flat=True)
            products = tuple(str(n) for n in names) or tuple(str(i["name"]) for i in code.items or [])
        return CodePage(code=code.code, kind=code.kind, shop_name=company.name, store_name=store.name if store else "",
                        amount=code.amount, items=tuple(str(i["name"]) for i in code.items or []),
                        products=products, allows_special="special" in (company.allowed_kinds or []))

    async def suggest(self, raw: str, prefix: str) -> list[tuple[str, str]]:
        """抬头 the shop saved that start with what the buyer typed: organisations only (a
        company's name and tax ID are public), never persons, a handful at most."""
        code = await self._usable(raw)
        text = prefix.strip()
        if len(text) < SUGGEST_MIN_CHARS:
            return []
        rows = await Customer.filter(company_id=code.company_id, is_person=False, name__startswith=text) \
            .exclude(tax_id="").order_by("-last_used_at").limit(SUGGEST_LIMIT)
        return [(c.name, c.tax_id) for c in rows]

    # -- submitting ---------------------------------------------------------------------------

    def _lines(self, code: ScanCode, data: Submission, products: dict[str, Product]) -> tuple[Decimal, list[dict[str, str]]]:
        if code.kind == "order":
            assert code.amount is not None
            if data.amount.strip():
                try:
                    typed = parse_money(data.amount, "amount")
                except ValidationFailed:
                    raise ScanAmountChanged({"amount": money(code.amount)}) from None
                if typed != code.amount:
                    raise ScanAmountChanged({"amount": money(code.amount)})
            return code.amount, [dict(i) for i in code.items or []]
        amount = parse_money(data.amount, "amount")
        name = validators.check_text(data.item, "item", max_len=90)
        product = products.get(name)
        if product is not None:
            return amount, [{"name": name, "amount": str(amount), "tax_code": product.tax_code,
                             "rate": product.rate_code}]
        defaults = {str(i["name"]): i for i in code.items or []}
        if name not in defaults and tax_code_search.guess(name) is None:
            raise ValidationFailed.one("item", "tax_code_guess_failed", name=name)
        return amount, [{**defaults.get(name, {}), "name": name, "amount": str(amount)}]

    @staticmethod
    def _buyer(data: Submission, company: Company) -> dict[str, object]:
        checks = FieldChecks(kind=data.kind if data.kind in ("normal", "special") else "")
        if not checks.values["kind"]:
            checks.fail("kind", "invoice_kind_invalid")
        elif data.kind not in (company.allowed_kinds or []):
            checks.fail("kind", "invoice_kind_not_allowed")
        checks.run("buyer_name", validators.check_text, data.buyer_name, "buyer.name", max_len=100)
        tax_id = ""
        if data.is_person:
            if data.kind == "special":
                checks.fail("buyer.is_person", "special_needs_organisation")
        elif data.buyer_tax_id.strip():
            checks.run("buyer_tax_id", normalize_tax_id, data.buyer_tax_id, "buyer.tax_id")
        else:
            # 单位 titles need the tax ID, on 普票 too (国家税务总局公告2017年第16号 第一条).
            checks.fail("buyer.tax_id", "scan_tax_id_required")
        checks.run("address_phone", validators.check_text, data.address_phone, "buyer.address_phone",
                   max_len=200, required=False)
        checks.run("bank_account", validators.check_text, data.bank_account, "buyer.bank_account",
                   max_len=200, required=False)
        if data.email.strip():
            checks.run("email", validators.normalize_email, data.email, "email")
        if data.phone.strip():
            checks.run("phone", validators.normalize_phone, data.phone, "phone")
        if not data.email.strip() and not data.phone.strip():
            checks.fail("email", "delivery_target_required")
        checks.run("contact_name", validators.check_text, data.contact_name, "contact_name", max_len=40,
                   required=False)
        checks.raise_if_any()
        values = checks.values
        tax_id = str(values.get("buyer_tax_id", "")) if not data.is_person else ""
        return {"kind": values["kind"], "buyer_name": values["buyer_name"], "buyer_tax_id": tax_id,
                "buyer_is_person": data.is_person, "buyer_address_phone": values["address_phone"],
                "buyer_bank_account": values["bank_account"], "email": values.get("email", ""),
                "phone": values.get("phone", ""), "contact_name": values["contact_name"]}

    async def _issued_today(self, code: ScanCode) -> Decimal:
        start = datetime.combine(self.clock.now().astimezone(CHINA).date(), time(0), tzinfo=CHINA)
        rows = await ScanRequest.filter(code_id=code.id, auto_issued=True, status__in=("issued", "issuing"),
                                        created_at__gte=start).annotate(total=Sum("amount")).values("total")
        total = rows[0]["total"] if rows else None
        return Decimal(str(total)) if total is not None else Decimal("0")

    async def submit(self, raw: str, data: Submission, ip: str) -> str:
        """Store the request (an order code is used up in the same transaction), push it to
        the shop or issue it at once when the code's auto-issue and caps allow; returns the
        status-page token."""
        code = await self._usable(raw)
        company = await Company.get(id=code.company_id)
        hour = self.clock.now().strftime("%Y%m%d%H")
        day = self.clock.now().strftime("%Y%m%d")
        await self._limit(f"scan:submit:ip:{ip}:{hour}", PER_IP_PER_HOUR, 3600, "ip")
        await self._limit(f"scan:submit:code:{code.id}:{ip}:{day}", PER_CODE_PER_IP_PER_DAY, 86400, "code_ip")
        await self._limit(f"scan:submit:code:{code.id}:{day}", PER_CODE_PER_DAY, 86400, "code")
        products = {p.name: p for p in await Product.filter(company_id=code.company_id)}
        problems: dict[str, object] = {}
        buyer: dict[str, object] = {}
        amount, items = Decimal("0"), list[dict[str, str]]()
        try:
            buyer = self._buyer(data, company)
        except ValidationFailed as exc:
            problems.update(exc.fields)
        try:
            amount, items = self._lines(code, data, products)
        except ValidationFailed as exc:
            problems.update(exc.fields)
        if problems:
            raise ValidationFailed(fields=problems)  # type: ignore[arg-type]
        token = secrets.token_urlsafe(24)
        now = self.clock.now()
        actor = Actor(channel="h5", ip=ip or None)
        async with self.audit.transaction() as conn:
            if code.kind == "order":
                claimed = await ScanCode.filter(id=code.id, used_at=None).using_db(conn).update(used_at=now)
                if claimed != 1:
                    raise ScanCodeUnusable({"why": "used"})
            request = await ScanRequest.create(
                code_id=code.id, company_id=code.company_id, token=token, status="submitted", amount=amount,
                items=items, openid=data.openid[:64], ip=ip[:45], created_at=now, using_db=conn, **buyer)
            await self.audit.record(actor, "scan.request_submitted", target=f"scan_request:{request.id}",
                                    company_id=code.company_id,
                                    detail={"code": code.id, "kind": request.kind, "amount": str(amount),
                                            "buyer": request.buyer_name}, connection=conn)
            cap = auto_issue_allowed(enabled=code.auto_issue, amount=amount, per_invoice_cap=code.auto_cap,
                                     daily_cap=code.daily_cap, issued_today=await self._issued_today(code))
            if not cap.auto:
                await self.issuer.notify_shop(conn, request, code.issuer_account_id, "bot.scan.push.request",
                                              self._push_params(request, cap.why))
        if cap.auto:
            await self._auto_issue(code, request, ip)
        return token

    @staticmethod
    def _push_params(request: ScanRequest, why: str = "") -> dict[str, object]:
        return {"id": request.id, "who": request.contact_name or request.buyer_name, "kind": request.kind,
                "amount": money(request.amount), "buyer": request.buyer_name, "tax_id": request.buyer_tax_id,
                "items": [str(i.get("name", "")) for i in request.items or []], "cap": why}

    async def _auto_issue(self, code: ScanCode, request: ScanRequest, ip: str) -> None:
        """Issue as the code's 开票员 — only in the code's company; otherwise (the member switched
        company, left, or the issue was refused) the request waits for the shop instead."""
        actor = Actor(channel="h5", account_id=code.issuer_account_id, ip=ip or None)
        params = self._push_params(request)
        try:
            scope = await self.companies.require(actor, Permission.ISSUE_INVOICE)
            if scope.company_id != code.company_id:
                raise NotFound({"what": "company"})
            outcome = await self.issuer.issue(request, actor, auto=True)
            template = "bot.scan.push.auto_issued" if outcome.status == "issued" else "bot.scan.push.auto_pending"
            params["number"] = outcome.number or ""
        except Exception as exc:
            template = "bot.scan.push.request"
            params["cap"] = "auto_failed"
            params["error"] = getattr(exc, "code", "error")
        async with self.audit.transaction() as conn:
            await self.issuer.notify_shop(conn, request, code.issuer_account_id, template, params)

    # -- the 抬头 from WeChat's select-title page (getselecttitleurl) ----------------------

    async def title_link(self, raw: str) -> tuple[str, str]:
        """A nonce for this page and WeChat's page where the buyer picks a saved 抬头; WeChat sends
        the choice to the official account (``submit_invoice_title``) with ``attach`` = the nonce."""
        await self._usable(raw)
        nonce = secrets.token_urlsafe(16)
        await self.store.set(f"scan:title:{nonce}", "{}", ttl=TITLE_TTL)
        return nonce, await self.issuer.wechat.select_title_url(TITLE_ATTACH + nonce)

    async def title_received(self, attach: str, fields: dict[str, str]) -> bool:
        """The ``submit_invoice_title`` event: keep the title for the page that asked (30 minutes)."""
        nonce = attach.removeprefix(TITLE_ATTACH)
        key = f"scan:title:{nonce[:32]}"
        if nonce == attach or await self.store.get(key) is None:
            return False
        person = "person" in fields.get("title_type", "").lower()
        title = {"type": "1" if person else "0", "title": fields.get("title", "")[:100],
                 "taxNumber": fields.get("tax_no", "")[:20], "companyAddress": fields.get("addr", "")[:100],
                 "telephone": fields.get("phone", "")[:40], "bankName": fields.get("bank_type", "")[:100],
                 "bankAccount": fields.get("bank_no", "")[:40]}
        await self.store.set(key, json.dumps(title, ensure_ascii=False), ttl=TITLE_TTL)
        return True

    async def title_for(self, nonce: str) -> dict[str, str] | None:
        raw = await self.store.get(f"scan:title:{nonce[:32]}") if nonce else None
        title = json.loads(raw) if raw else {}
        return {str(k): str(v) for k, v in title.items()} if title else None

    # -- the status page ----------------------------------------------------------------------

    async def _by_token(self, token: str) -> ScanRequest:
        request = await ScanRequest.get_or_none(token=token.strip()[:64]) if 16 <= len(token.strip()) <= 64 \
            else None
        if request is None:
            raise NotFound({"what": "scan_request"})
        if request_expired(request.status, request.created_at, self.clock.now()):
            changed = await ScanRequest.filter(id=request.id, status="submitted").update(
                status="expired", decided_at=self.clock.now())
            if changed:
                await self.audit.record(Actor(channel="h5"), "scan.request_expired",
                                        target=f"scan_request:{request.id}", company_id=request.company_id)
            request.status = "expired"
        return await self.issuer.sync(request)

    async def status(self, token: str) -> StatusPage:
        request = await self._by_token(token)
        company = await Company.get(id=request.company_id)
        invoice = await Invoice.get_or_none(id=request.invoice_id) if request.invoice_id else None
        issued = request.status == "issued" and invoice is not None
        messages = await ScanMessage.filter(request_id=request.id).order_by("id")
        return StatusPage(
            token=request.token, status=BUYER_STATUS.get(request.status, "submitted"),
            waiting_approval=request.status == "issuing" and invoice is not None and invoice.status == "pending",
            shop_name=company.name, kind=request.kind, amount=request.amount,
            items=tuple(str(i.get("name", "")) for i in request.items or []), buyer_name=request.buyer_name,
            buyer_tax_id=request.buyer_tax_id, reason=request.reason,
            number=invoice.number if issued and invoice else None,
            verify_token=invoice.verify_token if issued and invoice else None, created_at=request.created_at,
            messages=tuple((m.from_shop, m.body, m.created_at) for m in messages), card_status=request.card_status)

    async def message_shop(self, token: str, text: str, ip: str) -> None:
        """The buyer's message lands with the shop as a 工单 on the request, and as a push."""
        request = await self._by_token(token)
        body = validators.check_text(text, "message", max_len=500)
        day = self.clock.now().strftime("%Y%m%d")
        await self._limit(f"scan:msg:{request.id}:{day}", MESSAGES_PER_REQUEST_PER_DAY, 86400, "messages")
        code = await ScanCode.get(id=request.code_id)
        async with self.audit.transaction() as conn:
            message = await ScanMessage.create(request_id=request.id, company_id=request.company_id, body=body,
                                               created_at=self.clock.now(), using_db=conn)
            await self.audit.record(Actor(channel="h5", ip=ip or None), "scan.buyer_message",
                                    target=f"scan_request:{request.id}", company_id=request.company_id,
                                    detail={"message": message.id}, connection=conn)
            await self.issuer.notify_shop(conn, request, code.issuer_account_id, "bot.scan.push.message",
                                          {"id": request.id, "buyer": request.buyer_name, "text": body})

    async def pdf_token(self, token: str) -> str:
        """The verification token of the request's invoice, once issued (for the PDF download)."""
        page = await self.status(token)
        if page.verify_token is None:
            raise NotFound({"what": "invoice"})
        return page.verify_token
