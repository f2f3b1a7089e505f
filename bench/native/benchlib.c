/* Native side of the FFI benchmarks (bench/scripts/ffi-*.js): no printing, nothing but calls. */
#include <pthread.h>
#include <stdint.h>

int32_t bench_add(int32_t a, int32_t b) { return a + b; }

/* n synchronous calls of a callback on the caller's thread; returns the sum of its results. */
int64_t bench_call_n(int32_t (*cb)(int32_t), int32_t n)
{
    int64_t sum = 0;
    for (int32_t i = 0; i < n; ++i)
        sum += cb(i);
    return sum;
}

/* n calls of a callback from one other thread, each waiting for its result (the thread-safe
 * round trip); returns the sum. Call it as a nonblocking symbol. */
struct thread_job { int32_t (*cb)(int32_t); int32_t n; int64_t sum; };

static void *thread_main(void *arg)
{
    struct thread_job *job = arg;
    for (int32_t i = 0; i < job->n; ++i)
        job->sum += job->cb(i);
    return 0;
}

int64_t bench_thread_calls(int32_t (*cb)(int32_t), int32_t n)
{
    struct thread_job job = { cb, n, 0 };
    pthread_t t;
    pthread_create(&t, 0, thread_main, &job);
    pthread_join(t, 0);
    return job.sum;
}

void bench_noop(void) {}
