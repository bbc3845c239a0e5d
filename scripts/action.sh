#!/usr/bin/env bash
# The steps of the stackcat GitHub Action (action.yml), runnable anywhere bash runs.
# Gets stackcat (STACKCAT_BIN, else the release archive for this runner, else a build from the action's
# source), then runs the checks asked for and fails at the end if any of them failed.
#
# Environment (action.yml sets these from its inputs):
#   INPUT_CATALOG     catalog directory to check (default: catalog)
#   INPUT_STRICT      "true": warnings fail too (default: false)
#   INPUT_DOCS        generated docs directory to check with `docs --out DIR --check` (default: none)
#   INPUT_INJECT      space-separated Markdown files to check with `docs --inject FILE... --check` (default: none)
#   INPUT_SARIF       file to write SARIF 2.1.0 to, even when validation fails (default: none)
#   INPUT_MAX_AGE     days: validate --max-age DAYS, a stale-review warning for every stack component
#                     not reviewed within that many days (default: no review dates checked)
#   INPUT_VERSION     release to download, e.g. 0.1.0; "source" builds from the action's source
#                     (default: the tag the action is used from, when it is a version tag such as
#                     v0.2.0; otherwise the version that the action's own source declares)
#   INPUT_REPOSITORY  owner/name the releases come from (default: the action's repository)
#   INPUT_DIFF        "true": write `stackcat diff --format markdown` (what the change does to the catalog) to
#                     the job summary and to $RUNNER_TEMP/stackcat-diff.md (output `diff`); "false": not.
#                     Default: on for pull_request events, where a base it cannot find (a shallow
#                     checkout) is a notice, not a failure. The base: the merge base with
#                     origin/$GITHUB_BASE_REF, else stackcat's default (origin/HEAD, main or master).
#   STACKCAT_BIN      a stackcat binary to use instead of downloading or building one
#   STACKCAT_DOWNLOAD_BASE  where release tags live (default: https://github.com/<repository>/releases/download);
#                     archives are fetched from <base>/v<version>/ (a mirror, or file:// in tests)
#   STACKCAT_ACTION_REPOSITORY  the action's repository (action.yml passes github.action_repository)
#   STACKCAT_ACTION_REF         the ref the action is used at (action.yml passes github.action_ref)
#   GITHUB_ACTION_PATH, RUNNER_TEMP, GITHUB_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_NAME,
#   GITHUB_BASE_REF: set by GitHub
set -euo pipefail

say() { echo "stackcat-action: $*" >&2; }
die() { echo "::error title=stackcat action::$*"; say "$*"; exit 1; }

action_path=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}
catalog=${INPUT_CATALOG:-catalog}
strict=${INPUT_STRICT:-false}
docs=${INPUT_DOCS:-}
inject=${INPUT_INJECT:-}
sarif=${INPUT_SARIF:-}
max_age=${INPUT_MAX_AGE:-}
version=${INPUT_VERSION:-}
repository=${INPUT_REPOSITORY:-${STACKCAT_ACTION_REPOSITORY:-${GITHUB_ACTION_REPOSITORY:-}}}
temp=${RUNNER_TEMP:-${TMPDIR:-/tmp}}

case "$max_age" in
  "") ;;
  *[!0-9]*) die "max-age must be a number of days, not '$max_age'" ;;
esac

diff=${INPUT_DIFF:-}
diff_asked=true
case "$diff" in
  true|True|TRUE) diff=true ;;
  false|False|FALSE) diff=false ;;
  "") diff_asked=false
      case "${GITHUB_EVENT_NAME:-}" in pull_request|pull_request_target) diff=true ;; *) diff=false ;; esac ;;
  *) die "diff must be true or false, not '$diff'" ;;
esac

case "$strict" in
  true|True|TRUE) strict=true ;;
  false|False|FALSE|"") strict=false ;;
  *) die "strict must be true or false, not '$strict'" ;;
esac

declared_version() {
  sed -n 's/^[[:space:]]*version: "\([^"]*\)",[[:space:]]*$/\1/p' "$action_path/Sources/stackcat/Stackcat.swift" 2>/dev/null || true
}

sha256_check() {  # file.sha256 in the current directory
  if command -v sha256sum >/dev/null 2>&1; then sha256sum --check --quiet "$1"; else shasum -a 256 --check --quiet "$1"; fi
}

