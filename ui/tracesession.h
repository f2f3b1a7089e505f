// The trace the views show: loaded from a file, or growing while a run records. Owns the
// TraceData and its Replay; the timeline, the event table and the inspector all read it and
// follow its signals. GUI thread only.
//
// Live runs: attach() a recorder; a timer drains it at most 20 times a second and appends the
// batch (one eventsAppended() per batch, never one signal per event).
#pragma once

#include "trace/replay.h"
#include "trace/tracefile.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <memory>

namespace loopscope::trace {
class Recorder;
}

namespace loopscope::ui {

class TraceSession : public QObject
{
    Q_OBJECT
public:
    explicit TraceSession(QObject *parent = nullptr);
    ~TraceSession() override;

    const trace::TraceData &data() const { return m_data; }
    std::size_t size() const { return m_data.events.size(); }
    // The replay of what is there now (rebuilt lazily after events were appended).
    const trace::Replay &replay();

    // Replaces the contents with a whole trace.
    void setData(trace::TraceData data);
    bool loadFile(const QString &path, QString *error);
    void clear();

    // Follows a recording run: drains `recorder` every `intervalMs` (at most 20 Hz) until
    // detach(). Call detach() when the run has finished: it drains what is left.
    void attach(std::shared_ptr<trace::Recorder> recorder, int intervalMs = 50);
    // Follows a recording run whose events another consumer drains (the trace file's writer):
    // it hands each batch over with appendBatch(), on this object's thread.
    void follow(std::shared_ptr<trace::Recorder> recorder);
    void appendBatch(const std::vector<trace::Event> &batch);
    void detach();
    bool isLive() const { return m_recorder != nullptr; }

    // The selected event (an index into data().events), shared by every view; npos: none.
    static constexpr std::size_t npos = std::size_t(-1);
    std::size_t selected() const { return m_selected; }
    void select(std::size_t index);

Q_SIGNALS:
    void reset();                                    // new contents (setData, loadFile, clear, attach)
    void eventsAppended(std::size_t first, std::size_t count);
    void selectionChanged(std::size_t index);
    void liveChanged(bool live);

private:
    void drain();

    trace::TraceData m_data;
    std::unique_ptr<trace::Replay> m_replay;
    std::size_t m_replaySize = 0;
    std::shared_ptr<trace::Recorder> m_recorder;
    std::size_t m_callbacksSeen = 0;
    QTimer m_timer;
    std::size_t m_selected = npos;
};

} // namespace loopscope::ui
