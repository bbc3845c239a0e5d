#!/usr/bin/env bash
# Builds the fuzzer and runs it for SECONDS (default 60) on the seeds plus a working corpus.
# Usage: Fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
# The build's output is shown only when it fails.
if ! log=$(swift build -c release --scratch-path .build-fuzz --product FuzzCatalog -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld 2>&1); then
  printf '%s\n' "$log" >&2
  echo "Fuzz/run.sh: the fuzzer does not build" >&2
  exit 1
fi
binary=.build-fuzz/release/FuzzCatalog
mkdir -p corpus-work findings
"$binary" corpus-work seeds -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 -max_len=65536 \
  -dict=stackcat.dict -artifact_prefix=findings/ -print_final_stats=1 "$@"
