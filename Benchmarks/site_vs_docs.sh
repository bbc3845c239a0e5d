#!/usr/bin/env bash
# `site --out` side by side with `docs --out` on one catalog: N rounds, each running docs, site without
# Graphviz (PATH without dot: graphs as lists of edges) and site with Graphviz, each into a fresh
# directory; prints every time and the medians, with each site median divided by docs'.
#
# The output goes to OUT-ROOT (default: a new directory in /dev/shm when there is one, else in the
# current directory), and the previous round's directories are removed only after a round: on ext4,
# creating thousands of files just after deleting thousands is several times slower (the allocator
# skips recently freed inodes), which charged whichever command ran first for the other's cleanup.
# Usage: Benchmarks/site_vs_docs.sh .build/release/stackcat CATALOG-DIR [N] [OUT-ROOT]
set -euo pipefail
B=$(realpath "$1"); CAT=$(realpath "$2"); N=${3:-5}
if [ -n "${4:-}" ]; then root=$4; mkdir -p "$root"
elif [ -d /dev/shm ] && [ -w /dev/shm ]; then root=$(mktemp -d /dev/shm/stackcat-bench.XXXXXX)
else root=$(mktemp -d ./stackcat-bench.XXXXXX); fi
trap 'rm -rf "$root"' EXIT
command -v dot >/dev/null || { echo "site_vs_docs.sh: Graphviz's dot is not installed" >&2; exit 1; }
now() { date +%s.%N; }
d=(); s=(); g=()
for i in $(seq 1 "$N"); do
  t0=$(now); "$B" docs --catalog "$CAT" --out "$root/docs-$i" 2>/dev/null
  t1=$(now); env PATH=/nonexistent "$B" site --catalog "$CAT" --out "$root/site-$i" 2>/dev/null
  t2=$(now); "$B" site --catalog "$CAT" --out "$root/graphviz-$i" 2>/dev/null
  t3=$(now)
  d+=($(echo "$t1 - $t0" | bc)); s+=($(echo "$t2 - $t1" | bc)); g+=($(echo "$t3 - $t2" | bc))
  rm -rf "$root/docs-$((i - 1))" "$root/site-$((i - 1))" "$root/graphviz-$((i - 1))"
done
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
md=$(med "${d[@]}"); ms=$(med "${s[@]}"); mg=$(med "${g[@]}")
echo "docs: ${d[*]} -> median $md s"
echo "site without Graphviz: ${s[*]} -> median $ms s ($(echo "scale=2; $ms / $md" | bc)x docs)"
echo "site with Graphviz: ${g[*]} -> median $mg s ($(echo "scale=2; $mg / $md" | bc)x docs)"
