"""Ranking: BM25F over an entry's fields, the keyword phrase bonus, and the "good enough" decision.

BM25F is implemented here (no ranking library such as rank-bm25): every field of an
entry gets its own length normalisation and weight (question > synonyms/keywords >
answer) and the weighted term frequencies are combined *before* BM25 saturation, so a
word that appears in several fields does not count several times over. Two channels
are scored and added up: words, and character bigrams (weighted lower). The answer,
the longest and least important field, is indexed by bigrams only.

On top of that, an entry whose keyword occurs verbatim in the query gets a bonus, so
a one-word query ("红冲") lands on the entry about that word rather than on one of
the many that mention it.

All per-term, per-entry weights are precomputed into postings lists when the index is
built (:func:`build_state`), so a query only walks the postings of its own terms
(:class:`core.help.index.FaqIndex`). Besides the score, each hit carries a *coverage*:
the share of the query's IDF-weighted terms that the entry actually contains.
:func:`confident` uses both, so the caller can say "no good answer" honestly for
off-topic or gibberish input.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from core.help.entries import FaqDataError, FaqEntry
from core.help.tokenising import Analyzer

#: Thresholds for :func:`confident`, tuned on ``tests/data/faq_eval.yaml`` (tuning split
#: and no_answer list). A hit must reach both minimums, and in addition either cover
#: most of the query or score strongly.
DEFAULT_MIN_SCORE = 3.0
DEFAULT_MIN_COVERAGE = 0.4
DEFAULT_FULL_COVERAGE = 0.75
DEFAULT_STRONG_SCORE = 10.0


@dataclass(frozen=True)
class SearchHit:
    entry: FaqEntry
    score: float
    #: Share (0..1) of the query's IDF-weighted terms found in this entry.
    coverage: float = 1.0


@dataclass(frozen=True)
class FieldSpec:
    weight: float
    b: float
    #: Count a term once per field: keyword and phrasing lists repeat their core word,
    #: and that repetition should not make an entry look more relevant.
    binary: bool = False
    #: Segment the field with jieba (word channel); if False, only bigrams are indexed.
    segment: bool = True


#: Field weights: question highest, then the alternative phrasings and keywords, then the answer.
FIELDS: dict[str, FieldSpec] = {
    "question": FieldSpec(weight=3.0, b=0.6),
    "synonyms": FieldSpec(weight=2.0, b=0.5, binary=True),
    "keywords": FieldSpec(weight=2.0, b=0.3, binary=True),
    # The answer is the longest field and weighs least: it is indexed by character
    # bigrams only, which keeps building cheap (jieba is the slow part) at no cost in
    # accuracy on the eval set.
    "answer": FieldSpec(weight=1.0, b=0.75, segment=False),
}
K1 = 2.0
#: Weight of the character-bigram channel relative to the word channel.
BIGRAM_WEIGHT = 0.35
#: Phrase bonus: when one of an entry's keywords occurs verbatim in the query, the
#: entry gains this share of the query's total IDF mass, scaled by how much of the
#: query the keyword spans. It settles short queries ("开票", "红冲") that many
#: entries mention, in favour of the entry that is *about* the term.
PHRASE_BONUS = 0.5
_PHRASE_FIELDS = ("keywords",)
_MAX_PHRASE = 16
BIGRAM_PREFIX = "\x00"


def _field_texts(entry: FaqEntry) -> dict[str, str]:
    return {
        "question": entry.question,
        "synonyms": "\n".join(entry.synonyms),
        "keywords": "\n".join(entry.keywords),
        "answer": entry.answer,
    }


@dataclass(frozen=True)
class IndexState:
    entries: tuple[FaqEntry, ...]
    by_id: dict[str, int]
    #: term -> [(entry position, precomputed BM25F weight)]
    postings: dict[str, list[tuple[int, float]]]
    #: term -> IDF (already multiplied by the channel weight)
    idf: dict[str, float]
    #: IDF given to a query term no entry contains, per channel
    unknown_idf: tuple[float, float]
    #: keyword / phrasing content string -> entry positions
    phrases: dict[str, tuple[int, ...]]
    max_phrase: int
    #: every term of each entry, to compute a hit's coverage
    doc_terms: tuple[frozenset[str], ...]
    #: every phrase and each of its beginnings of two characters or more: the phrase bonus
    #: stops extending a piece of the query as soon as no phrase begins with it
    phrase_prefixes: frozenset[str] = frozenset()


def _idf(n_docs: int, df: int) -> float:
    return math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))


@dataclass(frozen=True)
class IndexedEntry:
    """One entry, analysed: per field, its (term, tf) pairs and length per channel."""

    #: per field: (word items, bigram items, word count, bigram count)
    fields: tuple[tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...], int, int], ...]
    terms: frozenset[str]
    phrases: frozenset[str]


def analyze_entry(entry: FaqEntry, analyzer: Analyzer) -> IndexedEntry:
    texts = _field_texts(entry)
    fields = []
    terms: set[str] = set()
    phrases: set[str] = set()
    for name, spec in FIELDS.items():
        analyzed = analyzer.analyze(texts[name], segment=spec.segment)
        if name in _PHRASE_FIELDS:
            phrases.update(p for p in analyzed.clauses if 2 <= len(p) <= _MAX_PHRASE)
        words = Counter(analyzed.words)
        bigrams = Counter(BIGRAM_PREFIX + b for b in analyzed.bigrams)
        if spec.binary:
            word_items = tuple((t, 1) for t in words)
            bigram_items = tuple((t, 1) for t in bigrams)
        else:
            word_items = tuple(words.items())
            bigram_items = tuple(bigrams.items())
        terms.update(words)
        terms.update(bigrams)
        fields.append((word_items, bigram_items, len(analyzed.words), len(analyzed.bigrams)))
    return IndexedEntry(tuple(fields), frozenset(terms), frozenset(phrases))


def build_state(entries: Sequence[FaqEntry], docs: Sequence[IndexedEntry]) -> IndexState:
    ids: dict[str, int] = {}
    for pos, entry in enumerate(entries):
        if entry.id in ids:
            raise FaqDataError(f"duplicate entry id {entry.id!r}")
        ids[entry.id] = pos
    n_docs = len(entries)
    specs = list(FIELDS.values())

    # average field lengths, per channel
    avg: list[tuple[float, float]] = []
    for f in range(len(specs)):
        words = sum(doc.fields[f][2] for doc in docs)
        bigrams = sum(doc.fields[f][3] for doc in docs)
        avg.append((max(1.0, words / max(1, n_docs)), max(1.0, bigrams / max(1, n_docs))))

    df: Counter[str] = Counter()
    for doc in docs:
        df.update(doc.terms)
    log = math.log
    idf = {
        term: (BIGRAM_WEIGHT if term[0] == BIGRAM_PREFIX else 1.0) * log(1.0 + (n_docs - freq + 0.5) / (freq + 0.5))
        for term, freq in df.items()
    }

    postings: dict[str, list[tuple[int, float]]] = {term: [] for term in idf}
    k1 = K1
    for pos, doc in enumerate(docs):
        ptf: dict[str, float] = {}
        get = ptf.get
        for spec, (avg_words, avg_bigrams), (word_items, bigram_items, n_words, n_bigrams) in zip(
            specs, avg, doc.fields, strict=True
        ):
            if word_items:
                factor = spec.weight / (1.0 - spec.b + spec.b * n_words / avg_words)
                for term, tf in word_items:
                    ptf[term] = get(term, 0.0) + tf * factor
            if bigram_items:
                factor = spec.weight / (1.0 - spec.b + spec.b * n_bigrams / avg_bigrams)
                for term, tf in bigram_items:
                    ptf[term] = get(term, 0.0) + tf * factor
        for term, value in ptf.items():
            postings[term].append((pos, idf[term] * value * (k1 + 1.0) / (k1 + value)))

    phrase_sets: dict[str, list[int]] = {}
    for pos, doc in enumerate(docs):
        for phrase in doc.phrases:
            phrase_sets.setdefault(phrase, []).append(pos)

    unknown = _idf(n_docs, 0) if n_docs else 1.0
    return IndexState(
        entries=tuple(entries),
        by_id=ids,
        postings=postings,
        idf=idf,
        unknown_idf=(unknown, BIGRAM_WEIGHT * unknown),
        phrases={phrase: tuple(found) for phrase, found in phrase_sets.items()},
        max_phrase=max((len(p) for p in phrase_sets), default=0),
        doc_terms=tuple(doc.terms for doc in docs),
        phrase_prefixes=frozenset(phrase[:n] for phrase in phrase_sets for n in range(2, len(phrase) + 1)),
    )


def confident(
    hits: Sequence[SearchHit],
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    min_coverage: float = DEFAULT_MIN_COVERAGE,
    full_coverage: float = DEFAULT_FULL_COVERAGE,
    strong_score: float = DEFAULT_STRONG_SCORE,
) -> bool:
    """True when the top hit is good enough to answer with, False for "no good answer".

    Score and coverage are both needed: a long query can pile up score on a few
    common words, and a one-word query is fully covered by many entries at a low
    score. So the top hit must reach ``min_score`` and ``min_coverage``, and either
    contain nearly all of the query (``full_coverage``) or score strongly
    (``strong_score``); a partly matched query with a middling score (for example
    "周末去哪玩" against "客服周末有人吗") is not an answer.
    """
    if not hits:
        return False
    top = hits[0]
    if top.score < min_score or top.coverage < min_coverage:
        return False
    return top.coverage >= full_coverage or top.score >= strong_score
