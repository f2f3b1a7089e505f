#include "trace/summary.h"

#include <QtCore/QStringList>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace loopscope::trace {

namespace {

constexpr std::uint32_t kNone = ~std::uint32_t(0);
constexpr int kMaxDiagnostics = 50;

QString meta(const TraceData &data, const char *key)
{
    const auto it = data.meta.find(QLatin1String(key));
    return it == data.meta.end() ? QString() : it->second;
}

QString callbackLabel(const TraceData &data, std::uint32_t id)
{
    const QString label = data.callbackLabel(id);
    return label.isEmpty() ? QStringLiteral("callback %1").arg(id) : label;
}

QString threadName(const TraceData &data, std::uint16_t index)
{
    for (const ThreadInfo &t : data.threads) {
        if (t.index == index && !t.name.isEmpty())
            return t.name;
    }
    return QStringLiteral("thread %1").arg(index);
}

QString plural(std::int64_t n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

// Rows under a header, columns padded to their widest cell; `right` marks numeric columns.
class Table
{
public:
    // `title` on a line of its own, then the rows indented under an optional header.
    Table(QString title, QStringList header, QList<bool> right)
        : m_title(std::move(title)), m_header(std::move(header)), m_right(std::move(right))
    {
    }
    void add(QStringList row) { m_rows.push_back(std::move(row)); }
    QString text(const QString &none = QStringLiteral("none")) const
    {
        const QString indent = QStringLiteral("  ");
        if (m_rows.isEmpty())
            return m_title + u'\n' + indent + none + u'\n';
        qsizetype columns = m_header.size();
        for (const QStringList &row : m_rows)
            columns = std::max(columns, row.size());
        QList<qsizetype> widths(columns, 0);
        auto measure = [&widths](const QStringList &row) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], row[i].size());
        };
        measure(m_header);
        for (const QStringList &row : m_rows)
            measure(row);
        QString out = m_title + u'\n';
        auto line = [&](const QStringList &row) {
            QString l = indent;
            for (qsizetype i = 0; i < widths.size(); ++i) {
                const QString cell = i < row.size() ? row[i] : QString();
                const bool last = i + 1 == widths.size();
                if (i > 0)
                    l += QStringLiteral("  ");
                if (i < m_right.size() && m_right[i])
                    l += cell.rightJustified(widths[i]);
                else
                    l += last ? cell : cell.leftJustified(widths[i]);
            }
            while (l.endsWith(u' '))
                l.chop(1);
            out += l + u'\n';
        };
        if (!m_header.isEmpty())
            line(m_header);
        for (const QStringList &row : m_rows)
            line(row);
        return out;
    }

private:
    QString m_title;
    QStringList m_header;
    QList<bool> m_right;
    QList<QStringList> m_rows;
};

QString at(std::int64_t ns)
{
    return QStringLiteral("%1 ms").arg(double(ns) / 1e6, 0, 'f', 3);
}

} // namespace

QString formatDuration(std::int64_t ns)
{
    const double a = double(ns < 0 ? -ns : ns);
    if (a < 1e3)
        return QStringLiteral("%1 ns").arg(ns);
    if (a < 1e6)
        return QStringLiteral("%1 µs").arg(double(ns) / 1e3, 0, 'f', 3);
    if (a < 1e9)
        return QStringLiteral("%1 ms").arg(double(ns) / 1e6, 0, 'f', 3);
    return QStringLiteral("%1 s").arg(double(ns) / 1e9, 0, 'f', 3);
}

