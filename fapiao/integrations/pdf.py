"""Invoice PDFs drawn with reportlab, laid out like a 数电票 (fully digitised e-invoice).

The page is A5 landscape (210 x 148 mm)::

    [QR]          电子发票（普通发票）            发票号码：…
                  ═════════════════════            开票日期：…
                      [销项负数]                   第1页 共2页
    ┌──┬───────────────────────┬──┬───────────────────────┐
    │购│ 名称：…               │销│ 名称：…               │
    │买│ 统一社会信用代码/…：… │售│ 统一社会信用代码/…：… │
    ├──┴───────────────────────┴──┴───────────────────────┤
    │ 项目名称  规格型号  单位  数量  单价  金额  税率  税额 │
    │ *餐饮服务*餐费 …                                    │
    │ 合  计                         ¥…             ¥…    │
    ├──────────────┬──────────────────────────────────────┤
    │价税合计（大写）│ ⊗ 壹仟元整            （小写）¥…     │
    ├──┬───────────┴──────────────────────────────────────┤
    │备注│ …                                              │
    └──┴──────────────────────────────────────────────────┘
    开票人：…

The QR code carries the national payload ``01,<31|32>,,<号码>,<价税合计>,<YYYYMMDD>,,<校验>``
(:meth:`InvoiceDocument.national_qr`) that expense systems and the tax app read; our
verification link is not printed (it travels in the chat reply, the API and the pages).

Every Chinese text comes from ``templates/pdf.zh.yaml`` (:func:`load_labels`). Chinese is
drawn with a TrueType font (``.ttf``/``.ttc``, ``PDF_FONT_PATH``; by default Debian's
``fonts-wqy-microhei`` when installed, :func:`default_font_path`), embedded as a subset of
the characters used (reportlab's TTFont subsets automatically), so phones without Chinese
fonts show it too. Without one, reportlab's built-in CID font ``STSong-Light`` is
referenced but not embedded (``fapiao doctor`` warns). Numbers are drawn in Helvetica.

More lines than fit continue on further pages with the title, parties and column header
repeated; the 合计, 价税合计 and 备注 rows are on the last page only. Red-letter invoices
get a red "销项负数" mark and ⊗ alone before the 大写 (no 负: GUIDE.md section 3, "one
mark, not ⊗ and 负 together", as the 数电票 sample layout prints ⊗壹佰圆整); their 备注 is
printed as the invoice gives it (the platform's standard text 被红冲蓝字数电发票号码：…
红字发票信息确认单编号：…). A discount line (折扣行) is a row of its own under the line it
discounts, with negative 金额 and 税额, as the platform prints it. There is no 作废 stamp:
an electronic 数电票 cannot be voided (国家税务总局公告2024年第11号 第八条).

:meth:`ReportlabInvoiceRenderer.render` is synchronous and CPU-bound (a few ms): call it
through ``asyncio.to_thread``. Output is deterministic (``invariant=1``): the same
document gives byte-identical PDFs.
"""

from __future__ import annotations

import hashlib
import io
import threading
import zlib
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import qrcode
import yaml
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont
from reportlab.pdfgen.canvas import Canvas

from core.domain.amount_in_words import NEGATIVE_MARK
from core.domain.invoice_document import InvoiceDocument, LineView
from core.domain.money import format_money, to_money
from templates import TEMPLATE_DIR, flatten

__all__ = ["DEFAULT_FONT_PATHS", "LABELS_PATH", "REQUIRED_LABELS", "ReportlabInvoiceRenderer", "default_font_path",
           "load_labels"]

LABELS_PATH: Final = TEMPLATE_DIR / "pdf.zh.yaml"

REQUIRED_LABELS: Final = frozenset(
    {
        "title.normal",
        "title.special",
        "number",
        "date",
        "date_format",
        "page",
        "scan",
        "buyer",
        "seller",
        "party.name",
        "party.tax_id",
        "party.address_phone",
        "party.bank_account",
        "column.name",
        "column.spec",
        "column.unit",
        "column.quantity",
        "column.unit_price",
        "column.amount",
        "column.rate",
        "column.tax",
        "total",
        "total_words",
        "total_figures",
        "remark",
        "issuer",
        "exempt_rates",
        "exempt_tax",
        "red.mark",
        "meta.subject",
    }
)


@lru_cache(maxsize=4)
def _read_labels(path: Path) -> Mapping[str, str]:
    out: dict[str, str] = {}
    flatten("", yaml.safe_load(path.read_text(encoding="utf-8")), out)
    return out


