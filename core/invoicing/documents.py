"""Invoice files: PDFs rendered once and cached on disk, keyed by the invoice's state."""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from pathlib import Path

from core.domain.actor import Actor
from core.domain.invoice_document import InvoiceDocument
from core.invoicing.service import InvoiceService
from core.ports import InvoiceRenderer


def pdf_filename(doc: InvoiceDocument) -> str:
    prefix = "红字发票" if doc.is_red else "电子发票"
    return f"{prefix}-{doc.number}.pdf"


class DocumentService:
    def __init__(self, invoices: InvoiceService, renderer: InvoiceRenderer, cache_dir: Path) -> None:
        self.invoices = invoices
        self.renderer = renderer
        self.cache_dir = cache_dir

    def _cache_path(self, doc: InvoiceDocument) -> Path:
        # The status is part of the key: a voided invoice gets its 作废 stamp in a new file.
        key = hashlib.sha256(f"{doc.number}|{doc.status}|{doc.verify_url}".encode()).hexdigest()[:32]
        return self.cache_dir / key[:2] / f"{key}.pdf"

    async def render(self, doc: InvoiceDocument) -> bytes:
        path = self._cache_path(doc)
        if path.exists():
            return await asyncio.to_thread(path.read_bytes)
        data = await asyncio.to_thread(self.renderer.render, doc)
        await asyncio.to_thread(self._write, path, data)
        return data

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # One temporary file per writer: two requests rendering the same new invoice at once shared one
        # name, and the second rename found the file gone (FileNotFoundError: a failed export or a 500).
        temporary = path.with_name(f"{path.stem}.{secrets.token_hex(6)}.tmp")
        temporary.write_bytes(data)
        temporary.replace(path)  # atomic: a reader never sees half a file

    async def pdf(self, invoice_id: int, actor: Actor) -> tuple[str, bytes]:
        doc = await self.invoices.document(invoice_id, actor)
        return pdf_filename(doc), await self.render(doc)

    async def pdf_by_token(self, token: str) -> tuple[str, bytes]:
        doc = await self.invoices.document_by_token(token)
        return pdf_filename(doc), await self.render(doc)
