#!/usr/bin/env bash
# Regenerates tests/unit/data/console_cases.json from REAL Deno: every case of
# cases.js is evaluated and passed to Deno's own console.log (colors off, output
# piped), and Deno's exact output becomes the case's `expected`.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
deno="${DENO:-$root/.deps/deno/bin/deno}"
if [ ! -x "$deno" ]; then
    bash "$root/scripts/setup.sh"
fi

out="$root/tests/unit/data/console_cases.json"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

# NO_COLOR and a non-terminal stdout: Deno prints without ANSI colors.
( cd "$here" && NO_COLOR=1 "$deno" run --quiet --no-config --no-lock -A driver.js >"$tmp" </dev/null )
( cd "$here" && "$deno" run --quiet --no-config --no-lock -A assemble.js "$tmp" "$out" )
