"""The aiohttp application: the WeChat endpoint and the mini-program API on one server."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator

from aiohttp import web

import bot.webhook
import miniapp_api.app
from core.settings import Settings
from fapiao.bootstrap import Runtime, start_runtime

log = logging.getLogger("fapiao")
RUNTIME = web.AppKey("runtime", Runtime)


def build_app(runtime: Runtime, *, background: bool = True) -> web.Application:
    """Both transports over one started runtime. The caller owns the runtime's lifetime.

    ``background`` runs the notification relay and the scheduler as tasks of the app
    (tests drive those explicitly instead, with the frozen clock).
    """
    # Uploads (ticket attachments) may reach 10 MB; JSON bodies and WeChat posts keep their own,
    # much smaller cap (MAX_BODY_BYTES), checked by each transport.
    app = web.Application(client_max_size=11 * 1024 * 1024)
    app[RUNTIME] = runtime
    endpoint = bot.webhook.setup(app, runtime.core, runtime.texts)
    miniapp_api.app.setup(app, runtime.core, runtime.texts)

    async def drain(_app: web.Application) -> None:
        # Graceful shutdown: deferred replies and running exports finish first.
        await endpoint.drain()
        await runtime.core.exports.drain()

    app.on_shutdown.append(drain)

    async def background_tasks(_app: web.Application) -> AsyncIterator[None]:
        from fapiao.bootstrap import build_relay
        from fapiao.scheduler import run_background

        stop = asyncio.Event()
        tasks = [asyncio.create_task(run_background(runtime.core, stop)),
                 asyncio.create_task(build_relay(runtime.core, runtime.texts).run_forever(stop))]
        yield
        stop.set()
        _, pending = await asyncio.wait(tasks, timeout=15)
        for task in pending:  # a stuck round must not block shutdown
            task.cancel()

    if background:
        app.cleanup_ctx.append(background_tasks)
    return app


async def serve(settings: Settings, host: str, port: int) -> None:
    runtime = await start_runtime(settings)
    # Load jieba and the FAQ index now, not on the first user's question.
    await runtime.core.help.warm_up()
    app = build_app(runtime)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    mode = "safe (AES)" if settings.safe_mode else "plaintext"
    log.info("serving on http://%s:%s  (WeChat endpoint /wechat in %s mode, API /api/v1)", host, port, mode)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        log.info("shutting down: finishing requests in flight")
        await runner.cleanup()
        await runtime.close()
