#include "timeline/timelinestyle.h"

#include <QtCore/QUrl>

#include <array>

namespace loopscope::ui {

using trace::Kind;

QColor TimelineStyle::color(SpanKind kind)
{
    // Tableau's palette: distinct for most eyes, calm enough for large areas.
    switch (kind) {
    case SpanKind::Script: return QColor(0x4e, 0x79, 0xa7);
    case SpanKind::Timer: return QColor(0x76, 0xb7, 0xb2);
    case SpanKind::NativeCall: return QColor(0xb0, 0x95, 0x80);
    case SpanKind::SyncCallback: return QColor(0x59, 0xa1, 0x4f);
    case SpanKind::ThreadSafeCallback: return QColor(0xf2, 0x8e, 0x2b);
    case SpanKind::InterruptCallback: return QColor(0xd3, 0x72, 0x95);
    case SpanKind::Checkpoint: return QColor(0xd9, 0xc6, 0xe6);
    case SpanKind::Microtask: return QColor(0x9b, 0x72, 0xb8);
    case SpanKind::Blocked: return QColor(0xf6, 0xc4, 0xa3);
    case SpanKind::Nonblocking: return QColor(0xed, 0xc9, 0x48);
    case SpanKind::Idle: return QColor(0xe4, 0xe4, 0xe4);
    case SpanKind::Spinning: return QColor(0xe1, 0x57, 0x59); // warm: burning a CPU, unlike idle's grey
    case SpanKind::Count: break;
    }
    return busyColor();
}

QColor TimelineStyle::color(MarkerKind kind)
{
    switch (kind) {
    case MarkerKind::Console: return QColor(0x80, 0x80, 0x80);
    case MarkerKind::TimerScheduled:
    case MarkerKind::TimerCleared:
    case MarkerKind::TimerFired: return QColor(0x2a, 0x86, 0x80);
    case MarkerKind::Nonblocking: return QColor(0xc9, 0xa2, 0x0c);
    case MarkerKind::Ref: return QColor(0x2f, 0x7d, 0x32);
    case MarkerKind::Unref: return QColor(0x75, 0x75, 0x75);
    case MarkerKind::Wake: return QColor(0x1f, 0x5f, 0xa8);
    case MarkerKind::RunEnd: return QColor(0x20, 0x20, 0x20);
    case MarkerKind::Diagnostic: return QColor(0xd3, 0x1f, 0x1f);
    case MarkerKind::Count: break;
    }
    return Qt::black;
}

QColor TimelineStyle::refcountColor(int series)
{
    static const std::array<QColor, 8> colors = {
        QColor(0xf2, 0x8e, 0x2b), QColor(0x4e, 0x79, 0xa7), QColor(0x59, 0xa1, 0x4f), QColor(0xe1, 0x57, 0x59),
        QColor(0xb0, 0x7a, 0xa1), QColor(0x76, 0xb7, 0xb2), QColor(0x9c, 0x75, 0x5f), QColor(0xed, 0xc9, 0x48)};
    return colors[std::size_t(series) % colors.size()];
}

QColor TimelineStyle::textColorOn(const QColor &fill)
{
    return fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20);
}

QString TimelineStyle::name(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Script: return tr("script evaluation");
    case SpanKind::Timer: return tr("timer callback");
    case SpanKind::NativeCall: return tr("native call");
    case SpanKind::SyncCallback: return tr("synchronous callback");
    case SpanKind::ThreadSafeCallback: return tr("thread-safe callback");
    case SpanKind::InterruptCallback: return tr("interrupt callback");
    case SpanKind::Checkpoint: return tr("microtask checkpoint");
    case SpanKind::Microtask: return tr("microtask");
    case SpanKind::Blocked: return tr("blocked, waiting for a callback");
    case SpanKind::Nonblocking: return tr("nonblocking call");
    case SpanKind::Idle: return tr("idle");
    case SpanKind::Spinning: return tr("spinning");
    case SpanKind::Count: break;
    }
    return {};
}

QString TimelineStyle::name(MarkerKind kind)
{
    switch (kind) {
    case MarkerKind::Console: return tr("console output");
    case MarkerKind::TimerScheduled: return tr("timer scheduled");
    case MarkerKind::TimerCleared: return tr("timer cleared");
    case MarkerKind::TimerFired: return tr("timer fired");
    case MarkerKind::Nonblocking: return tr("nonblocking start/resolve");
    case MarkerKind::Ref: return tr("ref");
    case MarkerKind::Unref: return tr("unref");
    case MarkerKind::Wake: return tr("wake");
    case MarkerKind::RunEnd: return tr("exit");
    case MarkerKind::Diagnostic: return tr("warning");
    case MarkerKind::Count: break;
    }
    return {};
}

QString TimelineStyle::name(CounterKind kind)
{
    switch (kind) {
    case CounterKind::Refcount: return tr("ref count");
    case CounterKind::Microtasks: return tr("microtask queue");
    case CounterKind::Inbox: return tr("foreign-call inbox");
    case CounterKind::Nonblocking: return tr("nonblocking in flight");
    case CounterKind::Cpu: return tr("CPU %");
    }
    return {};
}

