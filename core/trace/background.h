// Tracing's own threads (the file writer, the chunk pool's filler) run beside the script's and
// must not take the CPU from them: on a machine with few cores they share one with the engine
// thread or a native thread, and a recording would then slow down what it records.
#pragma once

namespace loopscope::trace {

// Names the calling thread (at most 15 characters show in top, perf and gdb) and lowers its
// scheduling priority (nice + 5), so that a busy engine or native thread wins the core it shares
// with it. Does nothing where the system does not allow it.
void becomeBackgroundThread(const char *name);

} // namespace loopscope::trace
