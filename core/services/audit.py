"""Append-only audit log, written in the same transaction as the change it records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from core.adapters.models import AuditEntry
from core.domain.actor import Actor
from core.ports import Clock


class AuditLog:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    async def record(
        self,
        actor: Actor,
        action: str,
        *,
        target: str = "",
        company_id: int | None = None,
        detail: Mapping[str, Any] | None = None,
        connection: BaseDBAsyncClient | None = None,
    ) -> None:
        await AuditEntry.create(
            at=self.clock.now(),
            actor_id=actor.account_id,
            company_id=company_id,
            channel=actor.channel,
            action=action,
            target=target,
            detail=dict(detail or {}),
            using_db=connection,
        )
