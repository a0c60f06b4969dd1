"""Help: 帮助 (what the bot does + the help-centre menu), 常见问题, 取消 outside a dialog."""

from __future__ import annotations

from bot.features.help import dialog, handlers
from bot.routing import READ, FeatureRouter

router = FeatureRouter("help")
router.dialog("help", dialog.DIALOG, login=False, access=READ)
router.command("faq", handlers.faq, login=False, access=READ)
router.command("cancel", handlers.cancel, login=False, access=READ)
