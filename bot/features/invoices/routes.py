"""Invoices: 开票, 重开, 最近发票, 查询, 导出, 发送发票, 保存买方, 编码, 审核, 红字确认, 作废 / 修改发票 (which explain)."""

from __future__ import annotations

from bot.features.invoices import handlers, issue
from bot.routing import READ, WRITE, FeatureRouter, show
from core.domain.roles import Permission

router = FeatureRouter("invoices")
router.dialog("issue_invoice", issue.DIALOG, login=True, access=WRITE, permission=Permission.ISSUE_INVOICE)
router.dialog("reissue", issue.REISSUE, login=True, access=WRITE)
router.command("recent_invoices", handlers.recent, login=True, access=READ)
router.command("query_invoice", handlers.query, login=True, access=READ)
router.command("invoice_statistics", show("bot.statistics.month", lambda ctx, _: ctx.core.invoices.statistics(ctx.actor)),
               login=True, access=READ)
router.command("tax_code_search", handlers.tax_code_search, login=False, access=READ)
# 作废 and 修改发票 only explain the correction paths.
router.command("void_invoice", handlers.void, login=False, access=READ)
router.command("edit_invoice", handlers.edit, login=True, access=READ)
router.command("save_buyer", handlers.save_buyer, login=True, access=WRITE)
router.command("export_invoices", handlers.export, login=True, access=WRITE)
router.command("deliver_invoice", handlers.deliver, login=True, access=WRITE)
router.command("red_confirmations", handlers.red_confirmations, login=True, access=WRITE)
router.command("approvals", handlers.approvals, login=True, access=WRITE)
