"""Export writers (core/exports/writers.py): CSV, XLSX, ZIP and Content-Disposition."""

from __future__ import annotations

import csv
import io
import time
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from urllib.parse import unquote

import pytest
from openpyxl import load_workbook

from core.exports.writers import BOM, content_disposition, csv_chunks, write_xlsx, write_zip

HEADER = ("发票号码", "开票日期", "购买方名称", "金额", "税额", "价税合计", "备注")
ROWS: list[tuple[object, ...]] = [
    ("26422000000012345678", date(2026, 11, 5), "湖北楚天餐饮管理有限公司", Decimal("6360.00"), Decimal("381.60"),
     Decimal("6741.60"), "项目：武汉办公室年度维护"),
    ("26422000000012345680", date(2026, 11, 6), "李四", Decimal("-3000.00"), Decimal("-180.00"), Decimal("-3180.00"),
     "红冲，含逗号,和\"引号\"\n换行"),
    ("26422000000012345681", date(2026, 11, 7), "=HYPERLINK(\"http://evil\")", Decimal("1E+2"), Decimal("0.00000001"),
     Decimal("100.00000001"), None),
]


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# -- CSV ------------------------------------------------------------------------------


def test_csv_starts_with_bom_uses_crlf_and_round_trips_chinese() -> None:
    data = b"".join(csv_chunks(HEADER, ROWS))
    assert data.startswith(BOM.encode("utf-8")) and data.startswith(b"\xef\xbb\xbf")
    assert data.split(b"\r\n", 1)[0] == (BOM + ",".join(HEADER)).encode("utf-8")
    assert data.endswith(b"\r\n") and data.count(b"\r\n") == 1 + len(ROWS)
    rows = read_csv(data)
    assert rows[0] == list(HEADER)
    assert rows[1] == ["26422000000012345678", "2026-11-05", "湖北楚天餐饮管理有限公司", "6360.00", "381.60", "6741.60",
                       "项目：武汉办公室年度维护"]
    assert rows[2][6] == "红冲，含逗号,和\"引号\"\n换行"
    assert len(rows) == 1 + len(ROWS)


def test_csv_writes_decimals_exactly_never_in_exponent_form() -> None:
    rows = read_csv(b"".join(csv_chunks(HEADER, ROWS)))
    assert rows[2][3:6] == ["-3000.00", "-180.00", "-3180.00"]  # negative numbers stay numbers
    assert rows[3][3:6] == ["100", "0.00000001", "100.00000001"]
    assert [Decimal(v) for v in rows[1][3:6]] == [Decimal("6360.00"), Decimal("381.60"), Decimal("6741.60")]
    assert rows[3][6] == ""  # None


def test_csv_defuses_formulas_in_text() -> None:
    rows = read_csv(b"".join(csv_chunks(HEADER, ROWS)))
    assert rows[3][2] == "'=HYPERLINK(\"http://evil\")"


def test_csv_values_of_other_types() -> None:
    class Status(Enum):
        ISSUED = "issued"

    rows = read_csv(b"".join(csv_chunks(["a", "b", "c", "d"], [(datetime(2026, 11, 5, 14, 3, 7, 123), Status.ISSUED, 42, True)])))
    assert rows[1] == ["2026-11-05 14:03:07", "issued", "42", "True"]
    with pytest.raises(TypeError):
        b"".join(csv_chunks(["a"], [(1.5,)]))


def test_csv_streams_100000_rows_in_small_chunks() -> None:
    produced = 0

    def rows() -> Iterator[Sequence[object]]:
        nonlocal produced
        for i in range(100_000):
            produced += 1
            yield (f"2642200000{i:010d}", date(2026, 11, 5), "湖北楚天餐饮管理有限公司", Decimal(i) / 100, Decimal("0.06"))

    start = time.perf_counter()
    chunks = csv_chunks(HEADER[:5], rows())
    first = next(chunks)
    assert produced < 1000  # the first chunk comes before the rows are all read
    total, count, largest = len(first), 1, len(first)
    for chunk in chunks:
        total += len(chunk)
        count += 1
        largest = max(largest, len(chunk))
    assert produced == 100_000
    assert count > 100 and largest < 16 * 1024  # streamed in chunks of a few KB
    assert total > 5_000_000
    assert time.perf_counter() - start < 10


# -- XLSX -----------------------------------------------------------------------------


