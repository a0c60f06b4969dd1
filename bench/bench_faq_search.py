"""Benchmark of the help-centre search (core/help/index.py).

Builds an index of 1,000 entries (the shipped FAQ plus synthetic variants of it), runs a
few thousand queries (the eval questions, typo'd copies of them and off-topic input) and
prints latency percentiles, throughput, build times, and top-1/top-3 accuracy on the
tuning and holdout splits.

    .venv/bin/python bench/bench_faq_search.py [--entries 1000] [--queries 5000] [--seed 7]
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.help.entries import FaqEntry, load_entries  # noqa: E402
from core.help.index import FaqIndex  # noqa: E402
from core.help.synonyms import load_normalizer  # noqa: E402
from core.help.tokenising import Analyzer, warm_up  # noqa: E402

EVAL_PATH = ROOT / "tests" / "data" / "faq_eval.yaml"

# Context phrases that make a synthetic variant read like a different, more specific entry.
CONTEXTS = [
    "个体工商户",
    "餐饮店",
    "建筑公司",
    "代账公司",
    "小规模纳税人",
    "一般纳税人",
    "在小程序里",
    "在公众号里",
    "用电脑",
    "用苹果手机",
    "月底",
    "季度末",
    "第一次",
    "新员工",
    "分公司",
    "外地项目",
    "跨年",
    "节假日",
    "出口业务",
    "软件企业",
]


def synthetic_entries(shipped: list[FaqEntry], total: int, rng: random.Random) -> list[FaqEntry]:
    """``total`` entries: the shipped ones plus variants recombined from them."""
    out = list(shipped)
    n = 0
    while len(out) < total:
        base = shipped[n % len(shipped)]
        other = rng.choice(shipped)
        context = rng.choice(CONTEXTS)
        lines = base.answer.splitlines()
        extra = rng.choice(other.answer.splitlines())
        lines.insert(rng.randrange(len(lines) + 1), extra)
        out.append(
            replace(
                base,
                id=f"{base.id}~v{n}",
                question=f"{context}：{base.question}",
                answer="\n".join(lines),
                keywords=(*base.keywords[1:], context, rng.choice(other.keywords or (context,))),
                synonyms=tuple(rng.sample(base.synonyms, len(base.synonyms))),
            )
        )
        n += 1
    return out


def make_unique(entries: list[FaqEntry], rng: random.Random) -> list[FaqEntry]:
    """Copies whose texts share no clause with each other (defeats tokenisation memos)."""
    chars = sorted({c for e in entries for c in e.question if "\u4e00" <= c <= "\u9fff"})

    def salt(text: str) -> str:
        return "".join(ch + (rng.choice(chars) + rng.choice(chars) if ch in "，。？、\n" else "") for ch in text)

    return [
        replace(
            e,
            question=salt(e.question) + rng.choice(chars),
            answer=salt(e.answer),
            keywords=tuple(k + rng.choice(chars) for k in e.keywords),
            synonyms=tuple(salt(s) + rng.choice(chars) for s in e.synonyms),
        )
        for e in entries
    ]


def typo(text: str, rng: random.Random) -> str:
    """Drop, double or swap one character."""
    if len(text) < 3:
        return text
    i = rng.randrange(len(text) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return text[:i] + text[i + 1 :]
    if kind == 1:
        return text[:i] + text[i] + text[i:]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def accuracy(index: FaqIndex, items: list[dict[str, str]]) -> tuple[float, float]:
    top1 = top3 = 0
    for item in items:
        ids = [hit.entry.id.split("~")[0] for hit in index.search(item["q"], limit=3)]
        top1 += bool(ids) and ids[0] == item["id"]
        top3 += item["id"] in ids
    return top1 / len(items), top3 / len(items)


def percentile(sorted_values: list[float], p: float) -> float:
    k = (len(sorted_values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    print(f"machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs")

    t0 = time.perf_counter()
    warm_up()
    print(f"jieba + user dictionary load: {time.perf_counter() - t0:.2f} s")

    shipped = load_entries()
    evals = yaml.safe_load(EVAL_PATH.read_text(encoding="utf-8"))
    entries = synthetic_entries(shipped, args.entries, rng)

    # Build times. "cold" uses a fresh analyzer (no memoised tokenisation at all);
    # "rebuild" re-indexes after one entry changed, as an editor saving the FAQ would.
    t0 = time.perf_counter()
    index = FaqIndex(entries, analyzer=Analyzer(load_normalizer()))
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    index.replace(replace(entries[0], answer=entries[0].answer + "\n（已更新）"))
    rebuild = time.perf_counter() - t0
    unique = make_unique(entries, rng)
    t0 = time.perf_counter()
    FaqIndex(unique, analyzer=Analyzer(load_normalizer()))
    cold_unique = time.perf_counter() - t0
    print(
        f"index of {len(index)} entries: cold build {cold * 1000:.0f} ms "
        f"({cold_unique * 1000:.0f} ms when no two entries share any text), "
        f"rebuild after one edit {rebuild * 1000:.0f} ms"
    )

    # Queries: eval questions, typo'd copies, and off-topic input.
    pool = [item["q"] for item in evals["tuning"] + evals["holdout"]]
    pool += [typo(q, rng) for q in pool]
    pool += list(evals["no_answer"])
    queries = [pool[i % len(pool)] for i in range(args.queries)]
    rng.shuffle(queries)

    for q in queries[:50]:  # warm the interpreter's caches
        index.search(q)
    gc.collect()
    # Wall-clock latency, plus this thread's CPU time per query: on a shared machine the
    # wall-clock tail includes time the process was not scheduled at all.
    latencies: list[float] = []
    cpu: list[float] = []
    start = time.perf_counter()
    for q in queries:
        t, c = time.perf_counter(), time.thread_time()
        index.search(q, limit=3)
        cpu.append((time.thread_time() - c) * 1000)
        latencies.append((time.perf_counter() - t) * 1000)
    elapsed = time.perf_counter() - start
    for name, values in (("wall", latencies), ("cpu", cpu)):
        values.sort()
        print(
            f"{len(queries)} queries, {name:>4} time: p50 {percentile(values, 0.50):.3f} ms, "
            f"p95 {percentile(values, 0.95):.3f} ms, p99 {percentile(values, 0.99):.3f} ms, "
            f"max {values[-1]:.3f} ms, mean {statistics.fmean(values):.3f} ms"
        )
    print(f"throughput: {len(queries) / elapsed:.0f} queries/s (one thread)")

    shipped_index = FaqIndex(shipped)
    for name, idx in (("shipped index", shipped_index), (f"{len(index)}-entry index", index)):
        for split in ("tuning", "holdout"):
            top1, top3 = accuracy(idx, evals[split])
            print(f"{name:>18} {split:>8} ({len(evals[split])} questions): top-1 {top1:.1%}, top-3 {top3:.1%}")
    confident = sum(shipped_index.confident(shipped_index.search(q)) for q in evals["no_answer"])
    print(f"off-topic queries answered with confidence (shipped index): {confident}/{len(evals['no_answer'])}")


if __name__ == "__main__":
    main()
