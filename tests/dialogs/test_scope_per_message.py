"""The company scope in chat: resolved by one statement per message however many checks the message
makes (the router's declared need, the dialog step's, the services'), and never carried over to the
next message (a member removed between two messages is refused in the second)."""

from __future__ import annotations

from core.accounts.models import Account
from core.domain.actor import Actor
from core.domain.roles import Role
from tests.kit.chat import BUYER, OPENID, register_in_chat, verify_dialog
from tests.kit.chat import company as company
from tests.kit.chat import router as router
from tests.kit.counting import count_scope_lookups
from tests.kit.factories import add_member


async def test_one_scope_statement_per_message(router, company, monkeypatch) -> None:
    calls = count_scope_lookups(monkeypatch)
    per_message = {}
    for text, expected in (("开票", "1 普票"), ("2", "购买方"), (f"深圳某某科技有限公司 {BUYER}", "名称 金额"),
                           ("技术服务费 1000 6%", "已添加第 1 项"), ("完成", "请确认开票"), ("最近发票", ""),
                           ("申报状态", ""), ("我的账户", "武汉光谷软件有限公司"), ("帮助", "我能帮您")):
        calls.clear()
        await verify_dialog(router, OPENID, [(text, expected)])
        per_message[text] = len(calls)
    # 开票 checks ISSUE_INVOICE in the router, then its first step reads the products and the
    # recent buyers (each a scoped service call); a line and 完成 preview the draft: one statement
    # each. The kind and the buyer are parsed without a company read; 我的账户 and 帮助 need none.
    assert per_message == {"开票": 1, "2": 0, f"深圳某某科技有限公司 {BUYER}": 0, "技术服务费 1000 6%": 1,
                           "完成": 1, "最近发票": 1, "申报状态": 1, "我的账户": 0, "帮助": 0}


async def test_a_member_removed_between_two_messages_is_refused_in_the_second(router, company, sms, clock) -> None:
    owner = Actor(channel="api", account_id=(await Account.get(phone="13800138000")).id)
    clock.advance(seconds=61)
    await register_in_chat(router, sms, openid="o-colleague", phone="13900139000")
    colleague = Actor(channel="api", account_id=(await Account.get(phone="13900139000")).id)
    await add_member(router.core, owner, colleague, Role.ISSUER)
    await verify_dialog(router, "o-colleague", [("最近发票", lambda reply: "没有所属企业" not in reply)])
    await router.core.members.remove(owner, colleague.account_id or 0)
    await verify_dialog(router, "o-colleague", [("最近发票", "没有所属企业")])
