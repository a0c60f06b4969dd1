"""扫码开票: 开票码, 开票申请, 同意 / 拒绝 / 修改; WeChat's 卡包 and select-title events."""

from __future__ import annotations

from bot.features.scan import handlers
from bot.routing import READ, WRITE, FeatureRouter

router = FeatureRouter("scan")
router.command("scan_code", handlers.scan_code, login=True, access=WRITE)
router.command("scan_requests", handlers.scan_requests, login=True, access=READ)
router.command("scan_agree", handlers.scan_agree, login=True, access=WRITE)
router.command("scan_refuse", handlers.scan_refuse, login=True, access=WRITE)
router.command("scan_modify", handlers.scan_modify, login=True, access=WRITE)
# WeChat reporting what a buyer did: recorded even during maintenance (core exemption "callback").
router.event("user_authorize_invoice", handlers.authorize_invoice, access=WRITE, activity="callback")
router.event("submit_invoice_title", handlers.submit_invoice_title, access=WRITE, activity="callback")
