"""Input invoices (进项): 进项, 录入进项, 勾选 / 不抵扣 / 撤销勾选, 申请统计 / 确认签名 / 撤销统计."""

from __future__ import annotations

from bot.features.inputs import dialogs, handlers
from bot.routing import WRITE, FeatureRouter
from core.domain.roles import Permission

router = FeatureRouter("inputs")
router.dialog("input_invoice", dialogs.DIALOG, login=True, access=WRITE, permission=Permission.FILE_TAX)
router.dialog("input_overview", dialogs.OVERVIEW, login=True, access=WRITE)
router.command("input_select", handlers.input_select, login=True, access=WRITE)
router.command("input_refuse", handlers.input_refuse, login=True, access=WRITE)
router.command("input_undo", handlers.input_undo, login=True, access=WRITE)
router.command("input_stats_apply", handlers.input_stats_apply, login=True, access=WRITE)
router.command("input_stats_sign", handlers.input_stats_sign, login=True, access=WRITE)
router.command("input_stats_undo", handlers.input_stats_undo, login=True, access=WRITE)
