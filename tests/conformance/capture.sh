#!/usr/bin/env bash
# Regenerate the conformance expectations from real Deno.
#
#   usage: capture.sh [--profile PROFILE] [--suite SUITE] [NAME|NAME.js|path/NAME.js ...]
#
# --profile captures the expectations of one version profile (docs/profiles.md) from the older
# Deno release that has its behaviour, into expected/profiles/PROFILE/SUITE/, and the scenarios
# come from that folder's scenarios.txt (one NAME per line) when it lists them:
#   deno-2.7   Deno 2.7.4 (the last release with V8's kAuto microtask policy)
#   deno-2.8   Deno 2.8.3 (Explicit policy, before the lazy-loaded node:timers globals)
# scripts/fetch-deno.sh installs that release from the npm registry. Without --profile the
# expectations are those of the default profile, deno-2.9, from Deno 2.9.6.
#
# SUITE is js (the default), ffi, legacy or examples:
#   js        scenarios/js/*.js          -> expected/js/
#   ffi       scenarios/ffi/*.js         -> expected/ffi/        LOOPSCOPE_TEST_LIB=<native library>
#   legacy    scenarios/legacy/*.js      -> expected/legacy/     LOOPSCOPE_TEST_LIB=<native library>
#             (the behaviours the version profiles change; the expectations of the profiles
#             deno-1.26 ... deno-1.38, which no Deno on the registry can run, are written from
#             the mechanisms: expected/profiles/PROFILE/legacy/PROVENANCE)
#   examples  resources/examples/*.js    -> expected/examples/   LOOPSCOPE_DEMO_LIB=<demo library>
# The ffi suite's library is built here from native/*.c into the temporary directory, with
#   cc -shared -fPIC -O2 -pthread -Wl,-z,nodelete
# (the same sources as the CMake target loopscope_ffitest; $CC selects the compiler). The examples
# suite's library is built the same way from resources/native/*.c, unless LOOPSCOPE_DEMO_LIB
# already names one.
#
# With no NAME every scenario of the suite is captured. Each scenario is copied into a fresh
# temporary directory and run CAPTURE_RUNS times (default 10) with
#   NO_COLOR=1 DENO_DIR=<temp> deno run -A --no-config --no-lock --quiet <copy> </dev/null 2>&1
# The merged output is normalised with normalize.sh (which also turns the library path into
# $TESTLIB / $DEMOLIB). Only when every run gives the same normalised output AND the same exit
# code are expected/SUITE/NAME.out and expected/SUITE/NAME.code written; otherwise the scenario is
# reported as unstable and its expectation is left untouched. expected/PROVENANCE (js) or
# expected/SUITE/PROVENANCE (other suites) records the Deno version and the date of the capture.
#
# The Deno binary is $DENO if set, else <repo>/.deps/deno/bin/deno (scripts/setup.sh installs it),
# else `deno` from PATH. Exits 1 if any scenario was unstable or missing, 0 otherwise.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
runs=${CAPTURE_RUNS:-10}

suite=js
profile=
if [ "${1:-}" = "--profile" ]; then
    [ "$#" -ge 2 ] || { echo "capture: --profile needs a value (deno-2.7 or deno-2.8)" >&2; exit 2; }
    profile=$2
    shift 2
fi
if [ "${1:-}" = "--suite" ]; then
    [ "$#" -ge 2 ] || { echo "capture: --suite needs a value (js, ffi or examples)" >&2; exit 2; }
    suite=$2
    shift 2
elif [[ "${1:-}" == --suite=* ]]; then
    suite=${1#--suite=}
    shift
fi
case "$suite" in
    js)
        scenario_dir="$here/scenarios/js"
        provenance="$here/expected/PROVENANCE"
        ;;
    ffi)
        scenario_dir="$here/scenarios/ffi"
        provenance="$here/expected/ffi/PROVENANCE"
        ;;
    legacy)
        scenario_dir="$here/scenarios/legacy"
        provenance="$here/expected/legacy/PROVENANCE"
        ;;
    examples)
        scenario_dir="$repo/resources/examples"
        provenance="$here/expected/examples/PROVENANCE"
        ;;
    *)
        echo "capture: unknown suite '$suite' (js, ffi, legacy or examples)" >&2
        exit 2
        ;;
