#!/usr/bin/env bash
# Finds the gaps: runs probe.js (which candidate built-ins exist) and enumerate.js (every
# property of the standard built-ins with its attributes, name and length) under real Deno and
# under loopscope, and prints the differences (lines starting "<" are Deno's, ">" loopscope's).
#
#   usage: probe.sh [LOOPSCOPE_BINARY]     (default: build/release/app/loopscope)
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
deno=${DENO:-$root/.deps/deno/bin/deno}
binary=${1:-$root/build/release/app/loopscope}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for script in probe enumerate; do
    cp "$here/$script.js" "$work/"
    (cd "$work" && NO_COLOR=1 DENO_DIR="$work/.deno" "$deno" run -A --no-config --no-lock --quiet "$script.js" >"$work/$script.deno" 2>&1 </dev/null)
    (cd "$work" && NO_COLOR=1 "$binary" run "$work/$script.js" >"$work/$script.loopscope" 2>&1 </dev/null)
    echo "=== $script.js (< deno, > loopscope)"
    diff "$work/$script.deno" "$work/$script.loopscope" | grep '^[<>]'
done
exit 0
