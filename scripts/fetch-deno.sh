#!/usr/bin/env bash
# Installs one older Deno release from the npm registry (package @deno/linux-x64-glibc@VERSION)
# into .deps/deno-VERSION/bin/deno and prints that path. Used to capture the conformance
# expectations of the version profiles (tests/conformance/capture.sh --profile). Idempotent.
#
#   usage: scripts/fetch-deno.sh VERSION        e.g. 2.7.4, 2.8.3, 1.46.3
set -euo pipefail

[ "$#" -eq 1 ] || { echo "usage: fetch-deno.sh VERSION" >&2; exit 2; }
version=$1
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "fetch-deno: '$version' is not a version (x.y.z)" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/.deps/deno-$version"
bin="$dir/bin/deno"
if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -q "^deno ${version//./\\.} "; then
    echo "$bin"
    exit 0
fi
mkdir -p "$dir"
echo "fetch-deno: installing @deno/linux-x64-glibc@$version into $dir" >&2
npm install --silent --no-audit --no-fund --prefix "$dir" "@deno/linux-x64-glibc@$version" >/dev/null
real=$(find "$dir/node_modules" -type f -name deno 2>/dev/null | head -n1)
[ -n "$real" ] || { echo "fetch-deno: the package brought no deno binary" >&2; exit 1; }
chmod +x "$real"
mkdir -p "$dir/bin"
ln -sf "$real" "$bin"
"$bin" --version >/dev/null || { echo "fetch-deno: $bin does not run" >&2; exit 1; }
echo "$bin"
