"""The errors of support: tickets, feedback, announcements and the maintenance window."""

from __future__ import annotations

from typing import ClassVar

from core.domain.errors import DomainError


class UnderMaintenance(DomainError):
    """A maintenance window is open: ``params`` = until (China time, "YYYY-MM-DD HH:MM"),
    until_iso (UTC ISO 8601), title."""

    code: ClassVar[str] = "under_maintenance"
    http_status: ClassVar[int] = 503


class TicketClosed(DomainError):
    """The ticket is closed; a new question needs a new ticket. ``params`` = ticket_id."""

    code: ClassVar[str] = "ticket_closed"
    http_status: ClassVar[int] = 409


class TransitionNotAllowed(DomainError):
    """``params`` = what ("ticket" | "feedback"), from, to (status codes), allowed (list)."""

    code: ClassVar[str] = "transition_not_allowed"
    http_status: ClassVar[int] = 409


class AnnouncementPublished(DomainError):
    """The announcement was already published (and its notification sent)."""

    code: ClassVar[str] = "announcement_published"
    http_status: ClassVar[int] = 409
