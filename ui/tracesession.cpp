#include "tracesession.h"

#include "trace/recorder.h"

#include <algorithm>

namespace loopscope::ui {

TraceSession::TraceSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &TraceSession::drain);
}

TraceSession::~TraceSession() = default;

const trace::Replay &TraceSession::replay()
{
    // Replay keeps a reference to m_data and snapshots of its state: rebuild after appends.
    if (!m_replay || m_replaySize != m_data.events.size()) {
        m_replay = std::make_unique<trace::Replay>(m_data);
        m_replaySize = m_data.events.size();
    }
    return *m_replay;
}

void TraceSession::setData(trace::TraceData data)
{
    detach();
    m_replay.reset();
    m_data = std::move(data);
    m_selected = npos;
    Q_EMIT reset();
}

bool TraceSession::loadFile(const QString &path, QString *error)
{
    trace::TraceData data;
    if (!trace::readTrace(path, &data, error))
        return false;
    setData(std::move(data));
    return true;
}

void TraceSession::clear()
{
    setData({});
}

void TraceSession::attach(std::shared_ptr<trace::Recorder> recorder, int intervalMs)
{
    setData({});
    m_data.strings.assign(1, QString());
    m_recorder = std::move(recorder);
    m_callbacksSeen = 0;
    m_timer.start(std::max(intervalMs, 50));
    Q_EMIT liveChanged(true);
}

void TraceSession::follow(std::shared_ptr<trace::Recorder> recorder)
{
    setData({});
    m_data.strings.assign(1, QString());
    m_recorder = std::move(recorder);
    m_callbacksSeen = 0;
    Q_EMIT liveChanged(true);
}

void TraceSession::detach()
{
    if (!m_recorder)
        return;
    if (m_timer.isActive()) {
        m_timer.stop();
        drain();
    }
    m_recorder.reset();
    Q_EMIT liveChanged(false);
}

void TraceSession::drain()
{
    if (!m_recorder)
        return;
    std::vector<trace::Event> batch;
    m_recorder->drain(batch);
    appendBatch(batch);
}

void TraceSession::appendBatch(const std::vector<trace::Event> &batch)
{
    if (!m_recorder)
        return;
    // Side tables first: a view may look up the strings, threads and callbacks of new events.
    m_recorder->strings().copySince(std::uint32_t(m_data.strings.size()), m_data.strings);
    m_data.threads = m_recorder->threads();
    m_callbacksSeen = m_recorder->callbacksSince(m_callbacksSeen, m_data.callbacks);
    if (batch.empty())
        return;
    const std::size_t first = m_data.events.size();
    // A batch is sorted by seq, and follows the previous one (except an event that was late to
    // publish): keep the whole sequence sorted.
    const bool inOrder = first == 0 || batch.front().seq > m_data.events.back().seq;
    m_data.events.insert(m_data.events.end(), batch.begin(), batch.end());
    if (!inOrder) {
        std::sort(m_data.events.begin(), m_data.events.end(),
                  [](const trace::Event &a, const trace::Event &b) { return a.seq < b.seq; });
        m_selected = npos;
        Q_EMIT reset();
        return;
    }
    Q_EMIT eventsAppended(first, batch.size());
}

void TraceSession::select(std::size_t index)
{
    if (index != npos && index >= m_data.events.size())
        index = npos;
    if (index == m_selected)
        return;
    m_selected = index;
    Q_EMIT selectionChanged(index);
}

} // namespace loopscope::ui
