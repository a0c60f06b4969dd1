#!/bin/sh
# Instructions of the access line, before (main's tree) and after (this branch's), pieces.py under callgrind.
# Usage: run_pieces.sh BEFORE_TREE AFTER_TREE CASE...  (writes pieces_<case>.txt here)
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/work/main/.venv/bin/python
before=$1; after=$2; shift 2
for case in "$@"; do
  for side in before after; do
    tree=$before; [ $side = after ] && tree=$after
    (cd "$tree" && $PY "$HERE/pieces.py" "$case" 1 >/dev/null 2>&1)  # warm-up: byte-compile first, not inside n=1
    for n in 1 2001; do
      total=$(cd "$tree" && PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        $PY "$HERE/pieces.py" "$case" $n 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
      echo "$case $side n=$n instructions=$total ($tree)"
    done
  done
done
