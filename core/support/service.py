"""Tickets and feedback behind one entry point, as the container builds them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from core.audit.log import AuditLog
from core.domain.attachments import MAX_ATTACHMENT_BYTES
from core.help.entries import load_categories
from core.ports import Clock, Notifier
from core.support.attachments import AttachmentFiles
from core.support.feedback import FeedbackService
from core.support.tickets import TicketService


class SupportService:
    """Tickets and feedback: ``support.tickets.open(...)``, ``support.feedback.submit(...)``."""

    def __init__(self, clock: Clock, audit: AuditLog, attachments_dir: Path, notifier: Notifier, *,
                 categories: Sequence[str] | None = None, max_attachment_bytes: int = MAX_ATTACHMENT_BYTES) -> None:
        self.files = AttachmentFiles(attachments_dir)
        self.tickets = TicketService(clock, audit, self.files, notifier,
                                     categories if categories is not None else load_categories(),
                                     max_attachment_bytes)
        self.feedback = FeedbackService(clock, audit, notifier)
