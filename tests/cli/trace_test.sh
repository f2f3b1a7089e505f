#!/usr/bin/env bash
# The trace commands end to end: record a real run with `run --trace`, export it as Chrome
# Trace Event Format JSON (checked as Perfetto would read it) and as CSV, summarize it, and the
# errors for missing and bad files, bad formats and unwritable outputs.
# Usage: trace_test.sh LOOPSCOPE_BINARY EXAMPLES_DIR
set -u
bin=$1
examples=$2
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

trace=$tmp/run.lstrace
expect "record a run" 0 "nested microtask" "$bin" run "$examples/threadsafe-microtask.js" --trace "$trace"
[ -s "$trace" ]; check "the trace file exists" $?

# --- Chrome / Perfetto JSON
expect "export chrome" 0 "^wrote .*run.json .*slices.*flows" "$bin" export "$trace" --format chrome -o "$tmp/run.json"
python3 - "$tmp/run.json" >"$tmp/json.out" 2>&1 <<'EOF'
import json, sys
from collections import defaultdict
doc = json.load(open(sys.argv[1]))
assert doc["displayTimeUnit"] == "ns", doc.get("displayTimeUnit")
ev = doc["traceEvents"]
ns = lambda v: int(float(v) * 1000)  # as Perfetto reads a timestamp
names = {e["tid"]: e["args"]["name"] for e in ev if e["ph"] == "M" and e["name"] == "thread_name"}
engine = [t for t, n in names.items() if n == "engine"]
assert engine, names
engine = engine[0]
cbs = [e for e in ev if e["ph"] == "X" and e.get("cat") == "callback"]
assert len(cbs) == 2, [e["name"] for e in cbs]  # t1 calls back twice
label = cbs[0]["args"]["label"]
assert label and all(e["name"] == label + " (threadsafe)" and e["tid"] == engine for e in cbs), cbs
blocked = [e for e in ev if e["ph"] == "X" and e["name"] == "blocked: " + label]
assert len(blocked) == 2 and all(e["tid"] != engine for e in blocked), blocked
# The native thread stays blocked until the microtasks queued by the callback have run.
for b, c in zip(blocked, cbs):
    assert ns(b["ts"]) < ns(c["ts"]) and ns(b["ts"]) + ns(b["dur"]) > ns(c["ts"]) + ns(c["dur"]), (b, c)
assert any(e["ph"] == "X" and e["name"].startswith("microtask (") for e in ev)
assert any(e["ph"] == "i" and e["name"] == "wake (foreign_call)" for e in ev)
assert any(e["ph"] == "i" and e["name"] == "run end (completed)" for e in ev)
counters = {e["name"] for e in ev if e["ph"] == "C"}
assert {"microtask queue", "foreign-call inbox", "nonblocking calls"} <= counters, counters
assert any(n.startswith("refcount " + label) for n in counters), counters
# Flows: pairs of s/f, at least one from the native thread to the engine.
s = {e["id"]: e for e in ev if e["ph"] == "s"}
f = {e["id"]: e for e in ev if e["ph"] == "f"}
assert s and s.keys() == f.keys(), (len(s), len(f))
assert all(e.get("bp") == "e" for e in f.values())
assert any(s[i]["tid"] != engine and f[i]["tid"] == engine for i in s)
# As Perfetto imports it: slices nest on each thread, every flow event binds to the slice or
# instant that starts at its own time.
stacks = defaultdict(list)
for e in sorted((e for e in ev if "ts" in e), key=lambda e: ns(e["ts"])):
    st, t = stacks[e["tid"]], ns(e["ts"])
    if e["ph"] in "Xi":
        end = t + (ns(e["dur"]) if e["ph"] == "X" else 0)
        while st and st[-1][1] <= t:
            st.pop()
        assert not st or end <= st[-1][1], ("misnested", e, st[-1])
        st.append((t, end))
    elif e["ph"] in "sf":
        assert st and st[-1][0] == t, ("flow event binds elsewhere", e, st[-1:] )
