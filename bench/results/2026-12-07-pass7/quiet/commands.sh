#!/usr/bin/env bash
# After the CI, on a quiet machine (11:25 UTC): safe vs plain, alternating, and the API's latency.
out=bench/results/2026-12-07-pass7/quiet
PY=.venv/bin/python
for i in 1 2; do
  $PY bench/chat_cpu.py --users 10 --per-kind 200 --rounds 2 --out $out/cpu_plain_$i.json > $out/cpu_plain_$i.log 2>&1
  $PY bench/chat_cpu.py --users 10 --per-kind 200 --rounds 2 --safe --out $out/cpu_safe_$i.json > $out/cpu_safe_$i.log 2>&1
done
$PY bench/bench_issue_api.py --backend postgres --count 2000 --both-idempotency --latency 200 > $out/issue_api_pg_1w.log 2>&1
echo ALL DONE
