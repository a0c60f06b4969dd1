"""The FAQ reply remembered by its entries is the reply rendered afresh (bot/router.py, issue 14)."""

from __future__ import annotations

import dataclasses
import typing

from bot.context import BotContext
from bot.router import Router
from core.help.entries import FaqEntry
from core.help.service import HelpAnswer
from templates import texts

QUESTIONS = ["发票丢了怎么办", "怎么开专票", "增值税什么时候申报", "今天天气怎么样", "税收编码", "红字发票怎么开",
             "忘记密码", "完全无关的一句话 xyz", "发票丢了怎么办"]


def test_an_entry_prints_the_same_when_equal() -> None:
    """The memo's key compares entries by value: every field must be text (or a tuple of text, or
    None), which prints the same when equal (a Decimal field would not: 1.0 == 1.00)."""
    hints = typing.get_type_hints(FaqEntry)
    allowed = {str, tuple[str, ...], str | None}
    assert dataclasses.is_dataclass(FaqEntry) and FaqEntry.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert {name: hint for name, hint in hints.items() if hint not in allowed} == {}


async def test_remembered_replies_are_the_rendered_ones(core) -> None:  # type: ignore[no-untyped-def]
    router = Router(core, texts())
    ctx = BotContext(openid="o-faq", core=core, texts=texts())
    for _ in range(2):  # the second round answers from the memo
        for question in QUESTIONS:
            answer = await core.help.answer(question)
            assert await router.fallback(ctx, question) == Router.faq_reply(ctx, answer), question
    assert router._faq_replies


async def test_an_edited_entry_is_rendered_again(core) -> None:  # type: ignore[no-untyped-def]
    router = Router(core, texts())
    ctx = BotContext(openid="o-faq", core=core, texts=texts())
    answer = await core.help.answer("发票丢了怎么办")
    assert answer.entry is not None
    first = await router.fallback(ctx, "发票丢了怎么办")

    edited = dataclasses.replace(answer.entry, answer=answer.entry.answer + "（已更新）")

    async def edited_answer(_question: str) -> HelpAnswer:
        return HelpAnswer(entry=edited, alternatives=answer.alternatives)

    core.help.answer = edited_answer
    again = await router.fallback(ctx, "发票丢了怎么办")
    assert again != first and "（已更新）" in again
    assert again == Router.faq_reply(ctx, HelpAnswer(entry=edited, alternatives=answer.alternatives))


def test_a_dialog_answer_is_recognised_as_before() -> None:
    """Router._answers_a_dialog checks the word before the command: the same verdict as the command
    look-up first and each kind of word in turn."""
    from bot.vocabulary import DIALOG_ANSWERS, vocabulary

    words = vocabulary()

    def before(text: str) -> bool:
        if words.command_for(text)[0] is not None:
            return False
        return any(words.is_word(kind, text) for kind in DIALOG_ANSWERS)

    texts_ = [*words.keywords, *(w for ws in words.words.values() for w in ws), "发票丢了怎么办", "", " ", "确认 ",
              " 返回", "OK", "ok", "好的", "帮助 确认"]
    texts_ += [f" {t.upper()} " for t in texts_]
    assert any(before(t) for t in texts_) and not all(before(t) for t in texts_)
    for text in texts_:
        assert Router._answers_a_dialog(text) == before(text), text
