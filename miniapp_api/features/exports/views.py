"""Exports: start a job, watch its progress, download the file (a link that works without a login)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from aiohttp import web

from core.domain.errors import NotFound
from core.domain.links import download_url
from core.exports.service import ExportJob
from http_shared.files import content_disposition
from http_shared.http import CORE, TEXTS, json_response
from miniapp_api.features.invoices.bodies import filters_from_mapping
from miniapp_api.http import ApiRequest

MEDIA_TYPES = {"csv": "text/csv; charset=utf-8",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "zip": "application/zip", "backup": "application/zip"}


def job_json(req: ApiRequest, job: ExportJob) -> dict[str, Any]:
    data = asdict(job)
    token = data.pop("download_token")
    for private in ("company_id", "account_id"):
        data.pop(private)
    data["percent"] = job.percent
    base = req.core.settings.public_base_url
    data["download_url"] = download_url(base, token) if job.status == "done" else None
    return data


async def start(req: ApiRequest) -> web.Response:
    filters = filters_from_mapping(req.body.get("filters") or {})
    job = await req.core.exports.start(req.body["format"], filters, req.actor)
    return json_response(job_json(req, job), status=202)


async def start_backup(req: ApiRequest) -> web.Response:
    """The company's own data as one ZIP (owner or admin); the same job and link as an export."""
    job = await req.core.exports.start_company_backup(req.actor)
    return json_response(job_json(req, job), status=202)


async def status(req: ApiRequest) -> web.Response:
    job = await req.core.exports.status(req.match["job_id"], req.actor)
    return json_response(job_json(req, job))


async def download(request: web.Request) -> web.StreamResponse:
    """Public but unguessable (192-bit token, 24 h): the WeChat browser has no bearer token."""
    core = request.app[CORE]
    try:
        job, path = await core.exports.by_download_token(request.match_info["token"])
    except NotFound:
        return web.Response(text=request.app[TEXTS].page("verify_404.html"), status=404, content_type="text/html")
    return web.FileResponse(path, headers={"Content-Type": MEDIA_TYPES[job.format],
                                           "Content-Disposition": content_disposition(job.filename),
                                           "Cache-Control": "private, no-store",
                                           "X-Robots-Tag": "noindex"})
