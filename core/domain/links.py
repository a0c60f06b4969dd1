"""The public links fapiao hands out, built in one place from ``PUBLIC_BASE_URL``: the 查验 page and
its PDF (``/v/``), a finished export's download (``/dl/``), and 扫码开票's code page, request status
page and poster (``/s/``). The routes that answer them are miniapp_api/features/public (``/v/``),
miniapp_api/features/exports (``/dl/``) and h5/views.py (``/s/``). Pure."""

from __future__ import annotations

__all__ = ["download_url", "poster_url", "scan_code_url", "scan_status_url", "verify_pdf_url", "verify_url"]


def verify_url(base: str, token: str) -> str:
    """The invoice's 查验 page (noindex, per-IP limit)."""
    return f"{base}/v/{token}"


def verify_pdf_url(base: str, token: str) -> str:
    """The invoice's PDF, next to its 查验 page."""
    return f"{verify_url(base, token)}/pdf"


def download_url(base: str, token: str) -> str:
    """A finished export or company backup."""
    return f"{base}/dl/{token}"


def scan_code_url(base: str, code: str) -> str:
    """The buyer's page of a 扫码开票 code (what its QR holds)."""
    return f"{base}/s/{code}"


def scan_status_url(base: str, token: str) -> str:
    """The buyer's page of one 扫码开票 request: status, messages, PDF, 卡包."""
    return f"{base}/s/r/{token}"


def poster_url(base: str, token: str) -> str:
    """A short-lived link to a code's printable poster."""
    return f"{base}/s/poster/{token}.pdf"
