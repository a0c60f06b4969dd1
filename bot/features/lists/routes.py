"""Lists: after 最近发票 / 查询, a bare number shows that invoice, 更多 the next page."""

from __future__ import annotations

from bot.features.lists import handlers
from bot.routing import READ, FeatureRouter

router = FeatureRouter("lists")
router.command("pick_from_list", handlers.pick, login=True, access=READ)
router.command("list_more", handlers.more, login=True, access=READ)
