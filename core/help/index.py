"""The FAQ index: an in-memory BM25F index (:mod:`core.help.ranking`) searched per question
and swapped atomically when the entries change."""

from __future__ import annotations

import heapq
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from core.help.entries import FaqEntry, load_entries
from core.help.ranking import (
    BIGRAM_PREFIX,
    DEFAULT_FULL_COVERAGE,
    DEFAULT_MIN_COVERAGE,
    DEFAULT_MIN_SCORE,
    DEFAULT_STRONG_SCORE,
    PHRASE_BONUS,
    IndexedEntry,
    IndexState,
    SearchHit,
    analyze_entry,
    build_state,
    confident,
)
from core.help.tokenising import Analyzed, Analyzer, default_analyzer

#: Longer input is cut before analysis: it bounds query time, and a help question
#: never needs more.
MAX_QUERY_CHARS = 200
#: Questions whose hits :meth:`FaqIndex.search_cached` keeps (the oldest is dropped first).
SEARCH_CACHE_SIZE = 4096


class FaqIndex:
    """An in-memory BM25F index over FAQ entries.

    Build it from a list of entries; :meth:`rebuild` (and :meth:`add`, :meth:`replace`,
    :meth:`retire`) swap in a new index atomically, so searches running in other threads
    always see either the old or the new one. Field texts are analysed once and cached,
    so rebuilding after a small change costs little.
    """

    def __init__(
        self,
        entries: Iterable[FaqEntry],
        *,
        analyzer: Analyzer | None = None,
        min_score: float = DEFAULT_MIN_SCORE,
        min_coverage: float = DEFAULT_MIN_COVERAGE,
        full_coverage: float = DEFAULT_FULL_COVERAGE,
        strong_score: float = DEFAULT_STRONG_SCORE,
    ) -> None:
        self.analyzer = analyzer or default_analyzer()
        self.min_score = min_score
        self.min_coverage = min_coverage
        self.full_coverage = full_coverage
        self.strong_score = strong_score
        self._write_lock = threading.Lock()
        self._docs: dict[FaqEntry, IndexedEntry] = {}
        self._state = self._build(list(entries))
        #: (the state they were searched in, (question, limit) → hits), for search_cached
        self._answers: tuple[IndexState, dict[tuple[str, int], tuple[SearchHit, ...]]] = (self._state, {})

    @classmethod
    def from_file(cls, path: Path | None = None, **kwargs: Any) -> FaqIndex:
        return cls(load_entries(path), **kwargs)

    # ---- reading

    @property
    def entries(self) -> tuple[FaqEntry, ...]:
        return self._state.entries

    def __len__(self) -> int:
        return len(self._state.entries)

    def get(self, entry_id: str) -> FaqEntry | None:
        state = self._state
        pos = state.by_id.get(entry_id)
        return None if pos is None else state.entries[pos]

    def entries_in(self, category: str) -> list[FaqEntry]:
        return [e for e in self._state.entries if e.category == category]

    def search(self, query: str, limit: int = 3) -> list[SearchHit]:
        """The best ``limit`` entries for ``query``, best first (may be empty)."""
        if limit <= 0 or not query or not query.strip():
            return []
        state = self._state
        analyzed = self.analyzer.analyze(query[:MAX_QUERY_CHARS], cache=False)
        terms = list(dict.fromkeys(analyzed.words))
        terms.extend(dict.fromkeys(BIGRAM_PREFIX + b for b in analyzed.bigrams))
        if not terms:
            return []
        postings, idf = state.postings, state.idf
        unknown_word, unknown_bigram = state.unknown_idf
        # Only the entries a term reaches are scored (a few of the index): every other one
        # scores 0 and is never a hit.
        scores: dict[int, float] = {}
        get = scores.get
        total = 0.0
        present: list[tuple[str, float]] = []
        for term in terms:
            plist = postings.get(term)
            if plist is None:
                total += unknown_bigram if term[0] == BIGRAM_PREFIX else unknown_word
                continue
            term_idf = idf[term]
            total += term_idf
            present.append((term, term_idf))
            for pos, weight in plist:
                scores[pos] = get(pos, 0.0) + weight
        if not scores:
            return []
        self._phrase_bonus(state, analyzed, total, scores)
        # Best first; equal scores in entry order (nlargest keeps the order of its input on ties).
        best = heapq.nlargest(limit, sorted(scores), key=scores.__getitem__)
        hits = []
        for pos in best:
            score = scores[pos]
            if score <= 0.0:
                break
            terms_of_entry = state.doc_terms[pos]
            matched = sum(term_idf for term, term_idf in present if term in terms_of_entry)
            hits.append(SearchHit(state.entries[pos], round(score, 6), round(min(1.0, matched / total), 6)))
        return hits

    def search_cached(self, query: str, limit: int = 3) -> list[SearchHit]:
        """:meth:`search`, remembered per question until the entries change: people ask the
        same few questions in the same words, and a search (jieba's segmentation most of it)
        is the larger part of answering one. Bounded; questions past MAX_QUERY_CHARS are not kept."""
        if len(query) > MAX_QUERY_CHARS:
            return self.search(query, limit)
        state = self._state
        cache = self._answers
        if cache[0] is not state:  # rebuilt meanwhile: the remembered hits are of the old entries
            cache = self._answers = (state, {})
        remembered = cache[1]
        key = (query, limit)
        hits = remembered.get(key)
        if hits is None:
            hits = tuple(self.search(query, limit))
            if len(remembered) >= SEARCH_CACHE_SIZE:
                del remembered[next(iter(remembered))]  # the oldest question
            remembered[key] = hits
        return list(hits)

    @staticmethod
    def _phrase_bonus(state: IndexState, query: Analyzed, total: float, scores: dict[int, float]) -> None:
        content_len = query.content_chars
        if not content_len or not state.phrases:
            return
        longest: dict[int, int] = {}
        table, max_len, prefixes = state.phrases, state.max_phrase, state.phrase_prefixes
        for text in query.clauses:
            n = len(text)
            for i in range(n - 1):
                for j in range(i + 2, min(n, i + max_len) + 1):
                    piece = text[i:j]
                    if piece not in prefixes:
                        break  # no phrase starts with it, so none starts with a longer piece either
                    found = table.get(piece)
                    if found:
                        for pos in found:
                            if longest.get(pos, 0) < j - i:
                                longest[pos] = j - i
        for pos, length in longest.items():
            scores[pos] = scores.get(pos, 0.0) + PHRASE_BONUS * total * min(1.0, length / content_len)

    def confident(self, hits: Sequence[SearchHit]) -> bool:
        """Whether the top hit is good enough to answer with (see :func:`confident`)."""
        return confident(
            hits,
            min_score=self.min_score,
            min_coverage=self.min_coverage,
            full_coverage=self.full_coverage,
            strong_score=self.strong_score,
        )

    def best(self, query: str) -> SearchHit | None:
        """The top hit if it is :meth:`confident`, else ``None``."""
        hits = self.search(query, limit=1)
        return hits[0] if self.confident(hits) else None

    # ---- changing

    def _build(self, entries: list[FaqEntry]) -> IndexState:
        """A new state; entries analysed before (same content) are not analysed again."""
        cache = self._docs
        docs = []
        for entry in entries:
            doc = cache.get(entry)
            if doc is None:
                doc = analyze_entry(entry, self.analyzer)
            docs.append(doc)
        state = build_state(entries, docs)
        self._docs = dict(zip(entries, docs, strict=True))
        return state

    def rebuild(self, entries: Iterable[FaqEntry]) -> None:
        """Replace the whole entry list (e.g. after editing the YAML), without a restart."""
        with self._write_lock:
            self._state = self._build(list(entries))

    def add(self, entry: FaqEntry) -> None:
        with self._write_lock:
            if entry.id in self._state.by_id:
                raise KeyError(f"entry {entry.id!r} already exists")
            self._state = self._build([*self._state.entries, entry])

    def replace(self, entry: FaqEntry) -> None:
        with self._write_lock:
            if entry.id not in self._state.by_id:
                raise KeyError(f"no entry {entry.id!r}")
            self._state = self._build([entry if e.id == entry.id else e for e in self._state.entries])

    def retire(self, entry_id: str) -> None:
        with self._write_lock:
            if entry_id not in self._state.by_id:
                raise KeyError(f"no entry {entry_id!r}")
            self._state = self._build([e for e in self._state.entries if e.id != entry_id])
