"""The audit trail: a company's owner/admin reads their company's, platform staff read all."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from core.audit.trail import AuditFilter, AuditItem, AuditPage
from core.domain.errors import NotFound, ValidationFailed
from http_shared.http import json_response
from miniapp_api.http import ApiRequest
from miniapp_api.pagination import PageRequest, page_body, page_request


def _int_param(q: Any, name: str) -> int | None:
    raw = q.get(name)
    if raw is None or raw == "":
        return None
    if not (raw.isascii() and raw.isdecimal()) or len(raw) > 12:
        raise ValidationFailed.one(name, "type_integer")
    return int(raw)


def filters_from(req: ApiRequest, page: PageRequest) -> AuditFilter:
    q = req.http.query
    return AuditFilter(action=q.get("action", ""), actor_id=_int_param(q, "actor_id"), since=q.get("since", ""),
                       until=q.get("until", ""), cursor=page.text_position(), limit=page.limit)


def _item_json(req: ApiRequest, item: AuditItem) -> dict[str, Any]:
    texts = req.texts
    key = f"audit.{item.action}"
    return {
        "id": item.id, "seq": item.seq, "at": item.at, "actor_id": item.actor_id,
        "company_id": item.company_id, "channel": item.channel, "action": item.action,
        "action_label": texts.render(key) if texts.has(key) else item.action,
        "target": item.target, "detail": item.detail,
    }


def _page_json(req: ApiRequest, request: PageRequest, page: AuditPage) -> web.Response:
    return json_response(page_body([_item_json(req, i) for i in page.items], request.next(page.next_cursor)))


async def company_trail(req: ApiRequest) -> web.Response:
    raw = req.match["company_id"]
    if not (raw.isascii() and raw.isdecimal()) or len(raw) > 12:
        raise NotFound({"what": "company"})
    request = page_request(req.http)
    page = await req.core.audit_trail.company_trail(int(raw), filters_from(req, request), req.actor)
    return _page_json(req, request, page)


async def all_entries(req: ApiRequest) -> web.Response:
    company_id = _int_param(req.http.query, "company_id")
    request = page_request(req.http)
    page = await req.core.audit_trail.all_entries(filters_from(req, request), req.actor, company_id=company_id)
    return _page_json(req, request, page)
