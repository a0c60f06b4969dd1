"""What each filing route does, who may call it and its side effects (the document's descriptions)."""

from __future__ import annotations

from typing import Any

VIEW = ("owner", "admin", "issuer", "accountant", "viewer")
FILE = ("owner", "admin", "accountant")
ONE = "/filings/{filing_id}"

DOCS: dict[tuple[str, str], dict[str, Any]] = {
    ("POST", "/filings"): {"roles": FILE, "description": (
        "Prepare a draft return prefilled from the company's invoices: VAT (增值税及附加税费) for a month or "
        "quarter, or a CIT prepayment (企业所得税季度预缴). VAT may add `uninvoiced` (未开票收入, excluding tax, "
        "keyed by rate: `{\"0.13\": \"5000\"}`) and `transfers_out`; CIT takes `cost`, `expenses` and, once, the "
        "小型微利 figures (kept on the filing profile). Money is a decimal string. Nothing goes to the bureau yet; "
        "an audit entry is written.")},
    ("POST", ONE + "/adjust"): {"roles": FILE, "description": (
        "修改 one column of a draft and recompute everything that depends on it: `uninvoiced` at a `rate` "
        "(may be negative), `transfers_out`; CIT `cost` / `expenses`. 409 once submitted.")},
    ("POST", ONE + "/books"): {"roles": FILE, "description": (
        "营业成本 and 期间费用 of a CIT draft from a CSV of the books (multipart `file`: account,amount per row); "
        "answers the recomputed return and the rows not understood.")},
    ("GET", "/filing-profile"): {"roles": VIEW, "description": (
        "The filing profile: 纳税期限 (month or quarter) and the CIT figures the 小型微利 test needs (null until "
        "asked).")},
    ("PUT", "/filing-profile"): {"roles": FILE, "description": (
        "Set the 纳税期限 (small-scale taxpayers only; general ones file monthly) and the CIT figures "
        "(从业人数, 资产总额, restricted industry, prior losses).")},
    ("GET", "/filings"): {"roles": VIEW, "description": "Recent returns with their status, newest first."},
    ("GET", ONE): {"roles": VIEW, "description": (
        "A return with its figures and whole timeline. Side effect: asks the bureau for its latest word first "
        "(the timeline may grow).")},
    ("POST", ONE + "/submit"): {"roles": FILE, "description": (
        "Submit the draft (or resubmit a corrected one) to the tax bureau; the bureau's answers arrive on the "
        "timeline (accepted, reviewing, needs_materials, succeeded, failed) and as notifications. 503 when the "
        "bureau is unreachable.")},
    ("POST", ONE + "/materials"): {"roles": FILE, "description": (
        "Upload materials the bureau asked for (multipart `file`; images or PDF ≤ 10 MB, checked by content).")},
    ("POST", ONE + "/pay"): {"roles": FILE, "description": (
        "Pay the tax of a successful return (`total_due` = payable + surcharges) by the chosen method; 422 when "
        "nothing is due, 409 when already paid.")},
    ("GET", ONE + "/explain"): {"roles": VIEW, "description": (
        "The invoice numbers behind one figure of the return (`row` = a figures row code).")},
}
