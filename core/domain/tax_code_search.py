"""Finding a 税收分类编码 for what a user typed, over the catalogue of :mod:`core.domain.tax_codes`:
:func:`guess` (the best leaf for an item name, on every invoice line), :func:`search` (a ranked
list, for browsing) and :func:`closest` (the choices offered when nothing is guessed). Leaves only
(末级), unless ``search`` is asked for summary nodes too."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from core.domain.tax_codes import TaxCode, catalogue, normalize, split_printed_name

__all__ = ["closest", "guess", "search"]


@dataclass(frozen=True)
class _Named:
    """A catalogue entry with its 简称, name and keywords normalised once (``search`` normalised
    every entry's on every call: ~0.3 ms of CPU per 编码 in chat)."""

    position: int
    entry: TaxCode
    short: str
    name: str
    keywords: tuple[str, ...]


@cache
def _named() -> tuple[_Named, ...]:
    return tuple(_Named(position, entry, normalize(entry.short_name), normalize(entry.name),
                        tuple(normalize(k) for k in entry.keywords))
                 for position, entry in enumerate(catalogue()))


def _search_score(row: _Named, query: str) -> int:
    short, name, keywords = row.short, row.name, row.keywords
    score = 0
    if query == short:
        score = 1000
    elif query == name:
        score = 900
    elif query in keywords:
        score = 800
    elif query.isascii() and query.isdigit() and row.entry.code.startswith(query):
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
    wanted = normalize(query)
    if not wanted or limit <= 0:
        return []
    scored = []
    for row in _named():
        if row.entry.summary and not include_summary:
            continue
        score = _search_score(row, wanted)
        if score:
            scored.append((-score, row.entry.unconfirmed, row.position, row.entry))
    scored.sort(key=lambda row: row[:3])
    return [row[3] for row in scored[:limit]]


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
        _Searchable(position, entry, normalize(entry.short_name),
                    tuple(normalize(term) for term in (entry.name, *entry.keywords)))
        for position, entry in enumerate(catalogue())
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
    text = normalize(rest)
    candidates = _searchable()
    if short is not None:
        wanted_short = normalize(short)
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
    text = normalize(rest)
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
