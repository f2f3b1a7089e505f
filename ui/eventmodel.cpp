#include "eventmodel.h"

#include "trace/replay.h"

#include "tracesession.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QThread>
#include <QtGui/QColor>

#include <array>

namespace loopscope::ui {

using trace::Event;
using trace::Kind;

namespace {

// Indexed by trace::Kind. Marked for lupdate in EventModel's context; translated on use.
constexpr std::array<const char *, std::size_t(Kind::Count)> kKindLabels = {
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "none"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "run start"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "run end"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "script start"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "script end"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "console output"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "native call start"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "native call end"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "nonblocking start"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "nonblocking complete"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "nonblocking resolve"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "callback created"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "callback closed"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "ref"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "unref"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "callback start"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "callback end"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "foreign call queued"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "foreign call invoked"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "foreign call released"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "loop phase"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "idle"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "wake"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "timer scheduled"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "timer fired"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "timer cleared"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "microtask enqueued"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "microtask start"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "microtask end"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "checkpoint start"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "checkpoint end"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "diagnostic"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "events lost"),
    QT_TRANSLATE_NOOP("loopscope::ui::EventModel", "cpu usage"),
};
// Every kind has its label (a missing one would be a null entry).
static_assert(kKindLabels.back() != nullptr, "a label for each trace::Kind");

// The phase numbers of deno-semantics.md §7, indexed by trace::Phase.

QString ms(std::int64_t ns)
{
    return EventModel::tr("%1 ms").arg(double(ns) / 1e6, 0, 'f', 3);
}

bool namesCallback(Kind k)
{
    switch (k) {
    case Kind::CallbackCreated:
    case Kind::CallbackClosed:
    case Kind::Ref:
    case Kind::Unref:
    case Kind::CallbackStart:
    case Kind::CallbackEnd:
        return true;
    default:
        return false;
    }
}

bool namesForeignCall(Kind k)
{
    return k == Kind::ForeignCallQueued || k == Kind::ForeignCallInvoked || k == Kind::ForeignCallReleased;
}

bool namesNativeCall(Kind k)
{
    return k == Kind::NativeCallStart || k == Kind::NativeCallEnd || k == Kind::NonblockingStart
        || k == Kind::NonblockingComplete || k == Kind::NonblockingResolve;
}

} // namespace

EventModel::EventModel(TraceSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    for (const char *label : kKindLabels)
        m_kindLabels << tr(label);
    connect(session, &TraceSession::reset, this, &EventModel::onReset);
    connect(session, &TraceSession::eventsAppended, this, &EventModel::onAppended);
    indexEvents(0, session->size());
    m_rows = int(session->size());
}

QString EventModel::kindLabel(Kind kind)
{
    const auto i = std::size_t(kind);
    return i < kKindLabels.size() ? QCoreApplication::translate("loopscope::ui::EventModel", kKindLabels[i])
                                  : QString::number(int(kind));
}

QString EventModel::phaseLabel(trace::Phase phase)
{
    // The replay's words for it, which carry the phase number ("foreign calls (2a)").
    const QString text = trace::Replay::valueText(Kind::LoopPhase, std::int64_t(phase));
    return text.isEmpty() ? QString::number(int(phase)) : text;
}

void EventModel::indexEvents(std::size_t first, std::size_t end)
{
    const trace::TraceData &d = m_session->data();
    for (std::size_t i = first; i < end; ++i) {
        const Event &e = d.events[i];
        if ((e.kind == Kind::NativeCallStart || e.kind == Kind::NonblockingStart) && e.str != 0)
            m_callSymbols.insert(e.id, e.str);
    }
    for (; m_callbacksIndexed < d.callbacks.size(); ++m_callbacksIndexed)
        m_callbacks.insert(d.callbacks[m_callbacksIndexed].id, int(m_callbacksIndexed));
}

void EventModel::onReset()
{
    beginResetModel();
    m_callSymbols.clear();
    m_callbacks.clear();
    m_callbacksIndexed = 0;
    indexEvents(0, m_session->size());
    m_rows = int(m_session->size());
    endResetModel();
}

