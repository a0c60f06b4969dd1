#!/bin/sh
# As run_pieces.sh with 20,000 lines (the 1-line run's count varies by a few million instructions
# from run to run: over 2,000 lines that is ±2 k a line, over 20,000 ±0.2 k). Usage: TREE CASE
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$1" && PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
  /work/main/.venv/bin/python "$HERE/pieces.py" "$2" 20001 2>&1 | sed -n "s|.*Collected : \([0-9]*\).*|$2 n=20001 instructions=\1 ($1)|p"
