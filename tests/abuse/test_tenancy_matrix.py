"""Tenancy matrix: every operation of the OpenAPI document, called with one company's token and
another company's ids, answers 404 or 403 and leaks nothing (GUIDE §4: other companies are "not found").

The matrix is generated from the document. Each operation must appear in exactly one of the tables
below, so a new route that nobody thought about fails ``test_the_matrix_knows_every_operation``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp import FormData

from miniapp_api.app import ROUTES, document
from tests.kit.tenants import PNG, Tenant, World

PREFIX = "/api/v1"

#: Operations without authentication, and why each is public.
PUBLIC: dict[tuple[str, str], str] = {
    ("POST", "/auth/sms-codes"): "sign-up / login / reset start here, before any session exists",
    ("POST", "/auth/sms-codes/verify"): "checks a code sent to the caller's own phone",
    ("POST", "/auth/register"): "creates the session",
    ("POST", "/auth/login"): "creates the session",
    ("POST", "/auth/login/second-factor"): "finishes a login; the unguessable ticket is the credential",
    ("POST", "/auth/login/sms"): "creates the session",
    ("POST", "/auth/wechat"): "creates the session from a wx.login code",
    ("POST", "/auth/password-reset/email-code"): "the forgotten-password path has no session",
    ("POST", "/auth/password-reset"): "the forgotten-password path has no session",
    ("GET", "/verify"): "the 查验 service: number + date + total, answers only masked public fields",
    ("GET", "/help/search"): "the help centre is the same for everyone",
    ("GET", "/help/categories"): "the help centre is the same for everyone",
    ("GET", "/help/articles/{article_id}"): "a help-centre entry, the same for everyone",
    ("GET", "/announcements"): "platform announcements, the same for everyone",
}

#: Authenticated operations without a company-scoped id anywhere in the request: they act on the
#: caller's own session, account or current company. GETs among them are still called below and
#: must not show the other tenant's data.
SESSION_SCOPED: dict[tuple[str, str], str] = {
    ("POST", "/auth/logout"): "ends the caller's own session",
    ("GET", "/account"): "the caller's own account",
    ("POST", "/account/second-factor/totp"): "the caller's own account",
    ("POST", "/account/second-factor/totp/confirm"): "the caller's own account",
    ("PUT", "/account/second-factor"): "the caller's own account",
    ("POST", "/account/password"): "the caller's own account (needs its current password)",
    ("GET", "/account/bindings"): "the caller's own bindings",
    ("POST", "/account/wechat-binding"): "binds the caller's own account",
    ("DELETE", "/account/wechat-binding"): "unbinds the caller's own account",
    ("POST", "/companies"): "creates a new company owned by the caller",
    ("GET", "/company"): "the caller's current company",
    ("PUT", "/company"): "the caller's current company (a company id in the body is not read)",
    ("POST", "/company/authorization"): "authorises the caller's current company (the code is the platform's)",
    ("POST", "/company/authorization/request"): "asks the platform again for the caller's current company",
    ("GET", "/filing-profile"): "the filing profile of the caller's current company",
    ("PUT", "/filing-profile"): "the filing profile of the caller's current company (no company id is read)",
    ("GET", "/company/members"): "members of the caller's current company",
    ("POST", "/company/invites"): "an invite into the caller's current company",
    ("POST", "/companies/join"): "the invite code itself is the capability to join (one-time, expiring)",
    ("POST", "/invoices"): "issues in the caller's current company",
    ("GET", "/invoices"): "searches the caller's current company",
    ("GET", "/red-confirmations"): "forms where the caller's company is buyer or seller",
    ("GET", "/tax-codes"): "the public tax classification catalogue",
    ("GET", "/products"): "the current company's products",
    ("POST", "/products"): "adds to the current company's products",
    ("GET", "/customers"): "the current company's saved buyers",
    ("POST", "/exports"): "exports the current company's invoices",
    ("POST", "/exports/backup"): "backs up the current company's own data (owner or admin)",
    ("POST", "/tickets"): "opens a ticket for the caller",
    ("GET", "/tickets"): "the caller's tickets",
    ("POST", "/feedback"): "feedback from the caller",
    ("GET", "/feedback"): "the caller's feedback",
    ("PUT", "/account/notifications"): "the caller's own preference",
    ("GET", "/staff/tickets"): "staff only (403 for everyone else)",
    ("POST", "/staff/announcements"): "staff only (403 for everyone else)",
    ("POST", "/filings"): "prepares a return of the current company",
    ("GET", "/filings"): "returns of the current company",
    ("GET", "/input-invoices"): "input invoices of the current company",
    ("POST", "/input-invoices"): "records into the current company",
    ("POST", "/input-invoices/import"): "imports into the current company",
    ("GET", "/input-invoices/overview"): "the current company's received invoices",
    ("POST", "/input-invoices/sync"): "syncs the current company's received invoices",
    ("POST", "/input-invoices/use"): "勾选 of the current company's invoices, by number within it",
    ("POST", "/input-invoices/statistics"): "统计确认 of the current company",
    ("GET", "/input-invoices/reasons"): "the standard reason lists (no company data)",
    ("POST", "/input-invoices/file"): "records into the current company (the buyer must be it)",
    ("GET", "/messages"): "the caller's inbox",
    ("GET", "/account/notification-preferences"): "the caller's own preferences",
    ("PUT", "/account/notification-preferences"): "the caller's own preferences",
    ("GET", "/account/subscribe-grants"): "the caller's own mini-program subscribe grants",
    ("GET", "/audit"): "staff only: the whole audit log (403 for everyone else)",
    ("POST", "/account/subscribe-grants"): "records the caller's own subscribe grants",
    ("GET", "/scan/codes"): "扫码开票 codes of the current company",
    ("GET", "/scan/requests"): "扫码开票 requests of the current company",
    ("GET", "/scan/stores"): "stores of the current company",
}
# … and those whose route declares it (Route.tenancy), next to the route.
SESSION_SCOPED.update({(route.method, route.path): route.tenancy for route in ROUTES if route.tenancy})

#: Operations that name another object in the body rather than the path; each is checked below.
BODY_IDS: dict[tuple[str, str], str] = {
    ("POST", "/company/switch"): "company_id of a company the caller is not a member of: 404",
    ("POST", "/messages/read"): "message ids of another account: nothing is marked",
    ("POST", "/accounts/unlock"): "phone of an account outside the caller's companies: 403/404",
    ("POST", "/company/transfer"): "account_id of someone outside the caller's company: 404",
    ("POST", "/company/transfer/confirm"): "account_id of someone outside the caller's company: 404",
    ("POST", "/scan/codes"): "store_id of another company's store: 404 (tests/api/test_scan_api.py)",
    ("POST", "/scan/stores"): "issuer_account_id outside the company: 422 (tests/api/test_scan_api.py)",
    ("POST", "/red-confirmations"): "number of an invoice not issued to the caller's tax id: 404",
}

#: Bodies that pass the route's schema, so a refusal can only come from tenancy.
BODIES: dict[tuple[str, str], Any] = {
    ("PUT", "/invoices/{invoice_id}"): {"kind": "normal", "buyer": {"name": "改名买家", "is_person": True},
                                        "price_includes_tax": True, "lines": [{"name": "咨询费", "amount": "60"}]},
    ("POST", "/invoices/{invoice_id}/reject"): {"reason": "不同意"},
    ("POST", "/invoices/{invoice_id}/void"): {"reason": "开错了"},
    ("POST", "/invoices/{invoice_id}/red-letter"): {"reason_code": "mistake"},
    ("POST", "/invoices/{invoice_id}/deliver"): {"email": "thief@example.com"},
    ("PUT", "/help/articles/{article_id}"): {"category": "发票开具", "question": "偷改?", "answer": "偷改"},
    ("POST", "/tickets/{ticket_id}/replies"): {"text": "我来插一句"},
    ("POST", "/staff/tickets/{ticket_id}/status"): {"status": "closed"},
    ("POST", "/staff/feedback/{feedback_id}"): {"status": "closed", "note": "x"},
    ("POST", "/staff/announcements/{announcement_id}/publish"): {"notify": False},
    ("POST", "/filings/{filing_id}/pay"): {"method": "bank"},
    ("PUT", "/company/members/{account_id}"): {"role": "viewer"},
    ("PUT", "/company/members/{account_id}/issuer-name"): {"issuer_name": "冒名"},
    ("POST", "/scan/requests/{request_id}/reject"): {"reason": "不给开"},
    ("POST", "/scan/requests/{request_id}/modify"): {"amount_incl_tax": "1.00"},
    ("POST", "/scan/requests/{request_id}/deliver"): {"email": "thief@example.com"},
    ("POST", "/filings/{filing_id}/adjust"): {"column": "transfers_out", "value": "1"},
}
MULTIPART = {("POST", "/tickets/{ticket_id}/attachments"), ("POST", "/filings/{filing_id}/materials"),
             ("POST", "/filings/{filing_id}/books")}
QUERIES = {("GET", "/filings/{filing_id}/explain"): {"row": "output_tax"}}


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, methods in document()["paths"].items():
        for method, operation in methods.items():
            found.append((method.upper(), path.removeprefix(PREFIX), operation))
    return found


def id_operations() -> list[tuple[str, str]]:
    return [(m, p) for m, p, op in operations()
            if any(param.get("in") == "path" for param in op.get("parameters", [])) and (m, p) not in PUBLIC]


def test_the_matrix_knows_every_operation() -> None:
    known = set(PUBLIC) | set(SESSION_SCOPED) | set(BODY_IDS) | set(id_operations())
    tables = [set(PUBLIC), set(SESSION_SCOPED), set(BODY_IDS), set(id_operations())]
    for i, first in enumerate(tables):
        for second in tables[i + 1:]:
            assert not first & second, f"listed twice: {first & second}"
    everything = {(m, p) for m, p, _ in operations()}
    assert everything - known == set(), (
        f"new operations the tenancy matrix does not know: {sorted(everything - known)}; "
        "add them to PUBLIC, SESSION_SCOPED or BODY_IDS with a reason (path ids are covered automatically)")
    assert known - everything == set(), f"stale entries: {sorted(known - everything)}"
    for method, path, operation in operations():
        public = operation["security"] == []
        assert public == ((method, path) in PUBLIC), f"{method} {path}: public={public} disagrees with PUBLIC"


def ids_for(param: str, victim: Tenant, world: World) -> list[Any]:
    if param == "announcement_id":
        return [world.announcement_id]
    if param == "article_id":
        return ["invoice-void"]
    if param == "company_id":
        return [victim.company_id]
    return list(victim.ids[param])


def assert_no_leak(text: str, victim: Tenant, what: str) -> None:
    leaked = sorted(s for s in victim.secrets if s and s in text)
    assert not leaked, f"{what} leaks {leaked}: {text[:300]}"


async def call(world_api: Any, method: str, path: str, token: str, key: tuple[str, str]) -> tuple[int, str]:
    headers = {"Authorization": f"Bearer {token}"}
    if key in MULTIPART:
        form = FormData()
        form.add_field("file", PNG, filename="x.png")
        response = await world_api.client.request(method, PREFIX + path, data=form, headers=headers)
        return response.status, await response.text()
    status, body = await world_api.call(method, path, BODIES.get(key), token=token, template=key[1],
                                        params=QUERIES.get(key))
    return status, json.dumps(body, ensure_ascii=False) if body is not None else ""


@pytest.mark.parametrize("direction", ["B→A", "A→B"])
async def test_other_tenants_ids_are_not_found(world: World, client_api: Any, direction: str) -> None:
    attacker, victim = (world.b, world.a) if direction == "B→A" else (world.a, world.b)
    checked = 0
    for method, template in id_operations():
        params = [p["name"] for p in document()["paths"][PREFIX + template][method.lower()]["parameters"]
                  if p.get("in") == "path"]
        assert len(params) == 1, f"{template}: teach the matrix about several path parameters"
        for value in ids_for(params[0], victim, world):
            path = template.replace("{" + params[0] + "}", str(value))
            status, text = await call(client_api, method, path, attacker.token, (method, template))
            assert status in (403, 404), f"{direction} {method} {path}: {status} {text[:300]}"
            assert_no_leak(text, victim, f"{direction} {method} {path}")
            checked += 1
    assert checked >= 30
    await assert_victim_untouched(client_api, victim)


async def test_ids_in_bodies_and_session_scoped_reads(world: World, client_api: Any) -> None:
    a, b = world.a, world.b
    status, body = await client_api.call("POST", "/company/switch", {"company_id": a.company_id}, token=b.token)
    assert status == 404, body
    assert_no_leak(json.dumps(body, ensure_ascii=False), a, "company/switch")
    _, marked = await client_api.call("POST", "/messages/read", {"ids": world.message_ids["A"]}, token=b.token,
                                      expect=200)
    assert marked["marked"] == 0
    _, inbox = await client_api.call("GET", "/messages", params={"unread": "1"}, token=a.token, expect=200)
    assert {i["id"] for i in inbox["items"]} >= set(world.message_ids["A"])
    status, body = await client_api.call("POST", "/accounts/unlock", {"phone": "13811110001"}, token=b.token)
    assert status in (403, 404), body
    for path, body_in in (("/company/transfer", {"account_id": a.ids["account_id"][0]}),
                          ("/company/transfer/confirm", {"account_id": a.ids["account_id"][0], "code": "123456"})):
        status, body = await client_api.call("POST", path, body_in, token=b.token)
        assert status == 404, (path, body)
        assert_no_leak(json.dumps(body, ensure_ascii=False), a, path)
    # Every authenticated read without ids shows only the caller's own company.
    for method, path in SESSION_SCOPED:
        if method != "GET":
            continue
        status, body = await client_api.call(method, path, token=b.token)
        assert status in (200, 403), f"{method} {path}: {status}"
        assert_no_leak(json.dumps(body, ensure_ascii=False), a, f"{method} {path}")
    # Search filters naming A's buyer find nothing for B.
    _, page = await client_api.call("GET", "/invoices", params={"buyer": "甲"}, token=b.token, expect=200)
    assert page["items"] == []


async def assert_victim_untouched(client_api: Any, victim: Tenant) -> None:
    """Nothing the attacker sent changed the victim's objects."""
    token = victim.token
    draft_id, issued_id = victim.ids["draft_id"], victim.ids["issued_id"]
    _, draft = await client_api.call("GET", f"/invoices/{draft_id}", token=token, template="/invoices/{invoice_id}",
                                     expect=200)
    assert draft["status"] == "draft" and draft["buyer_name"] != "改名买家"
    _, issued = await client_api.call("GET", f"/invoices/{issued_id}", token=token,
                                      template="/invoices/{invoice_id}", expect=200)
    assert issued["status"] == "issued"
    _, products = await client_api.call("GET", "/products", token=token, expect=200)
    assert [p["id"] for p in products["items"]] == victim.ids["product_id"]
    ticket_id = victim.ids["ticket_id"][0]
    _, ticket = await client_api.call("GET", f"/tickets/{ticket_id}", token=token, template="/tickets/{ticket_id}",
                                      expect=200)
    assert all("我来插一句" not in json.dumps(m, ensure_ascii=False) for m in ticket["messages"])
    assert ticket["status"] != "closed"
    filing_id = victim.ids["filing_id"][0]
    _, filing = await client_api.call("GET", f"/filings/{filing_id}", token=token, template="/filings/{filing_id}",
                                      expect=200)
    assert filing["status"] == "draft"
    confirmation_no = victim.ids["confirmation_no"][0]
    _, outgoing = await client_api.call("GET", "/red-confirmations", params={"direction": "outgoing"}, token=token,
                                        expect=200)
    assert next(c for c in outgoing["items"] if c["confirmation_no"] == confirmation_no)["state"] == \
        "seller_pending_buyer"


