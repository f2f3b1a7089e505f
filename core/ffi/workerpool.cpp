#include "ffi/workerpool.h"

#include "trace/background.h"

#include <chrono>
#include <thread>

namespace loopscope::ffi {

using namespace std::chrono_literals;

void WorkerPool::post(std::function<void()> job)
{
    std::unique_lock lock(m_mutex);
    if (m_shutdown)
        return;
    m_jobs.push_back(std::move(job));
    if (m_idle > 0) {
        m_cv.notify_one();
        return;
    }
    if (m_threads < m_maxThreads) {
        ++m_threads;
        // The thread holds the pool alive: it may outlive the run that started it.
        std::thread([self = shared_from_this()] { self->workerMain(); }).detach();
    }
}

void WorkerPool::workerMain()
{
    trace::nameCurrentThread("ls-ffi-worker");
    if (m_threadStart)
        m_threadStart();
    std::unique_lock lock(m_mutex);
    for (;;) {
        while (m_jobs.empty() && !m_shutdown) {
            ++m_idle;
            const bool woke = m_cv.wait_for(lock, 10s, [this] { return !m_jobs.empty() || m_shutdown; });
            --m_idle;
            if (!woke)
                break; // idle for long enough
        }
        if (m_jobs.empty() || m_shutdown)
            break;
        std::function<void()> job = std::move(m_jobs.front());
        m_jobs.pop_front();
        lock.unlock();
        job();
        job = nullptr;
        lock.lock();
    }
    --m_threads;
    m_exited.notify_all();
}

void WorkerPool::shutdown()
{
    std::unique_lock lock(m_mutex);
    m_shutdown = true;
    m_jobs.clear();
    m_cv.notify_all();
    // Give threads that are between jobs a moment to go; those inside native code stay.
    m_exited.wait_for(lock, 50ms, [this] { return m_threads == 0; });
}

} // namespace loopscope::ffi
