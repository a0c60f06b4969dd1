"""What each input-invoice route does, who may call it and its side effects (the document's descriptions)."""

from __future__ import annotations

from typing import Any

VIEW = ("owner", "admin", "issuer", "accountant", "viewer")
FILE = ("owner", "admin", "accountant")
AMOUNTS = ("Amounts are named `amount_excl_tax` (金额), `tax` (税额) and `amount_incl_tax` (价税合计); `rate` is "
           "`\"0.13\"`-style or null.")

DOCS: dict[tuple[str, str], dict[str, Any]] = {
    ("GET", "/input-invoices"): {"roles": VIEW, "description": (
        "Received invoices (进项), newest first, filtered by month, kind, use or seller, with a cursor. " + AMOUNTS)},
    ("GET", "/input-invoices/overview"): {"roles": VIEW, "description": (
        "进项 of a month: count, amounts, what waits for 勾选, the 统计确认 state. Side effect: syncs from the "
        "platform first (503 when it is unreachable).")},
    ("POST", "/input-invoices/sync"): {"roles": FILE, "description": (
        "Copy the platform's 全量发票查询 (invoices issued to the company) into the records.")},
    ("POST", "/input-invoices/use"): {"roles": FILE, "description": (
        "勾选/用途确认: deduct, not_deduct (with a reason) or undo, for the given numbers or every unconfirmed "
        "专票. A change after 统计确认 records 进项转出.")},
    ("POST", "/input-invoices/statistics"): {"roles": FILE, "description": (
        "The period's 统计确认: status, apply (申请统计), sign (确认签名), undo (before signing).")},
    ("POST", "/input-invoices/file"): {"roles": FILE, "description": (
        "Record a received invoice from its 数电 PDF, OFD or XML file or a photo of its QR code (multipart "
        "`file`, ≤ 5 MB). 201 with the invoice, or 202 with the QR payload when its tax must still be sent "
        "(POST /input-invoices with `qr` and `tax`). " + AMOUNTS)},
    ("GET", "/input-invoices/reasons"): {"roles": VIEW, "description": "The standard 不抵扣 and 进项转出 reasons."},
    ("POST", "/input-invoices"): {"roles": FILE, "description": (
        "Record a received invoice by hand: its fields (`amount_excl_tax`, `tax`, optional `amount_incl_tax` and "
        "`rate`), or the QR string plus its `tax`. Money is a decimal string. 409 when already recorded. "
        + AMOUNTS)},
    ("POST", "/input-invoices/import"): {"roles": FILE, "description": (
        "Import received invoices from Excel or CSV (multipart `file`); answers how many were imported and a "
        "report per refused row (`row`, `messages`).")},
}