esac
expected_dir="$here/expected/$suite"
profile_list=
if [ -n "$profile" ]; then
    case "$profile" in
        deno-2.7) profile_version=2.7.4 ;;
        deno-2.8) profile_version=2.8.3 ;;
        *)
            echo "capture: no Deno release to capture profile '$profile' from (deno-2.7 or deno-2.8)" >&2
            exit 2
            ;;
    esac
    expected_dir="$here/expected/profiles/$profile/$suite"
    provenance="$expected_dir/PROVENANCE"
    profile_list="$expected_dir/scenarios.txt"
    DENO=${DENO:-$(bash "$repo/scripts/fetch-deno.sh" "$profile_version")}
fi

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
if [ "$#" -eq 0 ] && [ -n "$profile_list" ] && [ -f "$profile_list" ]; then
    while read -r name _; do
        [[ -z "$name" || "$name" == \#* ]] && continue
        scenarios+=("$scenario_dir/$name.js")
    done <"$profile_list"
elif [ "$#" -eq 0 ]; then
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

# build_library OUTPUT SOURCE...: the native library of a suite, independent of any CMake preset.
build_library() {
    local out=$1
    shift
    "${CC:-cc}" -shared -fPIC -O2 -pthread -Wl,-z,nodelete -o "$out" "$@" || {
        echo "capture: building $out failed" >&2
        exit 2
    }
}
unset LOOPSCOPE_TEST_LIB
case "$suite" in
    ffi | legacy)
        mkdir -p "$work/lib"
        build_library "$work/lib/libloopscope_ffitest.so" "$here"/native/*.c
        export LOOPSCOPE_TEST_LIB="$work/lib/libloopscope_ffitest.so"
        ;;
    examples)
        if [ -n "${LOOPSCOPE_DEMO_LIB:-}" ]; then
            LOOPSCOPE_DEMO_LIB=$(cd "$(dirname "$LOOPSCOPE_DEMO_LIB")" && pwd -P)/$(basename "$LOOPSCOPE_DEMO_LIB")
            export LOOPSCOPE_DEMO_LIB
        elif compgen -G "$repo/resources/native/*.c" >/dev/null; then
            mkdir -p "$work/lib"
            build_library "$work/lib/libloopscope_demo.so" "$repo"/resources/native/*.c
            export LOOPSCOPE_DEMO_LIB="$work/lib/libloopscope_demo.so"
        else
            echo "capture: no resources/native/*.c and no LOOPSCOPE_DEMO_LIB; examples run without it" >&2
        fi
        ;;
esac
[ "$suite" = examples ] || unset LOOPSCOPE_DEMO_LIB

version=$("$deno" --version | head -n 1)
{
    echo "deno: $version"
    "$deno" --version | tail -n +2 | sed 's/^/      /'
    echo "captured: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "runs per scenario: $runs"
    echo "command: NO_COLOR=1 DENO_DIR=<temp> deno run -A --no-config --no-lock --quiet SCRIPT </dev/null 2>&1"
    [ -z "$profile" ] || echo "profile: $profile (checked with loopscope run --profile $profile)"
    if [ "$suite" != js ]; then
        echo "suite: $suite"
        [ -z "${LOOPSCOPE_TEST_LIB:-}" ] || echo "library: LOOPSCOPE_TEST_LIB=<temp>/libloopscope_ffitest.so from native/*.c (${CC:-cc} -shared -fPIC -O2 -pthread -Wl,-z,nodelete)"
        [ -z "${LOOPSCOPE_DEMO_LIB:-}" ] || echo "library: LOOPSCOPE_DEMO_LIB=$(basename "$LOOPSCOPE_DEMO_LIB")"
    fi
} > "$provenance"

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

echo "capture: $suite: $ok stable, $bad unstable or missing ($version)"
[ "$bad" -eq 0 ]
