// The trace clock. The hot path reads raw ticks (the CPU's time-stamp counter where it is
// invariant: ~10 ns, against ~30 ns for clock_gettime in a VM); the consumer turns them into ns
// since the run started, off the hot path.
//
// The tick rate is not known exactly, so the conversion is piecewise linear through reference
// points (ticks, steady-clock ns) that the consumer takes as it drains, at most one per ms. An
// event lands between two such points and is interpolated, so the error stays at the jitter of
// one clock read (tens of ns) however long the run, and times never drift from the steady
// clock that the engine's timers use.
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#define LOOPSCOPE_TRACE_TSC 1
#endif

namespace loopscope::trace {

// True when clockTicks() reads the time-stamp counter; false: it reads the steady clock in ns.
// Decided once at start-up: the CPU must have an invariant TSC, and LOOPSCOPE_TRACE_CLOCK=steady
// in the environment forces the steady clock (for virtual machines that trap rdtsc).
extern const bool g_clockUsesTsc;

inline std::int64_t steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The time-stamp counter, for callers that checked g_clockUsesTsc (the steady clock where
// there is no counter to read).
inline std::int64_t tscTicks()
{
#ifdef LOOPSCOPE_TRACE_TSC
    return std::int64_t(__rdtsc());
#else
    return steadyNs();
#endif
}

inline std::int64_t clockTicks()
{
#ifdef LOOPSCOPE_TRACE_TSC
    if (g_clockUsesTsc) [[likely]]
        return std::int64_t(__rdtsc());
#endif
    return steadyNs();
}

// Consumer side: not thread-safe; its owner serialises the calls (Recorder's drain lock).
class TickConverter
{
public:
    // Time zero is now.
    TickConverter();

    // Takes a reference point unless the last one is less than 1 ms old. The very first one
    // waits until 1 ms has passed since time zero, so that there is always a slope to
    // extrapolate with.
    void anchor();
    std::int64_t toNs(std::int64_t ticks) const
    {
        // Events come in runs that lie on one segment: its line is kept.
        if (ticks >= m_segment.from && ticks < m_segment.to) [[likely]]
            return m_segment.ns + std::int64_t(double(ticks - m_segment.ticks) * m_segment.slope);
        return toNsSlow(ticks);
    }
    std::int64_t nowNs() const { return toNs(clockTicks()); }

private:
    struct Point {
        std::int64_t ticks;
        std::int64_t ns;
    };
    // The line through a segment's start point, and the ticks it serves.
    struct Segment {
        std::int64_t from = 0;
        std::int64_t to = 0; // empty until the first conversion
        std::int64_t ticks = 0;
        std::int64_t ns = 0;
        double slope = 0;
    };
    Point now() const;
    std::int64_t toNsSlow(std::int64_t ticks) const;

    std::int64_t m_steadyZero;
    std::vector<Point> m_points; // ascending in both; the oldest are dropped past a bound
    mutable Segment m_segment;
};

} // namespace loopscope::trace
