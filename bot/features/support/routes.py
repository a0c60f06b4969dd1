"""Support: 人工 (ticket), 我的工单, 回复工单, 反馈, 我的反馈, 公告. Without a login too.

Its writes go on during maintenance: "support" is one of the core's named exemptions
(core/domain/maintenance.py), so people can still reach a person.
"""

from __future__ import annotations

from bot.features.support import dialogs, handlers
from bot.routing import READ, WRITE, FeatureRouter

router = FeatureRouter("support")
router.dialog("ticket", dialogs.TICKET, login=False, access=WRITE)
router.dialog("feedback", dialogs.FEEDBACK, login=False, access=WRITE)
router.command("my_tickets", handlers.my_tickets, login=False, access=READ)
router.command("reply_ticket", handlers.reply_ticket, login=False, access=WRITE)
router.command("my_feedback", handlers.my_feedback, login=False, access=READ)
# 公告 lists; 公告 关闭通知 / 开启通知 switches the notices off or on (a write).
router.command("announcements", handlers.announcements, login=False, access=WRITE)
