"""Export writers: CSV (streamed), XLSX, ZIP, and the download header.

Pure functions over rows of plain values, with no web framework: a view streams
:func:`csv_chunks` into its response, a background job writes :func:`write_xlsx` or
:func:`write_zip` to a file and reports progress through the ``progress`` callback.

Values in rows:

* ``Decimal`` is written exactly, never in exponent notation (``Decimal("1E+2")`` -> ``100``);
* ``date``/``datetime`` in ISO 8601 (``2026-11-05``, ``2026-11-05 14:03:00``);
* ``None`` as an empty cell; enums by their value; anything else through ``str``;
* ``float`` is refused with :class:`TypeError`, as everywhere money is handled.

Text that a spreadsheet would run as a formula (``=…``, ``+…``, ``-…``, ``@…``) is
defused: prefixed with ``'`` in CSV, stored as a literal string in XLSX (OWASP "CSV
injection"; buyer names and remarks are user input). Numbers are not affected, so a
negative ``Decimal`` stays a number.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import unicodedata
import zipfile
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import Final
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

__all__ = [
    "BOM",
    "MONEY_FORMAT",
    "content_disposition",
    "csv_chunks",
    "write_xlsx",
    "write_zip",
]

#: UTF-8 byte order mark: without it Excel opens a UTF-8 CSV as GBK and garbles Chinese.
BOM: Final = "\ufeff"
#: Excel number format of money cells.
MONEY_FORMAT: Final = "#,##0.00"
#: Approximate size of the chunks :func:`csv_chunks` yields.
CSV_CHUNK_SIZE: Final = 8 * 1024

_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_SHEET_TITLE_BAD: Final = re.compile(r"[\[\]:*?/\\]")
_WIDTH_SAMPLE_ROWS: Final = 200
_MIN_WIDTH: Final = 6
_MAX_WIDTH: Final = 60

Progress = Callable[[int], None]


def _reject_float(value: object) -> None:
    if isinstance(value, float):
        raise TypeError("exports take Decimal, int or str numbers, never float")


def _plain_decimal(value: Decimal) -> str:
    """``Decimal("1E+2")`` -> ``"100"``, ``Decimal("0.10")`` -> ``"0.10"`` (exponent never)."""
    return format(value, "f")


def _text(value: object) -> str:
    """The text of one value, as CSV writes it (before formula defusing)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    _reject_float(value)
    if isinstance(value, Decimal):
        return _plain_decimal(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return _text(value.value)
    return str(value)


def _defuse(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


# -- CSV ------------------------------------------------------------------------------


def csv_chunks(
    header: Sequence[str], rows: Iterable[Sequence[object]], *, chunk_size: int = CSV_CHUNK_SIZE
) -> Iterator[bytes]:
    """A CSV file as UTF-8 byte chunks of about ``chunk_size``: BOM first, CRLF line ends.

    Rows are pulled lazily, so a 100,000-row export streams in constant memory.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    buffer.write(BOM)
    writer.writerow([_defuse(h) for h in header])
    for row in rows:
        writer.writerow([_defuse(v) if isinstance(v, str) else _text(v) for v in row])
        if buffer.tell() >= chunk_size:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    rest = buffer.getvalue()
    if rest:
        yield rest.encode("utf-8")


# -- XLSX -----------------------------------------------------------------------------


def _display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: Chinese (wide) characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _sheet_title(title: str) -> str:
    cleaned = _SHEET_TITLE_BAD.sub("_", title).strip("'")[:31]
    return cleaned or "Sheet1"


def _excel_value(value: object) -> object:
    """A value openpyxl writes as-is (numbers stay numbers, strings are cleaned)."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    _reject_float(value)
    if isinstance(value, Enum):
        return _excel_value(value.value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None)  # Excel has no time zones: keep the wall-clock time
    if value is None or isinstance(value, int | Decimal | date | time):
        return value
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def write_xlsx(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet_title: str,
    money_columns: Collection[int] = (),
    progress: Progress | None = None,
    progress_every: int = 1000,
) -> int:
    """Write one sheet with openpyxl's write-only (streaming) workbook; returns the row count.

    The header is bold and frozen; ``money_columns`` (0-based) hold numbers formatted
    ``#,##0.00``; column widths are estimated from the header and the first rows.
    ``progress(rows_written)`` is called every ``progress_every`` rows and once at the end.
    """
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_sheet_title(sheet_title))
    money = frozenset(money_columns)
    iterator = iter(rows)
    sample = list(itertools.islice(iterator, _WIDTH_SAMPLE_ROWS))

    widths = [_display_width(str(h)) for h in header]
    for row in sample:
        for i, value in enumerate(row):
            if i >= len(widths):
                widths.append(0)
            text = f"{value:,.2f}" if i in money and isinstance(value, Decimal | int) else _text(value)
            widths[i] = max(widths[i], _display_width(text))
    for i, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(i + 1)].width = min(_MAX_WIDTH, max(_MIN_WIDTH, width + 2))
    sheet.freeze_panes = "A2"

    bold = Font(bold=True)
    header_cells = []
    for h in header:
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", str(h)))
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)

    # One styled cell per money column, reused: write-only rows are serialised on append.
    money_cells: dict[int, WriteOnlyCell] = {}
    for i in money:
        cell = WriteOnlyCell(sheet)
        cell.number_format = MONEY_FORMAT
        money_cells[i] = cell

    count = 0
    for row in itertools.chain(sample, iterator):
        values: list[object] = []
        for i, raw in enumerate(row):
            value = _excel_value(raw)
            if i in money_cells and isinstance(value, int | Decimal) and not isinstance(value, bool):
                cell = money_cells[i]
                cell.value = value
                values.append(cell)
            elif isinstance(value, str) and value.startswith("="):
                literal = WriteOnlyCell(sheet, value=value)
                literal.data_type = "s"  # text, not a formula
                values.append(literal)
            else:
                values.append(value)
        sheet.append(values)
        count += 1
        if progress is not None and count % progress_every == 0:
            progress(count)
    if progress is not None and count % progress_every:
        progress(count)
    workbook.save(path)
    return count


