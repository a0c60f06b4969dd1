"""Help centre: search, categories, entries; staff edit and retire entries."""

from __future__ import annotations

import re
from dataclasses import asdict
from functools import cache
from typing import Any

import yaml
from aiohttp import web

from core.domain.errors import NotFound, ValidationFailed
from core.help.service import ArticleInput
from http_shared.http import json_response
from miniapp_api.http import ApiRequest
from miniapp_api.pagination import page_body, page_of
from templates import TEMPLATE_DIR

#: The first 「…」 of a next_action (「发送「红冲」」): the chat command it names.
_QUOTED = re.compile(r"「([^「」]+)」")


@cache
def _command_codes() -> dict[str, str]:
    """Chat keyword → command name, from templates/commands.yaml (红冲 → red_letter)."""
    data = yaml.safe_load((TEMPLATE_DIR / "commands.yaml").read_text(encoding="utf-8"))
    return {str(word): name for name, command in data["commands"].items()
            for word in (command or {}).get("keywords", [])}


def next_action(text: str | None) -> dict[str, str] | None:
    """An entry's next step without the chat's wording (发送「红冲」 means nothing on a mini-program
    screen): ``{"action": "red_letter", "label": "红冲"}``, or None."""
    found = _QUOTED.search(text or "")
    if found is None:
        return None
    words = found.group(1).split()
    action = _command_codes().get(words[0]) if words else None
    return {"action": action, "label": words[0]} if action else None


def _entry(entry: Any) -> dict[str, Any]:
    data = asdict(entry)
    data["next_action"] = next_action(entry.next_action)
    return data


async def search(req: ApiRequest) -> web.Response:
    query = req.http.query.get("q", "").strip()
    if not query:
        raise ValidationFailed.one("q", "required")
    answer = await req.core.help.answer(query[:200])
    return json_response({"answer": _entry(answer.entry) if answer.entry else None,
                          "alternatives": [_entry(e) for e in answer.alternatives]})


async def categories(req: ApiRequest) -> web.Response:
    help_ = req.core.help
    names, cursor = page_of(req.http, help_.categories())
    items = []
    for name in names:
        entries = await help_.entries_in(name)
        items.append({"name": name, "questions": [{"id": e.id, "question": e.question} for e in entries]})
    return json_response(page_body(items, cursor))


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
