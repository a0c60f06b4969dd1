"""Two tenants (and a buyer, and staff) with real objects, built through the API: the world the tenancy
matrix, schemathesis and bench/run_schemathesis.py run against. The fixtures are in tests/abuse/conftest.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aiohttp import FormData

from core.accounts.models import Account, WeChatBinding
from tests.kit.api import Api
from tests.kit.factories import authorise_companies

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
#: Valid 统一社会信用代码 (GB 32100-2015 checksum): tenant A, tenant B, and C, a buyer on the platform.
#: CUSTOMER_TAX_ID: the tenants' customer company (an organisation gives its tax ID on 普票 too).
CUSTOMER_TAX_ID = "91420102MA4K00000M"
TAX_IDS = {"A": "91110000600037341L", "B": "9144030071526726XG", "C": "91420100MA4K00000Q"}
PHONES = {"A": "13811110001", "B": "13922220002", "C": "13733330003", "staff": "13644440004"}
COMPANY_NAMES = {"A": "甲方光谷软件有限公司", "B": "乙方江汉贸易有限公司", "C": "丙方买家科技有限公司"}


@dataclass
class Tenant:
    """One company, its owner's token, the ids of its objects and the strings that must never leak."""

    name: str
    token: str
    company_id: int = 0
    ids: dict[str, Any] = field(default_factory=dict)
    secrets: set[str] = field(default_factory=set)


async def _upload(api: Api, token: str, path: str, data: bytes, filename: str) -> tuple[int, Any]:
    form = FormData()
    form.add_field("file", data, filename=filename)
    response = await api.client.post("/api/v1" + path, data=form, headers={"Authorization": f"Bearer {token}"})
    return response.status, await response.json()


