"""What each export route does, who may call it and its side effects (the document's descriptions)."""

from __future__ import annotations

from typing import Any

DOCS: dict[tuple[str, str], dict[str, Any]] = {
    ("POST", "/exports"): {"roles": ("owner", "admin", "issuer", "accountant"), "description": (
        "Export the company's invoices (csv, xlsx or a zip of PDFs) as a background job, filtered like "
        "GET /invoices. Follow it with GET /exports/{job_id}; the download link works 24 h without a token.")},
    ("GET", "/exports/{job_id}"): {"roles": ("owner", "admin", "issuer", "accountant", "viewer"), "description": (
        "Progress of an export or backup (`processed` of `total` items, `percent`); `download_url` once done.")},
    ("POST", "/exports/backup"): {"roles": ("owner", "admin"), "description": (
        "Back up the company's own data (invoices with lines and events, customers, products, filings, input "
        "invoices, invoice PDFs) as one ZIP, followed like an export.")},
}
