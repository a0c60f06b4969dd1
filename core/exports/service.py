"""Invoice exports as background jobs with progress: CSV (UTF-8 with BOM), Excel, ZIP of PDFs.

A job's state lives in the key-value store so any worker can report it; the file is
written under the data directory and handed out through an unguessable download
token that expires. Rows are read from the database in id-ordered batches, so a
100,000-invoice export holds one batch in memory at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from core.companies.service import CompanyService
from core.domain.actor import Actor
from core.domain.errors import NotFound, ValidationFailed
from core.domain.roles import Permission
from core.exports import writers
from core.exports.company_archive import CompanyArchive
from core.invoicing.documents import DocumentService, pdf_filename
from core.invoicing.models import Invoice, InvoiceLine
from core.invoicing.service import InvoiceService
from core.invoicing.views import InvoiceFilter
from core.ports import Clock, KeyValueStore

log = logging.getLogger(__name__)
Format = Literal["csv", "xlsx", "zip"]
FORMATS: tuple[str, ...] = ("csv", "xlsx", "zip")
JOB_TTL_SECONDS = 24 * 3600


def private_dir(path: Path) -> None:
    """A directory only the server's user can enter (0700), made so in code, not left to the umask."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)  # the folder itself; its parent is DATA_DIR


def private_file(path: Path) -> None:
    """Create (or truncate) ``path`` as 0600."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)
BATCH = 500
#: A ZIP of PDFs renders every invoice: keep it to a size a phone can download.
MAX_ZIP_INVOICES = 1000
LABELS_PATH = Path(__file__).resolve().parents[2] / "templates" / "exports.zh.yaml"
#: A company's whole data as a ZIP (「备份」): see core/exports/company_archive.py.
BACKUP = "backup"


@dataclass
class ExportJob:
    id: str
    format: str
    status: str  # queued, running, done, failed
    processed: int
    total: int
    filename: str
    company_id: int
    account_id: int
    download_token: str
    error: str = ""

    @property
    def percent(self) -> int:
        return 100 if self.status == "done" else (self.processed * 100 // self.total if self.total else 0)


def load_labels(path: Path = LABELS_PATH) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


class ExportService:
    def __init__(self, store: KeyValueStore, clock: Clock, companies: CompanyService, invoices: InvoiceService,
                 documents: DocumentService, directory: Path, labels: dict[str, Any] | None = None) -> None:
        self.store = store
        self.clock = clock
        self.companies = companies
        self.invoices = invoices
        self.documents = documents
        self.directory = directory
        self.labels = labels or load_labels()
        self.tasks: set[asyncio.Task[None]] = set()

    async def _save(self, job: ExportJob) -> None:
        await self.store.set(f"export:{job.id}", json.dumps(asdict(job), ensure_ascii=False), ttl=JOB_TTL_SECONDS)
        await self.store.set(f"download:{job.download_token}", job.id, ttl=JOB_TTL_SECONDS)

    async def _load(self, job_id: str) -> ExportJob | None:
        raw = await self.store.get(f"export:{job_id}") if job_id and len(job_id) <= 64 else None
        return ExportJob(**json.loads(raw)) if raw else None

    def path_of(self, job: ExportJob) -> Path:
        return self.directory / f"{job.id}.{'zip' if job.format == BACKUP else job.format}"

    async def start(self, fmt: str, filters: InvoiceFilter, actor: Actor,
                    on_done: Callable[[ExportJob], Awaitable[None]] | None = None) -> ExportJob:
        scope = await self.companies.require(actor, Permission.EXPORT)
        if fmt not in FORMATS:
            raise ValidationFailed.one("format", "not_allowed", allowed="csv、xlsx、zip")
        total = await self.invoices.filtered(scope.company_id, filters).count()
        if fmt == "zip" and total > MAX_ZIP_INVOICES:
            raise ValidationFailed.one("format", "zip_too_many", max=MAX_ZIP_INVOICES, total=total)
        stamp = self.clock.now().strftime("%Y%m%d-%H%M")
        job = ExportJob(id=secrets.token_hex(12), format=fmt, status="queued", processed=0, total=total,
                        filename=f"{self.labels['filename']}-{stamp}.{fmt}", company_id=scope.company_id,
                        account_id=scope.account_id, download_token=secrets.token_urlsafe(24))
        await self._save(job)
        task = asyncio.create_task(self._run(job, filters, on_done))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return job

    async def start_company_backup(self, actor: Actor,
                                   on_done: Callable[[ExportJob], Awaitable[None]] | None = None) -> ExportJob:
        """The company's own data as one ZIP, for its owner or an admin (「备份」)."""
        scope = await self.companies.require(actor, Permission.MANAGE_COMPANY)
        stamp = self.clock.now().strftime("%Y%m%d-%H%M")
        job = ExportJob(id=secrets.token_hex(12), format=BACKUP, status="queued", processed=0,
                        total=await CompanyArchive.size(scope.company_id),
                        filename=f"{self.labels['backup']['filename']}-{stamp}.zip", company_id=scope.company_id,
                        account_id=scope.account_id, download_token=secrets.token_urlsafe(24))
        await self._save(job)
        task = asyncio.create_task(self._run(job, InvoiceFilter(), on_done))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return job

    async def status(self, job_id: str, actor: Actor) -> ExportJob:
        scope = await self.companies.require(actor)
        job = await self._load(job_id)
        if job is None or job.company_id != scope.company_id:
            raise NotFound({"what": "export"})
        return job

    async def by_download_token(self, token: str) -> tuple[ExportJob, Path]:
        job_id = await self.store.get(f"download:{token}") if token and len(token) <= 64 else None
        job = await self._load(job_id) if job_id else None
        if job is None or job.status != "done" or not self.path_of(job).exists():
            raise NotFound({"what": "export"})
        return job, self.path_of(job)

    # -- the job ----------------------------------------------------------------------

    async def _batches(self, company_id: int, filters: InvoiceFilter) -> Any:
        last_id = 0
        while True:
            rows = await self.invoices.filtered(company_id, filters).filter(id__gt=last_id).order_by("id").limit(BATCH)
            if not rows:
                return
            last_id = rows[-1].id
            yield rows

    def _row(self, invoice: Invoice, lines: list[InvoiceLine], numbers: dict[int, str]) -> list[object]:
        labels = self.labels
        return [
            invoice.number or "", invoice.legacy_code or "", invoice.issue_date,
            labels["kinds"].get(invoice.kind, invoice.kind), labels["statuses"].get(invoice.status, invoice.status),
            labels["red"] if invoice.is_red else "", numbers.get(invoice.original_id or 0, ""),
            invoice.buyer_name, invoice.buyer_tax_id, invoice.total_amount, invoice.total_tax, invoice.total,
            "；".join(line.printed_name for line in lines), invoice.remark,
        ]

    async def _rows_async(self, job: ExportJob, filters: InvoiceFilter, queue: asyncio.Queue[list[list[object]] | None]) -> None:
        try:
            async for batch in self._batches(job.company_id, filters):
                lines: dict[int, list[InvoiceLine]] = {}
                for line in await InvoiceLine.filter(invoice_id__in=[i.id for i in batch]).order_by("position"):
                    lines.setdefault(line.invoice_id, []).append(line)
                originals = {i.original_id for i in batch if i.original_id}
                numbers = dict(await Invoice.filter(id__in=list(originals)).values_list("id", "number")) if originals else {}
                await queue.put([self._row(i, lines.get(i.id, []), numbers) for i in batch])
        finally:
            await queue.put(None)

    async def _run(self, job: ExportJob, filters: InvoiceFilter,
                   on_done: Callable[[ExportJob], Awaitable[None]] | None) -> None:
        loop = asyncio.get_running_loop()
        path = self.path_of(job)
        temporary = path.with_suffix(".part")
        job.status = "running"
        await self._save(job)

        def progress(count: int) -> None:
            job.processed = count
            asyncio.run_coroutine_threadsafe(self._save(job), loop)

        try:
            await asyncio.to_thread(private_dir, self.directory)
            # Created 0600 first: every writer below truncates it and the mode stays (no window in
            # which another local user could read a company's invoices).
            await asyncio.to_thread(private_file, temporary)
            if job.format == BACKUP:
                archive = CompanyArchive(self.invoices, self.documents, self.labels, self._row)
                await archive.write(job.company_id, temporary, self.clock.now(), lambda done: self._progress(job, done))
            elif job.format == "zip":
                await self._write_zip(job, filters, temporary, progress)
            else:
                queue: asyncio.Queue[list[list[object]] | None] = asyncio.Queue(maxsize=2)
                producer = asyncio.create_task(self._rows_async(job, filters, queue))

                def rows() -> Iterator[list[object]]:
                    while True:
                        batch = asyncio.run_coroutine_threadsafe(queue.get(), loop).result()
                        if batch is None:
                            return
                        yield from batch

                header = list(self.labels["columns"])
                if job.format == "csv":
                    await asyncio.to_thread(self._write_csv, temporary, header, rows, progress)
                else:
                    await asyncio.to_thread(writers.write_xlsx, temporary, header, rows(),
                                            sheet_title=self.labels["sheet"], money_columns=(9, 10, 11),
                                            progress=progress)
                await producer
            await asyncio.to_thread(temporary.replace, path)
            job.status, job.processed = "done", job.total
        except Exception as exc:  # the job must end in a state the user can see
            log.exception("export %s failed", job.id)
            job.status, job.error = "failed", type(exc).__name__
        await self._save(job)
        if on_done is not None:
            try:
                await on_done(job)
            except Exception:
                log.exception("export %s: completion notice failed", job.id)

    async def purge_expired(self) -> int:
        """Delete the files whose download link has expired (the job's record is gone from the store);
        a file that outlives its link is data nobody can fetch but anyone with the disk can read."""
        if not self.directory.is_dir():
            return 0
        removed = 0
        for path in list(self.directory.iterdir()):
            job_id = path.name.split(".", 1)[0]
            if path.is_file() and await self.store.get(f"export:{job_id}") is None:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed += 1
        return removed

    async def _progress(self, job: ExportJob, done: int) -> None:
        job.processed = done
        await self._save(job)

    @staticmethod
    def _write_csv(path: Path, header: list[str], rows: Callable[[], Iterator[list[object]]],
                   progress: Callable[[int], None]) -> None:
        count = 0

        def counted() -> Iterator[list[object]]:
            nonlocal count
            for row in rows():
                count += 1
                if count % 1000 == 0:
                    progress(count)
                yield row

        with path.open("wb") as handle:
            for chunk in writers.csv_chunks(header, counted()):
                handle.write(chunk)

    async def _write_zip(self, job: ExportJob, filters: InvoiceFilter, path: Path,
                         progress: Callable[[int], None]) -> None:
        """One PDF per issued invoice, rendered (or taken from the cache) as the ZIP is written."""
        loop = asyncio.get_running_loop()
        ids = [i.id async for batch in self._batches(job.company_id, filters) for i in batch if i.number]

        async def pdf_of(invoice_id: int) -> tuple[str, bytes]:
            invoice = await Invoice.get(id=invoice_id)
            doc = await self.invoices.document_of(invoice)
            return pdf_filename(doc), await self.documents.render(doc)

        def files() -> Iterator[tuple[str, bytes]]:
            for invoice_id in ids:
                yield asyncio.run_coroutine_threadsafe(pdf_of(invoice_id), loop).result()

        await asyncio.to_thread(writers.write_zip, path, files(), progress=progress, progress_every=20)

    async def drain(self, seconds: float = 30.0) -> None:
        if self.tasks:
            await asyncio.wait(list(self.tasks), timeout=seconds)
