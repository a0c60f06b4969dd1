"""Reading a rate a user typed (``6%``, ``6``, ``0.06``, ``百分之六``, ``3%征收率``, ``免税``, ``不征税``,
``零税率``) against the dated rates of :mod:`core.domain.tax_rates`.

Problem codes raised by :func:`parse_rate` (field ``rate`` unless told otherwise):

* ``rate_required``: nothing typed.
* ``rate_format``: not a rate we can read.
* ``rate_not_allowed`` (``rate``: the label read, ``allowed``: labels joined by "、"):
  a real rate that this taxpayer may not use on that date.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal
from typing import Final

from core.domain.errors import ValidationFailed
from core.domain.tax_rates import TaxpayerKind, TaxRate, check_taxpayer_kind, rate_by_code, rates_for

__all__ = ["parse_rate", "read_rate"]

_EXEMPT_WORDS: Final = frozenset({"免税", "免征", "免征增值税", "exempt"})
_NONTAXABLE_WORDS: Final = frozenset({"不征税", "不征收", "不征", "不征收增值税", "nontaxable", "not_taxable"})
_ZERO_WORDS: Final = frozenset({"零税率", "出口", "出口零税率"})
_NOISE_WORDS: Final = ("征收率", "税率", "增值税")
_NUMBER_RE: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_CN_DIGITS: Final = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7,
    "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
_CN_TENS: Final = frozenset({"十", "拾"})


def _chinese_small_number(text: str) -> int | None:
    """一 .. 九十九 (also 壹拾叁); None when ``text`` is not such a number."""
    if not text:
        return None
    if len(text) == 1 and text in _CN_DIGITS:
        return _CN_DIGITS[text]
    tens_positions = [i for i, ch in enumerate(text) if ch in _CN_TENS]
    if len(tens_positions) != 1:
        return None
    i = tens_positions[0]
    head, tail = text[:i], text[i + 1 :]
    if len(head) > 1 or len(tail) > 1:
        return None
    if head and head not in _CN_DIGITS:
        return None
    if tail and tail not in _CN_DIGITS:
        return None
    tens = _CN_DIGITS[head] if head else 1
    return tens * 10 + (_CN_DIGITS[tail] if tail else 0)


def _read_rate(text: str) -> TaxRate | Decimal | None:
    """A mark, a numeric rate as a fraction, or None when unreadable."""
    cleaned = "".join(unicodedata.normalize("NFKC", text).split()).lower()
    for stage in range(2):
        if cleaned in _EXEMPT_WORDS:
            return rate_by_code("exempt")
        if cleaned in _NONTAXABLE_WORDS:
            return rate_by_code("nontaxable")
        if cleaned in _ZERO_WORDS:
            return Decimal(0)
        if stage == 0:  # then again without "税率" / "征收率" around the number
            for noise in _NOISE_WORDS:
                cleaned = cleaned.replace(noise, "")
    if cleaned.startswith("百分之"):
        number = _chinese_small_number(cleaned[len("百分之") :])
        return None if number is None else Decimal(number) / 100
    percent = cleaned.endswith("%")
    if percent:
        cleaned = cleaned[:-1]
    if not _NUMBER_RE.fullmatch(cleaned):
        return None
    value = Decimal(cleaned)
    if percent or value >= 1:
        return value / 100
    return value  # "0.06" is already a fraction; "0" is 0%


def read_rate(text: str) -> TaxRate | Decimal | None:
    """What ``text`` says: a mark, a numeric rate as a fraction, or None when unreadable."""
    return _read_rate(text)


def _label_for(value: Decimal) -> str:
    percent = (value * 100).normalize()
    return f"{percent:f}%"


def parse_rate(text: str, taxpayer_kind: TaxpayerKind, on: date, field: str = "rate") -> TaxRate:
    """Read a rate typed by a user and check the taxpayer may use it on ``on``.

    Accepts ``6%``, ``6``, ``0.06``, ``百分之六``, ``3%征收率``, ``免税``, ``不征税``,
    ``零税率`` and the stored codes (``exempt``, ``nontaxable``). A bare number of 1 or
    more is read as percent, so ``1`` is 1% and ``0.5`` is 50%.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    check_taxpayer_kind(taxpayer_kind)
    if not text.strip():
        raise ValidationFailed.one(field, "rate_required")
    read = _read_rate(text)
    if read is None:
        raise ValidationFailed.one(field, "rate_format")
    allowed = rates_for(taxpayer_kind, on)
    if isinstance(read, TaxRate):
        if read in allowed:
            return read
        label = read.label
    else:
        for rate in allowed:
            if not rate.is_mark and rate.rate == read:
                return rate
        label = _label_for(read)
    raise ValidationFailed.one(
        field,
        "rate_not_allowed",
        rate=label,
        allowed="、".join(rate.label for rate in allowed),
    )
