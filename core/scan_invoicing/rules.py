"""Pure rules of 扫码开票: code lifetimes, caps, limits and the status the buyer sees."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

#: An order code lives this long unless the shop says otherwise (at most ORDER_CODE_MAX_TTL).
ORDER_CODE_TTL = timedelta(hours=24)
ORDER_CODE_MAX_TTL = timedelta(days=30)
#: A request nobody handled within this time expires (the buyer sees 已过期 and can scan again).
REQUEST_TTL = timedelta(days=7)
#: A claim ("issuing") older than this is taken as a crashed attempt and may be retried:
#: the request-scoped idempotency key makes the retry answer with the same invoice.
STALE_CLAIM = timedelta(minutes=2)
#: Requests one address may submit for one code per day (the 4th is refused), in total per
#: hour (any code), and what one code takes per day (a counter code at a busy shop).
PER_CODE_PER_IP_PER_DAY = 3
PER_IP_PER_HOUR = 20
PER_CODE_PER_DAY = 500
#: Page views (code pages, status pages, suggestions) per address per minute.
VIEWS_PER_IP_PER_MINUTE = 60
#: Messages a buyer may send the shop about one request per day.
MESSAGES_PER_REQUEST_PER_DAY = 5
#: Re-deliveries of one request per day.
DELIVERIES_PER_DAY = 10
#: The 抬头 suggestions need this many characters typed, and show at most this many.
SUGGEST_MIN_CHARS = 2
SUGGEST_LIMIT = 5

#: What the buyer sees for each stored status; "issuing" is still 已提交 to them.
BUYER_STATUS = {"submitted": "submitted", "issuing": "submitted", "issued": "issued",
                "rejected": "rejected", "expired": "expired"}
OPEN_STATUSES = ("submitted", "issuing")


@dataclass(frozen=True)
class CapCheck:
    auto: bool
    why: str = ""  # "", "off", "per_invoice", "daily"


def auto_issue_allowed(*, enabled: bool, amount: Decimal, per_invoice_cap: Decimal | None,
                       daily_cap: Decimal | None, issued_today: Decimal) -> CapCheck:
    """Whether a request is issued without the shop: auto-issue on, and within both caps
    (the daily cap counts what this code auto-issued today plus this request)."""
    if not enabled:
        return CapCheck(False, "off")
    if per_invoice_cap is not None and amount > per_invoice_cap:
        return CapCheck(False, "per_invoice")
    if daily_cap is not None and issued_today + amount > daily_cap:
        return CapCheck(False, "daily")
    return CapCheck(True)


def code_refusal(*, kind: str, now: datetime, expires_at: datetime | None, used_at: datetime | None,
                 revoked_at: datetime | None) -> str | None:
    """Why a code cannot take a request now (``expired``, ``used``, ``revoked``), or None."""
    if revoked_at is not None:
        return "revoked"
    if kind == "order" and used_at is not None:
        return "used"
    if expires_at is not None and expires_at <= now:
        return "expired"
    return None


def request_expired(status: str, created_at: datetime, now: datetime) -> bool:
    return status == "submitted" and created_at + REQUEST_TTL <= now


def mask_contact(email: str, phone: str) -> str:
    """b***@example.com / 138****0000: how the shop and the logs see a buyer's address."""
    if email:
        name, _, domain = email.partition("@")
        return f"{name[:1]}***@{domain}"
    if phone:
        return phone[:3] + "****" + phone[-4:]
    return ""
