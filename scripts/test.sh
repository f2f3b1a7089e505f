#!/usr/bin/env bash
# Sets up everything, builds, and runs every test: the release build's whole suite, the
# whole suite again under AddressSanitizer + UBSan, and the engine tests under ThreadSanitizer.
# Usage: scripts/test.sh [--quick]   (--quick: the release suite only)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
presets=(release asan tsan)
[ "${1:-}" = "--quick" ] && presets=(release)
status=0
for preset in "${presets[@]}"; do
    echo "== build ($preset)"
    bash scripts/build.sh "$preset"
    echo "== test ($preset)"
    ctest --preset "$preset" || status=1
done
exit $status
