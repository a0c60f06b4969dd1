"""Attachment checks for support tickets: the type comes from the file's magic bytes.

Only images (PNG, JPEG, GIF, WebP) and PDF are accepted. The declared file name is
not trusted: its extension, when it has one, must agree with what the bytes say, so a
PNG renamed ``.pdf`` or an executable renamed ``.jpg`` is refused. A name without an
extension declares nothing; :func:`safe_filename` gives it the right one.
"""

from __future__ import annotations

import unicodedata
from pathlib import PurePosixPath

from core.domain.errors import ValidationFailed

MB = 1024 * 1024
MAX_ATTACHMENT_BYTES = 10 * MB
MAX_FILENAME_CHARS = 120

#: media type → the extensions that may declare it (first = canonical).
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "image/png": ("png",),
    "image/jpeg": ("jpg", "jpeg", "jpe", "jfif"),
    "image/gif": ("gif",),
    "image/webp": ("webp",),
    "application/pdf": ("pdf",),
}
#: Short names for messages ("allowed", "declared", "actual" params).
LABELS: dict[str, str] = {
    "image/png": "PNG",
    "image/jpeg": "JPEG",
    "image/gif": "GIF",
    "image/webp": "WebP",
    "application/pdf": "PDF",
}
ALLOWED_LABEL = "、".join(LABELS.values())
_BY_EXTENSION = {ext: media for media, exts in EXTENSIONS.items() for ext in exts}


def sniff(data: bytes) -> str | None:
    """The media type the leading bytes prove, or ``None`` for anything else
    (executables, archives, HTML, empty files …)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if len(data) >= 12 and data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    return None


def _base_name(filename: str) -> str:
    """The last path component, whatever separator the client used."""
    return filename.replace("\\", "/").rsplit("/", 1)[-1].strip()


def declared_extension(filename: str) -> str:
    """Lower-case extension without the dot; ``""`` when the name has none."""
    suffix = PurePosixPath(_base_name(filename)).suffix
    return suffix[1:].lower() if len(suffix) > 1 else ""


def _mb(max_bytes: int) -> int | float:
    value = max_bytes / MB
    return int(value) if value == int(value) else round(value, 1)


def check_attachment(filename: str, data: bytes, max_bytes: int = MAX_ATTACHMENT_BYTES) -> str:
    """The attachment's media type, or ``ValidationFailed`` on the ``attachment`` field:

    * ``attachment_too_large`` (``max_mb``): more than ``max_bytes``;
    * ``attachment_type`` (``allowed``): the bytes are not PNG/JPEG/GIF/WebP/PDF;
    * ``attachment_mismatch`` (``declared``, ``actual``): the name's extension says
      another type than the bytes (``declared`` is the extension as typed, upper-cased).
    """
    if len(data) > max_bytes:
        raise ValidationFailed.one("attachment", "attachment_too_large", max_mb=_mb(max_bytes))
    actual = sniff(data)
    if actual is None:
        raise ValidationFailed.one("attachment", "attachment_type", allowed=ALLOWED_LABEL)
    extension = declared_extension(filename)
    if extension and _BY_EXTENSION.get(extension) != actual:
        raise ValidationFailed.one("attachment", "attachment_mismatch", declared=extension.upper(),
                                   actual=LABELS[actual])
    return actual


def safe_filename(filename: str, media_type: str) -> str:
    """A name safe to store and offer for download: no directories, no control
    characters, at most :data:`MAX_FILENAME_CHARS`, and an extension matching the type."""
    name = "".join(ch for ch in unicodedata.normalize("NFC", _base_name(filename))
                   if ch.isprintable() and ch not in '<>:"|?*')
    name = name.strip().strip(".")
    extension = declared_extension(name)
    stem = name[: -(len(extension) + 1)] if extension else name
    if extension not in EXTENSIONS[media_type]:
        extension = EXTENSIONS[media_type][0]
    stem = stem.strip() or "attachment"
    return f"{stem[: MAX_FILENAME_CHARS - len(extension) - 1]}.{extension}"
