"""Reading a received 数电票 from its file: the PDF (the national QR payload and the text
layer), the OFD (a zip of XML: the embedded invoice XML, else the page text) and the 数电票
XML. Every reader is bounded (file size, pages, zip entries and their expanded size, text
length, image size) and raises ``ValidationFailed`` on field ``file`` for anything it cannot
read — never another exception. They are synchronous and CPU-bound: callers run them off
the event loop (``asyncio.to_thread``).

* PDF: ``pypdf`` reads the text layer; OpenCV (``opencv-python-headless``) decodes the QR
  images, and a national payload found there takes precedence for number, date, 价税合计 and
  kind. Photos of a QR code are read with OpenCV too. (Should OpenCV be missing, QR codes
  are skipped and the text layer is still read.)
* OFD: the standard library's ``zipfile`` and ``defusedxml`` (not ``easyofd``: it renders
  pages, which we do not need).
* XML: ``defusedxml``; the element names are those of the 数电票 XML as published by the
  tax authority (``InvoiceNumber``, ``IssueTime``, ``SellerIdNum``, ``TotalTax-includedAmount`` …),
  matched by local name wherever they are.
"""

from __future__ import annotations

import importlib
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from defusedxml import ElementTree

from core.domain.errors import ValidationFailed
from core.domain.qr_payload import QrPayload, parse_qr
from core.input_invoicing.deductibility import kind_of_qr

__all__ = ["MAX_FILE_BYTES", "ReadInvoice", "read_image_qr", "read_invoice_file"]

MAX_FILE_BYTES: Final = 5 * 1024 * 1024
MAX_PAGES: Final = 5
MAX_TEXT: Final = 200_000
MAX_ZIP_ENTRIES: Final = 200
MAX_ZIP_EXPANDED: Final = 20 * 1024 * 1024
MAX_XML_BYTES: Final = 2 * 1024 * 1024
MAX_IMAGE_PIXELS: Final = 4000 * 4000

_TITLE_KINDS: Final = (("增值税专用发票", "special"), ("铁路电子客票", "rail"), ("航空运输电子客票行程单", "air"),
                       ("普通发票", "normal"))


@dataclass(frozen=True)
class ReadInvoice:
    """What a file says about a received invoice; "" / None where it says nothing."""

    file_type: str  # pdf / ofd / xml / image
    number: str = ""
    code: str = ""
    issue_date: date | None = None
    kind: str = ""
    qr_kind: str = ""
    amount: Decimal | None = None
    tax: Decimal | None = None
    total: Decimal | None = None
    fare_and_fuel: Decimal | None = None
    seller_name: str = ""
    seller_tax_id: str = ""
    buyer_name: str = ""
    buyer_tax_id: str = ""
    item_names: tuple[str, ...] = ()
    tax_codes: tuple[str, ...] = ()
    rate: str = ""
    qr: QrPayload | None = field(default=None, compare=False)


def _unreadable(kind: str = "invoice_file_unreadable") -> ValidationFailed:
    return ValidationFailed.one("file", kind)


def _money(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text.replace(",", "").replace("¥", "").replace("￥", "").strip())
    except InvalidOperation:
        return None
    return value.quantize(Decimal("0.01")) if value.is_finite() and abs(value) < Decimal("1e12") else None


# ----------------------------------------------------------------------------- text layer

_NUMBER_RE = re.compile(r"发票号码[:：]?\s*([0-9]{20}|[0-9]{8})")
_CODE_RE = re.compile(r"发票代码[:：]?\s*([0-9]{10,12})")
_DATE_RE = re.compile(r"开票日期[:：]?\s*([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日")
_NAME_RE = re.compile(r"名\s*称[:：]\s*([^\n:：]{2,100})")
_TAX_ID_RE = re.compile(r"纳税人识别号[:：]?\s*([0-9A-Z]{15,20})")
_TOTALS_RE = re.compile(r"合\s*计\s*[¥￥]\s*(-?[0-9,]+\.[0-9]{2})\s*[¥￥]\s*(-?[0-9,]+\.[0-9]{2})")
_TOTAL_RE = re.compile(r"[（(]\s*小写\s*[)）]\s*[¥￥]\s*(-?[0-9,]+\.[0-9]{2})")
_ITEM_RE = re.compile(r"(\*[^*\s]{1,20}\*[^\s]{1,60})")
_FARE_RE = re.compile(r"票\s*价[:：]?\s*[¥￥]?\s*([0-9,]+\.[0-9]{2})")
_FUEL_RE = re.compile(r"燃油附加费[:：]?\s*[¥￥]?\s*([0-9,]+\.[0-9]{2})")
_RATE_RE = re.compile(r"(?<![0-9.])(13|9|6|5|3|1)%(?![0-9])")


