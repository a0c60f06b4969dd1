"""The intent layer's pattern screen (bot/nlu/prefilter.py) answers exactly as searching every
pattern in order did: a pattern is skipped only when its match cannot begin in the message."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.nlu import intents
from bot.nlu.intents import understand
from bot.nlu.prefilter import Screen, first_chars
from bot.nlu.text import normalize

ROOT = Path(__file__).resolve().parents[2]


def test_first_chars_of_the_shapes_the_intents_use() -> None:
    assert first_chars(re.compile("导出")) == frozenset("导")
    assert first_chars(re.compile("(下载|导|拉).{0,8}(发票|明细)")) == frozenset("下导拉")
    assert first_chars(re.compile("^(我要|帮我)?开(个|一)?票$")) == frozenset("我帮开")  # an optional group
    assert first_chars(re.compile("(系统)?公告")) == frozenset("系公")
    assert first_chars(re.compile("[a-c]x")) == frozenset("abc")
    assert first_chars(re.compile(r"(?<![\d.])发票")) == frozenset("发")  # a look-behind is no character
    # Unknown: searched as before
    assert first_chars(re.compile(r"^\d{1,2}$")) is None  # a category
    assert first_chars(re.compile(".{2}票")) is None  # any character
    assert first_chars(re.compile("[^票]")) is None  # a negated class
    assert first_chars(re.compile("(开)?")) is None  # may match the empty string
    assert first_chars(re.compile("开票", re.IGNORECASE)) is None
    assert first_chars(re.compile("(?i:a)b")) is None
    assert first_chars(re.compile(r"(a)\1")) == frozenset("a")  # only the beginning matters
    assert first_chars(re.compile(r"(?P<x>a)?(?P=x)")) is None


def _naive_first(patterns: list[re.Pattern[str]], text: str, start: int = 0) -> int | None:
    return next((i for i, p in enumerate(patterns) if i >= start and p.search(text)), None)


def _all_patterns() -> list[re.Pattern[str]]:
    model = intents._model()
    return [p for intent in model.intents for p in intent.patterns]


_ALPHABET = "".join(sorted({c for p in _all_patterns() for c in p.pattern if not c.isascii()})) + "0123456789 ab"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=20), st.integers(min_value=0, max_value=80))
def test_the_screen_finds_the_first_matching_pattern_as_searching_all_does(text: str, start: int) -> None:
    patterns = _all_patterns()
    screen = Screen(patterns)
    assert screen.first_match(text, screen.candidates(text), start) == _naive_first(patterns, text, start)


def _naive_understand_intent(plain: str) -> str | None:
    """The intent loop as it was: every pattern of every intent searched, in order."""
    for intent in intents._model().intents:
        if any(p.search(plain) for p in intent.patterns) and not any(p.search(plain) for p in intent.unless):
            return intent.name
    return None


def _messages() -> list[str]:
    cases = yaml.safe_load((ROOT / "tests" / "data" / "nlu_eval.yaml").read_text(encoding="utf-8"))["cases"]
    faq = yaml.safe_load((ROOT / "tests" / "data" / "faq_eval.yaml").read_text(encoding="utf-8"))
    texts = [str(c["say"]) for c in cases] + [str(c["q"]) for split in ("tuning", "holdout") for c in faq[split]]
    return texts + [a + "，" + b for a, b in zip(texts, reversed(texts), strict=True)]


def test_the_matched_intent_is_the_first_whose_patterns_match_and_unless_does_not() -> None:
    model = intents._model()
    for text in _messages():
        plain = normalize(text)
        found = model.matched(plain)
        assert (found.name if found else None) == _naive_understand_intent(plain), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=24))
def test_any_text_gets_the_intent_every_pattern_would_give(text: str) -> None:
    plain = normalize(text)
    found = intents._model().matched(plain)
    assert (found.name if found else None) == _naive_understand_intent(plain)


def test_an_unless_pattern_moves_on_to_the_next_intent() -> None:
    # 「帮我查一下开给张三的发票」 matches issue_invoice's pattern and its unless (a search verb
    # first): the next intents' patterns decide, as before.
    plain = normalize("帮我查一下开给张三的发票")
    issue = intents._model().by_name["issue_invoice"]
    assert any(p.search(plain) for p in issue.patterns) and any(p.search(plain) for p in issue.unless)
    assert _naive_understand_intent(plain) == "query_invoice"
    found = intents._model().matched(plain)
    assert (found.name if found else None) == _naive_understand_intent(plain)
    assert understand("帮我查一下开给张三的发票", date(2026, 12, 6)).intent == (found.name if found else None)
