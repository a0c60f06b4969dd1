"""The sandbox bureau's rules that need no state: valid periods and figures, amounts as the
messages print them, what a return owes, a submission's fingerprint and JSON, and which states
are still open."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final, cast

from core.domain.money import to_money
from core.port_data.tax_bureau import BureauState, BureauStatus, Submission

PERIOD: Final = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$|^\d{4}Q[1-4]$")
#: States in which time alone moves a submission on (what :meth:`tick` looks at).
MOVING: Final[frozenset[str]] = frozenset({"submitted", "accepted", "reviewing"})
#: Figures a return may carry besides :data:`REQUIRED_FIGURES`, checked when present.
OPTIONAL_FIGURES: Final = ("input_tax", "surcharges")
IN_PROGRESS: Final[frozenset[str]] = frozenset({"submitted", "accepted", "reviewing", "needs_materials"})


def amount_text(value: Decimal) -> str:
    """``Decimal("1234.5")`` -> ``"1,234.50"`` (the messages add 元)."""
    return f"{to_money(value):,.2f}"


def decimal_of(text: object) -> Decimal | None:
    """A finite Decimal from a decimal string (or a Decimal/int); floats and junk give None."""
    if isinstance(text, bool) or not isinstance(text, str | Decimal | int):
        return None
    try:
        value = Decimal(text.strip() if isinstance(text, str) else text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def due(record: Mapping[str, Any]) -> Decimal:
    """What the taxpayer pays for a return: the tax plus the 附加税费 declared with it."""
    figures = record["figures"]
    return Decimal(figures["payable"]) + Decimal(figures.get("surcharges", "0"))


def fingerprint(submission: Submission) -> str:
    canonical = json.dumps(submission_json(submission), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def submission_json(submission: Submission) -> dict[str, Any]:
    return {
        "submission_key": submission.submission_key,
        "taxpayer_id": submission.taxpayer_id,
        "tax_type": submission.tax_type,
        "period": submission.period,
        "figures": {str(key): str(value) for key, value in submission.figures.items()},
        "declared_invoice_total": submission.declared_invoice_total,
    }


def to_status(reference: str, entry: Mapping[str, Any]) -> BureauStatus:
    return BureauStatus(
        reference=reference,
        state=cast(BureauState, entry["state"]),
        message=str(entry["message"]),
        receipt=cast("str | None", entry.get("receipt")),
        at=datetime.fromisoformat(str(entry["at"])),
    )


# -- the sandbox -----------------------------------------------------------------------
