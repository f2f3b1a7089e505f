#include "trace/clock.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>

#ifdef LOOPSCOPE_TRACE_TSC
#include <cpuid.h>
#endif

namespace loopscope::trace {

namespace {

bool detectTsc()
{
    const char *forced = std::getenv("LOOPSCOPE_TRACE_CLOCK");
    if (forced && std::strcmp(forced, "steady") == 0)
        return false;
#ifdef LOOPSCOPE_TRACE_TSC
    // CPUID 0x80000007, EDX bit 8: the TSC runs at a constant rate in every power state and is
    // synchronised across cores, which the conversion assumes.
    unsigned a = 0, b = 0, c = 0, d = 0;
    return __get_cpuid(0x80000007, &a, &b, &c, &d) && (d & (1u << 8));
#else
    return false;
#endif
}

// Enough for the late chunk of a thread that was descheduled for seconds; older events are
// extrapolated from the oldest segment.
constexpr std::size_t kMaxPoints = 4096;
constexpr std::int64_t kMinSpacingNs = 1'000'000;

} // namespace

const bool g_clockUsesTsc = detectTsc();

TickConverter::TickConverter()
    : m_steadyZero(steadyNs())
{
    m_points.push_back({clockTicks(), 0});
    m_points.reserve(64);
}

TickConverter::Point TickConverter::now() const
{
#ifdef LOOPSCOPE_TRACE_TSC
    // Fenced so that the counter is not read ahead of the loads that published the events this
    // point must come after.
    _mm_lfence();
#endif
    const std::int64_t ticks = clockTicks();
    return {ticks, steadyNs() - m_steadyZero};
}

void TickConverter::anchor()
{
    if (!g_clockUsesTsc)
        return;
    Point p = now();
    if (m_points.size() == 1) {
        while (p.ns < kMinSpacingNs)
            p = now();
    } else if (p.ns - m_points.back().ns < kMinSpacingNs) {
        return;
    }
    if (p.ticks <= m_points.back().ticks)
        return; // a clock that did not move: keep the last slope
    if (m_points.size() == kMaxPoints)
        m_points.erase(m_points.begin(), m_points.begin() + kMaxPoints / 4);
    m_points.push_back(p);
    m_segment = {}; // the last segment ends here now
}

std::int64_t TickConverter::toNsSlow(std::int64_t ticks) const
{
    constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    if (!g_clockUsesTsc) {
        // The ticks are steady-clock ns already.
        m_segment = {kMin, kMax, m_steadyZero, 0, 1.0};
        return ticks - m_steadyZero;
    }
    if (m_points.size() < 2)
        return 0; // anchor() was never called: there is no rate to convert with
    // The segment whose end is the first point after `ticks`, or the last one to extrapolate.
    auto it = std::upper_bound(m_points.begin(), m_points.end(), ticks,
                               [](std::int64_t t, const Point &p) { return t < p.ticks; });
    if (it == m_points.begin())
        ++it;
    else if (it == m_points.end())
        --it;
    const Point &a = *(it - 1);
    const Point &b = *it;
    // The first segment extrapolates backwards and the last forwards.
    m_segment = {it - 1 == m_points.begin() ? kMin : a.ticks, it + 1 == m_points.end() ? kMax : b.ticks,
                 a.ticks, a.ns, double(b.ns - a.ns) / double(b.ticks - a.ticks)};
    return a.ns + std::int64_t(double(ticks - a.ticks) * m_segment.slope);
}

} // namespace loopscope::trace
