// CPU use of one thread over time, as CpuUsage events: a thread of its own wakes every interval,
// reads the sampled thread's CPU clock (pthread_getcpuclockid) and the steady clock that trace
// times are on, and records the share of the interval the thread spent on a CPU.
//
// Attribution: the sampler thread registers with the recorder as ThreadKind::Sampler ("cpu
// sampler") and records the events itself, so the hot path (Recorder::record) is unchanged and a
// thread's events stay in the order it recorded them. The sampled thread is named by the event's
// `id` (its index in the thread list); `value` is the use in permille, 0..1000; `id2` is the
// interval the sample covers, in µs (the sample describes [t - id2 µs, t]). Views draw no lane
// for a Sampler thread (trace::isShownThread).
//
// The sampler thread touches only the recorder's thread-safe API (registerThread, record).
// Lifetime: the Recorder must outlive the CpuSampler, and the sampled thread must not end before
// stop() (its CPU clock goes with it; a sample that cannot be read is skipped).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include <time.h>

namespace loopscope::trace {

class Recorder;

class CpuSampler
{
public:
    static constexpr std::chrono::milliseconds kDefaultInterval{25};

    // An interval below 1 ms is taken as 1 ms.
    explicit CpuSampler(Recorder &rec, std::chrono::milliseconds interval = kDefaultInterval);
    ~CpuSampler(); // stop()
    CpuSampler(const CpuSampler &) = delete;
    CpuSampler &operator=(const CpuSampler &) = delete;

    // Starts sampling the calling thread, whose index is the recorder's (Recorder::
    // currentThreadIndex(), registering the thread if it never recorded: call it after
    // registerThread). Samples of a thread that started sampling before restart from now.
    // False if the thread's CPU clock cannot be read (then nothing is sampled).
    bool startForCurrentThread();
    // Wakes the sampler thread, which records one last sample (the time since the previous
    // one), and joins it. Any thread; idempotent.
    void stop();

    bool isRunning() const { return m_thread.joinable(); }
    // The sampled thread's index (valid once started).
    std::uint16_t sampledThread() const { return m_sampled; }
    std::chrono::milliseconds interval() const { return m_interval; }

private:
    void run();
    // Records the CPU use since the previous sample; false if the clock can no longer be read.
    bool sample();

    Recorder &m_rec;
    const std::chrono::milliseconds m_interval;
    std::thread m_thread;
    std::mutex m_mutex; // protects m_stop
    std::condition_variable m_wake;
    bool m_stop = false;
    // Set before the sampler thread starts, then only read or written by it.
    clockid_t m_clock{};
    std::uint16_t m_sampled = 0;
    std::int64_t m_lastCpuNs = 0;
    std::int64_t m_lastWallNs = 0;
};

} // namespace loopscope::trace
