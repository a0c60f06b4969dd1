#!/usr/bin/env bash
# Runs every fault-injection script in bench/faults/ one after another (they share the
# PostgreSQL database test_faults and Redis database 7, so never in parallel), prints each
# one's summary and exits non-zero if any failed.
#
#   bash bench/faults/run_all.sh            # everything (about 5 minutes on 2 cores)
#   bash bench/faults/run_all.sh redis      # only the scripts whose name contains "redis"
set -u
cd "$(dirname "$0")/../.."
PY=.venv/bin/python
LOG_DIR=$(mktemp -d -t fapiao-faults-XXXXXX)
filter=${1:-}

runs=(
  "worker_killed.py --mode worker"
  "worker_killed.py --mode server"
  "redis_restarted.py"
  "database_unreachable.py"
  "wechat_retries.py"
  "wechat_retries.py --safe"
  "slow_dependency.py"
)

failed=()
passed=()
for run in "${runs[@]}"; do
  [[ -n "$filter" && "$run" != *"$filter"* ]] && continue
  name=$(echo "$run" | tr ' ' '_' | tr -d '-')
  echo "=== $run"
  # shellcheck disable=SC2086
  timeout 900 $PY bench/faults/$run >"$LOG_DIR/$name.log" 2>&1
  code=$?
  sed -n '/: summary (/,$p' "$LOG_DIR/$name.log"
  if [[ $code -eq 0 ]]; then passed+=("$run"); else
    failed+=("$run (exit $code)")
    grep -E "SETUP FAILED" "$LOG_DIR/$name.log" || true
  fi
  echo
done

echo "=== fault scripts: logs in $LOG_DIR"
for run in "${passed[@]}"; do echo "  ok    $run"; done
for run in "${failed[@]}"; do echo "  FAIL  $run"; done
echo "fault scripts: ${#passed[@]} passed, ${#failed[@]} failed"
[[ ${#failed[@]} -eq 0 ]]
