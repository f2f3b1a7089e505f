// The version profiles beyond the conformance scenarios: the table itself, and the profile paths
// of the FFI under load (many threads calling while the loop spins, parks or waits for a wake),
// which the tsan preset runs under ThreadSanitizer.
#include "runtime/profile.h"
#include "scriptrunner.h"

#include <QtTest/QtTest>

#include <set>

using namespace loopscope;
using namespace loopscope::test;

namespace {

QString withLib(QString source)
{
    return source.replace(QStringLiteral("%LIB%"), QStringLiteral(LOOPSCOPE_FFIUNIT_LIB));
}

// 4 threads x 2000 calls of a ref'ed callback; every call served once, in order per thread.
const char *kStress = R"JS(
const lib = Deno.dlopen("%LIB%", {
  stress_start: { parameters: ["function", "i32", "i32"], result: "void" },
  stress_join: { parameters: [], result: "i32", nonblocking: true },
});
const THREADS = 4, CALLS = 2000;
const next = new Array(THREADS).fill(0);
let outOfOrder = 0, served = 0;
const cb = new Deno.UnsafeCallback({ parameters: ["i32", "i32"], result: "i32" }, (t, k) => {
  if (next[t] !== k) outOfOrder++;
  next[t] = k + 1;
  served++;
  if (k % 100 === 0) queueMicrotask(() => {});
  return t * 1000003 + k;
});
cb.ref();
lib.symbols.stress_start(cb.pointer, THREADS, CALLS);
const wrong = await lib.symbols.stress_join();
cb.close();
console.log(`served=${served} wrong=${wrong} outOfOrder=${outOfOrder}`);
)JS";

// ref(), unref(), ref() again, then a thread calls at 100 ms while the script waits for it
// (nonblocking): served under 2.9, a hang under deno-1.30.
const char *kReref = R"JS(
const lib = Deno.dlopen("%LIB%", {
  late_start: { parameters: ["function", "i32"], result: "void" },
  late_wait: { parameters: [], result: "void", nonblocking: true },
});
const cb = new Deno.UnsafeCallback({ parameters: ["i32", "i32"], result: "i32" }, (a, b) => a + b);
cb.ref(); cb.unref(); cb.ref();
lib.symbols.late_start(cb.pointer, 100);
await lib.symbols.late_wait();
console.log("served");
cb.close();
)JS";

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table()
    {
        const auto all = profiles();
        QCOMPARE(all.size(), std::size_t(7));
        QCOMPARE(QLatin1String(defaultProfile().name), QLatin1String("deno-2.9"));
        QCOMPARE(&defaultProfile(), &all.back());
        std::set<QString> names;
        for (const Profile &p : all) {
            QVERIFY(names.insert(QLatin1String(p.name)).second);
            QCOMPARE(findProfile(QLatin1String(p.name)), &p);
            QVERIFY(!p.description().isEmpty());
            QVERIFY(profilesHelp().contains(QLatin1String(p.name)));
        }
        QCOMPARE(profileNames().size(), 7);
        QVERIFY(!findProfile(QStringLiteral("deno-3.0")));
        // Only the oldest profile spins; only 2.9 has the lazy-load checkpoint.
        QVERIFY(findProfile(QStringLiteral("deno-1.26"))->spinsWhileRefed());
        QVERIFY(!findProfile(QStringLiteral("deno-1.30"))->spinsWhileRefed());
        for (const Profile &p : all)
            QCOMPARE(p.lazyTimersCheckpoint, &p == &defaultProfile());
    }

    void unknownProfileDoesNotStart()
    {
        RunOptions options;
        options.source = QStringLiteral("console.log(1)");
        options.scriptPath = scriptDir() + QStringLiteral("/x.js");
        options.profile = QStringLiteral("deno-0.9");
        Run run(options);
        QVERIFY(!run.start());
        QVERIFY2(run.errorString().contains(QStringLiteral("unknown profile \"deno-0.9\"")), qPrintable(run.errorString()));
        QVERIFY(run.errorString().contains(QStringLiteral("deno-1.26")));
    }

    void stressUnderEveryProfile_data()
    {
        QTest::addColumn<QString>("profile");
        for (const QString &name : profileNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    // Under each profile's dispatch (LIFO middleware, spin, wake rules, task spawner) every
    // call is served exactly once and in order per thread (a thread has one call at a time).
    void stressUnderEveryProfile()
    {
        QFETCH(QString, profile);
        const ScriptOutput out = runScript(withLib(QString::fromLatin1(kStress)), 120, QStringLiteral("stress.js"), profile);
        QVERIFY2(out.finished, qPrintable(out.merged));
        QCOMPARE(out.result.reason, ExitReason::Completed);
        QCOMPARE(out.out.trimmed(), QStringLiteral("served=8000 wrong=0 outOfOrder=0"));
    }

    // deno-1.26: a callback that stays ref'ed keeps the loop spinning for ever; the time limit
    // (like Stop) still ends it.
    void spinEndsOnlyByStop()
    {
        const ScriptOutput out = runScript(QStringLiteral(R"JS(
const cb = new Deno.UnsafeCallback({ parameters: [], result: "void" }, () => {});
console.log("ref returns", cb.ref());
)JS"), 0.5, QStringLiteral("spin.js"), QStringLiteral("deno-1.26"));
        QVERIFY(out.finished);
        QCOMPARE(out.out, QStringLiteral("ref returns undefined\n"));
        QCOMPARE(out.result.reason, ExitReason::TimedOut);
    }

    // deno-1.30: a re-ref'ed callback called from a thread while the loop waits for a
    // nonblocking call: nothing wakes the loop. loopscope says so, and the time limit ends it.
    void severedWakerHangsWithDiagnostic()
    {
        const ScriptOutput out = runScript(withLib(QString::fromLatin1(kReref)), 3.5, QStringLiteral("hang.js"), QStringLiteral("deno-1.30"));
        QVERIFY(out.finished);
        QCOMPARE(out.result.reason, ExitReason::TimedOut);
        QVERIFY(!out.out.contains(QStringLiteral("served")));
        QVERIFY2(out.err.contains(QStringLiteral("loopscope: hang: native thread")), qPrintable(out.err));
        QVERIFY(out.err.contains(QStringLiteral("cannot wake the event loop")));
        // The same script under 2.9: the call wakes the loop.
        const ScriptOutput now = runScript(withLib(QString::fromLatin1(kReref)), 10, QStringLiteral("hang.js"));
        QCOMPARE(now.result.reason, ExitReason::Completed);
        QCOMPARE(now.out, QStringLiteral("served\n"));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
