#!/usr/bin/env bash
# Run WHILE the fresh-clone CI ran (a loaded machine): latencies are upper bounds; CPU-time pairs are noisy.
out=bench/results/2026-12-07-pass7/loaded
PY=.venv/bin/python
$PY bench/bench_list_query.py --rows 10000000 --database fapiao_bench_10m --redis-db 10 --reuse --no-try-indexes --repeat 100 --explain 1 > $out/list_10m.log 2>&1
$PY bench/chat_cpu.py --users 10 --per-kind 200 --rounds 2 --out $out/cpu_embedded_plain.json > $out/cpu_embedded_plain.log 2>&1
$PY bench/chat_cpu.py --users 10 --per-kind 200 --rounds 2 --safe --out $out/cpu_embedded_safe.json > $out/cpu_embedded_safe.log 2>&1
$PY bench/bench_issue_api.py --backend postgres --count 2000 --both-idempotency --latency 200 > $out/issue_api_pg_1w.log 2>&1
$PY bench/bench_pdf.py --runs 300 --warmup 20 > $out/pdf.log 2>&1
$PY bench/bench_faq_search.py > $out/faq.log 2>&1
echo ALL DONE
