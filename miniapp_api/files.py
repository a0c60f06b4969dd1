"""File responses with a Chinese filename that downloads correctly (RFC 6266 / 5987)."""

from __future__ import annotations

from aiohttp import web

from core.exports import content_disposition as attachment_disposition

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
