"""Help-centre search: the FAQ knowledge base and a small BM25 engine over it.

Pure Python, no database. The knowledge base ships as YAML next to this module
(``data/faq.yaml``), together with a synonym/typo map (``data/synonyms.yaml``) and a
jieba user dictionary of domain terms (``data/userdict.txt``).

Ranking is BM25F, implemented here (no ranking library such as rank-bm25): every
field of an entry gets its own length normalisation and weight (question >
synonyms/keywords > answer) and the weighted term frequencies are combined *before*
BM25 saturation, so a word that appears in several fields does not count several
times over.  Two channels are scored and added up:

* **words**: jieba tokens (precise mode plus the known 2-/3-grams inside long words,
  as jieba's search mode does; custom dictionary; stop words dropped);
* **character bigrams** (weighted lower): a fallback so that misspellings, unknown
  words and odd segmentations still overlap with the right entry.  The answer, the
  longest and least important field, is indexed by bigrams only.

On top of that, an entry whose keyword occurs verbatim in the query gets a bonus, so
a one-word query ("红冲") lands on the entry about that word rather than on one of
the many that mention it.

Queries and documents pass through the same normalisation (NFKC, lower case, the
synonym/typo map) before tokenising.  All per-term, per-entry weights are
precomputed into postings lists when the index is built, so a query only walks the
postings of its own terms.

Besides the score, each hit carries a *coverage*: the share of the query's
IDF-weighted terms that the entry actually contains.  :func:`confident` uses both,
so the caller can say "no good answer" honestly for off-topic or gibberish input.

jieba is loaded lazily, once per process and thread-safely (see :func:`warm_up`),
with its cache file in a writable directory; it is never re-loaded per query.
"""

from __future__ import annotations

import heapq
import logging
import math
import os
import re
import tempfile
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "DEFAULT_FULL_COVERAGE",
    "DEFAULT_MIN_COVERAGE",
    "DEFAULT_MIN_SCORE",
    "DEFAULT_STRONG_SCORE",
    "FAQ_PATH",
    "MAX_ANSWER_CHARS",
    "SYNONYMS_PATH",
    "USERDICT_PATH",
    "Analyzer",
    "FaqDataError",
    "FaqEntry",
    "FaqIndex",
    "Normalizer",
    "SearchHit",
    "confident",
    "default_analyzer",
    "load_categories",
    "load_entries",
    "load_normalizer",
    "use_cache_dir",
    "warm_up",
]

_log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
FAQ_PATH = DATA_DIR / "faq.yaml"
SYNONYMS_PATH = DATA_DIR / "synonyms.yaml"
USERDICT_PATH = DATA_DIR / "userdict.txt"

#: An answer must fit a WeChat passive reply (2048 bytes UTF-8) with its question.
MAX_ANSWER_CHARS = 500

#: Thresholds for :func:`confident`, tuned on ``tests/data/faq_eval.yaml`` (tuning split
#: and no_answer list). A hit must reach both minimums, and in addition either cover
#: most of the query or score strongly.
DEFAULT_MIN_SCORE = 3.0
DEFAULT_MIN_COVERAGE = 0.4
DEFAULT_FULL_COVERAGE = 0.75
DEFAULT_STRONG_SCORE = 10.0

#: Longer input is cut before analysis: it bounds query time, and a help question
#: never needs more.
MAX_QUERY_CHARS = 200


# --------------------------------------------------------------------------- entries


class FaqDataError(ValueError):
    """The FAQ data file is malformed."""


@dataclass(frozen=True)
class FaqEntry:
    id: str
    category: str
    question: str
    answer: str
    keywords: tuple[str, ...]
    synonyms: tuple[str, ...]
    next_action: str | None


@dataclass(frozen=True)
class SearchHit:
    entry: FaqEntry
    score: float
    #: Share (0..1) of the query's IDF-weighted terms found in this entry.
    coverage: float = 1.0


def _read_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise FaqDataError(f"{path}: expected a mapping at the top level")
    return data


def _str_list(raw: object, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str | int | float) for x in raw):
        raise FaqDataError(f"{where}: expected a list of strings")
    return tuple(str(x).strip() for x in raw if str(x).strip())


def load_categories(path: Path | None = None) -> list[str]:
    """The category names, in display order, from the FAQ file."""
    data = _read_yaml(path or FAQ_PATH)
    cats = _str_list(data.get("categories"), "categories")
    if not cats:
        raise FaqDataError("categories: missing or empty")
    if len(set(cats)) != len(cats):
        raise FaqDataError("categories: duplicate names")
    return list(cats)