print("ok", label, len(ev), len(s))
EOF
rc=$?
[ "$rc" = 0 ] || cat "$tmp/json.out" >&2
check "the Chrome export parses, with callback slices, blocked spans, counters and flows" $rc
label=$(awk '/^ok/ {print $2}' "$tmp/json.out")

expect "export chrome to stdout" 0 '"traceEvents"' "$bin" export "$trace" -o -
expect "export defaults to chrome next to the trace" 0 "wrote .*run.json" "$bin" export "$trace"

# --- CSV
expect "export csv" 0 "^wrote .*rows" "$bin" export "$trace" --format csv -o "$tmp/run.csv"
events=$(sqlite3 "$trace" "select count(*) from event_data" 2>/dev/null || echo "")
python3 - "$tmp/run.csv" "$events" <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows[0] == "seq,t_ns,thread,thread_name,kind,id,id2,value,value_name,flow,text".split(","), rows[0]
assert all(len(r) == 11 for r in rows)
if sys.argv[2]:
    assert len(rows) - 1 == int(sys.argv[2]), (len(rows), sys.argv[2])
kinds = {r[4] for r in rows[1:]}
assert {"foreign_call_queued", "callback_start", "microtask_run_start", "run_end"} <= kinds, kinds
assert any(r[4] == "console_output" and r[10] == "Result: 499999500000\n" for r in rows)
assert [int(r[0]) for r in rows[1:]] == sorted(int(r[0]) for r in rows[1:])
EOF
check "the CSV export has one row per event" $?
out=$("$bin" export "$trace" --format=csv -o - | head -1)
[ "$out" = "seq,t_ns,thread,thread_name,kind,id,id2,value,value_name,flow,text" ]; check "export csv to stdout" $?

# --- summary
expect "summary names the exit reason" 0 "exit +completed \(exit code 0\)" "$bin" summary "$trace"
expect "summary names the callback" 0 "foreign call [0-9]+ to ${label:-?} \(callback [0-9]+\)" "$bin" summary "$trace"
expect "summary has the longest drain" 0 "by time .*1 job .*checkpoint at" "$bin" summary "$trace"
expect "summary counts per kind" 0 "callback_start +2$" "$bin" summary "$trace"

# --- errors
expect "export of a missing file" 1 "nope.lstrace.*does not exist" "$bin" export "$tmp/nope.lstrace" -o "$tmp/x.json"
echo "not a trace at all" >"$tmp/garbage.lstrace"
expect "export of a garbage file" 1 "garbage.lstrace is not a loopscope trace" "$bin" export "$tmp/garbage.lstrace" -o "$tmp/x.json"
expect "summary of a garbage file" 1 "garbage.lstrace is not a loopscope trace" "$bin" summary "$tmp/garbage.lstrace"
expect "summary of a missing file" 1 "does not exist" "$bin" summary "$tmp/nope.lstrace"
expect "unknown format" 2 "unknown export format \"xml\"" "$bin" export "$trace" --format xml -o "$tmp/x.xml"
expect "unwritable output" 1 "cannot write .*no/such/dir/x.json" "$bin" export "$trace" -o "$tmp/no/such/dir/x.json"
expect "export without a file" 2 "needs a trace file" "$bin" export
expect "summary without a file" 2 "needs a trace file" "$bin" summary
expect "export with an unknown option" 2 "unknown option --frob" "$bin" export "$trace" --frob
expect "--format without a value" 2 "--format needs a value" "$bin" export "$trace" --format
expect "the output is the trace" 2 "is the trace itself" "$bin" export "$trace" -o "$trace"
expect "--help lists export and summary" 0 "loopscope summary FILE" "$bin" --help
[ ! -e "$tmp/x.json" ]; check "no output file after a failed export" $?

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
