"""商品和服务税收分类编码: a curated, searchable subset loaded from ``core/data/tax_codes.yaml``.

Each entry carries the 19-digit code, the 简称 printed as ``*简称*名称`` on the invoice,
the full name, the default rate code for a general taxpayer and search keywords. Entries
the curators could not corroborate carry ``unconfirmed=True`` (see the data file header).

Problem codes raised here:

* ``tax_code_format`` (field ``tax_code``): not 19 digits.
* ``tax_code_unknown`` (field ``tax_code``, ``code``): neither the code nor one of its
  ancestors is in the catalogue, so its 简称 is unknown.
* ``item_name_required`` (field ``name``): the item name is empty.
* ``tax_code_not_leaf`` (field ``tax_code``, ``code``, ``name``): a summary node (汇总项);
  only leaf (末级) codes may be printed on an invoice (see :func:`require_leaf`).

Leaf codes: an entry marked ``summary: true`` in the data is for browsing only. The loader
checks that every entry with a catalogued descendant is so marked. :mod:`core.domain.tax_code_search`'s
``guess``, ``closest`` and (by default) ``search`` return only leaves.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final

import yaml

from core.domain import tax_rates
from core.domain.errors import ValidationFailed

__all__ = [
    "CODE_LENGTH",
    "DATA_FILE",
    "TaxCode",
    "all_codes",
    "catalogue",
    "get",
    "is_leaf",
    "is_valid_code_format",
    "nearest",
    "normalize",
    "printed_name",
    "require_leaf",
    "split_printed_name",
]

DATA_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "tax_codes.yaml"
CODE_LENGTH: Final = 19

_CODE_RE: Final = re.compile(r"[1-6][0-9]{18}")
_PRINTED_RE: Final = re.compile(r"\*([^*]+)\*(.*)", re.DOTALL)
# The code is 1 digit of category then nine 2-digit levels.
_LEVEL_ENDS: Final = (1, 3, 5, 7, 9, 11, 13, 15, 17)


@dataclass(frozen=True)
class TaxCode:
    code: str
    short_name: str
    name: str
    default_rate: str
    keywords: tuple[str, ...]
    unconfirmed: bool
    summary: bool = False  # a summary node (汇总项): browsing only, never on an invoice

    @property
    def is_leaf(self) -> bool:
        return not self.summary


def is_valid_code_format(code: str) -> bool:
    """19 digits whose first digit is a category 1..6 (货物 .. 不征税项目)."""
    return isinstance(code, str) and _CODE_RE.fullmatch(code) is not None


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """A name or keyword as searched: NFKC, no white space, lower case."""
    # Cached: guess() normalises every catalogue term for every invoice line.
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


# ---------------------------------------------------------------------------- loading


def _entry(item: Any, index: int, rate_codes: set[str]) -> TaxCode:
    where = f"{DATA_FILE.name}: codes[{index}]"
    if not isinstance(item, dict):
        raise ValueError(f"{where}: expected a mapping")
    for key in ("code", "short_name", "name", "default_rate", "keywords", "unconfirmed"):
        if key not in item:
            raise ValueError(f"{where}: missing key {key!r}")
    code, short_name, name = item["code"], item["short_name"], item["name"]
    default_rate, keywords, unconfirmed = item["default_rate"], item["keywords"], item["unconfirmed"]
    if not isinstance(code, str) or not is_valid_code_format(code):
        raise ValueError(f"{where}: code must be a quoted 19-digit string, got {code!r}")
    for label, value in (("short_name", short_name), ("name", name)):
        if not isinstance(value, str) or not value.strip() or "*" in value:
            raise ValueError(f"{where}: {label} must be a non-empty string without '*'")
    if default_rate not in rate_codes:
        raise ValueError(f"{where}: default_rate {default_rate!r} is not in tax_rates.yaml")
    if not isinstance(keywords, list) or not all(isinstance(k, str) and k for k in keywords):
        raise ValueError(f"{where}: keywords must be a list of strings")
    if not isinstance(unconfirmed, bool):
        raise ValueError(f"{where}: unconfirmed must be true or false")
    summary = item.get("summary", False)
    if not isinstance(summary, bool):
        raise ValueError(f"{where}: summary must be true or false")
    return TaxCode(
        code=code,
        short_name=short_name.strip(),
        name=name.strip(),
        default_rate=default_rate,
        keywords=tuple(k.strip() for k in keywords),
        unconfirmed=unconfirmed,
        summary=summary,
    )


@cache
def catalogue() -> tuple[TaxCode, ...]:
    """The whole catalogue in file order, loaded and checked once."""
    raw = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not isinstance(raw.get("codes"), list):
        raise ValueError(f"{DATA_FILE.name}: expected a mapping with a 'codes' list")
    rate_codes = {rate.code for rate in tax_rates.all_rates()}
    entries = tuple(_entry(item, i, rate_codes) for i, item in enumerate(raw["codes"]))
    codes = [entry.code for entry in entries]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise ValueError(f"{DATA_FILE.name}: duplicate codes {duplicates}")
    known = set(codes)
    for entry in entries:
        for ancestor in _ancestors(entry.code):
            if ancestor in known and not next(e for e in entries if e.code == ancestor).summary:
                raise ValueError(f"{DATA_FILE.name}: {ancestor} has {entry.code} below it: mark it summary: true")
    return entries


def _ancestors(code: str) -> list[str]:
    out = []
    for end in _LEVEL_ENDS:
        ancestor = code[:end] + "0" * (CODE_LENGTH - end)
        if ancestor != code and ancestor not in out:
            out.append(ancestor)
    return out


@cache
def _index() -> dict[str, TaxCode]:
    return {entry.code: entry for entry in catalogue()}


# -------------------------------------------------------------------------------- API


def all_codes() -> list[TaxCode]:
    """The whole catalogue in file order."""
    return list(catalogue())


def get(code: str) -> TaxCode | None:
    """The entry for exactly this code, or None."""
    if not isinstance(code, str):
        return None
    return _index().get(code.strip())


def nearest(code: str) -> TaxCode | None:
    """The entry for ``code`` or, failing that, for its closest ancestor in the catalogue.

    Codes are hierarchical (``3040203010000000000`` sits under ``3040203000000000000``) and
    the 简称 is shared down a branch, so an ancestor tells how to print a code we do not
    list. None when neither the code nor an ancestor is known.
    """
    if not isinstance(code, str):
        return None
    code = code.strip()
    if not is_valid_code_format(code):
        return None
    index = _index()
    if code in index:
        return index[code]
    for end in reversed(_LEVEL_ENDS):
        ancestor = code[:end] + "0" * (CODE_LENGTH - end)
        if ancestor != code and ancestor in index:
            return index[ancestor]
    return None


def split_printed_name(text: str) -> tuple[str | None, str]:
    """``"*餐饮服务*餐费"`` -> ``("餐饮服务", "餐费")``; ``"餐费"`` -> ``(None, "餐费")``."""
    stripped = text.strip().replace("\uff0a", "*")  # full-width ＊ as typed on phones
    match = _PRINTED_RE.fullmatch(stripped)
    if match is None:
        return None, stripped
    return match.group(1).strip(), match.group(2).strip()


def printed_name(code: str, name: str, *, field: str = "tax_code", name_field: str = "name") -> str:
    """The 项目名称 as printed: ``*简称*名称``, e.g. ``*信息技术服务*技术服务费``.

    A name that already starts with the right ``*简称*`` is returned as is (never
    doubled); a different ``*...*`` prefix is replaced. The 简称 comes from the code or
    its nearest catalogued ancestor.
    """
    if not isinstance(code, str) or not is_valid_code_format(code.strip()):
        raise ValidationFailed.one(field, "tax_code_format")
    entry = nearest(code)
    if entry is None:
        raise ValidationFailed.one(field, "tax_code_unknown", code=code.strip())
    _, bare = split_printed_name(name)
    if not bare:
        raise ValidationFailed.one(name_field, "item_name_required")
    return f"*{entry.short_name}*{bare}"


def is_leaf(code: str) -> bool | None:
    """True for a catalogued leaf (末级) code, False for a summary node (catalogued as one,
    or an ancestor of a catalogued code), None when the catalogue cannot tell."""
    if not isinstance(code, str) or not is_valid_code_format(code.strip()):
        return None
    code = code.strip()
    entry = _index().get(code)
    if entry is not None:
        return entry.is_leaf
    if code in _summary_ancestors():
        return False
    return None


@cache
def _summary_ancestors() -> frozenset[str]:
    return frozenset(ancestor for entry in catalogue() for ancestor in _ancestors(entry.code))


def require_leaf(code: str, field: str = "tax_code") -> None:
    """ValidationFailed ``tax_code_not_leaf`` when ``code`` is a summary node (汇总项)."""
    if is_leaf(code) is False:
        entry = nearest(code)
        raise ValidationFailed.one(field, "tax_code_not_leaf", code=code.strip(),
                                   name=entry.name if entry is not None else "")
