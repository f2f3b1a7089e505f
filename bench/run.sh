#!/usr/bin/env bash
# Runs the loopscope benchmarks: the same JavaScript workloads (bench/scripts/*.js) under
# `loopscope run` and under real Deno, then prints a side-by-side table and writes it as Markdown.
#
# Usage:
#   bench/run.sh --loopscope PATH [--deno PATH] [--probe PATH] [--out FILE]
#                [--reps N] [--startup-runs N]
#
#   --loopscope PATH     the loopscope binary (required)
#   --deno PATH          the real Deno binary; when missing or not executable, loopscope is
#                        benchmarked alone
#   --probe PATH         the startup_probe helper (built by bench/CMakeLists.txt); without it the
#                        startup measure is skipped
#   --bench-lib PATH     the native library of the FFI workloads (built by bench/CMakeLists.txt);
#                        without it the FFI workloads are skipped
#   --out FILE           where to write the Markdown table (default: results.md in the current
#                        directory)
#   --reps N             repetitions of each throughput workload per engine (default 7)
#   --startup-runs N     measured runs of the startup workload per engine (default 30, min 20)
#
# Normally run through the CMake target: cmake --build --preset release --target bench
#
# Every throughput workload prints one machine-readable line "RESULT <name> <value>", measured
# inside the script with performance.now(). Each figure in the table is the median over the
# repetitions, with the min–max range. The two engines run alternately, one repetition each,
# so that drift in the machine's load affects both alike.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
scripts="$here/scripts"

loopscope=""
deno=""
probe=""
out="results.md"
reps=7
startup_runs=30

while [ $# -gt 0 ]; do
    case "$1" in
        --loopscope) loopscope=$2; shift 2 ;;
        --deno) deno=$2; shift 2 ;;
        --probe) probe=$2; shift 2 ;;
        --bench-lib) export LOOPSCOPE_BENCH_LIB=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --reps) reps=$2; shift 2 ;;
        --startup-runs) startup_runs=$2; shift 2 ;;
        -h|--help) sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench: unknown argument $1" >&2; exit 2 ;;
    esac
done

if [ -z "$loopscope" ] || [ ! -x "$loopscope" ]; then
    echo "bench: --loopscope must name the loopscope binary (got '${loopscope}')" >&2
    exit 2
fi
if ! [[ "$reps" =~ ^[1-9][0-9]*$ ]] || ! [[ "$startup_runs" =~ ^[1-9][0-9]*$ ]]; then
    echo "bench: --reps and --startup-runs want positive numbers" >&2
    exit 2
fi
[ "$startup_runs" -lt 20 ] && startup_runs=20

have_deno=1
if [ -z "$deno" ] || [ ! -x "$deno" ]; then
    echo "bench: Deno not found at '${deno:-<not given>}'; benchmarking loopscope alone" \
         "(run scripts/setup.sh to install it under .deps/deno)" >&2
    have_deno=0
fi
have_probe=1
if [ -z "$probe" ] || [ ! -x "$probe" ]; then
    echo "bench: startup_probe not given; skipping the startup measure" >&2
    have_probe=0
fi

# Absolute paths, since the workloads run from an empty temporary directory.
abspath() { case "$1" in /*) echo "$1" ;; */*) echo "$PWD/$1" ;; *) command -v "$1" ;; esac; }
loopscope=$(abspath "$loopscope")
[ $have_deno = 1 ] && deno=$(abspath "$deno")
[ $have_probe = 1 ] && probe=$(abspath "$probe")
mkdir -p "$(dirname "$out")"
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")

work=$(mktemp -d "${TMPDIR:-/tmp}/loopscope-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/run" "$work/denodir"

# Deno runs as the conformance captures run it: no config file, no lock file, no colours,
# no update check, a private cache directory, from an empty directory.
export NO_COLOR=1 DENO_NO_UPDATE_CHECK=1 DENO_DIR="$work/denodir"
cd "$work/run"

# engine_cmd ENGINE SCRIPT -> the command line, one word per line in the array "cmd"
engine_cmd() {
    case "$1" in
        loopscope) cmd=("$loopscope" run "$2") ;;
        deno) cmd=("$deno" run -A --no-config --no-lock --quiet "$2") ;;
    esac
}

engines=(loopscope)
[ $have_deno = 1 ] && engines+=(deno)

# stats FILE -> "median min max" of the numbers in FILE (one per line)
stats() {
    sort -g "$1" | awk '{ v[NR] = $1 }
        END {
            if (NR == 0) { print "- - -"; exit }
            m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%.17g %.17g %.17g\n", m, v[1], v[NR]
        }'
}

