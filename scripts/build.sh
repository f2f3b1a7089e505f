#!/usr/bin/env bash
# Configures (once per preset) and builds loopscope. Usage: scripts/build.sh [PRESET]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${1:-release}
cd "$root"
export CCACHE_DIR=${CCACHE_DIR:-$root/.deps/ccache}
if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" >/dev/null
fi
cmake --build --preset "$preset" -- -j"$(nproc)"
