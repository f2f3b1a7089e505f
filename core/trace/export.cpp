#include "trace/export.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QIODevice>
#include <QtCore/QSaveFile>
#include <QtCore/QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <unordered_map>
#include <unistd.h>

namespace loopscope::trace {

namespace {

constexpr std::uint32_t kNone = ~std::uint32_t(0);
constexpr int kPid = 1;

// Buffered output: one write per ~1 MiB, the first failure kept.
class Writer
{
public:
    explicit Writer(QIODevice *device) : m_device(device) { m_buf.reserve(kChunk + 64 * 1024); }

    Writer &operator<<(const char *text)
    {
        m_buf.append(text);
        return check();
    }
    Writer &operator<<(const QByteArray &text)
    {
        m_buf.append(text);
        return check();
    }
    Writer &operator<<(char c)
    {
        m_buf.append(c);
        return check();
    }
    Writer &operator<<(std::int64_t n)
    {
        m_buf.append(QByteArray::number(qlonglong(n)));
        return check();
    }
    Writer &operator<<(std::uint64_t n)
    {
        m_buf.append(QByteArray::number(qulonglong(n)));
        return check();
    }
    Writer &operator<<(std::uint32_t n) { return *this << std::uint64_t(n); }
    Writer &operator<<(int n) { return *this << std::int64_t(n); }

    bool flush()
    {
        if (m_ok && !m_buf.isEmpty()) {
            if (m_device->write(m_buf) != m_buf.size()) {
                m_ok = false;
                m_error = m_device->errorString();
            }
        }
        m_buf.clear();
        return m_ok;
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

private:
    static constexpr qsizetype kChunk = 1 << 20;
    Writer &check()
    {
        if (m_buf.size() >= kChunk)
            flush();
        return *this;
    }

    QIODevice *m_device;
    QByteArray m_buf;
    bool m_ok = true;
    QString m_error;
};

// A JSON string literal, quotes included.
QByteArray jsonString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out.append(buf);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
}

QByteArray jsonString(const char *text)
{
    return jsonString(QString::fromUtf8(text));
}

// ns -> µs with three decimals. Perfetto reads a fractional timestamp as double * 1000,
// truncated: where that would lose a nanosecond, a tenth of one is added (a fourth decimal).
QByteArray micros(std::int64_t ns)
{
    const bool negative = ns < 0;
    const std::uint64_t a = negative ? std::uint64_t(0) - std::uint64_t(ns) : std::uint64_t(ns);
    char buf[48];
    int n = std::snprintf(buf, sizeof buf, "%s%llu.%03llu", negative ? "-" : "",
                          static_cast<unsigned long long>(a / 1000), static_cast<unsigned long long>(a % 1000));
    // The decimal text is exactly ns / 1000; IEEE division rounds that quotient as a correct
    // strtod rounds the text.
    if (!negative && static_cast<std::int64_t>(double(ns) / 1000.0 * 1000.0) != ns && n + 1 < int(sizeof buf)) {
        buf[n++] = '1';
        buf[n] = 0;
    }
    return QByteArray(buf, n);
}

QString oneLine(const QString &text, int max = 60)
{
    QString s = text;
    s.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
    s = s.trimmed();
    if (s.size() > max)
        s = s.left(max - 1) + QChar(0x2026);
    return s;
}

enum class SliceKind : std::uint8_t { ScriptEval, NativeCall, Callback, Microtask, Checkpoint, Blocked, Idle, Spin, Iteration, Phase };

struct Slice {
    std::uint32_t start = 0;    // event index
    std::uint32_t end = kNone;  // event index, kNone: unfinished
    std::int64_t endT = 0;
    std::uint16_t thread = 0;   // the track
    SliceKind kind = SliceKind::ScriptEval;
    std::uint32_t number = 0;   // iteration number
};

enum class CounterKind : std::uint8_t { Refcount, Microtasks, Inbox, Nonblocking, Cpu };

struct CounterSample {
    CounterKind kind;
    std::uint32_t id;
    std::int64_t value;
    std::uint32_t event;
    std::int64_t t; // when the value starts: the event's time, or the start of a CPU sample's interval
};

struct Flow {
    std::uint32_t cause;
    std::uint32_t effect;
};

enum class ItemType : std::uint8_t { Slice, Instant, FlowStart, FlowEnd, Counter };

struct Item {
    std::int64_t ts;
    std::uint64_t seq;
    std::uint8_t sub;
    ItemType type;
    std::uint32_t ref;
};

struct PairKey {
    SliceKind kind;
    std::uint16_t thread;
    std::uint64_t id;
    bool operator==(const PairKey &o) const { return kind == o.kind && thread == o.thread && id == o.id; }
};
struct PairKeyHash {
    std::size_t operator()(const PairKey &k) const
    {
        return std::hash<std::uint64_t>()(k.id * 0x9E3779B97F4A7C15ull ^ (std::uint64_t(k.thread) << 8) ^ std::uint64_t(k.kind));
    }
};

// Everything the Chrome export derives from the events before writing.
class ChromeBuilder
{
public:
    explicit ChromeBuilder(const TraceData &data) : d(data) {}

