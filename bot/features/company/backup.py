"""The backup command: the company's own data as one ZIP, an export job of format
``backup`` (the keyword, 备份, is in templates/commands.yaml).

The reply carries the download link when the archive is ready within a few seconds;
otherwise the reply says it is being packed and the link is pushed (customer-service
message) when it is done. Only the owner or an admin may take it (the core checks).
"""

from __future__ import annotations

import asyncio

from bot.context import BotContext
from core.domain.links import download_url
from core.exports.service import ExportJob

#: How long the reply waits for the archive before answering "packing" (WeChat allows 5 s).
WAIT_SECONDS = 2.5


async def company_backup(ctx: BotContext, _args: str) -> str:
    base = ctx.core.settings.public_base_url
    openid = ctx.openid
    finished = asyncio.Event()
    deferred = False

    def text_of(job: ExportJob) -> str:
        if job.status == "done":
            return ctx.say("backup.ready", job=job, url=download_url(base, job.download_token))
        return ctx.say("backup.failed")

    async def when_done(job: ExportJob) -> None:
        finished.set()
        if deferred:  # the reply has gone already: push the link
            await ctx.core.wechat.send_text(openid, text_of(job))

    job = await ctx.core.exports.start_company_backup(ctx.actor, when_done)
    try:
        await asyncio.wait_for(asyncio.shield(finished.wait()), timeout=WAIT_SECONDS)
    except TimeoutError:
        if not finished.is_set():
            deferred = True
            return ctx.say("backup.started", job=job)
    return text_of(await ctx.core.exports.status(job.id, ctx.actor))
