"""Finding a 税收分类编码 for what a user typed, over the catalogue of :mod:`core.domain.tax_codes`:
:func:`guess` (the best leaf for an item name, on every invoice line), :func:`search` (a ranked
list, for browsing) and :func:`closest` (the choices offered when nothing is guessed). Leaves only
(末级), unless ``search`` is asked for summary nodes too."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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


@dataclass(frozen=True)
class _SearchIndex:
    """What finds the few entries a query can score on without scoring every entry of the
    catalogue (each of the others scores 0 in :func:`_search_score`; scoring them all was most of
    a 编码 message): where the query occurs in a 简称, name or keyword, which of those occur in
    the query, and which codes begin with it."""

    #: every entry's 简称, name and keywords, each followed by SEPARATOR
    text: str
    #: where each entry's part of ``text`` begins (for ``bisect``)
    starts: tuple[int, ...]
    #: 简称, name or keyword of two characters or more → the entries that have it
    terms: dict[str, tuple[int, ...]]
    longest_term: int
    #: (code, entry position), sorted by code
    codes: tuple[tuple[str, int], ...]


#: Between the terms of :attr:`_SearchIndex.text`: white space, which no normalised query contains.
SEPARATOR = "\n"
#: Longer queries are scored against every entry (looking up each piece of them would cost more).
INDEXED_QUERY_CHARS = 64


@cache
def _search_index() -> _SearchIndex:
    parts: list[str] = []
    starts: list[int] = []
    terms: dict[str, list[int]] = {}
    offset = 0
    for row in _named():
        starts.append(offset)
        for term in (row.short, row.name, *row.keywords):
            parts.append(term + SEPARATOR)
            offset += len(term) + 1
            if len(term) >= 2:
                found = terms.setdefault(term, [])
                if not found or found[-1] != row.position:
                    found.append(row.position)
    return _SearchIndex("".join(parts), tuple(starts), {term: tuple(rows) for term, rows in terms.items()},
                        max(map(len, terms), default=0),
                        tuple(sorted((row.entry.code, row.position) for row in _named())))


def _candidates(query: str) -> set[int] | None:
    """The positions of the entries ``query`` (normalised) can score on; None when it is too
    long to look up (score every entry)."""
    if len(query) > INDEXED_QUERY_CHARS:
        return None
    index = _search_index()
    found: set[int] = set()
    # the query inside a 简称, name or keyword
    text, starts = index.text, index.starts
    at = text.find(query)
    while at >= 0:
        found.add(bisect_right(starts, at) - 1)
        at = text.find(query, at + 1)
    # a 简称, name or keyword inside the query
    terms, size = index.terms, len(query)
    for i in range(size - 1):
        for j in range(i + 2, min(size, i + index.longest_term) + 1):
            rows = terms.get(query[i:j])
            if rows:
                found.update(rows)
    # a code beginning with the query's digits
    if query.isascii() and query.isdigit():
        codes = index.codes
        k = bisect_left(codes, (query,))
        while k < len(codes) and codes[k][0].startswith(query):
            found.add(codes[k][1])
            k += 1
    return found


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
    named = _named()
    positions = _candidates(wanted)
    rows = named if positions is None else (named[position] for position in positions)
    scored = []
    for row in rows:
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
