"""Tickets, feedback, announcements and notification preferences; staff handling routes."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from aiohttp import BodyPartReader, web

from core.domain.errors import NotFound, ValidationFailed
from http_shared.files import MAX_UPLOAD_BYTES, file_response
from http_shared.http import json_response
from miniapp_api.http import ApiRequest
from miniapp_api.pagination import WHOLE_LIST, page_body, page_of, stamp


def _int(req: ApiRequest, name: str, what: str) -> int:
    raw = req.match[name]
    if not (raw.isascii() and raw.isdecimal()) or len(raw) > 12:
        raise NotFound({"what": what})
    return int(raw)


def _when(body: dict[str, Any], name: str) -> datetime:
    try:
        return datetime.fromisoformat(str(body[name]))
    except ValueError:
        raise ValidationFailed.one(name, "datetime_format") from None


async def open_ticket(req: ApiRequest) -> web.Response:
    body = req.body
    ticket = await req.core.support.tickets.open(req.actor, body["subject"], body["description"],
                                                     body["category"])
    return json_response(asdict(ticket), status=201)


def _recent(item: Any) -> tuple[int, int]:
    """The order of tickets and feedback: last updated first (then newest)."""
    return stamp(item.updated_at), item.id


async def my_tickets(req: ApiRequest) -> web.Response:
    rows, cursor = page_of(req.http, await req.core.support.tickets.mine(req.actor), _recent, descending=True)
    return json_response(page_body([asdict(t) for t in rows], cursor))


async def ticket(req: ApiRequest) -> web.Response:
    view = await req.core.support.tickets.get(req.actor, _int(req, "ticket_id", "ticket"))
    return json_response(asdict(view))


async def reply(req: ApiRequest) -> web.Response:
    view = await req.core.support.tickets.reply(req.actor, _int(req, "ticket_id", "ticket"), req.body["text"])
    return json_response(asdict(view))


async def upload(req: ApiRequest) -> web.Response:
    """multipart/form-data with one or more ``file`` parts (images or PDF, ≤ 10 MB each)."""
    ticket_id = _int(req, "ticket_id", "ticket")
    if not req.http.content_type.startswith("multipart/"):
        raise ValidationFailed.one("file", "multipart_required")
    reader = await req.http.multipart()
    files: list[tuple[str, bytes]] = []
    text = ""
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            raise ValidationFailed.one("file", "multipart_required")
        if part.name == "text":
            text = (await part.text())[:2000]
            continue
        data = await part.read(decode=False)
        if len(data) > MAX_UPLOAD_BYTES:
            raise ValidationFailed.one("file", "attachment_too_large", max_mb=10)
        files.append((part.filename or "file", bytes(data)))
    if not files:
        raise ValidationFailed.one("file", "required")
    view = await req.core.support.tickets.reply(req.actor, ticket_id, text, files)
    return json_response(asdict(view), status=201)


async def attachment(req: ApiRequest) -> web.StreamResponse:
    name, media_type, data = await req.core.support.tickets.attachment(
        req.actor, _int(req, "attachment_id", "attachment"))
    return file_response(data, name, media_type)


async def staff_tickets(req: ApiRequest) -> web.Response:
    status = req.http.query.get("status") or None
    rows, cursor = page_of(req.http, await req.core.support.tickets.all(req.actor, status, limit=WHOLE_LIST),
                           _recent, descending=True)
    return json_response(page_body([asdict(t) for t in rows], cursor))


async def staff_ticket_status(req: ApiRequest) -> web.Response:
    view = await req.core.support.tickets.set_status(req.actor, _int(req, "ticket_id", "ticket"),
                                                         req.body["status"])
    return json_response(asdict(view))


async def submit_feedback(req: ApiRequest) -> web.Response:
    item = await req.core.support.feedback.submit(req.actor, req.body["kind"], req.body["text"])
    return json_response(asdict(item), status=201)


async def my_feedback(req: ApiRequest) -> web.Response:
    rows, cursor = page_of(req.http, await req.core.support.feedback.mine(req.actor), _recent, descending=True)
    return json_response(page_body([asdict(f) for f in rows], cursor))


async def staff_feedback(req: ApiRequest) -> web.Response:
    item = await req.core.support.feedback.advance(req.actor, _int(req, "feedback_id", "feedback"),
                                                       req.body["status"], req.body.get("note", ""))
    return json_response(asdict(item))


async def announcements(req: ApiRequest) -> web.Response:
    rows, cursor = page_of(req.http, await req.core.announcements.current(), lambda a: (stamp(a.starts_at), a.id))
    return json_response(page_body([asdict(a) for a in rows], cursor))


async def create_announcement(req: ApiRequest) -> web.Response:
    body = req.body
    item = await req.core.announcements.create(req.actor, body["title"], body["body"],
                                                   _when(body, "starts_at"), _when(body, "ends_at"),
                                                   bool(body.get("maintenance", False)))
    return json_response(asdict(item), status=201)


async def publish_announcement(req: ApiRequest) -> web.Response:
    result = await req.core.announcements.publish(req.actor, _int(req, "announcement_id", "announcement"),
                                                      bool(req.body.get("notify", True)))
    return json_response({"announcement": asdict(result.announcement), "notified": result.notified,
                          "failed": result.failed})


async def notification_settings(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    await req.core.announcements.set_opt_out(req.account_id, not bool(req.body["announcements"]),
                                                 req.actor)
    return web.Response(status=204)
