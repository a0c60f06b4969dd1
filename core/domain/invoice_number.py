"""Invoice numbers (GUIDE.md section 3, "Invoice numbers").

* 数电票: 20 digits = ``YY`` year + 2-digit province (Hubei ``42``) + 1 channel digit +
  15-digit sequence. No 发票代码.
* Legacy invoices: an 8-digit 发票号码 plus a 10- or 12-digit 发票代码, checked separately
  with :func:`is_valid_legacy_code`.

Numbers are strings (leading zeros matter). :func:`parse_number` raises
``ValidationFailed`` with problem code ``invoice_number_format`` (field ``number`` unless
told otherwise) for anything else.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final, NamedTuple

from core.domain.errors import ValidationFailed

__all__ = [
    "DEFAULT_PROVINCE",
    "DIGITAL_LENGTH",
    "HUBEI",
    "LEGACY_NUMBER_LENGTH",
    "SEQUENCE_DIGITS",
    "SEQUENCE_MAX",
    "DigitalNumber",
    "LegacyNumber",
    "SequenceOverflow",
    "format_number",
    "is_valid_legacy_code",
    "is_valid_number",
    "normalize_number",
    "parse_number",
]

HUBEI: Final = "42"
DEFAULT_PROVINCE: Final = HUBEI
DIGITAL_LENGTH: Final = 20
LEGACY_NUMBER_LENGTH: Final = 8
SEQUENCE_DIGITS: Final = 15
SEQUENCE_MAX: Final = 10**SEQUENCE_DIGITS - 1

_DIGITAL_RE: Final = re.compile(r"([0-9]{2})([0-9]{2})([0-9])([0-9]{15})")
_LEGACY_RE: Final = re.compile(r"[0-9]{8}")
_LEGACY_CODE_RE: Final = re.compile(r"[0-9]{10}|[0-9]{12}")
_PROVINCE_RE: Final = re.compile(r"[0-9]{2}")


class SequenceOverflow(ValueError):
    """The 15-digit sequence of a 数电 series is exhausted."""


class DigitalNumber(NamedTuple):
    """A parsed 数电 number; ``year`` is the full year (2000 + YY)."""

    year: int
    province: str
    channel: int
    sequence: int


class LegacyNumber(NamedTuple):
    """A legacy 8-digit 发票号码 (its 发票代码 travels separately)."""

    number: str


def format_number(
    year: int,
    province: str = DEFAULT_PROVINCE,
    channel: int | None = None,
    sequence: int | None = None,
) -> str:
    """Build a 20-digit 数电 number: ``format_number(2026, "42", 1, 7)`` ->
    ``"26421000000000000007"``.

    ``year`` may be 2000..2099 or already two digits (0..99). ``channel`` and ``sequence``
    are required (they only have defaults so that ``province`` can). Raises
    :class:`SequenceOverflow` past 15 digits and ValueError for other bad parts.
    """
    if channel is None or sequence is None:
        raise TypeError("format_number() needs channel and sequence")
    for value, what in ((year, "year"), (channel, "channel"), (sequence, "sequence")):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{what} must be an int")
    if 2000 <= year <= 2099:
        yy = year - 2000
    elif 0 <= year <= 99:
        yy = year
    else:
        raise ValueError(f"year out of range: {year}")
    if not isinstance(province, str) or not _PROVINCE_RE.fullmatch(province):
        raise ValueError(f"province must be two digits: {province!r}")
    if not 0 <= channel <= 9:
        raise ValueError(f"channel must be one digit: {channel}")
    if sequence < 0:
        raise ValueError(f"sequence must not be negative: {sequence}")
    if sequence > SEQUENCE_MAX:
        raise SequenceOverflow(f"sequence {sequence} needs more than {SEQUENCE_DIGITS} digits")
    return f"{yy:02d}{province}{channel}{sequence:0{SEQUENCE_DIGITS}d}"


def normalize_number(text: str) -> str:
    """Full-width digits to ASCII, spaces and dashes removed (``"2642 1000-…"``)."""
    normalized = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in normalized if not ch.isspace() and ch != "-")


def parse_number(text: str, field: str = "number") -> DigitalNumber | LegacyNumber:
    """Split a 数电 number into its parts, or recognise a legacy 8-digit 号码."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    number = normalize_number(text)
    match = _DIGITAL_RE.fullmatch(number)
    if match is not None:
        yy, province, channel, sequence = match.groups()
        return DigitalNumber(2000 + int(yy), province, int(channel), int(sequence))
    if _LEGACY_RE.fullmatch(number):
        return LegacyNumber(number)
    raise ValidationFailed.one(field, "invoice_number_format")


def is_valid_number(text: str) -> bool:
    """True for a 20-digit 数电 number or a legacy 8-digit 号码."""
    if not isinstance(text, str):
        return False
    try:
        parse_number(text)
    except ValidationFailed:
        return False
    return True


def is_valid_legacy_code(code: str) -> bool:
    """True for a legacy 10- or 12-digit 发票代码."""
    if not isinstance(code, str):
        return False
    return _LEGACY_CODE_RE.fullmatch(normalize_number(code)) is not None
