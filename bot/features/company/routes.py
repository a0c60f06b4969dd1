"""Company: 创建企业, 加入企业, 邀请成员, 成员, 切换企业, 转让企业, 开票人, 企业认证, 备份."""

from __future__ import annotations

from bot.features.company import backup, dialogs, handlers, members
from bot.routing import WRITE, FeatureRouter
from core.domain.roles import Permission

router = FeatureRouter("company")
router.dialog("create_company", dialogs.CREATE, login=True, access=WRITE)
router.dialog("join_company", dialogs.JOIN, login=True, access=WRITE)
router.dialog("invite", dialogs.INVITE, login=True, access=WRITE, permission=Permission.MANAGE_MEMBERS)
router.dialog("switch_company", members.SWITCH, login=True, access=WRITE)
router.dialog("members", members.MEMBERS, login=True, access=WRITE)
router.dialog("transfer_company", members.TRANSFER, login=True, access=WRITE)
router.command("issuer_name", handlers.issuer_name, login=True, access=WRITE)
router.command("company_auth", handlers.company_auth, login=True, access=WRITE)
router.command("company_backup", backup.company_backup, login=True, access=WRITE)
