// A plain-text summary of a trace, for `loopscope summary FILE`: what ran and how it ended,
// counts per kind and per thread, the longest microtask drain, the longest blocked foreign call,
// the engine thread's CPU use and time spent spinning, the callbacks and how often each ran, and
// the diagnostics (hangs with their waiting thread and how long it waited).
#pragma once

#include "trace/tracefile.h"

#include <QtCore/QString>

namespace loopscope::trace {

// The facts summarize() prints, for callers (and tests) that want them as numbers.
struct SummaryFacts {
    std::int64_t durationNs = 0; // first event to last

    // The checkpoint that took longest, and the one that ran most jobs (seq of its start; 0:
    // none in the trace).
    std::uint64_t longestDrainSeq = 0;
    std::int64_t longestDrainNs = 0;
    std::int64_t longestDrainJobs = 0;
    std::uint64_t biggestDrainSeq = 0;
    std::int64_t biggestDrainNs = 0;
    std::int64_t biggestDrainJobs = 0;

    // The foreign call whose native thread waited longest, queued -> released (0: none).
    std::uint32_t longestBlockedCall = 0;
    std::uint32_t longestBlockedCallback = 0;
    std::uint16_t longestBlockedThread = 0;
    std::int64_t longestBlockedNs = 0;
    bool longestBlockedReleased = true; // false: still blocked when the trace ends

    // CPU use of the engine thread from its CpuUsage samples (the first engine thread of the
    // thread list; thread 0 if it lists none), in permille.
    std::uint16_t cpuThread = 0;
    std::size_t cpuSamples = 0;
    std::int64_t cpuSampledNs = 0;       // the intervals the samples cover, together
    std::int64_t cpuPeakPermille = -1;   // -1: no samples
    std::int64_t cpuPeakAtNs = 0;        // the time of the peak sample (the end of its interval)
    std::int64_t cpuMeanPermille = -1;   // weighted by each sample's interval; -1: no samples

    // Spinning loops: idle kIdleSpin until the thread's wake (or next loop phase, idle or run
    // end), or the trace's end.
    std::size_t spins = 0;
    std::int64_t spinNs = 0;
    std::int64_t longestSpinNs = 0;

    std::size_t hangs = 0; // DiagnosticKind::Hang diagnostics
};

SummaryFacts summaryFacts(const TraceData &data);
// Plain text, aligned columns, '\n' line ends.
QString summarize(const TraceData &data);

// "1.234 ms", "56.789 µs", "12 ns", "2.500 s": a duration for people.
QString formatDuration(std::int64_t ns);

} // namespace loopscope::trace
