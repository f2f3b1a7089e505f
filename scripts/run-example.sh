#!/usr/bin/env bash
# Sets up everything, builds, and starts loopscope on a bundled example. Without a display the
# example runs headless and its output is printed.
# Usage: scripts/run-example.sh [EXAMPLE.js]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
bash scripts/build.sh release >/dev/null
example=${1:-$root/resources/examples/threadsafe-microtask.js}
app="$root/build/release/app/loopscope"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" "$example"
fi
echo "No display: running $(basename "$example") headless." >&2
exec "$app" run "$example"