# -- ZIP ------------------------------------------------------------------------------


def _zip_name(name: str, seen: set[str]) -> str:
    """A safe, unique member name: no absolute paths or "..", duplicates numbered."""
    parts = [p for p in PurePosixPath(name.replace("\\", "/")).parts if p not in ("/", ".", "..")]
    cleaned = "/".join(parts) or "file"
    candidate, n = cleaned, 1
    while candidate in seen:
        n += 1
        path = PurePosixPath(cleaned)
        candidate = str(path.with_name(f"{path.stem} ({n}){path.suffix}"))
    seen.add(candidate)
    return candidate


def write_zip(
    path: Path,
    files: Iterable[tuple[str, bytes]],
    *,
    progress: Progress | None = None,
    progress_every: int = 100,
) -> int:
    """Write ``(name, data)`` pairs to a deflated ZIP; returns the number of files.

    Non-ASCII names (``发票-26420000000000000001.pdf``) are stored as UTF-8 with the
    UTF-8 flag set, which Windows Explorer, macOS and WeChat's file viewer honour.
    ``progress(files_written)`` is called every ``progress_every`` files and once at the end.
    """
    count = 0
    seen: set[str] = set()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(_zip_name(name, seen), data)
            count += 1
            if progress is not None and count % progress_every == 0:
                progress(count)
    if progress is not None and count % progress_every:
        progress(count)
    return count


# -- Content-Disposition --------------------------------------------------------------

# RFC 5987 attr-char minus what quote() keeps anyway (letters, digits, "_.-~").
_ATTR_SAFE: Final = "!#$&+^`|"
_FALLBACK_BAD: Final = re.compile(r"[^A-Za-z0-9._()\- ]+")


def content_disposition(filename: str) -> str:
    """``Content-Disposition`` for a download (RFC 6266 with RFC 5987 ``filename*``).

    ``发票.pdf`` -> ``attachment; filename="download.pdf"; filename*=UTF-8''%E5%8F%91%E7%A5%A8.pdf``;
    a plain ASCII name gets ``filename`` only. Path separators and control characters are
    dropped, so a name can neither point elsewhere nor split the header.
    """
    name = "".join(ch for ch in filename if unicodedata.category(ch)[0] != "C")
    name = name.replace("/", "_").replace("\\", "_").strip() or "download"
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    fallback_ext = _FALLBACK_BAD.sub("", ext)
    fallback_stem = _FALLBACK_BAD.sub("_", stem).strip("_ -.") or "download"
    fallback = fallback_stem + ("." + fallback_ext if fallback_ext else "")
    if fallback == name:
        return f'attachment; filename="{fallback}"'
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe=_ATTR_SAFE)}"
