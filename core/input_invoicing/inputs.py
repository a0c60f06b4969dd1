"""进项发票: invoices the company received. Besides those synced from the platform
(``core/input_invoicing``), they are recorded by hand — typed in, imported from Excel/CSV
(with a per-row error report), pasted as the QR string, or read from the received PDF, OFD
or XML file. A duplicate (same 代码 + 号码 for the company) is refused whatever the way in.

The kind is never assumed (a blank 票种 is refused, not taken as 专票) and neither is the
rate (found from 金额 and 税额, or asked for). What the invoice gives as input tax comes
from ``core/input_invoicing/deductibility.py``.
"""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise.exceptions import IntegrityError

from core.companies.models import Company
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import Conflict, DomainError, FieldChecks, FieldProblem, ValidationFailed
from core.domain.invoice_number import is_valid_legacy_code, is_valid_number
from core.domain.money import MONEY_MAX, to_money
from core.domain.qr_payload import QrPayload, parse_qr
from core.domain.roles import Permission
from core.domain.taxpayer_id import normalize_tax_id
from core.input_invoicing.deductibility import assess, kind_of_qr
from core.input_invoicing.files import ReadInvoice, read_invoice_file
from core.input_invoicing.models import InputInvoice
from core.ports import Clock
from core.services.audit import AuditLog
from core.services.companies import CompanyService
from core.services.upload_limits import Deadline, bounded_rows, parse_off_loop, xlsx_rows

MAX_IMPORT_ROWS = 5000
#: A received invoice file is read in a thread; one that takes longer is refused.
FILE_READ_SECONDS = 15.0
#: Accepted column headers (Chinese as printed in exports of common systems, and English).
COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("发票号码", "number"),
    "code": ("发票代码", "code"),
    "issue_date": ("开票日期", "issue_date", "date"),
    "seller_name": ("销售方名称", "销方名称", "seller_name"),
    "seller_tax_id": ("销售方纳税人识别号", "销方税号", "seller_tax_id"),
    "amount": ("金额", "合计金额", "amount"),
    "tax": ("税额", "合计税额", "tax"),
    "kind": ("票种", "发票类型", "kind"),
    "rate": ("税率", "税率/征收率", "rate"),
    "total": ("价税合计", "票面金额", "total"),
}


@dataclass(frozen=True)
class InputInvoiceData:
    number: str
    issue_date: str
    amount: str
    tax: str
    code: str = ""
    #: special / normal / toll / rail / air (or 专票 / 普票 …); never assumed when blank.
    kind: str = ""
    seller_name: str = ""
    seller_tax_id: str = ""
    #: The rate printed (``13``, ``13%``, ``0.13``); found from 金额 and 税额 when blank.
    rate: str = ""
    #: 价税合计 / 票面金额 (rail: the base of the computed tax).
    total: str = ""
    #: 航空行程单: 票价 + 燃油附加费, the base of the computed tax.
    fare_and_fuel: str = ""
    qr_kind: str = ""
    tax_codes: tuple[str, ...] = ()
    item_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class InputInvoiceView:
    id: int
    kind: str
    code: str
    number: str
    issue_date: date
    seller_name: str
    seller_tax_id: str
    amount: Decimal
    tax: Decimal
    deductible: bool
    source: str
    qr_kind: str = ""
    rate_code: str = ""
    total: Decimal | None = None
    item_category: str = ""
    not_deductible_code: str = ""
    deductible_tax: Decimal = Decimal("0.00")
    #: "" (not confirmed yet), deduct, not_deduct
    use: str = ""
    use_period: str | None = None
    use_reason: str = ""


@dataclass(frozen=True)
class RowProblem:
    row: int  # 1-based data row (the header is row 0)
    messages: tuple[FieldProblem, ...]
    code: str = ""  # a domain error code for the whole row (e.g. "conflict" for a duplicate)


@dataclass
class ImportReport:
    imported: int = 0
    problems: list[RowProblem] = field(default_factory=list)