def load_labels(path: Path = LABELS_PATH) -> dict[str, str]:
    """The PDF labels from ``templates/pdf.zh.yaml``, flattened to dotted keys."""
    return dict(_read_labels(path))


# -- fonts ----------------------------------------------------------------------------

#: Free CJK fonts from Debian packages, first found wins: fonts-wqy-microhei (Apache 2.0 /
#: GPL), fonts-wqy-zenhei, fonts-noto-cjk (OFL). Installed by .ci/run; see the README.
DEFAULT_FONT_PATHS: Final = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)


def default_font_path() -> str | None:
    """The first installed font of :data:`DEFAULT_FONT_PATHS`, or None."""
    return next((path for path in DEFAULT_FONT_PATHS if Path(path).is_file()), None)

_CID_FONT: Final = "STSong-Light"
_NUM_FONT: Final = "Helvetica"
_font_lock = threading.Lock()


def _register_cid_font() -> str:
    with _font_lock:
        if _CID_FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(_CID_FONT))
    return _CID_FONT


@lru_cache(maxsize=8)
def _register_ttf(path: str) -> str:
    """Register a TrueType font (``.ttc``: its first face) once; returns its name."""
    resolved = str(Path(path).resolve())
    name = "FapiaoTTF-" + hashlib.sha1(resolved.encode()).hexdigest()[:10]
    with _font_lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, resolved, subfontIndex=0) if resolved.lower().endswith(".ttc") else TTFont(name, resolved)
            _cache_subsets(font.face)
            pdfmetrics.registerFont(font)
    return name


_SUBSET_CACHE_SIZE: Final = 256


def _cache_subsets(face: Any) -> None:
    """Keep the embedded font subsets, compressed, per process: an invoice whose Chinese
    text uses the same characters (in the same order: the header, labels, the same seller
    and items) reuses the subset instead of cutting and compressing the font again (~8 ms
    of a render). The PDF is byte for byte what reportlab writes: the same subset bytes,
    ``zlib.compress``ed as its FlateDecode filter does, and the same font descriptor as
    ``TTFontFace.addSubsetObjects``."""
    original = face.addSubsetObjects
    cache: OrderedDict[tuple[int, ...], tuple[int, bytes]] = OrderedDict()
    lock = threading.Lock()

    def add_subset_objects(doc: Any, fontname: str, subset: list[int]) -> Any:
        if not doc.compression:
            return original(doc, fontname, subset)
        key = tuple(subset)
        with lock:
            entry = cache.get(key)
            if entry is not None:
                cache.move_to_end(key)
        if entry is None:
            raw = face.makeSubset(subset)
            entry = (len(raw), zlib.compress(raw))
            with lock:
                cache[key] = entry
                while len(cache) > _SUBSET_CACHE_SIZE:
                    cache.popitem(last=False)
        font_file = pdfdoc.PDFStream(content=entry[1])
        font_file.dictionary["Length1"] = entry[0]
        font_file.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
        font_file_ref = doc.Reference(font_file, f"fontFile:{face.filename}({fontname})")
        flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight, "Descent": face.descent,
            "Flags": flags, "FontBBox": pdfdoc.PDFArray(face.bbox), "FontName": pdfdoc.PDFName(fontname),
            "ItalicAngle": face.italicAngle, "StemV": face.stemV, "FontFile2": font_file_ref,
            "MissingWidth": face.defaultWidth,
        })
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)

    face.addSubsetObjects = add_subset_objects


# -- QR code --------------------------------------------------------------------------

_QR_PIXELS_PER_MODULE: Final = 4
_QR_BORDER: Final = 2


_QR_MASK: Final = 0  # any of 0-7 is valid; see _qr_image


@lru_cache(maxsize=64)
def _qr_image(payload: str) -> ImageReader:
    """The national QR payload as a grey-scale QR image, 4 px per module.

    The mask pattern is fixed: qrcode otherwise tries all eight and scores each, 10.7 ms
    of a ~21 ms first render (1.5 ms with a fixed mask). Every mask gives a valid code
    that any reader decodes (the tests read it back from the rendered page); the search
    only trims rare large same-colour areas, which a 4-px-per-module print does not need.
    The last few images are cached as well: an invoice downloaded, mailed and shown again
    is encoded once.
    """
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=_QR_BORDER, mask_pattern=_QR_MASK)
    qr.add_data(payload)
    qr.make(fit=True)
    matrix = qr.get_matrix()  # includes the border
    size = len(matrix)
    raw = bytes(0 if cell else 255 for row in matrix for cell in row)
    image = Image.frombytes("L", (size, size), raw)
    scaled = size * _QR_PIXELS_PER_MODULE
    return ImageReader(image.resize((scaled, scaled), Image.Resampling.NEAREST))


