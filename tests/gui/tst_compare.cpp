// Version profiles in the GUI, offscreen, as a user drives them: the profile selector of the run
// toolbar (every profile, remembered, used by the run and recorded in its trace; a trace shows
// the profile it was recorded with), the comparison window (one script under two profiles at
// once, both timelines with linked time axes, Stop stops both), a script's
// "// loopscope-compare:" line offered as the comparison, every bundled example that names two
// profiles compared as named (the same time range on both axes, however different the two runs'
// lengths), and the headless --profile and --compare of the app. Saves screenshots
// (build/<preset>/screenshots) to look at.
#include "recording.h"
#include "comparewindow.h"
#include "examples.h"
#include "mainwindow.h"
#include "profilecombo.h"
#include "scripteditor.h"
#include "timeline/timelineview.h"
#include "tracesession.h"

#include "runtime/profile.h"
#include "runtime/run.h"
#include "trace/tracefile.h"

#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTextBrowser>

#include "timeline/qcp.h"

using namespace loopscope;
using loopscope::test::screenshotDir;
using namespace loopscope::ui;

namespace {

// Tells the Web timers of Deno 1.x from Node's of 2.x, prints in a timer and a microtask.
const char kScript[] = "console.log('setImmediate:', typeof setImmediate);\n"
                       "const t = setTimeout(() => console.log('timer fired'), 5);\n"
                       "console.log('timer id:', typeof t);\n"
                       "Promise.resolve().then(() => console.log('microtask'));\n"
                       "for (let i = 0; i < 3; i++) setTimeout(() => console.log('timer', i), 2 * i);\n";

QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

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

bool sameRange(const QCPRange &a, const QCPRange &b)
{
    const double tolerance = std::max(a.size(), b.size()) * 1e-6;
    return std::abs(a.lower - b.lower) <= tolerance && std::abs(a.upper - b.upper) <= tolerance;
}

QString rangeText(const QCPRange &r)
{
    return QStringLiteral("[%1, %2]").arg(r.lower, 0, 'f', 4).arg(r.upper, 0, 'f', 4);
}

// Linked axes show the very same range, not merely a close one.
bool identical(const QCPRange &a, const QCPRange &b)
{
    return a.lower == b.lower && a.upper == b.upper;
}

QString rangesText(TimelineView *a, TimelineView *b)
{
    return rangeText(a->visibleRange()) + u' ' + rangeText(b->visibleRange());
}

// Pixels per lane row of a timeline (a lane has a marker strip and one unit per row of spans).
double rowPixels(TimelineView *view)
{
    QCPAxisRect *lanes = view->plot()->axisRect(0);
    return lanes->rect().height() / lanes->axis(QCPAxis::atLeft)->range().size();
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LOOPSCOPE_DEMO_LIB", QByteArray(LOOPSCOPE_DEMO_LIB));
        // Settings of its own: the chosen profile must start as the default.
        QApplication::setOrganizationName(QStringLiteral("loopscope-tests-compare"));
        QSettings().clear();
    }

    void cleanupTestCase()
    {
        QSettings().clear();
    }

    // The selector lists every profile, oldest first, "NAME — SUMMARY", its description as tooltip.
    void selectorListsEveryProfile()
    {
        MainWindow window;
        ProfileCombo *combo = window.profileCombo();
        QCOMPARE(combo->count(), 7);
        QCOMPARE(int(profiles().size()), 7);
        for (int i = 0; i < combo->count(); ++i) {
            const Profile &p = profiles()[i];
            QCOMPARE(combo->itemData(i).toString(), QLatin1String(p.name));
            QCOMPARE(combo->itemText(i), QStringLiteral("%1 — %2").arg(QLatin1String(p.name), p.summaryText()));
            QVERIFY(combo->itemData(i, Qt::ToolTipRole).toString().contains(p.description().toHtmlEscaped()));
        }
        QCOMPARE(combo->itemText(6), QStringLiteral("deno-2.9 — today's Deno (the default)"));
        QCOMPARE(window.profile(), QStringLiteral("deno-2.9"));
        QCOMPARE(window.runOptions().profile, QStringLiteral("deno-2.9"));
        // The description of the chosen profile is shown, whole.
        QVERIFY(window.profileDescriptionText().contains(defaultProfile().description()));
        QVERIFY(!window.setProfile(QStringLiteral("deno-0.1")));
        QCOMPARE(window.profile(), QStringLiteral("deno-2.9"));
    }

