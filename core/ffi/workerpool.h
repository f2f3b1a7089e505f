// The threads that run nonblocking FFI calls: like tokio's blocking pool in Deno, they are
// started on demand up to a limit (32 on Unix), and an idle one ends after a while. Jobs past
// the limit wait in FIFO order.
//
// Threads are detached: a job may sit in native code for ever, and the run must still be able
// to end. shutdown() drops the queued jobs and lets each thread end after its current one.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace loopscope::ffi {

class WorkerPool : public std::enable_shared_from_this<WorkerPool>
{
public:
    explicit WorkerPool(int maxThreads) : m_maxThreads(maxThreads) {}

    void post(std::function<void()> job);
    // Runs on each new thread before its first job (set it before the first post()).
    void setThreadStartHook(std::function<void()> hook) { m_threadStart = std::move(hook); }
    void shutdown();

private:
    void workerMain();

    const int m_maxThreads;
    std::function<void()> m_threadStart;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::condition_variable m_exited;
    std::deque<std::function<void()>> m_jobs;
    int m_threads = 0;
    int m_idle = 0;
    bool m_shutdown = false;
};

} // namespace loopscope::ffi