# run_workload ENGINE SCRIPT NAME -> appends the RESULT value to $work/ENGINE.NAME
run_workload() {
    local engine=$1 script=$2 name=$3 output value
    engine_cmd "$engine" "$script"
    if ! output=$(timeout -k 5 60 "${cmd[@]}" </dev/null 2>"$work/stderr"); then
        echo "bench: $engine failed on $(basename "$script"):" >&2
        printf '%s\n' "$output" >&2
        cat "$work/stderr" >&2
        exit 1
    fi
    value=$(printf '%s\n' "$output" | awk -v n="$name" '$1 == "RESULT" && $2 == n { print $3 }')
    if [ -z "$value" ]; then
        echo "bench: $engine printed no 'RESULT $name' line for $(basename "$script"):" >&2
        printf '%s\n' "$output" >&2
        exit 1
    fi
    echo "$value" >>"$work/$engine.$name"
}

# Throughput workloads: script file, RESULT name, table label, unit.
workloads=(
    "timers-batch.js|timers_batch_per_s|Timers, batch (100k scheduled at once)|timers/s"
    "timers-chain.js|timers_chain_per_s|Timers, chains (1000 chains for 1 s)|timers/s"
    "microtasks-queue.js|microtasks_queue_per_s|Microtasks, queueMicrotask chain|microtasks/s"
    "microtasks-promise.js|microtasks_promise_per_s|Microtasks, promise-then chain|reactions/s"
)
if [ -n "${LOOPSCOPE_BENCH_LIB:-}" ]; then
    workloads+=(
        "ffi-calls.js|ffi_calls_per_s|FFI, synchronous calls of add(i32, i32)|calls/s"
        "ffi-sync-callback.js|ffi_sync_callbacks_per_s|FFI, synchronous callbacks from native code|callbacks/s"
        "ffi-threadsafe.js|ffi_threadsafe_per_s|FFI, thread-safe callback round trips|round trips/s"
        "ffi-nonblocking.js|ffi_nonblocking_per_s|FFI, awaited nonblocking calls|calls/s"
    )
fi

started=$(date +%s)
echo "bench: loopscope: $("$loopscope" --version 2>/dev/null | head -n 1)"
[ $have_deno = 1 ] && echo "bench: deno:      $("$deno" --version | head -n 1)"
echo "bench: $reps repetitions per throughput workload, $startup_runs startup runs per engine"

# One unmeasured run of each engine first, so that Deno has filled its cache directory and both
# binaries are in the page cache.
for engine in "${engines[@]}"; do
    engine_cmd "$engine" "$scripts/startup.js"
    "${cmd[@]}" </dev/null >/dev/null 2>&1 || { echo "bench: $engine cannot run startup.js" >&2; exit 1; }
done

for w in "${workloads[@]}"; do
    IFS='|' read -r file name label unit <<<"$w"
    printf 'bench: %-24s' "$file"
    for ((r = 1; r <= reps; ++r)); do
        for engine in "${engines[@]}"; do
            run_workload "$engine" "$scripts/$file" "$name"
        done
        printf '.'
    done
    printf '\n'
done

if [ $have_probe = 1 ]; then
    printf 'bench: %-24s' "startup.js"
    # 3 unmeasured warm-up runs per engine, then the measured ones, alternating engines.
    for ((r = -2; r <= startup_runs; ++r)); do
        for engine in "${engines[@]}"; do
            engine_cmd "$engine" "$scripts/startup.js"
            line=$("$probe" 1 "${cmd[@]}") || { echo "bench: startup run of $engine failed" >&2; exit 1; }
            if [ "$r" -ge 1 ]; then
                read -r first exit_ms <<<"$line"
                echo "$first" >>"$work/$engine.startup_first_ms"
                echo "$exit_ms" >>"$work/$engine.startup_exit_ms"
            fi
        done
        [ $((r % 5)) -eq 0 ] && [ "$r" -ge 1 ] && printf '.'
    done
    printf '\n'
    workloads+=(
        "startup.js|startup_first_ms|Start to first output line (median of $startup_runs)|ms"
        "startup.js|startup_exit_ms|Start to process exit (same runs)|ms"
    )
fi
elapsed=$(( $(date +%s) - started ))

# fmt VALUE UNIT -> a human-readable number: throughputs with thousands separators,
# milliseconds with one decimal.
fmt() {
    case "$2" in
        ms) LC_ALL=C printf '%.1f' "$1" ;;
        *) LC_ALL=C printf '%.0f' "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/; ta' ;;
    esac
}

