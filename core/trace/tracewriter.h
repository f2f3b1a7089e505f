// Writes a recording run to its .lstrace file as it goes. A thread of its own drains the
// recorder and commits each batch in one transaction, at most Options::intervalMs apart (sooner
// when the recorder's buffers fill up): a process killed at any moment leaves a file that
// opens, with every batch but the one being written. The engine never waits for the disk.
//
// The writer is then the recorder's consumer; a live view takes its batches through
// setBatchListener() instead of draining the recorder itself.
#pragma once

#include "trace/recorder.h"
#include "trace/tracefile.h"

#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace loopscope::trace {

class TraceDb;

class TraceWriter
{
public:
    struct Options {
        int intervalMs = 100; // the longest time between two commits
    };
    struct Stats {
        std::uint64_t eventsWritten = 0;
        std::uint64_t eventsNotWritten = 0; // drained after a write error: the file misses them
        std::uint64_t batches = 0;           // committed transactions that held events
        std::uint64_t lastSeq = 0;           // the highest seq committed so far
    };
    using Batch = std::shared_ptr<const std::vector<Event>>;

    explicit TraceWriter(std::shared_ptr<Recorder> recorder);
    TraceWriter(std::shared_ptr<Recorder> recorder, Options options);
    // Finishes the file if start() succeeded and finish() was not called.
    ~TraceWriter();
    TraceWriter(const TraceWriter &) = delete;
    TraceWriter &operator=(const TraceWriter &) = delete;

    // Creates `path` (replacing it) with the schema and `meta`, then starts the writer thread.
    // On failure returns false and sets *error to a sentence naming the file.
    bool start(const QString &path, const TraceMeta &meta, QString *error = nullptr);
    // Drains what is left, writes it, marks the file complete, folds the WAL into it and
    // closes it. Blocks until done. Call it after the last event was recorded.
    void finish();

    // Stores a meta key with the next batch (e.g. "exit_reason" at the end). Any thread.
    void setMeta(const QString &key, const QString &value);
    // Called on the writer thread with each batch after it was committed (or after a write
    // error: the view still gets the events). Set it before start().
    void setBatchListener(std::function<void(const Batch &)> listener);

    Stats stats() const;
    // The first write error (disk full...), empty if none. Events are still drained and
    // passed to the listener after an error, and counted as not written.
    QString errorString() const;

private:
    void run();
    // One cycle: drain, write in one transaction, hand the batch on. Returns the events drained.
    std::size_t writeBatch(bool last);

    std::shared_ptr<Recorder> m_recorder;
    const Options m_options;
    QString m_path;
    std::unique_ptr<TraceDb> m_db; // the writer thread's once started
    std::thread m_thread;
    std::function<void(const Batch &)> m_listener;

    // Writer-thread state: what of the recorder's side tables the file already has.
    std::uint32_t m_stringsWritten = 0;
    std::size_t m_callbacksWritten = 0;
    std::uint64_t m_threadsVersion = ~std::uint64_t(0);
    bool m_failed = false;
    // Without a listener, one batch vector serves every cycle: a new one per cycle would be
    // fresh memory each time (page faults, slow in a virtual machine).
    std::shared_ptr<std::vector<Event>> m_batch;

    mutable std::mutex m_mutex; // protects everything below
    std::condition_variable m_cv;
    bool m_stop = false;
    bool m_wake = false;
    std::map<QString, QString> m_pendingMeta;
    Stats m_stats;
    QString m_error;
};

} // namespace loopscope::trace
