// A made-up but plausible trace: loop iterations with phases, synchronous FFI calls and their
// callbacks, microtasks with their checkpoints, timers, foreign calls from native threads with
// wakes, ref changes and console output, in the proportions a busy FFI script produces. For
// tests and benchmarks of the file format and the views, where a real run would be slow or
// not reproducible. Deterministic for a given seed.
#pragma once

#include "trace/tracefile.h"

namespace loopscope::trace {

struct SyntheticOptions {
    std::size_t events = 1'000'000;
    double meanGapNs = 300;  // mean time between two events; 300 ns: 1 M events in 0.3 s
    int nativeThreads = 4;
    std::uint64_t seed = 1;
};

TraceData syntheticTrace(const SyntheticOptions &options = {});

// A small run as the deno-1.26 profile makes it: the script refs a thread-safe callback from a
// timer, and then the loop, with nothing to do, spins (Idle kIdleSpin) for `spinNs` instead of
// parking, until a native thread calls the callback (Wake). A "cpu sampler" thread records the
// engine thread's CPU use every `sampleEveryNs`: near 1000 permille while it spins, near 0 while
// it is parked before. Threads: 0 engine "main", 1 native "worker", 2 sampler "cpu sampler".
struct SpinningOptions {
    std::int64_t spinNs = 1'000'000'000;
    std::int64_t sampleEveryNs = 25'000'000;
};
TraceData spinningTrace(const SpinningOptions &options = {});

} // namespace loopscope::trace
