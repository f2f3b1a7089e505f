#!/usr/bin/env bash
# The command line end to end: help, version, bad arguments, time limits, Ctrl+C, and the
# messages for bad scripts. Usage: cli_test.sh LOOPSCOPE_BINARY
set -u
bin=$1
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

expect "help" 0 "Usage:" "$bin" --help
expect "version" 0 "^loopscope [0-9]+\.[0-9]+" "$bin" --version
expect "unknown option" 2 "unknown option --frobnicate" "$bin" run --frobnicate x.js
expect "run without script" 2 "needs a script" "$bin" run
expect "bad timeout" 2 "positive number" "$bin" run --timeout abc x.js
expect "unwritable trace file" 1 "Cannot write /nonexistent/dir/out.lstrace" "$bin" run --trace /nonexistent/dir/out.lstrace x.js

echo 'console.log("start"); while (true) {}' >"$tmp/spin.js"
start=$(date +%s%N)
expect "timeout ends a busy loop" 124 "time limit of 1 s" "$bin" run --timeout 1 "$tmp/spin.js"
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
# Generous bound: the point is that the run ends at all, not how fast.
[ "$elapsed_ms" -lt 10000 ]; check "timeout returns (took ${elapsed_ms} ms)" $?

"$bin" run "$tmp/spin.js" >"$tmp/int.out" 2>&1 &
pid=$!
for _ in $(seq 50); do grep -q start "$tmp/int.out" 2>/dev/null && break; sleep 0.1; done
kill -INT $pid
wait $pid
rc=$?
[ "$rc" = 130 ] && grep -q "stopped by the user" "$tmp/int.out"; check "Ctrl+C stops a busy loop (exit $rc)" $?

printf 'console.log(1);\nlet x = ;\n' >"$tmp/syntax.js"
expect "syntax error names line and column" 1 "syntax.js:2:9" "$bin" run "$tmp/syntax.js"
expect "missing file" 1 "Module not found .*nope.js" "$bin" run "$tmp/nope.js"
echo 'import "./other.js";' >"$tmp/import.js"
expect "import refused with a clear error" 1 "Import of \"./other.js\" is not supported" "$bin" run "$tmp/import.js"
echo 'Deno.exit(7)' >"$tmp/exit.js"
expect "Deno.exit code" 7 "" "$bin" run "$tmp/exit.js"
printf 'console.log("out"); console.error("err");\n' >"$tmp/streams.js"
out=$("$bin" run "$tmp/streams.js" 2>/dev/null)
[ "$out" = out ]; check "stdout carries console.log only" $?
err=$("$bin" run "$tmp/streams.js" 2>&1 >/dev/null)
[ "$err" = err ]; check "stderr carries console.error only" $?

# Headless rendering: --screenshot runs the script, selects the first thread-safe callback and
# saves the window (offscreen without a display); --save-trace keeps the recording.
if [ -n "${LOOPSCOPE_EXAMPLES_DIR:-}" ]; then
    QT_QPA_PLATFORM=offscreen "$bin" --screenshot "$tmp/window.png" --save-trace "$tmp/shot.lstrace" \
        "$LOOPSCOPE_EXAMPLES_DIR/threadsafe-microtask.js" >"$tmp/shot.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] && head -c 8 "$tmp/window.png" | od -An -c | grep -q "P   N   G" \
        && [ "$(stat -c %s "$tmp/window.png")" -gt 20000 ] && [ -s "$tmp/shot.lstrace" ]
    check "--screenshot writes the window and the trace (exit $rc)" $?
    printf 'this is not a trace' >"$tmp/bad.lstrace"
    QT_QPA_PLATFORM=offscreen "$bin" --screenshot "$tmp/bad.png" "$tmp/bad.lstrace" >/dev/null 2>&1
    [ "$?" = 1 ] && [ ! -e "$tmp/bad.png" ]; check "--screenshot of a bad trace fails cleanly" $?
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
