"""Error messages are channel-neutral; the bot adds its own 发送「…」 hints (issue 16).

The API and the bot render the same ``error.*`` / ``field.*`` sentence. Before, 17 of them told a
mini-program user to 发送「登录」「解绑」「红冲 号码」. Now the sentence says what to do in words any
screen can show, and the bot appends ``bot_hints.<key>`` from its own templates.
"""

from __future__ import annotations

import re

import pytest

from bot.context import BotContext, error_text, field_text
from core.domain.errors import AlreadyBound, FieldProblem, InvoiceNotVoidable, ValidationFailed
from core.port_data.invoice_platform import PlatformRejected
from templates import texts

#: A chat instruction: 发送「…」 / 发「…」, or a quoted bot command such as 「红冲 号码」.
CHAT_HINT = re.compile(r"发送?「|「(红冲|重开|登录|解绑|人工|编码|录入进项|企业认证)[ 」]")


def _neutral_keys() -> list[str]:
    return sorted(k for k in texts().messages if k.startswith(("error.", "field.")))


@pytest.mark.parametrize("key", _neutral_keys())
def test_error_and_field_templates_name_no_chat_command(key):
    source = texts().messages[key]
    assert not CHAT_HINT.search(source), f"{key} tells the user to send a chat command: {source[:120]}"


def test_every_hint_belongs_to_a_message():
    hints = [k for k in texts().messages if k.startswith("bot_hints.")]
    assert hints
    for key in hints:
        assert texts().has(key.removeprefix("bot_hints.")), f"{key} hints a message that does not exist"


def test_bot_appends_its_hint_to_a_domain_error():
    said = error_text(texts(), AlreadyBound())
    assert said.startswith(texts().error("already_bound")) and "发送「解绑」" in said
    said = error_text(texts(), InvoiceNotVoidable({"draft": False}))
    assert "发送「红冲 号码」" in said and "发送「重开 号码」" in said


def test_bot_appends_field_hints_with_their_params():
    exc = ValidationFailed(fields={"number": FieldProblem("input_not_deductible",
                                                   {"number": "26422000000000000123", "why": "dining"})})
    said = error_text(texts(), exc)
    assert "「不抵扣 26422000000000000123 原因序号」" in said
    assert "发送「编码 关键词」" in field_text(texts(), "tax_code_unknown", {"code": "1"})


def test_platform_rejection_hint_follows_the_provider_code():
    leaf = error_text(texts(), PlatformRejected("tax_code_not_leaf", line="1", code="1010101", name="谷物"))
    assert "发送「编码 关键词」" in leaf
    credit = error_text(texts(), PlatformRejected("credit_exceeded", remaining="10.00"))
    assert "发送「" not in credit


def test_say_adds_the_hint_for_an_error_key():
    ctx = BotContext(openid="o", core=None, texts=texts())  # type: ignore[arg-type]
    assert "发送「红冲 号码」" in ctx.say("error.invoice_not_voidable")
    assert "发送「" not in ctx.say("error.not_found", what="invoice")
