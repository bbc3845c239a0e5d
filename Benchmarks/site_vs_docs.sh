#!/usr/bin/env bash
# `site --out` side by side with `docs --out` on one catalog: alternates the two, each into a fresh
# directory of the current one, N times, and prints every time and the medians. `site` runs without
# Graphviz on PATH (graphs as lists of edges): with Graphviz its time is dot's, one process per graph.
# Usage: Benchmarks/site_vs_docs.sh .build/release/stackcat CATALOG-DIR [N]
set -euo pipefail
B=$(realpath "$1"); CAT=$2; N=${3:-5}
d=(); s=()
for i in $(seq 1 "$N"); do
  rm -rf docs-out site-out
  t0=$(date +%s.%N); "$B" docs --catalog "$CAT" --out docs-out 2>/dev/null; t1=$(date +%s.%N)
  PATH=/nonexistent "$B" site --catalog "$CAT" --out site-out 2>/dev/null; t2=$(date +%s.%N)
  d+=($(echo "$t1 - $t0" | bc)); s+=($(echo "$t2 - $t1" | bc))
done
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "docs: ${d[*]} -> median $(med "${d[@]}") s"
echo "site: ${s[*]} -> median $(med "${s[@]}") s"
