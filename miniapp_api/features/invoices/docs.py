"""What each invoice route does, who may call it and its side effects (the document's descriptions)."""

from __future__ import annotations

from typing import Any

VIEW = ("owner", "admin", "issuer", "accountant", "viewer")
ISSUE = ("owner", "admin", "issuer")
APPROVE = ("owner", "admin")
ONE = "/invoices/{invoice_id}"
MONEY_NOTE = (
    "Money is a decimal string (`\"5000.00\"`); rates are `\"0.06\"`-style fractions or `\"exempt\"` / "
    "`\"not_taxable\"`; every line and total names `amount_excl_tax` (金额), `tax` (税额) and `amount_incl_tax` "
    "(价税合计).")

DOCS: dict[tuple[str, str], dict[str, Any]] = {
    ("POST", "/invoices"): {"roles": ISSUE, "headers": ("IdempotencyKey",), "description": (
        "Issue an invoice (数电票) at once, or save a draft (`draft: true`). `price_includes_tax` is required: "
        "it says whether `lines[].amount`, `unit_price` and `discount` include tax. " + MONEY_NOTE + "\n\n"
        "Side effects: the invoice goes to the national invoicing platform and gets its 20-digit number; the "
        "buyer is remembered when `save_buyer`; an audit entry is written. When the company requires approval, "
        "an issuer's invoice waits (`status: pending`) for an owner or admin. With an `Idempotency-Key` a retry "
        "returns the same invoice (`Idempotent-Replayed: true`); the same key with another body is 422 "
        "`idempotency_mismatch`. Refused while the company's taxpayer authorisation is pending (403).")},
    ("GET", "/invoices"): {"roles": VIEW, "description": (
        "The company's invoices (drafts included), newest first, with filters and a cursor. `min_total` / "
        "`max_total` and `sort=total` are on 价税合计 (`amount_incl_tax`). No side effects.")},
    ("GET", "/invoices/statistics"): {"roles": VIEW, "description": (
        "发票统计: a month's issued invoices by kind (special, normal, all), red ones counted and negative; the "
        "same lines the VAT return declares. No side effects.")},
    ("GET", ONE): {"roles": VIEW, "description": "An invoice with its lines and history. " + MONEY_NOTE},
    ("PUT", ONE): {"roles": ISSUE, "description": (
        "Replace a draft (same body as POST /invoices, `price_includes_tax` required). Issued invoices are "
        "immutable (409): correct them by 红冲, then 重开. Writes an audit entry.")},
    ("DELETE", ONE): {"roles": ISSUE, "description": "Delete a draft (409 once issued). Writes an audit entry."},
    ("POST", ONE + "/issue"): {"roles": ISSUE, "description": (
        "Issue a draft, or submit it for approval when the company requires it. Side effects as POST /invoices.")},
    ("POST", ONE + "/approve"): {"roles": APPROVE, "description": (
        "Approve the pending action (an issue or a red letter): it is carried out at once.")},
    ("POST", ONE + "/reject"): {"roles": APPROVE, "description": (
        "Reject the pending action with a reason; the invoice goes back to draft (or stays issued for a red "
        "letter) and its author is told.")},
    ("POST", ONE + "/void"): {"roles": VIEW, "description": (
        "作废 does not exist for an electronic 数电票 (国家税务总局公告2024年第11号): always 409 "
        "`invoice_not_voidable`, saying the correction is 红冲 then 重开 (a draft is deleted instead).")},
    ("POST", ONE + "/red-letter"): {"roles": ISSUE, "description": (
        "红冲: issue a red-letter invoice cancelling the whole invoice or parts of lines (by `quantity`, or by "
        "`amount_excl_tax` / `amount_incl_tax`). 201 with the red invoice (negative amounts, `is_red`), or 202 "
        "with the blue invoice when the buyer must confirm a 红字确认单 first or approval is required. Side "
        "effects: the platform issues the red invoice; the blue one becomes red_partial / red_full.")},
    ("POST", ONE + "/reissue"): {"roles": ISSUE, "description": (
        "重开: a new draft prefilled from a red-lettered invoice, to correct and issue. Writes an audit entry.")},
    ("GET", ONE + "/corrections"): {"roles": VIEW, "description": (
        "Which corrections apply now: `editable`, `red_letter`, `reissue`, `void` (always false) as booleans, "
        "and for each one that is false its reason (`code` and a Chinese `message`) in `reasons`.")},
    ("GET", ONE + "/pdf"): {"roles": VIEW, "description": (
        "The invoice PDF (`inline=1` to display). 409 before it is issued. Rendered once, then served from the "
        "cache.")},
    ("GET", ONE + "/qr.png"): {"roles": VIEW, "description": "A PNG QR code of the public verification link."},
    ("POST", ONE + "/deliver"): {"roles": ISSUE, "description": (
        "Send the PDF by e-mail and/or the verification link by SMS to the buyer. Side effects: messages sent, "
        "an event on the invoice; limited per invoice (429).")},
    ("GET", "/red-confirmations"): {"roles": VIEW, "description": (
        "红字发票信息确认单: incoming (waiting for this company's decision) or outgoing (started by it).")},
    ("POST", "/red-confirmations"): {"roles": ISSUE, "description": (
        "As the buyer, start a 红字确认单 for an invoice received from a seller on fapiao; the seller confirms "
        "(then the red invoice is issued) or refuses. The seller is notified.")},
    ("POST", "/red-confirmations/{confirmation_no}/confirm"): {"roles": ISSUE, "description": (
        "The other side confirms a pending 确认单: the red invoice is issued for the seller at once.")},
    ("POST", "/red-confirmations/{confirmation_no}/decline"): {"roles": ISSUE, "description": (
        "The other side refuses a pending 确认单; the side that started it is notified.")},
    ("POST", "/red-confirmations/{confirmation_no}/revoke"): {"roles": ISSUE, "description": (
        "The side that started a pending 确认单 withdraws it.")},
    ("GET", "/verify"): {"roles": (), "description": (
        "Verify an invoice like the national platform: number, issue date (`date`) and 价税合计 "
        "(`amount_incl_tax`, a strict money string) must all match. Answers only the public facts; `status` uses "
        "the invoices' words (issued, red_partial, red_full). Limited per IP (429); misses count more.")},
    ("GET", "/tax-codes"): {"roles": VIEW, "description": (
        "Search the 税收分类编码 catalogue by keyword (or the first 50). `default_rate` is in the one rate "
        "spelling (`\"0.06\"`, `\"exempt\"`).")},
    ("GET", "/products"): {"roles": VIEW, "description": "The company's saved products and services."},
    ("POST", "/products"): {"roles": ISSUE, "description": (
        "Save a product or service for quick picking: its tax code (guessed from the name when omitted), rate "
        "(`\"0.06\"`), unit and usual price; `price_includes_tax` is required with `unit_price`. 409 when the "
        "name exists.")},
    ("DELETE", "/products/{product_id}"): {"roles": ISSUE, "description": "Remove a saved product."},
    ("GET", "/customers"): {"roles": VIEW, "description": "Saved buyers, most recently used first (at most 50)."},
}
