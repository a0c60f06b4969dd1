"""Filing: 申报, 缴款, 申报状态, 纳税期限, 提醒设置, 明细/为什么, 补充材料 (and images sent for it)."""

from __future__ import annotations

from bot.features.filing import file_tax, handlers, materials, pay_tax
from bot.routing import READ, WRITE, FeatureRouter
from core.domain.roles import Permission

router = FeatureRouter("filing")
router.dialog("file_tax", file_tax.DIALOG, login=True, access=WRITE, permission=Permission.FILE_TAX)
router.dialog("pay_tax", pay_tax.DIALOG, login=True, access=WRITE)
router.command("filing_status", handlers.filing_status, login=True, access=READ)
router.command("vat_period", handlers.vat_period, login=True, access=WRITE)
router.command("reminder_settings", handlers.reminder_settings, login=True, access=WRITE)
router.command("explain_figure", handlers.explain_figure, login=True, access=READ)
router.command("materials", materials.materials, login=True, access=READ)
# An image: the materials a return waits for, else a received invoice (进项).
router.media("image", materials.image, login=False, access=WRITE)
