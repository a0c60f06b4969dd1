"""The bot still tells users what to send (issue 16): error sentences became channel-neutral, and the
bot appends its own 发送「…」 hint from templates/messages/bot_hints.zh.yaml; the FAQ keeps its 👉."""

from __future__ import annotations

import pytest

from bot.router import Router
from templates import texts
from tests.kit.chat import OPENID, verify_dialog
from tests.kit.chat import company as company


@pytest.fixture
def router(core):
    return Router(core, texts())


async def test_a_domain_error_in_chat_names_the_command(router, company):
    # 作废 of an electronic invoice: the neutral sentence, then the bot's hint.
    await verify_dialog(router, OPENID, [
        ("作废", ("不能作废", "发送「红冲 号码」", "发送「重开 号码」")),
    ])


async def test_not_logged_in_and_faq_keep_their_chat_wording(router):
    await verify_dialog(router, "o-stranger", [
        ("怎么注册账号", ("👉 发送「注册」",)),
    ])
