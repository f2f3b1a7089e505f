#!/usr/bin/env bash
# Run one conformance scenario with loopscope and compare with the output captured from Deno.
#
#   usage: check.sh LOOPSCOPE_BINARY SCENARIO_FILE EXPECTED_DIR [VAR=VALUE ...]
#
# VAR=VALUE arguments are exported for the run (and for normalize.sh). LOOPSCOPE_PROFILE=NAME runs
# the scenario under that version profile (`run --profile NAME`). Scenarios of the ffi suite
# need LOOPSCOPE_TEST_LIB (the library built from native/, target loopscope_ffitest), those of the
# examples suite LOOPSCOPE_DEMO_LIB (target loopscope_demo); ctest passes them through the test's
# ENVIRONMENT, by hand give them as arguments or in the environment. A VALUE that names an
# existing file is made absolute, since the scenario runs from a temporary directory.
#
# The scenario is copied into a fresh temporary directory and run as
#   NO_COLOR=1 timeout 30 LOOPSCOPE_BINARY run <copy> </dev/null 2>&1
# from that directory. The merged output is normalised with normalize.sh and compared with
# EXPECTED_DIR/NAME.out (a unified diff is printed on mismatch); the exit code is compared with
# EXPECTED_DIR/NAME.code. Exits 0 only when both match.
set -euo pipefail

if [ "$#" -lt 3 ]; then
    echo "usage: check.sh LOOPSCOPE_BINARY SCENARIO_FILE EXPECTED_DIR [VAR=VALUE ...]" >&2
    exit 2
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
binary=$1
scenario=$2
expected_dir=$3
shift 3
for assignment in "$@"; do
    var=${assignment%%=*}
    value=${assignment#*=}
    if [ "$var" = "$assignment" ] || ! [[ "$var" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
        echo "check: expected VAR=VALUE, got '$assignment'" >&2
        exit 2
    fi
    if [ -f "$value" ]; then
        value=$(cd "$(dirname "$value")" && pwd -P)/$(basename "$value")
    fi
    export "$var=$value"
done
name=$(basename "$scenario" .js)
expected_out="$expected_dir/$name.out"
expected_code_file="$expected_dir/$name.code"

for f in "$scenario" "$expected_out" "$expected_code_file"; do
    if [ ! -f "$f" ]; then
        echo "check: missing file $f" >&2
        exit 2
    fi
done
for var in LOOPSCOPE_TEST_LIB LOOPSCOPE_DEMO_LIB; do
    if grep -q "$var" "$scenario" && [ ! -f "${!var:-}" ]; then
        echo "check: $name needs $var, the path of its native library (got '${!var:-}')" >&2
        exit 2
    fi
done
expected_code=$(tr -d '[:space:]' <"$expected_code_file")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rundir=$(cd "$(mktemp -d "$work/run.XXXXXX")" && pwd -P)
cp "$scenario" "$rundir/$name.js"

profile_args=()
[ -z "${LOOPSCOPE_PROFILE:-}" ] || profile_args=(--profile "$LOOPSCOPE_PROFILE")
code=0
(cd "$rundir" && NO_COLOR=1 timeout -k 5 30 "$binary" run "$rundir/$name.js" "${profile_args[@]}" \
    </dev/null >"$work/raw" 2>&1) || code=$?
bash "$here/normalize.sh" "$rundir" <"$work/raw" >"$work/actual"

status=0
if ! cmp -s "$expected_out" "$work/actual"; then
    echo "FAIL $name: output differs (--- expected from deno, +++ actual)"
    diff -u --label "expected/$name.out" --label "actual/$name.out" \
        "$expected_out" "$work/actual" || true
    status=1
fi
if [ "$code" != "$expected_code" ]; then
    if [ "$code" = 124 ] || [ "$code" = 137 ]; then
        echo "FAIL $name: timed out after 30 s (exit $code), expected exit $expected_code"
    else
        echo "FAIL $name: exit code $code, expected $expected_code"
    fi
    status=1
fi
if [ "$status" -eq 0 ]; then
    echo "PASS $name (exit $code)"
fi
exit "$status"
