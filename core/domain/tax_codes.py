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
checks that every entry with a catalogued descendant is so marked. :func:`guess`,
:func:`closest` and (by default) :func:`search` return only leaves.
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
    "closest",
    "get",
    "guess",
    "is_leaf",
    "is_valid_code_format",
    "nearest",
    "printed_name",
    "require_leaf",
    "search",
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
def _normalize(text: str) -> str:
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
def _catalogue() -> tuple[TaxCode, ...]:
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
    return {entry.code: entry for entry in _catalogue()}


# -------------------------------------------------------------------------------- API


def all_codes() -> list[TaxCode]:
    """The whole catalogue in file order."""
    return list(_catalogue())


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


def _search_score(entry: TaxCode, query: str) -> int:
    short = _normalize(entry.short_name)
    name = _normalize(entry.name)
    keywords = [_normalize(k) for k in entry.keywords]
    score = 0
    if query == short:
        score = 1000
    elif query == name:
        score = 900
    elif query in keywords:
        score = 800
    elif query.isascii() and query.isdigit() and entry.code.startswith(query):
        score = 700
    elif short.startswith(query):
        score = 600
    elif query in short:
        score = 500
    elif query in name:
        score = 400
    elif any(query in keyword for keyword in keywords):
        score = 300
    else:
        contained = [len(k) for k in [*keywords, name, short] if len(k) >= 2 and k in query]
        if contained:
            score = 200 + max(contained)
    return score


def search(query: str, limit: int = 10, *, include_summary: bool = False) -> list[TaxCode]:
    """Entries matching ``query`` on 简称, name, keywords or a code prefix, best first.

    Only leaf codes unless ``include_summary`` (browsing the tree).

    Ranking: exact 简称, exact name, exact keyword, code prefix, 简称 prefix/substring,
    name substring, keyword substring, then keywords contained in the query (longer
    first). Ties keep confirmed entries first, then file order.
    """
    if not isinstance(query, str):
        raise TypeError(f"expected str, got {type(query).__name__}")
    wanted = _normalize(query)
    if not wanted or limit <= 0:
        return []
    scored = []
    for position, entry in enumerate(_catalogue()):
        if entry.summary and not include_summary:
            continue
        score = _search_score(entry, wanted)
        if score:
            scored.append((-score, entry.unconfirmed, position, entry))
    scored.sort(key=lambda row: row[:3])
    return [row[3] for row in scored[:limit]]


def split_printed_name(text: str) -> tuple[str | None, str]:
    """``"*餐饮服务*餐费"`` -> ``("餐饮服务", "餐费")``; ``"餐费"`` -> ``(None, "餐费")``."""
    stripped = text.strip().replace("\uff0a", "*")  # full-width ＊ as typed on phones
    match = _PRINTED_RE.fullmatch(stripped)
    if match is None:
        return None, stripped
    return match.group(1).strip(), match.group(2).strip()


@dataclass(frozen=True)
class _Searchable:
    position: int
    entry: TaxCode
    short: str
    terms: tuple[str, ...]


@cache
def _searchable() -> tuple[_Searchable, ...]:
    """The catalogue with every name and keyword normalised once: ``guess`` runs for each
    line of every invoice, and normalising 708 entries per line cost ~0.4 ms."""
    return tuple(
        _Searchable(position, entry, _normalize(entry.short_name),
                    tuple(_normalize(term) for term in (entry.name, *entry.keywords)))
        for position, entry in enumerate(_catalogue())
        if entry.is_leaf
    )


