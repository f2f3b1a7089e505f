#!/usr/bin/env bash
# One idempotent setup for loopscope on Debian 12: Debian packages, the project-local V8
# prefix (libnode108 unpacked, see docs/building.md) and real Deno 2.9.6 for the conformance
# tools. Quick when everything is already in place.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
deps="$root/.deps"
mkdir -p "$deps"

log() { printf 'setup: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Everything the build, the tests, the benchmarks and headless screenshots need.
packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6svg6-dev libgl-dev
    libqcustomplot-dev libqcustomplot2.1-qt6
    libffi-dev libsqlite3-dev sqlite3
    # Runtime dependencies of libnode108 (installed normally; libnode itself is unpacked below).
    libuv1-dev libicu72 libssl3 libc-ares2 libnghttp2-14 libbrotli1 zlib1g
    xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# V8 10.2 from Debian's libnode108, unpacked into a prefix of our own. A plain
# `apt-get install libnode-dev` conflicts with the machine's own nodejs, and its headers would
# collide with the V8 11.3 headers that nodejs ships in /usr/include/node.
libnode="$deps/libnode"
if [ ! -f "$libnode/.complete" ]; then
    log "unpacking libnode108 + libnode-dev into $libnode"
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    ( cd "$tmp" && apt-get download libnode108 libnode-dev >/dev/null 2>&1 ) || {
        as_root apt-get update -qq
        ( cd "$tmp" && apt-get download libnode108 libnode-dev >/dev/null )
    }
    rm -rf "$libnode"
    mkdir -p "$libnode"
    for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$libnode"; done
    so=$(ls "$libnode"/usr/lib/x86_64-linux-gnu/libnode.so.108* 2>/dev/null | head -n1)
    [ -n "$so" ] || { log "libnode.so.108 missing after unpacking"; exit 1; }
    ln -sf "$(basename "$so")" "$libnode/usr/lib/x86_64-linux-gnu/libnode.so"
    touch "$libnode/.complete"
fi

# Real Deno 2.9.6: the judge for the conformance expectations and the benchmark's other side.
deno_dir="$deps/deno"
if [ ! -x "$deno_dir/bin/deno" ] || ! "$deno_dir/bin/deno" --version 2>/dev/null | grep -q '^deno 2\.9\.6'; then
    log "installing deno@2.9.6 from npm into $deno_dir"
    mkdir -p "$deno_dir"
    ( cd "$deno_dir" && npm install --silent --no-audit --no-fund --prefix "$deno_dir" deno@2.9.6 >/dev/null )
    real=$(find "$deno_dir/node_modules" -type f -name deno -perm -u+x 2>/dev/null | grep -v '\.js$' | head -n1)
    [ -n "$real" ] || { log "the deno npm package brought no binary"; exit 1; }
    mkdir -p "$deno_dir/bin"
    ln -sf "$real" "$deno_dir/bin/deno"
fi
log "ready: $("$deno_dir/bin/deno" --version | head -n1), libnode in $libnode"
