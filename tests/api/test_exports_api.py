"""Exports: CSV with BOM, Excel with one row per invoice, ZIP with one PDF per invoice, progress and links."""

from __future__ import annotations

import asyncio
import csv
import io
import zipfile

import pytest
from openpyxl import load_workbook

from tests.kit.api import NORMAL_FROM_TITLE, SPECIAL
from tests.kit.factories import authorise_companies


@pytest.fixture
async def invoices(client_api, owner, monkeypatch):
    import core.exports.service as exports

    monkeypatch.setattr(exports, "BATCH", 2)  # several batches even for a handful of rows
    made = []
    for _ in range(3):
        made.append((await client_api.call("POST", "/invoices", SPECIAL, expect=201))[1])
        made.append((await client_api.call("POST", "/invoices", NORMAL_FROM_TITLE, expect=201))[1])
    return made


async def finished(client_api, job):
    for _ in range(200):
        _, job = await client_api.call("GET", f"/exports/{job['id']}", template="/exports/{job_id}", expect=200)
        if job["status"] in ("done", "failed"):
            return job
        await asyncio.sleep(0.02)
    raise AssertionError("export did not finish")


async def download(api, job):
    response = await api.get(job["download_url"].split("127.0.0.1:8080")[-1])
    assert response.status == 200
    assert "filename*=UTF-8''%E5%8F%91%E7%A5%A8%E5%AF%BC%E5%87%BA" in response.headers["Content-Disposition"]
    return await response.read()


async def test_csv_export(client_api, invoices, api):
    _, job = await client_api.call("POST", "/exports", {"format": "csv"}, expect=202)
    assert job["total"] == 6 and job["download_url"] is None
    job = await finished(client_api, job)
    assert job["status"] == "done" and job["percent"] == 100
    data = await download(api, job)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][0] == "发票号码" and len(rows) == 7
    assert {r[0] for r in rows[1:]} == {i["number"] for i in invoices}
    assert "深圳某某科技有限公司" in {r[7] for r in rows[1:]}
    assert "1226.00" in {r[11] for r in rows[1:]}


async def test_xlsx_export_one_row_per_invoice(client_api, invoices, api):
    _, job = await client_api.call("POST", "/exports", {"format": "xlsx", "filters": {"kind": "special"}},
                                   expect=202)
    job = await finished(client_api, job)
    book = load_workbook(io.BytesIO(await download(api, job)), read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][0] == "发票号码" and len(rows) == 4
    assert all(r[3] == "专票" for r in rows[1:]) and float(rows[1][11]) == 1226.0


async def test_zip_of_pdfs(client_api, invoices, api):
    _, job = await client_api.call("POST", "/exports", {"format": "zip"}, expect=202)
    job = await finished(client_api, job)
    archive = zipfile.ZipFile(io.BytesIO(await download(api, job)))
    names = archive.namelist()
    assert len(names) == 6 and all(n.endswith(".pdf") and n.startswith("电子发票-") for n in names)
    assert all(archive.read(n).startswith(b"%PDF") for n in names)


async def test_export_of_another_company_is_not_found(client_api, invoices, clock):
    _, job = await client_api.call("POST", "/exports", {"format": "csv"}, expect=202)
    clock.advance(seconds=61)
    stranger = await client_api.register("13900139000")
    await client_api.call("POST", "/companies", {"name": "别家", "tax_id": "9144030071526726XG"}, token=stranger,
                          expect=201)
    await authorise_companies()
    await client_api.call("GET", f"/exports/{job['id']}", template="/exports/{job_id}", token=stranger, expect=404)
    await finished(client_api, job)


async def test_bad_format_and_unknown_download(client_api, owner, api):
    _, body = await client_api.call("POST", "/exports", {"format": "pdf"}, expect=422)
    assert "csv" in body["error"]["fields"]["format"]
    response = await api.get("/dl/nope")
    assert response.status == 404
