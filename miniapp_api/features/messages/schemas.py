"""Request and response types of the message centre, notification preferences and subscribe grants."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from miniapp_api.schema import DateTime, Id, Model, Out, Page, exactly, example, optional

Channel = Literal["wechat", "miniapp", "sms", "inbox"]
SCALAR = {"type": ["string", "integer", "number", "boolean", "null"]}
ITEM_EXAMPLE = {"id": 91, "event_id": "invoice.issued:1042", "kind": "invoice.issued", "company_id": 7,
                "template": "notify.invoice_issued", "params": {"number": "26420000000000001042", "total": "1060.00"},
                "created_at": "2026-12-06T10:00:00+08:00", "read_at": None, "text": "发票已开具：26420000000000001042",
                "unread": True}


class InboxMessage(Out):
    """One in-app message."""

    id: int
    event_id: str = Field(description="What happened, once: the same event never makes two messages")
    kind: str = Field(description="The kind of event, e.g. invoice.issued, deadline.reminder, ticket.replied")
    company_id: int | None
    template: str = Field(description="The text's template key (the text is rendered in `text`)")
    params: Annotated[dict[str, Any], exactly({"type": "object", "additionalProperties": {
        "anyOf": [SCALAR, {"type": "array", "items": SCALAR}]}})] = Field(
        description="The values the text was rendered with (scalars or lists of scalars)")
    created_at: DateTime
    read_at: DateTime | None
    text: str = Field(description="The message to show")
    unread: bool


class Inbox(Page):
    """Messages, newest first, and how many are unread in all."""

    items: list[InboxMessage]
    unread: int
    model_config = example({"items": [ITEM_EXAMPLE], "next_cursor": None, "unread": 1})


class MarkRead(Model):
    ids: list[Id] = optional("The messages to mark read (required unless all is true)", max_length=1000)
    all: bool = optional("Mark every message read")
    model_config = example({"ids": [91, 92]})


class Marked(Out):
    """How many messages changed (already-read ones do not count)."""

    marked: int
    model_config = example({"marked": 2})


class Preferences(Out):
    """Where notifications go; the inbox is always on, SMS only stands in when no WeChat push got through."""

    channels: list[Channel]
    reminder_days: int = Field(description="Days before a filing deadline the reminder comes")
    reminders_enabled: bool
    model_config = example({"channels": ["inbox", "miniapp", "wechat"], "reminder_days": 5,
                            "reminders_enabled": True})


class PreferencesInput(Model):
    channels: list[Channel] = optional("The channels to use (inbox is added anyway)")
    reminder_days: int = optional(ge=1, le=30)
    reminders_enabled: bool = optional()
    model_config = example({"channels": ["inbox", "miniapp"], "reminder_days": 3})


class SubscribeTemplate(Out):
    kind: str = Field(description="What the template notifies about")
    template_id: str = Field(description="Pass it to wx.requestSubscribeMessage({tmplIds})")


class SubscribeGrants(Out):
    """The templates to ask for, and the unspent grants per template id (ask again at 0)."""

    templates: list[SubscribeTemplate]
    unspent: dict[str, int]
    model_config = example({"templates": [{"kind": "invoice_issued", "template_id": "tmpl-invoice-issued"}],
                            "unspent": {"tmpl-invoice-issued": 1}})


class SubscribeResults(Model):
    results: Annotated[dict[str, Any], exactly({
        "type": "object", "maxProperties": 20, "additionalProperties": {"type": "string", "maxLength": 64}})] = Field(
        description="What wx.requestSubscribeMessage answered, as is: {template_id: accept | reject | ban | "
                    "filter, errMsg: ...}")
    model_config = example({"results": {"tmpl-invoice-issued": "accept", "errMsg": "requestSubscribeMessage:ok"}})


class SubscribeRecorded(Out):
    """How many grants were recorded, and the unspent grants now."""

    recorded: int
    unspent: dict[str, int]
    model_config = example({"recorded": 1, "unspent": {"tmpl-invoice-issued": 2}})
