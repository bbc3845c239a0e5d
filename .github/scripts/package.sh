#!/usr/bin/env bash
# Builds one release archive of stackcat for .github/workflows/release.yml:
#   dist/stackcat-<version>-<platform>.tar.gz and its .sha256 (sha256sum format)
# Platforms:
#   linux-x86_64, linux-aarch64  fully static against musl, with the Swift Static Linux SDK (installed before,
#                                with `swift sdk install`); they run on any Linux (Alpine, RHEL 9, ...).
#   macos-universal              arm64 and x86_64 built with Xcode's Swift and joined with lipo.
# libyaml is compiled from its source (LIBYAML_SRC, a checkout of yaml/libyaml) for each target into a
# static library, so no archive needs a libyaml on the machine it runs on. scripts/release.sh is the
# local equivalent for a glibc build.
# Usage: .github/scripts/package.sh PLATFORM     Environment: LIBYAML_SRC (required)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
die() { echo "package: $*" >&2; exit 1; }

platform=${1:-}
src=${LIBYAML_SRC:?set LIBYAML_SRC to a checkout of yaml/libyaml}
[ -f "$src/include/yaml.h" ] || die "$src/include/yaml.h not found: LIBYAML_SRC is not a libyaml checkout"
version=$(sed -n 's/^[[:space:]]*version: "\([^"]*\)",[[:space:]]*$/\1/p' Sources/stackcat/Stackcat.swift)
[ "$(printf '%s\n' "$version" | grep -c .)" = 1 ] || die "could not read one version from Sources/stackcat/Stackcat.swift"
if [ -n "${GITHUB_REF_NAME:-}" ] && [ "${GITHUB_REF_TYPE:-}" = tag ] && [ "$GITHUB_REF_NAME" != "v$version" ]; then
  die "tag $GITHUB_REF_NAME does not match the version $version in Sources/stackcat/Stackcat.swift"
fi
work="$root/.build-package/$platform"
rm -rf "$work"; mkdir -p "$work"

# libyaml.a from source: its sources need only the C library; the version macros stand in for config.h.
libyaml() {  # out-dir clang-flags...
  local out=$1; shift
  mkdir -p "$out/obj" "$out/lib"
  local yv; yv=$(sed -n 's/^AC_INIT(\[yaml\], \[\([0-9.]*\)\].*/\1/p' "$src/configure.ac" 2>/dev/null || true)
  yv=${yv:-0.2.5}
  local major=${yv%%.*} rest=${yv#*.}; local minor=${rest%%.*} patch=${rest#*.}
  for file in "$src"/src/*.c; do
    clang "$@" -O2 -fPIC -I"$src/include" -DYAML_DECLARE_STATIC \
      -DYAML_VERSION_MAJOR="$major" -DYAML_VERSION_MINOR="$minor" -DYAML_VERSION_PATCH="$patch" \
      -DYAML_VERSION_STRING="\"$yv\"" -c "$file" -o "$out/obj/$(basename "$file" .c).o"
  done
  if command -v llvm-ar >/dev/null 2>&1; then llvm-ar rcs "$out/lib/libyaml.a" "$out"/obj/*.o
  else ar rcs "$out/lib/libyaml.a" "$out"/obj/*.o; fi
}

# SwiftPM would ask pkg-config for yaml-0.1: an empty search path keeps the build machine's libyaml out.
export PKG_CONFIG_PATH="$work/no-pkgconfig" PKG_CONFIG_LIBDIR="$work/no-pkgconfig"
mkdir -p "$PKG_CONFIG_PATH"

case "$platform" in
  linux-x86_64|linux-aarch64)
    arch=${platform#linux-}
    # The SDK's musl sysroot for this architecture, as `swift sdk install` unpacked it.
    sysroot=$(find "$HOME/.swiftpm/swift-sdks" "$HOME/.config/swiftpm/swift-sdks" "$HOME/Library/org.swift.swiftpm/swift-sdks" \
      -maxdepth 6 -type d -path "*musl*.sdk/$arch" 2>/dev/null | head -1)
    [ -n "$sysroot" ] || die "no musl sysroot for $arch: install the Swift Static Linux SDK first (swift sdk install URL --checksum SUM)"
    libyaml "$work/yaml" --target="$arch-unknown-linux-musl" --sysroot="$sysroot"
    build=(swift build -c release --product stackcat --swift-sdk "$arch-swift-linux-musl"
           --scratch-path "$root/.build-package/build-$arch" -Xcc "-I$src/include" -Xlinker "-L$work/yaml/lib")
    "${build[@]}"
    cp "$("${build[@]}" --show-bin-path)/stackcat" "$work/stackcat"
    file "$work/stackcat" | grep -q "statically linked" || die "the $arch binary is not statically linked: $(file "$work/stackcat")"
    ;;
  macos-universal)
    [ "$(uname -s)" = Darwin ] || die "macos-universal builds on macOS"
    slices=()
    for arch in arm64 x86_64; do
      libyaml "$work/yaml-$arch" -arch "$arch" -mmacosx-version-min=13.0
      build=(swift build -c release --product stackcat --triple "$arch-apple-macosx13.0"
             --scratch-path "$root/.build-package/build-$arch" -Xcc "-I$src/include" -Xlinker "-L$work/yaml-$arch/lib")
      "${build[@]}"
      slices+=("$("${build[@]}" --show-bin-path)/stackcat")
    done
    lipo -create -output "$work/stackcat" "${slices[@]}"
    lipo -info "$work/stackcat"
    if otool -L "$work/stackcat" | grep -i yaml; then die "the macOS binary links libyaml dynamically"; fi
    ;;
  *) die "usage: package.sh linux-x86_64|linux-aarch64|macos-universal" ;;
esac

name="stackcat-$version-$platform"
mkdir "$work/$name"
mv "$work/stackcat" "$work/$name/stackcat"
strip "$work/$name/stackcat" 2>/dev/null || true   # a foreign architecture's binary is left as it is
cp LICENSE README.md "$work/$name/"
case "$platform" in linux-"$(uname -m)"|macos-*)
  reported=$("$work/$name/stackcat" --version)
  [ "$reported" = "$version" ] || die "the binary says version '$reported', Stackcat.swift says '$version'" ;;
esac
mkdir -p dist
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
if tar --version 2>/dev/null | grep -q GNU; then
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C "$work" -cf - "$name" | gzip -9 -n > "dist/$name.tar.gz"
else
  tar -C "$work" -cf - "$name" | gzip -9 -n > "dist/$name.tar.gz"
fi
(cd dist && if command -v sha256sum >/dev/null; then sha256sum "$name.tar.gz"; else shasum -a 256 "$name.tar.gz"; fi > "$name.tar.gz.sha256")
echo "package: $root/dist/$name.tar.gz" >&2
