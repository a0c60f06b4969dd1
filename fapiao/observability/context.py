"""The request id: accepted from ``X-Request-Id`` when sane, else generated; kept in a contextvar.

Tasks started while a request is handled (deferred WeChat replies, pushes) copy the
context, so their log lines carry the id of the request that started them.
"""

from __future__ import annotations

import re
import secrets

from core.request_id import current_request_id, request_id_var

HEADER = "X-Request-Id"
#: What we accept from a client or a proxy (nginx ``$request_id`` is 32 hex digits; UUIDs fit).
_SANE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{7,63}")

def new_request_id() -> str:
    """16 hex digits (64 random bits): short enough for a user to read out to support."""
    return secrets.token_hex(8)


def sane_request_id(value: str | None) -> str | None:
    """``value`` when it is 8–64 characters of letters, digits and ``. _ : -``, else None."""
    if value and _SANE.fullmatch(value):
        return value
    return None


__all__ = ["HEADER", "current_request_id", "new_request_id", "request_id_var", "sane_request_id"]
