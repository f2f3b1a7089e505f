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

} // namespace loopscope::trace
