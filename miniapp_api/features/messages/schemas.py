"""Request and response schemas of the message centre."""

from __future__ import annotations

from miniapp_api.spec import BOOLEAN, INTEGER, STRING, obj

PREFERENCES = obj({"channels": {"type": "array", "items": STRING}, "reminder_days": INTEGER,
                   "reminders_enabled": BOOLEAN}, ("channels", "reminder_days", "reminders_enabled"))
