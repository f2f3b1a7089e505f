#include "trace/background.h"

#include <cerrno>
#include <cstring>

#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace loopscope::trace {

void nameCurrentThread(const char *name)
{
    // pthread_setname_np fails with ERANGE for more than 15 characters.
    char shortName[16] = {};
    std::strncpy(shortName, name, sizeof shortName - 1);
    ::pthread_setname_np(::pthread_self(), shortName);
}

void becomeBackgroundThread(const char *name)
{
    nameCurrentThread(name);
    // On Linux a thread has a nice value of its own, set through its thread id.
    const auto tid = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        ::setpriority(PRIO_PROCESS, tid, nice + 5 > 19 ? 19 : nice + 5);
}

} // namespace loopscope::trace
