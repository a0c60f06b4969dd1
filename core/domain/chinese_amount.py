"""Amounts typed the way people type them in chat: 「2000」「2,000.50」「两千」「3万」「1.5万」
「两千五」(2,500) 「三万二」(32,000). Pure.

:func:`parse_amount` returns a Decimal or None when the text is not an amount; callers
refuse None at the step that asked (never accept it and break later).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Final

__all__ = ["parse_amount"]

_DIGITS: Final = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                  "九": 9}
_UNITS: Final = {"十": 10, "百": 100, "千": 1000}
_BIG: Final = {"万": 10_000, "亿": 100_000_000}
_PLAIN: Final = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_SCALED: Final = re.compile(r"(-?[0-9]+(?:\.[0-9]+)?)(万|千|百|亿)")


def _section(text: str) -> int | None:
    """A number below 万 in Chinese numerals (一千二百三十四, 两千五, 十二)."""
    total, digit, last_unit = 0, None, 0
    for char in text:
        if char in _DIGITS:
            if digit is not None and digit != 0:
                return None  # two digits in a row
            digit = _DIGITS[char]
        elif char in _UNITS:
            unit = _UNITS[char]
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit is not None:
        # 两千五 = 2500: a trailing digit right after a unit counts one unit below it.
        total += digit * (last_unit // 10 if last_unit >= 100 and text[-2] in _UNITS else 1)
    return total


def _chinese(text: str) -> int | None:
    total, rest = 0, text
    for big, value in sorted(_BIG.items(), key=lambda kv: -kv[1]):
        if big in rest:
            head, rest = rest.split(big, 1)
            number = _section(head) if head else 1
            if number is None:
                return None
            total += number * value
            if rest and rest[0] in _DIGITS and len(rest) == 1:
                rest = rest + {10_000: "千", 100_000_000: "千万"}[value][0]  # 三万二 = 三万二千
    if rest:
        number = _section(rest)
        if number is None:
            return None
        total += number
    return total


def parse_amount(text: str) -> Decimal | None:
    """The amount in ``text`` (yuan), or None when it is not one."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace("，", "")
    cleaned = cleaned.removesuffix("元").removesuffix("块").removeprefix("¥").strip()
    if not cleaned:
        return None
    try:
        if _PLAIN.fullmatch(cleaned):
            return Decimal(cleaned)
        match = _SCALED.fullmatch(cleaned)
        if match:
            return Decimal(match.group(1)) * {"万": 10_000, "千": 1000, "百": 100, "亿": 100_000_000}[match.group(2)]
    except InvalidOperation:
        return None
    if all(c in _DIGITS or c in _UNITS or c in _BIG for c in cleaned):
        value = _chinese(cleaned)
        return None if value is None else Decimal(value)
    return None
