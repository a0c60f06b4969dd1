#!/usr/bin/env bash
# The lead's final wall-clock benches for issue 14, pass 4 (quiet machine). Usage: /work/final_bench.sh OUTDIR
set -x
cd /work/main
out=${1:?outdir}; mkdir -p "$out"
exec 9>/work/bench.lock; flock 9
PY=.venv/bin/python
$PY bench/bench_wechat.py --backend embedded --users 200 --rate 500 --duration 30 --out $out/wechat_embedded_1w.json > $out/wechat_embedded_1w.log 2>&1
$PY bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --users 200 --rate 500 --duration 30 --out $out/wechat_pg_1w.json > $out/wechat_pg_1w.log 2>&1
$PY bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --workers 2 --users 200 --rate 800 --duration 30 --client-procs 2 --out $out/wechat_pg_2w.json > $out/wechat_pg_2w.log 2>&1
$PY bench/bench_wechat.py --backend embedded --users 200 --rate 500 --duration 30 --safe --model open --no-ceiling --out $out/wechat_embedded_safe.json > $out/wechat_embedded_safe.log 2>&1
$PY bench/bench_wechat.py --backend embedded --users 200 --rate 500 --duration 30 --model open --no-ceiling --out $out/wechat_embedded_plain_again.json > $out/wechat_embedded_plain_again.log 2>&1
$PY bench/bench_issue_api.py --backend postgres --count 3000 --workers 2 > $out/issue_api_pg_2w.log 2>&1
$PY bench/bench_issue_api.py --backend postgres --count 2000 --both-idempotency --latency 200 > $out/issue_api_pg_1w.log 2>&1
for t in before:/tmp/tree_before after:/tmp/tree_final; do n=${t%%:*}; d=${t#*:}
  $PY bench/chat_cpu.py --users 10 --per-kind 200 --rounds 2 --tree $d --out $out/cpu_embedded_$n.json > $out/cpu_embedded_$n.log 2>&1
  $PY bench/chat_cpu.py --users 10 --per-kind 200 --rounds 2 --safe --tree $d --out $out/cpu_embedded_safe_$n.json > $out/cpu_embedded_safe_$n.log 2>&1
  $PY bench/chat_cpu.py --backend pg --database test_lead_bench --redis-db 5 --users 10 --per-kind 200 --rounds 2 --tree $d --out $out/cpu_pg_$n.json > $out/cpu_pg_$n.log 2>&1
done
$PY bench/bench_list_query.py --rows 10000000 --database fapiao_bench_10m --redis-db 6 --reuse --no-try-indexes --repeat 100 --explain 1 > $out/list_10m.log 2>&1
$PY bench/bench_pdf.py --runs 300 --warmup 20 > $out/pdf.log 2>&1
$PY bench/bench_faq_search.py > $out/faq.log 2>&1
$PY bench/bench_list_query.py --rows 1000000 --database fapiao_bench_list --redis-db 6 --loader sql --no-try-indexes --repeat 100 --explain 1 > $out/list_1m.log 2>&1
echo ALL DONE

# Re-run at 01:07 (the first attempt found no database test_lead_bench; created with CREATE DATABASE test_lead_bench):
#   out=bench/results/2026-12-07/final; PY=.venv/bin/python
#   $PY bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --users 200 --rate 500 --duration 30 --out $out/wechat_pg_1w.json > $out/wechat_pg_1w.log 2>&1
#   $PY bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --workers 2 --users 200 --rate 800 --duration 30 --client-procs 2 --out $out/wechat_pg_2w.json > $out/wechat_pg_2w.log 2>&1
#   echo PGDONE
# Safe/plain pairs at 01:13:
#   out=bench/results/2026-12-07/final; PY=.venv/bin/python
#   for i in 1 2; do
#   $PY bench/chat_cpu.py --users 10 --per-kind 1000 --rounds 3 --tree /tmp/tree_final --out $out/cpu1000_plain_$i.json > $out/cpu1000_plain_$i.log 2>&1
#   $PY bench/chat_cpu.py --users 10 --per-kind 1000 --rounds 3 --safe --tree /tmp/tree_final --out $out/cpu1000_safe_$i.json > $out/cpu1000_safe_$i.log 2>&1
#   done
#   echo SAFEDONE
