"""File responses with a Chinese filename that downloads correctly (RFC 6266 / 5987), with the headers a
served file or public page carries, and the one reading of an uploaded file (both web transports)."""

from __future__ import annotations

from aiohttp import BodyPartReader, web

from core.domain.errors import ValidationFailed
from core.exports.writers import content_disposition as attachment_disposition

#: What one uploaded file may weigh (fapiao/server.py lets a whole multipart body reach 11 MB).
UPLOAD_LIMIT_MB = 10
#: The bytes a part may have: the limit plus a little room for multipart framing.
MAX_UPLOAD_BYTES = UPLOAD_LIMIT_MB * 1024 * 1024 + 64 * 1024

#: Served files and public pages: the browser must not guess another type (an uploaded "PNG" that
#: is HTML) nor run anything the page does not itself carry (inline styles only, no scripts).
SAFE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                               "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
}


def content_disposition(filename: str, *, inline: bool = False) -> str:
    value = attachment_disposition(filename)
    return "inline" + value[len("attachment"):] if inline else value


def file_response(data: bytes, filename: str, content_type: str, *, inline: bool = False) -> web.Response:
    return web.Response(body=data, content_type=content_type,
                        headers={"Content-Disposition": content_disposition(filename, inline=inline),
                                 "Cache-Control": "private, max-age=300", **SAFE_HEADERS})


async def one_upload(http: web.Request, *, max_bytes: int | None, too_large: str = "attachment_too_large",
                     named: bool = True, **too_large_params: object) -> tuple[str | None, bytes]:
    """The first part of a multipart upload, read in chunks and refused as soon as it passes
    ``max_bytes`` (422 on ``file`` with ``too_large``). ``named``: the part must be called ``file``."""
    if not http.content_type.startswith("multipart/"):
        raise ValidationFailed.one("file", "multipart_required")
    part = await (await http.multipart()).next()
    if not isinstance(part, BodyPartReader) or (named and part.name != "file"):
        raise ValidationFailed.one("file", "required")
    if max_bytes is None:  # the server's body cap applies (413 upload_too_large)
        return part.filename, bytes(await part.read(decode=False))
    data = bytearray()
    while chunk := await part.read_chunk(64 * 1024):
        data.extend(chunk)
        if len(data) > max_bytes:
            raise ValidationFailed.one("file", too_large, **too_large_params)
    return part.filename, bytes(data)
