"""A recording fake of the platform's 税务数字账户 calls (全量发票查询, 用途确认, 统计确认).

Only what the input side uses is implemented; it keeps every call in ``calls`` so tests can
check that our records and the platform's agree.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import io
import json
import socket
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any, Literal

import redis.asyncio as aioredis
from aiohttp import web

from core.domain.invoice_document import InvoiceDocument, LineView, PartyView
from core.domain.qr_payload import build_qr
from core.port_data.invoice_platform import PlatformRejected, ReceivedInvoice, StatisticsState, UseDecision
from core.settings import Settings
from fapiao.integrations.pdf import ReportlabInvoiceRenderer, load_labels


class FakeInputPlatform:
    def __init__(self) -> None:
        self.received: dict[str, ReceivedInvoice] = {}
        self.states: dict[tuple[str, str], StatisticsState] = {}
        self.calls: list[tuple[Any, ...]] = []

    def seed(self, number: str, buyer_tax_id: str, *, issued_on: date, amount: str, tax: str, qr_kind: str = "31",
             seller_name: str = "武汉纸业有限公司", seller_tax_id: str = "91420100MA4KXXXX1X",
             tax_codes: Sequence[str] = ("1060101010000000000",), item_names: Sequence[str] = ("*纸制品*复印纸",),
             total: str | None = None) -> ReceivedInvoice:
        amount_d, tax_d = Decimal(amount), Decimal(tax)
        invoice = ReceivedInvoice(number=number, qr_kind=qr_kind, issued_on=issued_on, seller_name=seller_name,
                                  seller_tax_id=seller_tax_id, buyer_tax_id=buyer_tax_id, amount=amount_d, tax=tax_d,
                                  total=Decimal(total) if total else amount_d + tax_d, status="normal",
                                  tax_codes=tuple(tax_codes), item_names=tuple(item_names))
        self.received[number] = invoice
        return invoice

    async def received_invoices(self, buyer_tax_id: str, issued_from: date, issued_to: date) -> Sequence[ReceivedInvoice]:
        self.calls.append(("received_invoices", buyer_tax_id, issued_from, issued_to))
        return [i for i in self.received.values()
                if i.buyer_tax_id == buyer_tax_id and issued_from <= i.issued_on <= issued_to]

    async def confirm_use(self, buyer_tax_id: str, number: str, decision: UseDecision, period: str,
                          reason: str = "") -> ReceivedInvoice:
        self.calls.append(("confirm_use", buyer_tax_id, number, decision, period, reason))
        invoice = self.received.get(number)
        if invoice is None or invoice.buyer_tax_id != buyer_tax_id:
            raise PlatformRejected("invoice_not_found", number=number)
        if self.states.get((buyer_tax_id, period), "open") != "open":
            raise PlatformRejected("statistics_closed", period=period)
        if decision == "undo":
            if invoice.use_period and self.states.get((buyer_tax_id, invoice.use_period), "open") != "open":
                raise PlatformRejected("statistics_closed", period=invoice.use_period)
            updated = replace(invoice, use=None, use_reason="", use_period=None)
        else:
            updated = replace(invoice, use=decision, use_reason=reason, use_period=period)
        self.received[number] = updated
        return updated

    async def statistics(self, buyer_tax_id: str, period: str,
                         action: Literal["status", "apply", "sign", "undo"]) -> StatisticsState:
        self.calls.append(("statistics", buyer_tax_id, period, action))
        key = (buyer_tax_id, period)
        state = self.states.get(key, "open")
        if action == "apply":
            if state != "open":
                raise PlatformRejected("statistics_state", state=state)
            state = "applied"
        elif action == "sign":
            if state != "applied":
                raise PlatformRejected("statistics_state", state=state)
            state = "signed"
        elif action == "undo":
            if state != "applied":
                raise PlatformRejected("statistics_state", state=state)
            state = "open"
        self.states[key] = state
        return state

    def __getattr__(self, name: str) -> Any:  # issuing and 红字 calls are not the input side's
        raise NotImplementedError(name)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again when the block ends: nobody listens


@contextlib.contextmanager
def redis_down(store: Any) -> Iterator[None]:
    """Point the store's client at a port nobody listens on, then put it back."""
    real = store.client
    # Built like RedisStore.from_url builds it (a URL-built client fails at once, without retries).
    store.client = aioredis.from_url(f"redis://127.0.0.1:{closed_port()}/0", decode_responses=True,
                                     socket_timeout=2, socket_connect_timeout=2)
    try:
        yield
    finally:
        store.client = real


def make_settings(**overrides: Any) -> Settings:
    return Settings(_env_file=None, **overrides)  # type: ignore[call-arg]


OA_APPID, OA_SECRET = "wxoa0000000000test", "oa-secret"


MINI_APPID, MINI_SECRET = "wxmini00000000test", "mini-secret"


SECRETS = {OA_APPID: OA_SECRET, MINI_APPID: MINI_SECRET}


