#!/usr/bin/env bash
# The lead's final wall-clock benches for issue 14, pass 6 (session 9, quiet machine).
# Usage: /work/final_bench.sh OUTDIR BEFORE_TREE AFTER_TREE   (trees: git archive exports with .venv symlinked)
set -x
cd /work/main
out=${1:?outdir}; before=${2:?before tree}; after=${3:?after tree}; mkdir -p "$out"
exec 9>/work/bench.lock; flock 9
PY=.venv/bin/python
$PY bench/bench_wechat.py --backend embedded --users 200 --rate 500 --duration 30 --out $out/wechat_embedded_1w.json > $out/wechat_embedded_1w.log 2>&1
$PY bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --users 200 --rate 500 --duration 30 --out $out/wechat_pg_1w.json > $out/wechat_pg_1w.log 2>&1
$PY bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --workers 2 --users 200 --rate 800 --duration 30 --client-procs 2 --out $out/wechat_pg_2w.json > $out/wechat_pg_2w.log 2>&1
$PY bench/bench_wechat.py --backend embedded --users 200 --rate 500 --duration 30 --safe --model open --no-ceiling --out $out/wechat_embedded_safe.json > $out/wechat_embedded_safe.log 2>&1
$PY bench/bench_wechat.py --backend embedded --users 200 --rate 500 --duration 30 --model open --no-ceiling --out $out/wechat_embedded_plain_again.json > $out/wechat_embedded_plain_again.log 2>&1
for i in 1 2; do for t in before:$before after:$after; do n=${t%%:*}; d=${t#*:}
  (cd $d && .venv/bin/python bench/bench_issue_api.py --backend postgres --count 3000 --workers 2) > $out/issue_api_pg_2w_${n}_$i.log 2>&1
done; done
$PY bench/bench_issue_api.py --backend postgres --count 2000 --both-idempotency --latency 200 > $out/issue_api_pg_1w.log 2>&1
for t in before:$before after:$after; do n=${t%%:*}; d=${t#*:}
  $PY bench/chat_cpu.py --users 10 --per-kind 200 --rounds 2 --tree $d --out $out/cpu_embedded_$n.json > $out/cpu_embedded_$n.log 2>&1
  $PY bench/chat_cpu.py --users 10 --per-kind 200 --rounds 2 --safe --tree $d --out $out/cpu_embedded_safe_$n.json > $out/cpu_embedded_safe_$n.log 2>&1
  $PY bench/chat_cpu.py --backend pg --database test_lead_bench --redis-db 5 --users 10 --per-kind 200 --rounds 2 --tree $d --out $out/cpu_pg_$n.json > $out/cpu_pg_$n.log 2>&1
done
$PY bench/bench_list_query.py --rows 10000000 --database fapiao_bench_10m --redis-db 10 --reuse --no-try-indexes --repeat 100 --explain 1 > $out/list_10m.log 2>&1
$PY bench/bench_list_query.py --rows 1000000 --database fapiao_bench_list --redis-db 10 --loader sql --reuse --no-try-indexes --repeat 100 --explain 1 > $out/list_1m.log 2>&1
$PY bench/bench_pdf.py --runs 300 --warmup 20 > $out/pdf.log 2>&1
$PY bench/bench_faq_search.py > $out/faq.log 2>&1
echo ALL DONE

# Afterwards (07:08-), the 1-worker closed loop again, both trees back to back (each tree's own bench script):
for t in after:/tmp/tree_after before:/tmp/tree_before after:/tmp/tree_after before:/tmp/tree_before; do n=${t%%:*}; d=${t#*:}; i=$((i+1))
  (cd $d && flock /work/bench.lock .venv/bin/python bench/bench_wechat.py --backend embedded --users 200 --model closed --duration 20) > $out/closed_embedded_${n}_$i.log 2>&1
  (cd $d && flock /work/bench.lock .venv/bin/python bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --users 200 --model closed --duration 20) > $out/closed_pg_${n}_$i.log 2>&1
done
