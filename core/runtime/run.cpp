#include "runtime/run.h"

#include "runtime/engine.h"
#include "runtime/profile.h"
#include "trace/recorder.h"
#include "trace/tracewriter.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>

#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtCore/QTimer>

namespace loopscope {

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
        m_thread->wait();
        delete m_thread;
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
    m_thread = QThread::create([self, control, options, writer] {
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
    m_thread->setObjectName(QStringLiteral("loopscope-engine"));
    // V8 needs more than the default 8 MiB only for deep recursion; keep Deno's main-thread size.
    m_thread->setStackSize(8 * 1024 * 1024);
    if (m_options.timeoutSeconds > 0) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        connect(m_timeout, &QTimer::timeout, this, [this] { stop(ExitReason::TimedOut); });
        m_timeout->start(int(m_options.timeoutSeconds * 1000));
    }
    m_thread->start();
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
    return ms < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(ms));
}

} // namespace loopscope