void EventModel::onAppended(std::size_t first, std::size_t count)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (count == 0)
        return;
    if (first != std::size_t(m_rows)) {
        // Not the continuation of what the views know: start over rather than guess.
        onReset();
        return;
    }
    // Symbols and callbacks first: the views ask for the new rows' data inside endInsertRows.
    indexEvents(first, first + count);
    beginInsertRows({}, m_rows, int(first + count) - 1);
    m_rows = int(first + count);
    endInsertRows();
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QString EventModel::threadName(std::uint16_t thread) const
{
    const auto &threads = m_session->data().threads;
    return thread < threads.size() ? threads[thread].name : tr("thread %1").arg(thread);
}

QString EventModel::callbackLabel(std::uint32_t id) const
{
    const auto it = m_callbacks.constFind(id);
    return it != m_callbacks.constEnd() ? m_session->data().callbacks[std::size_t(*it)].label : QString();
}

std::uint32_t EventModel::callbackOf(const Event &e) const
{
    if (namesCallback(e.kind) || e.kind == Kind::Diagnostic)
        return e.id;
    if (namesForeignCall(e.kind))
        return e.id2;
    return 0;
}

std::uint32_t EventModel::symbolOf(const Event &e) const
{
    if (namesNativeCall(e.kind)) {
        if (e.str)
            return e.str;
        return m_callSymbols.value(e.id, 0);
    }
    if (e.kind == Kind::RunStart || e.kind == Kind::ScriptEvalStart)
        return e.str;
    return 0;
}

QString EventModel::subjectText(const Event &e) const
{
    // Variable parts (labels, symbols) are always set off by a space or a bracket: the filter
    // relies on it to match plain words against the fixed parts and the string table apart.
    const auto callback = [this](std::uint32_t id) {
        const QString label = callbackLabel(id);
        return label.isEmpty() ? tr("callback #%1").arg(id) : tr("callback #%1 %2").arg(id).arg(label);
    };
    switch (e.kind) {
    case Kind::RunStart:
    case Kind::ScriptEvalStart:
        return m_session->data().string(e.str);
    case Kind::NativeCallStart:
    case Kind::NativeCallEnd:
    case Kind::NonblockingStart:
    case Kind::NonblockingComplete:
    case Kind::NonblockingResolve: {
        const std::uint32_t symbol = symbolOf(e);
        return symbol ? tr("%1 (call #%2)").arg(m_session->data().string(symbol)).arg(e.id)
                      : tr("call #%1").arg(e.id);
    }
    case Kind::CallbackCreated:
    case Kind::CallbackClosed:
    case Kind::Ref:
    case Kind::Unref:
    case Kind::CallbackStart:
    case Kind::CallbackEnd:
        return callback(e.id);
    case Kind::ForeignCallQueued:
    case Kind::ForeignCallInvoked:
    case Kind::ForeignCallReleased:
        return tr("call #%1 \u2192 %2").arg(e.id).arg(callback(e.id2));
    case Kind::TimerScheduled:
        return e.id2 ? tr("interval #%1").arg(e.id) : tr("timer #%1").arg(e.id);
    case Kind::TimerFired:
    case Kind::TimerCleared:
        return tr("timer #%1").arg(e.id);
    case Kind::MicrotaskEnqueued:
        return e.id2 ? tr("job #%1 (promise #%2)").arg(e.id).arg(e.id2) : tr("job #%1").arg(e.id);
    case Kind::MicrotaskRunStart:
    case Kind::MicrotaskRunEnd:
        return tr("job #%1").arg(e.id);
    case Kind::Diagnostic:
        return e.id ? callback(e.id) : QString();
    case Kind::CpuUsage: {
        // The thread it measured (the row's thread is the sampler).
        const auto &threads = m_session->data().threads;
        return e.id < threads.size() ? threads[e.id].name : tr("thread %1").arg(e.id);
    }
    default:
        return {};
    }
}

