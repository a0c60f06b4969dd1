"""schemathesis against the real app, authenticated: no server errors, responses match the document
(schema, status codes, content types). Sized for CI (a few examples per operation, derandomized);
bench/run_schemathesis.py runs the same thing large."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from tests.abuse.schemathesis_run import run
from tests.kit.api import Api
from tests.kit.factories import authorise_companies
from tests.kit.tenants import World

EXAMPLES_PER_OPERATION = 4


@pytest.fixture
async def signed_in(api: Any, sms: Any) -> str:
    client = Api(api, sms)
    client.token = await client.register("13800138000")
    await client.call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": "91110000600037341L",
                                            "taxpayer_kind": "general", "issuer_name": "王会计"}, expect=201)
    await authorise_companies()
    await client.call("POST", "/invoices", {"kind": "normal", "price_includes_tax": True,
                      "buyer": {"name": "武汉某某餐饮有限公司", "tax_id": "91420102MA4K00000M"},
                                            "lines": [{"name": "餐费", "amount": "388"}]}, expect=201)
    return client.token


def known_ids(world: World) -> dict[str, Any]:
    """Real objects of tenant A for the pinned pass (see schemathesis_run.run)."""
    ids = {name: values[0] for name, values in world.a.ids.items() if isinstance(values, list)}
    return {**ids, "company_id": world.a.company_id, "announcement_id": world.announcement_id}


async def test_schemathesis_finds_nothing(api: Any, world: World, capsys: Any, caplog: Any) -> None:
    base_url = str(api.make_url("")).rstrip("/")
    report = await asyncio.to_thread(run, base_url, world.a.token, examples=EXAMPLES_PER_OPERATION,
                                     known_ids=known_ids(world))
    with capsys.disabled():
        print("\n" + report.summary())
    assert report.operations >= 80 and report.cases >= report.operations
    assert 500 not in report.by_status
    # A logged exception is a bug even when the client got a tidy answer (e.g. a message template that
    # failed to render and fell back to the general sentence).
    logged = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not logged, [(r.getMessage()[:200], logging.Formatter().formatException(r.exc_info)[-1500:] if r.exc_info
                         else "") for r in logged[:3]]
    assert not report.failures, "\n".join(f"{op}:\n  " + "\n  ".join(items) for op, items in report.failures.items())


# ------------------------------------------------------------------ regressions for what it found

async def test_ids_beyond_the_database_columns_are_a_422_not_a_500(api: Any, sms: Any, signed_in: str) -> None:
    client = Api(api, sms)
    client.token = signed_in
    for body in ({"ids": [9247398418]}, {"ids": [-31062768127447371863784685568]}, {"ids": [0]}):
        _, answer = await client.call("POST", "/messages/read", body, expect=422)
        assert "ids.0" in answer["error"]["fields"]
    await client.call("POST", "/company/switch", {"company_id": 2**63}, expect=422)
    await client.call("POST", "/messages/read", {"ids": [2**31 - 1]}, expect=200)


async def test_a_bad_wx_login_code_is_a_422_naming_the_field(api: Any, sms: Any, signed_in: str) -> None:
    """code2session errcode 40029 (invalid code) was answered 503 "服务暂时不可用"."""
    client = Api(api, sms)
    _, body = await client.call("POST", "/auth/wechat", {"code": "bad"}, expect=422)
    assert body["error"]["fields"]["code"] == "微信登录凭证无效或已过期，请重新打开小程序再试。"
    # An empty code never reaches WeChat: the schema refuses it (issue 16).
    _, body = await client.call("POST", "/auth/wechat", {"code": ""}, expect=422)
    assert "code" in body["error"]["fields"]
    client.token = signed_in
    await client.call("POST", "/account/wechat-binding", {"code": "bad"}, expect=422)
    await client.call("DELETE", "/account/wechat-binding", {"code": "bad"}, expect=422)


async def test_unicode_digits_in_path_ids_are_not_found(api: Any, sms: Any, signed_in: str) -> None:
    """'3¹'.isdigit() is true but int('3¹') raises: every id route answered 500."""
    from miniapp_api.app import document

    client = Api(api, sms)
    client.token = signed_in
    checked = 0
    for path, methods in document()["paths"].items():
        for method, operation in methods.items():
            names = [p["name"] for p in operation.get("parameters", []) if p.get("in") == "path"]
            if not names:
                continue
            template = path.removeprefix("/api/v1")
            for raw in ("3¹", "²", "٣"):
                concrete = template.replace("{" + names[0] + "}", raw)
                status, _ = await client.call(method.upper(), concrete, template=template)
                assert status in (400, 403, 404, 422), f"{method} {concrete}: {status}"
                checked += 1
    assert checked > 60


async def test_search_filters_outside_their_columns_are_a_422(api: Any, sms: Any, signed_in: str) -> None:
    """GET /invoices?status=<17 characters> made tortoise raise a ValidationError: a 500."""
    client = Api(api, sms)
    client.token = signed_in
    for params, field in (({"status": "ªd×Û ¿+á¶§x-long-text"}, "status"), ({"kind": "x"}, "kind"),
                          ({"code": "1" * 13}, "code"), ({"number": "2" * 25}, "number"), ({"buyer": "买" * 101}, "buyer")):
        _, body = await client.call("GET", "/invoices", params=params, expect=422)
        assert field in body["error"]["fields"]
    _, page = await client.call("GET", "/invoices", params={"status": "issued", "kind": "normal"}, expect=200)
    assert len(page["items"]) == 1
    await client.call("POST", "/exports", {"format": "csv", "filters": {"status": "nonsense"}}, expect=422)


async def test_red_letter_refusal_names_its_reason(client_api: Any, world: World) -> None:
    """error.invoice_not_red_letterable needs ``why``; one raise site left it out, the template failed
    to render and the user got the general sentence instead of the reason."""
    red_id = world.a.ids["invoice_id"][1]
    _, body = await client_api.call("POST", f"/invoices/{red_id}/red-letter", {"reason_code": "mistake"},
                                    token=world.a.token, template="/invoices/{invoice_id}/red-letter", expect=409)
    assert body["error"]["message"] == "红字发票本身不能再红冲。"


async def test_huge_input_invoice_amounts_are_a_422(client_api: Any, world: World) -> None:
    """amount 1E+30 on POST /input-invoices made Decimal.quantize raise InvalidOperation: a 500."""
    for amount in ("1E+30", "1000000000000", "9" * 40):
        _, body = await client_api.call("POST", "/input-invoices", {
            "number": "26422000000000000999", "issue_date": "2026-11-02", "amount_excl_tax": amount, "tax": "6",
            "seller_name": "供应商", "seller_tax_id": "91420100MA4K00000Q"}, token=world.a.token, expect=422)
        assert "amount_excl_tax" in body["error"]["fields"]


async def test_the_same_pdf_rendered_concurrently(core: Any, world: World, tmp_path: Any) -> None:
    """Concurrent renders of one new invoice shared a temporary file name: all but one rename failed
    (found by schemathesis as a failed zip export running beside a PDF download)."""
    import time

    from core.invoicing.documents import DocumentService

    class SlowRenderer:
        def render(self, doc: Any) -> bytes:
            time.sleep(0.02)  # everyone passes the cache check before anyone has written
            return b"%PDF-1.4 " + doc.number.encode()

    documents = DocumentService(core.invoices, SlowRenderer(), tmp_path / "cache")
    from core.domain.actor import Actor

    actor = Actor(channel="api", account_id=(await core.sessions.resolve(world.a.token)))
    doc = await core.invoices.document(world.a.ids["issued_id"], actor)
    results = await asyncio.gather(*[documents.render(doc) for _ in range(12)], return_exceptions=True)
    assert all(r == b"%PDF-1.4 " + doc.number.encode() for r in results), results
    assert [p.suffix for p in (tmp_path / "cache").rglob("*")if p.is_file()] == [".pdf"]
