"""File responses with a Chinese filename that downloads correctly (RFC 6266 / 5987)."""

from __future__ import annotations

from urllib.parse import quote

from aiohttp import web


def content_disposition(filename: str, *, inline: bool = False) -> str:
    ascii_fallback = "".join(ch if ch.isascii() and ch.isprintable() and ch not in '"\\' else "_" for ch in filename)
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def file_response(data: bytes, filename: str, content_type: str, *, inline: bool = False) -> web.Response:
    return web.Response(body=data, content_type=content_type,
                        headers={"Content-Disposition": content_disposition(filename, inline=inline),
                                 "Cache-Control": "private, max-age=300"})
