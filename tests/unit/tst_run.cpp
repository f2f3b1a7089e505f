// Stopping runs: Stop and time limits end any script, even `while (true) {}`, with the right
// reason; output already printed is kept.
#include "scriptrunner.h"

#include <QtTest/QtTest>

using namespace loopscope;

class TestRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeoutEndsBusyLoop()
    {
        QElapsedTimer clock;
        clock.start();
        const test::ScriptOutput run = test::runScript(QStringLiteral("console.log('start'); while (true) {}"), 0.3);
        QVERIFY(run.finished);
        QCOMPARE(run.result.reason, ExitReason::TimedOut);
        QCOMPARE(run.result.exitCode, 124);
        QCOMPARE(run.out, QStringLiteral("start\n"));
        QVERIFY(run.err.contains(u"time limit"));
        QVERIFY2(clock.elapsed() < 5000, "the busy loop was not terminated");
    }

    void timeoutEndsBusyMicrotasks()
    {
        const test::ScriptOutput run = test::runScript(
            QStringLiteral("function again() { queueMicrotask(again); } again();"), 0.3);
        QCOMPARE(run.result.reason, ExitReason::TimedOut);
    }

    void timeoutEndsEndlessInterval()
    {
        const test::ScriptOutput run = test::runScript(QStringLiteral("setInterval(() => {}, 5)"), 0.2);
        QCOMPARE(run.result.reason, ExitReason::TimedOut);
    }

    void stopWhileParked()
    {
        RunOptions options;
        options.scriptPath = test::scriptDir() + QStringLiteral("/parked.js");
        options.source = QStringLiteral("setTimeout(() => console.log('late'), 100000)");
        Run run(options);
        QSignalSpy finished(&run, &Run::finished);
        run.start();
        QTest::qWait(100);
        run.stop();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<RunResult>().reason, ExitReason::Stopped);
        QCOMPARE(finished.at(0).at(0).value<RunResult>().exitCode, 130);
    }

    void stopBeforeStart()
    {
        RunOptions options;
        options.scriptPath = test::scriptDir() + QStringLiteral("/early.js");
        options.source = QStringLiteral("while (true) {}");
        Run run(options);
        QSignalSpy finished(&run, &Run::finished);
        run.stop();
        run.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).value<RunResult>().reason, ExitReason::Stopped);
    }

    void deleteWhileRunning()
    {
        // Destroying a Run stops its engine and joins the thread; nothing may crash.
        RunOptions options;
        options.scriptPath = test::scriptDir() + QStringLiteral("/deleted.js");
        options.source = QStringLiteral("while (true) {}");
        auto run = std::make_unique<Run>(options);
        run->start();
        QTest::qWait(50);
        run.reset();
    }

    void manyRunsInSequence()
    {
        for (int i = 0; i < 20; ++i) {
            const test::ScriptOutput run = test::runScript(QStringLiteral("setTimeout(() => console.log(%1), 1)").arg(i));
            QCOMPARE(run.out, QStringLiteral("%1\n").arg(i));
        }
    }

    void missingFile()
    {
        RunOptions options;
        options.scriptPath = test::scriptDir() + QStringLiteral("/does-not-exist.js");
        Run run(options);
        QSignalSpy finished(&run, &Run::finished);
        run.start();
        QVERIFY(finished.wait(5000));
        const RunResult result = finished.at(0).at(0).value<RunResult>();
        QCOMPARE(result.reason, ExitReason::LoadError);
        QVERIFY(result.message.contains(u"does-not-exist.js"));
    }
};

QTEST_GUILESS_MAIN(TestRun)
#include "tst_run.moc"
