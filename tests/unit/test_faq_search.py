"""Help-centre knowledge base and search (core/help/: entries, synonyms, tokenising, ranking, index).

Checks the shipped data, then the ranking against tests/data/faq_eval.yaml: top-1 and
top-3 accuracy on the tuning and the holdout split (printed; run with ``-s`` to see
them), synonym and typo handling, the "no good answer" decision, and index changes.
No timing assertions here: see bench/bench_faq_search.py.
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from core.help.entries import (
    FAQ_PATH,
    MAX_ANSWER_CHARS,
    SYNONYMS_PATH,
    USERDICT_PATH,
    FaqDataError,
    FaqEntry,
    load_categories,
    load_entries,
)
from core.help.index import FaqIndex
from core.help.ranking import SearchHit, confident
from core.help.synonyms import Normalizer, load_normalizer

EVAL_PATH = Path(__file__).resolve().parents[1] / "data" / "faq_eval.yaml"

EXPECTED_CATEGORIES = [
    "账户与登录",
    "发票开具",
    "查询与导出",
    "作废与红冲",
    "税务申报",
    "打印与设备",
    "数据与备份",
    "系统与更新",
    "安全与隐私",
    "联系客服",
]
#: WeChat drops a passive text reply over 2048 bytes; keep room for the template around it.
REPLY_LIMIT_BYTES = 2048
TEMPLATE_MARGIN_BYTES = 120


@pytest.fixture(scope="module")
def entries() -> list[FaqEntry]:
    return load_entries()


@pytest.fixture(scope="module")
def index(entries: list[FaqEntry]) -> FaqIndex:
    return FaqIndex(entries)


@pytest.fixture(scope="module")
def evals() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(EVAL_PATH.read_text(encoding="utf-8"))
    return data


def top_id(index: FaqIndex, query: str) -> str | None:
    hits = index.search(query, limit=1)
    return hits[0].entry.id if hits else None


# --------------------------------------------------------------------------- data


def test_categories_are_the_ten_in_order() -> None:
    assert load_categories() == EXPECTED_CATEGORIES


def test_shipped_entries_are_valid(entries: list[FaqEntry]) -> None:
    assert len(entries) >= 80
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for entry in entries:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry.id), entry.id
        assert entry.category in EXPECTED_CATEGORIES, entry.id
        assert entry.question.strip() and entry.answer.strip(), entry.id
        assert entry.keywords, f"{entry.id}: no keywords"
        assert len(entry.answer) <= MAX_ANSWER_CHARS, f"{entry.id}: answer has {len(entry.answer)} chars"
        reply = "\n".join([entry.question, entry.answer, entry.next_action or ""])
        size = len(reply.encode("utf-8")) + TEMPLATE_MARGIN_BYTES
        assert size <= REPLY_LIMIT_BYTES, f"{entry.id}: reply would be {size} bytes"
        lines = entry.answer.splitlines()
        assert lines[0].startswith("1. "), f"{entry.id}: answer is not a numbered list"
        numbers = [int(m.group(1)) for line in lines if (m := re.match(r"(\d+)\. ", line))]
        assert numbers == list(range(1, len(numbers) + 1)), f"{entry.id}: steps not numbered 1..n"


def test_every_category_has_entries(index: FaqIndex) -> None:
    for category in EXPECTED_CATEGORIES:
        assert index.entries_in(category), f"category {category} is empty"
    assert sum(len(index.entries_in(c)) for c in EXPECTED_CATEGORIES) == len(index)


def test_eval_file_is_well_formed(entries: list[FaqEntry], evals: dict[str, Any]) -> None:
    ids = {e.id for e in entries}
    assert len(evals["tuning"]) >= 120
    assert len(evals["holdout"]) >= 50
    assert len(evals["tuning"]) + len(evals["holdout"]) >= 170
    assert len(evals["no_answer"]) >= 10
    for split in ("tuning", "holdout"):
        for item in evals[split]:
            assert item["id"] in ids, f"{split}: unknown label {item['id']!r} for {item['q']!r}"
    tuning = {item["q"] for item in evals["tuning"]}
    holdout = {item["q"] for item in evals["holdout"]}
    assert not tuning & holdout, "a question is in both splits"


def test_synonym_map_and_user_dictionary() -> None:
    data = yaml.safe_load(SYNONYMS_PATH.read_text(encoding="utf-8"))
    variants = [v for vs in data["mappings"].values() for v in vs]
    assert len(variants) >= 60
    assert len(variants) == len(set(variants)), "a variant maps to two canonical words"
    lines = [line for line in USERDICT_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 60
    for line in lines:
        word, freq, tag = line.split(" ")
        assert word and int(freq) > 0 and tag.isalpha(), line
    words = {line.split(" ")[0] for line in lines}
    for term in ["数电票", "红冲", "纳税人识别号", "统一社会信用代码", "一证通", "专票", "普票", "红字确认单", "价税合计"]:
        assert term in words


def test_loader_rejects_bad_data(tmp_path: Path) -> None:
    base = yaml.safe_load(FAQ_PATH.read_text(encoding="utf-8"))
    first = base["entries"][0]

    def write(entries: list[dict[str, Any]]) -> Path:
        path = tmp_path / "faq.yaml"
        path.write_text(yaml.safe_dump({"categories": base["categories"], "entries": entries}, allow_unicode=True))
        return path

    with pytest.raises(FaqDataError, match="duplicate"):
        load_entries(write([first, first]))
    with pytest.raises(FaqDataError, match="unknown category"):
        load_entries(write([{**first, "category": "其他"}]))
    with pytest.raises(FaqDataError, match="answer"):
        load_entries(write([{**first, "answer": ""}]))
    loaded = load_entries(write([{**first, "next_action": None, "synonyms": None}]))
    assert loaded[0].next_action is None and loaded[0].synonyms == ()


# --------------------------------------------------------------------------- accuracy


def _accuracy(index: FaqIndex, items: list[dict[str, str]]) -> tuple[float, float, list[str]]:
    top1 = top3 = 0
    misses: list[str] = []
    for item in items:
        ids = [hit.entry.id for hit in index.search(item["q"], limit=3)]
        top1 += bool(ids) and ids[0] == item["id"]
        top3 += item["id"] in ids
        if not ids or ids[0] != item["id"]:
            misses.append(f"{item['q']} -> {ids} (want {item['id']})")
    return top1 / len(items), top3 / len(items), misses


@pytest.mark.parametrize("split", ["tuning", "holdout"])
def test_accuracy(index: FaqIndex, evals: dict[str, Any], split: str) -> None:
    top1, top3, misses = _accuracy(index, evals[split])
    print(f"\nFAQ search {split} ({len(evals[split])} questions): top-1 {top1:.1%}, top-3 {top3:.1%}")
    detail = "\n".join(misses)
    assert top1 >= 0.85, f"{split} top-1 {top1:.1%}\n{detail}"
    assert top3 >= 0.95, f"{split} top-3 {top3:.1%}\n{detail}"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("密码输错好几次登不上了", "login-locked"),
        ("发票开错了咋办", "fix-wrong-invoice"),
        ("打印出来位置不对", "print-misaligned"),
    ],
)
def test_colloquial_acceptance_questions(index: FaqIndex, query: str, expected: str) -> None:
    hits = index.search(query)
    assert hits[0].entry.id == expected
    assert index.confident(hits)


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("怎么登陆", "怎么登录"),
        ("登陆密码忘了", "登录密码忘记了"),
        ("登不上", "无法登录"),
        ("密码忘了", "忘记密码"),
        ("税号填错了", "纳税人识别号填错了"),
        ("撤销发票", "作废发票"),
        ("取消发票", "作废发票"),
        ("重新开具发票", "重开发票"),
        ("增值税专用发票和普通发票有什么区别", "专票和普票有什么区别"),
        ("全电发票怎么打印", "数电发票怎么打印"),
    ],
)
def test_synonyms_give_the_same_top_hit(index: FaqIndex, variant: str, canonical: str) -> None:
    assert top_id(index, variant) is not None
    assert top_id(index, variant) == top_id(index, canonical)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("发漂开错了", "fix-wrong-invoice"),
        ("怎么做废发票", "void-how"),
        ("红充原因怎么选", "red-letter-reasons"),
        ("申抱失败了", "filing-failed"),
        ("数据备分", "backup-how"),
        ("倒出excel", "export-how"),
        ("验正码收不到", "sms-code-not-received"),
    ],
)
def test_typos_still_match(index: FaqIndex, query: str, expected: str) -> None:
    assert top_id(index, query) == expected


def test_full_width_and_case_are_folded(index: FaqIndex) -> None:
    assert top_id(index, "ＣＳＶ打开乱码") == top_id(index, "csv打开乱码") == "export-csv-garbled"


def test_off_topic_queries_are_not_confident(index: FaqIndex, evals: dict[str, Any]) -> None:
    for query in evals["no_answer"]:
        hits = index.search(query)
        assert not index.confident(hits), f"{query!r} -> {hits[:1]}"
        assert index.best(query) is None


def test_most_tuning_questions_are_confident(index: FaqIndex, evals: dict[str, Any]) -> None:
    answered = [item for item in evals["tuning"] if index.confident(index.search(item["q"]))]
    assert len(answered) >= 0.9 * len(evals["tuning"])


def test_confident_rules() -> None:
    entry = FaqEntry("x", "联系客服", "q", "1. a", ("k",), (), None)
    assert not confident([])
    assert confident([SearchHit(entry, 4.0, 1.0)])
    assert not confident([SearchHit(entry, 1.0, 1.0)]), "score too low"
    assert not confident([SearchHit(entry, 50.0, 0.2)]), "too little of the query matched"
    assert not confident([SearchHit(entry, 7.0, 0.5)]), "partial match needs a strong score"
    assert confident([SearchHit(entry, 15.0, 0.5)])


# --------------------------------------------------------------------------- behaviour


def test_search_edge_cases(index: FaqIndex) -> None:
    assert index.search("") == []
    assert index.search("   ") == []
    assert index.search("的了吗") == []
    assert index.search("开票", limit=0) == []
    hits = index.search("开票", limit=5)
    assert 1 <= len(hits) <= 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    long_query = "发票开错了怎么办" * 200
    assert index.search(long_query)[0].entry.id == "fix-wrong-invoice"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_safe_to_search(text: str) -> None:
    index = _shared_index()
    hits = index.search(text, limit=3)
    assert len(hits) <= 3
    assert all(0.0 <= h.coverage <= 1.0 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len({h.entry.id for h in hits}) == len(hits)


_INDEX: list[FaqIndex] = []


def _shared_index() -> FaqIndex:
    if not _INDEX:
        _INDEX.append(FaqIndex(load_entries()))
    return _INDEX[0]


def test_get_and_entries_in(index: FaqIndex) -> None:
    entry = index.get("login-locked")
    assert entry is not None and entry.category == "账户与登录"
    assert index.get("no-such-entry") is None
    assert all(e.category == "打印与设备" for e in index.entries_in("打印与设备"))
    assert index.entries_in("不存在的分类") == []


def test_add_replace_retire(entries: list[FaqEntry]) -> None:
    index = FaqIndex(entries)
    new = FaqEntry(
        id="invoice-seal",
        category="发票开具",
        question="数电发票需要盖发票专用章吗？",
        answer="1. 数电发票不需要加盖发票专用章。",
        keywords=("发票专用章", "盖章", "印章"),
        synonyms=("电子发票要盖章吗",),
        next_action=None,
    )
    assert top_id(index, "电子发票要不要盖章") != "invoice-seal"
    index.add(new)
    assert len(index) == len(entries) + 1
    assert top_id(index, "电子发票要不要盖章") == "invoice-seal"
    with pytest.raises(KeyError):
        index.add(new)

    index.replace(replace(new, keywords=("公章",), synonyms=(), question="发票上要不要盖公章？"))
    replaced = index.get("invoice-seal")
    assert replaced is not None and replaced.question == "发票上要不要盖公章？"
    assert top_id(index, "发票要盖公章吗") == "invoice-seal"

    index.retire("invoice-seal")
    assert index.get("invoice-seal") is None
    assert len(index) == len(entries)
    with pytest.raises(KeyError):
        index.retire("invoice-seal")
    with pytest.raises(KeyError):
        index.replace(new)

    index.rebuild(entries[:10])
    assert len(index) == 10
    with pytest.raises(FaqDataError, match="duplicate"):
        index.rebuild([entries[0], entries[0]])
    assert len(index) == 10, "a failed rebuild keeps the old index"


def test_search_during_rebuilds(entries: list[FaqEntry]) -> None:
    index = FaqIndex(entries)
    errors: list[BaseException] = []
    stop = threading.Event()

    def searcher() -> None:
        try:
            while not stop.is_set():
                hits = index.search("发票开错了咋办")
                assert hits and hits[0].entry.id in {"fix-wrong-invoice"}
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=searcher) for _ in range(3)]
    for t in threads:
        t.start()
    for i in range(5):
        index.rebuild(entries if i % 2 else list(reversed(entries)))
    stop.set()
    for t in threads:
        t.join()
    assert not errors


def test_normalizer_longest_match_without_cascading() -> None:
    normalizer = Normalizer({"税号": "纳税人识别号", "识别号": "纳税人识别号", "登陆": "登录"}, protect=["提交税务"])
    assert normalizer("税号") == "纳税人识别号"
    assert normalizer("纳税人识别号") == "纳税人识别号", "the canonical word is not rewritten again"
    assert normalizer("ＡＢＣ登陆") == "abc登录"
    assert normalizer("提交税务申报") == "提交税务申报"
    shipped = load_normalizer()
    assert shipped("登陆不上去") == "无法登录去"
    assert shipped("我要交税") == "我要缴税"
    assert shipped("提交税务机关") == "提交税务机关"


def test_jieba_cache_goes_where_the_server_says(tmp_path, monkeypatch):
    """The server passes DATA_DIR/cache (fapiao/server.py); FAPIAO_CACHE_DIR still wins when set."""
    from core.help import tokenising

    monkeypatch.setattr(tokenising, "_CACHE_DIR", [])
    monkeypatch.delenv("FAPIAO_CACHE_DIR", raising=False)
    tokenising.use_cache_dir(tmp_path / "var" / "cache")
    assert tokenising._cache_dir() == str(tmp_path / "var" / "cache")
    assert (tmp_path / "var" / "cache").is_dir()
    monkeypatch.setenv("FAPIAO_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert tokenising._cache_dir() == str(tmp_path / "elsewhere")


async def test_after_warm_up_a_first_question_loads_nothing(core, tmp_path, monkeypatch):
    from core.help import tokenising

    await core.help.warm_up(tmp_path / "cache")
    loaded = dict(tokenising._JIEBA)
    assert loaded  # jieba is in memory before any question

    def no_loading(*_args, **_kwargs):
        raise AssertionError("a question loaded jieba or rebuilt the index")

    monkeypatch.setattr("core.help.service._index_for", no_loading)
    answer = await core.help.answer("增值税什么时候申报")
    assert answer.entry is not None or answer.alternatives
    assert loaded == tokenising._JIEBA


# --------------------------------------------------------------------------- speed, same answers


def _reference_search(index: FaqIndex, query: str, limit: int = 3) -> list[tuple[str, float, float]]:
    """The search as it was before it scored only the entries a term reaches and cut the phrase
    scan short: every entry scored, heapq.nlargest over all, every piece of the query looked up."""
    import heapq

    from core.help.index import MAX_QUERY_CHARS
    from core.help.ranking import BIGRAM_PREFIX, PHRASE_BONUS

    if limit <= 0 or not query or not query.strip():
        return []
    state = index._state
    analyzed = index.analyzer.analyze(query[:MAX_QUERY_CHARS], cache=False)
    terms = list(dict.fromkeys(analyzed.words))
    terms.extend(dict.fromkeys(BIGRAM_PREFIX + b for b in analyzed.bigrams))
    if not terms:
        return []
    unknown_word, unknown_bigram = state.unknown_idf
    scores = [0.0] * len(state.entries)
    total, hit_any, present = 0.0, False, []
    for term in terms:
        plist = state.postings.get(term)
        if plist is None:
            total += unknown_bigram if term[0] == BIGRAM_PREFIX else unknown_word
            continue
        total += state.idf[term]
        present.append((term, state.idf[term]))
        hit_any = True
        for pos, weight in plist:
            scores[pos] += weight
    if not hit_any:
        return []
    if analyzed.content_chars and state.phrases:
        longest: dict[int, int] = {}
        for text in analyzed.clauses:
            n = len(text)
            for i in range(n - 1):
                for j in range(i + 2, min(n, i + state.max_phrase) + 1):
                    for pos in state.phrases.get(text[i:j], ()):
                        longest[pos] = max(longest.get(pos, 0), j - i)
        for pos, length in longest.items():
            scores[pos] += PHRASE_BONUS * total * min(1.0, length / analyzed.content_chars)
    hits = []
    for pos in heapq.nlargest(limit, range(len(scores)), key=scores.__getitem__):
        if scores[pos] <= 0.0:
            break
        matched = sum(idf for term, idf in present if term in state.doc_terms[pos])
        hits.append((state.entries[pos].id, round(scores[pos], 6), round(min(1.0, matched / total), 6)))
    return hits


def _queries(entries: list[FaqEntry], evals: dict[str, Any]) -> list[str]:
    texts = [str(c["q"]) for split in ("tuning", "holdout") for c in evals[split]] + [str(q) for q in evals["no_answer"]]
    for entry in entries:
        texts += [entry.question, *entry.synonyms, *entry.keywords, entry.answer[:60]]
    return texts + [a + "，" + b for a, b in zip(texts, reversed(texts), strict=True)] + ["开票", "红冲", "", "  "]


def test_search_ranks_and_scores_as_the_full_scan_did(index: FaqIndex, entries: list[FaqEntry],
                                                       evals: dict[str, Any]) -> None:
    for query in _queries(entries, evals):
        for limit in (1, 3, 8):
            assert [(h.entry.id, h.score, h.coverage) for h in index.search(query, limit)] == \
                _reference_search(index, query, limit), query


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="开票发票红冲作废申报税号密码登录怎么的了吗 ab12？，", max_size=30))
def test_any_text_ranks_as_the_full_scan_did(text: str) -> None:
    index = _shared_index()
    assert [(h.entry.id, h.score, h.coverage) for h in index.search(text, 3)] == _reference_search(index, text, 3)


def test_remembered_answers_are_the_search_and_follow_edits(entries: list[FaqEntry]) -> None:
    index = FaqIndex(entries)
    question = "电子发票要不要盖章"
    first = index.search_cached(question)
    assert first == index.search(question)
    first.clear()  # a caller changing its list does not change what is remembered
    assert index.search_cached(question) == index.search(question)
    assert index.search_cached(question, 1) == index.search(question, 1)
    assert index.search_cached("", 3) == [] and index.search_cached("开票", 0) == []

    seal = FaqEntry(id="invoice-seal", category="发票开具", question="数电发票需要盖发票专用章吗？",
                    answer="1. 数电发票不需要加盖发票专用章。", keywords=("发票专用章", "盖章"),
                    synonyms=("电子发票要盖章吗",), next_action=None)
    index.add(seal)  # an edit: the old answer is not remembered past it
    assert index.search_cached(question)[0].entry.id == "invoice-seal"
    index.retire("invoice-seal")
    assert index.search_cached(question) == index.search(question)
    assert all(h.entry.id != "invoice-seal" for h in index.search_cached(question))

    long_question = "发票开错了怎么办" * 40  # past MAX_QUERY_CHARS: searched, not kept
    assert index.search_cached(long_question) == index.search(long_question)
    assert all(key[0] != long_question for key in index._answers[1])


def test_remembered_answers_are_bounded(entries: list[FaqEntry], monkeypatch: pytest.MonkeyPatch) -> None:
    import core.help.index as index_module

    monkeypatch.setattr(index_module, "SEARCH_CACHE_SIZE", 3)
    index = FaqIndex(entries)
    for question in ("开票", "红冲", "作废", "申报", "密码"):
        index.search_cached(question)
    assert [key[0] for key in index._answers[1]] == ["作废", "申报", "密码"]  # the oldest went first
