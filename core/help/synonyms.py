"""Synonyms and common typos (``data/synonyms.yaml``): rewritten to one canonical spelling
before tokenising, in queries and entries alike, after folding (NFKC, lower case)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

from core.help.entries import SYNONYMS_PATH, FaqDataError, read_yaml, str_list


def _fold(text: str) -> str:
    """Full-width to half-width, compatibility forms folded, lower case."""
    return unicodedata.normalize("NFKC", text).lower()


class Normalizer:
    """Rewrites synonyms and common typos to one canonical spelling.

    One pass, longest match first, no cascading: a replacement is never rewritten
    again. Canonical words and *protected* words are matched as themselves, so a
    canonical term is never broken up by a shorter variant inside it.
    """

    def __init__(self, mapping: Mapping[str, str], protect: Iterable[str] = ()) -> None:
        table: dict[str, str] = {}
        for variant, canonical in mapping.items():
            v, c = _fold(variant).strip(), _fold(canonical).strip()
            if v and c:
                table[v] = c
                table.setdefault(c, c)
        for word in protect:
            w = _fold(word).strip()
            if w:
                table[w] = w
        self._table = table
        if table:
            alternation = "|".join(re.escape(k) for k in sorted(table, key=lambda k: (-len(k), k)))
            self._pattern: re.Pattern[str] | None = re.compile(alternation)
        else:
            self._pattern = None

    def __len__(self) -> int:
        return len(self._table)

    def __call__(self, text: str) -> str:
        folded = _fold(text)
        if self._pattern is None:
            return folded
        table = self._table
        return self._pattern.sub(lambda m: table[m.group(0)], folded)


def load_normalizer(path: Path | None = None) -> Normalizer:
    """The synonym/typo map: ``mappings: {canonical: [variant, ...]}`` plus ``protect: [...]``."""
    file = path or SYNONYMS_PATH
    data = read_yaml(file)
    raw = data.get("mappings") or {}
    if not isinstance(raw, dict):
        raise FaqDataError(f"{file}: 'mappings' must be a mapping")
    mapping: dict[str, str] = {}
    for canonical, variants in raw.items():
        for variant in str_list(variants, f"mappings.{canonical}"):
            mapping[variant] = str(canonical)
    return Normalizer(mapping, str_list(data.get("protect"), "protect"))
