#!/usr/bin/env bash
# Runs the built-in polyfill checks (cases/*.js) under real Deno and under loopscope and
# compares merged stdout+stderr and the exit code.
#
#   usage: check.sh [-b LOOPSCOPE_BINARY] [-s] [CASE ...]
#
#   -b BINARY  the loopscope binary (default: build/release/app/loopscope)
#   -s         strict: compare stack frames too (by default each run of stack-frame lines is
#              collapsed to one "at …" line, as the conformance tests do; see
#              tests/conformance/normalize.sh)
#   CASE       case names (file names without .js); default: every case
#
# Each case is copied into a fresh temporary directory and run there as
#   NO_COLOR=1 DENO_DIR=<fresh> deno run -A --no-config --no-lock --quiet CASE.js </dev/null 2>&1
#   NO_COLOR=1 loopscope run CASE.js </dev/null 2>&1
# The temporary directory is replaced by $DIR in both outputs. Exits 1 if any case differs.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
deno=${DENO:-$root/.deps/deno/bin/deno}
binary=$root/build/release/app/loopscope
strict=0
while getopts "b:s" opt; do
    case $opt in
        b) binary=$OPTARG ;;
        s) strict=1 ;;
        *) echo "usage: check.sh [-b LOOPSCOPE_BINARY] [-s] [CASE ...]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

if [ ! -x "$deno" ]; then echo "check: no deno at $deno (scripts/setup.sh installs it)" >&2; exit 2; fi
if [ ! -x "$binary" ]; then echo "check: no loopscope binary at $binary" >&2; exit 2; fi

normalise() { # DIR < raw > normalised
    if [ "$strict" = 1 ]; then
        NORMALIZE_DIR="$1" perl -pe 's/\Q$ENV{NORMALIZE_DIR}\E/\$DIR/g; s/\((deno|node):[0-9]+\)/($1:PID)/g'
    else
        bash "$root/tests/conformance/normalize.sh" "$1"
    fi
}

cases=()
if [ "$#" -gt 0 ]; then
    for name in "$@"; do cases+=("$here/cases/${name%.js}.js"); done
else
    for f in "$here"/cases/*.js; do cases+=("$f"); done
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
for script in "${cases[@]}"; do
    name=$(basename "$script" .js)
    if [ ! -f "$script" ]; then echo "MISSING $name"; fail=$((fail + 1)); continue; fi
    run=$(cd "$(mktemp -d "$work/run.XXXXXX")" && pwd -P)
    cp "$script" "$run/$name.js"

    dcode=0
    (cd "$run" && NO_COLOR=1 DENO_DIR="$run/.deno" timeout -k 5 60 "$deno" run -A --no-config --no-lock --quiet \
        "$name.js" </dev/null >"$work/deno.raw" 2>&1) || dcode=$?
    lcode=0
    (cd "$run" && NO_COLOR=1 timeout -k 5 60 "$binary" run "$run/$name.js" \
        </dev/null >"$work/ls.raw" 2>&1) || lcode=$?
    normalise "$run" <"$work/deno.raw" >"$work/deno.out"
    normalise "$run" <"$work/ls.raw" >"$work/ls.out"

    if cmp -s "$work/deno.out" "$work/ls.out" && [ "$dcode" = "$lcode" ]; then
        echo "PASS $name (exit $lcode)"
        pass=$((pass + 1))
    else
        echo "FAIL $name (deno exit $dcode, loopscope exit $lcode)"
        diff -u --label "deno/$name" --label "loopscope/$name" "$work/deno.out" "$work/ls.out" | head -n 80
        fail=$((fail + 1))
    fi
    rm -rf "$run"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
