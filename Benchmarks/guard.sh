#!/usr/bin/env bash
# The performance guard: counts the instructions (valgrind --tool=callgrind, the same whatever the
# machine's load) of validate, list, graph, docs --out and site --out (without Graphviz) on a fixed
# synthetic catalog of 1,000 tools (Benchmarks/make_catalog.py, fixed seed), and compares them with the
# budget committed in Benchmarks/budget.txt. A command more than 3 % over its budget fails the guard
# (exit 1). Benchmarks/budget.md says when and how to change the budget.
#
# Usage: Benchmarks/guard.sh [--binary PATH] [--update]
#   --binary PATH  measure this stackcat instead of building `swift build -c release --product stackcat`
#   --update       write the measured counts to Benchmarks/budget.txt (then add a line to
#                  Benchmarks/budget.md saying why, in the same commit)
# Needs: valgrind, python3, strip (binutils), and Swift unless --binary is given.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
budget_file="$root/Benchmarks/budget.txt"
tolerance=3     # per cent over budget that still passes
tools=1000

binary=""
update=0
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary=$(realpath "$2"); shift 2 ;;
    --update) update=1; shift ;;
    *) echo "usage: Benchmarks/guard.sh [--binary PATH] [--update]" >&2; exit 64 ;;
  esac
done
valgrind=$(command -v valgrind) || { echo "guard: valgrind is missing (apt-get install valgrind)" >&2; exit 1; }
for tool in python3 strip; do
  command -v "$tool" >/dev/null 2>&1 || { echo "guard: $tool is missing" >&2; exit 1; }
done

if [ -z "$binary" ]; then
  echo "guard: swift build -c release --product stackcat"
  swift build -c release --product stackcat >/dev/null
  binary="$(swift build -c release --show-bin-path)/stackcat"
fi
[ -x "$binary" ] || { echo "guard: $binary is not an executable" >&2; exit 1; }

# Everything under one directory on tmpfs whose path always has the same length (mktemp's X's), not
# $TMPDIR: paths are hashed, compared and copied, so their length is part of the count. tmpfs lists a
# directory in the order its files were made (make_catalog.py makes them in id order), whereas ext4
# lists them in an order hashed with a seed of each file system's own, and sorting that listing costs
# about 1.5 % more instructions on one file system than on another (Benchmarks/budget.md).
shm=/dev/shm
if [ "$(stat -f -c %T "$shm" 2>/dev/null)" != tmpfs ] || [ ! -w "$shm" ]; then
  echo "guard: $shm is not a writable tmpfs; the counts depend on the order a directory is listed in," \
       "which only tmpfs keeps the same from machine to machine" >&2
  exit 1
fi
work=$(mktemp -d "$shm/stackcat-guard.XXXXXXXX")
trap 'rm -rf "$work"' EXIT
# Valgrind 3.19 cannot read the DWARF 5 that Swift's release builds carry; the count needs no debug info.
strip --strip-debug -o "$work/stackcat" "$binary"
python3 Benchmarks/make_catalog.py "$tools" "$work/catalog"

# A fixed environment: no terminal, no locale, no Graphviz (PATH finds no dot, so `site` draws graphs as
# lists of edges and starts no worker processes), a fixed date, and Swift's hashing without its
# per-process random seed (a random seed changes how often hash tables collide, so the count).
run_env=(env -i PATH=/nonexistent HOME=/nonexistent LC_ALL=C SOURCE_DATE_EPOCH=1700000000
         SWIFT_DETERMINISTIC_HASHING=1)

commands=(validate list graph docs site)
args_of() {
  case "$1" in
    validate) echo "validate --catalog $work/catalog" ;;
    list) echo "list --catalog $work/catalog --category cat-00 --format json" ;;
    graph) echo "graph --full --catalog $work/catalog" ;;
    docs) echo "docs --catalog $work/catalog --out $work/docs" ;;
    site) echo "site --catalog $work/catalog --out $work/site" ;;
  esac
}

