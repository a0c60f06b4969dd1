"""What tickets, feedback and announcements share: text limits and checks, staff only, China time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from core.accounts.identity import signed_in_account
from core.accounts.models import Account
from core.clock import CHINA
from core.domain.actor import Actor
from core.domain.errors import PermissionDenied, ValidationFailed

SUBJECT_MAX = 100
BODY_MAX = 2000


def china_time(moment: datetime) -> str:
    """"2026-11-27 17:00" in Asia/Shanghai: how users read times."""
    return moment.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


def check_body(raw: str, field: str, *, max_len: int = BODY_MAX, required: bool = True) -> str:
    """Multi-line text: like ``validators.check_text`` but newlines and tabs are allowed."""
    value = raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    if required and not value:
        raise ValidationFailed.one(field, "required")
    if len(value) > max_len:
        raise ValidationFailed.one(field, "too_long", max=max_len)
    if any(not ch.isprintable() and ch not in "\n\t" for ch in value):
        raise ValidationFailed.one(field, "text_too_long", max=max_len)
    return value


def choice(value: str, field: str, allowed: Sequence[str]) -> str:
    if value not in allowed:
        raise ValidationFailed.one(field, "not_allowed", allowed="、".join(allowed))
    return value


def attempt(problems: dict[str, Any], check: Callable[..., str], *args: Any, **kwargs: Any) -> str:
    """Run one field check, collecting its problem so that all fields are reported at once."""
    try:
        return check(*args, **kwargs)
    except ValidationFailed as exc:
        problems.update(exc.fields)
        return ""


async def require_staff(actor: Actor) -> Account:
    account = await signed_in_account(actor)
    if not account.is_staff:
        raise PermissionDenied({"need": "staff"})
    return account
