"""Remembered understandings are the fresh ones (bot/nlu/intents.py ``understand``, issue 14).

The memo is keyed by (text, day) and hands the same immutable object to every caller: these tests
hold it equal to a fresh computation over every text of the project's NLU and dialog corpora on
days either side of a month and a year boundary, hold the object unchangeable (and the dialog's
copy of its slots independent of it), and hold the bound.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib.util
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import MappingProxyType

import pytest
import yaml

from bot.nlu import intents
from bot.nlu.intents import Understanding, understand
from core.help.entries import load_entries
from templates import TEMPLATE_DIR

ROOT = Path(__file__).resolve().parents[2]
#: the evaluation set's day, and the last day of a year and the first of the next (「上个月」 is
#: 2026-11, 2026-11 and 2026-12; 「12月」 is this year's December, then last year's)
DAYS = (date(2026, 12, 6), date(2026, 12, 31), date(2027, 1, 1))
ISSUE = "帮我给武汉某某科技开张专票，咨询费5000"


def _bench_messages() -> list[str]:
    """bench/bench_nlu.py's messages: the evaluation set and its typo'd and doubled variants."""
    spec = importlib.util.spec_from_file_location("bench_nlu_for_memo", ROOT / "bench" / "bench_nlu.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.messages(7))


def _dialog_test_strings() -> list[str]:
    """Every string literal of the dialog tests: what they type, and more (keys, names)."""
    found: list[str] = []
    for path in sorted((ROOT / "tests" / "dialogs").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value:
                found.append(node.value)
    return found


def _template_words() -> list[str]:
    """Every keyword and dialog word (alone, with arguments, glued to them), the choices' labels
    and synonyms, the greetings, and the month words behind a query."""
    commands = yaml.safe_load((TEMPLATE_DIR / "commands.yaml").read_text(encoding="utf-8"))
    keywords = [str(w) for spec in commands["commands"].values() for w in spec["keywords"]]
    words = [str(w) for ws in commands["words"].values() for w in ws]
    choices = yaml.safe_load((TEMPLATE_DIR / "choices.yaml").read_text(encoding="utf-8"))
    labels: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("label", "synonyms"):
                    labels.extend(str(v) for v in (value if isinstance(value, list) else [value]))
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(choices)
    nlu = yaml.safe_load((TEMPLATE_DIR / "intents.yaml").read_text(encoding="utf-8"))
    months = [str(w) for ws in nlu["slots"]["month"].values() for w in ws] + ["12月", "一月", "2026-11", "去年12月"]
    arguments = ["12月", "上个月", "0002", "饮料", "张三 餐费 388", "第2张"]
    return [*keywords, *words, *labels, *map(str, nlu["greeting"]),
            *(f"{k} {a}" for k in keywords for a in arguments), *(f"{k}{a}" for k in keywords for a in arguments),
            *(f"{verb}{m}" for verb in ("查询", "导出", "查一下", "我要看") for m in months), *(f"{m}的发票" for m in months)]


def _faq_texts() -> list[str]:
    evaluation = yaml.safe_load((ROOT / "tests" / "data" / "faq_eval.yaml").read_text(encoding="utf-8"))
    asked = [str(case["q"] if isinstance(case, dict) else case)  # no_answer: the questions alone
             for cases in evaluation.values() if isinstance(cases, list) for case in cases]
    entries = [text for e in load_entries() for text in (e.question, *e.keywords, *e.synonyms)]
    return asked + entries


def corpus() -> list[str]:
    nlu = yaml.safe_load((ROOT / "tests" / "data" / "nlu_eval.yaml").read_text(encoding="utf-8"))
    texts = [str(case["say"]) for case in nlu["cases"]]
    texts += _bench_messages() + _dialog_test_strings() + _template_words() + _faq_texts()
    texts += ["", "   ", "？", "x" * (intents.UNDERSTOOD_TEXT_MAX + 1), ISSUE + "。" * intents.UNDERSTOOD_TEXT_MAX]
    return list(dict.fromkeys(texts))  # each once, in order


@pytest.fixture(autouse=True)
def _fresh_memo() -> Iterator[None]:
    intents.forget()
    yield
    intents.forget()


def test_remembered_answers_are_the_fresh_ones_on_every_day(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = corpus()
    assert len(texts) > 3000  # the corpora really were read
    monkeypatch.setattr(intents, "UNDERSTOOD_KEPT", 10**6)  # every answer stays: the second round is all memo
    fresh = {(text, day): intents._understand(text, day) for day in DAYS for text in texts}
    assert sum(1 for u in fresh.values() if u.slots) > 200  # slots read, on each day (not only intents)
    for _ in range(2):  # first asked, then remembered (among every other day's answers)
        for day in DAYS:
            for text in texts:
                assert understand(text, day) == fresh[text, day], (text, day)
    kept = [text for text in texts if len(text) <= intents.UNDERSTOOD_TEXT_MAX]
    assert len(intents._understood) == len(kept) * len(DAYS)
    assert all(understand(text, day) is intents._understood[text, day] for day in DAYS for text in kept)


def test_the_day_is_part_of_the_key() -> None:
    """The same text on either side of a month and a year boundary: two answers, each its day's."""
    answers = {day: understand("查询上个月", day) for day in DAYS}
    assert [answers[d].slots["month"] for d in DAYS] == ["2026-11", "2026-11", "2026-12"]
    assert understand("查询1月", date(2026, 12, 31)).slots["month"] == "2026-01"
    assert understand("查询1月", date(2027, 1, 1)).slots["month"] == "2027-01"
    assert understand("查询上个月", DAYS[0]) is answers[DAYS[0]]