def load_entries(path: Path | None = None) -> list[FaqEntry]:
    """All FAQ entries from the YAML file (default: the shipped knowledge base).

    Raises :class:`FaqDataError` on a missing field, an unknown category or a
    duplicate id.
    """
    file = path or FAQ_PATH
    data = _read_yaml(file)
    categories = set(load_categories(file))
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list):
        raise FaqDataError("entries: expected a list")
    entries: list[FaqEntry] = []
    seen: set[str] = set()
    for n, raw in enumerate(raw_entries):
        where = f"entries[{n}]"
        if not isinstance(raw, dict):
            raise FaqDataError(f"{where}: expected a mapping")
        values: dict[str, str] = {}
        for key in ("id", "category", "question", "answer"):
            value = raw.get(key)
            if not isinstance(value, str) or not value.strip():
                raise FaqDataError(f"{where}: '{key}' is missing or empty")
            values[key] = value.strip()
        entry_id = values["id"]
        where = f"entry {entry_id!r}"
        if entry_id in seen:
            raise FaqDataError(f"{where}: duplicate id")
        seen.add(entry_id)
        if values["category"] not in categories:
            raise FaqDataError(f"{where}: unknown category {values['category']!r}")
        next_action = raw.get("next_action")
        if next_action is not None and not isinstance(next_action, str):
            raise FaqDataError(f"{where}: 'next_action' must be a string")
        entries.append(
            FaqEntry(
                id=entry_id,
                category=values["category"],
                question=values["question"],
                answer=values["answer"],
                keywords=_str_list(raw.get("keywords"), f"{where}.keywords"),
                synonyms=_str_list(raw.get("synonyms"), f"{where}.synonyms"),
                next_action=(next_action.strip() or None) if next_action else None,
            )
        )
    return entries


# --------------------------------------------------------------------------- normalisation


def _fold(text: str) -> str:
    """Full-width to half-width, compatibility forms folded, lower case."""
    return unicodedata.normalize("NFKC", text).lower()


class Normalizer:
    """Rewrites synonyms and common typos to one canonical spelling.

    One pass, longest match first, no cascading: a replacement is never rewritten
    again. Canonical words and *protected* words are matched as themselves, so a
    canonical term is never broken up by a shorter variant inside it.
    """

    def __init__(self, mapping: Mapping[str, str], protect: Iterable[str] = ()) -> None:
        table: dict[str, str] = {}
        for variant, canonical in mapping.items():
            v, c = _fold(variant).strip(), _fold(canonical).strip()
            if v and c:
                table[v] = c
                table.setdefault(c, c)
        for word in protect:
            w = _fold(word).strip()
            if w:
                table[w] = w
        self._table = table
        if table:
            alternation = "|".join(re.escape(k) for k in sorted(table, key=lambda k: (-len(k), k)))
            self._pattern: re.Pattern[str] | None = re.compile(alternation)
        else:
            self._pattern = None

    def __len__(self) -> int:
        return len(self._table)

    def __call__(self, text: str) -> str:
        folded = _fold(text)
        if self._pattern is None:
            return folded
        table = self._table
        return self._pattern.sub(lambda m: table[m.group(0)], folded)


def load_normalizer(path: Path | None = None) -> Normalizer:
    """The synonym/typo map: ``mappings: {canonical: [variant, ...]}`` plus ``protect: [...]``."""
    file = path or SYNONYMS_PATH
    data = _read_yaml(file)
    raw = data.get("mappings") or {}
    if not isinstance(raw, dict):
        raise FaqDataError(f"{file}: 'mappings' must be a mapping")
    mapping: dict[str, str] = {}
    for canonical, variants in raw.items():
        for variant in _str_list(variants, f"mappings.{canonical}"):
            mapping[variant] = str(canonical)
    return Normalizer(mapping, _str_list(data.get("protect"), "protect"))


# --------------------------------------------------------------------------- tokenising

_CACHE_ENV = "FAPIAO_CACHE_DIR"


_CACHE_DIR: list[str] = []


def use_cache_dir(path: str | os.PathLike[str]) -> None:
    """Keep jieba's prefix-dictionary cache in ``path`` (the server passes ``DATA_DIR/cache``, so
    each deployment keeps its own and a restart loads from it instead of rebuilding, ~1 s less).
    Call before jieba is loaded (:func:`warm_up`); FAPIAO_CACHE_DIR still wins when set."""
    _CACHE_DIR[:] = [os.fspath(path)]