SummaryFacts summaryFacts(const TraceData &data)
{
    SummaryFacts f;
    if (data.events.empty())
        return f;
    std::int64_t first = data.events.front().t, last = first;
    std::int64_t runStart = -1, runEnd = -1;
    for (const Event &e : data.events) {
        first = std::min(first, e.t);
        last = std::max(last, e.t);
        if (e.kind == Kind::RunStart && runStart < 0)
            runStart = e.t;
        if (e.kind == Kind::RunEnd)
            runEnd = e.t;
    }
    f.durationNs = runStart >= 0 && runEnd >= runStart ? runEnd - runStart : last - first;

    struct OpenCheckpoint {
        std::uint32_t start;
        std::int64_t jobsStarted;
    };
    std::unordered_map<std::uint16_t, std::vector<OpenCheckpoint>> checkpoints;
    auto drain = [&f](const Event &start, std::int64_t ns, std::int64_t jobs) {
        if (f.longestDrainSeq == 0 || ns > f.longestDrainNs) {
            f.longestDrainSeq = start.seq;
            f.longestDrainNs = ns;
            f.longestDrainJobs = jobs;
        }
        if (jobs > 0 && (f.biggestDrainSeq == 0 || jobs > f.biggestDrainJobs)) {
            f.biggestDrainSeq = start.seq;
            f.biggestDrainNs = ns;
            f.biggestDrainJobs = jobs;
        }
    };
    // The engine thread, whose CPU samples count.
    f.cpuThread = 0;
    for (const ThreadInfo &t : data.threads) {
        if (t.kind == ThreadKind::Engine) {
            f.cpuThread = t.index;
            break;
        }
    }
    std::int64_t cpuWeighted = 0;
    std::unordered_map<std::uint16_t, std::int64_t> spinSince; // thread -> start of its spin
    auto endSpin = [&f](std::int64_t ns) {
        ++f.spins;
        f.spinNs += ns;
        f.longestSpinNs = std::max(f.longestSpinNs, ns);
    };
    std::unordered_map<std::uint32_t, std::uint32_t> queued; // foreign call -> event index
    auto blocked = [&f](const Event &q, std::int64_t ns, bool released) {
        if (f.longestBlockedCall == 0 || ns > f.longestBlockedNs) {
            f.longestBlockedCall = q.id;
            f.longestBlockedCallback = q.id2;
            f.longestBlockedThread = q.thread;
            f.longestBlockedNs = ns;
            f.longestBlockedReleased = released;
        }
    };
    for (std::uint32_t i = 0; i < data.events.size(); ++i) {
        const Event &e = data.events[i];
        if (e.kind == Kind::CpuUsage) {
            // Recorded by a sampler thread about thread `id`: it ends no spin.
            if (e.id == f.cpuThread) {
                const std::int64_t ns = std::max<std::int64_t>(1, std::int64_t(e.id2) * 1000);
                ++f.cpuSamples;
                f.cpuSampledNs += ns;
                cpuWeighted += e.value * ns;
                if (e.value > f.cpuPeakPermille) {
                    f.cpuPeakPermille = e.value;
                    f.cpuPeakAtNs = e.t;
                }
            }
            continue;
        }
        // A spin lasts until the wake (or whatever else moves the loop on, if that is lost); an
        // interrupt callback may run inside it.
        if (e.kind == Kind::Wake || e.kind == Kind::Idle || e.kind == Kind::LoopPhase || e.kind == Kind::RunEnd) {
            if (const auto it = spinSince.find(e.thread); it != spinSince.end()) {
                endSpin(e.t - it->second);
                spinSince.erase(it);
            }
        }
        switch (e.kind) {
        case Kind::Idle:
            if (e.value == kIdleSpin)
                spinSince[e.thread] = e.t;
            break;
        case Kind::Diagnostic:
            if (e.value == int(DiagnosticKind::Hang))
                ++f.hangs;
            break;
        case Kind::CheckpointStart:
            checkpoints[e.thread].push_back({i, 0});
            break;
        case Kind::MicrotaskRunStart:
            if (auto it = checkpoints.find(e.thread); it != checkpoints.end() && !it->second.empty())
                ++it->second.back().jobsStarted;
            break;
        case Kind::CheckpointEnd:
            if (auto it = checkpoints.find(e.thread); it != checkpoints.end() && !it->second.empty()) {
                const Event &start = data.events[it->second.back().start];
                drain(start, e.t - start.t, e.value);
                it->second.pop_back();
            }
            break;
        case Kind::ForeignCallQueued:
            queued[e.id] = i;
            break;
        case Kind::ForeignCallReleased:
            if (auto it = queued.find(e.id); it != queued.end()) {
                const Event &q = data.events[it->second];
                blocked(q, e.t - q.t, true);
                queued.erase(it);
            }
            break;
        default:
            break;
        }
    }
    if (f.cpuSamples)
        f.cpuMeanPermille = (cpuWeighted + f.cpuSampledNs / 2) / f.cpuSampledNs;
    // What the trace ends in the middle of lasts until its last time.
    for (const auto &[thread, since] : spinSince)
        endSpin(last - since);
    for (const auto &[thread, stack] : checkpoints) {
        for (const OpenCheckpoint &c : stack) {
            const Event &start = data.events[c.start];
            drain(start, last - start.t, c.jobsStarted);
        }
    }
    std::vector<std::uint32_t> stillQueued;
    for (const auto &[id, index] : queued)
        stillQueued.push_back(index);
    std::sort(stillQueued.begin(), stillQueued.end());
    for (const std::uint32_t index : stillQueued)
        blocked(data.events[index], last - data.events[index].t, false);
    return f;
}

