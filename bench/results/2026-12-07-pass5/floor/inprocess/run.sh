#!/bin/bash
# run.sh TREE OUTDIR N
set -e
tree=$1; out=$2; n=${3:-100}
rm -rf $out; mkdir -p $out
cp /tmp/floor_mb/test_floor_microbench.py $tree/tests/e2e/
cd $tree
FLOOR_CG=1 FLOOR_N=$n valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=$out/cg.%p \
  /work/main/.venv/bin/python -m pytest -q -s -p no:cacheprovider tests/e2e/test_floor_microbench.py > $out/log.txt 2>&1
for f in $(ls $out/cg.*.* | sort -t. -k3 -n); do echo "$f $(grep '^totals:' $f | awk '{print $2}')"; done > $out/totals.txt
cat $out/totals.txt