    // A run gets the chosen profile: in its options, in its behaviour, in its trace's metadata;
    // the choice comes back at the next start; a trace shows the profile it was recorded with.
    void runUsesChosenProfile()
    {
        QTemporaryDir dir;
        const QString script = writeScript(dir, QStringLiteral("timers.js"), kScript);
        QString saved = dir.filePath(QStringLiteral("old.lstrace"));
        {
            MainWindow window;
            window.resize(1400, 900);
            window.show();
            QVERIFY(window.openScript(script));
            // Chosen as a user does: in the combo box.
            window.profileCombo()->setCurrentIndex(window.profileCombo()->findData(QStringLiteral("deno-1.26")));
            QCOMPARE(window.profile(), QStringLiteral("deno-1.26"));
            QCOMPARE(QSettings().value(QStringLiteral("profile")).toString(), QStringLiteral("deno-1.26"));
            QCOMPARE(window.runOptions().profile, QStringLiteral("deno-1.26"));
            QVERIFY(window.profileDescriptionText().contains(findProfile(QStringLiteral("deno-1.26"))->description()));
            RunResult result;
            QVERIFY(runAndWait(window, &result));
            QCOMPARE(result.exitCode, 0);
            // Deno 1.26 has Web timers: no setImmediate, number ids.
            QTRY_VERIFY2(window.consoleText().contains(QStringLiteral("setImmediate: undefined\ntimer id: number")),
                         qPrintable(window.consoleText()));
            QCOMPARE(window.shownProfile(), QStringLiteral("deno-1.26"));
            QVERIFY(window.saveTrace(saved));
            QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/profile-main-deno-1.26.png")));
        }
        trace::TraceData data;
        QString error;
        QVERIFY2(trace::readTrace(saved, &data, &error), qPrintable(error));
        QCOMPARE(data.meta[QLatin1String(trace::metakey::profile)], QStringLiteral("deno-1.26"));

        // The next start comes back with deno-1.26; a choice that is not remembered does not stay.
        MainWindow window;
        QCOMPARE(window.profile(), QStringLiteral("deno-1.26"));
        QVERIFY(window.setProfile(QStringLiteral("deno-2.8"), /*remember=*/false));
        QCOMPARE(window.profile(), QStringLiteral("deno-2.8"));
        QCOMPARE(QSettings().value(QStringLiteral("profile")).toString(), QStringLiteral("deno-1.26"));
        QVERIFY(window.setProfile(QStringLiteral("deno-2.9")));
        QCOMPARE(QSettings().value(QStringLiteral("profile")).toString(), QStringLiteral("deno-2.9"));

        // Opening the trace: its profile in the title and the status bar, the choice untouched.
        QVERIFY(window.openTrace(saved));
        QCOMPARE(window.shownProfile(), QStringLiteral("deno-1.26"));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("deno-1.26")), qPrintable(window.windowTitle()));
        QCOMPARE(window.profile(), QStringLiteral("deno-2.9"));
        bool inStatus = false;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            inStatus |= label->isVisibleTo(&window) && label->text().contains(QStringLiteral("recorded with deno-1.26"));
        QVERIFY(inStatus);
    }

    // "// loopscope-compare: A B" names the profiles; anything else names none.
    void compareLineParsed()
    {
        using P = QStringList;
        QCOMPARE(Examples::compareProfiles(QStringLiteral("// loopscope-compare: deno-1.26 deno-2.9\nx();\n")),
                 (P{QStringLiteral("deno-1.26"), QStringLiteral("deno-2.9")}));
        QCOMPARE(Examples::compareProfiles(QStringLiteral("// A title\n  //loopscope-compare:deno-2.7, deno-2.8\n")),
                 (P{QStringLiteral("deno-2.7"), QStringLiteral("deno-2.8")}));
        QCOMPARE(Examples::compareProfiles(QStringLiteral("// loopscope-compare: deno-1.26 deno-2.99\n")), P{});
        QCOMPARE(Examples::compareProfiles(QStringLiteral("// loopscope-compare: deno-1.26\n")), P{});
        QCOMPARE(Examples::compareProfiles(QStringLiteral("// loopscope-compare: deno-1.26 deno-1.26\n")), P{});
        QCOMPARE(Examples::compareProfiles(QStringLiteral("const s = 'loopscope-compare: deno-1.26 deno-2.9';\n")), P{});
        QCOMPARE(Examples::compareProfiles(QString()), P{});
    }

    // The comparison: both sides run, end with their exit codes, have timelines and their own
    // console; the headers name the profiles; the time axes move together.
    void compareRunsBothSides()
    {
        QTemporaryDir dir;
        const QString script = writeScript(dir, QStringLiteral("timers.js"), kScript);
        MainWindow window;
        window.show();
        QVERIFY(window.openScript(script));
        QVERIFY(window.setProfile(QStringLiteral("deno-2.9")));
        // Nothing named in the script: the chosen profile and the one before it.
        QVERIFY(window.suggestedComparison().isEmpty());
        QVERIFY(!window.suggestedCompareAction()->isVisible());
        CompareWindow *compare = window.compareWindow();
        compare->resize(1400, 900);
        QSignalSpy finished(compare, &CompareWindow::finished);
        window.compareAction()->trigger();
        QVERIFY(compare->isVisible());
        QCOMPARE(compare->profile(CompareWindow::Top), QStringLiteral("deno-2.8"));
        QCOMPARE(compare->profile(CompareWindow::Bottom), QStringLiteral("deno-2.9"));
        QVERIFY(compare->isRunning());
        QVERIFY(finished.wait(20000));
        QVERIFY(!compare->isRunning());

        // Then deno-1.26 against deno-2.9, as named.
        finished.clear();
        window.compareProfiles(QStringLiteral("deno-1.26"), QStringLiteral("deno-2.9"));
        QVERIFY(finished.wait(20000));
        for (auto side : {CompareWindow::Top, CompareWindow::Bottom}) {
            const auto result = compare->result(side);
            QVERIFY(result);
            QCOMPARE(result->exitCode, 0);
            QCOMPARE(result->reason, ExitReason::Completed);
            QVERIFY(compare->session(side)->size() > 10);
            QVERIFY(!compare->session(side)->isLive());
            TimelineView *timeline = compare->timeline(side);
            QVERIFY(timeline->laneCount() >= 1);
            QVERIFY2(timeline->itemCount(0) > 0, qPrintable(timeline->laneNames().join(u", ")));
            QVERIFY2(compare->headerText(side).contains(QStringLiteral("exit code 0")),
                     qPrintable(compare->headerText(side)));
            QVERIFY(compare->consoleText(side).contains(QStringLiteral("timer fired")));
        }
        QVERIFY2(compare->headerText(CompareWindow::Top).startsWith(QStringLiteral("deno-1.26 · Deno 1.23.2 - 1.26.1 · ")),
                 qPrintable(compare->headerText(CompareWindow::Top)));
        QVERIFY(compare->headerText(CompareWindow::Bottom).startsWith(QStringLiteral("deno-2.9 · ")));
        // Each side ran under its own profile.
        QVERIFY2(compare->consoleText(CompareWindow::Top).startsWith(QStringLiteral("setImmediate: undefined\ntimer id: number\n")),
                 qPrintable(compare->consoleText(CompareWindow::Top)));
        QVERIFY2(compare->consoleText(CompareWindow::Bottom).startsWith(QStringLiteral("setImmediate: function\ntimer id: object\n")),
                 qPrintable(compare->consoleText(CompareWindow::Bottom)));
        QVERIFY(compare->statusBar()->currentMessage().contains(QStringLiteral("differs from line 1")));

        // Linked: one range over both runs, and zooming one zooms the other.
        TimelineView *top = compare->timeline(CompareWindow::Top);
        TimelineView *bottom = compare->timeline(CompareWindow::Bottom);
        QVERIFY(compare->isLinked());
        QVERIFY2(identical(top->visibleRange(), bottom->visibleRange()), qPrintable(rangesText(top, bottom)));
        QVERIFY(!compare->rangesDiffer());
        QVERIFY(top->hasTimeExtent() && bottom->hasTimeExtent());
        QCOMPARE(top->timeExtent(), bottom->timeExtent());
        // The lanes' axis is the one visibleRange() reports; compact counters, the same left edge.
        QVERIFY(sameRange(top->plot()->axisRect(0)->axis(QCPAxis::atBottom)->range(), top->visibleRange()));
        QVERIFY(top->compactCounters() && bottom->compactCounters());
        QCOMPARE(top->leftMargin(), bottom->leftMargin());
        QTest::qWait(300); // the plots lay themselves out
        compare->resize(1400, std::max(900, compare->heightForContent())); // nothing scrolled away
        QTest::qWait(300);
        QVERIFY(compare->grab().save(screenshotDir() + QStringLiteral("/compare-window.png")));

        // A range inside both runs, set on the bottom one, as a drag or the wheel would.
        const double from = std::max(top->model().startTime(), bottom->model().startTime()) / 1e6;
        const double to = std::min(top->model().endTime(), bottom->model().endTime()) / 1e6;
        QVERIFY(to > from);
        const double mid = (from + to) / 2, half = (to - from) / 4;
        QSignalSpy moved(top, &TimelineView::visibleRangeChanged);
        bottom->setVisibleRange(mid - half, mid + half);
        QVERIFY2(sameRange(top->visibleRange(), QCPRange(mid - half, mid + half)), qPrintable(rangeText(top->visibleRange())));
        QVERIFY(identical(top->visibleRange(), bottom->visibleRange()));
        QCOMPARE(moved.size(), 1); // once, with the range it shows
        QCOMPARE(moved.at(0).at(0).toDouble(), top->visibleRange().lower);
        QCOMPARE(moved.at(0).at(1).toDouble(), top->visibleRange().upper);
        QVERIFY(!compare->rangesDiffer());
        top->zoomIn();
        QVERIFY(identical(top->visibleRange(), bottom->visibleRange()));
        QVERIFY(!compare->rangesDiffer());
        QVERIFY(top->visibleRange().size() < 2 * half * 0.9);
        // Unlinked, each on its own.
        compare->setLinked(false);
        const QCPRange before = bottom->visibleRange();
        top->zoomOut();
        QVERIFY(sameRange(bottom->visibleRange(), before));
        QVERIFY(!sameRange(top->visibleRange(), bottom->visibleRange()));
        QVERIFY(!top->hasTimeExtent() && !bottom->hasTimeExtent()); // each keeps to its own run
        // Linked again: the bottom follows the top at once.
        compare->setLinked(true);
        QVERIFY(identical(top->visibleRange(), bottom->visibleRange()));
        compare->fitAll();
        QVERIFY2(identical(top->visibleRange(), bottom->visibleRange()), qPrintable(rangesText(top, bottom)));
        QVERIFY(!compare->rangesDiffer());

        // Choosing another profile for a side that has run runs that side again.
        finished.clear();
        QSignalSpy sideFinished(compare, &CompareWindow::sideFinished);
        compare->findChildren<ProfileCombo *>().first()->setProfile(QStringLiteral("deno-2.7"));
        QVERIFY(compare->isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(sideFinished.size(), 1);
        QCOMPARE(sideFinished.at(0).at(0).toInt(), int(CompareWindow::Top));
        QVERIFY(compare->headerText(CompareWindow::Top).startsWith(QStringLiteral("deno-2.7 · ")));
        QVERIFY(compare->consoleText(CompareWindow::Top).startsWith(QStringLiteral("setImmediate: function\n")));
        // The status bar says whether the two printed the same.
        const bool same = compare->consoleText(CompareWindow::Top) == compare->consoleText(CompareWindow::Bottom);
        QVERIFY2(compare->statusBar()->currentMessage().contains(same ? QStringLiteral("the same output")
                                                                      : QStringLiteral("Their output differs")),
                 qPrintable(compare->statusBar()->currentMessage()));
    }

    // The two run one after the other; Stop stops the one running, and the other does not run.
    void stopStopsBoth()
    {
        QTemporaryDir dir;
        const QString script = writeScript(dir, QStringLiteral("spin.js"), "console.log('spinning'); while (true) {}\n");
        MainWindow window;
        window.show();
        QVERIFY(window.openScript(script));
        CompareWindow *compare = window.compareWindow();
        compare->setTimeLimit(0);
        QSignalSpy finished(compare, &CompareWindow::finished);
        window.compareProfiles(QStringLiteral("deno-1.30"), QStringLiteral("deno-2.9"));
        QTRY_VERIFY(compare->consoleText(CompareWindow::Top).contains(u"spinning"));
        QVERIFY(compare->isRunning());
        QVERIFY(compare->headerText(CompareWindow::Top).contains(QStringLiteral("running…")));
        QVERIFY2(compare->headerText(CompareWindow::Bottom).contains(QStringLiteral("runs when the other run has ended")),
                 qPrintable(compare->headerText(CompareWindow::Bottom)));
        QVERIFY(compare->consoleText(CompareWindow::Bottom).isEmpty());
        compare->stop();
        QVERIFY(finished.wait(5000));
        QVERIFY(!compare->isRunning());
        QCOMPARE(compare->result(CompareWindow::Top)->reason, ExitReason::Stopped);
        QCOMPARE(compare->result(CompareWindow::Top)->exitCode, 130);
        QVERIFY2(compare->headerText(CompareWindow::Top).contains(QStringLiteral("exit code 130: stopped")),
                 qPrintable(compare->headerText(CompareWindow::Top)));
        QVERIFY(!compare->result(CompareWindow::Bottom));
        QVERIFY2(compare->headerText(CompareWindow::Bottom).contains(QStringLiteral("not run: stopped before its turn")),
                 qPrintable(compare->headerText(CompareWindow::Bottom)));
        QVERIFY(compare->consoleText(CompareWindow::Bottom).isEmpty());

        // The first one ends by itself (the time limit), the second one is stopped.
        compare->setTimeLimit(1);
        finished.clear();
        QVERIFY(compare->start());
        QTRY_VERIFY_WITH_TIMEOUT(compare->consoleText(CompareWindow::Bottom).contains(u"spinning"), 10000);
        QCOMPARE(compare->result(CompareWindow::Top)->reason, ExitReason::TimedOut);
        compare->stop();
        QVERIFY(finished.wait(5000));
        QCOMPARE(compare->result(CompareWindow::Bottom)->reason, ExitReason::Stopped);

        // The time limit ends each run by itself, and the next one runs.
        compare->setTimeLimit(1);
        finished.clear();
        QVERIFY(compare->start());
        QVERIFY(finished.wait(10000));
        QCOMPARE(compare->result(CompareWindow::Top)->reason, ExitReason::TimedOut);
        QCOMPARE(compare->result(CompareWindow::Bottom)->reason, ExitReason::TimedOut);
        QVERIFY(compare->consoleText(CompareWindow::Bottom).contains(u"spinning"));
        QVERIFY2(compare->headerText(CompareWindow::Bottom).contains(QStringLiteral("exit code 124: time limit reached")),
                 qPrintable(compare->headerText(CompareWindow::Bottom)));
        compare->setTimeLimit(10);
    }

    // Every bundled example that names two profiles, compared as named. The two runs may differ
    // a lot in length (profile-reref-hang: about 3 s under deno-1.30, 0.12 s under deno-2.9):
    // the linked axes show the same range all the same, fitted, zoomed out or zoomed in, and the
    // plots begin at the same x. Saves compare-NAME.png.
    void compareProfileExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("profiles");
        for (const Example &e : Examples::all()) {
            const QStringList names = Examples::compareProfiles(Examples::source(e.file));
            if (names.size() == 2)
                QTest::newRow(qPrintable(e.file)) << e.file << names;
        }
    }

    void compareProfileExamples()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, profiles);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openExample(file));
        CompareWindow *compare = window.compareWindow();
        compare->resize(1400, 900);
        compare->setLinked(true);
        QSignalSpy finished(compare, &CompareWindow::finished);
        window.compareProfiles(profiles[0], profiles[1]);
        QVERIFY(finished.wait(40000));
        TimelineView *views[2] = {compare->timeline(CompareWindow::Top), compare->timeline(CompareWindow::Bottom)};
        double shortest = 0, longest = 0;
        std::int64_t start = 0, end = 0;
        for (auto side : {CompareWindow::Top, CompareWindow::Bottom}) {
            const auto result = compare->result(side);
            QVERIFY(result);
            QVERIFY2(result->reason == ExitReason::Completed, qPrintable(compare->headerText(side)));
            const TimelineModel &m = views[side]->model();
            QVERIFY(!m.isEmpty());
            start = side == CompareWindow::Top ? m.startTime() : std::min(start, m.startTime());
            end = side == CompareWindow::Top ? m.endTime() : std::max(end, m.endTime());
            const double length = double(m.endTime() - m.startTime()) / 1e6;
            shortest = side == CompareWindow::Top ? length : std::min(shortest, length);
            longest = std::max(longest, length);
        }
        qInfo("%s: %s %.1f ms, %s %.1f ms", qPrintable(file), qPrintable(profiles[0]),
              compare->result(CompareWindow::Top)->durationMs, qPrintable(profiles[1]),
              compare->result(CompareWindow::Bottom)->durationMs);
        if (file == u"profile-reref-hang.js") // the case the time extent is for
            QVERIFY2(longest > 10 * shortest, qPrintable(QStringLiteral("%1 %2").arg(longest).arg(shortest)));

        // Fitted: one range, over both runs.
        TimelineView *top = views[0], *bottom = views[1];
        QVERIFY2(identical(top->visibleRange(), bottom->visibleRange()), qPrintable(rangesText(top, bottom)));
        QVERIFY(!compare->rangesDiffer());
        QVERIFY(top->visibleRange().lower <= double(start) / 1e6);
        QVERIFY(top->visibleRange().upper >= double(end) / 1e6);
        // Zoomed out as far as it goes, from the shorter run's side; then into its own run.
        TimelineView *shorter = double(top->model().endTime() - top->model().startTime()) / 1e6 == shortest ? top : bottom;
        TimelineView *other = shorter == top ? bottom : top;
        shorter->setVisibleRange(-1e6, 1e6);
        QVERIFY(shorter->visibleRange().size() > longest); // the extent: beyond its own run
        QVERIFY2(identical(top->visibleRange(), bottom->visibleRange()), qPrintable(rangesText(top, bottom)));
        const double from = double(shorter->model().startTime()) / 1e6, to = double(shorter->model().endTime()) / 1e6;
        shorter->setVisibleRange(from, to);
        QVERIFY2(sameRange(other->visibleRange(), QCPRange(from, to)), qPrintable(rangesText(top, bottom)));
        QVERIFY2(identical(top->visibleRange(), bottom->visibleRange()), qPrintable(rangesText(top, bottom)));
        // And back: the whole of both, the same on both.
        other->zoomOut();
        other->zoomOut();
        QVERIFY2(identical(top->visibleRange(), bottom->visibleRange()), qPrintable(rangesText(top, bottom)));
        compare->fitAll();
        QVERIFY2(identical(top->visibleRange(), bottom->visibleRange()), qPrintable(rangesText(top, bottom)));
        QVERIFY(!compare->rangesDiffer());

        QTest::qWait(300); // the plots lay themselves out
        compare->resize(1400, std::max(900, compare->heightForContent())); // nothing scrolled away
        QTest::qWait(300);
        // A time is at the same x in both; the lanes are readable; the counters compact.
        QCOMPARE(top->leftMargin(), bottom->leftMargin());
        QCOMPARE(top->leftMargin(), std::max(top->naturalLeftMargin(), bottom->naturalLeftMargin()));
        QCOMPARE(top->plot()->axisRect(0)->rect().left(), bottom->plot()->axisRect(0)->rect().left());
        QCOMPARE(top->plot()->axisRect(0)->rect().width(), bottom->plot()->axisRect(0)->rect().width());
        for (TimelineView *view : views) {
            QVERIFY(view->compactCounters());
            QCOMPARE(view->counterPlotCount(), view->isCpuPlotShown() ? 2 : 1);
            QVERIFY2(rowPixels(view) >= 16, qPrintable(QString::number(rowPixels(view))));
        }
        const QString name = QFileInfo(file).completeBaseName();
        QVERIFY(compare->grab().save(screenshotDir() + QStringLiteral("/compare-%1.png").arg(name)));
    }

    // A script that names two profiles: the UI offers exactly that comparison.
    void scriptOffersItsComparison()
    {
        QTemporaryDir dir;
        const QString script = writeScript(dir, QStringLiteral("profile-demo.js"),
                                           QByteArray("// loopscope-compare: deno-1.26 deno-2.9\n") + kScript);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.setProfile(QStringLiteral("deno-2.9")));
        QVERIFY(window.openScript(script));
        QCOMPARE(window.suggestedComparison(), (QStringList{QStringLiteral("deno-1.26"), QStringLiteral("deno-2.9")}));
        QAction *suggested = window.suggestedCompareAction();
        QVERIFY(suggested->isVisible());
        QCOMPARE(suggested->text(), QStringLiteral("Compare deno-1.26 with deno-2.9"));
        QTest::qWait(200); // the toolbar lays its new button out
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/profile-suggested.png")));

        // The general action preselects them too.
        CompareWindow *compare = window.compareWindow();
        compare->resize(1400, 900);
        QSignalSpy finished(compare, &CompareWindow::finished);
        window.compareAction()->trigger();
        QCOMPARE(compare->profile(CompareWindow::Top), QStringLiteral("deno-1.26"));
        QCOMPARE(compare->profile(CompareWindow::Bottom), QStringLiteral("deno-2.9"));
        QVERIFY(finished.wait(20000));
        compare->setProfiles(QStringLiteral("deno-2.7"), QStringLiteral("deno-2.8"));
        finished.clear();
        suggested->trigger();
        QCOMPARE(compare->profile(CompareWindow::Top), QStringLiteral("deno-1.26"));
        QVERIFY(finished.wait(20000));

        // Editing the line away takes the offer away.
        window.editor()->setPlainText(QString::fromLatin1(kScript));
        QVERIFY(window.suggestedComparison().isEmpty());
        QVERIFY(!suggested->isVisible());
    }

    // A bundled example that names two profiles offers the comparison in its explanation. (Until
    // one does, a bundled example's text with such a line, opened from disk under its name.)
    void exampleOffersItsComparison()
    {
        QString withLine;
        for (const Example &e : Examples::all())
            if (Examples::compareProfiles(Examples::source(e.file)).size() == 2)
                withLine = e.file;
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QTemporaryDir dir;
        if (withLine.isEmpty()) {
            qInfo("no bundled example has a \"// loopscope-compare:\" line yet: one opened from disk");
            withLine = QStringLiteral("threadsafe-microtask.js");
            const QString path = writeScript(dir, withLine,
                                             "// loopscope-compare: deno-1.26 deno-2.9\n"
                                                 + Examples::source(withLine).toUtf8());
            QVERIFY(window.openScript(path));
        } else {
            QVERIFY(window.openExample(withLine));
        }
        const QStringList names = Examples::compareProfiles(window.runOptions().source);
        QCOMPARE(names.size(), 2);
        QCOMPARE(window.suggestedComparison(), names);
        QTextBrowser *explanation = nullptr;
        for (QTextBrowser *b : window.findChildren<QTextBrowser *>())
            if (b->toHtml().contains(QStringLiteral("loopscope:compare")))
                explanation = b;
        QVERIFY(explanation);
        QVERIFY(explanation->toPlainText().contains(QStringLiteral("Compare %1 with %2").arg(names[0], names[1])));
        QTest::qWait(200);
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/profile-example.png")));
        CompareWindow *compare = window.compareWindow();
        compare->resize(1400, 900);
        QSignalSpy finished(compare, &CompareWindow::finished);
        Q_EMIT explanation->anchorClicked(QUrl(QStringLiteral("loopscope:compare")));
        QCOMPARE(compare->profile(CompareWindow::Top), names[0]);
        QCOMPARE(compare->profile(CompareWindow::Bottom), names[1]);
        QVERIFY(finished.wait(30000));
        QTest::qWait(300); // the plots lay themselves out
        compare->resize(1400, std::max(900, compare->heightForContent())); // nothing scrolled away
        QTest::qWait(300);
        QVERIFY(compare->grab().save(screenshotDir() + QStringLiteral("/compare-example.png")));
    }

    // The app, headless: --compare A,B renders the comparison window; --profile applies to the
    // run of --screenshot; bad names exit 2.
    void headless()
    {
        QTemporaryDir dir;
        const QString script = writeScript(dir, QStringLiteral("timers.js"), kScript);
        auto app = [](const QStringList &args, QByteArray *err = nullptr) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(LOOPSCOPE_APP), args);
            if (!p.waitForFinished(60000)) {
                p.kill();
                p.waitForFinished();
                return -1;
            }
            if (err)
                *err = p.readAllStandardError();
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        const QString shot = screenshotDir() + QStringLiteral("/compare-headless.png");
        QFile::remove(shot);
        QByteArray err;
        QCOMPARE(app({QStringLiteral("--screenshot"), shot, QStringLiteral("--compare"), QStringLiteral("deno-1.26,deno-2.9"),
                      script},
                     &err),
                 0);
        QImage image(shot);
        QVERIFY2(!image.isNull(), err.constData());
        // 1400 × 900, or taller when the two timelines need more (their plots have a minimum height).
        QCOMPARE(image.width(), 1400);
        QVERIFY2(image.height() >= 900 && image.height() < 1100, qPrintable(QString::number(image.height())));

        const QString single = dir.filePath(QStringLiteral("single.png"));
        const QString trace = dir.filePath(QStringLiteral("single.lstrace"));
        QCOMPARE(app({QStringLiteral("--screenshot"), single, QStringLiteral("--profile"), QStringLiteral("deno-1.34"),
                      QStringLiteral("--save-trace"), trace, script}),
                 0);
        trace::TraceData data;
        QString error;
        QVERIFY2(trace::readTrace(trace, &data, &error), qPrintable(error));
        QCOMPARE(data.meta[QLatin1String(trace::metakey::profile)], QStringLiteral("deno-1.34"));

        QCOMPARE(app({QStringLiteral("--screenshot"), single, QStringLiteral("--profile"), QStringLiteral("deno-0.9"), script}, &err), 2);
        QVERIFY2(err.contains("unknown profile \"deno-0.9\""), err.constData());
        QCOMPARE(app({QStringLiteral("--screenshot"), single, QStringLiteral("--compare"), QStringLiteral("deno-1.26"), script}, &err), 2);
        QVERIFY2(err.contains("two profiles"), err.constData());
        QCOMPARE(app({QStringLiteral("--screenshot"), single, QStringLiteral("--compare"), QStringLiteral("deno-1.26,nope"), script}, &err), 2);
        QVERIFY2(err.contains("unknown profile \"nope\""), err.constData());
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
