// The main window, offscreen: open a bundled example, run it, see its output, stop a runaway
// script. Saves a screenshot of the window (build/<preset>/screenshots) to look at.
#include "mainwindow.h"

#include <QtCore/QDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QPlainTextEdit>

using namespace loopscope;
using namespace loopscope::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsExample()
    {
        MainWindow window;
        window.show();
        const QString example = qEnvironmentVariable("LOOPSCOPE_SOURCE_DIR")
            + QStringLiteral("/resources/examples/microtasks-vs-timers.js");
        QVERIFY(window.openScript(example));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.runScript();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<RunResult>().exitCode, 0);
        QTRY_COMPARE(window.consoleText(),
                     QStringLiteral("sync\nmicrotask\npromise\ntimeout 1\nmicrotask from timer\ntimeout 2\n"));
        const QString dir = qEnvironmentVariable("LOOPSCOPE_SCREENSHOT_DIR", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(window.grab().save(dir + QStringLiteral("/mainwindow-example.png")));
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
