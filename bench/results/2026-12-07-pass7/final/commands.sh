#!/usr/bin/env bash
# The lead's final wall-clock benches for issue 14, pass 7 (session 10), on a quiet machine.
# Usage: final_bench.sh OUTDIR BEFORE_TREE AFTER_TREE  (trees: git archive exports with .venv symlinked;
# each tree runs its own bench scripts)
set -x
out=${1:?outdir}; before=${2:?before tree}; after=${3:?after tree}; mkdir -p "$out"
exec 9>/work/bench.lock; flock 9
i=0
for t in after:$after before:$before after:$after before:$before; do n=${t%%:*}; d=${t#*:}; i=$((i+1))
  (cd $d && .venv/bin/python bench/bench_wechat.py --backend embedded --users 200 --model closed --duration 20) > $out/closed_embedded_${n}_$i.log 2>&1
  (cd $d && .venv/bin/python bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --users 200 --model closed --duration 20) > $out/closed_pg_${n}_$i.log 2>&1
done
cd $after
PY=.venv/bin/python
$PY bench/bench_wechat.py --backend embedded --users 200 --rate 500 --duration 30 --model open --no-ceiling > $out/wechat_embedded_1w.log 2>&1
$PY bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --users 200 --rate 500 --duration 30 --model open --no-ceiling > $out/wechat_pg_1w.log 2>&1
$PY bench/bench_wechat.py --backend pg --database test_lead_bench --redis-db 5 --workers 2 --users 200 --rate 800 --duration 30 --client-procs 2 > $out/wechat_pg_2w.log 2>&1
for t in before:$before after:$after; do n=${t%%:*}; d=${t#*:}
  $PY bench/chat_cpu.py --users 10 --per-kind 200 --rounds 2 --tree $d --out $out/cpu_embedded_$n.json > $out/cpu_embedded_$n.log 2>&1
  $PY bench/chat_cpu.py --backend pg --database test_lead_bench --redis-db 5 --users 10 --per-kind 200 --rounds 2 --tree $d --out $out/cpu_pg_$n.json > $out/cpu_pg_$n.log 2>&1
done
echo ALL DONE