QString TimelineStyle::callbackLabel(const trace::TraceData &data, std::uint32_t callback)
{
    const QString label = data.callbackLabel(callback);
    return label.isEmpty() ? tr("callback %1").arg(callback) : label;
}

QString TimelineStyle::wakeCause(std::int64_t value)
{
    switch (trace::WakeCause(value)) {
    case trace::WakeCause::Timer: return tr("timer");
    case trace::WakeCause::ForeignCall: return tr("foreign call");
    case trace::WakeCause::Nonblocking: return tr("nonblocking call");
    case trace::WakeCause::Signal: return tr("signal");
    case trace::WakeCause::Stop: return tr("stop");
    case trace::WakeCause::Other: break;
    }
    return tr("other");
}

namespace {

QString exitReason(std::int64_t value)
{
    switch (value) {
    case 0: return TimelineStyle::tr("completed");
    case 1: return TimelineStyle::tr("uncaught exception");
    case 2: return TimelineStyle::tr("unhandled rejection");
    case 3: return TimelineStyle::tr("syntax error");
    case 4: return TimelineStyle::tr("load error");
    case 5: return TimelineStyle::tr("stalled top-level await");
    case 6: return TimelineStyle::tr("stopped");
    case 7: return TimelineStyle::tr("timed out");
    default: break;
    }
    return QString::number(value);
}

QString microtaskSource(std::uint8_t source)
{
    switch (trace::MicrotaskSource(source)) {
    case trace::MicrotaskSource::QueueMicrotask: return QStringLiteral("queueMicrotask");
    case trace::MicrotaskSource::PromiseReaction: return TimelineStyle::tr("promise reaction");
    case trace::MicrotaskSource::Await: return QStringLiteral("await");
    case trace::MicrotaskSource::Thenable: return TimelineStyle::tr("thenable");
    case trace::MicrotaskSource::NextTick: return QStringLiteral("nextTick");
    }
    return {};
}

} // namespace

QString TimelineStyle::label(const trace::TraceData &data, const Span &span)
{
    const trace::Event &e = data.events[span.startEvent];
    switch (span.kind) {
    case SpanKind::Script: {
        const QString url = data.string(e.str);
        const QString file = QUrl(url).fileName();
        return tr("evaluate %1").arg(file.isEmpty() ? url : file);
    }
    case SpanKind::Timer: return tr("timer %1").arg(e.id);
    case SpanKind::NativeCall: return e.str ? data.string(e.str) : name(span.kind);
    case SpanKind::SyncCallback: return tr("%1 (sync)").arg(callbackLabel(data, e.id));
    case SpanKind::ThreadSafeCallback: return tr("%1 (thread-safe)").arg(callbackLabel(data, e.id));
    case SpanKind::InterruptCallback: return tr("%1 (interrupt)").arg(callbackLabel(data, e.id));
    case SpanKind::Checkpoint: return tr("microtasks");
    case SpanKind::Microtask: {
        const QString source = microtaskSource(span.detail);
        return source.isEmpty() ? tr("microtask") : tr("microtask: %1").arg(source);
    }
    case SpanKind::Blocked: return tr("blocked: waiting for %1").arg(callbackLabel(data, e.id2));
    case SpanKind::Nonblocking: return tr("%1 (nonblocking)").arg(data.string(e.str));
    case SpanKind::Idle: return tr("idle");
    case SpanKind::Spinning: return tr("spinning: a ref'ed callback makes the loop re-poll at once");
    case SpanKind::Count: break;
    }
    return {};
}

QString TimelineStyle::markerLabel(const trace::TraceData &data, MarkerKind kind, const trace::Event &e)
{
    switch (kind) {
    case MarkerKind::Ref: return tr("ref %1").arg(e.value);
    case MarkerKind::Unref: return tr("unref %1").arg(e.value);
    case MarkerKind::Wake: return tr("wake: %1").arg(wakeCause(e.value));
    case MarkerKind::RunEnd: return tr("exit: %1").arg(exitReason(e.value));
    case MarkerKind::Diagnostic:
        if (e.kind == Kind::EventsLost)
            return tr("%n event(s) lost", nullptr, int(e.value));
        if (e.value == std::int64_t(trace::DiagnosticKind::Deadlock))
            return tr("deadlock");
        if (e.value == std::int64_t(trace::DiagnosticKind::Hang))
            return tr("hang: %1 cannot wake the loop").arg(callbackLabel(data, e.id));
        return data.string(e.str).section(u'\n', 0, 0).left(60);
    case MarkerKind::TimerScheduled: return tr("setTimeout %1").arg(duration(e.value));
    default: break;
    }
    return {};
}

QString TimelineStyle::duration(std::int64_t ns)
{
    if (ns < 1000)
        return tr("%1 ns").arg(ns);
    if (ns < 1'000'000)
        return tr("%1 µs").arg(double(ns) / 1e3, 0, 'f', ns < 10'000 ? 2 : 1);
    if (ns < 1'000'000'000)
        return tr("%1 ms").arg(double(ns) / 1e6, 0, 'f', ns < 10'000'000 ? 2 : 1);
    return tr("%1 s").arg(double(ns) / 1e9, 0, 'f', 3);
}

} // namespace loopscope::ui
