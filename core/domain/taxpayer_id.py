"""纳税人识别号 / 统一社会信用代码, and the buyer's identification on an invoice.

* The 18-character 统一社会信用代码 (GB 32100-2015): 登记管理部门代码 and 机构类别代码
  (one character each from the code's alphabet, so a code may begin with a letter: N 农业,
  Y 其他, A …), a 6-digit 行政区划码, a 9-character 主体标识码 and a check character. The
  checksum is python-stdnum's ``stdnum.cn.uscc.calc_check_digit``; its ``validate`` also
  insists on digits in the first 8 places, which letter-prefixed codes do not have, so the
  format is checked here.
* Legacy IDs of 15, 17 or 20 characters predate it and carry no checksum we can verify:
  accepted by format only.
* A natural-person buyer has no tax ID, or gives an 18-character 居民身份证号码, checked
  with its check digit and birth date (``stdnum.cn.ric``).
* An organisation buyer gives its tax ID on a 普票 too (国家税务总局公告2017年第16号 第一条),
  and on a 专票 (which only organisations receive).

Problem codes: ``tax_id_format``, ``tax_id_checksum``, ``person_id_format``,
``person_id_checksum``, ``buyer_tax_id_required``, ``special_needs_tax_id``,
``special_needs_organisation``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from stdnum.cn import ric, uscc

from core.domain.errors import ValidationFailed

__all__ = ["is_person_id", "normalize_buyer_id", "normalize_person_id", "normalize_tax_id"]

_ALPHABET: Final = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: no I, O, S, V, Z
_USCC: Final = re.compile(rf"[{_ALPHABET[1:]}][{_ALPHABET}][0-9]{{6}}[{_ALPHABET}]{{10}}")
_LEGACY: Final = re.compile(r"[0-9A-Z]{15}|[0-9A-Z]{17}|[0-9A-Z]{20}")
_RIC: Final = re.compile(r"[1-9][0-9]{16}[0-9X]")
#: stdnum's check character of a code: pure, and ~0.1 ms in Python; every issue checks the
#: buyer's code twice (validation, then the remembered buyer's key), mostly the same few buyers.
_uscc_check_digit = lru_cache(maxsize=4096)(uscc.calc_check_digit)


def _compact(raw: str) -> str:
    return re.sub(r"[\s\-]", "", raw).upper()


def normalize_tax_id(raw: str, field: str = "tax_id") -> str:
    """A 统一社会信用代码 (checksum checked) or a legacy 15/17/20-character ID (format only)."""
    value = _compact(raw)
    if len(value) == 18:
        if not _USCC.fullmatch(value):
            raise ValidationFailed.one(field, "tax_id_format")
        if _uscc_check_digit(value) != value[-1]:
            raise ValidationFailed.one(field, "tax_id_checksum")
        return value
    if _LEGACY.fullmatch(value):
        return value
    raise ValidationFailed.one(field, "tax_id_format")


def normalize_person_id(raw: str, field: str = "tax_id") -> str:
    """An 18-character 居民身份证号码 with a valid check digit and birth date."""
    value = _compact(raw)
    if not _RIC.fullmatch(value):
        raise ValidationFailed.one(field, "person_id_format")
    try:
        return str(ric.validate(value))
    except ric.InvalidChecksum:
        raise ValidationFailed.one(field, "person_id_checksum") from None
    except ValueError:  # a birth date that does not exist
        raise ValidationFailed.one(field, "person_id_format") from None


def is_person_id(raw: str) -> bool:
    """A valid 身份证号 that is not also a valid 统一社会信用代码 (chat input tells them apart)."""
    value = _compact(raw)
    if not _RIC.fullmatch(value):
        return False
    try:
        normalize_person_id(value)
    except ValidationFailed:
        return False
    try:
        normalize_tax_id(value)
    except ValidationFailed:
        return True
    return False


def normalize_buyer_id(raw: str, *, is_person: bool, kind: str, field: str = "buyer.tax_id") -> str:
    """The buyer's identification as printed (``""`` when a person gives none).

    A natural person may give nothing or a 身份证号 (and never receives a 专票); an
    organisation must give its tax ID on every invoice kind (国家税务总局公告2017年第16号).
    """
    value = raw.strip()
    if is_person:
        if kind == "special":
            raise ValidationFailed.one("buyer.is_person", "special_needs_organisation")
        return normalize_person_id(value, field) if value else ""
    if not value:
        code = "special_needs_tax_id" if kind == "special" else "buyer_tax_id_required"
        raise ValidationFailed.one(field, code)
    return normalize_tax_id(value, field)