def _view(row: InputInvoice) -> InputInvoiceView:
    return InputInvoiceView(id=row.id, kind=row.kind, code=row.code, number=row.number, issue_date=row.issue_date,
                            seller_name=row.seller_name, seller_tax_id=row.seller_tax_id, amount=row.amount,
                            tax=row.tax, deductible=row.deductible, source=row.source, qr_kind=row.qr_kind,
                            rate_code=row.rate_code, total=row.total, item_category=row.item_category,
                            not_deductible_code=row.not_deductible_code, deductible_tax=row.deductible_tax,
                            use=row.use, use_period=row.use_period, use_reason=row.use_reason)


def _money(text: str, field_name: str) -> Decimal:
    try:
        value = Decimal(str(text).strip().replace(",", "").lstrip("¥￥"))
    except InvalidOperation:
        raise ValidationFailed.one(field_name, "amount_format") from None
    if not value.is_finite() or value < 0:
        raise ValidationFailed.one(field_name, "amount_format")
    if value > MONEY_MAX:  # 1E+30 made quantize() raise InvalidOperation: a 500
        raise ValidationFailed.one(field_name, "amount_too_large", max=str(MONEY_MAX))
    return to_money(value)


def _date(text: str, field_name: str) -> date:
    raw = str(text).strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%Y年%m月%d日"):
        try:
            return datetime.strptime(raw[:19].split(" ")[0] if fmt != "%Y年%m月%d日" else raw, fmt).date()
        except ValueError:
            continue
    raise ValidationFailed.one(field_name, "date_format")


#: Words for the kinds (typed, imported); a blank kind is refused, never taken as 专票.
KIND_WORDS: dict[str, str] = {
    "专票": "special", "专用发票": "special", "增值税专用发票": "special", "数电专票": "special",
    "普票": "normal", "普通发票": "normal", "增值税普通发票": "normal", "数电普票": "normal",
    "通行费": "toll", "通行费发票": "toll", "通行费电子发票": "toll",
    "铁路": "rail", "火车票": "rail", "铁路电子客票": "rail", "电子客票": "rail",
    "航空": "air", "机票": "air", "行程单": "air", "航空行程单": "air", "航空运输电子客票行程单": "air",
}
KINDS = ("special", "normal", "toll", "rail", "air")
#: Rates a received invoice may show (税率 and 征收率), in percent.
STANDARD_RATES = ("13", "9", "6", "5", "3", "1")
#: |税额 − 金额 × 税率| allowed over a whole invoice (GUIDE §3 "Arithmetic").
TAX_TOLERANCE = Decimal("1.27")


def _rate_code(text: str) -> str:
    raw = text.strip().rstrip("%％")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationFailed.one("rate", "input_rate_unknown") from None
    if 0 < value < 1:
        value *= 100
    code = str(value.normalize()) if value.is_finite() else ""
    if code not in STANDARD_RATES and code != "0":
        raise ValidationFailed.one("rate", "input_rate_unknown")
    return code


def _derived_rate(amount: Decimal, tax: Decimal) -> str:
    """The standard rate that fits 金额 and 税额, or "" when none does (then it is asked for)."""
    if tax == 0:
        return "0"
    if amount <= 0:
        return ""
    ratio = str((tax / amount * 100).quantize(Decimal("1")))
    if ratio in STANDARD_RATES and abs(amount * Decimal(ratio) / 100 - tax) <= TAX_TOLERANCE:
        return ratio
    return ""


