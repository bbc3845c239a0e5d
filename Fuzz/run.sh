#!/usr/bin/env bash
# Builds the fuzzers and runs one for SECONDS (default 60), or each in turn, on its seeds plus a working corpus.
# Usage: Fuzz/run.sh [SECONDS] [TARGET|all] [extra libFuzzer flags...]
#   TARGET is FuzzCatalog, FuzzInject, FuzzImport or FuzzLsp; with "all" (the default) each target gets
#   SECONDS divided by the number of targets, so `Fuzz/run.sh 90` takes about 90 seconds in all.
set -euo pipefail
cd "$(dirname "$0")"
targets=(FuzzCatalog FuzzInject FuzzImport FuzzLsp)
seconds=${1:-60}
shift || true
target=${1:-all}
shift || true
case "$target" in
  all) chosen=("${targets[@]}"); seconds=$(( seconds / ${#targets[@]} > 0 ? seconds / ${#targets[@]} : 1 )) ;;
  FuzzCatalog|FuzzInject|FuzzImport|FuzzLsp) chosen=("$target") ;;
  *) echo "Fuzz/run.sh: unknown target '$target' (FuzzCatalog, FuzzInject, FuzzImport, FuzzLsp or all)" >&2; exit 64 ;;
esac
# One build for every target; its output is shown only when it fails. The targets' own sources are
# touched first: SwiftPM does not recompile them when a struct of the main package changes its stored
# properties, and a stale layout is a false AddressSanitizer report (Fuzz/README.md).
touch Sources/*/*.swift
if ! log=$(swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld 2>&1); then
  printf '%s\n' "$log" >&2
  echo "Fuzz/run.sh: the fuzzers do not build" >&2
  exit 1
fi
# libFuzzer reports crashes itself; Swift's backtracer would only trip AddressSanitizer.
export SWIFT_BACKTRACE=enable=no
# Seeds: seeds/ for FuzzCatalog, seeds-inject/, seeds-import/ and seeds-lsp/ for the others. Each target has its own
# working corpus and findings folder.
for name in "${chosen[@]}"; do
  case "$name" in
    FuzzCatalog) seeds=seeds; work=corpus-work; findings=findings; extra=(-dict=stackcat.dict) ;;
    FuzzInject) seeds=seeds-inject; work=corpus-inject; findings=findings-inject; extra=() ;;
    FuzzImport) seeds=seeds-import; work=corpus-import; findings=findings-import; extra=() ;;
    FuzzLsp) seeds=seeds-lsp; work=corpus-lsp; findings=findings-lsp; extra=(-dict=lsp.dict) ;;
  esac
  mkdir -p "$work" "$findings"
  echo "Fuzz/run.sh: $name for $seconds s" >&2
  ".build-fuzz/release/$name" "$work" "$seeds" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 -max_len=65536 \
    "${extra[@]}" -artifact_prefix="$findings/" -print_final_stats=1 "$@"
done