def test_xlsx_has_a_row_per_item_with_numeric_money_cells(tmp_path: Path) -> None:
    path = tmp_path / "发票导出-2026-11.xlsx"
    calls: list[int] = []
    assert write_xlsx(path, HEADER, ROWS, sheet_title="发票/2026:11", money_columns=(3, 4, 5), progress=calls.append,
                      progress_every=2) == 3
    assert calls == [2, 3]

    workbook = load_workbook(path, read_only=True)
    [sheet] = workbook.worksheets
    assert sheet.title == "发票_2026_11"
    rows = list(sheet.iter_rows())
    assert len(rows) == 1 + len(ROWS)
    assert [c.value for c in rows[0]] == list(HEADER)
    assert all(c.font.b for c in rows[0])
    first = rows[1]
    assert first[0].value == "26422000000012345678"  # long numbers stay text
    assert first[1].value == datetime(2026, 11, 5) and first[1].is_date
    assert first[2].value == "湖北楚天餐饮管理有限公司"
    for cell, expected in zip(first[3:6], ("6360", "381.6", "6741.6"), strict=True):
        assert cell.data_type == "n" and cell.number_format == "#,##0.00"
        assert Decimal(str(cell.value)) == Decimal(expected)
    assert [c.value for c in rows[2][3:6]] == [-3000, -180, -3180]
    assert rows[3][2].value == "=HYPERLINK(\"http://evil\")" and rows[3][2].data_type == "s"  # text, not a formula
    workbook.close()

    full = load_workbook(path)  # frozen header and widths live in the sheet view / columns
    sheet = full.active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["C"].width >= 24  # wide enough for the Chinese name
    assert sheet.column_dimensions["A"].width >= 20


def test_xlsx_streams_rows(tmp_path: Path) -> None:
    """Rows are pulled as they are written (write-only workbook), never all held at once.

    20,000 rows keep the test quick; 100,000 take about 10 s on a 2-vCPU machine, in the
    same bounded memory.
    """
    n = 20_000
    produced = 0

    def rows() -> Iterator[Sequence[object]]:
        nonlocal produced
        for i in range(n):
            produced += 1
            yield (f"2642200000{i:010d}", Decimal(i) / 100)

    seen: list[tuple[int, int]] = []
    path = tmp_path / "big.xlsx"
    written = write_xlsx(
        path, ["号码", "金额"], rows(), sheet_title="big", money_columns=[1], progress=lambda c: seen.append((c, produced))
    )
    assert written == n
    assert [c for c, _ in seen] == list(range(1000, n + 1, 1000))
    assert all(p - c <= 200 for c, p in seen)  # only a small look-ahead (for column widths) is buffered
    with zipfile.ZipFile(path) as archive:  # cheaper than reading 20,000 rows back
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    last_row = xml[xml.index(f'<row r="{n + 1}"') :]
    assert f"2642200000{n - 1:010d}" in last_row and f"<v>{Decimal(n - 1) / 100}</v>" in last_row
    assert f'<row r="{n + 2}"' not in xml


# -- ZIP ------------------------------------------------------------------------------


def test_zip_keeps_chinese_names(tmp_path: Path) -> None:
    path = tmp_path / "发票.zip"
    files = [
        ("发票-26422000000012345678.pdf", b"%PDF-1.4 one"),
        ("2026-11/发票-26422000000012345679.pdf", b"%PDF-1.4 two"),
        ("发票-26422000000012345678.pdf", b"%PDF-1.4 duplicate"),
        ("../../etc/passwd", b"nope"),
    ]
    calls: list[int] = []
    assert write_zip(path, iter(files), progress=calls.append, progress_every=3) == 4
    assert calls == [3, 4]
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == [
            "发票-26422000000012345678.pdf",
            "2026-11/发票-26422000000012345679.pdf",
            "发票-26422000000012345678 (2).pdf",
            "etc/passwd",
        ]
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in infos)
        assert infos[0].flag_bits & 0x800  # names stored as UTF-8
        assert archive.read("发票-26422000000012345678.pdf") == b"%PDF-1.4 one"
        assert archive.read("发票-26422000000012345678 (2).pdf") == b"%PDF-1.4 duplicate"


# -- Content-Disposition --------------------------------------------------------------


def test_content_disposition_ascii() -> None:
    assert content_disposition("invoices-2026-11.csv") == 'attachment; filename="invoices-2026-11.csv"'


def test_content_disposition_chinese() -> None:
    assert content_disposition("发票.pdf") == "attachment; filename=\"download.pdf\"; filename*=UTF-8''%E5%8F%91%E7%A5%A8.pdf"
    header = content_disposition("发票导出-2026-11.xlsx")
    assert header == (
        "attachment; filename=\"2026-11.xlsx\"; filename*=UTF-8''%E5%8F%91%E7%A5%A8%E5%AF%BC%E5%87%BA-2026-11.xlsx"
    )
    assert unquote(header.split("UTF-8''")[1]) == "发票导出-2026-11.xlsx"
    header.encode("ascii")  # header values must be ASCII


def test_content_disposition_cannot_inject_or_escape() -> None:
    header = content_disposition('a"b\r\nSet-Cookie: x=1/../发票 (1).pdf')
    assert "\r" not in header and "\n" not in header
    fallback = header.split('filename="')[1].split('"')[0]
    assert '"' not in fallback and "/" not in fallback
    assert unquote(header.split("UTF-8''")[1]) == 'a"bSet-Cookie: x=1_.._发票 (1).pdf'
    assert content_disposition("") == 'attachment; filename="download"'