def checked_values(data: InputInvoiceData) -> dict[str, Any]:
    """The model's values for a received invoice, with what it gives as input tax; a
    ``ValidationFailed`` naming every field at fault otherwise."""

    checks = FieldChecks()
    number = data.number.strip()
    code = data.code.strip()
    if not is_valid_number(number):
        checks.fail("number", "invoice_number_format")
    if code and not is_valid_legacy_code(code):
        checks.fail("code", "invoice_code_format")
    if len(number) == 8 and not code:
        checks.fail("code", "required")
    checks.run("issue_date", _date, data.issue_date, "issue_date")
    kind = KIND_WORDS.get(data.kind.strip(), data.kind.strip())
    if not kind:
        checks.fail("kind", "required")
    elif kind not in KINDS:
        checks.fail("kind", "invoice_kind_invalid")
    ticket = kind in ("rail", "air")
    if ticket:
        checks.run("total", _money, data.total, "total")
        if kind == "air":
            checks.run("fare_and_fuel", _money, data.fare_and_fuel, "fare_and_fuel")
    else:
        checks.run("amount", _money, data.amount, "amount")
        checks.run("tax", _money, data.tax, "tax")
        if data.total.strip():
            checks.run("total", _money, data.total, "total")
    if data.rate.strip():
        checks.run("rate", _rate_code, data.rate)
    if data.seller_tax_id.strip():
        checks.run("seller_tax_id", normalize_tax_id, data.seller_tax_id, "seller_tax_id")
    checks.run("seller_name", validators.check_text, data.seller_name, "seller_name", max_len=100,
               required=False)
    checks.raise_if_any()
    values = checks.values
    issue_date = values["issue_date"]
    names = tuple(n[:60] for n in data.item_names[:20])
    judged = assess(kind, on=issue_date, tax=values.get("tax", Decimal("0.00")), total=values.get("total"),
                    fare_and_fuel=values.get("fare_and_fuel"), tax_codes=data.tax_codes, item_names=names)
    if ticket:
        # The ticket shows a tax-inclusive price; its tax is computed (公告2019年第39号).
        tax = judged.deductible_tax
        base = values["fare_and_fuel"] if kind == "air" else values["total"]
        amount, rate_code, total = base - tax, "9", values["total"]
    else:
        amount, tax = values["amount"], values["tax"]
        rate_code = values.get("rate") or _derived_rate(amount, tax)
        if not rate_code:
            raise ValidationFailed.one("rate", "input_rate_unknown")
        if rate_code != "0" and abs(amount * Decimal(rate_code) / 100 - tax) > TAX_TOLERANCE:
            raise ValidationFailed.one("tax", "input_tax_mismatch", rate=rate_code)
        total = values.get("total") or amount + tax
    qr_kind = data.qr_kind or _default_qr_kind(kind, len(number) == 8)
    return {"number": number, "code": code, "kind": kind, "issue_date": issue_date,
            "amount": amount, "tax": tax, "total": total, "seller_name": values.get("seller_name", ""),
            "seller_tax_id": values.get("seller_tax_id", ""), "rate_code": rate_code, "qr_kind": qr_kind,
            "deductible": judged.deductible, "deductible_tax": judged.deductible_tax,
            "not_deductible_code": judged.not_deductible_code, "item_category": judged.category,
            "item_names": "、".join(names)[:400]}


def _default_qr_kind(kind: str, legacy: bool) -> str:
    return {"special": "01" if legacy else "31", "normal": "04" if legacy else "32", "toll": "14" if legacy else "32",
            "rail": "51", "air": "61"}[kind]


