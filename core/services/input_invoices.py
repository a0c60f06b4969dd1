"""进项发票: invoices the company received, recorded three ways — typed in, imported from
Excel/CSV (with a per-row error report), or pasted as the QR string of a received 数电
invoice. A duplicate (same 代码 + 号码 for the company) is refused.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from openpyxl import load_workbook
from tortoise.exceptions import IntegrityError

from core.adapters.models import InputInvoice
from core.domain import validators
from core.domain.actor import Actor
from core.domain.errors import Conflict, DomainError, FieldChecks, FieldProblem, ValidationFailed
from core.domain.invoice_number import is_valid_legacy_code, is_valid_number
from core.domain.money import MONEY_MAX, to_money
from core.domain.qr_payload import QrPayload, parse_qr
from core.domain.roles import Permission
from core.domain.taxpayer_id import normalize_tax_id
from core.ports import Clock
from core.services.audit import AuditLog
from core.services.companies import CompanyService

MAX_IMPORT_ROWS = 5000
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
}


@dataclass(frozen=True)
class InputInvoiceData:
    number: str
    issue_date: str
    amount: str
    tax: str
    code: str = ""
    kind: str = "special"
    seller_name: str = ""
    seller_tax_id: str = ""
    deductible: bool = True


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
                            tax=row.tax, deductible=row.deductible, source=row.source)


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


class InputInvoiceService:
    def __init__(self, companies: CompanyService, clock: Clock, audit: AuditLog) -> None:
        self.companies = companies
        self.clock = clock
        self.audit = audit

    def _checked(self, data: InputInvoiceData) -> dict[str, Any]:
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
        checks.run("amount", _money, data.amount, "amount")
        checks.run("tax", _money, data.tax, "tax")
        if data.seller_tax_id.strip():
            checks.run("seller_tax_id", normalize_tax_id, data.seller_tax_id, "seller_tax_id")
        checks.run("seller_name", validators.check_text, data.seller_name, "seller_name", max_len=100,
                   required=False)
        kind = {"专票": "special", "专用发票": "special", "普票": "normal", "普通发票": "normal"}.get(
            data.kind.strip(), data.kind.strip() or "special")
        if kind not in ("special", "normal"):
            checks.fail("kind", "invoice_kind_invalid")
        checks.raise_if_any()
        values = checks.values
        amount, tax = values["amount"], values["tax"]
        rate_code = ""
        if amount > 0:
            ratio = (tax / amount * 100).quantize(Decimal("1"))
            rate_code = str(ratio) if ratio in (Decimal(13), Decimal(9), Decimal(6), Decimal(3), Decimal(1),
                                                Decimal(5)) else ""
        return {"number": number, "code": code, "kind": kind, "issue_date": values["issue_date"],
                "amount": amount, "tax": tax, "seller_name": values.get("seller_name", ""),
                "seller_tax_id": values.get("seller_tax_id", ""), "rate_code": rate_code,
                # Only 专票 input tax is deductible here; a 普票 is recorded for the books only.
                "deductible": data.deductible and kind == "special"}

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
                             seller_tax_id: str = "") -> InputInvoiceView:
        payload = parse_qr(qr_text)
        total = payload.amount
        tax_value = _money(tax, "tax")
        return await self.record(InputInvoiceData(
            number=payload.number, code=payload.code, issue_date=payload.issue_date.isoformat(),
            amount=str(total - tax_value) if total >= tax_value else str(total), tax=str(tax_value),
            kind="special" if payload.is_special else "normal", seller_name=seller_name,
            seller_tax_id=seller_tax_id), actor, source="qr")

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
                tax=text.get("tax", ""), code=text.get("code", ""), kind=text.get("kind", "") or "special",
                seller_name=text.get("seller_name", ""), seller_tax_id=text.get("seller_tax_id", ""))
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
        rows = read_table(filename, data)
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
    if lowered.endswith(".xlsx"):
        try:
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception:
            raise ValidationFailed.one("file", "import_unreadable") from None
        sheet = book.worksheets[0]
        raw_rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    elif lowered.endswith(".csv"):
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ValidationFailed.one("file", "import_unreadable")
        raw_rows = [list(r) for r in csv.reader(io.StringIO(text))]
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
