/* Native side of tst_ffi: threads that hammer a callback, a deadlock on purpose, late calls
 * through stale pointers, and a blocking function that counts how many run at once. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef int32_t (*binary_cb)(int32_t, int32_t);

/* --- stress: N threads x M calls, each checking the callback's answer ---------------------- */

#define MAX_THREADS 16
static pthread_t stress_threads[MAX_THREADS];
static int stress_thread_count;
static int stress_calls;
static binary_cb stress_cb;
static atomic_int stress_wrong;
static atomic_int stress_served;

static void *stress_main(void *arg)
{
    const int32_t t = (int32_t)(intptr_t)arg;
    for (int32_t k = 0; k < stress_calls; ++k) {
        const int32_t got = stress_cb(t, k);
        if (got != t * 1000003 + k) /* what the script's callback must answer */
            atomic_fetch_add(&stress_wrong, 1);
        atomic_fetch_add(&stress_served, 1);
    }
    return NULL;
}

void stress_start(binary_cb cb, int32_t threads, int32_t calls)
{
    stress_cb = cb;
    stress_calls = calls;
    stress_thread_count = threads > MAX_THREADS ? MAX_THREADS : threads;
    atomic_store(&stress_wrong, 0);
    atomic_store(&stress_served, 0);
    for (int i = 0; i < stress_thread_count; ++i)
        pthread_create(&stress_threads[i], NULL, stress_main, (void *)(intptr_t)i);
}

/* Joins the stress threads (call it nonblocking) and returns the number of wrong answers. */
int32_t stress_join(void)
{
    for (int i = 0; i < stress_thread_count; ++i)
        pthread_join(stress_threads[i], NULL);
    return atomic_load(&stress_wrong);
}

int32_t stress_served_count(void) { return atomic_load(&stress_served); }

/* A synchronous call into the callback from the engine thread. */
int32_t call_sync(binary_cb cb, int32_t a, int32_t b) { return cb(a, b); }

/* --- one thread calling once after a delay; its result is kept for the test ---------------- */

static pthread_t late_thread;
static binary_cb late_cb;
static int late_delay_ms;
static atomic_int late_result = -1;
static atomic_int late_done;

static void *late_main(void *arg)
{
    (void)arg;
    usleep((useconds_t)late_delay_ms * 1000);
    atomic_store(&late_result, late_cb(20, 22));
    atomic_store(&late_done, 1);
    return NULL;
}

void late_start(binary_cb cb, int32_t delay_ms)
{
    late_cb = cb;
    late_delay_ms = delay_ms;
    atomic_store(&late_result, -1);
    atomic_store(&late_done, 0);
    pthread_create(&late_thread, NULL, late_main, NULL);
    pthread_detach(late_thread);
}

int32_t late_is_done(void) { return atomic_load(&late_done); }
int32_t late_value(void) { return atomic_load(&late_result); }

/* Waits (synchronously, on the caller's thread) until the late thread has its answer: with
 * a thread-safe callback and this called from JavaScript, a deadlock. */
void late_wait(void)
{
    while (!atomic_load(&late_done))
        usleep(1000);
}

/* --- a blocking function for nonblocking calls, counting how many run at once -------------- */

static atomic_int running_now;
static atomic_int running_max;

int32_t block_ms(int32_t ms)
{
    const int now = atomic_fetch_add(&running_now, 1) + 1;
    int max = atomic_load(&running_max);
    while (now > max && !atomic_compare_exchange_weak(&running_max, &max, now)) {
    }
    usleep((useconds_t)ms * 1000);
    atomic_fetch_sub(&running_now, 1);
    return ms;
}

int32_t block_max_concurrency(void) { return atomic_load(&running_max); }
