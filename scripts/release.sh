#!/usr/bin/env bash
# Builds a standalone Linux release of stackcat and packs it for download:
#   dist/stackcat-<version>-linux-<arch>.tar.gz          (stackcat-<version>-linux-<arch>/{stackcat,LICENSE,README.md})
#   dist/stackcat-<version>-linux-<arch>.tar.gz.sha256   (sha256sum format)
# The Swift standard library and Foundation are linked statically (--static-swift-stdlib) and so is libyaml
# (libyaml-dev's libyaml.a), so the binary needs only glibc, libstdc++ and libm. scripts/check-release.sh
# builds and checks it; publish an archive only after that passes.
# Usage: scripts/release.sh            Environment: STACKCAT_RELEASE_SCRATCH (default .build-release)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

die() { echo "release: $*" >&2; exit 1; }

[ "$(uname -s)" = Linux ] || die "builds Linux archives only; this is $(uname -s)"
arch=$(uname -m)
case "$arch" in
  x86_64|aarch64) ;;
  *) die "unsupported architecture $arch (x86_64 or aarch64)" ;;
esac
for tool in swift strip tar gzip sha256sum pkg-config; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is missing"
done

# The version is defined once, in the command's configuration.
version=$(sed -n 's/^[[:space:]]*version: "\([^"]*\)",[[:space:]]*$/\1/p' Sources/stackcat/Stackcat.swift)
[ "$(printf '%s\n' "$version" | grep -c .)" = 1 ] || die "could not read one version: \"...\" line from Sources/stackcat/Stackcat.swift"

# libyaml's static archive. The system yaml-0.1.pc puts -L/usr/lib/<triple> (where libyaml.so is) on the
# link line, so a private yaml-0.1.pc, first on PKG_CONFIG_PATH, names a directory holding only libyaml.a
# instead: -lyaml then resolves to the archive.
libdir=$(pkg-config --variable=libdir yaml-0.1 2>/dev/null) || die "pkg-config finds no yaml-0.1; install libyaml-dev and pkg-config"
includedir=$(pkg-config --variable=includedir yaml-0.1)
[ -f "$libdir/libyaml.a" ] || die "$libdir/libyaml.a not found; install libyaml-dev (Debian and Ubuntu ship the static library with it)"

scratch=${STACKCAT_RELEASE_SCRATCH:-$root/.build-release}
static="$scratch/static-yaml"
mkdir -p "$static/lib" "$static/pkgconfig"
ln -sf "$libdir/libyaml.a" "$static/lib/libyaml.a"
cat > "$static/pkgconfig/yaml-0.1.pc" <<PC
Name: LibYAML
Description: libyaml, linked statically for a stackcat release
Version: $(pkg-config --modversion yaml-0.1)
Cflags: -I$includedir
Libs: -L$static/lib -lyaml
PC
export PKG_CONFIG_PATH="$static/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"

build=(swift build -c release --product stackcat --scratch-path "$scratch" --static-swift-stdlib)
echo "release: ${build[*]}" >&2
"${build[@]}"
bin_dir=$("${build[@]}" --show-bin-path)
binary="$bin_dir/stackcat"
[ -x "$binary" ] || die "no binary at $binary"

name="stackcat-$version-linux-$arch"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
cp "$binary" "$stage/$name/stackcat"
strip "$stage/$name/stackcat"
cp LICENSE README.md "$stage/$name/"
reported=$("$stage/$name/stackcat" --version)
[ "$reported" = "$version" ] || die "the binary says version '$reported', Stackcat.swift says '$version'"

# Same inputs, same bytes: sorted names, fixed owners and times, no gzip timestamp.
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
mkdir -p dist
archive="dist/$name.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C "$stage" -cf - "$name" | gzip -9 -n > "$archive"
(cd dist && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "release: $root/$archive ($(wc -c < "$archive") bytes)" >&2
echo "release: $root/$archive.sha256" >&2
