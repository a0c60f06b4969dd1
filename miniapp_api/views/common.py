"""Helpers every view uses: the core, the caller as an Actor, JSON replies."""

from __future__ import annotations

import ipaddress
from dataclasses import asdict, is_dataclass
from typing import Any

from aiohttp import web

from core.container import Core
from core.domain.actor import Actor
from core.domain.errors import ServiceUnavailable, ValidationFailed
from core.ports import MiniappSession
from miniapp_api.app import CORE, json_response
from miniapp_api.spec import ApiRequest


def core_of(req: ApiRequest) -> Core:
    return req.http.app[CORE]


def _is_proxy(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_private


def client_ip(request: web.Request) -> str | None:
    """The caller's address, for the per-IP limits.

    ``X-Forwarded-For`` is believed only when the direct peer is a proxy on a loopback or private
    address (nginx in front, README § Production), and then only its last entry, the one that proxy
    appended: earlier entries are whatever the client sent. (Taking the first entry let anyone dodge
    the per-IP SMS and login limits with a made-up header.)
    """
    remote = request.remote
    forwarded = request.headers.get("X-Forwarded-For", "")
    if forwarded and remote and _is_proxy(remote):
        last = forwarded.split(",")[-1].strip()
        if last:
            return last
    return remote


def actor_of(req: ApiRequest) -> Actor:
    return Actor(channel="api", account_id=req.account_id, ip=client_ip(req.http))


#: code2session errcodes that mean the mini-program sent a bad wx.login code (invalid or expired, already
#: used, user blocked as high-risk), not that WeChat is down: a 422 naming the field, not a 503.
BAD_LOGIN_CODE_ERRCODES = frozenset({40029, 40163, 40226})


async def miniapp_session(req: ApiRequest) -> MiniappSession:
    try:
        return await core_of(req).wechat.code_to_session(req.body["code"])
    except ServiceUnavailable as exc:
        if exc.params.get("errcode") in BAD_LOGIN_CODE_ERRCODES:
            raise ValidationFailed.one("code", "wechat_code_invalid") from None
        raise


def to_json(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return value


__all__ = ["actor_of", "client_ip", "core_of", "json_response", "miniapp_session", "to_json"]