def _cache_dir() -> str:
    """A writable directory for jieba's prefix-dictionary cache."""
    candidates = [os.environ.get(_CACHE_ENV), *_CACHE_DIR,
                  os.path.join(os.path.expanduser("~"), ".cache", "fapiao")]
    for candidate in candidates:
        if not candidate:
            continue
        try:
            os.makedirs(candidate, exist_ok=True)
        except OSError:
            continue
        if os.access(candidate, os.W_OK):
            return candidate
    return tempfile.gettempdir()


_JIEBA_LOCK = threading.Lock()
_JIEBA: dict[Path, Any] = {}


def _jieba_tokenizer(userdict: Path) -> Any:
    """One ``jieba.Tokenizer`` per user dictionary per process, built on first use."""
    tokenizer = _JIEBA.get(userdict)
    if tokenizer is not None:
        return tokenizer
    with _JIEBA_LOCK:
        tokenizer = _JIEBA.get(userdict)
        if tokenizer is None:
            import jieba

            # jieba logs its dictionary loading at DEBUG level to its own stderr handler.
            logging.getLogger("jieba").setLevel(logging.WARNING)
            started = time.perf_counter()
            tokenizer = jieba.Tokenizer()
            tokenizer.tmp_dir = _cache_dir()
            tokenizer.initialize()
            if userdict.exists():
                tokenizer.load_userdict(str(userdict))
            _JIEBA[userdict] = tokenizer
            _log.info("help search: jieba loaded in %.2f s (cache in %s)", time.perf_counter() - started, tokenizer.tmp_dir)
    return tokenizer