def _parties(text: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """(buyer name, tax id), (seller name, tax id): 购买方 comes first on a 数电票."""
    names = list(_NAME_RE.finditer(text))
    found: list[tuple[str, str]] = []
    for index, match in enumerate(names[:2]):
        end = names[index + 1].start() if index + 1 < len(names) else len(text)
        tax_id = _TAX_ID_RE.search(text, match.end(), end)
        found.append((match.group(1).strip(), tax_id.group(1) if tax_id else ""))
    while len(found) < 2:
        found.append(("", ""))
    return found[0], found[1]


def read_text(text: str, file_type: str) -> ReadInvoice:
    text = text[:MAX_TEXT]
    kind = next((k for word, k in _TITLE_KINDS if word in text), "")
    number = _NUMBER_RE.search(text)
    code = _CODE_RE.search(text)
    day = _DATE_RE.search(text)
    issue = None
    if day:
        try:
            issue = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
        except ValueError:
            issue = None
    (buyer, buyer_id), (seller, seller_id) = _parties(text)
    totals = _TOTALS_RE.search(text)
    total = _TOTAL_RE.search(text)
    fare, fuel = _FARE_RE.search(text), _FUEL_RE.search(text)
    fare_and_fuel = None
    if kind == "air" and fare:
        fuel_amount = _money(fuel.group(1)) if fuel else None
        fare_and_fuel = (_money(fare.group(1)) or Decimal(0)) + (fuel_amount or Decimal(0))
    rates = sorted(set(_RATE_RE.findall(text)))
    return ReadInvoice(
        file_type=file_type, number=number.group(1) if number else "", code=code.group(1) if code else "",
        issue_date=issue, kind=kind, amount=_money(totals.group(1)) if totals else None,
        tax=_money(totals.group(2)) if totals else None,
        total=_money(total.group(1)) if total else (_money(fare.group(1)) if fare and kind == "rail" else None),
        fare_and_fuel=fare_and_fuel, seller_name=seller, seller_tax_id=seller_id, buyer_name=buyer,
        buyer_tax_id=buyer_id, item_names=tuple(dict.fromkeys(_ITEM_RE.findall(text)))[:20],
        rate=rates[0] if len(rates) == 1 else "")


# ----------------------------------------------------------------------------- QR codes

def _cv2() -> Any | None:
    try:
        return importlib.import_module("cv2")
    except ImportError:  # OpenCV is optional at runtime: the text layer is read anyway
        return None


def _decode_qr(image_bytes: bytes) -> QrPayload | None:
    cv2 = _cv2()
    if cv2 is None:
        return None
    import numpy

    array = cv2.imdecode(numpy.frombuffer(image_bytes, numpy.uint8), cv2.IMREAD_GRAYSCALE)
    if array is None or array.shape[0] * array.shape[1] > MAX_IMAGE_PIXELS:
        return None
    detector = cv2.QRCodeDetector()
    candidates = [array]
    if max(array.shape) < 400:  # a small embedded QR reads better larger, with a quiet zone
        big = cv2.resize(array, None, fx=4, fy=4, interpolation=cv2.INTER_NEAREST)
        candidates.append(cv2.copyMakeBorder(big, 40, 40, 40, 40, cv2.BORDER_CONSTANT, value=255))
    for candidate in candidates:
        try:
            text = detector.detectAndDecode(candidate)[0]
        except Exception:  # a broken image is just "no QR here"
            continue
        if text:
            try:
                return parse_qr(str(text))
            except ValidationFailed:
                continue  # a QR, but not the national payload (e.g. a verification link)
    return None


def read_image_qr(data: bytes) -> QrPayload:
    """The national QR payload in a photo or screenshot of an invoice."""
    if len(data) > MAX_FILE_BYTES:
        raise _unreadable("invoice_file_too_large")
    payload = _decode_qr(data)
    if payload is None:
        raise _unreadable("invoice_qr_not_found")
    return payload


# ----------------------------------------------------------------------------- formats

def _with_qr(found: ReadInvoice, qr: QrPayload | None) -> ReadInvoice:
    if qr is None:
        return found


    return replace(found, number=qr.number, code=qr.code, issue_date=qr.issue_date, total=qr.amount,
                   qr_kind=qr.kind, kind=kind_of_qr(qr.kind), qr=qr)


def _read_pdf(data: bytes) -> ReadInvoice:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > MAX_PAGES:
            raise _unreadable("invoice_file_too_many_pages")
        texts: list[str] = []
        qr = None
        for page in reader.pages:
            texts.append(page.extract_text() or "")
            if sum(len(t) for t in texts) > MAX_TEXT:
                break
            if qr is None:
                for image in list(page.images)[:4]:
                    qr = _decode_qr(image.data)
                    if qr is not None:
                        break
    except ValidationFailed:
        raise
    except Exception:  # pypdf raises many kinds on a damaged or hostile file
        raise _unreadable() from None
    return _with_qr(read_text("\n".join(texts), "pdf"), qr)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xml_root(data: bytes) -> Any:
    if len(data) > MAX_XML_BYTES:
        raise _unreadable("invoice_file_too_large")
    try:
        return ElementTree.fromstring(data)
    except Exception:  # ParseError, DefusedXmlException (entities, DTDs)
        raise _unreadable() from None


def _texts(root: Any, name: str) -> list[str]:
    return [str(e.text).strip() for e in root.iter() if _local(str(e.tag)) == name and e.text and e.text.strip()]


def _first(root: Any, *names: str) -> str:
    for name in names:
        found = _texts(root, name)
        if found:
            return found[0]
    return ""


def _read_xml(data: bytes, file_type: str = "xml") -> ReadInvoice:
    root = _xml_root(data)
    label = " ".join(_texts(root, "LabelName") + _texts(root, "InvoiceTypeName") + _texts(root, "EInvoiceName"))
    kind = next((k for word, k in _TITLE_KINDS if word in label), "")
    if not kind:
        code = _first(root, "GeneralOrSpecialVAT", "LabelCode")
        kind = {"01": "special", "02": "normal"}.get(code, "")
    issue = None
    raw_date = _first(root, "IssueTime", "RequestTime", "IssueDate")[:10]
    try:
        issue = date.fromisoformat(raw_date) if raw_date else None
    except ValueError:
        issue = None
    rates = sorted({r.rstrip("%").replace("0.", "").lstrip("0") or "0" for r in _texts(root, "TaxRate")})
    return ReadInvoice(
        file_type=file_type, number=_first(root, "InvoiceNumber", "EIid"), issue_date=issue, kind=kind,
        amount=_money(_first(root, "TotalAmWithoutTax")), tax=_money(_first(root, "TotalTaxAm")),
        total=_money(_first(root, "TotalTax-includedAmount", "TotalTaxincludedAmount")),
        seller_name=_first(root, "SellerName"), seller_tax_id=_first(root, "SellerIdNum"),
        buyer_name=_first(root, "BuyerName"), buyer_tax_id=_first(root, "BuyerIdNum"),
        item_names=tuple(dict.fromkeys(_texts(root, "ItemName")))[:20],
        tax_codes=tuple(dict.fromkeys(_texts(root, "TaxClassificationCode")))[:20],
        rate=rates[0] if len(rates) == 1 else "")


def _zip_members(archive: zipfile.ZipFile) -> Iterator[tuple[str, bytes]]:
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_ENTRIES or sum(i.file_size for i in infos) > MAX_ZIP_EXPANDED:
        raise _unreadable("invoice_file_too_large")
    for info in infos:
        if info.is_dir() or not info.filename.lower().endswith(".xml") or info.file_size > MAX_XML_BYTES:
            continue
        with archive.open(info) as handle:
            yield info.filename, handle.read(MAX_XML_BYTES + 1)


def _page_key(name: str) -> tuple[int, str]:
    digits = re.findall(r"[0-9]+", name)
    return (int(digits[-1]) if digits else 0, name)


def _read_ofd(data: bytes) -> ReadInvoice:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = dict(_zip_members(archive))
    except ValidationFailed:
        raise
    except Exception:  # BadZipFile, a damaged entry, an unsupported compression
        raise _unreadable() from None
    if not any(name.rsplit("/", 1)[-1].upper() == "OFD.XML" for name in members):
        raise _unreadable()
    for body in members.values():  # the invoice XML embedded in a 数电 OFD
        if b"InvoiceNumber" in body and b"EInvoice" in body:
            return _read_xml(body, "ofd")
    pages = sorted((n for n in members if n.lower().endswith("content.xml")), key=_page_key)
    text = "\n".join("\n".join(_texts(_xml_root(members[p]), "TextCode")) for p in pages[:MAX_PAGES])
    return read_text(text, "ofd")


def read_invoice_file(data: bytes) -> ReadInvoice:
    """A received invoice's PDF, OFD or XML, told apart by its first bytes."""
    if len(data) > MAX_FILE_BYTES:
        raise _unreadable("invoice_file_too_large")
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        found = _read_pdf(data)
    elif head.startswith(b"PK\x03\x04"):
        found = _read_ofd(data)
    elif head.startswith(b"<"):
        found = _read_xml(data)
    elif head.startswith((b"\x89PNG", b"\xff\xd8\xff")):
        payload = read_image_qr(data)
        found = _with_qr(ReadInvoice(file_type="image"), payload)
    else:
        raise _unreadable("invoice_file_format")
    if not found.number:
        raise _unreadable()
    return found
