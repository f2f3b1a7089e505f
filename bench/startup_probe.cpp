// startup_probe: spawns a command RUNS times and, for each run, prints how long it took from
// just before posix_spawn() until the first byte arrived on the child's stdout, and until the
// child exited (both in milliseconds, CLOCK_MONOTONIC):
//
//     startup_probe RUNS COMMAND [ARGS...]
//     -> one line per run: "<first_byte_ms> <exit_ms>"
//
// The child's stdin is /dev/null, its stderr is discarded. Exits 1 (with a message on stderr)
// if the command cannot be started, prints nothing, or exits unsuccessfully.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

bool runOnce(char **argv, double &firstByteMs, double &exitMs)
{
    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0) {
        std::perror("startup_probe: pipe2");
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    const double t0 = nowMs();
    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (rc != 0) {
        std::fprintf(stderr, "startup_probe: cannot start %s: %s\n", argv[0], std::strerror(rc));
        close(out[0]);
        return false;
    }

    char buf[4096];
    firstByteMs = -1;
    for (;;) {
        const ssize_t n = read(out[0], buf, sizeof buf);
        if (n > 0) {
            if (firstByteMs < 0)
                firstByteMs = nowMs() - t0;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break; // EOF or error: the child closed its stdout (normally by exiting)
    }
    close(out[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    exitMs = nowMs() - t0;

    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "startup_probe: %s did not exit successfully (status %d)\n", argv[0],
                     status);
        return false;
    }
    if (firstByteMs < 0) {
        std::fprintf(stderr, "startup_probe: %s printed nothing on stdout\n", argv[0]);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: startup_probe RUNS COMMAND [ARGS...]\n");
        return 2;
    }
    const int runs = std::atoi(argv[1]);
    if (runs <= 0) {
        std::fprintf(stderr, "startup_probe: RUNS must be a positive number\n");
        return 2;
    }
    for (int i = 0; i < runs; ++i) {
        double firstByte = 0, exit = 0;
        if (!runOnce(argv + 2, firstByte, exit))
            return 1;
        std::printf("%.3f %.3f\n", firstByte, exit);
        std::fflush(stdout);
    }
    return 0;
}
