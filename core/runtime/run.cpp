#include "runtime/run.h"

#include "runtime/engine.h"
#include "runtime/profile.h"
#include "trace/background.h"
#include "trace/recorder.h"
#include "trace/tracewriter.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>

#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <cstring>
#include <ctime>

#include <pthread.h>

namespace loopscope {

// The engine thread: a POSIX thread with the stack V8 needs, joined, not a QThread. Joining
// waits for the thread's very end, its thread-local destructors included; QThread::wait()
// returns before those run, so a process could exit while the thread still freed its Qt data
// (LeakSanitizer saw it as a leak now and then).
class Run::EngineThread
{
public:
    explicit EngineThread(std::function<void()> body)
        : m_body(std::move(body))
    {
    }
    ~EngineThread() { join(-1); }

    // False, with the system's reason in *error, when no thread can be made.
    bool start(std::size_t stackSize, QString *error)
    {
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, stackSize);
        const int rc = pthread_create(&m_handle, &attr, &EngineThread::entry, this);
        pthread_attr_destroy(&attr);
        if (rc != 0) {
            *error = QStringLiteral("cannot start the engine thread: %1").arg(QString::fromLocal8Bit(std::strerror(rc)));
            return false;
        }
        m_started = true;
        return true;
    }

    // Waits for the thread to end (ms < 0: no limit); true once it has.
    bool join(int ms)
    {
        if (!m_started || m_joined)
            return true;
        if (ms < 0) {
            m_joined = pthread_join(m_handle, nullptr) == 0;
            return m_joined;
        }
        timespec until{};
        clock_gettime(CLOCK_REALTIME, &until); // pthread_timedjoin_np's clock
        until.tv_sec += ms / 1000;
        until.tv_nsec += long(ms % 1000) * 1'000'000;
        if (until.tv_nsec >= 1'000'000'000) {
            ++until.tv_sec;
            until.tv_nsec -= 1'000'000'000;
        }
        m_joined = pthread_timedjoin_np(m_handle, nullptr, &until) == 0;
        return m_joined;
    }

private:
    static void *entry(void *self)
    {
        trace::nameCurrentThread("ls-engine");
        static_cast<EngineThread *>(self)->m_body();
        return nullptr;
    }

    std::function<void()> m_body;
    pthread_t m_handle{};
    bool m_started = false;
    bool m_joined = false;
};

Run::Run(RunOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_control(std::make_shared<EngineControl>())
{
    qRegisterMetaType<loopscope::Stream>();
    qRegisterMetaType<loopscope::RunResult>();
}

Run::~Run()
{
    if (m_thread) {
        stop();
        m_thread->join(-1);
    }
}

bool Run::start()
{
    Q_ASSERT(!m_thread);
    QPointer<Run> self(this);
    auto control = m_control;
    RunOptions options = m_options;
    if (!findProfile(options.profile)) {
        m_error = QStringLiteral("unknown profile \"%1\" (the profiles are %2)")
                      .arg(options.profile, profileNames().join(QStringLiteral(", ")));
        return false;
    }
    if (options.record || !options.tracePath.isEmpty()) {
        m_recorder = std::make_shared<trace::Recorder>();
        options.recorder = m_recorder;
    }
    if (!options.tracePath.isEmpty()) {
        trace::TraceMeta meta;
        meta.profile = options.profile;
        meta.scriptPath = QFileInfo(options.scriptPath).absoluteFilePath();
        if (!options.source.isEmpty()) {
            meta.scriptText = options.source;
        } else {
            QFile script(options.scriptPath);
            if (script.open(QIODevice::ReadOnly))
                meta.scriptText = QString::fromUtf8(script.readAll());
        }
        m_writer = std::make_shared<trace::TraceWriter>(m_recorder);
        if (m_traceListener)
            m_writer->setBatchListener(m_traceListener);
        if (!m_writer->start(options.tracePath, meta, &m_error)) {
            m_writer.reset();
            m_recorder.reset();
            return false;
        }
    }
    auto writer = m_writer;
    m_thread = std::make_unique<EngineThread>([self, control, options, writer] {
        Output::Sink sink;
        if (!options.writeToStdio) {
            sink = [self](Stream stream, const QString &text) {
                // Queued to the owner's thread; a Run deleted meanwhile simply gets nothing.
                QMetaObject::invokeMethod(self.data(), [self, stream, text] {
                    if (self)
                        Q_EMIT self->output(stream, text);
                }, Qt::QueuedConnection);
            };
        }
        Output out(options.writeToStdio, std::move(sink));
        RunResult result;
        {
            Engine engine(options, std::move(out), control);
            result = engine.exec();
        }
        // Everything is recorded: the file gets the last batch and is marked complete before
        // anyone hears that the run is over.
        if (writer) {
            writer->setMeta(QStringLiteral("exit_reason"), exitReasonName(result.reason));
            writer->setMeta(QStringLiteral("exit_code"), QString::number(result.exitCode));
            writer->finish();
        }
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, result] {
                if (!self)
                    return;
                self->m_result = result;
                self->m_done = true;
                if (self->m_timeout)
                    self->m_timeout->stop();
                Q_EMIT self->finished(result);
            }, Qt::QueuedConnection);
    });
    // V8 needs more than the default 8 MiB only for deep recursion; keep Deno's main-thread size.
    if (!m_thread->start(8 * 1024 * 1024, &m_error)) {
        m_thread.reset();
        if (m_writer) {
            m_writer->finish();
            m_writer.reset();
        }
        m_recorder.reset();
        return false;
    }
    if (m_options.timeoutSeconds > 0) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, [this] { stop(ExitReason::TimedOut); });
        m_timeout->start(int(m_options.timeoutSeconds * 1000));
    }
    return true;
}

void Run::stop(ExitReason reason)
{
    m_control->requestStop(reason);
}

bool Run::isRunning() const
{
    // Running from start() until finished() has been delivered on the owner's thread.
    return m_thread && !m_done;
}

bool Run::wait(int ms)
{
    if (!m_thread)
        return true;
    return m_thread->join(ms);
}

} // namespace loopscope
