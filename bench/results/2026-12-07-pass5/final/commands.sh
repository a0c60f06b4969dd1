#!/usr/bin/env bash
# The lead's final wall-clock benches for issue 14, pass 5 (session 8, quiet machine). Usage: /work/final_bench.sh OUTDIR BEFORE_TREE AFTER_TREE
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
$PY bench/bench_issue_api.py --backend postgres --count 3000 --workers 2 > $out/issue_api_pg_2w.log 2>&1
$PY bench/bench_issue_api.py --backend postgres --count 2000 --both-idempotency --latency 200 > $out/issue_api_pg_1w.log 2>&1
for t in before:$before after:$after; do n=${t%%:*}; d=${t#*:}
  $PY bench/chat_cpu.py --users 10 --per-kind 200 --rounds 2 --tree $d --out $out/cpu_embedded_$n.json > $out/cpu_embedded_$n.log 2>&1
  $PY bench/chat_cpu.py --users 10 --per-kind 200 --rounds 2 --safe --tree $d --out $out/cpu_embedded_safe_$n.json > $out/cpu_embedded_safe_$n.log 2>&1
  $PY bench/chat_cpu.py --backend pg --database test_lead_bench --redis-db 5 --users 10 --per-kind 200 --rounds 2 --tree $d --out $out/cpu_pg_$n.json > $out/cpu_pg_$n.log 2>&1
done
$PY bench/bench_pdf.py --runs 300 --warmup 20 > $out/pdf.log 2>&1
$PY bench/bench_faq_search.py > $out/faq.log 2>&1
echo ALL DONE

# Run as: /work/final_bench.sh bench/results/2026-12-07-pass5/final /tmp/tree_before /tmp/tree_final
#   /tmp/tree_before = `git archive 3a4303c` (the previous pass's final main), /tmp/tree_final = `git archive c456c97`.
# Then, the PostgreSQL issue bench A/B (each tree's own bench script, so each runs its own code; .venv symlinked):
#   for t in tree_before tree_final; do (cd /tmp/$t && .venv/bin/python bench/bench_issue_api.py --backend postgres --count 3000 --workers 2); done
#   -> issue_api_pg_2w_before.log, issue_api_pg_2w_again.log, issue_ab_tree_*.log, and one run per intermediate
#      commit (issue_<commit>.log: 3362693, 7b4c3d8, 57a2ad9, 824dc48) while looking for a regression that was noise.
# Instruction counts (a loaded machine, 03:00-03:10, helpers running; callgrind counts the server's own work):
#   .venv/bin/python bench/chat_cpu.py --callgrind DIR --users 6 --per-kind 60 --rounds 1 --tree /tmp/tree_before -> cg_before.*
#   the same with --tree of 56e73c7 (main at 03:01, before the last landings) -> cg_now.*
# After the fresh-clone CI (04:33-04:39, quiet machine):
#   .venv/bin/python bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --users 200 --model closed --no-ceiling --duration 40
#     with `py-spy record -p <server pid> -d 20 -r 200 --format raw` attached during the closed loop -> pg_profile/ (aggregate.py summarises)
#   .venv/bin/python bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --users 200 --rate 500 --duration 30 --out $out/wechat_pg_1w_again.json
#   .venv/bin/python bench/bench_wechat.py --backend embedded --users 200 --rate 500 --duration 30 --out $out/wechat_embedded_1w_again.json