def test_no_day_given_is_the_wall_clocks_day() -> None:
    assert understand("查询上个月") == intents._understand("查询上个月", date.today())


def test_a_remembered_answer_cannot_be_changed() -> None:
    understood = understand(ISSUE, DAYS[0])
    assert understood is understand(ISSUE, DAYS[0])
    with pytest.raises(dataclasses.FrozenInstanceError):
        understood.intent = "void_invoice"  # type: ignore[misc]
    with pytest.raises(TypeError):
        understood.slots["kind"] = "normal"  # type: ignore[index]
    with pytest.raises(TypeError):
        understood.slots["lines"][0]["amount"] = "1"
    with pytest.raises(AttributeError):
        understood.slots["lines"].append({"name": "x"})
    assert understand(ISSUE, DAYS[0]) == intents._understand(ISSUE, DAYS[0])


def test_the_dialogs_copy_does_not_leak_into_the_next_answer() -> None:
    """The issue dialog takes the seed and changes it (bot/features/invoices/issue.py ``_start``)."""
    seed = understand(ISSUE, DAYS[0]).seed()
    assert seed is not None
    slots = seed["_slots"]
    slots["kind"] = "normal"
    slots["lines"][0]["amount"] = "1"
    slots["lines"].append({"name": "盒饭", "amount": "20"})
    again = understand(ISSUE, DAYS[0]).seed()
    assert again == {"_slots": {"kind": "special", "buyer": "武汉某某科技",
                                "lines": [{"rate": None, "name": "咨询费", "amount": "5000"}]}}
    assert again["_slots"]["lines"] is not slots["lines"]


def test_slots_given_as_dicts_are_frozen_and_empty_ones_shared() -> None:
    made = Understanding("issue_invoice", "pattern", slots={"lines": [{"name": "咨询费"}]})
    assert made.slots == {"lines": ({"name": "咨询费"},)}
    with pytest.raises(TypeError):
        made.slots["lines"][0]["name"] = "x"
    assert Understanding(None).slots is Understanding("help", slots={}).slots
    behind = {"kind": "special"}
    shown = Understanding("issue_invoice", slots=MappingProxyType(behind))
    behind["kind"] = "normal"  # its maker changes the dict behind a read-only view: not the answer
    assert shown.slots == {"kind": "special"}


def test_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(intents, "UNDERSTOOD_KEPT", 8)
    texts = [f"发票{n}怎么办" for n in range(50)] + [f"查询{n % 12 + 1}月" for n in range(50)]
    for text in texts:
        assert understand(text, DAYS[1]) == intents._understand(text, DAYS[1])
        assert len(intents._understood) <= 8


def test_long_texts_and_dialog_answers_are_not_kept() -> None:
    long = "发票丢了怎么办" * 30
    assert understand(long, DAYS[0]) == intents._understand(long, DAYS[0])
    assert "123456Ab!" not in {text for text, _ in intents._understood}
    understand("123456Ab!", DAYS[0], remember=False)  # a password typed at a dialog's step
    assert intents._understood == {}
    kept = understand("最近发票", DAYS[0])
    assert understand("最近发票", DAYS[0], remember=False) is kept  # looked up all the same
