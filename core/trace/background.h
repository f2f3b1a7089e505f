// The names of loopscope's own threads, and tracing's threads' lower priority. Tracing's threads
// (the file writer, the chunk pool's filler) run beside the script's and must not take the CPU
// from them: on a machine with few cores they share one with the engine thread or a native
// thread, and a recording would then slow down what it records.
#pragma once

namespace loopscope::trace {

// Names the calling thread as top, perf and gdb show it: the kernel keeps 15 characters, and a
// longer name is cut (pthread_setname_np alone would refuse it).
void nameCurrentThread(const char *name);

// Names the calling thread (nameCurrentThread) and lowers its scheduling priority (nice + 5), so
// that a busy engine or native thread wins the core it shares with it. Does nothing where the
// system does not allow it.
void becomeBackgroundThread(const char *name);

} // namespace loopscope::trace
