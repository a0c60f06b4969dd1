"""Normalising chat text: full-width forms, stray punctuation, Chinese numerals."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import yaml

from templates import TEMPLATE_DIR

_SPACES = re.compile(r"\s+")


@cache
def _data() -> tuple[str, dict[str, int], dict[str, int]]:
    raw = yaml.safe_load((TEMPLATE_DIR / "intents.yaml").read_text(encoding="utf-8"))["normalize"]
    return (str(raw["edge_punctuation"]), {str(k): int(v) for k, v in raw["digits"].items()},
            {str(k): int(v) for k, v in raw["units"].items()})


def normalize(text: str) -> str:
    """NFKC (full-width ２ → 2, ＡＢＣ → ABC, full-width spaces), lower case, one space between
    words, no punctuation at the edges (「好的！」 → 好的)."""
    folded = unicodedata.normalize("NFKC", text or "")
    folded = _SPACES.sub(" ", folded).strip().lower()
    return folded.strip(_data()[0] + " ")


def is_blank_or_symbols(text: str) -> bool:
    """Empty, or only emoji / punctuation / symbols (👍, 😊, 。。。)."""
    for char in unicodedata.normalize("NFKC", text or ""):
        if char.isspace():
            continue
        category = unicodedata.category(char)
        if category[0] in "LN":
            return False
    return True


def numerals() -> str:
    """Every Chinese numeral character (digits and units), for a regular expression's class."""
    _, digits, units = _data()
    return "".join(digits) + "".join(units)


def cn_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 两千 → 2000, 三万五千 → 35000, 2千 → 2000, 1.5万 is not (see cn_amount)."""
    _, digits, units = _data()
    if not text:
        return None
    if text.isdecimal():
        return int(text)
    total = section = number = 0
    seen = False
    for char in text:
        if char.isdecimal():
            number = number * 10 + int(char)
            seen = True
        elif char in digits:
            number = digits[char]
            seen = True
        elif char in units:
            unit = units[char]
            if unit == 10000:
                section = (section + number) * unit
                total += section
                section = 0
            else:
                section += (number or 1) * unit
            number = 0
            seen = True
        else:
            return None
    return total + section + number if seen else None
