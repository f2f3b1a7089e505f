#!/usr/bin/env bash
# Sets up everything, builds, and starts loopscope on a bundled example. Without a display the
# example runs headless: it is recorded to build/example/run.lstrace, the window (timeline,
# events, inspector) is rendered to build/example/window.png, and a summary of the trace is
# printed.
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
out="$root/build/example"
mkdir -p "$out"
echo "No display: running $(basename "$example") headless." >&2
"$app" run "$example"
"$app" --screenshot "$out/window.png" --save-trace "$out/run.lstrace" "$example"
"$app" summary "$out/run.lstrace"
echo "Trace: $out/run.lstrace   Window: $out/window.png" >&2