# The instructions of one command: callgrind's "Collected" total, all threads of the process together.
count() {  # command
  local status=0
  rm -rf "$work/docs" "$work/site"
  # shellcheck disable=SC2046
  (cd "$work" && "${run_env[@]}" "$valgrind" --tool=callgrind --callgrind-out-file=/dev/null \
    ./stackcat $(args_of "$1") > "$work/$1.out" 2> "$work/$1.err") || status=$?
  if [ "$status" -ne 0 ]; then
    sed 's/^/guard: /' "$work/$1.err" >&2
    echo "guard: stackcat $1 exited $status under valgrind" >&2
    exit 1
  fi
  if [ "$1" = site ] && ! grep -q "Graphviz's 'dot' is not installed" "$work/$1.err"; then
    echo "guard: site found Graphviz's dot; the budget is for site without Graphviz" >&2
    exit 1
  fi
  local collected
  collected=$(sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$work/$1.err")
  [ -n "$collected" ] || { cat "$work/$1.err" >&2; echo "guard: no 'Collected' line from callgrind for $1" >&2; exit 1; }
  echo "$collected"
}

budget_of() {  # command
  [ -f "$budget_file" ] || return 0
  awk -v c="$1" '$1 == c { print $2 }' "$budget_file"
}

declare -A measured
start=$SECONDS
for c in "${commands[@]}"; do
  measured[$c]=$(count "$c")
done
elapsed=$((SECONDS - start))

group() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
failed=0
slack=0
echo "guard: instructions (callgrind Ir) on make_catalog.py $tools, budget from Benchmarks/budget.txt"
printf 'guard: %-9s %16s %16s %8s  %s\n' command budget measured ratio verdict
for c in "${commands[@]}"; do
  m=${measured[$c]}
  b=$(budget_of "$c")
  if [ -z "$b" ]; then
    printf 'guard: %-9s %16s %16s %8s  %s\n' "$c" "none" "$(group "$m")" "" "FAIL: no budget"
    failed=1
    continue
  fi
  ratio=$(awk -v m="$m" -v b="$b" 'BEGIN { printf "%.4f", m / b }')
  verdict=ok
  if awk -v m="$m" -v b="$b" -v t="$tolerance" 'BEGIN { exit !(m > b * (1 + t / 100)) }'; then
    verdict="FAIL: more than $tolerance % over budget"
    failed=1
  elif awk -v m="$m" -v b="$b" -v t="$tolerance" 'BEGIN { exit !(m < b * (1 - t / 100)) }'; then
    verdict="more than $tolerance % under budget: tighten it"
    slack=1
  fi
  printf 'guard: %-9s %16s %16s %8s  %s\n' "$c" "$(group "$b")" "$(group "$m")" "$ratio" "$verdict"
done
echo "guard: measured in $elapsed s"

if [ "$update" -eq 1 ]; then
  {
    echo "# Instruction budget of Benchmarks/guard.sh (callgrind Ir; make_catalog.py $tools, release build)."
    echo "# Written by 'Benchmarks/guard.sh --update'; Benchmarks/budget.md says why each change was made."
    for c in "${commands[@]}"; do echo "$c ${measured[$c]}"; done
  } > "$budget_file"
  echo "guard: wrote Benchmarks/budget.txt; add a line to Benchmarks/budget.md saying why, in the same commit"
  exit 0
fi
if [ "$slack" -eq 1 ]; then
  echo "guard: note: a command is more than $tolerance % under its budget; tighten the budget with" \
       "'Benchmarks/guard.sh --update' and a line in Benchmarks/budget.md"
fi
if [ "$failed" -eq 1 ]; then
  echo "guard: over budget (or without one). Make it cheaper, or, when the change is worth the instructions, raise the" \
       "budget in the same commit: 'Benchmarks/guard.sh --update' and a line in Benchmarks/budget.md" \
       "saying why" >&2
  exit 1
fi
