"""Mini-program subscribe-message grants: each template the user accepted in
``wx.requestSubscribeMessage`` is one grant, spent by one push of the miniapp channel
(``core/notifications/channels.py`` ``MiniappSubscribeChannel``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC
from typing import Any

from core.domain.errors import ValidationFailed
from core.notifications.models import SubscribeGrant
from core.ports import Clock


class SubscribeGrants:
    """An account's subscribe consents: record them, count the unspent ones."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    async def grant_subscription(self, account_id: int, template_ids: Sequence[str]) -> int:
        """Record the templates the user accepted in ``wx.requestSubscribeMessage`` (one grant
        each, spent by one push). Returns the number of grants recorded."""
        now = self.clock.now().astimezone(UTC)
        ids = [t for t in template_ids if t and len(t) <= 64]
        if len(ids) != len(template_ids):
            raise ValidationFailed.one("template_ids", "invalid")
        await SubscribeGrant.bulk_create(
            [SubscribeGrant(account_id=account_id, template_id=t, granted_at=now) for t in ids])
        return len(ids)

    async def unspent_grants(self, account_id: int, template_id: str) -> int:
        return await SubscribeGrant.filter(account_id=account_id, template_id=template_id,
                                           spent_at__isnull=True).count()

    async def record_subscribe_results(self, account_id: int, results: Mapping[str, Any]) -> int:
        """What ``wx.requestSubscribeMessage`` answered (``{template_id: "accept" | "reject" |
        "ban" | "filter"}``, plus its ``errMsg``): one grant per accepted template."""
        accepted = [str(tid) for tid, answer in results.items() if answer == "accept" and tid != "errMsg"]
        return await self.grant_subscription(account_id, accepted) if accepted else 0

    async def unspent_by_template(self, account_id: int) -> dict[str, int]:
        """Unspent subscribe grants per template id (the mini-program asks again at 0)."""
        rows = await SubscribeGrant.filter(account_id=account_id, spent_at__isnull=True).values_list(
            "template_id", flat=True)
        counts: dict[str, int] = {}
        for template_id in rows:
            counts[str(template_id)] = counts.get(str(template_id), 0) + 1
        return counts