@dataclass
class FakeWeChat:
    token_delay: float = 0.0
    token_calls: dict[str, int] = field(default_factory=dict)
    valid_tokens: set[str] = field(default_factory=set)
    custom: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    menus: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    templates: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    jscode_queries: list[dict[str, str]] = field(default_factory=list)

    def calls(self, appid: str = OA_APPID) -> int:
        return self.token_calls.get(appid, 0)

    async def token(self, request: web.Request) -> web.Response:
        appid = request.query["appid"]
        self.token_calls[appid] = self.calls(appid) + 1
        assert request.query["grant_type"] == "client_credential"
        if request.query.get("secret") != SECRETS.get(appid):
            return web.json_response({"errcode": 40125, "errmsg": "invalid appsecret"})
        await asyncio.sleep(self.token_delay)
        token = f"TOKEN-{appid}-{self.token_calls[appid]}"
        self.valid_tokens.add(token)
        return web.json_response({"access_token": token, "expires_in": 7200})

    def _token_error(self, request: web.Request) -> web.Response | None:
        if request.query.get("access_token") not in self.valid_tokens:
            return web.json_response({"errcode": 40001, "errmsg": "invalid credential"})
        return None

    async def custom_send(self, request: web.Request) -> web.Response:
        if error := self._token_error(request):
            return error
        body = await request.json()
        if body["touser"] == "o-window-closed":
            return web.json_response({"errcode": 45015, "errmsg": "response out of time limit"})
        self.custom.append((request.query["access_token"], body))
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def menu_create(self, request: web.Request) -> web.Response:
        if error := self._token_error(request):
            return error
        self.menus.append((request.query["access_token"], json.loads(await request.read())))
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def template_send(self, request: web.Request) -> web.Response:
        if error := self._token_error(request):
            return error
        self.templates.append((request.query["access_token"], await request.json()))
        return web.json_response({"errcode": 0, "errmsg": "ok", "msgid": 200228332})

    async def jscode2session(self, request: web.Request) -> web.Response:
        query = dict(request.query)
        self.jscode_queries.append(query)
        if query.get("secret") != SECRETS.get(query.get("appid", "")) or query["js_code"] == "bad":
            return web.json_response({"errcode": 40029, "errmsg": "invalid code"})
        code = query["js_code"]
        return web.json_response(
            {"openid": f"o-mini-{code}", "session_key": "c2Vzc2lvbg==", "unionid": f"u-{code}"}
        )


VERIFY_URL = "https://fapiao.example.cn/v/q7XkP2mZr9Vb4TcN8wLs3Hd6Jf0Ya1Ue"


BUYER = PartyView("湖北楚天餐饮管理有限公司", "91420106MA4L00002X")


SELLER = PartyView(
    "武汉长江云软件科技有限公司", "91420100MA4K00001X", "武汉市洪山区珞喻路1号 027-87654321", "招商银行武汉分行 127900001010001"
)


def line(name: str = "*信息技术服务*软件维护服务费", amount: str = "3000.00", tax: str = "180.00", **kw: object) -> LineView:
    fields: dict[str, object] = {
        "printed_name": name,
        "spec": "V2.0",
        "unit": "次",
        "quantity": Decimal("2"),
        "unit_price": Decimal("1500"),
        "amount": Decimal(amount),
        "rate_label": "6%",
        "tax": Decimal(tax),
    }
    fields.update(kw)
    return LineView(**fields)  # type: ignore[arg-type]


def invoice(lines: tuple[LineView, ...], **kw: object) -> InvoiceDocument:
    total_amount = sum((x.amount for x in lines), Decimal(0))
    total_tax = sum((x.tax for x in lines), Decimal(0))
    fields: dict[str, object] = {
        "kind": "special",
        "number": "26422000000012345678",
        "issue_date": date(2026, 11, 5),
        "seller": SELLER,
        "buyer": BUYER,
        "lines": lines,
        "total_amount": total_amount,
        "total_tax": total_tax,
        "total": total_amount + total_tax,
        "total_in_words": "陆仟叁佰陆拾圆整",
        "remark": "项目：武汉办公室年度维护",
        "issuer": "张三",
        "status": "normal",
        "is_red": False,
        "original_number": None,
        "verify_url": VERIFY_URL,
    }
    fields.update(kw)
    return InvoiceDocument(**fields)  # type: ignore[arg-type]


SPECIAL = invoice((line(), line("*餐饮服务*餐费", "3360.00", "201.60", spec="", quantity=None, unit_price=None)))


OUR_TAX_ID = "91110000600037341L"


SUPPLIER = PartyView("武汉办公用品有限公司", "9144030071526726XG", "武汉市江汉区1号 027-1", "招商银行 1")


def received_pdf(number: str = "26422000000000000611", buyer_tax_id: str = OUR_TAX_ID) -> bytes:
    """A 数电专票 to our test company, as our own PDF adapter renders it."""
    line = LineView(printed_name="*纸制品*复印纸", spec="A4", unit="箱", quantity=Decimal("10"),
                    unit_price=Decimal("100"), amount=Decimal("1000.00"), rate_label="13%", tax=Decimal("130.00"))
    changes: dict[str, object] = {}
    if any(f.name == "qr_payload" for f in dataclasses.fields(SPECIAL)):  # the national payload on the PDF
        changes["qr_payload"] = build_qr("31", number, Decimal("1130.00"), SPECIAL.issue_date, tail="A1B2")
    doc = dataclasses.replace(SPECIAL, number=number, seller=SUPPLIER,
                              buyer=PartyView("武汉光谷软件有限公司", buyer_tax_id), lines=(line,),
                              total_amount=Decimal("1000.00"), total_tax=Decimal("130.00"), total=Decimal("1130.00"),
                              total_in_words="壹仟壹佰叁拾圆整", remark="", **changes)
    return ReportlabInvoiceRenderer(load_labels()).render(doc)


def qr_png(text: str) -> bytes:
    import qrcode

    buffer = io.BytesIO()
    qrcode.make(text).save(buffer)
    return buffer.getvalue()
