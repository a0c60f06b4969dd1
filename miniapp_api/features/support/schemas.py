"""Request and response schemas of tickets, feedback, announcements, staff."""

from __future__ import annotations

from miniapp_api.spec import BOOLEAN, INTEGER, NULLABLE_STRING, STRING, obj

ATTACHMENT_META = obj({"id": INTEGER, "filename": STRING, "media_type": STRING, "size": INTEGER, "sha256": STRING},
                      ("id", "filename", "media_type", "size"))

TICKET_SUMMARY = obj({"id": INTEGER, "subject": STRING, "category": STRING, "status": STRING, "anonymous": BOOLEAN,
                     "contact_phone": STRING}, ("id", "subject", "status"))

TICKET_MESSAGE = obj({"id": INTEGER, "author_id": {"type": ["integer", "null"]}, "from_staff": BOOLEAN,
                     "body": STRING, "created_at": STRING, "attachments": {"type": "array", "items": ATTACHMENT_META}},
                    ("id", "from_staff", "body", "created_at"),
                    description="One post of the conversation: the user's (from_staff false) or staff's")

TICKET = obj({"id": INTEGER, "subject": STRING, "category": STRING, "status": STRING,
              "messages": {"type": "array", "items": TICKET_MESSAGE}, "anonymous": BOOLEAN,
              "contact_phone": STRING}, ("id", "subject", "status", "messages"))

FEEDBACK = obj({"id": INTEGER, "kind": STRING, "status": STRING}, ("id", "kind", "status"))

ANNOUNCEMENT = obj({"id": INTEGER, "title": STRING, "body": STRING, "starts_at": STRING, "ends_at": STRING,
                    "maintenance": BOOLEAN, "published_at": NULLABLE_STRING}, ("id", "title", "body", "starts_at",
                                                                               "ends_at", "maintenance"))

TICKET_STATUS = {"type": "string", "enum": ["open", "in_progress", "waiting_user", "resolved", "closed"]}

FEEDBACK_STATUS = {"type": "string", "enum": ["received", "classified", "investigating", "replied",
                                              "following_up", "closed"]}
