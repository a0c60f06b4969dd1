"""Help centre: search, categories, entries; staff edit and retire entries."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from aiohttp import web

from core.domain.errors import NotFound, ValidationFailed
from core.services.help import ArticleInput
from miniapp_api.http import ApiRequest, json_response


def _entry(entry: Any) -> dict[str, Any]:
    return asdict(entry)


async def search(req: ApiRequest) -> web.Response:
    query = req.http.query.get("q", "").strip()
    if not query:
        raise ValidationFailed.one("q", "required")
    answer = await req.core.help.answer(query[:200])
    return json_response({"answer": _entry(answer.entry) if answer.entry else None,
                          "alternatives": [_entry(e) for e in answer.alternatives]})


async def categories(req: ApiRequest) -> web.Response:
    help_ = req.core.help
    items = []
    for name in help_.categories():
        entries = await help_.entries_in(name)
        items.append({"name": name, "questions": [{"id": e.id, "question": e.question} for e in entries]})
    return json_response({"items": items})


async def article(req: ApiRequest) -> web.Response:
    entry = await req.core.help.get(req.match["article_id"])
    if entry is None:
        raise NotFound({"what": "faq"})
    return json_response(_entry(entry))


async def save(req: ApiRequest) -> web.Response:
    body = req.body
    entry = await req.core.help.save(ArticleInput(
        id=req.match["article_id"], category=body["category"], question=body["question"], answer=body["answer"],
        keywords=tuple(body.get("keywords") or ()), synonyms=tuple(body.get("synonyms") or ()),
        next_action=body.get("next_action")), req.actor)
    return json_response(_entry(entry))


async def retire(req: ApiRequest) -> web.Response:
    await req.core.help.retire(req.match["article_id"], req.actor)
    return web.Response(status=204)
