// The Chrome (Perfetto) and CSV exports and the text summary, on a small hand-made trace whose
// slices, flows, counters and longest waits are known, and on a synthetic deno-1.26 run (a 1 s
// spin with the engine's CPU samples) and a hang diagnostic.
#include "trace/export.h"
#include "trace/summary.h"
#include "trace/synthetic.h"
#include "trace/tracefile.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <map>
#include <set>

using namespace loopscope::trace;

namespace {

constexpr std::uint32_t kCallback = 7;

// Strings of the hand-made trace.
enum Str : std::uint32_t { None, Url, Symbol, Hello, DeadlockText, Comma };

struct E {
    std::int64_t t;
    Kind kind;
    std::uint16_t thread = 0;
    std::uint32_t id = 0;
    std::uint32_t id2 = 0;
    std::int64_t value = 0;
    std::uint64_t flow = 0; // ~0: its own seq
    std::uint32_t str = 0;
};

// A run with a sync FFI call and its callback, two microtasks drained in 600 ns, an idle loop
// woken by a thread-safe call from "worker" that blocks it 5.5 µs, an empty 3 µs checkpoint,
// a deadlock diagnostic, and a second foreign call and an interrupt callback cut off by the end
// of the trace (it was killed: no run_end).
TraceData handMade()
{
    constexpr std::uint64_t own = ~std::uint64_t(0);
    const std::vector<E> events = {
        {1001, Kind::RunStart, 0, 0, 0, 0, 0, Url},                                            // 1
        {1003, Kind::ScriptEvalStart, 0, 0, 0, 0, 0, Url},                                     // 2
        {2500, Kind::CallbackCreated, 0, kCallback},                                           // 3
        {2600, Kind::Ref, 0, kCallback, 0, 1},                                                 // 4
        {3003, Kind::NativeCallStart, 0, 1, 0, 0, own, Symbol},                                // 5
        {3500, Kind::CallbackStart, 0, kCallback, 0, int(CallbackKind::Sync), 5},              // 6
        {3900, Kind::CallbackEnd, 0, kCallback, 0, int(CallbackKind::Sync), 5},                // 7
        {4004, Kind::NativeCallEnd, 0, 1, 0, 3, 5},                                            // 8
        {4100, Kind::MicrotaskEnqueued, 0, 1, 0, int(MicrotaskSource::QueueMicrotask), own},   // 9
        {4200, Kind::ConsoleOutput, 0, 0, 0, 0, 0, Hello},                                     // 10
        {5000, Kind::ScriptEvalEnd},                                                           // 11
        {5100, Kind::CheckpointStart, 0, 0, 0, 1},                                             // 12
        {5200, Kind::MicrotaskRunStart, 0, 1, 0, 0, 9},                                        // 13
        {5300, Kind::MicrotaskEnqueued, 0, 2, 5, int(MicrotaskSource::PromiseReaction), own},  // 14
        {5400, Kind::MicrotaskRunEnd, 0, 1, 0, 0, 9},                                          // 15
        {5500, Kind::MicrotaskRunStart, 0, 2, 0, 0, 14},                                       // 16
        {5600, Kind::MicrotaskRunEnd, 0, 2, 0, 0, 14},                                         // 17
        {5700, Kind::CheckpointEnd, 0, 0, 0, 2},                                               // 18
        {6000, Kind::Idle, 0, 0, 0, -1},                                                       // 19
        {10000, Kind::ForeignCallQueued, 1, 1, kCallback, 0, own},                             // 20
        {10500, Kind::Wake, 0, 0, 0, int(WakeCause::ForeignCall), 20},                         // 21
        {11000, Kind::LoopPhase, 0, 0, 0, int(Phase::IterationStart)},                         // 22
        {11100, Kind::LoopPhase, 0, 0, 0, int(Phase::ForeignCalls)},                           // 23
        {11200, Kind::ForeignCallInvoked, 0, 1, kCallback, 0, 20},                             // 24
        {11300, Kind::CallbackStart, 0, kCallback, 1, int(CallbackKind::ThreadSafe), 20},      // 25
        {12300, Kind::CallbackEnd, 0, kCallback, 1, int(CallbackKind::ThreadSafe), 20},        // 26
        {12400, Kind::CheckpointStart},                                                        // 27
        {15400, Kind::CheckpointEnd},                                                          // 28
        {15500, Kind::ForeignCallReleased, 0, 1, kCallback, 0, 20},                            // 29
        {16000, Kind::LoopPhase, 0, 0, 0, int(Phase::IterationEnd)},                           // 30
        {16500, Kind::Diagnostic, 0, kCallback, 0, int(DiagnosticKind::Deadlock), 0, DeadlockText}, // 31
        {17000, Kind::Unref, 0, kCallback, 0, 0},                                              // 32
        {18000, Kind::ForeignCallQueued, 1, 2, kCallback, 0, own},                             // 33
        {19000, Kind::CallbackStart, 0, kCallback, 0, int(CallbackKind::Interrupt)},           // 34
        {20000, Kind::ConsoleOutput, 0, 0, 0, 1, 0, Comma},                                    // 35
    };
    TraceData d;
    d.formatVersion = kFormatVersion;
    d.complete = false;
    d.meta = {{QStringLiteral("profile"), QStringLiteral("test")},
              {QStringLiteral("script_path"), QStringLiteral("/tmp/x.js")},
              {QStringLiteral("script_text"), QStringLiteral("console.log(1)")}};
    d.threads = {{0, ThreadKind::Engine, QStringLiteral("main"), 100},
                 {1, ThreadKind::Native, QStringLiteral("worker"), 101},
                 {2, ThreadKind::Pool, QStringLiteral("pool"), 102}};
    d.callbacks = {{kCallback, QStringLiteral("{\"parameters\":[],\"result\":\"void\"}"), QStringLiteral("onData")}};
    d.strings = {QString(), QStringLiteral("file:///tmp/x.js"), QStringLiteral("add"),
                 QStringLiteral("hello, \"world\"\nline2"), QStringLiteral("t1 waits for onData"),
                 QStringLiteral("x,y")};
    std::uint64_t seq = 0;
    for (const E &e : events) {
        Event ev;
        ev.seq = ++seq;
        ev.t = e.t;
        ev.kind = e.kind;
        ev.thread = e.thread;
        ev.id = e.id;
        ev.id2 = e.id2;
        ev.value = e.value;
        ev.flow = e.flow == own ? ev.seq : e.flow;
        ev.str = e.str;
        d.events.push_back(ev);
    }
    return d;
}

// As Perfetto reads a JSON timestamp: µs as a double, times 1000, truncated.
std::int64_t perfettoNs(const QJsonValue &v)
{
    return static_cast<std::int64_t>(v.toDouble() * 1000.0);
}

QJsonArray chromeEvents(const TraceData &data, ExportStats *stats = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!exportChrome(data, &buffer, &error, stats)) {
        qWarning() << error;
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qWarning() << parseError.errorString() << parseError.offset;
        return {};
    }
    if (doc.object().value(QLatin1String("displayTimeUnit")).toString() != QLatin1String("ns"))
        return {};
    return doc.object().value(QLatin1String("traceEvents")).toArray();
}