# Function words, question words and chat filler: they say nothing about the topic.
_STOP_WORDS_TEXT = """
    的 了 吗 呢 啊 吧 呀 哦 嘛 么 啦 嗯 哈 哇 呗 喔 噢 诶 欸 额 呃
    我 我们 你 你们 您 他 她 它 他们 她们 咱 咱们 自己 人家
    这 那 这个 那个 这些 那些 这里 那里 这样 那样 这么 那么 此
    哪 哪个 哪些 哪里 哪儿 在哪 在哪里 在哪儿 哪位
    什么 啥 咋 咋办 咋整 咋弄 咋搞 怎么 怎么样 怎样 怎么办 怎么回事 怎么弄 怎么搞 怎么整 如何
    为什么 为啥 干嘛 干啥 是不是 是否 有没有 能否 可否
    是 在 有 和 与 及 或 或者 以及 就 都 也 还 又 很 太 更 再 最 挺 非常 特别
    被 把 让 给 从 对 向 于 为 以 之 其 而 且 但 但是 并 所 跟 同 比
    一下 一个 个 些 一些 点 一点 请问 请 你好 您好 麻烦 谢谢 多谢 感谢 在吗 问下 问一下 想问
    下 上 里 中 内 后 前 时 时候 的话
    可以 可不可以 能不能 能 会 要 想 想要 需要 需 应该 该 得 地 着 过 到 去 来
    老是 总是 一直 突然 现在 刚才 刚刚 已经 还是 就是 到底 其实 然后 所以 因为 如果 如果是
    好 好的 行 不行 不 没 别 说 问 知道 看看 看 弄 搞 整 做 办 用 使用 操作 处理
    出来 进去 进来 起来 下来 上去 一样 东西 事 事情 情况 问题 方法 办法 步骤
    吗吗 呀呀 哈哈 哈哈哈 哈哈哈哈
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

# Characters whose bigrams (both characters in this set) carry no topic.
_STOP_CHARS = frozenset(
    "的了吗呢啊吧呀哦嘛么啦嗯哈我你您他她它们这那哪个是在有和与及或就都也还又很太更再"
    "被把让给从对向于为以之其而且但并所怎样什啥咋些儿得地着过一下上去来要想能会该如何"
    "办弄搞做可不没说请问好"
)

_CLAUSE_SPLIT = re.compile(r"[^\w%.]+")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")
_KEEP_TOKEN = re.compile(r"\w")


def _add_bigrams(text: str, out: list[str]) -> None:
    stop = _STOP_CHARS
    for han in _HAN_RUN.findall(text):
        out.extend(a + b for a, b in pairwise(han) if a not in stop or b not in stop)


@dataclass(frozen=True)
class Analyzed:
    words: tuple[str, ...]
    bigrams: tuple[str, ...]
    #: the normalised text split at punctuation and spaces
    clauses: tuple[str, ...] = ()
    #: characters in content words (stop words and punctuation not counted)
    content_chars: int = 0


class Analyzer:
    """Normalise, segment and filter text into word tokens and character bigrams.

    ``hmm`` turns on jieba's HMM guessing of unknown words. It is off by default: it
    made no difference on the eval set (the bigram channel already covers unknown
    words and typos) and costs about a fifth of the segmentation time.
    """

    _CACHE_LIMIT = 200_000

    def __init__(self, normalizer: Normalizer, userdict: Path = USERDICT_PATH, *, hmm: bool = False) -> None:
        self.normalizer = normalizer
        self.userdict = userdict
        self.hmm = hmm
        self._clause_cache: dict[str, tuple[str, ...]] = {}
        self._text_cache: dict[str, Analyzed] = {}

    @property
    def tokenizer(self) -> Any:
        return _jieba_tokenizer(self.userdict)

    def _cut(self, clause: str, tokenizer: Any, cache: bool) -> tuple[str, ...]:
        """jieba's precise-mode segmentation of one clause (memoised for documents)."""
        if cache:
            hit = self._clause_cache.get(clause)
            if hit is not None:
                return hit
        tokens = tuple(str(t) for t in tokenizer.lcut(clause, HMM=self.hmm))
        if cache:
            if len(self._clause_cache) >= self._CACHE_LIMIT:
                self._clause_cache.clear()
            self._clause_cache[clause] = tokens
        return tokens

    def analyze(self, text: str, *, cache: bool = True, segment: bool = True) -> Analyzed:
        """Tokens of ``text``. ``cache`` memoises results (use it for documents, not queries).

        With ``segment=False`` jieba is skipped: only character bigrams are produced
        (those inside stop-word runs dropped), which is several times faster.
        """
        if not segment:
            return self._bigrams_only(text)
        if cache:
            hit = self._text_cache.get(text)
            if hit is not None:
                return hit
        normalized = self.normalizer(text)
        tokenizer = self.tokenizer
        freq: Mapping[str, int] = tokenizer.FREQ
        words: list[str] = []
        bigrams: list[str] = []
        clauses: list[str] = []
        content_chars = 0
        for clause in _CLAUSE_SPLIT.split(normalized):
            if not clause:
                continue
            clauses.append(clause)
            run: list[str] = []
            for token in (*self._cut(clause, tokenizer, cache), ""):
                token = token.strip("._ ")
                if token and token not in STOP_WORDS and _KEEP_TOKEN.search(token):
                    # search mode, as jieba.cut_for_search: known 2- and 3-grams inside
                    # a longer word, then the word itself
                    for n in (2, 3):
                        if len(token) > n:
                            for i in range(len(token) - n + 1):
                                gram = token[i : i + n]
                                if freq.get(gram):
                                    words.append(gram)
                    words.append(token)
                    run.append(token)
                    content_chars += len(token)
                    continue
                # a stop word, punctuation or the end: bigrams of the content run so far
                if run:
                    _add_bigrams("".join(run), bigrams)
                    run = []
        result = Analyzed(tuple(words), tuple(bigrams), tuple(clauses), content_chars)
        if cache:
            if len(self._text_cache) >= self._CACHE_LIMIT:
                self._text_cache.clear()
            self._text_cache[text] = result
        return result

    def _bigrams_only(self, text: str) -> Analyzed:
        bigrams: list[str] = []
        _add_bigrams(self.normalizer(text), bigrams)
        return Analyzed((), tuple(bigrams))


_DEFAULT_ANALYZER: Analyzer | None = None
_DEFAULT_LOCK = threading.Lock()


def default_analyzer() -> Analyzer:
    """The process-wide analyzer over the shipped synonyms and user dictionary."""
    global _DEFAULT_ANALYZER
    analyzer = _DEFAULT_ANALYZER
    if analyzer is None:
        with _DEFAULT_LOCK:
            if _DEFAULT_ANALYZER is None:
                _DEFAULT_ANALYZER = Analyzer(load_normalizer())
            analyzer = _DEFAULT_ANALYZER
    return analyzer


def warm_up() -> None:
    """Load jieba and the user dictionary now (about a second), e.g. at startup or in a thread."""
    default_analyzer().analyze("开票", cache=False)


# --------------------------------------------------------------------------- ranking


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
_BIGRAM_PREFIX = "\x00"


def _field_texts(entry: FaqEntry) -> dict[str, str]:
    return {
        "question": entry.question,
        "synonyms": "\n".join(entry.synonyms),
        "keywords": "\n".join(entry.keywords),
        "answer": entry.answer,
    }


@dataclass(frozen=True)
class _State:
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


def _idf(n_docs: int, df: int) -> float:
    return math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))


