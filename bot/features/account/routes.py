"""Account: 注册, 登录, 忘记密码, 我的账户, 二次验证, 修改密码, 解绑; following the account (subscribe)."""

from __future__ import annotations

from bot.features.account import change_password, events, forgot_password, handlers, login, register, second_factor
from bot.routing import READ, WRITE, FeatureRouter

router = FeatureRouter("account")
# Logging in and registering are writes: they wait during a maintenance window.
router.dialog("register", register.DIALOG, login=False, access=WRITE)
router.dialog("login", login.DIALOG, login=False, access=WRITE)
router.dialog("forgot_password", forgot_password.DIALOG, login=False, access=WRITE)
router.dialog("second_factor", second_factor.DIALOG, login=True, access=WRITE)
router.dialog("change_password", change_password.DIALOG, login=True, access=WRITE)
router.command("my_account", handlers.my_account, login=True, access=READ)
# 解绑 works without a login too (it unbinds nobody, and says so).
router.command("unbind", handlers.unbind, login=False, access=WRITE)
router.event("subscribe", events.subscribe, access=READ)
router.event("subscribe_scan", events.subscribe, access=READ)
router.event("unsubscribe", events.unsubscribe, access=READ)
