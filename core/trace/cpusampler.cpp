#include "trace/cpusampler.h"

#include "trace/background.h"
#include "trace/clock.h"
#include "trace/recorder.h"

#include <QtCore/QString>

#include <algorithm>

#include <pthread.h>

namespace loopscope::trace {

namespace {

bool readClock(clockid_t clock, std::int64_t *ns)
{
    timespec ts{};
    if (clock_gettime(clock, &ts) != 0)
        return false;
    *ns = std::int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    return true;
}

} // namespace

CpuSampler::CpuSampler(Recorder &rec, std::chrono::milliseconds interval)
    : m_rec(rec)
    , m_interval(std::max(interval, std::chrono::milliseconds(1)))
{
}

CpuSampler::~CpuSampler()
{
    stop();
}

bool CpuSampler::startForCurrentThread()
{
    stop();
    clockid_t clock{};
    std::int64_t cpu = 0;
    if (pthread_getcpuclockid(pthread_self(), &clock) != 0 || !readClock(clock, &cpu))
        return false;
    // Before the sampler thread registers: the sampled thread, if new, comes first.
    m_sampled = m_rec.currentThreadIndex();
    m_clock = clock;
    m_lastCpuNs = cpu;
    m_lastWallNs = steadyNs();
    m_stop = false; // no sampler thread runs (stop() joined it)
    m_thread = std::thread([this] { run(); });
    return true;
}

void CpuSampler::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool CpuSampler::sample()
{
    std::int64_t cpu = 0;
    if (!readClock(m_clock, &cpu))
        return false; // the sampled thread has ended
    const std::int64_t wall = steadyNs();
    const std::int64_t dWall = wall - m_lastWallNs;
    if (dWall <= 0)
        return true;
    const std::int64_t dCpu = std::max<std::int64_t>(0, cpu - m_lastCpuNs);
    // Rounded; a thread cannot run longer than the wall time, but the two clocks are read one
    // after the other.
    const std::int64_t permille = std::clamp<std::int64_t>((dCpu * 1000 + dWall / 2) / dWall, 0, 1000);
    const auto micros = std::uint32_t(std::min<std::int64_t>((dWall + 500) / 1000, 0xffffffff));
    m_rec.record(Kind::CpuUsage, {.id = m_sampled, .id2 = micros, .value = permille});
    m_lastCpuNs = cpu;
    m_lastWallNs = wall;
    return true;
}

void CpuSampler::run()
{
    nameCurrentThread("ls-cpu-sampler");
    m_rec.registerThread(ThreadKind::Sampler, QStringLiteral("cpu sampler"));
    auto next = std::chrono::steady_clock::now() + m_interval;
    std::unique_lock lock(m_mutex);
    for (;;) {
        const bool stopping = m_wake.wait_until(lock, next, [this] { return m_stop; });
        lock.unlock();
        const bool ok = sample();
        lock.lock();
        if (stopping || !ok)
            return;
        // A sampler that fell behind (a descheduled VM) goes on from now, not in a burst.
        const auto now = std::chrono::steady_clock::now();
        next += m_interval;
        if (next <= now)
            next = now + m_interval;
    }
}

} // namespace loopscope::trace
