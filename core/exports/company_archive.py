"""A company's own data as one ZIP (「备份」 in chat, ``POST /exports/backup`` in the API).

Written by :class:`core.exports.service.ExportService` as an export job of format
``backup``; this module only knows what goes into the archive::

    manifest.json        what the archive holds (written last)
    company.json         the company and its members (names and roles)
    invoices.jsonl       one invoice per line, with its lines and its events
    <list>.xlsx          the invoice list, as in 导出 (file name from templates/exports.zh.yaml)
    customers.json       saved buyers
    products.json        saved products and services
    input_invoices.json  recorded input invoices (进项)
    filings.json         tax returns with their events, payments and uploaded materials
    red_confirmations.json  红字确认单 the company requested as the seller
    pdf/<name>.pdf       every issued invoice's PDF (voided and red-letter ones included)

Every query is filtered by the company's id (lines, events and payments through the
company's own invoices and returns), so the archive never holds another company's rows.
Values are JSON: Decimal as exact strings, datetimes in ISO 8601 with their offset.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import zipfile
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from core.companies.models import Company, Customer, Membership, Product
from core.domain.jsonable import json_default
from core.exports import writers
from core.filing.models import Filing, FilingEvent, FilingPayment
from core.input_invoicing.models import InputInvoice
from core.invoicing.documents import DocumentService, pdf_filename
from core.invoicing.models import Invoice, InvoiceEvent, InvoiceLine, RedConfirmation
from core.invoicing.service import InvoiceService

ARCHIVE_FORMAT = "fapiao-company-export"
ARCHIVE_VERSION = 1
BATCH = 500
RowOf = Callable[[Invoice, list[InvoiceLine], dict[int, str]], list[object]]


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, default=json_default, indent=1).encode()


def _fields(row: Invoice | InvoiceLine) -> dict[str, Any]:
    return {name: getattr(row, name) for name in type(row)._meta.fields_db_projection}


def _line(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, default=json_default, separators=(",", ":")).encode() + b"\n"


class CompanyArchive:
    def __init__(self, invoices: InvoiceService, documents: DocumentService, labels: dict[str, Any],
                 row_of: RowOf) -> None:
        self.invoices = invoices
        self.documents = documents
        self.labels = labels
        self.row_of = row_of

    @staticmethod
    async def size(company_id: int) -> int:
        """Units of progress: one per invoice (its data) and one per PDF."""
        return (await Invoice.filter(company_id=company_id).count()
                + await Invoice.filter(company_id=company_id, number__isnull=False).count())

    async def write(self, company_id: int, path: Path, now: datetime, progress: Callable[[int], Awaitable[None]]) -> None:
        archive = await asyncio.to_thread(zipfile.ZipFile, path, "w", zipfile.ZIP_DEFLATED)
        try:
            await self._write(archive, company_id, now, progress)
        finally:
            await asyncio.to_thread(archive.close)

    async def _put(self, archive: zipfile.ZipFile, name: str, data: bytes) -> None:
        await asyncio.to_thread(archive.writestr, name, data)

    async def _write(self, archive: zipfile.ZipFile, company_id: int, now: datetime,
                     progress: Callable[[int], Awaitable[None]]) -> None:
        counts: dict[str, int] = {}
        done = 0
        company = await Company.filter(id=company_id).values()
        members = await Membership.filter(company_id=company_id).order_by("id").values(
            "role", "created_at", display_name="account__display_name")
        await self._put(archive, "company.json", _json({"company": company[0] if company else None,
                                                        "members": members}))

        # Invoices with their lines and events, one per line; the Excel list from the same rows.
        numbers: dict[int, str] = dict(await Invoice.filter(company_id=company_id, number__isnull=False)
                                       .values_list("id", "number"))
        sheet_rows: list[list[object]] = []
        issued: list[int] = []
        count = 0
        handle = await asyncio.to_thread(archive.open, "invoices.jsonl", "w")
        try:
            last_id = 0
            while batch := await Invoice.filter(company_id=company_id, id__gt=last_id).order_by("id").limit(BATCH):
                last_id = batch[-1].id
                ids = [i.id for i in batch]
                line_objects: dict[int, list[InvoiceLine]] = {}
                for line in await InvoiceLine.filter(invoice_id__in=ids).order_by("position"):
                    line_objects.setdefault(line.invoice_id, []).append(line)
                event_rows: dict[int, list[dict[str, Any]]] = {}
                for event in await InvoiceEvent.filter(invoice_id__in=ids).order_by("id").values():
                    event_rows.setdefault(event["invoice_id"], []).append(event)
                data = b""
                for invoice in batch:
                    row = _fields(invoice)
                    row["original_number"] = numbers.get(invoice.original_id or 0)
                    row["lines"] = [_fields(line) for line in line_objects.get(invoice.id, [])]
                    row["events"] = event_rows.get(invoice.id, [])
                    data += _line(row)
                    sheet_rows.append(self.row_of(invoice, line_objects.get(invoice.id, []), numbers))
                    if invoice.number:
                        issued.append(invoice.id)
                await asyncio.to_thread(handle.write, data)
                count += len(batch)
                done += len(batch)
                await progress(done)
        finally:
            await asyncio.to_thread(handle.close)
        counts["invoices"] = count

        with tempfile.TemporaryDirectory(prefix="fapiao-archive-") as folder:
            sheet = Path(folder) / "list.xlsx"
            await asyncio.to_thread(writers.write_xlsx, sheet, list(self.labels["columns"]), sheet_rows,
                                    sheet_title=self.labels["sheet"], money_columns=(9, 10, 11))
            await asyncio.to_thread(archive.write, sheet, f"{self.labels['backup']['list']}.xlsx")

        for name, model in (("customers", Customer), ("products", Product), ("input_invoices", InputInvoice)):
            rows = await model.filter(company_id=company_id).order_by("id").values()
            counts[name] = len(rows)
            await self._put(archive, f"{name}.json", _json(rows))

        filings = await Filing.filter(company_id=company_id).order_by("id").values()
        filing_ids = [f["id"] for f in filings]
        events = await FilingEvent.filter(filing_id__in=filing_ids).order_by("id").values() if filing_ids else []
        payments = await FilingPayment.filter(filing_id__in=filing_ids).order_by("id").values() if filing_ids else []
        for filing in filings:
            filing["events"] = [e for e in events if e["filing_id"] == filing["id"]]
            filing["payments"] = [p for p in payments if p["filing_id"] == filing["id"]]
            # Materials go to the bureau; what was uploaded, and when, is kept on the timeline.
            filing["materials"] = [{"filename": e["detail"]["uploaded"], "size": e["detail"].get("size"),
                                    "at": e["at"]} for e in filing["events"]
                                   if isinstance(e["detail"], dict) and e["detail"].get("uploaded")]
        counts["filings"] = len(filings)
        await self._put(archive, "filings.json", _json(filings))

        confirmations = await RedConfirmation.filter(seller_company_id=company_id).order_by("id").values()
        counts["red_confirmations"] = len(confirmations)
        await self._put(archive, "red_confirmations.json", _json(confirmations))

        pdfs = 0
        for invoice_id in issued:
            invoice = await Invoice.get(id=invoice_id, company_id=company_id)
            doc = await self.invoices.document_of(invoice)
            await self._put(archive, f"pdf/{pdf_filename(doc)}", await self.documents.render(doc))
            pdfs += 1
            done += 1
            if pdfs % 20 == 0:
                await progress(done)
        counts["pdfs"] = pdfs

        await self._put(archive, "manifest.json", _json({
            "format": ARCHIVE_FORMAT, "version": ARCHIVE_VERSION, "created_at": now,
            "company": {"id": company_id, "name": company[0]["name"] if company else "",
                        "tax_id": company[0]["tax_id"] if company else ""},
            "counts": counts,
        }))
