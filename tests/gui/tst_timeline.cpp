// The timeline, offscreen: lanes, spans, markers and counters of a recorded run of a bundled
// example (threadsafe-microtask.js), selection with its cause arrows, clicks, tooltips, zoom by
// API, keys, wheel and drag, image export; a live session growing in batches (a hand-fed
// recorder, and a real run); a synthetic 1 M-event trace with its build and replot times printed;
// a synthetic deno-1.26 run whose loop spins for 1 s (the spinning span and the CPU % plot); a
// time extent beyond the run, a minimum left margin, compact counter plots.
// Saves screenshots (build/<preset>/screenshots/timeline-*.png) to look at.
#include "recording.h"
#include "timeline/timelinestyle.h"
#include "timeline/timelineview.h"
#include "tracesession.h"

#include "runtime/run.h"
#include "trace/recorder.h"
#include "trace/synthetic.h"
#include "trace/tracefile.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

#include "timeline/qcp.h"

#include <thread>

using namespace loopscope;
using loopscope::test::examplePath;
using loopscope::test::recordRun;
using loopscope::test::screenshotDir;
using namespace loopscope::trace;
using namespace loopscope::ui;

namespace {

const TraceData &threadsafeMicrotask()
{
    static const TraceData data = recordRun(examplePath("threadsafe-microtask"));
    return data;
}

std::size_t firstOf(const TraceData &d, Kind kind, std::int64_t value = -1)
{
    for (std::size_t i = 0; i < d.events.size(); ++i) {
        if (d.events[i].kind == kind && (value < 0 || d.events[i].value == value))
            return i;
    }
    return TraceSession::npos;
}

bool hasSpan(const Lane &lane, SpanKind kind)
{
    for (const auto &row : lane.rows) {
        for (const Span &s : row) {
            if (s.kind == kind)
                return true;
        }
    }
    return false;
}

std::vector<QCPItemLine *> arrows(QCustomPlot *plot)
{
    std::vector<QCPItemLine *> out;
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto *line = qobject_cast<QCPItemLine *>(plot->item(i)))
            out.push_back(line);
    }
    return out;
}

void sendMouse(QWidget *w, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, QPointF(pos), QPointF(w->mapToGlobal(pos)), Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &e);
}

