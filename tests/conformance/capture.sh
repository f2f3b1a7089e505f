#!/usr/bin/env bash
# Regenerate the conformance expectations from real Deno.
#
#   usage: capture.sh [NAME|NAME.js|path/NAME.js ...]
#
# With no argument every scenario under scenarios/js/ is captured. Each scenario is copied into a
# fresh temporary directory and run CAPTURE_RUNS times (default 10) with
#   NO_COLOR=1 DENO_DIR=<temp> deno run -A --no-config --no-lock --quiet <copy> </dev/null 2>&1
# The merged output is normalised with normalize.sh. Only when every run gives the same normalised
# output AND the same exit code are expected/js/NAME.out and expected/js/NAME.code written;
# otherwise the scenario is reported as unstable and its expectation is left untouched.
# expected/PROVENANCE records the Deno version and the date of the capture.
#
# The Deno binary is $DENO if set, else <repo>/.deps/deno/bin/deno (scripts/setup.sh installs it),
# else `deno` from PATH. Exits 1 if any scenario was unstable or missing, 0 otherwise.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
scenario_dir="$here/scenarios/js"
expected_dir="$here/expected/js"
runs=${CAPTURE_RUNS:-10}

if [ -n "${DENO:-}" ]; then
    deno=$DENO
elif [ -x "$repo/.deps/deno/bin/deno" ]; then
    deno="$repo/.deps/deno/bin/deno"
elif command -v deno >/dev/null 2>&1; then
    deno=$(command -v deno)
else
    echo "capture: no deno found (run scripts/setup.sh or set DENO)" >&2
    exit 2
fi

scenarios=()
if [ "$#" -eq 0 ]; then
    for f in "$scenario_dir"/*.js; do
        [ -e "$f" ] && scenarios+=("$f")
    done
else
    for arg in "$@"; do
        name=$(basename "$arg" .js)
        scenarios+=("$scenario_dir/$name.js")
    done
fi

mkdir -p "$expected_dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

version=$("$deno" --version | head -n 1)
{
    echo "deno: $version"
    "$deno" --version | tail -n +2 | sed 's/^/      /'
    echo "captured: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "runs per scenario: $runs"
    echo "command: NO_COLOR=1 DENO_DIR=<temp> deno run -A --no-config --no-lock --quiet SCRIPT </dev/null 2>&1"
} > "$here/expected/PROVENANCE"

ok=0
bad=0
for src in "${scenarios[@]}"; do
    name=$(basename "$src" .js)
    if [ ! -f "$src" ]; then
        echo "MISSING  $name ($src)" >&2
        bad=$((bad + 1))
        continue
    fi
    stable=1
    first_out=""
    first_code=""
    for ((i = 1; i <= runs; i++)); do
        # A fresh directory per run, holding only the scenario; resolved so that the path Deno
        # prints is the path normalize.sh replaces.
        rundir=$(cd "$(mktemp -d "$work/run.XXXXXX")" && pwd -P)
        denodir=$(mktemp -d "$work/denodir.XXXXXX")
        cp "$src" "$rundir/$name.js"
        code=0
        (cd "$rundir" && NO_COLOR=1 DENO_DIR="$denodir" DENO_NO_UPDATE_CHECK=1 \
            timeout -k 5 60 "$deno" run -A --no-config --no-lock --quiet "$rundir/$name.js" \
            </dev/null >"$work/$name.raw.$i" 2>&1) || code=$?
        bash "$here/normalize.sh" "$rundir" <"$work/$name.raw.$i" >"$work/$name.out.$i"
        rm -rf "$rundir" "$denodir"
        if [ "$i" -eq 1 ]; then
            first_out="$work/$name.out.1"
            first_code=$code
        elif [ "$code" != "$first_code" ]; then
            echo "UNSTABLE $name: exit code $first_code in run 1, $code in run $i" >&2
            stable=0
            break
        elif ! cmp -s "$first_out" "$work/$name.out.$i"; then
            echo "UNSTABLE $name: output of run $i differs from run 1:" >&2
            diff -u "$first_out" "$work/$name.out.$i" | sed 's/^/    /' >&2 || true
            stable=0
            break
        fi
    done
    if [ "$stable" -eq 1 ]; then
        cp "$first_out" "$expected_dir/$name.out"
        echo "$first_code" > "$expected_dir/$name.code"
        echo "ok       $name (exit $first_code)"
        ok=$((ok + 1))
    else
        if [ -e "$expected_dir/$name.out" ]; then
            echo "         $name: previous expectation left untouched" >&2
        fi
        bad=$((bad + 1))
    fi
done

echo "capture: $ok stable, $bad unstable or missing ($version)"
[ "$bad" -eq 0 ]
