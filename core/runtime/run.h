// A run of one script on its own engine thread. The thread that owns a Run (the GUI thread, or
// the command line's main thread) never touches V8; it gets output and the end as signals.
#pragma once

#include "runtime/runtypes.h"

#include <QtCore/QObject>

#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace loopscope {

class EngineControl;
namespace trace {
class Recorder;
class TraceWriter;
struct Event;
}

class Run : public QObject
{
    Q_OBJECT
public:
    explicit Run(RunOptions options, QObject *parent = nullptr);
    ~Run() override;

    // Starts the engine thread. False (and nothing started) when the trace file of
    // RunOptions::tracePath cannot be created; errorString() says why.
    bool start();
    QString errorString() const { return m_error; }
    // The run's recorder when it records (RunOptions::record or tracePath), else null. Live
    // views drain it (or take the writer's batches) while the run goes on.
    std::shared_ptr<trace::Recorder> recorder() const { return m_recorder; }
    // With a trace file: called on the writer's thread with each batch it committed (a live view
    // takes the events from there). Set it before start().
    using TraceBatch = std::shared_ptr<const std::vector<trace::Event>>;
    void setTraceListener(std::function<void(const TraceBatch &)> listener) { m_traceListener = std::move(listener); }
    // Ends the run at once, also in the middle of `while (true) {}`. Safe to call any time.
    void stop(ExitReason reason = ExitReason::Stopped);
    bool isRunning() const;
    // Blocks until the engine thread is done (ms < 0: no limit).
    bool wait(int ms = -1);
    RunResult result() const { return m_result; }

Q_SIGNALS:
    // Console output, delivered in order on the owner's thread.
    void output(loopscope::Stream stream, const QString &text);
    void finished(const loopscope::RunResult &result);

private:
    RunOptions m_options;
    std::shared_ptr<EngineControl> m_control;
    class EngineThread;
    std::unique_ptr<EngineThread> m_thread;
    QTimer *m_timeout = nullptr;
    RunResult m_result;
    bool m_done = false;
    QString m_error;
    std::shared_ptr<trace::Recorder> m_recorder;
    std::shared_ptr<trace::TraceWriter> m_writer;
    std::function<void(const TraceBatch &)> m_traceListener;
};

} // namespace loopscope
