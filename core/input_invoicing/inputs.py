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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from tortoise.exceptions import IntegrityError

from core.audit.log import AuditLog
from core.companies.models import Company
from core.companies.service import CompanyService
from core.domain.actor import Actor
from core.domain.errors import Conflict, DomainError, FieldProblem, ValidationFailed
from core.domain.qr_payload import QrPayload, parse_qr
from core.domain.roles import Permission
from core.domain.upload_bounds import parse_off_loop
from core.input_invoicing.deductibility import kind_of_qr
from core.input_invoicing.files import ReadInvoice, read_invoice_file
from core.input_invoicing.models import InputInvoice
from core.input_invoicing.rows import InputInvoiceData, checked_values, money, read_table
from core.ports import Clock

MAX_IMPORT_ROWS = 5000
#: A received invoice file is read in a thread; one that takes longer is refused.
FILE_READ_SECONDS = 15.0
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
            tax_value = money(tax, "tax")
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
        # Bounded and off the event loop (core/domain/upload_bounds.py).
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
