"""Bounds on every uploaded file that is parsed (issue 13 #3): a 4.8 KB spreadsheet declaring a cell
at (40000, 1000) once took the server from 210 to 516 MB and stalled it for 2 s.

* **Size before parsing**: an .xlsx is a zip; its members' uncompressed size is bounded in total
  and relative to the upload (a zip bomb's ratio), and so is their number.
* **Rows and columns**: spreadsheets are streamed (openpyxl ``read_only``) with the declared
  dimension ignored; reading stops at the row and column caps (empty rows count: a far-away cell
  cannot make the reader walk 40,000 rows).
* **Time**: the parse runs in a worker thread (off the event loop) with a deadline checked while
  reading, and the request gives up waiting at the same deadline.

The "inputs" work (PDF/OFD/XML of received invoices) uses :func:`check_zip` and
:func:`parse_off_loop` for its parsers too.
"""

from __future__ import annotations

import asyncio
import io
import time
import zipfile
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from core.domain.errors import ValidationFailed

MAX_ROWS = 5000
MAX_COLUMNS = 60
MAX_UNCOMPRESSED_BYTES = 40 * 1024 * 1024
MAX_ZIP_RATIO = 150
MAX_ZIP_MEMBERS = 200
PARSE_SECONDS = 10.0

T = TypeVar("T")


class Deadline:
    def __init__(self, seconds: float = PARSE_SECONDS) -> None:
        self.until = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.until:
            raise ValidationFailed.one("file", "import_too_slow", seconds=int(PARSE_SECONDS))


def check_zip(data: bytes) -> None:
    """Refuse a zip (xlsx, ofd) that unpacks to too much, or too much for its size, before opening it."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ValidationFailed.one("file", "import_unreadable") from None
    total = sum(member.file_size for member in members)
    if len(members) > MAX_ZIP_MEMBERS or total > MAX_UNCOMPRESSED_BYTES or total > MAX_ZIP_RATIO * max(len(data), 1):
        raise ValidationFailed.one("file", "import_too_large", max_mb=MAX_UNCOMPRESSED_BYTES // (1024 * 1024))


def xlsx_rows(data: bytes, deadline: Deadline) -> Iterator[list[Any]]:
    """The first sheet's rows, streamed, at most MAX_ROWS rows of MAX_COLUMNS cells."""
    from openpyxl import load_workbook

    check_zip(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # the declared <dimension> is whatever the file claims
        rows = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
    except ValidationFailed:
        raise
    except Exception:
        raise ValidationFailed.one("file", "import_unreadable") from None
    try:
        for count, row in enumerate(rows, start=1):
            if count > MAX_ROWS + 1:  # the header and MAX_ROWS data rows
                raise ValidationFailed.one("file", "import_too_many_rows", max_rows=MAX_ROWS)
            if count % 200 == 0:
                deadline.check()
            yield list(row)
    finally:
        book.close()


def bounded_rows(rows: Iterator[list[Any]], deadline: Deadline) -> Iterator[list[Any]]:
    """The same caps for rows that come from elsewhere (CSV)."""
    for count, row in enumerate(rows, start=1):
        if count > MAX_ROWS + 1:
            raise ValidationFailed.one("file", "import_too_many_rows", max_rows=MAX_ROWS)
        if count % 200 == 0:
            deadline.check()
        yield list(row[:MAX_COLUMNS])


async def parse_off_loop(parse: Callable[..., T], *args: Any, seconds: float = PARSE_SECONDS) -> T:
    """Run a parser in a worker thread; the caller stops waiting after ``seconds`` (the parser's own
    :class:`Deadline` ends the thread's work soon after)."""
    try:
        return await asyncio.wait_for(asyncio.to_thread(parse, *args), timeout=seconds + 1)
    except TimeoutError:
        raise ValidationFailed.one("file", "import_too_slow", seconds=int(seconds)) from None