# -- layout (millimetres; ``t`` is measured down from the top edge) -------------------

MM: Final = 72.0 / 25.4  # points per millimetre
PAGE_W: Final = 210.0
PAGE_H: Final = 148.0
BOX_X0: Final = 10.0
BOX_X1: Final = 200.0
BOX_TOP: Final = 31.0
BOX_BOTTOM: Final = 136.0
PARTY_BOTTOM: Final = 55.0
SIDE_LABEL_W: Final = 7.0
MID_X: Final = (BOX_X0 + BOX_X1) / 2
HEADER_BASELINE: Final = PARTY_BOTTOM + 4.2
ROWS_TOP: Final = PARTY_BOTTOM + 6.0
TOTAL_ROW_H: Final = 6.0
WORDS_ROW_H: Final = 8.0
WORDS_LABEL_W: Final = 38.0
REMARK_TOP: Final = BOX_BOTTOM - 19.0
WORDS_TOP: Final = REMARK_TOP - WORDS_ROW_H
ROWS_BOTTOM_LAST: Final = WORDS_TOP - TOTAL_ROW_H
ROWS_BOTTOM_FULL: Final = BOX_BOTTOM - 1.0

TITLE_CENTRE: Final = 101.0
NUMBER_X: Final = 145.0
QR_X: Final = 12.0
QR_TOP: Final = 4.0
QR_SIZE: Final = 22.0

# Item columns: (width mm, alignment).
_COLUMNS: Final = (
    ("column.name", 48.0, "left"),
    ("column.spec", 24.0, "left"),
    ("column.unit", 12.0, "centre"),
    ("column.quantity", 20.0, "right"),
    ("column.unit_price", 22.0, "right"),
    ("column.amount", 24.0, "right"),
    ("column.rate", 16.0, "centre"),
    ("column.tax", 24.0, "right"),
)
_COL_X: Final = tuple(BOX_X0 + sum(w for _, w, _ in _COLUMNS[:i]) for i in range(len(_COLUMNS) + 1))
COL_AMOUNT: Final = 5
COL_TAX: Final = 7
CELL_PAD: Final = 1.2
ELLIPSIS: Final = "\u2026"

ITEM_SIZE: Final = 7.5  # points
ITEM_LEADING: Final = 3.5  # mm
ITEM_PAD: Final = 1.1  # mm, added to every row
ITEM_MAX_TEXT_LINES: Final = 6

FRAME: Final = HexColor("#9A4B2F")  # the brown of printed 数电票 frames and labels
RED: Final = HexColor("#D5140F")


def _y(t: float) -> float:
    """Millimetres from the top edge -> reportlab points from the bottom edge."""
    return (PAGE_H - t) * MM


def _plain_number(value: Decimal | None) -> str:
    """``Decimal("2.50000000")`` -> ``"2.5"``; never exponent notation."""
    if value is None:
        return ""
    normal = value.normalize()
    exponent = normal.as_tuple().exponent
    if isinstance(exponent, int) and exponent > 0:
        normal = normal.quantize(Decimal(1))
    return format(normal, "f")


def _amount(value: Decimal) -> str:
    return f"{to_money(value):,.2f}"


@dataclass(frozen=True)
class _Row:
    cells: tuple[tuple[str, ...], ...]  # text lines per column
    height: float  # mm


