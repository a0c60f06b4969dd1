"""Request and response schemas of the help centre."""

from __future__ import annotations

from miniapp_api.spec import NULLABLE_STRING, STRING, obj

FAQ_ENTRY = obj({"id": STRING, "category": STRING, "question": STRING, "answer": STRING,
                 "keywords": {"type": "array", "items": STRING}, "synonyms": {"type": "array", "items": STRING},
                 "next_action": NULLABLE_STRING}, ("id", "category", "question", "answer"))