@lru_cache(maxsize=4096)
def guess(item_name: str) -> TaxCode | None:
    """Best code for a free-typed item name (技术服务费, 餐费, 住宿费, 打印纸, 咨询费 ...).

    Kept per process (a business types the same few item names; one guess walks the
    whole catalogue, ~0.5 ms).

    The longest name or keyword found inside the item name wins; an exact match beats
    any substring. A ``*简称*`` prefix restricts the choice to that 简称. None when
    nothing matches: the caller should then ask the user.
    """
    if not isinstance(item_name, str):
        raise TypeError(f"expected str, got {type(item_name).__name__}")
    short, rest = split_printed_name(item_name)
    text = _normalize(rest)
    candidates = _searchable()
    if short is not None:
        wanted_short = _normalize(short)
        restricted = tuple(row for row in candidates if row.short == wanted_short)
        if restricted:
            candidates = restricted
    if not text and short is None:
        return None

    best: tuple[int, bool, int] | None = None
    best_entry: TaxCode | None = None
    for row in candidates:
        score = 0
        for normalized in row.terms:
            if normalized == text:
                score = max(score, 1000 + len(normalized))
            elif len(normalized) >= 2 and normalized in text:
                score = max(score, 10 * len(normalized))
        if not score:
            continue
        key = (score, not row.entry.unconfirmed, -row.position)
        if best is None or key > best:
            best, best_entry = key, row.entry
    if best_entry is None and short is not None and len(candidates) < len(_searchable()):
        # The 简称 was recognised but not the name: take that branch's first entry,
        # confirmed ones first.
        best_entry = sorted(candidates, key=lambda row: (row.entry.unconfirmed, row.position))[0].entry
    return best_entry


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
    return frozenset(ancestor for entry in _catalogue() for ancestor in _ancestors(entry.code))


def require_leaf(code: str, field: str = "tax_code") -> None:
    """ValidationFailed ``tax_code_not_leaf`` when ``code`` is a summary node (汇总项)."""
    if is_leaf(code) is False:
        entry = nearest(code)
        raise ValidationFailed.one(field, "tax_code_not_leaf", code=code.strip(),
                                   name=entry.name if entry is not None else "")


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


@dataclass(frozen=True)
class _Shape:
    entry: TaxCode
    position: int
    terms: tuple[tuple[frozenset[str], frozenset[str]], ...]  # (chars, bigrams) per term


@cache
def _shapes() -> tuple[_Shape, ...]:
    return tuple(
        _Shape(row.entry, row.position,
               tuple((frozenset(term), _bigrams(term)) for term in (*row.terms, row.short) if term))
        for row in _searchable()
    )


def closest(term: str, n: int = 3) -> list[TaxCode]:
    """The ``n`` leaf codes nearest to a free-typed item name, best first: the choices to
    offer when :func:`guess` cannot decide (「小米手机」 -> 手机维修, 计算机配套 …).

    :func:`guess`'s answer comes first when there is one; the rest are ranked by shared
    two-character pieces, then shared characters, with any of the item's names or
    keywords (confirmed entries first on ties). Entries sharing no two-character piece and
    fewer than two characters are never offered,
    so the list may be shorter than ``n`` (empty for a term that matches nothing).
    """
    if not isinstance(term, str):
        raise TypeError(f"expected str, got {type(term).__name__}")
    if n <= 0:
        return []
    _, rest = split_printed_name(term)
    text = _normalize(rest)
    if not text:
        return []
    chars, pairs = frozenset(text), _bigrams(text)
    scored: list[tuple[float, bool, int, TaxCode]] = []
    for shape in _shapes():
        best = 0.0
        for term_chars, term_pairs in shape.terms:
            common_chars = len(chars & term_chars)
            if not common_chars:
                continue
            common_pairs = len(pairs & term_pairs)
            if not common_pairs and common_chars < 2:  # one shared character is noise (理发 / 研发)
                continue
            # Dice-like: shared pieces relative to both lengths; bigrams weigh double.
            score = (2 * common_pairs + common_chars) / (len(chars) + len(term_chars))
            best = max(best, score)
        if best > 0:
            scored.append((-best, shape.entry.unconfirmed, shape.position, shape.entry))
    scored.sort(key=lambda row: row[:3])
    result: list[TaxCode] = []
    first = guess(term)
    if first is not None:
        result.append(first)
    for row in scored:
        if len(result) >= n:
            break
        if row[3] not in result:
            result.append(row[3])
    return result[:n]
