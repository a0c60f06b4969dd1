"""Notifications: 消息 (the message centre), 通知设置 (the channels)."""

from __future__ import annotations

from bot.features.notifications import handlers
from bot.routing import READ, WRITE, FeatureRouter

router = FeatureRouter("notifications")
# Reading the messages marks them read: part of reading, allowed during maintenance.
router.command("messages", handlers.messages, login=True, access=READ)
router.command("notify_channels", handlers.notify_channels, login=True, access=WRITE)
