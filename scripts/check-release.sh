#!/usr/bin/env bash
# Builds the release archive with scripts/release.sh and checks that it stands alone: the checksum holds,
# the binary links nothing from the Swift toolchain and no libyaml, and it runs from an empty directory
# with an empty environment. Prints the newest glibc symbol version the binary needs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

fail() { echo "check-release: $*" >&2; exit 1; }

scripts/release.sh
version=$(sed -n 's/^[[:space:]]*version: "\([^"]*\)",[[:space:]]*$/\1/p' Sources/stackcat/Stackcat.swift)
name="stackcat-$version-linux-$(uname -m)"
archive="dist/$name.tar.gz"
[ -f "$archive" ] || fail "$archive was not written"
[ -f "$archive.sha256" ] || fail "$archive.sha256 was not written"
(cd dist && sha256sum --check --quiet "$name.tar.gz.sha256") || fail "$archive does not match $archive.sha256"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/unpacked" "$work/empty"
tar -xzf "$archive" -C "$work/unpacked"
[ "$(ls "$work/unpacked")" = "$name" ] || fail "the archive should hold one directory $name, holds: $(ls "$work/unpacked")"
for file in stackcat LICENSE README.md; do
  [ -f "$work/unpacked/$name/$file" ] || fail "the archive lacks $name/$file"
done
binary="$work/unpacked/$name/stackcat"

# Shared libraries: only glibc's parts, libstdc++ and libgcc_s (which libstdc++ itself needs).
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
libs=$(ldd "$binary") || fail "ldd failed on $binary"
echo "$libs" | sed 's/^/check-release: ldd: /'
if echo "$libs" | grep -F -e "$toolchain" -e /opt/swift -e "not found"; then fail "the binary needs the toolchain or a missing library"; fi
if echo "$libs" | grep -E 'libswift|libFoundation|lib_FoundationICU|libdispatch|libBlocksRuntime|libicu|libyaml'; then
  fail "the binary links Swift runtime, Foundation or libyaml dynamically"
fi
allowed='^(linux-vdso\.so|ld-linux[-a-z0-9_]*\.so|libc\.so|libm\.so|libdl\.so|libpthread\.so|librt\.so|libutil\.so|libstdc\+\+\.so|libgcc_s\.so)'
while read -r lib _; do
  [[ "$lib" =~ $allowed ]] || [[ "$lib" == /* && "$(basename "$lib")" =~ $allowed ]] || fail "unexpected shared library: $lib"
done <<< "$libs"
# The linker leaves RUNPATH $ORIGIN (the binary's own directory); anything else could reach a toolchain.
if readelf -d "$binary" | grep -E 'RPATH|RUNPATH' | grep -vF '[$ORIGIN]'; then fail "the binary carries a search path other than \$ORIGIN"; fi
glibc=$(objdump -T "$binary" | grep -oE 'GLIBC_[0-9.]+' | sort -uV | tail -1)
glibcxx=$(objdump -T "$binary" | grep -oE 'GLIBCXX_[0-9.]+' | sort -uV | tail -1)
echo "check-release: needs glibc ${glibc#GLIBC_} or newer (newest symbol version: $glibc) and libstdc++ with ${glibcxx:-no GLIBCXX symbols}"

# Runs from an empty directory with nothing in the environment but a minimal PATH.
run() {  # expected-status command...
  local expected=$1; shift
  local status=0
  (cd "$work/empty" && env -i PATH=/usr/bin:/bin "$binary" "$@") > "$work/out" 2> "$work/err" || status=$?
  [ "$status" = "$expected" ] || { cat "$work/err" >&2; fail "stackcat $* exited $status, expected $expected"; }
}
run 0 --version
[ "$(cat "$work/out")" = "$version" ] || fail "--version printed '$(cat "$work/out")', expected $version"
run 0 validate --strict
grep -q "^validate: 0 errors, 0 warnings" "$work/err" || fail "validate on the built-in catalog said: $(cat "$work/err")"
run 0 list --category cd --format ids
grep -qx spinnaker "$work/out" || fail "list --category cd lacks spinnaker: $(cat "$work/out")"
run 1 validate --catalog "$root/Tests/Fixtures/no-such-catalog"
# The site, whose graphs the binary lays out in its own Graphviz workers (libgvc opened at run time).
run 0 site --out "$work/site"
if command -v dot > /dev/null; then
  grep -q '<div class="graph-svg">' "$work/site/tools/spinnaker.html" || fail "site drew no graph on tools/spinnaker.html"
  # The worker itself, so that a fallback to dot cannot hide a worker that no longer loads libgvc.
  graph='digraph { a -> b }'
  answer=$(printf '%s\n%s' "${#graph}" "$graph" | env -i "$binary" __graphviz-worker) || fail "the Graphviz worker failed"
  case "$answer" in
    [0-9]*'<svg'*) ;;
    *) fail "the Graphviz worker answered: $(printf '%s' "$answer" | head -c 200)" ;;
  esac
fi
[ -z "$(ls -A "$work/empty")" ] || fail "stackcat wrote into the empty directory: $(ls -A "$work/empty")"
echo "check-release: $archive stands alone ($(wc -c < "$archive") bytes)"
