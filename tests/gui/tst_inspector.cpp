// The inspector, offscreen, on a recorded run of threadsafe-microtask.js: the replayed state at
// chosen events (the queue drained and the native thread running again when its first call is
// released; the thread-safe callback on the stack, run in phase 2a), a synthetic deno-1.26 spin
// (the loop spinning, the engine's CPU sample, the sampler thread not listed), and a click on a
// cause selecting that event. Saves screenshots (build/<preset>/screenshots) to look at.
#include "recording.h"
#include "inspector.h"
#include "tracesession.h"

#include "runtime/run.h"
#include "trace/synthetic.h"
#include "trace/tracefile.h"

#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QTemporaryDir>
#include <QtGui/QTextBlock>
#include <QtGui/QTextDocument>
#include <QtTest/QtTest>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTextBrowser>

using namespace loopscope;
using loopscope::test::examplePath;
using loopscope::test::recordRun;
using loopscope::test::screenshotDir;
using namespace loopscope::trace;
using namespace loopscope::ui;

namespace {

std::size_t firstOf(const TraceData &d, Kind kind, std::int64_t value = -1)
{
    for (std::size_t i = 0; i < d.events.size(); ++i)
        if (d.events[i].kind == kind && (value < 0 || d.events[i].value == value))
            return i;
    return d.events.size();
}

bool anyContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString &l) { return l.contains(text); });
}

