// The FFI beyond what conformance with Deno can check: many threads at once (run under
// ThreadSanitizer by the tsan preset), and what loopscope survives where Deno hangs or crashes.
#include "scriptrunner.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QtTest>

#include <dlfcn.h>

using namespace loopscope;
using namespace loopscope::test;

namespace {

QString withLib(QString source)
{
    return source.replace(QStringLiteral("%LIB%"), QStringLiteral(LOOPSCOPE_FFIUNIT_LIB));
}

// The test library as this process sees it (the same mapping as the script's dlopen).
template <typename Fn>
Fn nativeFn(const char *name)
{
    void *handle = ::dlopen(LOOPSCOPE_FFIUNIT_LIB, RTLD_LAZY);
    return handle ? reinterpret_cast<Fn>(::dlsym(handle, name)) : nullptr;
}

const char *kSymbols = R"JS(
const lib = Deno.dlopen("%LIB%", {
  stress_start: { parameters: ["function", "i32", "i32"], result: "void" },
  stress_join: { name: "stress_join", parameters: [], result: "i32", nonblocking: true },
  stress_served_count: { parameters: [], result: "i32" },
  call_sync: { parameters: ["function", "i32", "i32"], result: "i32" },
  late_start: { parameters: ["function", "i32"], result: "void" },
  late_wait: { parameters: [], result: "void" },
  block_ms: { parameters: ["i32"], result: "i32", nonblocking: true },
  block_max_concurrency: { parameters: [], result: "i32" },
});
const def = { parameters: ["i32", "i32"], result: "i32" };
)JS";

} // namespace

