"""Ticket attachments: checked by magic bytes (:mod:`core.domain.attachments`) and stored on
disk, content-addressed by SHA-256, under the directory the service is given."""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from core.domain.attachments import check_attachment, safe_filename
from core.domain.errors import ValidationFailed

MAX_ATTACHMENTS_PER_MESSAGE = 5


@dataclass(frozen=True)
class AttachmentMeta:
    id: int
    filename: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class CheckedFile:
    filename: str
    media_type: str
    data: bytes


def check_files(files: Sequence[tuple[str, bytes]], max_bytes: int) -> list[CheckedFile]:
    if len(files) > MAX_ATTACHMENTS_PER_MESSAGE:
        raise ValidationFailed.one("attachments", "attachments_too_many", max=MAX_ATTACHMENTS_PER_MESSAGE)
    checked = []
    for name, data in files:
        try:
            media_type = check_attachment(name, data, max_bytes)
        except ValidationFailed as exc:
            problem = exc.fields["attachment"]
            raise ValidationFailed.one("attachment", problem.code, **problem.params, filename=name) from None
        checked.append(CheckedFile(safe_filename(name, media_type), media_type, data))
    return checked


class AttachmentFiles:
    """Attachment bytes on disk, content-addressed: ``<dir>/<sha[:2]>/<sha>``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def put(self, data: bytes) -> tuple[str, str]:
        """Store the bytes (once per content); return (sha256, storage key)."""
        digest = hashlib.sha256(data).hexdigest()
        key = f"{digest[:2]}/{digest}"
        await asyncio.to_thread(self._write, self.directory / key, data)
        return digest, key

    async def get(self, key: str) -> bytes:
        return await asyncio.to_thread((self.directory / key).read_bytes)

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{secrets.token_hex(4)}.tmp")
        temporary.write_bytes(data)
        temporary.replace(path)
