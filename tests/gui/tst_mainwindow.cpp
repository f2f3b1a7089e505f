// The main window, offscreen, as a user drives it: open a bundled example, run it, see the
// console, the events, the timeline and the inspector; step through the events; open a trace
// recorded elsewhere; a syntax error is marked in the editor; a runaway script stops. Saves
// screenshots (build/<preset>/screenshots) to look at.
#include "recording.h"
#include "eventmodel.h"
#include "eventtable.h"
#include "inspector.h"
#include "mainwindow.h"
#include "scripteditor.h"
#include "timeline/timelineview.h"
#include "tracesession.h"

#include "runtime/run.h"

#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QPlainTextEdit>

using namespace loopscope;
using loopscope::test::examplePath;
using loopscope::test::recordRun;
using loopscope::test::screenshotDir;
using namespace loopscope::ui;

namespace {

bool runAndWait(MainWindow &window, RunResult *result = nullptr)
{
    QSignalSpy finished(&window, &MainWindow::runFinished);
    window.runScript();
    if (!finished.wait(20000))
        return false;
    if (result)
        *result = finished.at(0).at(0).value<RunResult>();
    return true;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LOOPSCOPE_DEMO_LIB", QByteArray(LOOPSCOPE_DEMO_LIB));
        QApplication::setOrganizationName(QStringLiteral("loopscope-tests"));
    }

    void runsExample()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openScript(examplePath("microtasks-vs-timers")));
        RunResult result;
        QVERIFY(runAndWait(window, &result));
        QCOMPARE(result.exitCode, 0);
        QTRY_COMPARE(window.consoleText(),
                     QStringLiteral("sync\nmicrotask\npromise\ntimeout 1\nmicrotask from timer\ntimeout 2\n"));
        QVERIFY(window.session()->size() > 0);
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/mainwindow-example.png")));
    }

    // The seed's example from the Examples menu: every view has what a teacher would point at.
    void threadSafeExampleInEveryView()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openExample(QStringLiteral("threadsafe-microtask.js")));
        QVERIFY(runAndWait(window));
        QTRY_VERIFY(window.consoleText().contains(QStringLiteral("Result: 499999500000")));
        const std::size_t events = window.session()->size();
        QVERIFY(events > 20);
        // The table holds every event; the timeline has the engine and the native thread lanes,
        // each with items; the counters have data.
        QCOMPARE(std::size_t(window.eventTable()->model()->rowCount()), events);
        const QStringList lanes = window.timeline()->laneNames();
        QVERIFY2(lanes.size() >= 2, qPrintable(lanes.join(u", ")));
        window.timeline()->fitAll();
        for (int lane = 0; lane < window.timeline()->laneCount(); ++lane)
            QVERIFY2(window.timeline()->itemCount(lane) > 0, qPrintable(lanes.value(lane)));
        // Selecting the first thread-safe callback updates the inspector and the timeline.
        QVERIFY(window.selectMostTellingEvent());
        const std::size_t selected = window.session()->selected();
        QCOMPARE(window.inspector()->shownEvent(), selected);
        QVERIFY(window.inspector()->sectionLines(Inspector::Why).join(u' ').contains(QStringLiteral("phase 2a")));
        QVERIFY(window.timeline()->causeArrowCount() > 0);
        QVERIFY(!window.timeline()->selectedItemRect().isEmpty());
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/mainwindow-threadsafe.png")));

        // Stepping: forward, back, and to the next microtask run.
        window.stepForward();
        QCOMPARE(window.session()->selected(), selected + 1);
        window.stepBack();
        QCOMPARE(window.session()->selected(), selected);
        QVERIFY(window.runToNext(trace::Kind::MicrotaskRunStart));
        QCOMPARE(window.session()->data().events[window.session()->selected()].kind, trace::Kind::MicrotaskRunStart);
        QVERIFY(window.session()->selected() > selected);

        // The timeline exports as PNG, SVG and PDF.
        QTemporaryDir dir;
        for (const char *suffix : {"png", "svg", "pdf"}) {
            const QString path = dir.filePath(QStringLiteral("timeline.") + QLatin1StringView(suffix));
            QVERIFY(window.exportTimeline(path));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        // And the run's trace can be saved, then opened again with the same events.
        const QString saved = dir.filePath(QStringLiteral("saved.lstrace"));
        QVERIFY(window.saveTrace(saved));
        MainWindow other;
        QVERIFY(other.openTrace(saved));
        QCOMPARE(other.session()->size(), events);
        QVERIFY(other.consoleText().contains(QStringLiteral("Result: 499999500000")));
        QVERIFY(other.exportChrome(dir.filePath(QStringLiteral("trace.json"))));
    }

    // A trace that is not one: a clear message, nothing loaded, no crash.
    void badTraceFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.lstrace"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a trace");
        f.close();
        MainWindow window;
        QVERIFY(!window.openTrace(path));
        QCOMPARE(window.session()->size(), std::size_t(0));
    }

    // An uncaught exception is marked at its line in the editor.
    void errorIsMarked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("throws.js"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("console.log('one');\nconsole.log('two');\nnull.boom();\n");
        f.close();
        MainWindow window;
        window.show();
        QVERIFY(window.openScript(path));
        RunResult result;
        QVERIFY(runAndWait(window, &result));
        QCOMPARE(result.exitCode, 1);
        QTRY_COMPARE(window.editor()->errorLine(), 3);
    }

    void stopsRunaway()
    {
        MainWindow window;
        window.show();
        QTemporaryFile file(QDir::tempPath() + QStringLiteral("/runaway-XXXXXX.js"));
        QVERIFY(file.open());
        file.write("console.log('spinning'); while (true) {}\n");
        file.close();
        QVERIFY(window.openScript(file.fileName()));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.runScript();
        QTRY_VERIFY(window.consoleText().contains(u"spinning"));
        window.stopScript();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).value<RunResult>().reason, ExitReason::Stopped);
        QVERIFY(!window.isRunning());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
