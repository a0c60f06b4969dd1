"""Development only (the console WeChat API, never in production): what ``fapiao chat`` needs of the
server besides ``/wechat`` — the pushes a user would have received (``/dev/pushes``) and a place to
put an image's media, as WeChat keeps it (``/dev/media``). Unauthenticated, so registered only by
``bot.webhook.setup`` when ``WECHAT_API=console`` outside production."""

from __future__ import annotations

import json

from aiohttp import web

from core.container import Core


def add_dev_routes(app: web.Application, core: Core) -> None:
    async def dev_media(request: web.Request) -> web.Response:
        """Development only (console WeChat API): keep an uploaded file as WeChat keeps the media of
        an image message, and answer its ``media_id`` (``fapiao chat``'s ``/image``)."""
        put_media = getattr(core.wechat, "put_media", None)
        if put_media is None:
            return web.json_response({"error": "not the console WeChat API"}, status=404)
        data = await request.read()
        try:
            media_id = await put_media(data)
        except Exception as exc:  # WeChatApiError: too large
            return web.json_response({"error": str(exc)}, status=413)
        return web.json_response({"media_id": media_id})

    async def dev_pushes(request: web.Request) -> web.Response:
        """Development only (console WeChat API): the pushes a user would have received."""
        openid = request.query.get("openid", "")
        raw_after = request.query.get("after", "0")
        after = int(raw_after) if raw_after.isdecimal() else 0
        items = [json.loads(i) for i in await core.store.lrange(f"push:{openid}", 0, -1)] if openid else []
        # Page by sequence number, not list position: the list is trimmed to its last entries.
        fresh = [item for item in items if int(item.get("seq", 0)) > after]
        latest = max([after, *(int(item.get("seq", 0)) for item in items)])
        return web.json_response({"next": latest, "messages": fresh})

    app.router.add_get("/dev/pushes", dev_pushes)
    app.router.add_post("/dev/media", dev_media)
