"""A server restart in the middle of every dialog leaves nothing broken (issue 18).

"Restart" = a new core and router over the same database and the same key-value store
address. On PostgreSQL + Redis (FAPIAO_TEST_REDIS_URL set) the dialog state is in Redis and
the dialog goes on where it was. On the embedded default (``memory://``, one process) the
state dies with the process: the next message gets a clear answer, never an error, and the
command works again from the start.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.router import Router
from core.accounts.passwords import Argon2Hasher
from core.adapters.kv import RedisStore
from core.container import build_core
from templates import texts
from tests.conftest import REDIS_URL
from tests.kit.chat import BUYER, OPENID, PHONE, company, number_in, register_in_chat, verify_dialog  # noqa: F401

BROKEN = ("出错", "Traceback", "Internal Server Error", "系统繁忙")


@pytest.fixture
def router(core):
    return Router(core, texts())


@pytest.fixture
async def restart(settings, clock, sms, email, wechat_api, tmp_path):
    stores: list[RedisStore] = []

    def new_router() -> Router:
        from fapiao.bootstrap import build_bureau
        from fapiao.integrations.pdf import ReportlabInvoiceRenderer, load_labels

        store = RedisStore.from_url(REDIS_URL or "memory://")  # memory:// starts empty, as a new process
        stores.append(store)
        core = build_core(settings, clock=clock, store=store, sms=sms, email=email, wechat=wechat_api,
                          hasher=Argon2Hasher.fast_for_tests(), renderer=ReportlabInvoiceRenderer(load_labels()),
                          bureau=build_bureau(settings, clock, store))
        return Router(core, texts())

    yield new_router
    for store in stores:
        await store.close()


def _sane(reply: Any) -> bool:
    return isinstance(reply, str) and reply.strip() != "" and not any(word in reply for word in BROKEN)


# dialog: (messages to reach the middle, the next message, what the reply contains when the dialog goes on)
MIDDLES: dict[str, tuple[list[str], str, str]] = {
    "issue_invoice": (["开票", "1", "张三"], "餐费 100", "已添加第 1 项"),
    "issue_invoice_card": (["开票 张三 餐费 388 普票"], "确认", "开票成功"),
    "create_company_again": (["创建企业", "武汉第二家有限公司"], "91420100MA4K2N3R9X", "类型"),
    "invite": (["邀请成员"], "开票员", "邀请码"),
    "second_factor": (["二次验证", "Kaipiao#2026"], "短信", "已开启短信"),
    "ticket": (["人工", "开票时提示税号错误"], "发票开具", "已创建工单"),
    "feedback": (["反馈", "建议"], "希望支持批量开票", "已收到"),
    "help": (["帮助"], "1", "【"),
    "file_tax": (["申报"], "增值税", "哪一期"),
    "input_invoice": (["录入进项", "1"], "26422000000000000456", "开票日期"),
    "join_company": (["加入企业"], "我的账户", "王会计"),
}


@pytest.mark.parametrize("name", sorted(MIDDLES))
async def test_restart_in_the_middle_of_a_dialog(router, company, restart, name):  # noqa: F811
    before, next_message, goes_on = MIDDLES[name]
    for message in before:
        assert _sane(await router.on_text(OPENID, message)), message
    after = restart()
    reply = await after.on_text(OPENID, next_message)
    assert _sane(reply), reply
    if REDIS_URL:
        assert goes_on in reply, reply  # the state was in Redis: the dialog goes on
    # either way the user can always start over on the new server
    await after.on_text(OPENID, "取消")
    assert _sane(await after.on_text(OPENID, before[0]))


async def test_restart_in_the_middle_of_void_and_red_letter(router, company, restart):  # noqa: F811
    after = restart()
    second = number_in((await verify_dialog(after, OPENID, [
        (f"开票 武汉某某科技有限公司 {BUYER} 技术服务费 1000 6% 专票", "请确认"), ("确认", "开票成功")]))[-1])
    await verify_dialog(after, OPENID, [(f"红冲 {second}", "1 开票有误"), ("销售折让", "全部")])
    again = restart()
    reply = await again.on_text(OPENID, "全部")
    assert _sane(reply)
    if REDIS_URL:
        assert "确认为发票" in reply
        await verify_dialog(again, OPENID, [("确认", "红字发票已开具")])


async def test_restart_in_the_middle_of_the_account_dialogs(router, sms, clock, restart):
    await verify_dialog(router, OPENID, [("注册", "手机号"), (PHONE, "验证码已发送")])
    after = restart()
    reply = await after.on_text(OPENID, sms.last_code(PHONE))
    assert _sane(reply)
    if REDIS_URL:
        assert "验证通过" in reply
    await after.on_text(OPENID, "取消")
    clock.advance(seconds=120)
    await register_in_chat(after, sms)
    await verify_dialog(after, OPENID, [("解绑", "已解除"), ("登录", "手机号"), (PHONE, "密码")])
    again = restart()
    reply = await again.on_text(OPENID, "Kaipiao#2026")
    assert _sane(reply)
    if REDIS_URL:
        assert "登录成功" in reply
    await again.on_text(OPENID, "取消")
    clock.advance(seconds=120)
    await verify_dialog(again, OPENID, [("忘记密码", "手机号"), (PHONE, "验证码已发送")])
    last = restart()
    reply = await last.on_text(OPENID, sms.last_code(PHONE))
    assert _sane(reply)
    if REDIS_URL:
        assert "新密码" in reply