class InputInvoiceService:
    def __init__(self, companies: CompanyService, clock: Clock, audit: AuditLog) -> None:
        self.companies = companies
        self.clock = clock
        self.audit = audit

    def _checked(self, data: InputInvoiceData) -> dict[str, Any]:
        return checked_values(data)

    async def record(self, data: InputInvoiceData, actor: Actor, *, source: str = "typed") -> InputInvoiceView:
        scope = await self.companies.require(actor, Permission.FILE_TAX)
        values = self._checked(data)
        try:
            async with self.audit.transaction() as conn:
                row = await InputInvoice.create(company_id=scope.company_id, source=source,
                                                created_by_id=scope.account_id, created_at=self.clock.now(),
                                                using_db=conn, **values)
                await self.audit.record(actor, "input_invoice.record", target=f"input_invoice:{row.id}",
                                        company_id=scope.company_id, detail={"number": row.number},
                                        connection=conn)
        except IntegrityError:
            raise Conflict({"what": "input_invoice", "number": values["number"]}) from None
        return _view(row)

    @staticmethod
    def from_qr(text: str) -> QrPayload:
        """Read the QR string of a received invoice; the rest (tax, seller) is asked for next."""
        return parse_qr(text)

    async def record_from_qr(self, qr_text: str, tax: str, actor: Actor, *, seller_name: str = "",
                             seller_tax_id: str = "", fare_and_fuel: str = "") -> InputInvoiceView:
        """A received invoice from its QR string: the 价税合计 comes from it; the 税额 is given
        (a rail ticket's is computed; an air 行程单 needs 票价 + 燃油附加费 instead)."""

        payload = parse_qr(qr_text)
        kind = kind_of_qr(payload.kind)
        total = payload.amount
        if kind in ("rail", "air"):
            data = InputInvoiceData(number=payload.number, issue_date=payload.issue_date.isoformat(), amount="",
                                    tax="", kind=kind, total=str(total), fare_and_fuel=fare_and_fuel,
                                    qr_kind=payload.kind, seller_name=seller_name, seller_tax_id=seller_tax_id)
        else:
            tax_value = _money(tax, "tax")
            if tax_value > total:
                raise ValidationFailed.one("tax", "input_tax_over_total", total=str(total))
            data = InputInvoiceData(
                number=payload.number, code=payload.code, issue_date=payload.issue_date.isoformat(),
                amount=str(total - tax_value), tax=str(tax_value), total=str(total), kind=kind,
                qr_kind=payload.kind, seller_name=seller_name, seller_tax_id=seller_tax_id)
        return await self.record(data, actor, source="qr")

    async def read_file(self, data: bytes) -> ReadInvoice:
        """Read a received invoice's PDF, OFD, XML or photo, off the event loop and bounded in time."""
        try:
            return await asyncio.wait_for(asyncio.to_thread(read_invoice_file, data), timeout=FILE_READ_SECONDS)
        except TimeoutError:
            raise ValidationFailed.one("file", "invoice_file_unreadable") from None

    async def record_file(self, data: bytes, actor: Actor) -> InputInvoiceView | QrPayload:
        """Record a received invoice from its file. A photo that only gives the QR payload of a
        专票/普票 returns it: the tax must still be asked for (the 录入进项 dialog does)."""
        scope = await self.companies.require(actor, Permission.FILE_TAX)
        found = await self.read_file(data)
        company = await Company.get(id=scope.company_id)
        if found.buyer_tax_id and found.buyer_tax_id != company.tax_id:
            raise ValidationFailed.one("file", "invoice_not_ours", buyer=found.buyer_name or found.buyer_tax_id)
        if not found.kind:
            raise ValidationFailed.one("file", "invoice_file_missing", missing="票种")
        if found.kind in ("rail", "air"):
            if found.kind == "air" and found.fare_and_fuel is None and found.qr is not None:
                return found.qr
            values = InputInvoiceData(number=found.number, issue_date=str(found.issue_date or ""), amount="", tax="",
                                      kind=found.kind, total=str(found.total or ""),
                                      fare_and_fuel=str(found.fare_and_fuel or ""), qr_kind=found.qr_kind,
                                      seller_name=found.seller_name, seller_tax_id=found.seller_tax_id)
        elif found.amount is None or found.tax is None:
            if found.qr is not None:
                return found.qr
            raise ValidationFailed.one("file", "invoice_file_missing", missing="金额、税额")
        else:
            values = InputInvoiceData(
                number=found.number, code=found.code, issue_date=str(found.issue_date or ""), amount=str(found.amount),
                tax=str(found.tax), total=str(found.total or ""), kind=found.kind, qr_kind=found.qr_kind,
                rate=found.rate, seller_name=found.seller_name[:100], seller_tax_id=found.seller_tax_id,
                tax_codes=found.tax_codes, item_names=found.item_names)
        source = found.file_type if found.file_type in ("pdf", "ofd", "xml") else "qr"
        return await self.record(values, actor, source=source)

    async def import_rows(self, rows: Iterable[dict[str, str]], actor: Actor) -> ImportReport:
        """Each row on its own: good rows are recorded, bad ones reported by row number."""
        await self.companies.require(actor, Permission.FILE_TAX)
        report = ImportReport()
        for index, row in enumerate(rows, 1):
            if index > MAX_IMPORT_ROWS:
                report.problems.append(RowProblem(index, (FieldProblem("too_many_rows", {"max": MAX_IMPORT_ROWS}),)))
                break
            text = {k: str(v) for k, v in row.items() if v is not None}
            data = InputInvoiceData(
                number=text.get("number", ""), issue_date=text.get("issue_date", ""), amount=text.get("amount", ""),
                tax=text.get("tax", ""), code=text.get("code", ""), kind=text.get("kind", ""),
                seller_name=text.get("seller_name", ""), seller_tax_id=text.get("seller_tax_id", ""),
                rate=text.get("rate", ""), total=text.get("total", ""))
            try:
                await self.record(data, actor, source="import")
                report.imported += 1
            except ValidationFailed as exc:
                report.problems.append(RowProblem(index, tuple(
                    FieldProblem(p.code, {**p.params, "field": name}) for name, p in exc.fields.items())))
            except DomainError as exc:
                report.problems.append(RowProblem(index, (), code=exc.code))
        return report

    async def import_file(self, filename: str, data: bytes, actor: Actor) -> ImportReport:
        # Bounded and off the event loop (core/services/upload_limits.py).
        rows = await parse_off_loop(read_table, filename, data)
        return await self.import_rows(rows, actor)

    async def list(self, actor: Actor, *, date_from: date | None = None, date_to: date | None = None,
                   limit: int = 100) -> Sequence[InputInvoiceView]:
        scope = await self.companies.require(actor)
        query = InputInvoice.filter(company_id=scope.company_id)
        if date_from:
            query = query.filter(issue_date__gte=date_from)
        if date_to:
            query = query.filter(issue_date__lte=date_to)
        return [_view(r) for r in await query.order_by("-issue_date", "-id").limit(limit)]


