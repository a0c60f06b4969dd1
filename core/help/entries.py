"""The FAQ knowledge base as shipped: ``data/faq.yaml`` (categories and entries), read and checked.

The synonym/typo map (``data/synonyms.yaml``, :mod:`core.help.synonyms`) and the jieba user
dictionary of domain terms (``data/userdict.txt``, :mod:`core.help.tokenising`) live next to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
FAQ_PATH = DATA_DIR / "faq.yaml"
SYNONYMS_PATH = DATA_DIR / "synonyms.yaml"
USERDICT_PATH = DATA_DIR / "userdict.txt"

#: An answer must fit a WeChat passive reply (2048 bytes UTF-8) with its question.
MAX_ANSWER_CHARS = 500


class FaqDataError(ValueError):
    """The FAQ data file is malformed."""


@dataclass(frozen=True)
class FaqEntry:
    id: str
    category: str
    question: str
    answer: str
    keywords: tuple[str, ...]
    synonyms: tuple[str, ...]
    next_action: str | None


def read_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise FaqDataError(f"{path}: expected a mapping at the top level")
    return data


def str_list(raw: object, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str | int | float) for x in raw):
        raise FaqDataError(f"{where}: expected a list of strings")
    return tuple(str(x).strip() for x in raw if str(x).strip())


def load_categories(path: Path | None = None) -> list[str]:
    """The category names, in display order, from the FAQ file."""
    data = read_yaml(path or FAQ_PATH)
    cats = str_list(data.get("categories"), "categories")
    if not cats:
        raise FaqDataError("categories: missing or empty")
    if len(set(cats)) != len(cats):
        raise FaqDataError("categories: duplicate names")
    return list(cats)


def load_entries(path: Path | None = None) -> list[FaqEntry]:
    """All FAQ entries from the YAML file (default: the shipped knowledge base).

    Raises :class:`FaqDataError` on a missing field, an unknown category or a
    duplicate id.
    """
    file = path or FAQ_PATH
    data = read_yaml(file)
    categories = set(load_categories(file))
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list):
        raise FaqDataError("entries: expected a list")
    entries: list[FaqEntry] = []
    seen: set[str] = set()
    for n, raw in enumerate(raw_entries):
        where = f"entries[{n}]"
        if not isinstance(raw, dict):
            raise FaqDataError(f"{where}: expected a mapping")
        values: dict[str, str] = {}
        for key in ("id", "category", "question", "answer"):
            value = raw.get(key)
            if not isinstance(value, str) or not value.strip():
                raise FaqDataError(f"{where}: '{key}' is missing or empty")
            values[key] = value.strip()
        entry_id = values["id"]
        where = f"entry {entry_id!r}"
        if entry_id in seen:
            raise FaqDataError(f"{where}: duplicate id")
        seen.add(entry_id)
        if values["category"] not in categories:
            raise FaqDataError(f"{where}: unknown category {values['category']!r}")
        next_action = raw.get("next_action")
        if next_action is not None and not isinstance(next_action, str):
            raise FaqDataError(f"{where}: 'next_action' must be a string")
        entries.append(
            FaqEntry(
                id=entry_id,
                category=values["category"],
                question=values["question"],
                answer=values["answer"],
                keywords=str_list(raw.get("keywords"), f"{where}.keywords"),
                synonyms=str_list(raw.get("synonyms"), f"{where}.synonyms"),
                next_action=(next_action.strip() or None) if next_action else None,
            )
        )
    return entries
