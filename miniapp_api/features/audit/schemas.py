"""Response types and query parameters of the audit trail."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from miniapp_api.pagination import PAGE_QUERY
from miniapp_api.schema import DateTime, Out, Page, exactly, example
from miniapp_api.spec import INTEGER

#: The accepted form of a date-time query parameter (timestamps come back in China time, +08:00).
_WHEN = ("Entries {} this moment: ISO 8601 with an offset, e.g. 2026-12-06T21:30:00+08:00 (URL-encode '+' as %2B; "
         "the offset is required)")
AUDIT_QUERY: dict[str, dict[str, Any]] = {
    "action": {"type": "string", "description": "exact action, or a prefix ending in '.' (e.g. invoice.)"},
    "actor_id": INTEGER,
    "since": {"type": "string", "format": "date-time", "description": _WHEN.format("from")},
    "until": {"type": "string", "format": "date-time", "description": _WHEN.format("until")}, **PAGE_QUERY,
}


SCALAR = {"type": ["string", "integer", "number", "boolean", "null"]}


class AuditEntry(Out):
    """One entry of the tamper-evident log."""

    id: int
    seq: int | None = Field(description="Position in the hash chain (null: written before the chain existed)")
    at: DateTime
    actor_id: int | None = Field(description="The account that acted (null: the system or the command line)")
    company_id: int | None
    channel: str = Field(description="api, wechat, cli, system …")
    action: str = Field(description="e.g. invoice.issue, company.member_role, account.login_failed")
    action_label: str = Field(description="The action in words")
    target: str = Field(description="kind:id of what was acted on, e.g. invoice:1042")
    detail: Annotated[dict[str, Any], exactly({"type": "object", "additionalProperties": {
        "anyOf": [SCALAR, {"type": "array", "items": SCALAR}]}})] = Field(
        description="The action's particulars (scalars or lists of scalars; never secrets)")


class AuditPage(Page):
    """Entries newest first."""

    items: list[AuditEntry]
    model_config = example({"items": [{
        "id": 311, "seq": 311, "at": "2026-12-06T10:00:00+08:00", "actor_id": 42, "company_id": 7, "channel": "api",
        "action": "company.member_role", "action_label": "修改成员角色", "target": "account:43",
        "detail": {"from": "viewer", "to": "issuer"}}], "next_cursor": None})
