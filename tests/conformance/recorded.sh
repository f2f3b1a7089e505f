#!/usr/bin/env bash
# Recording must not change what a script does: runs conformance scenarios with `--trace` on and
# compares them with the same expectations (captured from Deno) as check.sh does.
#
#   usage: recorded.sh LOOPSCOPE_BINARY CONFORMANCE_DIR SUITE:PATTERN...
#
# Every scenarios/SUITE/NAME.js whose NAME matches the extended regular expression PATTERN and
# that has an expectation (and is not a known difference) is checked. Exits 0 only if all pass.
set -euo pipefail
if [ "$#" -lt 3 ]; then
    echo "usage: recorded.sh LOOPSCOPE_BINARY CONFORMANCE_DIR SUITE:PATTERN..." >&2
    exit 2
fi
binary=$1
dir=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# check.sh runs "BINARY run SCRIPT": this wrapper adds a trace file to every run.
cat >"$work/loopscope-recording" <<WRAP
#!/usr/bin/env bash
shift
trace=\$(mktemp -u "$work/trace.XXXXXX")
exec "$binary" run "\$@" --trace "\$trace.lstrace"
WRAP
chmod +x "$work/loopscope-recording"
passed=0
failed=()
for spec in "$@"; do
    suite=${spec%%:*}
    pattern=${spec#*:}
    for scenario in "$dir/scenarios/$suite"/*.js; do
        name=$(basename "$scenario" .js)
        [[ "$name" =~ $pattern ]] || continue
        [ -f "$dir/expected/$suite/$name.out" ] || continue
        grep -qE "^($suite/)?$name:" "$dir/known-differences.txt" && continue
        if bash "$dir/check.sh" "$work/loopscope-recording" "$scenario" "$dir/expected/$suite" >"$work/out" 2>&1; then
            passed=$((passed + 1))
        else
            failed+=("$suite/$name")
            cat "$work/out"
        fi
        rm -f "$work"/trace.*
    done
done
echo "recorded: $passed passed, ${#failed[@]} failed${failed:+: ${failed[*]}}"
[ "${#failed[@]}" -eq 0 ]
