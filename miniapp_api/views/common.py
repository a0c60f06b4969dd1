"""Helpers every view uses: the core, the caller as an Actor, JSON replies."""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from typing import Any

from core.container import Core
from core.domain.actor import Actor
from miniapp_api.app import CORE, json_response
from miniapp_api.spec import ApiRequest


def core_of(req: ApiRequest) -> Core:
    return req.http.app[CORE]


def actor_of(req: ApiRequest) -> Actor:
    forwarded = req.http.headers.get("X-Forwarded-For", "")
    ip = forwarded.split(",")[0].strip() if forwarded else req.http.remote
    return Actor(channel="api", account_id=req.account_id, ip=ip)


def to_json(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return value


__all__ = ["actor_of", "core_of", "json_response", "to_json"]
