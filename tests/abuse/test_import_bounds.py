"""Uploaded spreadsheets are bounded (issue 13 #3): the declared dimension is ignored and rows are
streamed up to the caps, a zip bomb is refused before it is unpacked, and the parse runs off the
event loop."""

from __future__ import annotations

import asyncio
import contextlib
import io
import time
import zipfile
from typing import Any

import pytest
from aiohttp import FormData
from openpyxl import Workbook

from core.domain.actor import Actor
from core.domain.errors import DomainError
from core.domain.upload_bounds import MAX_ROWS
from tests.kit.api import Api
from tests.kit.factories import authorise_companies

HEADER = ["发票号码", "开票日期", "金额", "税额", "销售方名称", "销售方纳税人识别号"]


@pytest.fixture
async def owner(client_api: Api) -> str:
    client_api.token = await client_api.register("13800138000")
    await client_api.call("POST", "/companies", {"name": "武汉光谷软件有限公司", "tax_id": "91110000600037341L",
                                                 "taxpayer_kind": "general"}, expect=201)
    await authorise_companies()
    return client_api.token


async def upload(api: Any, token: str, name: str, data: bytes) -> tuple[int, Any]:
    form = FormData()
    form.add_field("file", data, filename=name)
    response = await api.post("/api/v1/input-invoices/import", data=form, headers={"Authorization": f"Bearer {token}"})
    return response.status, await response.json()


def far_cell_xlsx() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.cell(row=40000, column=1000, value="x")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


async def test_a_far_declared_cell_is_refused_quickly(api: Any, owner: str) -> None:
    data = far_cell_xlsx()
    assert len(data) < 10_000
    started = time.perf_counter()
    status, body = await upload(api, owner, "far.xlsx", data)
    assert status == 422, body
    assert f"{MAX_ROWS}" in body["error"]["fields"]["file"]
    assert time.perf_counter() - started < 3


async def test_a_zip_bomb_is_refused_before_unpacking(api: Any, owner: str) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (60 * 1024 * 1024))
    status, body = await upload(api, owner, "bomb.xlsx", buffer.getvalue())
    assert status == 422, body
    assert "解压" in body["error"]["fields"]["file"]


async def test_too_many_csv_rows_are_refused(api: Any, owner: str) -> None:
    lines = [",".join(HEADER)] + [f"2642200000000000{n:04d},2026-11-02,100,6,某供应商,91420100MA4K00000Q"
                                  for n in range(MAX_ROWS + 1)]
    status, body = await upload(api, owner, "many.csv", "\n".join(lines).encode())
    assert status == 422, body
    assert "分成几个文件" in body["error"]["fields"]["file"]


async def test_the_parse_runs_off_the_event_loop(core: Any, monkeypatch: Any) -> None:
    import core.input_invoicing.inputs as input_invoices

    def slow_parse(filename: str, data: bytes) -> list[dict[str, str]]:
        time.sleep(0.5)  # a parser hogging its thread
        return []

    monkeypatch.setattr(input_invoices, "read_table", slow_parse)
    lag = 0.0

    async def heartbeat() -> None:
        nonlocal lag
        for _ in range(10):
            before = time.perf_counter()
            await asyncio.sleep(0.05)
            lag = max(lag, time.perf_counter() - before - 0.05)

    async def parse() -> None:
        with contextlib.suppress(DomainError):  # no company: refused after the parse
            await core.input_invoices.import_file("x.csv", b"", Actor(channel="cli"))

    await asyncio.gather(heartbeat(), parse())
    assert lag < 0.2