// Where the link to `event` is drawn in the browser's viewport (scrolled into view), or (-1,-1).
QPoint linkPosition(QTextBrowser *browser, std::size_t event)
{
    const QString href = QStringLiteral("event:%1").arg(event);
    QTextDocument *doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position() + std::min(3, fragment.length() / 2));
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QRect r = browser->cursorRect(cursor);
            return QPoint(r.left() - 1, r.center().y());
        }
    }
    return {-1, -1};
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LOOPSCOPE_DEMO_LIB", QByteArray(LOOPSCOPE_DEMO_LIB));
        m_data = recordRun(examplePath("threadsafe-microtask"));
        QVERIFY(m_data.complete);
    }

    void emptyWithoutSelection()
    {
        TraceSession session;
        Inspector inspector(&session);
        QCOMPARE(inspector.shownEvent(), TraceSession::npos);
        QVERIFY(inspector.browser()->toPlainText().contains(u"Select an event"));
        session.setData(m_data);
        session.select(3);
        QCOMPARE(inspector.shownEvent(), std::size_t(3));
        session.clear();
        QCOMPARE(inspector.shownEvent(), TraceSession::npos);
    }

    // The seed's promise: when the native thread gets its first call's result, the microtask the
    // callback queued has run, and the thread goes on.
    void releasedCallShowsDrainedQueue()
    {
        TraceSession session;
        Inspector inspector(&session);
        inspector.resize(350, 800);
        inspector.show();
        session.setData(m_data);
        const std::size_t released = firstOf(m_data, Kind::ForeignCallReleased);
        QVERIFY(released < m_data.events.size());
        session.select(released);
        QCOMPARE(inspector.shownEvent(), released);
        QVERIFY(inspector.sectionLines(Inspector::Microtasks).isEmpty());
        const QStringList threads = inspector.sectionLines(Inspector::Threads);
        QVERIFY2(anyContains(threads, QStringLiteral("thread 2: running")), qPrintable(threads.join(u'\n')));
        QVERIFY(inspector.sectionLines(Inspector::Inbox).isEmpty());
        QVERIFY(anyContains(inspector.sectionLines(Inspector::Why), QStringLiteral("checkpoint")));
        // demo_threads_join is still in flight, and the callback is ref'ed.
        QVERIFY(anyContains(inspector.sectionLines(Inspector::Nonblocking), QStringLiteral("demo_threads_join")));
        QVERIFY(anyContains(inspector.sectionLines(Inspector::Refcounts), QStringLiteral("keeps the loop alive")));
        QVERIFY(!inspector.sectionLines(Inspector::Alive).isEmpty());
        QVERIFY(inspector.grab().save(screenshotDir() + QStringLiteral("/inspector-released.png")));
    }

    void threadSafeCallbackOnTheStack()
    {
        TraceSession session;
        Inspector inspector(&session);
        inspector.resize(350, 800);
        inspector.show();
        session.setData(m_data);
        const std::size_t start = firstOf(m_data, Kind::CallbackStart, int(CallbackKind::ThreadSafe));
        QVERIFY(start < m_data.events.size());
        session.select(start);
        const QStringList stack = inspector.sectionLines(Inspector::Stack);
        QVERIFY2(!stack.isEmpty() && stack.last().startsWith(u"callback #") && stack.last().contains(u"(thread-safe)"),
                 qPrintable(stack.join(u'\n')));
        const QStringList why = inspector.sectionLines(Inspector::Why);
        QVERIFY2(anyContains(why, QStringLiteral("phase 2a")), qPrintable(why.join(u'\n')));
        // The native thread waits for this very callback.
        QVERIFY(anyContains(inspector.sectionLines(Inspector::Threads), QStringLiteral("thread 2: blocked in callback #")));
        QVERIFY(anyContains(inspector.sectionLines(Inspector::Inbox), QStringLiteral("running")));
        QVERIFY(anyContains(inspector.sectionLines(Inspector::Loop), QStringLiteral("foreign calls (2a)")));
        QCoreApplication::processEvents();
        QVERIFY(inspector.grab().save(screenshotDir() + QStringLiteral("/inspector.png")));
    }

    // loopscope's own "cpu sampler" thread is no thread of the run: not listed. The loop section
    // says what the loop does (spinning, with why) and the engine's last CPU sample.
    void samplerHiddenLoopAndCpuShown()
    {
        const TraceData data = spinningTrace();
        TraceSession session;
        Inspector inspector(&session);
        session.setData(data);
        const auto isSpin = [](const Event &e) { return e.kind == Kind::Idle && e.value == kIdleSpin; };
        const auto spin = std::size_t(std::find_if(data.events.begin(), data.events.end(), isSpin) - data.events.begin());
        QVERIFY(spin < data.events.size());
        // Some way into the spin: samples near 100 %.
        std::size_t during = spin;
        while (during + 1 < data.events.size()
               && !(data.events[during].kind == Kind::CpuUsage && data.events[during].t > data.events[spin].t + 100'000'000))
            ++during;
        QCOMPARE(data.events[during].kind, Kind::CpuUsage);
        session.select(during);
        const QStringList threads = inspector.sectionLines(Inspector::Threads);
        QCOMPARE(threads.size(), 2);
        QVERIFY2(!anyContains(threads, QStringLiteral("cpu sampler")), qPrintable(threads.join(u'\n')));
        QVERIFY(inspector.browser()->toPlainText().contains(QStringLiteral("Threads (2)")));
        const QStringList loop = inspector.sectionLines(Inspector::Loop);
        QVERIFY2(anyContains(loop, Replay::spinText()), qPrintable(loop.join(u'\n')));
        const QString cpu = QStringLiteral("CPU use of main: %1 %").arg(double(data.events[during].value) / 10.0, 0, 'f', 1);
        QVERIFY2(anyContains(loop, cpu), qPrintable(loop.join(u'\n')));
        QVERIFY(data.events[during].value >= 990);

        // Before the first sample: not sampled yet; at the end: the run has ended.
        session.select(0);
        QVERIFY2(anyContains(inspector.sectionLines(Inspector::Loop), QStringLiteral("CPU use of main: not sampled yet")),
                 qPrintable(inspector.sectionLines(Inspector::Loop).join(u'\n')));
        session.select(data.events.size() - 1);
        QVERIFY(anyContains(inspector.sectionLines(Inspector::Loop), QStringLiteral("the run has ended")));

        // A recorded run has its sampler too (unless sampling is off): never listed.
        session.setData(m_data);
        session.select(m_data.events.size() / 2);
        for (const ThreadInfo &t : m_data.threads)
            if (!isShownThread(t.kind))
                QVERIFY(!anyContains(inspector.sectionLines(Inspector::Threads), t.name + u':'));
    }

    void clickingACauseSelectsIt()
    {
        TraceSession session;
        Inspector inspector(&session);
        inspector.resize(350, 800);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        session.setData(m_data);
        const std::size_t start = firstOf(m_data, Kind::CallbackStart, int(CallbackKind::ThreadSafe));
        session.select(start);
        const std::vector<std::size_t> causes = inspector.linkedEvents(Inspector::Why);
        QVERIFY(!causes.empty());
        const std::size_t cause = causes.front();
        QVERIFY(cause < start);
        const QPoint at = linkPosition(inspector.browser(), cause);
        QVERIFY(at.x() >= 0);
        QWidget *viewport = inspector.browser()->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
        QTRY_COMPARE(session.selected(), cause);
        QCOMPARE(inspector.shownEvent(), cause);
        // The cause of a thread-safe call is the native thread queueing it.
        QCOMPARE(m_data.events[cause].kind, Kind::ForeignCallQueued);
    }

private:
    TraceData m_data;
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
