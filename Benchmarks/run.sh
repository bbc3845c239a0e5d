#!/usr/bin/env bash
# Benchmarks every stackcat workload against the libyaml floor and PyYAML, side by side in one run,
# and writes Benchmarks/RESULTS.md. Usage: Benchmarks/run.sh [--sizes "1000 10000 100000"] [--runs N]
# Needs: Swift, libyaml-dev, gcc, hyperfine, python3 with PyYAML, /usr/bin/time (package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sizes="1000 10000 100000"
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: Benchmarks/run.sh [--sizes \"1000 10000 100000\"] [--runs N]" >&2; exit 64 ;;
  esac
done
for tool in hyperfine gcc /usr/bin/time python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is missing (apt-get install hyperfine gcc time python3)" >&2; exit 1; }
done
python3 -c "import yaml; yaml.CSafeLoader" || { echo "bench: PyYAML with libyaml is missing (pip install pyyaml)" >&2; exit 1; }

work=${BENCH_WORK:-/tmp/stackcat-bench}
mkdir -p "$work/json"
echo "bench: building the release binary and the floor"
swift build -c release --product stackcat >/dev/null
stackcat="$root/.build/release/stackcat"
gcc -O2 -o "$work/yaml_floor" Benchmarks/yaml_floor.c $(pkg-config --cflags --libs yaml-0.1)
floor="$work/yaml_floor"
# A Swift program that prints one line, built as stackcat is (same toolchain, release): the start-up
# that `list --category cd` on the built-in catalog is measured against.
mkdir -p "$work/hello/Sources/hello"
printf '// swift-tools-version:6.0\nimport PackageDescription\nlet package = Package(name: "hello", targets: [.executableTarget(name: "hello")])\n' \
  > "$work/hello/Package.swift"
echo 'print("hello")' > "$work/hello/Sources/hello/main.swift"
(cd "$work/hello" && swift build -c release >/dev/null)
hello="$work/hello/.build/release/hello"

echo "bench: making catalogs"
catalogs=()
for n in $sizes; do
  if [ ! -f "$work/synthetic-$n/.complete" ]; then
    rm -rf "$work/synthetic-$n"
    python3 Benchmarks/make_catalog.py "$n" "$work/synthetic-$n"
    touch "$work/synthetic-$n/.complete"
  fi
  catalogs+=("synthetic-$n")
done
landscape="$root/Tests/Fixtures/data/cncf-landscape/landscape.yml"
rm -rf "$work/landscape"
"$stackcat" import landscape "$landscape" --out "$work/landscape" 2>/dev/null
catalogs+=("landscape")
rm -rf "$work/built-in" && cp -r catalog "$work/built-in"
catalogs+=("built-in")

category_of() {
  case "$1" in
    synthetic-*) echo cat-00 ;;
    landscape) echo orchestration-management ;;
    built-in) echo cd ;;
  esac
}

# Peak memory and catalog size, one line per command.
: > "$work/memory.tsv"
measure_memory() {  # name catalog command...
  local name=$1 catalog=$2; shift 2
  local kb
  kb=$( { /usr/bin/time -v "$@" >/dev/null 2>/dev/null; } 2>&1 | awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' )
  if [ -z "$kb" ]; then
    kb=$( (/usr/bin/time -v "$@" >/dev/null) 2>&1 | awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' )
  fi
  printf '%s\t%s\t%s\n' "$catalog" "$name" "$kb" >> "$work/memory.tsv"
}

for catalog in "${catalogs[@]}"; do
  dir="$work/$catalog"
  category=$(category_of "$catalog")
  echo "bench: $catalog"
  r=$runs
  case "$catalog" in synthetic-100000) r=3 ;; esac
  common=(--warmup 1 --runs "$r" -N --export-json)
  hyperfine "${common[@]}" "$work/json/$catalog-validate.json" -n floor "$floor $dir" -n stackcat "$stackcat validate --catalog $dir" \
    -n python "python3 Benchmarks/pyyaml_load.py $dir" >/dev/null
  hyperfine "${common[@]}" "$work/json/$catalog-list.json" -n floor "$floor $dir" \
    -n stackcat "$stackcat list --catalog $dir --category $category --format json" -n python "python3 Benchmarks/pyyaml_load.py $dir" >/dev/null
  hyperfine "${common[@]}" "$work/json/$catalog-graph.json" -n floor "$floor $dir" -n stackcat "$stackcat graph --full --catalog $dir" \
    -n python "python3 Benchmarks/pyyaml_load.py $dir" >/dev/null
  hyperfine --warmup 1 --runs "$r" --export-json "$work/json/$catalog-docs.json" --prepare "rm -rf $work/docs-out" \
    -n floor "$floor $dir" -n stackcat "$stackcat docs --catalog $dir --out $work/docs-out" \
    -n python "python3 Benchmarks/pyyaml_load.py $dir" >/dev/null 2>&1
  # docs --out into an empty directory against cp -r of the tree it writes (same file system), an
  # unchanged re-run against validate, and site against docs, in one hyperfine run. The two that create
  # the tree start after `sync`, so that neither pays for writing back what the previous run left in
  # the page cache (without it, creating the same 10,000 files took from 0.4 s to 4 s on ext4).
  case "$catalog" in synthetic-*)
    rm -rf "$work/docs-tree" && "$stackcat" docs --catalog "$dir" --out "$work/docs-tree" 2>/dev/null
    hyperfine --warmup 1 --runs "$r" --export-json "$work/json/$catalog-outputs.json" \
      -n docs --prepare "rm -rf $work/docs-out && sync" "$stackcat docs --catalog $dir --out $work/docs-out" \
      -n cp --prepare "rm -rf $work/docs-copy && sync" "cp -r $work/docs-tree $work/docs-copy" \
      -n rerun --prepare true "$stackcat docs --catalog $dir --out $work/docs-tree" \
      -n validate --prepare true "$stackcat validate --catalog $dir" \
      -n site --prepare "rm -rf $work/site-out" "$stackcat site --catalog $dir --out $work/site-out" >/dev/null 2>&1
    rm -rf "$work/docs-copy" "$work/site-out"
    measure_memory site "$catalog" "$stackcat" site --catalog "$dir" --out "$work/site-out"
    rm -rf "$work/site-out" ;;
  esac
  measure_memory validate "$catalog" "$stackcat" validate --catalog "$dir"
  measure_memory list "$catalog" "$stackcat" list --catalog "$dir" --category "$category" --format json
  measure_memory graph "$catalog" "$stackcat" graph --full --catalog "$dir"
  rm -rf "$work/docs-out"
  measure_memory docs "$catalog" "$stackcat" docs --catalog "$dir" --out "$work/docs-out"
  rm -rf "$work/docs-out"
  measure_memory floor "$catalog" "$floor" "$dir"
  measure_memory python "$catalog" python3 Benchmarks/pyyaml_load.py "$dir"
done

# The built-in catalog compiled into the binary, from a directory without a catalog, against the
# floor over the same files.
empty=$(mktemp -d)
(cd "$empty" && hyperfine --warmup 3 --runs 30 -N --export-json "$work/json/embedded-list.json" -n floor "$floor $root/catalog" \
  -n stackcat "$stackcat list --category cd" -n hello "$hello" -n python "python3 $root/Benchmarks/pyyaml_load.py $root/catalog" >/dev/null)
rmdir "$empty"

python3 Benchmarks/report.py "$work" "${catalogs[@]}" > Benchmarks/RESULTS.md
echo "bench: wrote Benchmarks/RESULTS.md"
