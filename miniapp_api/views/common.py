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


def client_ip(request: web.Request, trusted: tuple[Any, ...] | None = None) -> str | None:
    """The caller's address, for the per-IP limits.

    ``X-Forwarded-For`` is believed only when the direct peer is one of ``TRUSTED_PROXIES`` (default:
    none), and then only its last entry, the one that proxy appended: earlier entries are whatever
    the client sent. (Trusting any loopback or private peer let a client behind a shared proxy, or
    on the same network, rotate the header to dodge the per-IP SMS, login and /v/ limits.)
    """
    if trusted is None:
        trusted = request.app[CORE].settings.trusted_proxy_networks
    remote = request.remote
    forwarded = request.headers.get("X-Forwarded-For", "")
    if forwarded and remote and trusted:
        try:
            peer = ipaddress.ip_address(remote)
        except ValueError:
            return remote
        if any(peer in network for network in trusted):
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
