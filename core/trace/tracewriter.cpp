#include "trace/tracewriter.h"
#include "trace/tracedb_p.h"
#include "trace/background.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>

#include <chrono>

namespace loopscope::trace {

Q_LOGGING_CATEGORY(lcTraceWriter, "loopscope.trace.writer")

TraceWriter::TraceWriter(std::shared_ptr<Recorder> recorder)
    : TraceWriter(std::move(recorder), Options())
{
}

TraceWriter::TraceWriter(std::shared_ptr<Recorder> recorder, Options options)
    : m_recorder(std::move(recorder))
    , m_options(options)
{
}

TraceWriter::~TraceWriter()
{
    finish();
}

bool TraceWriter::start(const QString &path, const TraceMeta &meta, QString *error)
{
    Q_ASSERT(!m_thread.joinable());
    m_path = path;
    m_db = std::make_unique<TraceDb>();
    if (!m_db->create(path) || !m_db->begin() || !m_db->writeMeta(metaRows(meta)) || !m_db->commit()) {
        if (error) {
            *error = QCoreApplication::translate("loopscope::trace::TraceFile", "Cannot write %1: %2.")
                         .arg(path, m_db->errorString());
        }
        m_db.reset();
        return false;
    }
    m_recorder->setConsumerWakeup([this] {
        // On a producer thread, when the buffers are half full: no I/O, a short lock at most.
        {
            std::lock_guard lock(m_mutex);
            m_wake = true;
        }
        m_cv.notify_one();
    });
    m_thread = std::thread([this] { run(); });
    return true;
}

void TraceWriter::finish()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_one();
    m_thread.join();
    m_recorder->setConsumerWakeup(nullptr);
}

void TraceWriter::setMeta(const QString &key, const QString &value)
{
    std::lock_guard lock(m_mutex);
    m_pendingMeta[key] = value;
}

void TraceWriter::setBatchListener(std::function<void(const Batch &)> listener)
{
    Q_ASSERT(!m_thread.joinable());
    m_listener = std::move(listener);
}

TraceWriter::Stats TraceWriter::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

QString TraceWriter::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void TraceWriter::run()
{
    becomeBackgroundThread("ls-trace-writer");
    using Clock = std::chrono::steady_clock;
    const auto interval = std::chrono::milliseconds(m_options.intervalMs);
    auto deadline = Clock::now() + interval;
    for (;;) {
        bool stop = false;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait_until(lock, deadline, [this] { return m_stop || m_wake; });
            stop = m_stop;
            m_wake = false;
        }
        // The next commit is due one interval after this one starts, however long it takes.
        deadline = Clock::now() + interval;
        if (stop)
            break;
        writeBatch(false);
    }
    // The engine has stopped recording by now. A native thread that records later (a call after
    // the run ended) is not waited for: its events stay in the recorder.
    writeBatch(true);
    if (!m_failed && !m_db->close()) {
        std::lock_guard lock(m_mutex);
        m_error = m_db->errorString();
    }
    m_db.reset();
}

std::size_t TraceWriter::writeBatch(bool last)
{
    if (!m_batch || m_listener)
        m_batch = std::make_shared<std::vector<Event>>();
    const std::shared_ptr<std::vector<Event>> events = m_batch;
    events->clear();
    m_recorder->drain(*events);
    // The last batch takes what a drain leaves for the next one (an event whose cause's clock
    // read later than the batch's end, on another core): there is no next one.
    for (int round = 0; last && round < 3 && m_recorder->recordedCount() > m_recorder->numberedCount(); ++round)
        m_recorder->drain(*events);
    // After the drain: every string, thread and callback an event names was made before it.
    std::vector<QString> strings;
    const std::uint32_t firstString = m_stringsWritten;
    m_stringsWritten = m_recorder->strings().copySince(firstString, strings);
    std::vector<CallbackInfo> callbacks;
    m_callbacksWritten = m_recorder->callbacksSince(m_callbacksWritten, callbacks);
    std::vector<ThreadInfo> threads;
    if (const std::uint64_t version = m_recorder->threadsVersion(); version != m_threadsVersion) {
        threads = m_recorder->threads();
        m_threadsVersion = version;
    }
    std::map<QString, QString> meta;
    {
        std::lock_guard lock(m_mutex);
        meta.swap(m_pendingMeta);
    }
    if (last) {
        meta[QLatin1String(metakey::complete)] = QStringLiteral("1");
        meta[QLatin1String(metakey::endTimeUtc)] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        meta[QLatin1String(metakey::eventsRecorded)] = QString::number(m_recorder->recordedCount());
        meta[QLatin1String(metakey::eventsLost)] = QString::number(m_recorder->lostCount());
    }
    if (events->empty() && strings.empty() && callbacks.empty() && threads.empty() && meta.empty())
        return 0;

    bool written = false;
    if (!m_failed) {
        written = m_db->begin() && m_db->writeStrings(firstString, strings) && m_db->writeThreads(threads)
            && m_db->writeCallbacks(callbacks) && m_db->writeMeta(meta)
            && m_db->writeEvents(events->data(), events->data() + events->size()) && m_db->commit();
        if (!written) {
            // Give up on the file rather than write around a hole: what it has is consistent.
            m_failed = true;
            const QString error = m_db->errorString();
            m_db->rollback();
            qCWarning(lcTraceWriter, "cannot write %s: %s", qPrintable(m_path), qPrintable(error));
            std::lock_guard lock(m_mutex);
            m_error = error;
        }
    }
    {
        std::lock_guard lock(m_mutex);
        if (written) {
            m_stats.eventsWritten += events->size();
            m_stats.batches += events->empty() ? 0 : 1;
            for (const Event &e : *events)
                m_stats.lastSeq = std::max(m_stats.lastSeq, e.seq);
        } else {
            m_stats.eventsNotWritten += events->size();
        }
    }
    const std::size_t count = events->size();
    if (m_listener && count > 0)
        m_listener(events);
    return count;
}

} // namespace loopscope::trace
