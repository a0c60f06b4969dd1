"""Tokenising: normalised text into jieba word tokens and character bigrams.

* **words**: jieba tokens (precise mode plus the known 2-/3-grams inside long words,
  as jieba's search mode does; custom dictionary ``data/userdict.txt``; stop words dropped);
* **character bigrams**: a fallback so that misspellings, unknown words and odd
  segmentations still overlap with the right entry.

Queries and documents pass through the same normalisation (:mod:`core.help.synonyms`)
first. jieba is loaded lazily, once per process and thread-safely (see :func:`warm_up`),
with its cache file in a writable directory; it is never re-loaded per query.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from core.help.entries import USERDICT_PATH
from core.help.synonyms import Normalizer, load_normalizer

_log = logging.getLogger(__name__)

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