class ReportlabInvoiceRenderer:
    """Draws an :class:`InvoiceDocument` as a PDF (``bytes``)."""

    def __init__(self, labels: Mapping[str, str], font_path: str | None = None) -> None:
        missing = sorted(REQUIRED_LABELS - labels.keys())
        if missing:
            raise KeyError(f"PDF labels missing: {', '.join(missing)}")
        self._labels = dict(labels)
        self._cjk = _register_ttf(font_path) if font_path else _register_cid_font()
        self._embedded = font_path is not None
        self._exempt = frozenset(s.strip() for s in labels["exempt_rates"].split("|") if s.strip())
        self._char_widths: dict[str, float] = {}

    # -- public ------------------------------------------------------------------------

    def render(self, doc: InvoiceDocument) -> bytes:
        rows = [self._row(line) for line in doc.lines]
        pages = self._paginate(rows)
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(PAGE_W * MM, PAGE_H * MM), invariant=1, pageCompression=1)
        title = self._labels[f"title.{doc.kind}"]
        canvas.setTitle(f"{title} {doc.number}")
        canvas.setAuthor(doc.seller.name)
        canvas.setSubject(self._labels["meta.subject"].format(number=doc.number))
        canvas.setCreator("fapiao")
        # invariant=1 would stamp 2000-01-01; the issue date (China time) is as stable and true.
        stamp = f"D:{doc.issue_date:%Y%m%d}000000+08'00'"
        canvas.setDateFormatter(lambda *_: stamp)
        qr = _qr_image(doc.national_qr())
        for index, page_rows in enumerate(pages):
            last = index == len(pages) - 1
            self._draw_page(canvas, doc, title, qr, page_rows, index + 1, len(pages), last)
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    # -- text helpers ------------------------------------------------------------------

    def _font_of(self, ch: str) -> str:
        """Helvetica for Latin-1 (digits, ``¥``, tax ids), the Chinese font for the rest."""
        code = ord(ch)
        return _NUM_FONT if 32 <= code < 127 or 160 <= code < 256 else self._cjk

    def _runs(self, text: str) -> list[tuple[str, str]]:
        """Split text into (font, piece) runs."""
        runs: list[tuple[str, str]] = []
        start = 0
        font = self._font_of(text[0]) if text else _NUM_FONT
        for i in range(1, len(text)):
            f = self._font_of(text[i])
            if f != font:
                runs.append((font, text[start:i]))
                start, font = i, f
        if text:
            runs.append((font, text[start:]))
        return runs

    def _char_width(self, ch: str) -> float:
        """Width of one character at 1 pt, cached per renderer."""
        w = self._char_widths.get(ch)
        if w is None:
            w = self._char_widths[ch] = float(pdfmetrics.stringWidth(ch, self._font_of(ch), 1000.0)) / 1000.0
        return w

    def _width(self, text: str, size: float) -> float:
        """Width in points of text drawn with :meth:`_text`."""
        return sum(map(self._char_width, text)) * size

    def _fit(self, text: str, size: float, width_pt: float, min_size: float) -> tuple[str, float]:
        """Shrink the font (down to ``min_size``), then cut with an ellipsis, so text fits."""
        natural = self._width(text, 1.0)
        if natural * size <= width_pt or natural == 0:
            return text, size
        fitted = width_pt / natural
        if fitted >= min_size:
            return text, fitted
        while text and self._width(text + ELLIPSIS, min_size) > width_pt:
            text = text[:-1]
        return text + ELLIPSIS, min_size

    def _wrap(self, text: str, size: float, width_pt: float) -> list[str]:
        """Break text into lines no wider than ``width_pt`` (character by character, as in Chinese)."""
        lines: list[str] = []
        for paragraph in text.splitlines() or [""]:
            current = ""
            used = 0.0
            for ch in paragraph:
                w = self._char_width(ch) * size
                if current and used + w > width_pt:
                    lines.append(current)
                    current, used = "", 0.0
                current += ch
                used += w
            lines.append(current)
        return lines

    def _text(
        self,
        canvas: Canvas,
        x_mm: float,
        t_mm: float,
        text: str,
        size: float,
        *,
        align: str = "left",
        width_mm: float | None = None,
        min_size: float = 5.0,
        color: Color = black,
    ) -> float:
        """Draw one line; returns its right edge in mm (for ``align="left"``)."""
        if not text:
            return x_mm
        if width_mm is not None:
            text, size = self._fit(text, size, width_mm * MM, min_size)
        width = self._width(text, size)
        x = x_mm * MM
        if align == "right":
            x -= width
        elif align == "centre":
            x -= width / 2
        canvas.setFillColor(color)
        runs = self._runs(text)
        if len(runs) == 1:
            canvas.setFont(runs[0][0], size)
            canvas.drawString(x, _y(t_mm), text)
        else:
            obj = canvas.beginText(x, _y(t_mm))
            for font, piece in runs:
                obj.setFont(font, size)
                obj.textOut(piece)
            canvas.drawText(obj)
        return (x + width) / MM

    def _label_value(
        self, canvas: Canvas, x_mm: float, t_mm: float, label: str, value: str, size: float, right_mm: float
    ) -> None:
        """A brown label followed by a black value that shrinks to end before ``right_mm``."""
        end = self._text(canvas, x_mm, t_mm, label, size, color=FRAME)
        self._text(canvas, end + 0.5, t_mm, value, size, width_mm=right_mm - end - 0.5)

    def _vertical(self, canvas: Canvas, x_mm: float, top_mm: float, bottom_mm: float, text: str, size: float) -> None:
        """Characters stacked top to bottom, centred in the band (the 数电 side labels)."""
        step = size * 0.3528 * 1.25  # mm per character
        first = (top_mm + bottom_mm) / 2 - step * (len(text) - 1) / 2 + size * 0.3528 * 0.35
        canvas.setFillColor(FRAME)
        canvas.setFont(self._cjk, size)
        for i, ch in enumerate(text):
            canvas.drawCentredString(x_mm * MM, _y(first + i * step), ch)

    # -- items -------------------------------------------------------------------------

    def _row(self, line: LineView) -> _Row:
        tax = self._labels["exempt_tax"] if line.rate_label in self._exempt and line.tax == 0 else _amount(line.tax)
        texts = (
            line.printed_name,
            line.spec,
            line.unit,
            _plain_number(line.quantity),
            _plain_number(line.unit_price),
            _amount(line.amount),
            line.rate_label,
            tax,
        )
        cells: list[tuple[str, ...]] = []
        for i, text in enumerate(texts):
            if i in (0, 1):  # name and spec wrap; the other columns shrink to fit
                width = (_COL_X[i + 1] - _COL_X[i] - 2 * CELL_PAD) * MM
                wrapped = self._wrap(text, ITEM_SIZE, width)
                if len(wrapped) > ITEM_MAX_TEXT_LINES:
                    wrapped = [*wrapped[: ITEM_MAX_TEXT_LINES - 1], "".join(wrapped[ITEM_MAX_TEXT_LINES - 1 :])]
                cells.append(tuple(wrapped))
            else:
                cells.append((text,))
        n = max(len(c) for c in cells)
        return _Row(tuple(cells), n * ITEM_LEADING + ITEM_PAD)

    @staticmethod
    def _paginate(rows: list[_Row]) -> list[list[_Row]]:
        """Split rows over pages; the last page also has room for the totals."""
        last_room = ROWS_BOTTOM_LAST - ROWS_TOP
        full_room = ROWS_BOTTOM_FULL - ROWS_TOP
        pages: list[list[_Row]] = []
        rest = rows
        while True:
            if sum(r.height for r in rest) <= last_room:
                pages.append(rest)
                return pages
            used, count = 0.0, 0
            for row in rest:
                if count and used + row.height > full_room:
                    break
                used += row.height
                count += 1
            if count == len(rest):  # all would fit, but then the totals would not: carry one over
                count -= 1
            pages.append(rest[:count])
            rest = rest[count:]

    # -- page --------------------------------------------------------------------------

    def _draw_page(
        self,
        canvas: Canvas,
        doc: InvoiceDocument,
        title: str,
        qr: ImageReader,
        rows: list[_Row],
        page: int,
        pages: int,
        last: bool,
    ) -> None:
        labels = self._labels
        self._draw_header(canvas, doc, title, qr, page, pages)
        self._draw_frame(canvas, last)
        self._draw_parties(canvas, doc)

        # column header
        for i, (key, _, _) in enumerate(_COLUMNS):
            centre = (_COL_X[i] + _COL_X[i + 1]) / 2
            self._text(
                canvas, centre, HEADER_BASELINE, labels[key], 8, align="centre", width_mm=_COL_X[i + 1] - _COL_X[i] - 1,
                color=FRAME,
            )
        t = ROWS_TOP
        for row in rows:
            self._draw_row(canvas, row, t)
            t += row.height

        if last:
            self._draw_totals(canvas, doc)
            self._label_value(canvas, BOX_X0 + 2, BOX_BOTTOM + 5.5, labels["issuer"], doc.issuer, 8.5, MID_X)

    def _draw_header(self, canvas: Canvas, doc: InvoiceDocument, title: str, qr: ImageReader, page: int, pages: int) -> None:
        labels = self._labels
        canvas.drawImage(qr, QR_X * MM, _y(QR_TOP + QR_SIZE), QR_SIZE * MM, QR_SIZE * MM)
        self._text(canvas, QR_X + QR_SIZE / 2, QR_TOP + QR_SIZE + 2.6, labels["scan"], 6.5, align="centre", color=FRAME)

        # title: faux bold (fill + thin stroke), double underline
        size = 14.5
        centre = TITLE_CENTRE
        canvas.saveState()
        canvas.setFillColor(FRAME)
        canvas.setStrokeColor(FRAME)
        canvas.setLineWidth(0.35)
        text = canvas.beginText(0, 0)
        text.setTextRenderMode(2)
        text.setFont(self._cjk, size)
        width = self._width(title, size) / MM
        text.setTextOrigin((centre - width / 2) * MM, _y(14.0))
        text.textOut(title)
        canvas.drawText(text)
        canvas.setLineWidth(0.6)
        half = width / 2 + 3
        for t in (16.4, 17.4):
            canvas.line((centre - half) * MM, _y(t), (centre + half) * MM, _y(t))
        canvas.restoreState()

        if doc.is_red:
            mark = labels["red.mark"]
            mark_size = 10.0
            mark_w = self._width(mark, mark_size) / MM
            canvas.saveState()
            canvas.setStrokeColor(RED)
            canvas.setLineWidth(0.8)
            canvas.roundRect(
                (TITLE_CENTRE - mark_w / 2 - 2) * MM, _y(26.2), (mark_w + 4) * MM, 5.6 * MM, 1 * MM, stroke=1, fill=0
            )
            canvas.restoreState()
            self._text(canvas, TITLE_CENTRE, 24.6, mark, mark_size, align="centre", color=RED)

        x = NUMBER_X
        date = labels["date_format"].format(year=doc.issue_date.year, month=doc.issue_date.month, day=doc.issue_date.day)
        self._label_value(canvas, x, 12.5, labels["number"], doc.number, 9, BOX_X1)
        self._label_value(canvas, x, 18.5, labels["date"], date, 9, BOX_X1)
        if pages > 1:
            self._text(canvas, x, 24.5, labels["page"].format(page=page, pages=pages), 8, color=FRAME)

    def _draw_frame(self, canvas: Canvas, last: bool) -> None:
        canvas.saveState()
        canvas.setStrokeColor(FRAME)
        canvas.setLineWidth(0.9)
        canvas.rect(BOX_X0 * MM, _y(BOX_BOTTOM), (BOX_X1 - BOX_X0) * MM, (BOX_BOTTOM - BOX_TOP) * MM, stroke=1, fill=0)
        canvas.setLineWidth(0.6)
        lines = [
            (BOX_X0, PARTY_BOTTOM, BOX_X1, PARTY_BOTTOM),
            (BOX_X0 + SIDE_LABEL_W, BOX_TOP, BOX_X0 + SIDE_LABEL_W, PARTY_BOTTOM),
            (MID_X, BOX_TOP, MID_X, PARTY_BOTTOM),
            (MID_X + SIDE_LABEL_W, BOX_TOP, MID_X + SIDE_LABEL_W, PARTY_BOTTOM),
        ]
        if last:
            lines += [
                (BOX_X0, WORDS_TOP, BOX_X1, WORDS_TOP),
                (BOX_X0, REMARK_TOP, BOX_X1, REMARK_TOP),
                (BOX_X0 + WORDS_LABEL_W, WORDS_TOP, BOX_X0 + WORDS_LABEL_W, REMARK_TOP),
                (BOX_X0 + SIDE_LABEL_W, REMARK_TOP, BOX_X0 + SIDE_LABEL_W, BOX_BOTTOM),
            ]
        canvas.lines([(x0 * MM, _y(t0), x1 * MM, _y(t1)) for x0, t0, x1, t1 in lines])
        canvas.restoreState()
        self._vertical(canvas, BOX_X0 + SIDE_LABEL_W / 2, BOX_TOP, PARTY_BOTTOM, self._labels["buyer"], 9)
        self._vertical(canvas, MID_X + SIDE_LABEL_W / 2, BOX_TOP, PARTY_BOTTOM, self._labels["seller"], 9)
        if last:
            self._vertical(canvas, BOX_X0 + SIDE_LABEL_W / 2, REMARK_TOP, BOX_BOTTOM, self._labels["remark"], 9)

    def _draw_parties(self, canvas: Canvas, doc: InvoiceDocument) -> None:
        labels = self._labels
        fields = ["name", "tax_id"]
        for optional in ("address_phone", "bank_account"):
            if getattr(doc.buyer, optional) or getattr(doc.seller, optional):
                fields.append(optional)
        band = PARTY_BOTTOM - BOX_TOP
        size = 8.5 if len(fields) <= 2 else 8.0
        for left, party in ((BOX_X0, doc.buyer), (MID_X, doc.seller)):
            x = left + SIDE_LABEL_W + 1.5
            right = left + (MID_X - BOX_X0) - 1.5
            for i, field in enumerate(fields):
                t = BOX_TOP + band * (i + 1) / (len(fields) + 1) + 1.2
                self._label_value(canvas, x, t, labels[f"party.{field}"], getattr(party, field), size, right)

    def _draw_row(self, canvas: Canvas, row: _Row, top: float) -> None:
        for i, (_, _, align) in enumerate(_COLUMNS):
            x0, x1 = _COL_X[i], _COL_X[i + 1]
            inner = x1 - x0 - 2 * CELL_PAD
            x = x0 + CELL_PAD if align == "left" else x1 - CELL_PAD if align == "right" else (x0 + x1) / 2
            for n, text in enumerate(row.cells[i]):
                self._text(canvas, x, top + 3.0 + n * ITEM_LEADING, text, ITEM_SIZE, align=align, width_mm=inner)

    def _draw_totals(self, canvas: Canvas, doc: InvoiceDocument) -> None:
        labels = self._labels
        t = ROWS_BOTTOM_LAST + 4.3
        self._text(canvas, (_COL_X[0] + _COL_X[1]) / 2, t, labels["total"], 8.5, align="centre", color=FRAME)
        for col, value in ((COL_AMOUNT, doc.total_amount), (COL_TAX, doc.total_tax)):
            self._text(canvas, _COL_X[col + 1] - CELL_PAD, t, format_money(value), 8.5, align="right",
                       width_mm=_COL_X[col + 1] - _COL_X[col] - 2 * CELL_PAD)

        t = WORDS_TOP + WORDS_ROW_H / 2 + 1.3
        self._text(
            canvas, BOX_X0 + WORDS_LABEL_W / 2, t, labels["total_words"], 8.5, align="centre", width_mm=WORDS_LABEL_W - 2,
            color=FRAME,
        )
        x = BOX_X0 + WORDS_LABEL_W + 3
        words = doc.total_in_words
        if doc.is_red or doc.total < 0 or words.startswith(NEGATIVE_MARK):
            # ⊗ alone (no 负), drawn because fonts disagree on having the glyph.
            self._draw_cross_circle(canvas, x + 1.6, WORDS_TOP + WORDS_ROW_H / 2)
            x += 4.5
            words = words.removeprefix(NEGATIVE_MARK)
        figures_x = 145.0
        self._text(canvas, x, t, words, 9, width_mm=figures_x - x - 2)
        self._label_value(canvas, figures_x, t, labels["total_figures"], format_money(doc.total), 9, BOX_X1 - 1)

        lines: list[str] = []
        size = 8.0
        x = BOX_X0 + SIDE_LABEL_W + 1.5
        width = (BOX_X1 - 1.5 - x) * MM
        if doc.remark:  # printed as given; a red invoice's carries the platform's standard text
            lines += self._wrap(doc.remark, size, width)
        room = int((BOX_BOTTOM - REMARK_TOP - 1.5) // 3.6)
        if len(lines) > room:
            lines = [*lines[: room - 1], self._fit("".join(lines[room - 1 :]), size, width, size)[0]]
        for n, line in enumerate(lines):
            self._text(canvas, x, REMARK_TOP + 4.0 + n * 3.6, line, size, width_mm=width / MM)

    @staticmethod
    def _draw_cross_circle(canvas: Canvas, cx_mm: float, ct_mm: float) -> None:
        """⊗, drawn (fonts disagree on whether they have the glyph)."""
        r = 1.5
        d = r * 0.7071
        canvas.saveState()
        canvas.setStrokeColor(black)
        canvas.setLineWidth(0.6)
        canvas.circle(cx_mm * MM, _y(ct_mm), r * MM, stroke=1, fill=0)
        canvas.line((cx_mm - d) * MM, _y(ct_mm - d), (cx_mm + d) * MM, _y(ct_mm + d))
        canvas.line((cx_mm - d) * MM, _y(ct_mm + d), (cx_mm + d) * MM, _y(ct_mm - d))
        canvas.restoreState()