    void build();
    bool write(Writer &w, ExportStats *stats);

private:
    const Event &ev(std::uint32_t i) const { return d.events[i]; }
    QString label(std::uint32_t callback) const;
    QString threadName(std::uint16_t thread) const;
    std::uint32_t openSlice(SliceKind kind, std::uint32_t start, std::uint16_t thread);
    void closeSlice(std::uint32_t slice, std::uint32_t end);
    void pushStart(SliceKind kind, std::uint16_t thread, std::uint64_t id, std::uint32_t start);
    void popEnd(SliceKind kind, std::uint16_t thread, std::uint64_t id, std::uint32_t end);
    void counter(CounterKind kind, std::uint32_t id, std::int64_t value, std::uint32_t event);
    std::uint32_t indexOfSeq(std::uint64_t seq) const;

    void writeHead(Writer &w, const char *ph, std::uint16_t thread, std::int64_t ts);
    void writeSlice(Writer &w, const Slice &s);
    void writeInstant(Writer &w, std::uint32_t i);
    void writeCounter(Writer &w, const CounterSample &c);
    void writeFlow(Writer &w, std::uint32_t flow, bool start);

    const TraceData &d;
    std::int64_t m_lastT = 0;
    std::vector<Slice> m_slices;
    std::vector<CounterSample> m_counters;
    std::vector<Flow> m_flows;
    std::vector<std::uint32_t> m_instants; // event indexes
    std::vector<std::uint8_t> m_marks;     // per event: 1 starts a slice, 2 is an instant
    std::unordered_map<PairKey, std::vector<std::uint32_t>, PairKeyHash> m_open; // -> slice indexes
    std::unordered_map<std::uint32_t, const CallbackInfo *> m_callbacks;
    std::unordered_map<std::uint32_t, std::int64_t> m_jobSource;    // microtask job -> source
    std::unordered_map<std::uint32_t, std::uint32_t> m_nonblocking; // native call id -> symbol
    std::vector<const ThreadInfo *> m_threads;                      // by index
    std::vector<std::uint16_t> m_usedThreads;
};

QString ChromeBuilder::label(std::uint32_t callback) const
{
    const auto it = m_callbacks.find(callback);
    if (it != m_callbacks.end() && !it->second->label.isEmpty())
        return it->second->label;
    return QStringLiteral("callback %1").arg(callback);
}

QString ChromeBuilder::threadName(std::uint16_t thread) const
{
    if (thread < m_threads.size() && m_threads[thread] && !m_threads[thread]->name.isEmpty())
        return m_threads[thread]->name;
    return QStringLiteral("thread %1").arg(thread);
}

std::uint32_t ChromeBuilder::openSlice(SliceKind kind, std::uint32_t start, std::uint16_t thread)
{
    m_slices.push_back({.start = start, .end = kNone, .endT = 0, .thread = thread, .kind = kind, .number = 0});
    m_marks[start] |= 1;
    return std::uint32_t(m_slices.size() - 1);
}

void ChromeBuilder::closeSlice(std::uint32_t slice, std::uint32_t end)
{
    Slice &s = m_slices[slice];
    s.end = end;
    s.endT = std::max(ev(end).t, ev(s.start).t);
}

void ChromeBuilder::pushStart(SliceKind kind, std::uint16_t thread, std::uint64_t id, std::uint32_t start)
{
    m_open[PairKey{kind, thread, id}].push_back(openSlice(kind, start, thread));
}

void ChromeBuilder::popEnd(SliceKind kind, std::uint16_t thread, std::uint64_t id, std::uint32_t end)
{
    const auto it = m_open.find(PairKey{kind, thread, id});
    if (it == m_open.end() || it->second.empty())
        return; // its start was lost, or came before the trace
    closeSlice(it->second.back(), end);
    it->second.pop_back();
    if (it->second.empty())
        m_open.erase(it);
}

void ChromeBuilder::counter(CounterKind kind, std::uint32_t id, std::int64_t value, std::uint32_t event)
{
    m_counters.push_back({kind, id, value, event, ev(event).t});
}

std::uint32_t ChromeBuilder::indexOfSeq(std::uint64_t seq) const
{
    const auto it = std::lower_bound(d.events.begin(), d.events.end(), seq,
                                     [](const Event &e, std::uint64_t s) { return e.seq < s; });
    if (it == d.events.end() || it->seq != seq)
        return kNone;
    return std::uint32_t(it - d.events.begin());
}

void ChromeBuilder::build()
{
    for (const CallbackInfo &c : d.callbacks)
        m_callbacks[c.id] = &c;
    for (const ThreadInfo &t : d.threads) {
        if (m_threads.size() <= t.index)
            m_threads.resize(std::size_t(t.index) + 1, nullptr);
        m_threads[t.index] = &t;
    }
    m_marks.assign(d.events.size(), 0);
    std::vector<bool> used(m_threads.size(), false);
    for (const ThreadInfo &t : d.threads)
        used[t.index] = isShownThread(t.kind); // loopscope's own sampler threads get no track

    // Per engine thread: the open iteration and phase, the idle span waiting for its wake.
    struct LoopState {
        std::uint32_t iteration = kNone;
        std::uint32_t phase = kNone;
        std::uint32_t idle = kNone;
        std::uint32_t iterations = 0;
    };
    std::unordered_map<std::uint16_t, LoopState> loops;
    std::int64_t microtasks = 0, inbox = 0, nonblocking = 0;
    std::unordered_map<std::uint32_t, bool> invoked; // foreign call -> invoked

    // The last CPU sample of each sampled thread, to start the next one's interval.
    std::unordered_map<std::uint32_t, std::int64_t> lastCpuSample;
    for (std::uint32_t i = 0; i < d.events.size(); ++i) {
        const Event &e = d.events[i];
        m_lastT = std::max(m_lastT, e.t);
        if (e.kind == Kind::CpuUsage) {
            // A sample of thread `id` taken by a sampler thread (which gets no track): the use
            // over the interval before it, drawn from the interval's start.
            std::int64_t from = std::max<std::int64_t>(0, e.t - std::int64_t(e.id2) * 1000);
            if (const auto it = lastCpuSample.find(e.id); it != lastCpuSample.end())
                from = std::max(from, it->second);
            lastCpuSample[e.id] = e.t;
            m_counters.push_back({CounterKind::Cpu, e.id, std::clamp<std::int64_t>(e.value, 0, 1000), i, from});
            continue;
        }
        if (e.thread >= used.size())
            used.resize(std::size_t(e.thread) + 1, false);
        used[e.thread] = true;
        LoopState &loop = loops[e.thread];
        // An idle span lasts until the thread's next event: its wake.
        if (loop.idle != kNone) {
            closeSlice(loop.idle, i);
            loop.idle = kNone;
        }
        auto instant = [&] {
            m_instants.push_back(i);
            m_marks[i] |= 2;
        };
        switch (e.kind) {
        case Kind::ScriptEvalStart:
            pushStart(SliceKind::ScriptEval, e.thread, 0, i);
            break;
        case Kind::ScriptEvalEnd:
            popEnd(SliceKind::ScriptEval, e.thread, 0, i);
            break;
        case Kind::NativeCallStart: // on the engine, or on a pool thread for a nonblocking call
            pushStart(SliceKind::NativeCall, e.thread, e.id, i);
            break;
        case Kind::NativeCallEnd:
            popEnd(SliceKind::NativeCall, e.thread, e.id, i);
            break;
        case Kind::CallbackStart:
            pushStart(SliceKind::Callback, e.thread, (std::uint64_t(e.id) << 32) | e.id2, i);
            break;
        case Kind::CallbackEnd:
            popEnd(SliceKind::Callback, e.thread, (std::uint64_t(e.id) << 32) | e.id2, i);
            break;
        case Kind::MicrotaskEnqueued:
            m_jobSource[e.id] = e.value;
            counter(CounterKind::Microtasks, 0, ++microtasks, i);
            instant();
            break;
        case Kind::MicrotaskRunStart:
            pushStart(SliceKind::Microtask, e.thread, e.id, i);
            microtasks = std::max<std::int64_t>(0, microtasks - 1);
            counter(CounterKind::Microtasks, 0, microtasks, i);
            break;
        case Kind::MicrotaskRunEnd:
            popEnd(SliceKind::Microtask, e.thread, e.id, i);
            break;
        case Kind::CheckpointStart:
            pushStart(SliceKind::Checkpoint, e.thread, 0, i);
            break;
        case Kind::CheckpointEnd:
            popEnd(SliceKind::Checkpoint, e.thread, 0, i);
            break;
        case Kind::ForeignCallQueued:
            pushStart(SliceKind::Blocked, 0, e.id, i);
            m_slices.back().thread = e.thread;
            invoked[e.id] = false;
            counter(CounterKind::Inbox, 0, ++inbox, i);
            break;
        case Kind::ForeignCallInvoked:
            if (auto it = invoked.find(e.id); it != invoked.end() && !it->second) {
                it->second = true;
                inbox = std::max<std::int64_t>(0, inbox - 1);
                counter(CounterKind::Inbox, 0, inbox, i);
            }
            instant();
            break;
        case Kind::ForeignCallReleased:
            popEnd(SliceKind::Blocked, 0, e.id, i);
            if (auto it = invoked.find(e.id); it != invoked.end()) {
                if (!it->second) { // released without running
                    inbox = std::max<std::int64_t>(0, inbox - 1);
                    counter(CounterKind::Inbox, 0, inbox, i);
                }
                invoked.erase(it);
            }
            break;
        case Kind::Idle: // idle, or spinning (kIdleSpin), until the wake
            loop.idle = openSlice(e.value == kIdleSpin ? SliceKind::Spin : SliceKind::Idle, i, e.thread);
            break;
        case Kind::LoopPhase:
            if (loop.phase != kNone) {
                closeSlice(loop.phase, i);
                loop.phase = kNone;
            }
            if (e.value == std::int64_t(Phase::IterationStart)) {
                if (loop.iteration != kNone)
                    closeSlice(loop.iteration, i);
                loop.iteration = openSlice(SliceKind::Iteration, i, e.thread);
                m_slices[loop.iteration].number = loop.iterations++;
            }
            if (e.value == std::int64_t(Phase::IterationEnd)) {
                if (loop.iteration != kNone)
                    closeSlice(loop.iteration, i);
                loop.iteration = kNone;
            } else {
                loop.phase = openSlice(SliceKind::Phase, i, e.thread);
            }
            break;
        case Kind::NonblockingStart:
            m_nonblocking[e.id] = e.str;
            counter(CounterKind::Nonblocking, 0, ++nonblocking, i);
            instant();
            break;
        case Kind::NonblockingResolve:
            nonblocking = std::max<std::int64_t>(0, nonblocking - 1);
            counter(CounterKind::Nonblocking, 0, nonblocking, i);
            instant();
            break;
        case Kind::Ref:
        case Kind::Unref:
            counter(CounterKind::Refcount, e.id, e.value, i);
            instant();
            break;
        case Kind::RunStart:
        case Kind::RunEnd:
        case Kind::ConsoleOutput:
        case Kind::NonblockingComplete:
        case Kind::CallbackCreated:
        case Kind::CallbackClosed:
        case Kind::Wake:
        case Kind::TimerScheduled:
        case Kind::TimerFired:
        case Kind::TimerCleared:
        case Kind::Diagnostic:
        case Kind::EventsLost:
            instant();
            break;
        case Kind::CpuUsage: // above
        case Kind::None:
        case Kind::Count:
            break;
        }
    }

    // Unfinished slices (the run was killed, or the trace stops before their end) end at the
    // trace's last time.
    for (Slice &s : m_slices) {
        if (s.end == kNone)
            s.endT = std::max(m_lastT, ev(s.start).t);
    }

    // One arrow per cause -> effect, the effect being an instant or the start of a slice.
    for (std::uint32_t i = 0; i < d.events.size(); ++i) {
        const Event &e = d.events[i];
        if (!m_marks[i] || e.flow == 0 || e.flow == e.seq)
            continue;
        const std::uint32_t cause = indexOfSeq(e.flow);
        if (cause == kNone || ev(cause).t > e.t)
            continue;
        m_flows.push_back({cause, i});
    }

    for (std::uint16_t t = 0; t < used.size(); ++t) {
        if (used[t])
            m_usedThreads.push_back(t);
    }
}

void ChromeBuilder::writeHead(Writer &w, const char *ph, std::uint16_t thread, std::int64_t ts)
{
    w << "{\"ph\":\"" << ph << "\",\"pid\":" << kPid << ",\"tid\":" << int(thread) + 1 << ",\"ts\":" << micros(ts);
}

void ChromeBuilder::writeSlice(Writer &w, const Slice &s)
{
    const Event &e = ev(s.start);
    const Event *end = s.end == kNone ? nullptr : &ev(s.end);
    writeHead(w, "X", s.thread, e.t);
    w << ",\"dur\":" << micros(std::max<std::int64_t>(0, s.endT - e.t));
    QString name;
    const char *cat = "";
    QByteArray args = "\"seq\":" + QByteArray::number(qulonglong(e.seq));
    auto arg = [&args](const char *key, const QByteArray &json) {
        args += ",\"" + QByteArray(key) + "\":" + json;
    };
    switch (s.kind) {
    case SliceKind::ScriptEval: {
        const QString url = d.string(e.str);
        const QString file = QUrl(url).fileName();
        name = QStringLiteral("evaluate %1").arg(file.isEmpty() ? url : file);
        cat = "script";
        arg("url", jsonString(url));
        if (end)
            arg("threw", end->value ? "true" : "false");
        break;
    }
    case SliceKind::NativeCall:
        name = e.str ? d.string(e.str) : QStringLiteral("native call");
        cat = "ffi";
        arg("call", QByteArray::number(e.id));
        arg("symbol", jsonString(d.string(e.str)));
        if (end)
            arg("result", QByteArray::number(qlonglong(end->value)));
        break;
    case SliceKind::Callback: {
        const char *kind = valueName(Kind::CallbackStart, e.value);
        name = QStringLiteral("%1 (%2)").arg(label(e.id), QLatin1String(kind ? kind : "callback"));
        cat = "callback";
        arg("callback", QByteArray::number(e.id));
        arg("label", jsonString(label(e.id)));
        arg("kind", jsonString(kind ? kind : ""));
        if (e.id2)
            arg("foreign_call", QByteArray::number(e.id2));
        break;
    }
    case SliceKind::Microtask: {
        const auto src = m_jobSource.find(e.id);
        const char *source = src == m_jobSource.end() ? nullptr : valueName(Kind::MicrotaskEnqueued, src->second);
        name = source ? QStringLiteral("microtask (%1)").arg(QLatin1String(source)) : QStringLiteral("microtask");
        cat = "microtask";
        arg("job", QByteArray::number(e.id));
        if (source)
            arg("source", jsonString(source));
        if (end)
            arg("threw", end->value ? "true" : "false");
        break;
    }
    case SliceKind::Checkpoint:
        name = QStringLiteral("microtask checkpoint");
        cat = "microtask";
        arg("jobs_waiting", QByteArray::number(qlonglong(e.value)));
        if (end)
            arg("jobs_run", QByteArray::number(qlonglong(end->value)));
        break;
    case SliceKind::Blocked:
        name = QStringLiteral("blocked: %1").arg(label(e.id2));
        cat = "foreign_call";
        arg("foreign_call", QByteArray::number(e.id));
        arg("callback", QByteArray::number(e.id2));
        arg("label", jsonString(label(e.id2)));
        if (end)
            arg("released_without_running", end->value ? "true" : "false");
        break;
    case SliceKind::Idle:
        name = QStringLiteral("idle");
        cat = "loop";
        if (e.value < 0)
            arg("timeout", jsonString("none"));
        else
            arg("timeout_ms", QByteArray::number(double(e.value) / 1e6, 'f', 3));
        if (end && end->kind == Kind::Wake) {
            const char *cause = valueName(Kind::Wake, end->value);
            arg("wake", jsonString(cause ? cause : "unknown"));
        }
        break;
    case SliceKind::Spin:
        // Not parked: a ref'ed callback makes the loop re-poll at once (deno-1.26).
        name = QStringLiteral("spin");
        cat = "loop";
        arg("reason", jsonString("a ref'ed callback makes the loop re-poll at once (deno-1.26)"));
        if (end && end->kind == Kind::Wake) {
            const char *cause = valueName(Kind::Wake, end->value);
            arg("wake", jsonString(cause ? cause : "unknown"));
        }
        break;
    case SliceKind::Iteration:
        name = QStringLiteral("iteration %1").arg(s.number);
        cat = "loop";
        arg("iteration", QByteArray::number(s.number));
        break;
    case SliceKind::Phase: {
        const char *phase = valueName(Kind::LoopPhase, e.value);
        name = phase ? QString::fromLatin1(phase) : QStringLiteral("phase %1").arg(e.value);
        cat = "loop_phase";
        break;
    }
    }
    if (end)
        arg("end_seq", QByteArray::number(qulonglong(end->seq)));
    else
        arg("unfinished", "true");
    w << ",\"name\":" << jsonString(name) << ",\"cat\":\"" << cat << "\",\"args\":{" << args << "}}";
}

void ChromeBuilder::writeInstant(Writer &w, std::uint32_t i)
{
    const Event &e = ev(i);
    writeHead(w, "i", e.thread, e.t);
    QString name;
    const char *cat = "";
    QByteArray args = "\"seq\":" + QByteArray::number(qulonglong(e.seq));
    auto arg = [&args](const char *key, const QByteArray &json) {
        args += ",\"" + QByteArray(key) + "\":" + json;
    };
    const char *vname = valueName(e.kind, e.value);
    const QLatin1String value(vname ? vname : "unknown");
    switch (e.kind) {
    case Kind::RunStart:
        name = QStringLiteral("run start");
        cat = "run";
        arg("script", jsonString(d.string(e.str)));
        break;
    case Kind::RunEnd:
        name = QStringLiteral("run end (%1)").arg(value);
        cat = "run";
        arg("exit_reason", jsonString(value));
        break;
    case Kind::ConsoleOutput:
        name = QStringLiteral("%1: %2").arg(value, oneLine(d.string(e.str)));
        cat = "console";
        arg("stream", jsonString(value));
        arg("text", jsonString(d.string(e.str)));
        break;
    case Kind::NonblockingStart:
    case Kind::NonblockingComplete:
    case Kind::NonblockingResolve: {
        const auto sym = m_nonblocking.find(e.id);
        const QString symbol = e.str ? d.string(e.str) : sym != m_nonblocking.end() ? d.string(sym->second) : QString();
        const char *what = e.kind == Kind::NonblockingStart ? "start" : e.kind == Kind::NonblockingComplete ? "complete" : "resolve";
        name = QStringLiteral("nonblocking %1 %2").arg(symbol.isEmpty() ? QStringLiteral("call") : symbol, QLatin1String(what));
        cat = "ffi";
        arg("call", QByteArray::number(e.id));
        arg("symbol", jsonString(symbol));
        break;
    }
    case Kind::CallbackCreated:
        name = QStringLiteral("create %1").arg(label(e.id));
        cat = "callback";
        arg("callback", QByteArray::number(e.id));
        if (const auto it = m_callbacks.find(e.id); it != m_callbacks.end())
            arg("definition", jsonString(it->second->definition));
        break;
    case Kind::CallbackClosed:
        name = QStringLiteral("close %1").arg(label(e.id));
        cat = "callback";
        arg("callback", QByteArray::number(e.id));
        break;
    case Kind::Ref:
    case Kind::Unref:
        name = QStringLiteral("%1 %2 -> %3")
                   .arg(QLatin1String(e.kind == Kind::Ref ? "ref" : "unref"), label(e.id))
                   .arg(e.value);
        cat = "ref";
        arg("callback", QByteArray::number(e.id));
        arg("count", QByteArray::number(qlonglong(e.value)));
        break;
    case Kind::ForeignCallInvoked:
        name = QStringLiteral("invoke %1").arg(label(e.id2));
        cat = "foreign_call";
        arg("foreign_call", QByteArray::number(e.id));
        arg("callback", QByteArray::number(e.id2));
        break;
    case Kind::Wake:
        name = QStringLiteral("wake (%1)").arg(value);
        cat = "loop";
        arg("cause", jsonString(value));
        break;
    case Kind::TimerScheduled:
        name = QStringLiteral("timer %1 scheduled").arg(e.id);
        cat = "timer";
        arg("timer", QByteArray::number(e.id));
        arg("delay_ms", QByteArray::number(double(e.value) / 1e6, 'f', 3));
        arg("interval", e.id2 ? "true" : "false");
        break;
    case Kind::TimerFired:
        name = QStringLiteral("timer %1 fired").arg(e.id);
        cat = "timer";
        arg("timer", QByteArray::number(e.id));
        break;
    case Kind::TimerCleared:
        name = QStringLiteral("timer %1 cleared").arg(e.id);
        cat = "timer";
        arg("timer", QByteArray::number(e.id));
        break;
    case Kind::MicrotaskEnqueued:
        name = QStringLiteral("enqueue microtask (%1)").arg(value);
        cat = "microtask";
        arg("job", QByteArray::number(e.id));
        arg("source", jsonString(value));
        if (e.id2)
            arg("promise", QByteArray::number(e.id2));
        break;
    case Kind::Diagnostic:
        name = QStringLiteral("%1: %2").arg(value, oneLine(d.string(e.str)));
        cat = "diagnostic";
        arg("kind", jsonString(value));
        arg("text", jsonString(d.string(e.str)));
        if (e.id)
            arg("callback", QByteArray::number(e.id));
        if (e.id2)
            arg("foreign_call", QByteArray::number(e.id2));
        break;
    case Kind::EventsLost:
        name = QStringLiteral("%1 events lost").arg(e.value);
        cat = "trace";
        arg("count", QByteArray::number(qlonglong(e.value)));
        break;
    default:
        name = QString::fromLatin1(kindName(e.kind));
        break;
    }
    w << ",\"s\":\"t\",\"name\":" << jsonString(name) << ",\"cat\":\"" << cat << "\",\"args\":{" << args << "}}";
}

void ChromeBuilder::writeCounter(Writer &w, const CounterSample &c)
{
    // Counters belong to the process; they are written on the engine's track.
    writeHead(w, "C", 0, c.t);
    switch (c.kind) {
    case CounterKind::Refcount:
        w << ",\"name\":" << jsonString(QStringLiteral("refcount %1 (callback %2)").arg(label(c.id)).arg(c.id))
          << ",\"args\":{\"refs\":" << c.value << "}}";
        break;
    case CounterKind::Microtasks:
        w << ",\"name\":\"microtask queue\",\"args\":{\"jobs\":" << c.value << "}}";
        break;
    case CounterKind::Inbox:
        w << ",\"name\":\"foreign-call inbox\",\"args\":{\"calls\":" << c.value << "}}";
        break;
    case CounterKind::Nonblocking:
        w << ",\"name\":\"nonblocking calls\",\"args\":{\"in_flight\":" << c.value << "}}";
        break;
    case CounterKind::Cpu: {
        // "engine CPU %" for the engine thread, "NAME CPU %" for another sampled thread; 0..100.
        const ThreadInfo *info = c.id < m_threads.size() ? m_threads[c.id] : nullptr;
        const QString who = info && info->kind == ThreadKind::Engine ? QStringLiteral("engine")
                                                                     : threadName(std::uint16_t(c.id));
        w << ",\"name\":" << jsonString(QStringLiteral("%1 CPU %").arg(who)) << ",\"args\":{\"cpu_percent\":"
          << QByteArray::number(double(c.value) / 10.0, 'f', 1) << "}}";
        break;
    }
    }
}

void ChromeBuilder::writeFlow(Writer &w, std::uint32_t flow, bool start)
{
    const Flow &f = m_flows[flow];
    const Event &e = ev(start ? f.cause : f.effect);
    writeHead(w, start ? "s" : "f", e.thread, e.t);
    if (!start)
        w << ",\"bp\":\"e\"";
    w << ",\"id\":" << flow + 1 << ",\"name\":" << jsonString(kindName(ev(f.cause).kind))
      << ",\"cat\":\"flow\"}";
}

bool ChromeBuilder::write(Writer &w, ExportStats *stats)
{
    std::vector<Item> items;
    items.reserve(m_slices.size() + m_instants.size() + m_counters.size() + 2 * m_flows.size());
    for (std::uint32_t i = 0; i < m_slices.size(); ++i) {
        const Event &e = ev(m_slices[i].start);
        // Enclosing slices first where several start at once: the iteration before its phase.
        items.push_back({e.t, e.seq, std::uint8_t(m_slices[i].kind == SliceKind::Iteration ? 0 : 1), ItemType::Slice, i});
    }
    for (const std::uint32_t i : m_instants)
        items.push_back({ev(i).t, ev(i).seq, 2, ItemType::Instant, i});
    // A flow event binds to the slice open on its track: it comes right after that slice (or
    // instant) of its event.
    for (std::uint32_t i = 0; i < m_flows.size(); ++i) {
        items.push_back({ev(m_flows[i].cause).t, ev(m_flows[i].cause).seq, 3, ItemType::FlowStart, i});
        items.push_back({ev(m_flows[i].effect).t, ev(m_flows[i].effect).seq, 3, ItemType::FlowEnd, i});
    }
    for (std::uint32_t i = 0; i < m_counters.size(); ++i)
        items.push_back({m_counters[i].t, ev(m_counters[i].event).seq, 4, ItemType::Counter, i});
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.ts != b.ts)
            return a.ts < b.ts;
        if (a.seq != b.seq)
            return a.seq < b.seq;
        return a.sub < b.sub;
    });

    std::size_t records = 0;
    w << "{\"displayTimeUnit\":\"ns\",\"otherData\":{";
    bool first = true;
    for (const auto &[key, value] : d.meta) {
        if (key == QLatin1String(metakey::scriptText))
            continue;
        w << (first ? "" : ",") << jsonString(key) << ':' << jsonString(value);
        first = false;
    }
    w << (first ? "" : ",") << "\"events\":\"" << std::uint64_t(d.events.size()) << "\",\"trace_complete\":\""
      << (d.complete ? "1" : "0") << "\"},\n\"traceEvents\":[\n";

    // The process and thread names, the engine first.
    QString process = QStringLiteral("loopscope");
    if (const auto it = d.meta.find(QLatin1String(metakey::scriptPath)); it != d.meta.end() && !it->second.isEmpty())
        process += QStringLiteral(": ") + QFileInfo(it->second).fileName();
    w << "{\"ph\":\"M\",\"pid\":" << kPid << ",\"name\":\"process_name\",\"args\":{\"name\":"
      << jsonString(process) << "}}";
    ++records;
    for (const std::uint16_t t : m_usedThreads) {
        const ThreadInfo *info = t < m_threads.size() ? m_threads[t] : nullptr;
        const int tid = int(t) + 1;
        int sortIndex = 1000 + t;
        if (info && info->kind == ThreadKind::Engine)
            sortIndex = t;
        else if (info && info->kind == ThreadKind::Pool)
            sortIndex = 100000 + t;
        w << ",\n{\"ph\":\"M\",\"pid\":" << kPid << ",\"tid\":" << tid
          << ",\"name\":\"thread_name\",\"args\":{\"name\":" << jsonString(threadName(t)) << "}}";
        w << ",\n{\"ph\":\"M\",\"pid\":" << kPid << ",\"tid\":" << tid
          << ",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":" << sortIndex << "}}";
        records += 2;
    }
    for (const Item &item : items) {
        w << ",\n";
        switch (item.type) {
        case ItemType::Slice:
            writeSlice(w, m_slices[item.ref]);
            break;
        case ItemType::Instant:
            writeInstant(w, item.ref);
            break;
        case ItemType::FlowStart:
            writeFlow(w, item.ref, true);
            break;
        case ItemType::FlowEnd:
            writeFlow(w, item.ref, false);
            break;
        case ItemType::Counter:
            writeCounter(w, m_counters[item.ref]);
            break;
        }
        ++records;
        if (!w.ok())
            break;
    }
    w << "\n]}\n";
    w.flush();
    if (stats) {
        stats->events = d.events.size();
        stats->records = records;
        stats->slices = m_slices.size();
        stats->instants = m_instants.size();
        stats->counters = m_counters.size();
        stats->flows = m_flows.size();
    }
    return w.ok();
}