// Minimal RFC 4180 reader: records of fields.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            any = true;
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any)
        rows << (row << field);
    return rows;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chromeParsesWithThreadNames()
    {
        const QJsonArray events = chromeEvents(handMade());
        QVERIFY(!events.isEmpty());
        std::map<int, QString> names;
        std::map<int, int> sortIndex;
        for (const QJsonValue &v : events) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QLatin1String("pid")).toInt(), 1);
            if (o.value(QLatin1String("ph")).toString() != QLatin1String("M"))
                continue;
            const int tid = o.value(QLatin1String("tid")).toInt();
            const QJsonObject args = o.value(QLatin1String("args")).toObject();
            if (o.value(QLatin1String("name")).toString() == QLatin1String("thread_name"))
                names[tid] = args.value(QLatin1String("name")).toString();
            if (o.value(QLatin1String("name")).toString() == QLatin1String("thread_sort_index"))
                sortIndex[tid] = args.value(QLatin1String("sort_index")).toInt();
        }
        // tid = thread index + 1; every thread of the trace is named, the engine sorted first.
        QCOMPARE(names[1], QStringLiteral("main"));
        QCOMPARE(names[2], QStringLiteral("worker"));
        QCOMPARE(names[3], QStringLiteral("pool"));
        QVERIFY(sortIndex[1] < sortIndex[2]);
        QVERIFY(sortIndex[1] < sortIndex[3]);
    }

    void chromeSlices()
    {
        ExportStats stats;
        const QJsonArray events = chromeEvents(handMade(), &stats);
        QVERIFY(!events.isEmpty());
        // name -> (tid, ts ns, dur ns), the ns as Perfetto reads them.
        std::multimap<QString, std::tuple<int, std::int64_t, std::int64_t>> slices;
        for (const QJsonValue &v : events) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("ph")).toString() != QLatin1String("X"))
                continue;
            slices.emplace(o.value(QLatin1String("name")).toString(),
                           std::make_tuple(o.value(QLatin1String("tid")).toInt(), perfettoNs(o.value(QLatin1String("ts"))),
                                           perfettoNs(o.value(QLatin1String("dur")))));
        }
        using T = std::tuple<int, std::int64_t, std::int64_t>;
        auto one = [&slices](const char *name) -> T {
            const auto range = slices.equal_range(QString::fromUtf8(name));
            if (std::distance(range.first, range.second) != 1)
                return {-1, -1, -1};
            return range.first->second;
        };
        // 1003 ns and 1001 ns are numbers that Perfetto's double * 1000 would read as 1 ns less,
        // had the export not written them with a fourth decimal.
        QCOMPARE(one("evaluate x.js"), T(1, 1003, 3997));
        QCOMPARE(one("add"), T(1, 3003, 1001));
        QCOMPARE(one("onData (sync)"), T(1, 3500, 400));
        QCOMPARE(one("microtask (queue_microtask)"), T(1, 5200, 200));
        QCOMPARE(one("microtask (promise_reaction)"), T(1, 5500, 100));
        QCOMPARE(one("idle"), T(1, 6000, 4500)); // until the wake
        QCOMPARE(one("iteration 0"), T(1, 11000, 5000));
        QCOMPARE(one("iteration_start"), T(1, 11000, 100));
        QCOMPARE(one("foreign_calls"), T(1, 11100, 4900));
        QCOMPARE(one("onData (threadsafe)"), T(1, 11300, 1000));
        // Unfinished: the run was cut off; they end at the trace's last time (20 µs).
        QCOMPARE(one("onData (interrupt)"), T(1, 19000, 1000));
        QCOMPARE(slices.count(QStringLiteral("microtask checkpoint")), std::size_t(2));
        QCOMPARE(slices.count(QStringLiteral("blocked: onData")), std::size_t(2));
        std::set<T> blocked, checkpoints;
        for (auto [it, end] = slices.equal_range(QStringLiteral("blocked: onData")); it != end; ++it)
            blocked.insert(it->second);
        for (auto [it, end] = slices.equal_range(QStringLiteral("microtask checkpoint")); it != end; ++it)
            checkpoints.insert(it->second);
        // The native thread's blocked spans: queued -> released, and queued -> the end.
        QCOMPARE(blocked, (std::set<T>{{2, 10000, 5500}, {2, 18000, 2000}}));
        QCOMPARE(checkpoints, (std::set<T>{{1, 5100, 600}, {1, 12400, 3000}}));
        QCOMPARE(stats.slices, std::size_t(15));
        QCOMPARE(slices.size(), std::size_t(15));
    }

    void chromeInstantsAndCounters()
    {
        ExportStats stats;
        const QJsonArray events = chromeEvents(handMade(), &stats);
        QVERIFY(!events.isEmpty());
        QStringList instants;
        std::map<QString, std::vector<double>> counters;
        QString consoleText, wakeCause;
        for (const QJsonValue &v : events) {
            const QJsonObject o = v.toObject();
            const QString ph = o.value(QLatin1String("ph")).toString();
            const QString name = o.value(QLatin1String("name")).toString();
            const QJsonObject args = o.value(QLatin1String("args")).toObject();
            if (ph == QLatin1String("i")) {
                QCOMPARE(o.value(QLatin1String("s")).toString(), QStringLiteral("t"));
                instants << name;
                if (o.value(QLatin1String("cat")).toString() == QLatin1String("console") && consoleText.isEmpty())
                    consoleText = args.value(QLatin1String("text")).toString();
                if (name.startsWith(QLatin1String("wake")))
                    wakeCause = args.value(QLatin1String("cause")).toString();
            } else if (ph == QLatin1String("C")) {
                QCOMPARE(args.size(), 1);
                counters[name].push_back(args.begin().value().toDouble());
            }
        }
        QCOMPARE(instants.size(), 11);
        QCOMPARE(stats.instants, std::size_t(11));
        QVERIFY(instants.contains(QStringLiteral("ref onData -> 1")));
        QVERIFY(instants.contains(QStringLiteral("unref onData -> 0")));
        QVERIFY(instants.contains(QStringLiteral("run start")));
        QVERIFY(instants.contains(QStringLiteral("deadlock: t1 waits for onData")));
        QCOMPARE(consoleText, QStringLiteral("hello, \"world\"\nline2"));
        QCOMPARE(wakeCause, QStringLiteral("foreign_call"));

        QCOMPARE(counters[QStringLiteral("refcount onData (callback 7)")], (std::vector<double>{1, 0}));
        QCOMPARE(counters[QStringLiteral("microtask queue")], (std::vector<double>{1, 0, 1, 0}));
        QCOMPARE(counters[QStringLiteral("foreign-call inbox")], (std::vector<double>{1, 0, 1}));
        QCOMPARE(counters.size(), std::size_t(3));
        QCOMPARE(stats.counters, std::size_t(9));
    }

    void chromeFlows()
    {
        const TraceData data = handMade();
        const QJsonArray events = chromeEvents(data);
        QVERIFY(!events.isEmpty());
        // (tid, ts) of every slice start and instant: where a flow event must bind.
        std::set<std::pair<int, std::int64_t>> anchors;
        std::map<int, std::pair<int, std::int64_t>> starts, ends;
        for (const QJsonValue &v : events) {
            const QJsonObject o = v.toObject();
            const QString ph = o.value(QLatin1String("ph")).toString();
            const int tid = o.value(QLatin1String("tid")).toInt();
            const std::int64_t ts = perfettoNs(o.value(QLatin1String("ts")));
            if (ph == QLatin1String("X") || ph == QLatin1String("i"))
                anchors.insert({tid, ts});
            if (ph == QLatin1String("s")) {
                QVERIFY(!starts.count(o.value(QLatin1String("id")).toInt()));
                starts[o.value(QLatin1String("id")).toInt()] = {tid, ts};
            }
            if (ph == QLatin1String("f")) {
                QCOMPARE(o.value(QLatin1String("bp")).toString(), QStringLiteral("e"));
                ends[o.value(QLatin1String("id")).toInt()] = {tid, ts};
            }
        }
        // One arrow per cause -> effect where the effect starts a slice or is an instant:
        // 5 -> 6 (sync callback in its call), 9 -> 13 and 14 -> 16 (microtasks), 20 -> 21, 24, 25
        // (the foreign call: wake, invoke, callback). Ends of slices get none.
        using P = std::pair<std::pair<int, std::int64_t>, std::pair<int, std::int64_t>>;
        std::set<P> arrows;
        QCOMPARE(starts.size(), ends.size());
        for (const auto &[id, from] : starts) {
            QVERIFY(ends.count(id));
            arrows.insert({from, ends[id]});
            QVERIFY2(anchors.count(from), "a flow start must sit on a slice start or instant");
            QVERIFY2(anchors.count(ends[id]), "a flow end must sit on a slice start or instant");
        }
        const std::set<P> expected = {
            {{1, 3003}, {1, 3500}}, {{1, 4100}, {1, 5200}}, {{1, 5300}, {1, 5500}},
            {{2, 10000}, {1, 10500}}, {{2, 10000}, {1, 11200}}, {{2, 10000}, {1, 11300}},
        };
        QCOMPARE(arrows, expected);
    }

    // Written in ts order, and each thread's slices nest as Perfetto needs.
    void chromeOrderAndNesting()
    {
        const QJsonArray events = chromeEvents(syntheticTrace({.events = 20'000, .nativeThreads = 3}));
        QVERIFY(!events.isEmpty());
        std::int64_t last = -1;
        std::map<int, std::vector<std::int64_t>> open; // tid -> ends
        int slices = 0, flows = 0;
        for (const QJsonValue &v : events) {
            const QJsonObject o = v.toObject();
            const QString ph = o.value(QLatin1String("ph")).toString();
            if (ph == QLatin1String("M"))
                continue;
            const std::int64_t ts = perfettoNs(o.value(QLatin1String("ts")));
            QVERIFY(ts >= last);
            last = ts;
            if (ph == QLatin1String("X")) {
                ++slices;
                const std::int64_t end = ts + perfettoNs(o.value(QLatin1String("dur")));
                auto &stack = open[o.value(QLatin1String("tid")).toInt()];
                while (!stack.empty() && stack.back() <= ts)
                    stack.pop_back();
                if (!stack.empty() && end > stack.back())
                    QFAIL(qPrintable(QStringLiteral("%1 at %2 ns overlaps its parent").arg(o.value(QLatin1String("name")).toString()).arg(ts)));
                stack.push_back(end);
            }
            flows += ph == QLatin1String("f");
        }
        QVERIFY(slices > 1000);
        QVERIFY(flows > 100);
    }

    void chromeToFile()
    {
        QTemporaryDir dir;
        const QString trace = dir.filePath(QStringLiteral("run.lstrace"));
        QString error;
        QVERIFY2(writeTrace(trace, handMade(), &error), qPrintable(error));
        TraceData back;
        QVERIFY2(readTrace(trace, &back, &error), qPrintable(error));
        const QString json = dir.filePath(QStringLiteral("run.json"));
        QVERIFY2(exportChrome(back, json, &error), qPrintable(error));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(file.readAll()).isObject());
        QVERIFY(!exportChrome(back, dir.filePath(QStringLiteral("missing/dir/run.json")), &error));
        QVERIFY2(error.contains(QLatin1String("missing/dir/run.json")), qPrintable(error));
    }

    void csv()
    {
        const TraceData data = handMade();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        ExportStats stats;
        QVERIFY2(exportCsv(data, &buffer, &error, &stats), qPrintable(error));
        const QList<QStringList> rows = parseCsv(buffer.data());
        QCOMPARE(rows.size(), qsizetype(data.events.size() + 1));
        QCOMPARE(stats.records, data.events.size());
        QCOMPARE(rows[0].join(u','), QStringLiteral("seq,t_ns,thread,thread_name,kind,id,id2,value,value_name,flow,text"));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 11);
        // The console line with a comma, quotes and a newline, quoted and doubled.
        QCOMPARE(rows[10], (QStringList{QStringLiteral("10"), QStringLiteral("4200"), QStringLiteral("0"), QStringLiteral("main"),
                                        QStringLiteral("console_output"), QStringLiteral("0"), QStringLiteral("0"),
                                        QStringLiteral("0"), QStringLiteral("stdout"), QStringLiteral("0"),
                                        QStringLiteral("hello, \"world\"\nline2")}));
        QVERIFY(buffer.data().contains("\"hello, \"\"world\"\"\nline2\""));
        QVERIFY(buffer.data().contains(",stderr,0,\"x,y\"\n"));
        QCOMPARE(rows[20][3], QStringLiteral("worker"));
        QCOMPARE(rows[20][4], QStringLiteral("foreign_call_queued"));
        QCOMPARE(rows[20][9], QStringLiteral("20"));
        QCOMPARE(rows[21][8], QStringLiteral("foreign_call"));
        QCOMPARE(csvField(QStringLiteral("plain")), QByteArray("plain"));
        QCOMPARE(csvField(QStringLiteral("a\"b")), QByteArray("\"a\"\"b\""));
        QCOMPARE(csvField(QStringLiteral("a\rb")), QByteArray("\"a\rb\""));
    }

    void summary()
    {
        const TraceData data = handMade();
        const SummaryFacts f = summaryFacts(data);
        QCOMPARE(f.longestDrainSeq, std::uint64_t(27));
        QCOMPARE(f.longestDrainNs, std::int64_t(3000));
        QCOMPARE(f.longestDrainJobs, std::int64_t(0));
        QCOMPARE(f.biggestDrainSeq, std::uint64_t(12));
        QCOMPARE(f.biggestDrainNs, std::int64_t(600));
        QCOMPARE(f.biggestDrainJobs, std::int64_t(2));
        QCOMPARE(f.longestBlockedCall, std::uint32_t(1));
        QCOMPARE(f.longestBlockedCallback, kCallback);
        QCOMPARE(f.longestBlockedThread, std::uint16_t(1));
        QCOMPARE(f.longestBlockedNs, std::int64_t(5500));
        QVERIFY(f.longestBlockedReleased);

        const QString text = summarize(data);
        auto has = [&text](const char *needle) {
            if (text.contains(QString::fromUtf8(needle)))
                return true;
            qWarning().noquote() << "missing" << needle << "in\n" << text;
            return false;
        };
        QVERIFY(has("by time  3.000 µs  0 jobs  checkpoint at 0.012 ms on main (seq 27)"));
        QVERIFY(has("by jobs    600 ns  2 jobs  checkpoint at 0.005 ms on main (seq 12)"));
        QVERIFY(has("5.500 µs on worker: foreign call 1 to onData (callback 7)"));
        QVERIFY(has("exit         unknown (the trace ends before the run did)"));
        QVERIFY(has("complete     no"));
        QVERIFY(has("profile      test"));
        QVERIFY(has("deadlock  t1 waits for onData [onData, callback 7]"));
        // Per kind and per thread, callbacks with their runs per kind.
        QVERIFY(has("  callback_start             3\n"));
        QVERIFY(has("  1  worker  native     101      2\n"));
        QVERIFY(has("   7  onData     1           1          1  no\n"));

        // The longest blocked call still blocked at the end of the trace.
        TraceData cut = data;
        cut.events.resize(33); // up to the second queued call
        cut.events.push_back(cut.events.back());
        cut.events.back().seq = 34;
        cut.events.back().t = 40000;
        cut.events.back().kind = Kind::ConsoleOutput;
        cut.events.back().thread = 0;
        const SummaryFacts g = summaryFacts(cut);
        QCOMPARE(g.longestBlockedCall, std::uint32_t(2));
        QCOMPARE(g.longestBlockedNs, std::int64_t(22000));
        QVERIFY(!g.longestBlockedReleased);
        QVERIFY(summarize(cut).contains(QLatin1String("still blocked when the trace ends")));
    }

    void summaryOfACompleteRun()
    {
        TraceData data = handMade();
        data.complete = true;
        data.meta[QStringLiteral("exit_reason")] = QStringLiteral("completed");
        data.meta[QStringLiteral("exit_code")] = QStringLiteral("0");
        const QString text = summarize(data);
        QVERIFY2(text.contains(QLatin1String("exit         completed (exit code 0)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("complete     yes")), qPrintable(text));
        QVERIFY(summarize(TraceData{}).contains(QLatin1String("no microtask checkpoint")));
    }

    // The deno-1.26 spin: a "spin" slice on the engine thread from the idle (-2) to its wake, the
    // CPU samples as an "engine CPU %" counter (0..100, from the start of each interval), and no
    // track for the sampler thread that recorded them.
    void chromeCpuCounterAndSpin()
    {
        const TraceData data = spinningTrace();
        ExportStats stats;
        const QJsonArray events = chromeEvents(data, &stats);
        QVERIFY(!events.isEmpty());
        std::vector<const Event *> samples;
        for (const Event &e : data.events) {
            if (e.kind == Kind::CpuUsage)
                samples.push_back(&e);
        }
        QVERIFY(samples.size() > 40);
        std::map<int, QString> names;
        std::vector<std::pair<std::int64_t, double>> cpu; // ts, percent
        std::vector<QJsonObject> spins;
        int idles = 0;
        std::int64_t last = -1;
        for (const QJsonValue &v : events) {
            const QJsonObject o = v.toObject();
            const QString ph = o.value(QLatin1String("ph")).toString();
            const QString name = o.value(QLatin1String("name")).toString();
            const int tid = o.value(QLatin1String("tid")).toInt();
            QVERIFY2(tid != 3, "the sampler thread gets no track");
            if (ph == QLatin1String("M")) {
                if (name == QLatin1String("thread_name"))
                    names[tid] = o.value(QLatin1String("args")).toObject().value(QLatin1String("name")).toString();
                continue;
            }
            const std::int64_t ts = perfettoNs(o.value(QLatin1String("ts")));
            QVERIFY(ts >= last); // still in ts order, samples moved to their intervals' starts
            last = ts;
            if (ph == QLatin1String("C") && name == QLatin1String("engine CPU %")) {
                const QJsonObject args = o.value(QLatin1String("args")).toObject();
                QCOMPARE(args.size(), 1);
                cpu.emplace_back(ts, args.value(QLatin1String("cpu_percent")).toDouble());
            }
            if (ph == QLatin1String("X") && name == QLatin1String("spin"))
                spins.push_back(o);
            idles += ph == QLatin1String("X") && name == QLatin1String("idle");
        }
        QCOMPARE(names, (std::map<int, QString>{{1, QStringLiteral("main")}, {2, QStringLiteral("worker")}}));
        QCOMPARE(cpu.size(), samples.size());
        QCOMPARE(stats.counters, samples.size() + 4); // and the refcount (1, 0) and inbox (1, 0)
        for (std::size_t i = 0; i < cpu.size(); ++i) {
            QCOMPARE(cpu[i].second, double(samples[i]->value) / 10.0);
            QVERIFY(cpu[i].second >= 0 && cpu[i].second <= 100);
            // Drawn from the start of the interval it measured.
            QCOMPARE(cpu[i].first, samples[i]->t - std::int64_t(samples[i]->id2) * 1000);
        }
        QCOMPARE(cpu.front().first, std::int64_t(0));
        QVERIFY(std::max_element(cpu.begin(), cpu.end(), [](auto &a, auto &b) { return a.second < b.second; })->second >= 99);
        QVERIFY(std::min_element(cpu.begin(), cpu.end(), [](auto &a, auto &b) { return a.second < b.second; })->second <= 1);

        QCOMPARE(spins.size(), std::size_t(1));
        const QJsonObject spin = spins.front();
        QCOMPARE(spin.value(QLatin1String("tid")).toInt(), 1);
        QCOMPARE(perfettoNs(spin.value(QLatin1String("ts"))), std::int64_t(302'000'000));
        QCOMPARE(perfettoNs(spin.value(QLatin1String("dur"))), std::int64_t(1'000'000'000));
        QCOMPARE(spin.value(QLatin1String("args")).toObject().value(QLatin1String("wake")).toString(),
                 QStringLiteral("foreign_call"));
        QCOMPARE(idles, 2); // parked before the spin (for the timer) and after it
    }

    void csvOfCpuAndSpin()
    {
        const TraceData data = spinningTrace({.spinNs = 100'000'000});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(exportCsv(data, &buffer, &error), qPrintable(error));
        int cpu = 0, spin = 0;
        for (const QStringList &row : parseCsv(buffer.data())) {
            QCOMPARE(row.size(), 11);
            if (row[4] == QLatin1String("cpu_usage")) {
                ++cpu;
                QCOMPARE(row[3], QStringLiteral("cpu sampler"));
                QCOMPARE(row[5], QStringLiteral("0")); // the engine thread
            }
            if (row[4] == QLatin1String("idle") && row[8] == QLatin1String("spin")) {
                ++spin;
                QCOMPARE(row[7], QStringLiteral("-2"));
            }
        }
        QVERIFY(cpu > 10);
        QCOMPARE(spin, 1);
    }

    void summaryOfASpin()
    {
        const TraceData data = spinningTrace();
        const SummaryFacts f = summaryFacts(data);
        QCOMPARE(f.cpuThread, std::uint16_t(0));
        QVERIFY(f.cpuSamples > 40);
        QVERIFY2(f.cpuPeakPermille >= 990 && f.cpuPeakPermille <= 1000, qPrintable(QString::number(f.cpuPeakPermille)));
        // A 1 s spin in a 1.36 s run, parked for most of the rest.
        QVERIFY2(f.cpuMeanPermille > 700 && f.cpuMeanPermille < 800, qPrintable(QString::number(f.cpuMeanPermille)));
        QCOMPARE(f.cpuSampledNs, std::int64_t(1'362'000'000));
        QCOMPARE(f.spins, std::size_t(1));
        QCOMPARE(f.spinNs, std::int64_t(1'000'000'000));
        QCOMPARE(f.longestSpinNs, std::int64_t(1'000'000'000));
        QCOMPARE(f.hangs, std::size_t(0));
        const QString text = summarize(data);
        auto has = [&text](const QString &needle) {
            if (text.contains(needle))
                return true;
            qWarning().noquote() << "missing" << needle << "in\n" << text;
            return false;
        };
        QVERIFY(has(QStringLiteral("Engine CPU (main)\n")));
        QVERIFY(has(QStringLiteral("  samples   %1 over 1.362 s\n").arg(f.cpuSamples)));
        QVERIFY(has(QStringLiteral("  peak      %1 % at ").arg(double(f.cpuPeakPermille) / 10, 0, 'f', 1)));
        QVERIFY(has(QStringLiteral("  mean      %1 %\n").arg(double(f.cpuMeanPermille) / 10, 0, 'f', 1)));
        QVERIFY(has(QStringLiteral("  spinning  1.000 s in 1 spin, the longest 1.000 s: a ref'ed callback made the loop "
                                   "re-poll at once (deno-1.26)\n")));
        QVERIFY(has(QStringLiteral("  cpu_usage ")));
        QVERIFY(has(QStringLiteral("  2  cpu sampler  sampler")));

        // Without samples or spins the section says so.
        const QString plain = summarize(handMade());
        QVERIFY2(plain.contains(QLatin1String("Engine CPU (main)\n  samples   none in the trace\n  spinning  never\n")),
                 qPrintable(plain));
        // A spin cut off by the end of the trace lasts until its last time.
        TraceData cut = data;
        const auto wake = std::find_if(cut.events.begin(), cut.events.end(), [](const Event &e) {
            return e.kind == Kind::Wake && e.value == int(WakeCause::ForeignCall);
        });
        const std::int64_t spinStart = std::find_if(cut.events.begin(), cut.events.end(), [](const Event &e) {
            return e.kind == Kind::Idle && e.value == kIdleSpin;
        })->t;
        cut.events.erase(wake, cut.events.end());
        const SummaryFacts g = summaryFacts(cut);
        QCOMPARE(g.spins, std::size_t(1));
        QCOMPARE(g.spinNs, cut.events.back().t - spinStart);
    }

    // deno-1.30: a foreign call that cannot wake the loop. The diagnostic names the callback
    // and the call, and its flow the queued call: the summary says who waited and how long, the
    // Chrome export draws the arrow from the blocked thread's call to it.
    void hangDiagnostic()
    {
        TraceData data = handMade();
        data.strings.push_back(QStringLiteral("worker's call of onData cannot wake the loop"));
        Event hang = data.events.back();
        hang.seq = 36;
        hang.t = 20500;
        hang.kind = Kind::Diagnostic;
        hang.thread = 1;
        hang.value = int(DiagnosticKind::Hang);
        hang.id = kCallback;
        hang.id2 = 2;   // the second foreign call, queued at seq 33 (18 µs) and never released
        hang.flow = 33;
        hang.str = std::uint32_t(data.strings.size() - 1);
        data.events.push_back(hang);

        QCOMPARE(summaryFacts(data).hangs, std::size_t(1));
        const QString text = summarize(data);
        QVERIFY2(text.contains(QStringLiteral("hang      worker's call of onData cannot wake the loop [onData, callback 7] "
                                              "[foreign call 2 from worker: waited 2.500 µs, still waiting when the "
                                              "trace ends]")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("deadlock  t1 waits for onData [onData, callback 7]\n")), qPrintable(text));

        // Released later: how long until then.
        TraceData released = data;
        Event r = released.events.back();
        r.seq = 37;
        r.t = 30000;
        r.kind = Kind::ForeignCallReleased;
        r.thread = 0;
        r.value = 0;
        r.id = 2;
        r.id2 = kCallback;
        r.str = 0;
        released.events.push_back(r);
        QVERIFY2(summarize(released).contains(QStringLiteral("[foreign call 2 from worker: waited 12.000 µs]")),
                 qPrintable(summarize(released)));

        const QJsonArray events = chromeEvents(data);
        QVERIFY(!events.isEmpty());
        bool instant = false, arrowFrom = false, arrowTo = false;
        std::set<int> flowStarts;
        for (const QJsonValue &v : events) {
            const QJsonObject o = v.toObject();
            const QString ph = o.value(QLatin1String("ph")).toString();
            const std::int64_t ts = perfettoNs(o.value(QLatin1String("ts")));
            if (ph == QLatin1String("i") && o.value(QLatin1String("name")).toString().startsWith(QLatin1String("hang: "))) {
                instant = true;
                const QJsonObject args = o.value(QLatin1String("args")).toObject();
                QCOMPARE(args.value(QLatin1String("kind")).toString(), QStringLiteral("hang"));
                QCOMPARE(args.value(QLatin1String("foreign_call")).toInt(), 2);
                QCOMPARE(args.value(QLatin1String("callback")).toInt(), int(kCallback));
                QCOMPARE(o.value(QLatin1String("tid")).toInt(), 2);
            }
            if (ph == QLatin1String("s") && ts == 18000 && o.value(QLatin1String("tid")).toInt() == 2) {
                arrowFrom = true;
                flowStarts.insert(o.value(QLatin1String("id")).toInt());
            }
            if (ph == QLatin1String("f") && ts == 20500 && flowStarts.count(o.value(QLatin1String("id")).toInt()))
                arrowTo = true;
        }
        QVERIFY(instant);
        QVERIFY(arrowFrom && arrowTo);
    }

    void formatDurations()
    {
        QCOMPARE(formatDuration(12), QStringLiteral("12 ns"));
        QCOMPARE(formatDuration(5500), QStringLiteral("5.500 µs"));
        QCOMPARE(formatDuration(9'456'000), QStringLiteral("9.456 ms"));
        QCOMPARE(formatDuration(2'500'000'000), QStringLiteral("2.500 s"));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
