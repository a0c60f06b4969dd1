"""The in-app message centre and notification preferences."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from aiohttp import web

from core.domain.errors import ValidationFailed
from http_shared.http import json_response
from miniapp_api.http import ApiRequest
from miniapp_api.pagination import page_body, page_request


def _item(req: ApiRequest, item: Any) -> dict[str, Any]:
    texts = req.texts
    data = asdict(item)
    data["text"] = texts.render(item.template, item.params) if texts.has(item.template) else ""
    data["unread"] = item.unread
    return data


async def inbox(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    core = req.core
    unread_only = req.http.query.get("unread") == "1"
    page = page_request(req.http)
    before = page.position
    if before is not None and not (type(before) is int and before > 0):
        raise ValidationFailed.one("cursor", "cursor_invalid")
    # Newest first, keyed by id: one more than asked says whether a next page exists.
    items = await core.inbox.list(req.account_id, unread_only=unread_only, before_id=before, limit=page.limit + 1)
    shown = items[: page.limit]
    return json_response(page_body([_item(req, i) for i in shown],
                                   page.next(shown[-1].id if len(items) > page.limit else None),
                                   unread=await core.inbox.unread_count(req.account_id)))


async def mark_read(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    if req.body.get("all"):
        changed = await req.core.inbox.mark_read(req.account_id, "all")
    else:
        ids = req.body.get("ids")
        if not ids:
            raise ValidationFailed.one("ids", "required")
        changed = await req.core.inbox.mark_read(req.account_id, [int(i) for i in ids])
    return json_response({"marked": changed})


async def get_preferences(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    return json_response(asdict(await req.core.notification_preferences.get_preferences(req.account_id)))


async def set_preferences(req: ApiRequest) -> web.Response:
    assert req.account_id is not None
    body = req.body
    prefs = await req.core.notification_preferences.set_preferences(
        req.account_id, channels=body.get("channels"), reminder_days=body.get("reminder_days"),
        reminders_enabled=body.get("reminders_enabled"), actor=req.actor)
    return json_response(asdict(prefs))


async def subscribe_grants(req: ApiRequest) -> web.Response:
    """The subscribe-message templates the mini-program should ask for, and the unspent grants."""
    assert req.account_id is not None
    core = req.core
    templates = [{"kind": kind, "template_id": entry.template_id}
                 for kind, entry in core.settings.miniapp_subscribe_templates.items()]
    return json_response({"templates": templates,
                          "unspent": await core.subscribe_grants.unspent_by_template(req.account_id)})


async def record_subscribe_grants(req: ApiRequest) -> web.Response:
    """Record what ``wx.requestSubscribeMessage`` answered: one grant per accepted template."""
    assert req.account_id is not None
    core = req.core
    recorded = await core.subscribe_grants.record_subscribe_results(req.account_id, req.body["results"])
    return json_response({"recorded": recorded, "unspent": await core.subscribe_grants.unspent_by_template(req.account_id)},
                         status=201)