# The version of a ref such as v0.2.0 or 0.2.0-rc.1 (a release tag); empty for a branch, a commit or v1.
tag_version() {
  local ref=${1#refs/tags/}
  ref=${ref#v}
  [[ "$ref" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]] && echo "$ref"
  return 0
}

# Sets $stackcat to the downloaded binary, or leaves it empty when no release archive is available.
# A download whose checksum does not match is an error, never a reason to fall back.
download() {
  local os arch platform name base dir
  os=$(uname -s); arch=$(uname -m)
  case "$os/$arch" in
    Linux/x86_64|Linux/aarch64) platform="linux-$arch" ;;
    Linux/arm64) platform=linux-aarch64 ;;
    Darwin/arm64|Darwin/x86_64) platform=macos-universal ;;
    *) say "no release archive is built for $os $arch; building from source"; return 0 ;;
  esac
  [ -n "$repository" ] || [ -n "${STACKCAT_DOWNLOAD_BASE:-}" ] || { say "the action's repository is unknown (set the 'repository' input); building from source"; return 0; }
  [ -n "$version" ] || { say "no version given and none declared in $action_path; building from source"; return 0; }
  name="stackcat-$version-$platform"
  base="${STACKCAT_DOWNLOAD_BASE:-https://github.com/$repository/releases/download}/v$version"
  dir=$(mktemp -d "$temp/stackcat-XXXXXX")
  say "downloading $base/$name.tar.gz"
  if ! curl -fsSL --retry 3 -o "$dir/$name.tar.gz" "$base/$name.tar.gz" \
     || ! curl -fsSL --retry 3 -o "$dir/$name.tar.gz.sha256" "$base/$name.tar.gz.sha256"; then
    say "no release archive $name at $base; building from source"
    rm -rf "$dir"
    return 0
  fi
  (cd "$dir" && sha256_check "$name.tar.gz.sha256") || die "$name.tar.gz does not match its published sha256"
  tar -xzf "$dir/$name.tar.gz" -C "$dir"
  [ -x "$dir/$name/stackcat" ] || die "$name.tar.gz holds no $name/stackcat"
  stackcat="$dir/$name/stackcat"
  how="downloaded release v$version${repository:+ of $repository} ($name.tar.gz, sha256 checked)"
}

build_from_source() {
  [ -f "$action_path/Package.swift" ] || die "no stackcat source at $action_path to build from"
  command -v swift >/dev/null 2>&1 || die "building stackcat from source needs Swift 6 and libyaml-dev on the runner (e.g. container: swift:6.0 and apt-get install libyaml-dev pkg-config); no release archive was available"
  say "building stackcat from source in $action_path (swift build -c release)"
  swift build -c release --product stackcat --package-path "$action_path" >&2
  stackcat="$(swift build -c release --product stackcat --package-path "$action_path" --show-bin-path)/stackcat"
  how="built from source in $action_path"
}

stackcat=""
how=""
if [ -n "${STACKCAT_BIN:-}" ]; then
  [ -x "$STACKCAT_BIN" ] || die "STACKCAT_BIN=$STACKCAT_BIN is not an executable"
  stackcat=$STACKCAT_BIN
  how="STACKCAT_BIN"
else
  if [ "$version" = source ]; then
    version=""
  else
    # The tag the action is used from names its release: a fork that tags v0.2.0 and is used as
    # its-org/stackcat@v0.2.0 downloads its own v0.2.0, whatever its source declares.
    [ -n "$version" ] || version=$(tag_version "${STACKCAT_ACTION_REF:-${GITHUB_ACTION_REF:-}}")
    [ -n "$version" ] || version=$(declared_version)
    version=${version#v}
    download
  fi
  [ -n "$stackcat" ] || build_from_source
fi
say "using $stackcat ($("$stackcat" --version)): $how"
if [ -n "${GITHUB_PATH:-}" ]; then dirname "$stackcat" >> "$GITHUB_PATH"; fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "path=$stackcat" >> "$GITHUB_OUTPUT"; fi

failed=()
run_check() {  # description command...
  local description=$1; shift
  say "$description: stackcat $*"
  if ! "$stackcat" "$@"; then failed+=("$description"); fi
}

validate=(validate --catalog "$catalog" --format github)
[ "$strict" = true ] && validate+=(--strict)
[ -n "$max_age" ] && validate+=(--max-age "$max_age")
run_check validate "${validate[@]}"

if [ -n "$sarif" ]; then
  # Written whether or not the catalog has problems: that is when code scanning needs it.
  mkdir -p "$(dirname "$sarif")"
  say "sarif: stackcat validate --catalog $catalog --format sarif > $sarif"
  status=0
  "$stackcat" validate --catalog "$catalog" --format sarif ${max_age:+--max-age "$max_age"} > "$sarif" || status=$?
  # Exit 1 only says the catalog has errors, which the validate check above already reports.
  [ "$status" -le 1 ] || failed+=("sarif (exit $status)")
fi

if [ -n "$docs" ]; then
  run_check "docs" docs --catalog "$catalog" --out "$docs" --check
fi

if [ -n "$inject" ]; then
  read -r -a inject_files <<< "$inject"
  run_check "inject" docs --catalog "$catalog" --inject "${inject_files[@]}" --check
fi

if [ "$diff" = true ]; then
  diff_args=(diff --catalog "$catalog" --format markdown)
  if [ -n "${GITHUB_BASE_REF:-}" ] && base=$(git merge-base HEAD "origin/$GITHUB_BASE_REF" 2>/dev/null); then
    diff_args+=("$base")
  fi
  diff_file="$temp/stackcat-diff.md"
  say "diff: stackcat ${diff_args[*]}"
  if "$stackcat" "${diff_args[@]}" > "$diff_file"; then
    if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$diff_file" >> "$GITHUB_STEP_SUMMARY"; fi
    if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "diff=$diff_file" >> "$GITHUB_OUTPUT"; fi
  elif [ "$diff_asked" = true ]; then
    failed+=("diff")
  else
    echo "::notice title=stackcat diff::no catalog diff: the base revision could not be read (check out with fetch-depth: 0 to get one)"
  fi
fi

if [ ${#failed[@]} -gt 0 ]; then
  say "failed: ${failed[*]}"
  exit 1
fi
say "all checks passed"
