"""Errors of 扫码开票 (messages under ``error.<code>`` in templates/messages/scan.zh.yaml)."""

from __future__ import annotations

from core.domain.errors import DomainError


class ScanCodeUnusable(DomainError):
    """The code is unknown (forged), expired, already used or withdrawn: ``params["why"]``."""

    code = "scan_code_unusable"
    http_status = 404


class ScanRequestClosed(DomainError):
    """The request was already handled (or expired): ``params["status"]``."""

    code = "scan_request_closed"
    http_status = 409


class ScanAmountChanged(DomainError):
    """An order code's amount was changed in the form: the shop's amount is authoritative."""

    code = "scan_amount_changed"
    http_status = 409


class ScanLimitReached(DomainError):
    """Too many requests from this address or for this code: ``params["scope"]``."""

    code = "scan_limit_reached"
    http_status = 429
