"""Request and response schemas of the audit trail."""

from __future__ import annotations

from typing import Any

from miniapp_api.pagination import PAGE_QUERY
from miniapp_api.spec import INTEGER, NULLABLE_STRING, STRING, obj

AUDIT_ITEM = obj({"id": INTEGER, "seq": {"type": ["integer", "null"]}, "at": STRING,
                  "actor_id": {"type": ["integer", "null"]}, "company_id": {"type": ["integer", "null"]},
                  "channel": STRING, "action": STRING, "action_label": STRING, "target": STRING,
                  "detail": {"type": "object"}}, ("id", "seq", "at", "actor_id", "company_id", "channel", "action",
                                                  "action_label", "target", "detail"))

AUDIT_PAGE = obj({"items": {"type": "array", "items": AUDIT_ITEM}, "next_cursor": NULLABLE_STRING},
                 ("items", "next_cursor"))

#: The accepted form of a date-time query parameter (timestamps come back in China time, +08:00).
_WHEN = ("Entries {} this moment: ISO 8601 with an offset, e.g. 2026-12-06T21:30:00+08:00 (URL-encode '+' as %2B; "
         "the offset is required)")
AUDIT_QUERY: dict[str, dict[str, Any]] = {
    "action": {"type": "string", "description": "exact action, or a prefix ending in '.' (e.g. invoice.)"},
    "actor_id": INTEGER,
    "since": {"type": "string", "format": "date-time", "description": _WHEN.format("from")},
    "until": {"type": "string", "format": "date-time", "description": _WHEN.format("until")}, **PAGE_QUERY,
}
