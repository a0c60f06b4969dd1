#!/bin/bash
# In-process issue load (bench/trace_issue_queries.py --profile N, 16 at a time) on db fapiao_bench_issue,
# and `perf record -g` of that database's PostgreSQL backends for S seconds while it runs.
# Run from the worktree root: N=2000 S=6 flock /work/bench.lock bench/results/2026-12-07-pass6/issue/perf_pg_backends.sh
/work/main/.venv/bin/python bench/trace_issue_queries.py --database fapiao_bench_issue --redis-db 12 --profile ${N:-2000} \
    --concurrency 16 --no-cprofile > /tmp/issue_perf_load.txt 2>&1 &
LP=$!
for i in $(seq 1 60); do
  sleep 1
  n=$(psql -h 127.0.0.1 -U postgres -d postgres -tAc "select count(*) from pg_stat_activity where datname='fapiao_bench_issue'")
  [ "$n" -ge 8 ] && break
done
sleep 2
PIDS=$(psql -h 127.0.0.1 -U postgres -d postgres -tAc "select string_agg(pid::text, ',') from pg_stat_activity where datname='fapiao_bench_issue'")
perf record -F 499 -g -p $PIDS -o /tmp/issue_perf.data -- sleep ${S:-10} 2>&1 | tail -1
wait $LP
grep "==" /tmp/issue_perf_load.txt | head -2
perf report -i /tmp/issue_perf.data --children --sort symbol --stdio -g none 2>/dev/null | grep "%" | grep -v "0x0000" | head -45