QString summarize(const TraceData &data)
{
    const SummaryFacts f = summaryFacts(data);
    QString out;

    // --- the run
    std::uint64_t lostInEvents = 0;
    const Event *runEnd = nullptr;
    for (const Event &e : data.events) {
        if (e.kind == Kind::EventsLost && e.value > 0)
            lostInEvents += std::uint64_t(e.value);
        if (e.kind == Kind::RunEnd)
            runEnd = &e;
    }
    QString exit = meta(data, "exit_reason");
    if (exit.isEmpty() && runEnd) {
        const char *name = valueName(Kind::RunEnd, runEnd->value);
        exit = name ? QString::fromLatin1(name) : QStringLiteral("reason %1").arg(runEnd->value);
    }
    const QString exitCode = meta(data, "exit_code");
    if (exit.isEmpty())
        exit = QStringLiteral("unknown (the trace ends before the run did)");
    else if (!exitCode.isEmpty())
        exit += QStringLiteral(" (exit code %1)").arg(exitCode);
    QString lost = meta(data, metakey::eventsLost);
    if (lost.isEmpty())
        lost = QString::number(lostInEvents);
    QString recorded = QString::number(data.events.size());
    if (const QString m = meta(data, metakey::eventsRecorded); !m.isEmpty() && m != recorded)
        recorded += QStringLiteral(" (the recorder counted %1)").arg(m);
    const QString profile = meta(data, metakey::profile);
    const QString started = meta(data, metakey::startTimeUtc);
    QString script = meta(data, metakey::scriptPath);
    if (script.isEmpty()) {
        for (const Event &e : data.events) {
            if (e.kind == Kind::RunStart) {
                script = data.string(e.str);
                break;
            }
        }
    }

    Table run(QStringLiteral("Run"), {}, {false, false});
    run.add({QStringLiteral("script"), script.isEmpty() ? QStringLiteral("(unknown)") : script});
    run.add({QStringLiteral("profile"), profile.isEmpty() ? QStringLiteral("(unknown)") : profile});
    if (!started.isEmpty())
        run.add({QStringLiteral("started"), started});
    run.add({QStringLiteral("exit"), exit});
    run.add({QStringLiteral("duration"), formatDuration(f.durationNs)});
    run.add({QStringLiteral("events"), recorded});
    run.add({QStringLiteral("lost events"), lost});
    run.add({QStringLiteral("complete"),
             data.complete ? QStringLiteral("yes")
                           : QStringLiteral("no: the recording process did not finish the file (killed?)")});
    out += run.text();

    // --- counts per kind and per thread
    std::map<int, std::uint64_t> perKind;
    std::map<std::uint16_t, std::uint64_t> perThread;
    for (const Event &e : data.events) {
        ++perKind[int(e.kind)];
        ++perThread[e.thread];
    }
    Table kinds(QStringLiteral("Events per kind"), {QStringLiteral("kind"), QStringLiteral("count")}, {false, true});
    for (const auto &[kind, n] : perKind)
        kinds.add({QString::fromLatin1(kindName(Kind(kind))), QString::number(n)});
    out += u'\n' + kinds.text();

    Table threads(QStringLiteral("Events per thread"),
                  {QStringLiteral("#"), QStringLiteral("thread"), QStringLiteral("kind"), QStringLiteral("os tid"),
                   QStringLiteral("count")},
                  {true, false, false, true, true});
    std::map<std::uint16_t, const ThreadInfo *> infos;
    for (const ThreadInfo &t : data.threads)
        infos[t.index] = &t;
    for (const auto &[index, info] : infos) {
        if (!perThread.count(index))
            perThread[index] = 0;
    }
    for (const auto &[index, n] : perThread) {
        const auto it = infos.find(index);
        const ThreadInfo *info = it == infos.end() ? nullptr : it->second;
        threads.add({QString::number(index), threadName(data, index),
                     info ? QString::fromLatin1(threadKindName(info->kind)) : QStringLiteral("?"),
                     info ? QString::number(info->osId) : QString(), QString::number(n)});
    }
    out += u'\n' + threads.text();

    // --- the longest microtask drain
    auto checkpointAt = [&data](std::uint64_t seq) -> QString {
        const auto it = std::lower_bound(data.events.begin(), data.events.end(), seq,
                                         [](const Event &e, std::uint64_t s) { return e.seq < s; });
        if (it != data.events.end() && it->seq == seq)
            return QStringLiteral("checkpoint at %1 on %2 (seq %3)").arg(at(it->t), threadName(data, it->thread)).arg(seq);
        return QStringLiteral("checkpoint seq %1").arg(seq);
    };
    Table drains(QStringLiteral("Longest microtask drain"), {}, {false, true, true, false});
    if (f.longestDrainSeq) {
        drains.add({QStringLiteral("by time"), formatDuration(f.longestDrainNs), plural(f.longestDrainJobs, "job", "jobs"),
                    checkpointAt(f.longestDrainSeq)});
        if (f.biggestDrainSeq)
            drains.add({QStringLiteral("by jobs"), formatDuration(f.biggestDrainNs),
                        plural(f.biggestDrainJobs, "job", "jobs"), checkpointAt(f.biggestDrainSeq)});
        else
            drains.add({QStringLiteral("by jobs"), QString(), QString(), QStringLiteral("no checkpoint ran a job")});
    }
    out += u'\n' + drains.text(QStringLiteral("no microtask checkpoint in the trace"));

    // --- the longest blocked foreign call
    out += QStringLiteral("\nLongest blocked foreign call\n");
    if (f.longestBlockedCall == 0) {
        out += QStringLiteral("  no foreign call in the trace\n");
    } else {
        std::int64_t queuedAt = 0, releasedAt = -1;
        for (const Event &e : data.events) {
            if (e.id != f.longestBlockedCall)
                continue;
            if (e.kind == Kind::ForeignCallQueued)
                queuedAt = e.t;
            else if (e.kind == Kind::ForeignCallReleased)
                releasedAt = e.t;
        }
        out += QStringLiteral("  %1 on %2: foreign call %3 to %4 (callback %5)\n")
                   .arg(formatDuration(f.longestBlockedNs), threadName(data, f.longestBlockedThread))
                   .arg(f.longestBlockedCall)
                   .arg(callbackLabel(data, f.longestBlockedCallback))
                   .arg(f.longestBlockedCallback);
        if (f.longestBlockedReleased)
            out += QStringLiteral("  queued at %1, released at %2\n").arg(at(queuedAt), at(releasedAt));
        else
            out += QStringLiteral("  queued at %1, still blocked when the trace ends\n").arg(at(queuedAt));
    }

    // --- the engine thread's CPU use and spinning
    Table cpu(QStringLiteral("Engine CPU (%1)").arg(threadName(data, f.cpuThread)), {}, {false, false});
    auto percent = [](std::int64_t permille) { return QStringLiteral("%1 %").arg(double(permille) / 10.0, 0, 'f', 1); };
    if (f.cpuSamples) {
        cpu.add({QStringLiteral("samples"), QStringLiteral("%1 over %2").arg(f.cpuSamples).arg(formatDuration(f.cpuSampledNs))});
        cpu.add({QStringLiteral("peak"), QStringLiteral("%1 at %2").arg(percent(f.cpuPeakPermille), at(f.cpuPeakAtNs))});
        cpu.add({QStringLiteral("mean"), percent(f.cpuMeanPermille)});
    } else {
        cpu.add({QStringLiteral("samples"), QStringLiteral("none in the trace")});
    }
    if (f.spins)
        cpu.add({QStringLiteral("spinning"),
                 QStringLiteral("%1 in %2, the longest %3: a ref'ed callback made the loop re-poll at once (deno-1.26)")
                     .arg(formatDuration(f.spinNs), plural(std::int64_t(f.spins), "spin", "spins"),
                          formatDuration(f.longestSpinNs))});
    else
        cpu.add({QStringLiteral("spinning"), QStringLiteral("never")});
    out += u'\n' + cpu.text();

    // --- callbacks and how often each ran, per kind
    struct CallbackRow {
        std::uint64_t runs[3] = {0, 0, 0}; // by CallbackKind
        bool closed = false;
    };
    std::map<std::uint32_t, CallbackRow> callbacks;
    for (const CallbackInfo &c : data.callbacks)
        callbacks[c.id];
    for (const Event &e : data.events) {
        if (e.kind == Kind::CallbackCreated) {
            callbacks[e.id];
        } else if (e.kind == Kind::CallbackStart) {
            CallbackRow &row = callbacks[e.id];
            if (e.value >= 0 && e.value < 3)
                ++row.runs[e.value];
        } else if (e.kind == Kind::CallbackClosed) {
            callbacks[e.id].closed = true;
        }
    }
    Table cbs(QStringLiteral("Callbacks (runs by kind)"),
              {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("sync"), QStringLiteral("threadsafe"),
               QStringLiteral("interrupt"), QStringLiteral("closed")},
              {true, false, true, true, true, false});
    for (const auto &[id, row] : callbacks) {
        cbs.add({QString::number(id), callbackLabel(data, id), QString::number(row.runs[0]), QString::number(row.runs[1]),
                 QString::number(row.runs[2]), row.closed ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    out += u'\n' + cbs.text();

    // --- diagnostics
    // For hangs: when each foreign call was released.
    std::unordered_map<std::uint32_t, std::int64_t> releasedAt;
    if (f.hangs) {
        for (const Event &e : data.events) {
            if (e.kind == Kind::ForeignCallReleased)
                releasedAt.emplace(e.id, e.t);
        }
    }
    const std::int64_t traceEnd = data.events.empty() ? 0 : std::max_element(data.events.begin(), data.events.end(), [](const Event &a, const Event &b) {
        return a.t < b.t;
    })->t;
    Table diags(QStringLiteral("Diagnostics"), {}, {true, false, false});
    int diagnostics = 0;
    for (const Event &e : data.events) {
        if (e.kind != Kind::Diagnostic)
            continue;
        if (++diagnostics > kMaxDiagnostics)
            continue;
        const char *kind = valueName(Kind::Diagnostic, e.value);
        QString text = data.string(e.str).trimmed();
        text.replace(u'\n', QStringLiteral(" / "));
        if (e.id)
            text += QStringLiteral(" [%1, callback %2]").arg(callbackLabel(data, e.id)).arg(e.id);
        if (e.value == int(DiagnosticKind::Hang)) {
            // The waiting thread and how long: from the queued call its flow names.
            const auto q = std::lower_bound(data.events.begin(), data.events.end(), e.flow,
                                            [](const Event &x, std::uint64_t s) { return x.seq < s; });
            if (e.flow && q != data.events.end() && q->seq == e.flow) {
                const auto r = releasedAt.find(e.id2 ? e.id2 : q->id);
                const bool released = r != releasedAt.end() && r->second >= q->t;
                text += QStringLiteral(" [foreign call %1 from %2: waited %3%4]")
                            .arg(e.id2 ? e.id2 : q->id)
                            .arg(threadName(data, q->thread),
                                 formatDuration((released ? r->second : traceEnd) - q->t),
                                 released ? QString() : QStringLiteral(", still waiting when the trace ends"));
            } else if (e.id2) {
                text += QStringLiteral(" [foreign call %1]").arg(e.id2);
            }
        }
        diags.add({at(e.t), kind ? QString::fromLatin1(kind) : QString::number(e.value), text});
    }
    out += u'\n' + diags.text();
    if (diagnostics > kMaxDiagnostics)
        out += QStringLiteral("  ... and %1 more\n").arg(diagnostics - kMaxDiagnostics);
    return out;
}

} // namespace loopscope::trace