@dataclass(frozen=True)
class _Doc:
    """One entry, analysed: per field, its (term, tf) pairs and length per channel."""

    #: per field: (word items, bigram items, word count, bigram count)
    fields: tuple[tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...], int, int], ...]
    terms: frozenset[str]
    phrases: frozenset[str]


def _analyze_entry(entry: FaqEntry, analyzer: Analyzer) -> _Doc:
    texts = _field_texts(entry)
    fields = []
    terms: set[str] = set()
    phrases: set[str] = set()
    for name, spec in FIELDS.items():
        analyzed = analyzer.analyze(texts[name], segment=spec.segment)
        if name in _PHRASE_FIELDS:
            phrases.update(p for p in analyzed.clauses if 2 <= len(p) <= _MAX_PHRASE)
        words = Counter(analyzed.words)
        bigrams = Counter(_BIGRAM_PREFIX + b for b in analyzed.bigrams)
        if spec.binary:
            word_items = tuple((t, 1) for t in words)
            bigram_items = tuple((t, 1) for t in bigrams)
        else:
            word_items = tuple(words.items())
            bigram_items = tuple(bigrams.items())
        terms.update(words)
        terms.update(bigrams)
        fields.append((word_items, bigram_items, len(analyzed.words), len(analyzed.bigrams)))
    return _Doc(tuple(fields), frozenset(terms), frozenset(phrases))


def _build_state(entries: Sequence[FaqEntry], docs: Sequence[_Doc]) -> _State:
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
        term: (BIGRAM_WEIGHT if term[0] == _BIGRAM_PREFIX else 1.0) * log(1.0 + (n_docs - freq + 0.5) / (freq + 0.5))
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
    return _State(
        entries=tuple(entries),
        by_id=ids,
        postings=postings,
        idf=idf,
        unknown_idf=(unknown, BIGRAM_WEIGHT * unknown),
        phrases={phrase: tuple(found) for phrase, found in phrase_sets.items()},
        max_phrase=max((len(p) for p in phrase_sets), default=0),
        doc_terms=tuple(doc.terms for doc in docs),
    )


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
        self._docs: dict[FaqEntry, _Doc] = {}
        self._state = self._build(list(entries))

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
        terms.extend(dict.fromkeys(_BIGRAM_PREFIX + b for b in analyzed.bigrams))
        if not terms:
            return []
        postings, idf = state.postings, state.idf
        unknown_word, unknown_bigram = state.unknown_idf
        scores = [0.0] * len(state.entries)
        total = 0.0
        hit_any = False
        present: list[tuple[str, float]] = []
        for term in terms:
            plist = postings.get(term)
            if plist is None:
                total += unknown_bigram if term[0] == _BIGRAM_PREFIX else unknown_word
                continue
            term_idf = idf[term]
            total += term_idf
            present.append((term, term_idf))
            hit_any = True
            for pos, weight in plist:
                scores[pos] += weight
        if not hit_any:
            return []
        self._phrase_bonus(state, analyzed, total, scores)
        best = heapq.nlargest(limit, range(len(scores)), key=scores.__getitem__)
        hits = []
        for pos in best:
            score = scores[pos]
            if score <= 0.0:
                break
            terms_of_entry = state.doc_terms[pos]
            matched = sum(term_idf for term, term_idf in present if term in terms_of_entry)
            hits.append(SearchHit(state.entries[pos], round(score, 6), round(min(1.0, matched / total), 6)))
        return hits

    @staticmethod
    def _phrase_bonus(state: _State, query: Analyzed, total: float, scores: list[float]) -> None:
        content_len = query.content_chars
        if not content_len or not state.phrases:
            return
        longest: dict[int, int] = {}
        table, max_len = state.phrases, state.max_phrase
        for text in query.clauses:
            n = len(text)
            for i in range(n - 1):
                for j in range(i + 2, min(n, i + max_len) + 1):
                    found = table.get(text[i:j])
                    if found:
                        for pos in found:
                            if longest.get(pos, 0) < j - i:
                                longest[pos] = j - i
        for pos, length in longest.items():
            scores[pos] += PHRASE_BONUS * total * min(1.0, length / content_len)

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

    def _build(self, entries: list[FaqEntry]) -> _State:
        """A new state; entries analysed before (same content) are not analysed again."""
        cache = self._docs
        docs = []
        for entry in entries:
            doc = cache.get(entry)
            if doc is None:
                doc = _analyze_entry(entry, self.analyzer)
            docs.append(doc)
        state = _build_state(entries, docs)
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
