#!/usr/bin/env bash
# Compares loopscope's console METHODS (table, group, assert, count, time*, trace, dir,
# clear, ...) with REAL Deno 2.9.6, byte for byte.
#
#   usage: check.sh [-v] [NAME-SUBSTRING ...]
#
# Every cases/*.js (or those whose name contains one of the given substrings) is copied into a
# fresh temporary directory and run there, by real Deno and by loopscope, as
#   NO_COLOR=1 [DENO_DIR=<fresh>] <binary> run [-A] <copy> </dev/null 2>&1
# (merged stdout+stderr through a pipe, so neither runtime sees a terminal). Both outputs are
# normalised with tests/conformance/normalize.sh (temp dir -> $DIR, pids, runs of stack frames
# collapsed to one "at …" line) and then, for the timer methods only, every duration Deno can
# print (0.123ms / 1.23ms / 12.3ms / 123ms) becomes <T>ms. A case whose name starts with
# "raw-" skips the stack-frame collapsing (its frames must match exactly). The exit codes are
# compared too. -v prints a unified diff for every mismatch. A case whose name starts with
# "xfail-" documents a known difference: a mismatch there is reported as XFAIL (and does not
# fail the run), a match as XPASS.
#
# Environment: DENO (default .deps/deno/bin/deno), LOOPSCOPE (default
# build/release/app/loopscope).
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
deno="${DENO:-$root/.deps/deno/bin/deno}"
loopscope="${LOOPSCOPE:-$root/build/release/app/loopscope}"
normalize="$root/tests/conformance/normalize.sh"

verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/denodir"

timefix() { perl -pe 's/\b(0\.\d{3}|[1-9]\.\d{2}|[1-9]\d\.\d|[1-9]\d{2,})ms\b/<T>ms/g'; }

# Like normalize.sh, without collapsing stack frames.
rawfix() {
    NORMALIZE_DIR="$1" perl -pe 's/\Q$ENV{NORMALIZE_DIR}\E/\$DIR/g; s/\((deno|node):[0-9]+\)/($1:PID)/g'
}

pass=0
fail=0
xfail=0
failed=()
for case in "$here"/cases/*.js; do
    name=$(basename "$case" .js)
    if [ "$#" -gt 0 ]; then
        hit=0
        for pat in "$@"; do [[ "$name" == *"$pat"* ]] && hit=1; done
        [ "$hit" -eq 1 ] || continue
    fi
    run=$(cd "$(mktemp -d "$work/run.XXXXXX")" && pwd -P)
    cp "$case" "$run/$name.js"
    dcode=0
    (cd "$run" && NO_COLOR=1 DENO_DIR="$work/denodir" timeout -k 5 30 "$deno" run -A --no-config \
        --no-lock --quiet "$run/$name.js" </dev/null >"$work/deno.raw" 2>&1) || dcode=$?
    lcode=0
    (cd "$run" && NO_COLOR=1 timeout -k 5 30 "$loopscope" run "$run/$name.js" \
        </dev/null >"$work/ls.raw" 2>&1) || lcode=$?
    for who in deno ls; do
        if [[ "$name" == raw-* ]]; then
            rawfix "$run" <"$work/$who.raw" | timefix >"$work/$who.out"
        else
            bash "$normalize" "$run" <"$work/$who.raw" | timefix >"$work/$who.out"
        fi
    done
    if cmp -s "$work/deno.out" "$work/ls.out" && [ "$dcode" = "$lcode" ]; then
        pass=$((pass + 1))
        if [[ "$name" == xfail-* ]]; then echo "XPASS $name"; else echo "PASS $name"; fi
    elif [[ "$name" == xfail-* ]]; then
        xfail=$((xfail + 1))
        echo "XFAIL $name (known difference)"
        if [ "$verbose" -eq 1 ]; then
            diff -u --label "deno/$name" --label "loopscope/$name" "$work/deno.out" "$work/ls.out" | head -80
        fi
    else
        fail=$((fail + 1))
        failed+=("$name")
        echo "FAIL $name (exit deno $dcode, loopscope $lcode)"
        if [ "$verbose" -eq 1 ]; then
            diff -u --label "deno/$name" --label "loopscope/$name" "$work/deno.out" "$work/ls.out" | head -80
        fi
    fi
done
echo "passed $pass, known differences $xfail, failed $fail${failed:+: ${failed[*]}}"
[ "$fail" -eq 0 ]