// Writes through `fn` to a file (atomically) or to standard output ("-").
template <typename Fn>
bool toPath(const QString &path, QString *error, Fn fn)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
            if (error)
                *error = QStringLiteral("cannot write to standard output: %1").arg(out.errorString());
            return false;
        }
        QString why;
        const bool ok = fn(&out, &why) && out.flush();
        if (!ok && error)
            *error = QStringLiteral("cannot write to standard output: %1").arg(why.isEmpty() ? out.errorString() : why);
        return ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (!fn(&file, &why)) {
        file.cancelWriting();
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, why.isEmpty() ? file.errorString() : why);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool exportChrome(const TraceData &data, QIODevice *out, QString *error, ExportStats *stats)
{
    ChromeBuilder builder(data);
    builder.build();
    Writer w(out);
    if (!builder.write(w, stats)) {
        if (error)
            *error = w.error();
        return false;
    }
    return true;
}

bool exportChrome(const TraceData &data, const QString &path, QString *error, ExportStats *stats)
{
    return toPath(path, error, [&](QIODevice *out, QString *why) { return exportChrome(data, out, why, stats); });
}

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

bool exportCsv(const TraceData &data, QIODevice *out, QString *error, ExportStats *stats)
{
    std::vector<QByteArray> threadNames;
    for (const ThreadInfo &t : data.threads) {
        if (threadNames.size() <= t.index)
            threadNames.resize(std::size_t(t.index) + 1);
        threadNames[t.index] = csvField(t.name);
    }
    Writer w(out);
    w << "seq,t_ns,thread,thread_name,kind,id,id2,value,value_name,flow,text\n";
    for (const Event &e : data.events) {
        const char *vname = valueName(e.kind, e.value);
        w << e.seq << ',' << e.t << ',' << std::uint32_t(e.thread) << ','
          << (e.thread < threadNames.size() ? threadNames[e.thread] : QByteArray()) << ',' << kindName(e.kind) << ','
          << e.id << ',' << e.id2 << ',' << e.value << ',' << (vname ? vname : "") << ',' << e.flow << ','
          << (e.str ? csvField(data.string(e.str)) : QByteArray()) << '\n';
        if (!w.ok())
            break;
    }
    if (!w.flush()) {
        if (error)
            *error = w.error();
        return false;
    }
    if (stats) {
        *stats = {};
        stats->events = data.events.size();
        stats->records = data.events.size();
    }
    return true;
}

bool exportCsv(const TraceData &data, const QString &path, QString *error, ExportStats *stats)
{
    return toPath(path, error, [&](QIODevice *out, QString *why) { return exportCsv(data, out, why, stats); });
}

} // namespace loopscope::trace