# cell ENGINE NAME UNIT -> "median (min–max)"
cell() {
    local f="$work/$1.$2" med lo hi
    [ -s "$f" ] || { echo "n/a"; return; }
    read -r med lo hi < <(stats "$f")
    echo "$(fmt "$med" "$3") ($(fmt "$lo" "$3")–$(fmt "$hi" "$3"))"
}

# ratio NAME UNIT -> loopscope relative to Deno, as "x.xx×" where > 1 means loopscope is better
# (more per second, or fewer milliseconds)
ratio() {
    local l d
    [ -s "$work/loopscope.$1" ] && [ -s "$work/deno.$1" ] || { echo "—"; return; }
    l=$(stats "$work/loopscope.$1" | cut -d' ' -f1)
    d=$(stats "$work/deno.$1" | cut -d' ' -f1)
    if [ "$2" = ms ]; then
        awk -v l="$l" -v d="$d" 'BEGIN { printf "%.2f×\n", d / l }'
    else
        awk -v l="$l" -v d="$d" 'BEGIN { printf "%.2f×\n", l / d }'
    fi
}

loopscope_version=$("$loopscope" --version 2>/dev/null | head -n 1)
deno_version="not available"
[ $have_deno = 1 ] && deno_version=$("$deno" --version | head -n 1)
cpu=$(grep -m1 '^model name' /proc/cpuinfo 2>/dev/null | sed 's/^model name[[:space:]]*:[[:space:]]*//')

rows=()
for w in "${workloads[@]}"; do
    IFS='|' read -r file name label unit <<<"$w"
    rows+=("$label|$unit|$(cell loopscope "$name" "$unit")|$(cell deno "$name" "$unit")|$(ratio "$name" "$unit")")
done

header="Measure|Unit|loopscope median (min–max)|Deno median (min–max)|loopscope vs Deno"

# Terminal table: columns padded to the widest cell (counting characters, not bytes).
{
    echo
    # (mawk counts bytes, so the en dash and the times sign become ASCII here)
    printf '%s\n' "$header" "${rows[@]}" | sed -e 's/–/-/g' -e 's/—/-/g' -e 's/×/x/g' | awk -F'|' '
        { for (i = 1; i <= NF; ++i) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NF }
        END {
            for (r = 1; r <= NR; ++r) {
                line = ""
                for (i = 1; i <= n; ++i) {
                    pad = w[i] - length(c[r, i])
                    cellv = c[r, i]
                    if (i >= 3) { s = ""; for (k = 0; k < pad; ++k) s = s " "; cellv = s cellv }
                    else { for (k = 0; k < pad; ++k) cellv = cellv " " }
                    line = line (i > 1 ? "  " : "") cellv
                }
                print line
                if (r == 1) { sep = ""; for (i = 1; i <= n; ++i) { s = ""; for (k = 0; k < w[i]; ++k) s = s "-"; sep = sep (i > 1 ? "  " : "") s } print sep }
            }
        }'
    echo
    echo "loopscope: $loopscope_version"
    echo "deno:      $deno_version"
    echo "machine:   $(nproc) CPUs, ${cpu:-unknown CPU}"
    startup_note="$startup_runs startup runs per engine"
    [ $have_probe = 1 ] || startup_note="startup not measured (no startup_probe)"
    echo "ratio > 1x means loopscope is faster; $reps repetitions per throughput workload," \
         "$startup_note; took ${elapsed} s"
}

{
    echo "# loopscope benchmark results"
    echo
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/run.sh\`" \
         "(\`cmake --build --preset release --target bench\`)."
    echo
    echo "- loopscope: $loopscope_version"
    echo "- Deno: $deno_version"
    echo "- Machine: $(nproc) CPUs (\`nproc\`), ${cpu:-unknown CPU}; $(uname -sr)"
    echo "- Throughput figures: median of $reps runs per engine (min–max), measured inside each" \
         "script with \`performance.now()\`."
    [ $have_probe = 1 ] && echo "- Startup figures: median of $startup_runs runs per engine (min–max), measured" \
         "from outside by \`startup_probe\` (spawn to first stdout byte, and to exit)."
    echo "- Ratio: loopscope relative to Deno; above 1× loopscope is faster."
    echo
    echo "| ${header//|/ | } |"
    echo "|---|---|--:|--:|--:|"
    for row in "${rows[@]}"; do
        echo "| ${row//|/ | } |"
    done
} >"$out"
echo "bench: wrote $out"