QString EventModel::valueText(const Event &e) const
{
    if (e.kind == Kind::LoopPhase)
        return phaseLabel(trace::Phase(e.value));
    // Not parked but re-polling at once (deno-1.26): the replay's word, as the timeline says it.
    if (e.kind == Kind::Idle && e.value == trace::kIdleSpin)
        return trace::Replay::valueText(e.kind, e.value);
    if (const char *name = trace::valueName(e.kind, e.value))
        return QString::fromLatin1(name);
    switch (e.kind) {
    case Kind::Ref:
    case Kind::Unref:
        return tr("count %1").arg(e.value);
    case Kind::NativeCallEnd:
        return tr("= %1").arg(e.value);
    case Kind::TimerScheduled:
        return ms(e.value);
    case Kind::Idle:
        return e.value < 0 ? tr("no timeout") : tr("up to %1").arg(ms(e.value));
    case Kind::CheckpointStart:
        return tr("%n waiting", nullptr, int(e.value));
    case Kind::CheckpointEnd:
        return tr("%n run", nullptr, int(e.value));
    case Kind::ScriptEvalEnd:
    case Kind::MicrotaskRunEnd:
        return e.value ? tr("threw") : QString();
    case Kind::ForeignCallReleased:
        return e.value ? tr("not run") : QString();
    case Kind::EventsLost:
        return QString::number(e.value);
    case Kind::CpuUsage:
        // Permille of one CPU over the interval before the sample.
        return tr("%1 %").arg(double(e.value) / 10.0, 0, 'f', 1);
    default:
        return e.value ? QString::number(e.value) : QString();
    }
}

QString EventModel::textText(const Event &e) const
{
    if (e.kind != Kind::ConsoleOutput && e.kind != Kind::Diagnostic)
        return {};
    QString text = m_session->data().string(e.str);
    // One line per row: a console write ends with its newline, and may hold several lines.
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    text.replace(QLatin1Char('\n'), QChar(0x23CE));
    return text;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!hasIndex(index.row(), index.column(), index.parent()))
        return {};
    const auto row = std::size_t(index.row());
    const trace::TraceData &d = m_session->data();
    // The session may have been cleared before it said so (reset() comes after the change).
    if (row >= d.events.size())
        return {};
    const Event &e = d.events[row];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QString::number(double(e.t) / 1e6, 'f', 3);
        case SeqColumn: return QString::number(e.seq);
        case ThreadColumn: return threadName(e.thread);
        case KindColumn: return std::size_t(e.kind) < std::size_t(m_kindLabels.size())
                                    ? m_kindLabels[int(e.kind)] : QString::number(int(e.kind));
        case SubjectColumn: return subjectText(e);
        case ValueColumn: return valueText(e);
        case FlowColumn: return e.flow ? QString::number(e.flow) : QString();
        case TextColumn: return textText(e);
        }
        break;
    case Qt::ToolTipRole:
        // Tooltips are asked for one at a time, on hover: building the replay lazily is fine.
        if (index.column() == TextColumn && (e.kind == Kind::ConsoleOutput || e.kind == Kind::Diagnostic))
            return d.string(e.str);
        return m_session->replay().describe(row);
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn || index.column() == SeqColumn || index.column() == FlowColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (e.kind == Kind::Diagnostic || e.kind == Kind::EventsLost)
            return QColor(0xc6, 0x28, 0x28);
        if (e.kind == Kind::ConsoleOutput && e.value == 1)
            return QColor(0x8b, 0x00, 0x00);
        break;
    case EventIndexRole: return qulonglong(row);
    case KindRole: return int(e.kind);
    case ThreadRole: return int(e.thread);
    default: break;
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == TimeColumn || section == SeqColumn || section == FlowColumn
                                        ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time (ms)");
    case SeqColumn: return tr("Seq");
    case ThreadColumn: return tr("Thread");
    case KindColumn: return tr("Kind");
    case SubjectColumn: return tr("Subject");
    case ValueColumn: return tr("Value");
    case FlowColumn: return tr("Flow");
    case TextColumn: return tr("Text");
    }
    return {};
}

} // namespace loopscope::ui
