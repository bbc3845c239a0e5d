#!/usr/bin/env bash
# `stackcat diff` between two revisions of a 10,000-tool catalog that differ in 100 tools, against
# `validate` of one of them: the issue's target is at most 3x one validate. Builds a git repository
# (Benchmarks/make_catalog.py 10000, committed; 100 tools' summaries changed, committed), times both
# with hyperfine when it is installed (else a loop of `date +%s.%N`), and appends the figures to
# Benchmarks/RESULTS-diff.md.
# Usage: Benchmarks/diff.sh [STACKCAT-BINARY (default .build/release/stackcat)] [RUNS (default 10)]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
B=$(realpath "${1:-.build/release/stackcat}"); N=${2:-10}
root=$(mktemp -d "${TMPDIR:-/tmp}/stackcat-diff-bench.XXXXXX")
trap 'rm -rf "$root"' EXIT
repo=$root/repo
python3 "$here/make_catalog.py" 10000 "$repo/catalog" >/dev/null
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com
git -C "$repo" init -q -b main
git -C "$repo" add -A && git -C "$repo" commit -q -m "10,000 tools"
# Every 100th tool file (in name order) gets a new summary: 100 tools changed.
python3 - "$repo/catalog/tools" <<'PY'
import os, re, sys
d = sys.argv[1]
for name in sorted(os.listdir(d))[::100]:
    p = os.path.join(d, name)
    text = open(p).read()
    open(p, "w").write(re.sub(r"^summary: .*$", "summary: Changed for the diff benchmark.", text, count=1, flags=re.M))
PY
git -C "$repo" commit -q -am "100 tools changed"
changed=$("$B" diff HEAD~1 HEAD --catalog "$repo/catalog" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["tools"]["changed"]))')
[ "$changed" = 100 ] || { echo "diff.sh: expected 100 changed tools, diff found $changed" >&2; exit 1; }

validate="$B validate --catalog catalog"
diff="$B diff HEAD~1 HEAD --catalog catalog"
cd "$repo"
if command -v hyperfine >/dev/null; then
  hyperfine -N -i --warmup 2 --runs "$N" --export-json "$root/times.json" "$validate" "$diff" >&2
  read -r tv td < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[0]["median"], r[1]["median"])' "$root/times.json")
  how="hyperfine, median of $N runs after 2 warm-ups"
else
  med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  v=(); d=()
  for _ in $(seq 1 "$N"); do
    t0=$(date +%s.%N); $validate >/dev/null 2>&1 || true
    t1=$(date +%s.%N); $diff >/dev/null
    t2=$(date +%s.%N)
    v+=($(echo "$t1 - $t0" | bc)); d+=($(echo "$t2 - $t1" | bc))
  done
  tv=$(med "${v[@]}"); td=$(med "${d[@]}")
  how="date +%s.%N loop, median of $N runs"
fi
ratio=$(python3 -c "print(f'{$td / $tv:.2f}')")
line="| $(date -u +%Y-%m-%d) | $(basename "$(dirname "$B")") | $(printf '%.3f' "$tv") s | $(printf '%.3f' "$td") s | ${ratio}x | $how; $(nproc) cores |"
results=$here/RESULTS-diff.md
if [ ! -f "$results" ]; then
  cat > "$results" <<'MD'
# `stackcat diff` against `validate`

`Benchmarks/diff.sh [BINARY] [RUNS]`: a git repository with a 10,000-tool catalog (`make_catalog.py 10000`), a
second commit that changes 100 tools' summaries; `diff HEAD~1 HEAD` (both sides read from git objects
with one `git cat-file --batch` each, both loaded and validated) against `validate` of the working tree.
Target (issue 24): at most 3x one validate.

| date | build | validate | diff HEAD~1 HEAD | ratio | how |
| --- | --- | --- | --- | --- | --- |
MD
fi
echo "$line" >> "$results"
echo "validate $tv s, diff $td s: ${ratio}x"