async def build_tenant(api: Api, clock: Any, key: str, *, platform_buyer: str) -> Tenant:
    """A company with one of everything a path parameter can name."""
    clock.advance(seconds=61)
    token = await api.register(PHONES[key], name=f"{key}会计")
    tenant = Tenant(key, token)
    _, company = await api.call("POST", "/companies", {
        "name": COMPANY_NAMES[key], "tax_id": TAX_IDS[key], "taxpayer_kind": "general", "issuer_name": f"{key}开票员",
    }, token=token, expect=201)
    await authorise_companies()
    tenant.company_id = company["id"]
    buyer_person = f"{key}姓买家先生"
    buyer_company = f"{key}方客户餐饮有限公司"
    _, issued = await api.call("POST", "/invoices", {
        "kind": "normal", "buyer": {"name": buyer_company, "tax_id": CUSTOMER_TAX_ID}, "save_buyer": True,
        "price_includes_tax": True, "lines": [{"name": "技术服务费", "amount": "1000", "rate": "0.06"}]}, token=token, expect=201)
    _, to_red = await api.call("POST", "/invoices", {
        "kind": "normal", "price_includes_tax": True, "buyer": {"name": buyer_person, "is_person": True},
        "lines": [{"name": "餐费", "amount": "388"}]}, token=token, expect=201)
    _, red = await api.call("POST", f"/invoices/{to_red['id']}/red-letter", {"reason_code": "mistake"},
                            token=token, template="/invoices/{invoice_id}/red-letter", expect=201)
    _, to_confirm = await api.call("POST", "/invoices", {
        "kind": "special", "buyer": {"name": COMPANY_NAMES[platform_buyer], "tax_id": TAX_IDS[platform_buyer]},
        "price_includes_tax": True, "lines": [{"name": "软件服务", "amount": "2000", "rate": "0.06"}]}, token=token, expect=201)
    # The buyer confirmed its use (用途确认) on the platform: a red invoice now needs its 确认.
    from core.invoice_platform_sandbox import SandboxInvoicePlatform

    await SandboxInvoicePlatform(clock).confirm_use(TAX_IDS[platform_buyer], to_confirm["number"], "deduct", "2026-11")
    _, waiting = await api.call("POST", f"/invoices/{to_confirm['id']}/red-letter", {"reason_code": "allowance"},
                                token=token, template="/invoices/{invoice_id}/red-letter", expect=202)
    assert waiting["pending_action"] == "confirm"
    _, outgoing = await api.call("GET", "/red-confirmations", params={"direction": "outgoing"}, token=token,
                                 expect=200)
    _, draft = await api.call("POST", "/invoices", {
        "kind": "normal", "price_includes_tax": True, "buyer": {"name": buyer_company, "tax_id": CUSTOMER_TAX_ID}, "draft": True,
        "lines": [{"name": "咨询费", "amount": "50"}]}, token=token, expect=201)
    _, product = await api.call("POST", "/products", {"name": f"{key}专用打印纸", "unit": "包"}, token=token,
                                expect=201)
    _, job = await api.call("POST", "/exports", {"format": "csv"}, token=token, expect=202)
    _, filing = await api.call("POST", "/filings", {"tax_type": "vat", "period": "2026-10"}, token=token,
                               expect=201)
    _, input_invoice = await api.call("POST", "/input-invoices", {
        "number": f"2642200000000000{ord(key):04d}", "issue_date": "2026-11-02", "amount_excl_tax": "100", "tax": "6",
        "kind": "special",
        "seller_name": f"{key}方供应商", "seller_tax_id": TAX_IDS["C"]}, token=token, expect=201)
    _, ticket = await api.call("POST", "/tickets", {"subject": f"{key}方的问题", "description": "开票失败了",
                                                     "category": "发票开具"}, token=token, expect=201)
    status, thread = await _upload(api, token, f"/tickets/{ticket['id']}/attachments", PNG, "shot.png")
    assert status == 201, thread
    attachment_id = next(a["id"] for m in thread["messages"] for a in m["attachments"])
    _, feedback = await api.call("POST", "/feedback", {"kind": "suggestion", "text": f"{key}方的建议"}, token=token,
                                 expect=201)
    _, invite = await api.call("POST", "/company/invites", {"role": "viewer"}, token=token, expect=201)
    _, me = await api.call("GET", "/account", token=token, expect=200)
    scan_code, scan_request = await _scan_request(api, token, f"{key}扫码顾客")
    owner = await Account.get(phone=PHONES[key])
    binding = await WeChatBinding.create(app="miniapp", openid=f"mini-{key}-owner", account_id=owner.id,
                                         created_at=clock.now())
    tenant.ids = {
        "account_id": [me["id"]],
        "code_id": [scan_code],
        "request_id": [scan_request],
        "invoice_id": [issued["id"], red["id"], to_confirm["id"], draft["id"]],
        "confirmation_no": [outgoing["items"][0]["confirmation_no"]],
        "product_id": [product["id"]],
        "job_id": [job["id"]],
        "filing_id": [filing["id"]],
        "ticket_id": [ticket["id"]],
        "attachment_id": [attachment_id],
        "feedback_id": [feedback["id"]],
        "input_invoice_id": [input_invoice["id"]],
        "binding_id": [binding.id],
        "invite_code": invite["code"],
        "draft_id": draft["id"],
        "issued_id": issued["id"],
    }
    numbers = {issued["number"], red["number"], to_confirm["number"]}
    tenant.secrets = {COMPANY_NAMES[key], TAX_IDS[key], PHONES[key], PHONES[key][:3] + "****" + PHONES[key][-4:],
                      buyer_person, buyer_company, f"{key}专用打印纸", f"{key}方的问题", f"{key}方供应商",
                      f"{key}开票员", f"{key}扫码顾客", *numbers}
    return tenant


async def _scan_request(api: Api, token: str, buyer: str) -> tuple[int, int]:
    """A 扫码开票 counter code and one buyer request through the H5 page (issue 15)."""
    import re

    _, code = await api.call("POST", "/scan/codes", {"kind": "counter"}, token=token, expect=201)
    page = await api.client.get(f"/s/{code['code']}")
    match = re.search(r'name="csrf" value="([0-9a-f]+)"', await page.text())
    assert match is not None
    submitted = await api.client.post(f"/s/{code['code']}", allow_redirects=False, data={
        "csrf": match.group(1), "title_type": "person", "buyer_name": buyer, "phone": "13912345678",
        "amount": "10", "item": "餐费"})
    assert submitted.status == 303
    _, requests = await api.call("GET", "/scan/requests", token=token, expect=200)
    return int(code["id"]), int(requests["items"][0]["id"])


@dataclass
class World:
    a: Tenant
    b: Tenant
    c: Tenant
    staff_token: str
    announcement_id: int
    message_ids: dict[str, list[int]]