def _header_map(header: Sequence[object]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for position, title in enumerate(header):
        label = str(title or "").strip()
        for key, names in COLUMNS.items():
            if label in names:
                mapping[position] = key
    return mapping


def read_table(filename: str, data: bytes) -> list[dict[str, str]]:
    """Rows of a CSV (UTF-8, with or without BOM, or GBK) or XLSX file, keyed by our field names."""
    lowered = filename.lower()
    deadline = Deadline()
    if lowered.endswith(".xlsx"):
        raw_rows = list(xlsx_rows(data, deadline))
    elif lowered.endswith(".csv"):
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ValidationFailed.one("file", "import_unreadable")
        try:
            raw_rows = list(bounded_rows(csv.reader(io.StringIO(text)), deadline))
        except csv.Error:
            raise ValidationFailed.one("file", "import_unreadable") from None
    else:
        raise ValidationFailed.one("file", "import_format")
    if not raw_rows:
        return []
    mapping = _header_map(raw_rows[0])
    if "number" not in mapping.values():
        raise ValidationFailed.one("file", "import_header", required="发票号码、开票日期、金额、税额")
    rows = []
    for raw in raw_rows[1:]:
        if not any(cell not in (None, "") for cell in raw):
            continue
        row: dict[str, str] = {}
        for position, key in mapping.items():
            value = raw[position] if position < len(raw) else None
            if isinstance(value, datetime):
                value = value.date().isoformat()
            elif isinstance(value, date):
                value = value.isoformat()
            row[key] = "" if value is None else str(value)
        rows.append(row)
    return rows
