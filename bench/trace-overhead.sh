#!/usr/bin/env bash
# What recording costs: each workload of bench/scripts under `loopscope run`, without and with
# `--trace`, alternately; prints the medians, the slowdown and the events written and lost.
#
#   usage: bench/trace-overhead.sh LOOPSCOPE [BENCH_LIB] [REPS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
loopscope=$1
[ -n "${2:-}" ] && export LOOPSCOPE_BENCH_LIB=$2
reps=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '| Workload | without trace | with trace | slowdown | events written | events lost |\n|---|--:|--:|--:|--:|--:|\n'
for script in "$here"/scripts/*.js; do
    name=$(basename "$script" .js)
    [ "$name" = startup ] && continue
    case "$name" in ffi-*) [ -n "${LOOPSCOPE_BENCH_LIB:-}" ] || continue ;; esac
    : >"$work/off"; : >"$work/on"
    for _ in $(seq "$reps"); do
        "$loopscope" run "$script" | awk '$1 == "RESULT" { print $3 }' >>"$work/off"
        rm -f "$work/t.lstrace"
        "$loopscope" run "$script" --trace "$work/t.lstrace" | awk '$1 == "RESULT" { print $3 }' >>"$work/on"
    done
    off=$(median <"$work/off"); on=$(median <"$work/on")
    written=$(sqlite3 "$work/t.lstrace" "select count(*) from event_data")
    lost=$(sqlite3 "$work/t.lstrace" "select value from meta where key = 'events_lost'")
    printf '| %s | %s | %s | %.2f× | %s | %s |\n' "$name" "$off" "$on" "$(echo "$off / $on" | bc -l)" "$written" "$lost"
done
