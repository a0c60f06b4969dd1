"""Which characters a regex's match can begin with: a test, cheaper than the search, that
rules a pattern out for a message.

The intent layer tries ~70 patterns (templates/intents.yaml) on every message that is not a
command, and most messages — the questions for the help centre — match none. A pattern whose
match must begin with one of a few known characters cannot match a message that contains none
of them (``frozenset.isdisjoint``, one C call); only the others are searched. The answer is
exactly that of searching them all: a pattern is skipped only when its match provably cannot
occur, and any construct this module does not understand makes it searched as before.

One alternation of all the patterns was tried first: ``re`` then loses each pattern's literal
prefix scan and the single search cost more than the ~70 separate ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The parser ``re`` compiles with (public as ``sre_parse`` before 3.11, deprecated since).
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

#: A character class spelled as a range wider than this is not enumerated (the pattern is searched).
_MAX_RANGE = 64


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every match of ``pattern`` begins with; None when unknown (a match may
    be empty, begin with any character, a category such as ``\\d``, or the pattern uses a
    flag or construct this does not follow)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        found = _sequence(_p.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # an unfamiliar parse tree: search the pattern, as without this module
        return None
    if found is None or found[1]:
        return None
    return frozenset(found[0])


def _sequence(items: Sequence[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """(the characters the sequence's match can begin with, whether it can be empty)."""
    chars: set[str] = set()
    for op, arg in items:
        found = _item(op, arg)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _item(op: Any, arg: Any) -> tuple[set[str], bool] | None:
    if op is _c.LITERAL:
        return {chr(arg)}, False
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_RANGE:
                chars.update(chr(code) for code in range(value[0], value[1] + 1))
            else:  # a negated class, a category (\d, \s …), a wide range
                return None
        return chars, False
    if op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT:  # ^ $ \b and look-arounds: no character
        return set(), True
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, inner = arg
        if add_flags or del_flags:  # (?i:…) and the like
            return None
        return _sequence(inner)
    if op is _c.BRANCH:
        chars, empty = set(), False
        for alternative in arg[1]:
            found = _sequence(alternative)
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
        low, _high, inner = arg
        found = _sequence(inner)
        if found is None:
            return None
        return found[0], found[1] or low == 0
    return None  # any character, back-references, conditionals, possessive and atomic forms


class Screen:
    """Patterns in order, each searched only when the text has a character its match may begin
    with. :meth:`first_match` answers as searching them all in order would."""

    __slots__ = ("_always", "_by_char", "_patterns")

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._patterns = tuple(patterns)
        self._always = 0  # bit i: pattern i may begin with any character (always searched)
        self._by_char: dict[str, int] = {}  # character → the patterns (bits) that may begin with it
        for position, pattern in enumerate(self._patterns):
            chars = first_chars(pattern)
            if chars is None:
                self._always |= 1 << position
                continue
            for char in chars:
                self._by_char[char] = self._by_char.get(char, 0) | 1 << position

    def candidates(self, text: str) -> int:
        """The patterns (bit i: pattern i) that may match ``text``; the others cannot."""
        mask = self._always
        by_char = self._by_char
        for char in set(text):
            mask |= by_char.get(char, 0)
        return mask

    def first_match(self, text: str, candidates: int, start: int = 0) -> int | None:
        """The position of the first pattern at or after ``start`` among ``candidates`` that
        matches ``text``, or None."""
        mask = candidates >> start << start
        patterns = self._patterns
        while mask:
            lowest = mask & -mask
            position = lowest.bit_length() - 1
            if patterns[position].search(text) is not None:
                return position
            mask ^= lowest
        return None
