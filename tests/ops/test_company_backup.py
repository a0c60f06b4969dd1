"""A company's own data as a ZIP: through the API (owner or admin only) and 「备份」 in chat.
It never contains another company's data."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from typing import Any

import pytest

from bot.router import Router
from core.accounts.models import Account
from core.companies.models import Membership
from core.invoicing.models import Invoice
from templates import texts
from tests.kit.chat import OPENID, verify_dialog
from tests.kit.chat import company as chat_company  # noqa: F401  (fixture)
from tests.kit.factories import populate

OTHER_TAX_ID = "91420100MA4K12345K"
OTHER_NAME = "湖北某某商贸有限公司"


async def finished(client: Any, job: dict[str, Any], token: str | None = None) -> dict[str, Any]:
    for _ in range(300):
        _, job = await client.call("GET", f"/exports/{job['id']}", template="/exports/{job_id}", token=token,
                                   expect=200)
        if job["status"] in ("done", "failed"):
            return job
        await asyncio.sleep(0.02)
    raise AssertionError("backup did not finish")


async def test_company_backup_holds_only_that_companys_data(api, sms, clock, core):
    mine = await populate(api, sms, clock, core)
    clock.advance(seconds=61)
    theirs = await populate(api, sms, clock, core, phone="13900139000", tax_id=OTHER_TAX_ID, name=OTHER_NAME)
    my_account = await Account.get(phone="13800138000")
    my_company = my_account.current_company_id
    their_numbers = set(await Invoice.filter(company__tax_id=OTHER_TAX_ID, number__isnull=False)
                        .values_list("number", flat=True))
    assert their_numbers

    _, job = await mine.call("POST", "/exports/backup", expect=202)
    assert job["format"] == "backup" and job["download_url"] is None and job["total"] > 0
    job = await finished(mine, job)
    assert job["status"] == "done" and job["percent"] == 100 and job["filename"].endswith(".zip")
    response = await api.get(job["download_url"].split("127.0.0.1:8080")[-1])
    assert response.status == 200 and response.headers["Content-Type"] == "application/zip"
    data = await response.read()
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    assert {"manifest.json", "company.json", "invoices.jsonl", "customers.json", "products.json",
            "input_invoices.json", "filings.json", "red_confirmations.json", "发票清单.xlsx"} <= names

    invoices = [json.loads(line) for line in archive.read("invoices.jsonl").splitlines()]
    mine_in_db = await Invoice.filter(company_id=my_company).order_by("id")
    assert [i["id"] for i in invoices] == [i.id for i in mine_in_db]
    assert {i["status"] for i in invoices} >= {"issued", "red_full", "red_partial"} and any(i["is_red"] for i in invoices)
    assert all(i["lines"] and i["events"] for i in invoices)
    red = next(i for i in invoices if i["is_red"])
    assert red["total"].startswith("-") and red["original_number"]
    pdfs = sorted(n for n in names if n.startswith("pdf/"))
    assert len(pdfs) == sum(1 for i in invoices if i["number"])
    assert all(archive.read(n).startswith(b"%PDF") for n in pdfs)
    assert any(n.startswith("pdf/红字发票-") for n in pdfs)

    filings = json.loads(archive.read("filings.json"))
    assert filings and filings[0]["events"] and filings[0]["status"] == "succeeded"
    assert json.loads(archive.read("products.json"))[0]["unit_price"] == "1000.50000000"
    assert json.loads(archive.read("input_invoices.json"))[0]["amount"] == "1000.00"
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["company"]["id"] == my_company and manifest["counts"]["invoices"] == len(invoices)
    company = json.loads(archive.read("company.json"))
    assert company["company"]["tax_id"] == "91110000600037341L" and company["members"][0]["role"] == "owner"

    # Nothing of the other company, anywhere in the archive (PDFs included).
    for name in names:
        content = archive.read(name)
        assert OTHER_NAME.encode() not in content and OTHER_TAX_ID.encode() not in content, name
        for number in their_numbers:
            assert number.encode() not in content, (name, number)
    for rows in (invoices, filings, json.loads(archive.read("products.json")),
                 json.loads(archive.read("input_invoices.json")), json.loads(archive.read("customers.json"))):
        assert all(row["company_id"] == my_company for row in rows)

    # The other company cannot follow this job, and its own backup is its own.
    await theirs.call("GET", f"/exports/{job['id']}", template="/exports/{job_id}", expect=404)
    _, other_job = await theirs.call("POST", "/exports/backup", expect=202)
    other_job = await finished(theirs, other_job)
    other = zipfile.ZipFile(io.BytesIO(await (await api.get(other_job["download_url"].split("8080")[-1])).read()))
    assert json.loads(other.read("manifest.json"))["company"]["tax_id"] == OTHER_TAX_ID
    assert b"91110000600037341L" not in other.read("invoices.jsonl")


async def test_only_the_owner_or_an_admin_may_take_it(api, sms, clock, core):
    owner = await populate(api, sms, clock, core)
    clock.advance(seconds=61)
    issuer_token = await owner.register("13900139000", name="李开票")
    company_id = (await Account.get(phone="13800138000")).current_company_id
    issuer = await Account.get(phone="13900139000")
    await Membership.create(company_id=company_id, account_id=issuer.id, role="issuer", created_at=clock.now())
    await Account.filter(id=issuer.id).update(current_company_id=company_id)
    _, body = await owner.call("POST", "/exports/backup", token=issuer_token, expect=403)
    assert body["error"]["code"] == "permission_denied"
    await Membership.filter(account_id=issuer.id).update(role="admin")
    await owner.call("POST", "/exports/backup", token=issuer_token, expect=202)
    await core.exports.drain()


@pytest.fixture
def router(core):
    return Router(core, texts())


async def test_backup_in_chat_replies_with_a_link(router, chat_company, core, wechat_api):  # noqa: F811
    await verify_dialog(router, OPENID, [("开票 张三 餐费 388 普票", "请确认"), ("确认", "开票成功")])
    replies = await verify_dialog(router, OPENID, [("备份", ("备份完成", "/dl/", "24 小时"))])
    token = replies[0].split("/dl/")[1].split()[0]
    job, path = await core.exports.by_download_token(token)
    archive = zipfile.ZipFile(path)
    assert job.format == "backup" and sum(n.startswith("pdf/电子发票-") for n in archive.namelist()) == 1
    assert not [text for openid, text in wechat_api.texts_sent if openid == OPENID and "/dl/" in text]


async def test_a_slow_backup_is_pushed_when_ready(router, chat_company, core, wechat_api, monkeypatch):  # noqa: F811
    from bot.features.company import backup

    monkeypatch.setattr(backup, "WAIT_SECONDS", 0)
    await verify_dialog(router, OPENID, [("数据备份", ("正在打包", "完成后"))])
    await core.exports.drain()
    pushes = [text for openid, text in wechat_api.texts_sent if openid == OPENID]
    assert pushes and "备份完成" in pushes[-1] and "/dl/" in pushes[-1]


async def test_backup_in_chat_needs_a_login_and_the_right_role(router, core):
    await verify_dialog(router, "o-nobody", [("备份", "请先登录")])