async def test_a_stranger_cannot_make_the_bureau_look_at_a_return(world: World, client_api: Any, clock: Any) -> None:
    """Regression: GET /filings/{id} asked the bureau about the return before checking whose it was."""
    from core.filing.models import Filing

    a, b = world.a, world.b
    filing_id = a.ids["filing_id"][0]
    await client_api.call("POST", f"/filings/{filing_id}/submit", token=a.token, template="/filings/{filing_id}/submit",
                          expect=200)
    clock.advance(seconds=60)  # the sandbox has moved on by now
    status, _ = await client_api.call("GET", f"/filings/{filing_id}", token=b.token, template="/filings/{filing_id}")
    assert status == 404
    assert (await Filing.get(id=filing_id)).status == "submitted"  # nothing recorded on B's call
    _, seen = await client_api.call("GET", f"/filings/{filing_id}", token=a.token, template="/filings/{filing_id}",
                                    expect=200)
    assert seen["status"] != "submitted"


async def test_unlock_through_the_api_is_for_the_members_admins(world: World, client_api: Any, clock: Any) -> None:
    """Regression: POST /accounts/unlock by a company owner was a 500 (values_list as an __in operand)."""
    from tests.kit.tenants import PHONES

    a, b = world.a, world.b
    clock.advance(seconds=61)
    member = await client_api.register("13555550005", name="A出纳")
    await client_api.call("POST", "/companies/join", {"code": a.ids["invite_code"]}, token=member, expect=200)
    for _ in range(5):
        await client_api.call("POST", "/auth/login", {"phone": "13555550005", "password": "Wrong#pass1"}, token="")
    await client_api.call("POST", "/auth/login", {"phone": "13555550005", "password": "Kaipiao#2026"}, token="",
                          expect=423)
    await client_api.call("POST", "/accounts/unlock", {"phone": "13555550005"}, token=b.token, expect=403)
    await client_api.call("POST", "/accounts/unlock", {"phone": "13555550005"}, token=member, expect=403)
    await client_api.call("POST", "/accounts/unlock", {"phone": PHONES["A"]}, token=b.token, expect=403)
    await client_api.call("POST", "/accounts/unlock", {"phone": "13555550005"}, token=a.token, expect=204)
    await client_api.call("POST", "/auth/login", {"phone": "13555550005", "password": "Kaipiao#2026"}, token="",
                          expect=200)
