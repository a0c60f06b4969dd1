#!/usr/bin/env bash
# Issue 14, pass 8 (session 11): every acceptance figure on one quiet machine, from /work/main.
# Usage: final_bench.sh OUTDIR
set -x
cd /work/main
out=${1:?outdir}; mkdir -p "$out"
exec 9>/tmp/bench.lock; flock 9
PY=.venv/bin/python
# Closed loop against the ceiling (each run measures the ceiling app too), twice per backend.
for i in 1 2; do
  $PY bench/bench_wechat.py --backend embedded --users 200 --model closed --duration 20 > $out/closed_embedded_$i.log 2>&1
  $PY bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --users 200 --model closed --duration 20 > $out/closed_pg_$i.log 2>&1
done
# Open loop, 500/s, 200 users, 1 worker; then 2 workers (closed loop + 800/s open loop).
$PY bench/bench_wechat.py --backend embedded --users 200 --rate 500 --duration 30 --model open --no-ceiling > $out/open_embedded_1w.log 2>&1
$PY bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --users 200 --rate 500 --duration 30 --model open --no-ceiling > $out/open_pg_1w.log 2>&1
$PY bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --workers 2 --users 200 --rate 800 --duration 30 --client-procs 2 > $out/wechat_pg_2w.log 2>&1
# Safe mode against plain: open loop at 500/s, and closed loop (throughput), alternating.
for i in 1 2; do
  $PY bench/bench_wechat.py --backend embedded --users 200 --model closed --duration 20 --no-ceiling > $out/closed_embedded_plain_$i.log 2>&1
  $PY bench/bench_wechat.py --backend embedded --users 200 --model closed --duration 20 --no-ceiling --safe > $out/closed_embedded_safe_$i.log 2>&1
done
# Server CPU per message, embedded and PostgreSQL + Redis, plain and safe alternating.
for i in 1 2 3; do
  $PY bench/chat_cpu.py --users 10 --per-kind 1000 --rounds 2 --out $out/cpu_embedded_plain_$i.json > $out/cpu_embedded_plain_$i.log 2>&1
  $PY bench/chat_cpu.py --users 10 --per-kind 1000 --rounds 2 --safe --out $out/cpu_embedded_safe_$i.json > $out/cpu_embedded_safe_$i.log 2>&1
done
$PY bench/chat_cpu.py --backend pg --database test_lead_bench --redis-db 5 --users 10 --per-kind 1000 --rounds 2 --out $out/cpu_pg_plain.json > $out/cpu_pg_plain.log 2>&1
$PY bench/chat_cpu.py --backend pg --database test_lead_bench --redis-db 5 --users 10 --per-kind 1000 --rounds 2 --safe --out $out/cpu_pg_safe.json > $out/cpu_pg_safe.log 2>&1
# The API: issuing with 2 workers; p95 of list, detail and issue on 1 worker.
$PY bench/bench_issue_api.py --backend postgres --count 3000 --workers 2 > $out/issue_api_pg_2w.log 2>&1
$PY bench/bench_issue_api.py --backend postgres --count 2000 --both-idempotency --latency 200 > $out/issue_api_pg_1w.log 2>&1
# List and search at 10M and 1M; PDF; FAQ.
$PY bench/bench_list_query.py --rows 10000000 --database fapiao_bench_10m --redis-db 10 --reuse --no-try-indexes --repeat 100 --explain 1 > $out/list_10m.log 2>&1
$PY bench/bench_list_query.py --rows 1000000 --database fapiao_bench_list --redis-db 10 --loader sql --reuse --no-try-indexes --repeat 100 --explain 1 > $out/list_1m.log 2>&1
$PY bench/bench_pdf.py --runs 300 --warmup 20 > $out/pdf.log 2>&1
$PY bench/bench_faq_search.py > $out/faq.log 2>&1
echo ALL DONE > $out/done
