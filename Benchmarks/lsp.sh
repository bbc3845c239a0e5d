#!/usr/bin/env bash
# Diagnostics latency of `stackcat lsp` after one change, next to a full `validate`, on make_catalog.py's
# synthetic catalogs (10,000 tools unless told). Builds the release binary first.
# Usage: Benchmarks/lsp.sh [SIZES...]   e.g. Benchmarks/lsp.sh 1000 10000
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000}")
swift build -c release --product stackcat >/dev/null
binary="$(swift build -c release --show-bin-path)/stackcat"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in "${sizes[@]}"; do
  python3 Benchmarks/make_catalog.py "$n" "$work/catalog-$n" >/dev/null
  python3 Benchmarks/lsp_latency.py "$binary" "$work/catalog-$n" 5
done
