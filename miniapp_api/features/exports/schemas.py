"""Request and response schemas of exports."""

from __future__ import annotations

from miniapp_api.spec import INTEGER, NULLABLE_STRING, STRING, obj

EXPORT_JOB = obj({"id": STRING, "format": STRING, "status": {"type": "string", "enum": ["queued", "running", "done", "failed"]},
                  "processed": INTEGER, "total": INTEGER, "percent": INTEGER, "filename": STRING, "error": STRING,
                  "download_url": NULLABLE_STRING}, ("id", "status", "processed", "total", "percent", "download_url"))