class TestFfi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 8 native threads x 10 000 thread-safe calls, interleaved with synchronous calls from
    // timers: every call is served exactly once, in order per thread, with the right answer.
    void stressThreadSafeCalls()
    {
        const ScriptOutput out = runScript(withLib(QString::fromLatin1(kSymbols) + QStringLiteral(R"JS(
const THREADS = 8, CALLS = 10000;
const next = new Array(THREADS).fill(0);
let outOfOrder = 0, served = 0, syncCalls = 0, syncWrong = 0;
const cb = Deno.UnsafeCallback.threadSafe(def, (t, k) => {
  if (next[t] !== k) outOfOrder++;
  next[t] = k + 1;
  served++;
  if (k % 1000 === 0) queueMicrotask(() => {});
  return t * 1000003 + k;
});
const sync = new Deno.UnsafeCallback(def, (a, b) => a * b);
const timer = setInterval(() => {
  for (let i = 0; i < 20; i++) {
    syncCalls++;
    if (lib.symbols.call_sync(sync.pointer, i, 7) !== i * 7) syncWrong++;
  }
}, 1);
lib.symbols.stress_start(cb.pointer, THREADS, CALLS);
const wrong = await lib.symbols.stress_join();
clearInterval(timer);
cb.close();
sync.close();
console.log(`served=${served} native=${lib.symbols.stress_served_count()} wrong=${wrong} ` +
  `outOfOrder=${outOfOrder} syncWrong=${syncWrong} syncCalls>0=${syncCalls > 0}`);
)JS")), 120);
        QVERIFY2(out.finished, qPrintable(out.merged));
        QCOMPARE(out.result.reason, ExitReason::Completed);
        QCOMPARE(out.out.trimmed(), QStringLiteral("served=80000 native=80000 wrong=0 outOfOrder=0 syncWrong=0 syncCalls>0=true"));
        QCOMPARE(out.err, QString());
    }

    // A thread waits for a callback while the engine thread waits for the thread: Deno hangs
    // for ever. loopscope says so after 2 s, and the time limit still ends the run.
    void deadlockIsReportedAndStopEndsIt()
    {
        QElapsedTimer clock;
        clock.start();
        const ScriptOutput out = runScript(withLib(QString::fromLatin1(kSymbols) + QStringLiteral(R"JS(
const cb = Deno.UnsafeCallback.threadSafe(def, function answer(a, b) { return a + b; });
lib.symbols.late_start(cb.pointer, 10);
lib.symbols.late_wait();
console.log("never printed");
)JS")), 3.5);
        QVERIFY(out.finished);
        QCOMPARE(out.result.reason, ExitReason::TimedOut);
        QVERIFY2(out.err.contains(QStringLiteral("likely deadlock")), qPrintable(out.err));
        QVERIFY2(out.err.contains(QStringLiteral("late_wait")), qPrintable(out.err));
        QVERIFY2(out.err.contains(QStringLiteral("(answer)")), qPrintable(out.err));
        QVERIFY(!out.out.contains(QStringLiteral("never printed")));
        // The stop released the native thread (with 0) instead of leaving it blocked.
        auto done = nativeFn<int (*)()>("late_is_done");
        auto value = nativeFn<int (*)()>("late_value");
        QVERIFY(done && value);
        QTRY_COMPARE(done(), 1);
        QCOMPARE(value(), 0);
    }

    // Calling a closed callback is undefined behaviour in Deno (a crash). loopscope warns,
    // names the callback and answers 0, from the engine thread and from another thread.
    void closedCallbackIsSurvived()
    {
        const ScriptOutput out = runScript(withLib(QString::fromLatin1(kSymbols) + QStringLiteral(R"JS(
const cb = new Deno.UnsafeCallback(def, function adder(a, b) { return a + b; });
console.log(lib.symbols.call_sync(cb.pointer, 1, 2));
cb.close();
console.log(lib.symbols.call_sync(cb.pointer, 1, 2));
lib.symbols.late_start(cb.pointer, 10);
setTimeout(() => console.log("done"), 100);
)JS")));
        QVERIFY(out.finished);
        QCOMPARE(out.result.reason, ExitReason::Completed);
        QCOMPARE(out.out, QStringLiteral("3\n0\ndone\n"));
        QVERIFY2(out.err.contains(QStringLiteral("called after close()")), qPrintable(out.err));
        QVERIFY2(out.err.contains(QStringLiteral("(adder)")), qPrintable(out.err));
        auto value = nativeFn<int (*)()>("late_value");
        QTRY_COMPARE(nativeFn<int (*)()>("late_is_done")(), 1);
        QCOMPARE(value(), 0);
    }

    // An un-ref'ed callback does not keep the run alive; a thread that calls it after the run
    // ended gets 0 in an app that lives on, with a warning, instead of blocking for ever.
    void lateCallAfterTheRunEnded()
    {
        const ScriptOutput out = runScript(withLib(QString::fromLatin1(kSymbols) + QStringLiteral(R"JS(
const cb = new Deno.UnsafeCallback(def, (a, b) => a + b);
lib.symbols.late_start(cb.pointer, 300);
console.log("end of script");
)JS")));
        QVERIFY(out.finished);
        QCOMPARE(out.result.reason, ExitReason::Completed);
        QVERIFY2(out.result.durationMs < 250, qPrintable(QString::number(out.result.durationMs)));
        QTRY_COMPARE_WITH_TIMEOUT(nativeFn<int (*)()>("late_is_done")(), 1, 5000);
        QCOMPARE(nativeFn<int (*)()>("late_value")(), 0);
    }

    // A ref'ed callback keeps the run alive until the thread called it and it was closed.
    void refKeepsTheRunAlive()
    {
        const ScriptOutput out = runScript(withLib(QString::fromLatin1(kSymbols) + QStringLiteral(R"JS(
const cb = new Deno.UnsafeCallback(def, (a, b) => { console.log("called", a + b); cb.close(); return a + b; });
console.log(cb.ref(), cb.ref(), cb.unref());
lib.symbols.late_start(cb.pointer, 100);
)JS")));
        QVERIFY(out.finished);
        QCOMPARE(out.result.reason, ExitReason::Completed);
        QCOMPARE(out.out, QStringLiteral("1 2 1\ncalled 42\n"));
        QTRY_COMPARE(nativeFn<int (*)()>("late_is_done")(), 1);
        QCOMPARE(nativeFn<int (*)()>("late_value")(), 42);
    }

    // Nonblocking calls run on at most 32 threads at once, as on Deno's blocking pool.
    void nonblockingPoolHas32Threads()
    {
        const ScriptOutput out = runScript(withLib(QString::fromLatin1(kSymbols) + QStringLiteral(R"JS(
const results = await Promise.all(Array.from({ length: 40 }, () => lib.symbols.block_ms(150)));
console.log(results.length, results.every((r) => r === 150), lib.symbols.block_max_concurrency());
)JS")), 20);
        QVERIFY(out.finished);
        QCOMPARE(out.out, QStringLiteral("40 true 32\n"));
    }

    // Bad input gets Deno's messages, naming what is wrong.
    void badInput()
    {
        const ScriptOutput out = runScript(withLib(QStringLiteral(R"JS(
for (const f of [
  () => Deno.dlopen("/nonexistent/libnothing.so", {}),
  () => Deno.dlopen("%LIB%", { no_such_symbol: { parameters: [], result: "void" } }),
  () => Deno.dlopen("%LIB%", { call_sync: { parameters: ["int"], result: "i32" } }),
  () => Deno.dlopen("%LIB%", { call_sync: { result: "i32" } }),
  () => new Deno.UnsafeCallback({ parameters: [], result: "void" }, 42),
]) {
  try { f(); } catch (e) { console.log(e.name + ": " + e.message); }
}
)JS")));
        QVERIFY(out.finished);
        const QStringList lines = out.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines[0].startsWith(QStringLiteral("Error: Could not open library: Could not open library: /nonexistent/libnothing.so")), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QStringLiteral("Error: Failed to register symbol no_such_symbol: Could not obtain symbol from the library:")), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("TypeError: unknown variant `int`, expected one of `void`")), qPrintable(lines[2]));
        QCOMPARE(lines[3], QStringLiteral("TypeError: missing field `parameters`"));
        QCOMPARE(lines[4], QStringLiteral("TypeError: expected Function"));
    }
};

QTEST_GUILESS_MAIN(TestFfi)
#include "tst_ffi.moc"
