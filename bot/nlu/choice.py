"""Picking one option of a list from what was typed: number, label, part of the label, synonym."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml

from bot.nlu.text import cn_number, normalize
from bot.vocabulary import vocabulary
from templates import TEMPLATE_DIR


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    synonyms: tuple[str, ...] = ()

    def terms(self) -> tuple[str, ...]:
        return tuple(normalize(t) for t in (self.label, *self.synonyms))


@dataclass(frozen=True)
class Picked:
    """The option picked (None when nothing or several matched) and, when several, which."""

    option: Option | None
    ambiguous: tuple[Option, ...] = field(default_factory=tuple)


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((TEMPLATE_DIR / "choices.yaml").read_text(encoding="utf-8"))
    return data


@cache
def choice_set(name: str) -> tuple[Option, ...]:
    """A choice set declared in templates/choices.yaml."""
    words = vocabulary().words
    return tuple(Option(str(o["value"]), str(o["label"]),
                        (*(str(s) for s in o.get("synonyms", ())), *sorted(words.get(str(o.get("words")), ()))))
                 for o in _data()["sets"][name])


def options_from(labels: Iterable[str]) -> tuple[Option, ...]:
    """Options whose value is their label (ticket categories, recent buyers …)."""
    return tuple(Option(label, label) for label in labels)


def _strip_fillers(text: str) -> str:
    fillers = _data()["fillers"]
    for word in sorted(fillers["prefix"], key=len, reverse=True):
        if text.startswith(word) and len(text) > len(word):
            text = text[len(word):].strip()
            break
    for word in sorted(fillers["suffix"], key=len, reverse=True):
        if text.endswith(word) and len(text) > len(word):
            text = text[: -len(word)].strip()
            break
    return text


def number_of(text: str) -> int | None:
    """「2」「２」「二」「第二个」「选2」 → 2; anything else None."""
    plain = normalize(text)
    for candidate in (plain, _strip_fillers(plain)):
        value = cn_number(candidate) if candidate else None
        if value is not None:
            return value
    return None


def match(text: str, options: Sequence[Option]) -> Picked:
    plain = normalize(text)
    if not plain or not options:
        return Picked(None)
    number = number_of(plain)
    if number is not None:
        return Picked(options[number - 1] if 1 <= number <= len(options) else None)
    for candidate in dict.fromkeys((plain, _strip_fillers(plain))):
        for option in options:
            if candidate in option.terms():
                return Picked(option)
    best: dict[int, list[Option]] = {}
    for candidate in dict.fromkeys((plain, _strip_fillers(plain))):
        for option in options:
            longest = 0
            for term in option.terms():
                if (len(candidate) >= 2 and candidate in term) or (len(term) >= 2 and term in candidate):
                    longest = max(longest, min(len(term), len(candidate)))
            if longest and option not in best.get(longest, []):
                best.setdefault(longest, []).append(option)
    if not best:
        return Picked(None)
    top = best[max(best)]
    return Picked(top[0]) if len(top) == 1 else Picked(None, tuple(top))