double replotMs(QCustomPlot *plot, int times = 5)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < times; ++i)
        plot->replot(QCustomPlot::rpImmediateRefresh);
    return double(timer.nsecsElapsed()) / 1e6 / times;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LOOPSCOPE_DEMO_LIB", QByteArray(LOOPSCOPE_DEMO_LIB));
    }

    void recordedRun()
    {
        const TraceData &data = threadsafeMicrotask();
        TraceSession session;
        TimelineView view(&session);
        view.resize(1400, 760);
        view.show();
        session.setData(data);
        view.plot()->replot();

        // Lanes: the engine first, then the native threads, then the pool, named as recorded.
        QStringList expected;
        for (ThreadKind kind : {ThreadKind::Engine, ThreadKind::Native, ThreadKind::Pool}) {
            for (const ThreadInfo &t : data.threads) {
                if (t.kind == kind)
                    expected << t.name;
            }
        }
        QCOMPARE(view.laneNames(), expected);
        QCOMPARE(view.laneCount(), 3);
        for (int l = 0; l < view.laneCount(); ++l) {
            QVERIFY2(view.itemCount(l) > 0, qPrintable(view.laneNames().at(l)));
            QVERIFY2(view.paintedCount(l) > 0, qPrintable(view.laneNames().at(l)));
        }
        const TimelineModel &model = view.model();
        for (SpanKind k : {SpanKind::Script, SpanKind::NativeCall, SpanKind::ThreadSafeCallback, SpanKind::Checkpoint,
                           SpanKind::Microtask, SpanKind::Idle})
            QVERIFY2(hasSpan(model.lane(0), k), qPrintable(QString::number(int(k))));
        QVERIFY(hasSpan(model.lane(1), SpanKind::Blocked));    // the native thread waits for its callback
        QVERIFY(hasSpan(model.lane(2), SpanKind::Nonblocking)); // demo_threads_join in the pool
        // The blocked span lasts from the queued call to its release, after the microtasks ran.
        const std::size_t queued = firstOf(data, Kind::ForeignCallQueued);
        const std::size_t released = firstOf(data, Kind::ForeignCallReleased);
        const Span &blocked = model.lane(1).rows[0][0];
        QCOMPARE(blocked.kind, SpanKind::Blocked);
        QCOMPARE(std::size_t(blocked.startEvent), queued);
        QCOMPARE(std::size_t(blocked.endEvent), released);
        QVERIFY(model.lane(0).markers[std::size_t(MarkerKind::Ref)].size() >= 1);
        // Every park ends in a wake marker; how often the loop parked depends on the machine's
        // load (a call that arrives while the engine is busy wakes nothing).
        std::size_t idles = 0;
        for (const Event &e : data.events)
            idles += e.kind == Kind::Idle;
        QVERIFY(idles >= 1);
        QCOMPARE(model.lane(0).markers[std::size_t(MarkerKind::Wake)].size(), idles);
        QCOMPARE(model.lane(0).markers[std::size_t(MarkerKind::RunEnd)].size(), std::size_t(1));

        QVERIFY(view.counterPointCount(CounterKind::Refcount) > 0);
        QVERIFY(view.counterPointCount(CounterKind::Microtasks) > 0);
        QVERIFY(view.counterPointCount(CounterKind::Inbox) > 0);
        // The engine samples its CPU use while it records: a plot under the lanes, no lane for
        // the sampler thread.
        QVERIFY(view.isCpuPlotShown());
        QVERIFY(view.counterPointCount(CounterKind::Cpu) > 0);
        QVERIFY(std::any_of(data.threads.begin(), data.threads.end(),
                            [](const ThreadInfo &t) { return t.kind == ThreadKind::Sampler; }));

        // Selecting the first thread-safe callback highlights it and draws its causes.
        const std::size_t callback = firstOf(data, Kind::CallbackStart, int(CallbackKind::ThreadSafe));
        QVERIFY(callback != TraceSession::npos);
        session.select(callback);
        view.plot()->replot();
        QVERIFY(!view.selectedItemRect().isEmpty());
        QVERIFY(view.causeArrowCount() >= 1);
        const std::vector<QCPItemLine *> lines = arrows(view.plot());
        QCOMPARE(int(lines.size()), view.causeArrowCount());
        // The first arrow goes from the call queued on the native thread to the callback.
        const QPointF from = lines[0]->start->pixelPosition(), to = lines[0]->end->pixelPosition();
        QVERIFY((from - QPointF(view.eventPosition(queued))).manhattanLength() < 2);
        QVERIFY((to - QPointF(view.eventPosition(callback))).manhattanLength() < 2);
        QVERIFY(from.y() > to.y()); // native lane below the engine's
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("/timeline-threadsafe-microtask.png")));

        // Zoomed in on the first call: blocked span, callback, checkpoint and microtask readable.
        const double t0 = double(data.events[queued].t) / 1e6, t1 = double(data.events[released].t) / 1e6;
        view.setVisibleRange(t0 - (t1 - t0) * 0.15, t1 + (t1 - t0) * 0.4);
        view.plot()->replot();
        QVERIFY(view.itemCount(1) >= 1);
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("/timeline-threadsafe-zoomed.png")));

        // A click on the blocked span selects the event that opened it; its tooltip says what it is.
        const QPoint blockedPos = view.eventPosition(queued) + QPoint(20, 0);
        QVERIFY(!blockedPos.isNull());
        QCOMPARE(view.eventAt(blockedPos), queued);
        QVERIFY(view.toolTipAt(blockedPos).contains(u"blocked"));
        QTest::mouseClick(view.plot(), Qt::LeftButton, {}, blockedPos);
        QCOMPARE(session.selected(), queued);
        // A click on an empty place clears the selection.
        QTest::mouseClick(view.plot(), Qt::LeftButton, {}, QPoint(blockedPos.x(), view.plot()->height() - 5));
        QCOMPARE(session.selected(), TraceSession::npos);
        QCOMPARE(view.causeArrowCount(), 0);

        // Selecting an event off-screen scrolls it into view.
        const std::size_t end = data.events.size() - 1;
        session.select(end);
        const QCPRange after = view.visibleRange();
        QVERIFY(after.contains(double(data.events[end].t) / 1e6));
    }

    // deno-1.26: a loop that spins instead of parking, drawn as a warm "spinning" span on the
    // engine lane (with its tooltip), and the engine thread's CPU samples as a "CPU %" plot
    // right under the lanes. The sampler thread that recorded them has no lane.
    void spinning()
    {
        const TraceData data = spinningTrace();
        TraceSession session;
        TimelineView view(&session);
        view.resize(1400, 760);
        view.show();
        session.setData(data);
        view.plot()->replot();

        QCOMPARE(view.laneNames(), QStringList({QStringLiteral("main"), QStringLiteral("worker")}));
        QCOMPARE(view.model().laneOfThread(2), -1);
        const std::size_t spin = std::size_t(std::find_if(data.events.begin(), data.events.end(), [](const Event &e) {
                                                 return e.kind == Kind::Idle && e.value == kIdleSpin;
                                             }) - data.events.begin());
        const std::size_t wake = firstOf(data, Kind::Wake, int(WakeCause::ForeignCall));
        QVERIFY(spin < data.events.size() && wake != TraceSession::npos);
        const ItemRef item = view.model().itemForEvent(data, spin);
        QVERIFY(item.isSpan());
        QCOMPARE(item.lane, 0);
        const Span &span = view.model().span(item);
        QCOMPARE(span.kind, SpanKind::Spinning);
        QCOMPARE(std::size_t(span.endEvent), wake);
        QVERIFY(hasSpan(view.model().lane(0), SpanKind::Idle)); // parked before and after: grey
        QVERIFY(TimelineStyle::color(SpanKind::Spinning) != TimelineStyle::color(SpanKind::Idle));

        // One CPU series, of the engine thread, a point per sample (and the carry to the end).
        QVERIFY(view.isCpuPlotShown());
        std::size_t samples = 0;
        for (const Event &e : data.events)
            samples += e.kind == Kind::CpuUsage;
        QCOMPARE(view.counterPointCount(CounterKind::Cpu), int(samples) + 1);
        const auto &series = view.model().counters();
        const auto cpu = std::find_if(series.begin(), series.end(), [](const CounterSeries &s) { return s.kind == CounterKind::Cpu; });
        QVERIFY(cpu != series.end());
        QCOMPARE(cpu->id, 0u);
        QCOMPARE(cpu->t.front(), std::int64_t(0)); // the first sample holds from the start of its interval
        QVERIFY(*std::max_element(cpu->value.begin(), cpu->value.end()) >= 990);

        // The tooltip over the spin says what it is and why.
        const QPoint inside = view.eventPosition(spin) + QPoint(60, 0);
        QCOMPARE(view.eventAt(inside), spin);
        const QString tip = view.toolTipAt(inside);
        QVERIFY2(tip.contains(u"spinning") && tip.contains(u"deno-1.26"), qPrintable(tip));
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("/timeline-spinning.png")));

        // Zoomed in on the wake that ends the spin: the worker's call, the callback.
        const double t = double(data.events[wake].t) / 1e6;
        view.setVisibleRange(t - 30, t + 12);
        view.plot()->replot();
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("/timeline-spinning-wake.png")));

        // Another trace without samples: the CPU plot goes away.
        session.setData(syntheticTrace({.events = 5000}));
        QVERIFY(!view.isCpuPlotShown());
        QCOMPARE(view.counterPointCount(CounterKind::Cpu), 0);
        session.setData(data);
        QVERIFY(view.isCpuPlotShown());
    }

    // A time extent lets the view show more than its run (for a comparison with a longer one):
    // fitAll() shows it, zooming out reaches it; an invalid one is none. Ranges within the
    // bounds are taken exactly; visibleRangeChanged tells each change once.
    void timeExtent()
    {
        const TraceData data = spinningTrace();
        TraceSession session;
        TimelineView view(&session);
        view.resize(1200, 700);
        view.show();
        session.setData(data);
        const double start = double(view.model().startTime()) / 1e6, end = double(view.model().endTime()) / 1e6;
        const double length = end - start;
        QVERIFY(!view.hasTimeExtent());
        QSignalSpy changed(&view, &TimelineView::visibleRangeChanged);
        view.setVisibleRange(-1e7, 1e7);
        QVERIFY(view.visibleRange().size() <= length * 1.3 + 1e-9);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.last().at(0).toDouble(), view.visibleRange().lower);
        QCOMPARE(changed.last().at(1).toDouble(), view.visibleRange().upper);
        view.setVisibleRange(start + 100.25, start + 200.5); // within: exactly as asked
        QCOMPARE(view.visibleRange().lower, start + 100.25);
        QCOMPARE(view.visibleRange().upper, start + 200.5);
        QCOMPARE(changed.size(), 2);
        view.setVisibleRange(start + 100.25, start + 200.5); // no change, nothing told
        QCOMPARE(changed.size(), 2);

        // Ten times the run: zooming out goes that far, and the range set stays.
        view.setTimeExtent(0, 10 * end);
        QVERIFY(view.hasTimeExtent());
        QCOMPARE(view.timeExtent(), QCPRange(0, 10 * end));
        QCOMPARE(view.visibleRange().lower, start + 100.25);
        view.setVisibleRange(-1e7, 1e7);
        QVERIFY(view.visibleRange().size() > length * 5);
        QVERIFY(view.visibleRange().size() <= 10 * end * 1.3 + 1e-9);
        view.setVisibleRange(5 * end, 9 * end); // beyond the run, inside the extent
        QCOMPARE(view.visibleRange().lower, 5 * end);
        QCOMPARE(view.visibleRange().upper, 9 * end);
        view.fitAll();
        QVERIFY(view.visibleRange().lower <= std::min(0.0, start));
        QVERIFY(view.visibleRange().upper >= 10 * end);
        QCOMPARE(changed.last().at(1).toDouble(), view.visibleRange().upper);
        view.plot()->replot();
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("/timeline-extent.png")));

        // Invalid: the run's own bounds again, and the fitted view shrinks to the run.
        for (const auto &[from, to] : {std::pair{5.0, 1.0}, std::pair{3.0, 3.0}, std::pair{qQNaN(), 1.0}}) {
            view.setTimeExtent(0, 10 * end);
            QVERIFY(view.hasTimeExtent());
            view.setTimeExtent(from, to);
            QVERIFY(!view.hasTimeExtent());
            QVERIFY(view.timeExtent().size() == 0);
            QVERIFY2(view.visibleRange().size() <= length * 1.3 + 1e-9, qPrintable(QString::number(view.visibleRange().size())));
        }
        // Set while zoomed in (not fitted), cleared: the range is clamped to the run again.
        view.setTimeExtent(0, 10 * end);
        view.setVisibleRange(5 * end, 9 * end);
        view.clearTimeExtent();
        QVERIFY(view.visibleRange().upper <= end + length * 0.15 + 1e-9);
        QVERIFY(view.visibleRange().size() <= length * 1.3 + 1e-9);
        // A view without a run shows its extent.
        session.clear();
        view.setTimeExtent(10, 50);
        view.fitAll();
        QVERIFY(view.visibleRange().lower <= 10 && view.visibleRange().upper >= 50);
    }

    // A minimum left margin puts the time axis at the same x in views with different lane names;
    // compact counters: the CPU plot and one plot of all counts, the same data in them.
    void leftMarginAndCompactCounters()
    {
        const TraceData data = spinningTrace();
        TraceSession session;
        TimelineView view(&session);
        view.resize(1200, 480);
        view.show();
        session.setData(data);
        const int natural = view.naturalLeftMargin();
        QVERIFY(natural > 20);
        QCOMPARE(view.leftMargin(), natural);
        view.setLeftMargin(natural + 40);
        QCOMPARE(view.leftMargin(), natural + 40);
        QCOMPARE(view.naturalLeftMargin(), natural);
        QCOMPARE(view.leftMargin(), natural + 40);
        view.plot()->replot();
        for (int i = 0; i < view.plot()->axisRectCount(); ++i) {
            QCPAxisRect *rect = view.plot()->axisRect(i);
            if (rect->layout()) // every plot shown begins there
                QCOMPARE(rect->rect().left(), natural + 40);
        }
        view.setLeftMargin(0);
        QCOMPARE(view.leftMargin(), natural);

        QVERIFY(!view.compactCounters());
        QCOMPARE(view.counterPlotCount(), 4);
        const int cpu = view.counterPointCount(CounterKind::Cpu);
        const int refs = view.counterPointCount(CounterKind::Refcount);
        const int inbox = view.counterPointCount(CounterKind::Inbox);
        const int lanesHigh = view.plot()->axisRect(0)->rect().height();
        view.setCompactCounters(true);
        view.plot()->replot();
        QVERIFY(view.compactCounters());
        QCOMPARE(view.counterPlotCount(), 2);
        QVERIFY(view.isCpuPlotShown());
        QCOMPARE(view.counterPointCount(CounterKind::Cpu), cpu);
        QCOMPARE(view.counterPointCount(CounterKind::Refcount), refs);
        QCOMPARE(view.counterPointCount(CounterKind::Inbox), inbox);
        QVERIFY2(view.plot()->axisRect(0)->rect().height() > lanesHigh,
                 qPrintable(QStringLiteral("%1 %2").arg(view.plot()->axisRect(0)->rect().height()).arg(lanesHigh)));
        // The time axis's numbers on the bottom plot, the plots begin where the lanes do.
        QCPAxisRect *bottom = view.plot()->axisRect(view.plot()->axisRectCount() - 1);
        for (int i = 0; i < view.plot()->axisRectCount(); ++i)
            if (view.plot()->axisRect(i)->layout())
                bottom = view.plot()->axisRect(i)->outerRect().top() > bottom->outerRect().top() || !bottom->layout()
                             ? view.plot()->axisRect(i) : bottom;
        QVERIFY(bottom->axis(QCPAxis::atBottom)->tickLabels());
        QVERIFY(!bottom->axis(QCPAxis::atBottom)->label().isEmpty());
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("/timeline-compact.png")));
        // Another trace (no CPU samples): one plot; and back.
        session.setData(syntheticTrace({.events = 5000}));
        QCOMPARE(view.counterPlotCount(), 1);
        session.setData(data);
        QCOMPARE(view.counterPlotCount(), 2);
        view.setCompactCounters(false);
        QCOMPARE(view.counterPlotCount(), 4);
        QCOMPARE(view.counterPointCount(CounterKind::Refcount), refs);
    }

    // More scenarios: an interrupt callback while the loop is idle; eight threads at once.
    void otherExamples_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("lanes");
        QTest::addColumn<int>("spanKind");
        QTest::newRow("interrupt-handler") << QStringLiteral("interrupt-handler") << 1 << int(SpanKind::InterruptCallback);
        QTest::newRow("many-threads") << QStringLiteral("many-threads") << 9 << int(SpanKind::Blocked);
        QTest::newRow("nonblocking-order") << QStringLiteral("nonblocking-order") << 2 << int(SpanKind::Nonblocking);
    }

    void otherExamples()
    {
        QFETCH(QString, name);
        QFETCH(int, lanes);
        QFETCH(int, spanKind);
        const TraceData data = recordRun(examplePath(name.toUtf8().constData()));
        TraceSession session;
        TimelineView view(&session);
        view.resize(1400, 760);
        view.show();
        session.setData(data);
        view.plot()->replot();
        if (lanes > 0)
            QCOMPARE(view.laneCount(), lanes);
        bool found = false;
        for (int l = 0; l < view.laneCount(); ++l) {
            QVERIFY2(view.itemCount(l) > 0, qPrintable(view.laneNames().at(l)));
            found = found || hasSpan(view.model().lane(l), SpanKind(spanKind));
        }
        QVERIFY(found);
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("/timeline-%1.png").arg(name)));
    }

    void navigation()
    {
        TraceSession session;
        TimelineView view(&session);
        view.resize(1200, 600);
        view.show();
        session.setData(threadsafeMicrotask());
        view.plot()->replot();
        const QCPRange all = view.visibleRange();
        QVERIFY(all.size() > 0);
        view.zoomIn();
        QVERIFY(qFuzzyCompare(view.visibleRange().size(), all.size() / 2));
        view.zoomOut();
        QVERIFY(qFuzzyCompare(view.visibleRange().size(), all.size()));
        // Keys: + zooms in, arrows pan, Home goes to the start, F fits everything.
        view.plot()->setFocus();
        QTest::keyClick(view.plot(), Qt::Key_Plus);
        const QCPRange zoomed = view.visibleRange();
        QVERIFY(zoomed.size() < all.size() * 0.6);
        QTest::keyClick(view.plot(), Qt::Key_Right);
        QVERIFY(view.visibleRange().lower > zoomed.lower);
        QTest::keyClick(view.plot(), Qt::Key_Home);
        QVERIFY(view.visibleRange().lower < zoomed.lower);
        QTest::keyClick(view.plot(), Qt::Key_Minus);
        QTest::keyClick(view.plot(), Qt::Key_F);
        QVERIFY(qFuzzyCompare(view.visibleRange().lower, all.lower));
        QVERIFY(qFuzzyCompare(view.visibleRange().upper, all.upper));
        // The wheel zooms around the cursor, in time only.
        const QPoint centre = view.eventPosition(firstOf(threadsafeMicrotask(), Kind::CallbackStart));
        QVERIFY(!centre.isNull());
        QWheelEvent wheel(QPointF(centre), QPointF(view.plot()->mapToGlobal(centre)), QPoint(), QPoint(0, 120 * 3),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.plot(), &wheel);
        QVERIFY(view.visibleRange().size() < all.size() * 0.9);
        QVERIFY(view.visibleRange().contains(view.plot()->axisRect()->axis(QCPAxis::atBottom)->pixelToCoord(centre.x())));
        // A drag pans; it is not a click, so the selection stays as it was.
        const QCPRange beforeDrag = view.visibleRange();
        session.select(3);
        sendMouse(view.plot(), QEvent::MouseButtonPress, centre, Qt::LeftButton);
        sendMouse(view.plot(), QEvent::MouseMove, centre + QPoint(60, 0), Qt::LeftButton);
        sendMouse(view.plot(), QEvent::MouseMove, centre + QPoint(150, 0), Qt::LeftButton);
        sendMouse(view.plot(), QEvent::MouseButtonRelease, centre + QPoint(150, 0), Qt::NoButton);
        QVERIFY(view.visibleRange().lower < beforeDrag.lower);
        QCOMPARE(session.selected(), std::size_t(3));

        // Image export: PNG, SVG, PDF.
        QTemporaryDir dir;
        for (const char *suffix : {"png", "svg", "pdf"}) {
            const QString path = dir.filePath(QStringLiteral("timeline.") + QLatin1StringView(suffix));
            QVERIFY2(view.saveImage(path), suffix);
            QVERIFY2(QFileInfo(path).size() > 1000, suffix);
        }
        QFile svg(dir.filePath(QStringLiteral("timeline.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }

    // A live session fed by hand in two batches: the second adds a native thread and widens the
    // range, which keeps showing everything.
    void liveBatches()
    {
        auto recorder = std::make_shared<Recorder>();
        recorder->registerThread(ThreadKind::Engine, QStringLiteral("engine"));
        TraceSession session;
        TimelineView view(&session);
        view.resize(1000, 500);
        view.show();
        session.attach(recorder, 50);
        QSignalSpy appended(&session, &TraceSession::eventsAppended);
        const std::uint32_t symbol = recorder->intern(QStringLiteral("demo_start"));
        recorder->record(Kind::RunStart);
        recorder->record(Kind::ScriptEvalStart);
        recorder->record(Kind::NativeCallStart, {.id = 1, .str = symbol});
        recorder->record(Kind::NativeCallEnd, {.id = 1});
        recorder->record(Kind::ScriptEvalEnd);
        recorder->record(Kind::Idle, {.value = -1});
        QTRY_VERIFY(appended.count() >= 1);
        QCOMPARE(view.laneCount(), 1);
        const double firstUpper = view.visibleRange().upper;
        QTest::qWait(30);
        std::uint64_t flow = 0;
        std::thread native([&] {
            recorder->registerThread(ThreadKind::Native, QStringLiteral("worker"));
            flow = recorder->record(Kind::ForeignCallQueued, {.id = 1, .id2 = 7, .flow = Recorder::kNewFlow});
        });
        native.join();
        recorder->record(Kind::Wake, {.value = int(WakeCause::ForeignCall), .flow = flow});
        recorder->record(Kind::ForeignCallInvoked, {.id = 1, .id2 = 7, .flow = flow});
        recorder->record(Kind::CallbackStart, {.id = 7, .id2 = 1, .value = int(CallbackKind::ThreadSafe), .flow = flow});
        recorder->record(Kind::CallbackEnd, {.id = 7, .id2 = 1, .value = int(CallbackKind::ThreadSafe), .flow = flow});
        recorder->record(Kind::ForeignCallReleased, {.id = 1, .id2 = 7, .flow = flow});
        QTRY_COMPARE(view.laneCount(), 2);
        QCOMPARE(view.laneNames(), QStringList({QStringLiteral("engine"), QStringLiteral("worker")}));
        QVERIFY(appended.count() >= 2);
        QVERIFY(view.visibleRange().upper > firstUpper);
        QVERIFY(view.visibleRange().contains(double(view.model().endTime()) / 1e6));
        QVERIFY(hasSpan(view.model().lane(1), SpanKind::Blocked));
        QVERIFY(hasSpan(view.model().lane(0), SpanKind::ThreadSafeCallback));
        QCOMPARE(view.counterPointCount(CounterKind::Inbox) > 0, true);
        session.detach();
    }

    // A real run attached live: the view grows while it runs, then holds the whole run.
    void liveRun()
    {
        RunOptions options;
        options.scriptPath = examplePath("threadsafe-microtask");
        options.record = true;
        options.timeoutSeconds = 20;
        Run run(options);
        TraceSession session;
        TimelineView view(&session);
        view.resize(1400, 700);
        view.show();
        QSignalSpy finished(&run, &Run::finished);
        QVERIFY(run.start());
        // The run makes its recorder when it starts; events recorded before this wait in it.
        session.attach(run.recorder(), 50);
        QSignalSpy appended(&session, &TraceSession::eventsAppended);
        QVERIFY(finished.wait(20000));
        run.wait();
        session.detach();
        QVERIFY2(appended.count() >= 2, "the run should arrive in more than one batch");
        QCOMPARE(view.laneCount(), 3);
        view.plot()->replot();
        for (int l = 0; l < view.laneCount(); ++l)
            QVERIFY(view.itemCount(l) > 0);
        QVERIFY(view.visibleRange().contains(double(view.model().endTime()) / 1e6));
        QVERIFY(view.visibleRange().contains(double(view.model().startTime()) / 1e6));
        session.select(firstOf(session.data(), Kind::CallbackStart, int(CallbackKind::ThreadSafe)));
        QVERIFY(view.causeArrowCount() >= 1);
        view.plot()->replot();
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("/timeline-live.png")));
    }

    void syntheticMillion()
    {
        TraceData data = syntheticTrace({});
        QCOMPARE(data.events.size(), std::size_t(1'000'000));
        TraceSession session;
        TimelineView view(&session);
        view.resize(1400, 760);
        view.show();
        QElapsedTimer timer;
        timer.start();
        session.setData(std::move(data));
        const double build = double(timer.nsecsElapsed()) / 1e6;
        const double full = replotMs(view.plot());
        QCOMPARE(view.laneNames(), QStringList({QStringLiteral("main"), QStringLiteral("native 1"),
                                                QStringLiteral("native 2"), QStringLiteral("native 3"),
                                                QStringLiteral("native 4")}));
        int painted = 0;
        for (int l = 0; l < view.laneCount(); ++l) {
            QVERIFY(view.itemCount(l) > 1000);
            QVERIFY(view.paintedCount(l) > 0);
            // Merged below a pixel: a lane paints far fewer items than it holds.
            QVERIFY2(view.paintedCount(l) < view.itemCount(l) / 10, qPrintable(view.laneNames().at(l)));
            painted += view.paintedCount(l);
        }
        QVERIFY(view.counterPointCount(CounterKind::Refcount) > 100);
        QVERIFY(view.counterPointCount(CounterKind::Microtasks) > 10000);
        QVERIFY(view.counterPointCount(CounterKind::Inbox) > 10000);
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("/timeline-synthetic-1m.png")));

        // Zoomed in to 50 µs in the middle of the run.
        const TraceData &d = session.data();
        const std::size_t mid = firstOf(d, Kind::CallbackStart, int(CallbackKind::ThreadSafe));
        std::size_t middle = mid;
        for (std::size_t i = d.events.size() / 2; i < d.events.size(); ++i) {
            if (d.events[i].kind == Kind::CallbackStart && d.events[i].value == int(CallbackKind::ThreadSafe)) {
                middle = i;
                break;
            }
        }
        const double t = double(d.events[middle].t) / 1e6;
        view.setVisibleRange(t - 0.02, t + 0.03);
        const double zoomed = replotMs(view.plot());
        int zoomedItems = 0;
        for (int l = 0; l < view.laneCount(); ++l)
            zoomedItems += view.itemCount(l);
        timer.restart();
        session.select(middle);
        const double select = double(timer.nsecsElapsed()) / 1e6;
        view.plot()->replot();
        QVERIFY(view.causeArrowCount() >= 1);
        QVERIFY(!view.selectedItemRect().isEmpty());
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("/timeline-synthetic-zoomed.png")));
        qInfo("1 M events: build %.0f ms (view %.0f ms), replot all %.1f ms (%d items painted), "
              "replot 50 us %.1f ms (%d items), first selection %.0f ms (builds the replay)",
              build, view.lastBuildMs(), full, painted, zoomed, zoomedItems, select);
        // Generous bounds (shared machines); the figures above are what matters.
        QVERIFY(view.lastBuildMs() < 3000);
        QVERIFY(full < 300);
        QVERIFY(zoomed < 100);
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
