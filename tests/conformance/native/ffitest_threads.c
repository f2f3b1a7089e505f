/*
 * ffitest_threads.c: the asynchronous half of the "ffi" conformance library (see ffitest.c).
 *
 *  - native threads (pthreads) that call a JS callback after a delay, at intervals, several at
 *    once, printing "NATIVE thread T: ..." before the call and after it returned; scenarios join
 *    them (threads_join_all) before they end, so nothing prints after the runtime is gone;
 *  - blocking functions for `nonblocking: true` symbols (they run on Deno's blocking pool), with
 *    a concurrency meter;
 *  - an "interrupt handler": a SIGUSR1 handler on the main thread that calls a stored callback,
 *    raised later by a helper thread that blocks SIGUSR1 itself and targets the main thread.
 *
 * The callback type used by threads is  i32 cb(u32 tag, u32 i)  where tag identifies the thread
 * and i counts its calls from 0.
 */
#define _GNU_SOURCE
#include "ffitest.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

void ffitest_sleep_ms(uint32_t ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {
    }
}

/* Blocks the calling thread for ms milliseconds (use with and without nonblocking: true). */
FFITEST_EXPORT void sleep_ms(uint32_t ms) { ffitest_sleep_ms(ms); }

/* ---------------------------------------------------------------------------------------------
 * Native threads calling a callback
 * ------------------------------------------------------------------------------------------- */

typedef int32_t (*thread_cb)(uint32_t tag, uint32_t i);

enum {
    THREAD_QUIET = 1,     /* no native prints at all */
    THREAD_WAIT_GATE = 2, /* after each callback returns, wait for gate_open() before going on */
};

#define MAX_THREADS 64

typedef struct {
    pthread_t thread;
    bool running; /* started and not yet joined */
    thread_cb cb;
    uint32_t tag, calls, delay_ms, interval_ms, after_ms, flags;
    int64_t sum;       /* sum of the callback's results */
    uint32_t returned; /* how many calls have returned to this thread (under jobs_lock) */
} job_t;

static job_t jobs[MAX_THREADS];
static pthread_mutex_t jobs_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t jobs_cond = PTHREAD_COND_INITIALIZER;

static pthread_mutex_t gate_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate_cond = PTHREAD_COND_INITIALIZER;
static bool gate_is_open;

static void gate_wait(void)
{
    pthread_mutex_lock(&gate_lock);
    while (!gate_is_open)
        pthread_cond_wait(&gate_cond, &gate_lock);
    pthread_mutex_unlock(&gate_lock);
}

/* Lets every thread waiting at the gate continue (the gate stays open until gate_close). */
FFITEST_EXPORT void gate_open(void)
{
    pthread_mutex_lock(&gate_lock);
    gate_is_open = true;
    pthread_cond_broadcast(&gate_cond);
    pthread_mutex_unlock(&gate_lock);
}

FFITEST_EXPORT void gate_close(void)
{
    pthread_mutex_lock(&gate_lock);
    gate_is_open = false;
    pthread_mutex_unlock(&gate_lock);
}

static void *job_main(void *arg)
{
    job_t *job = arg;
    bool quiet = job->flags & THREAD_QUIET;
    ffitest_sleep_ms(job->delay_ms);
    for (uint32_t i = 0; i < job->calls; i++) {
        if (i > 0)
            ffitest_sleep_ms(job->interval_ms);
        if (!quiet)
            ffitest_say("NATIVE thread %u: calling back (%u)", job->tag, i);
        int32_t r = job->cb(job->tag, i);
        pthread_mutex_lock(&jobs_lock);
        job->sum += r;
        job->returned++;
        pthread_cond_broadcast(&jobs_cond);
        pthread_mutex_unlock(&jobs_lock);
        if (job->flags & THREAD_WAIT_GATE)
            gate_wait();
        ffitest_sleep_ms(job->after_ms);
        if (!quiet)
            ffitest_say("NATIVE thread %u: callback returned %d", job->tag, r);
    }
    return NULL;
}

/*
 * Starts a thread that sleeps delay_ms, then calls cb(tag, i) `calls` times, interval_ms apart.
 * After each call it sleeps after_ms before printing what the callback returned, so that the
 * native print comes clearly after whatever JS does right after the release. flags: 1 = quiet,
 * 2 = wait for gate_open() after each call. Returns a slot number for thread_join, or -1.
 */
FFITEST_EXPORT int32_t thread_start(thread_cb cb, uint32_t tag, uint32_t calls, uint32_t delay_ms,
                                    uint32_t interval_ms, uint32_t after_ms, uint32_t flags)
{
    pthread_mutex_lock(&jobs_lock);
    int32_t slot = -1;
    for (int32_t i = 0; i < MAX_THREADS; i++) {
        if (!jobs[i].running) {
            slot = i;
            break;
        }
    }
    if (slot >= 0) {
        job_t *job = &jobs[slot];
        *job = (job_t){.running = true, .cb = cb, .tag = tag, .calls = calls,
                       .delay_ms = delay_ms, .interval_ms = interval_ms, .after_ms = after_ms,
                       .flags = flags};
        if (pthread_create(&job->thread, NULL, job_main, job) != 0) {
            job->running = false;
            slot = -1;
        }
    }
    pthread_mutex_unlock(&jobs_lock);
    return slot;
}

/*
 * Waits up to timeout_ms until thread `slot` has got back at least `count` results from its
 * callback, i.e. until the JS side has released it `count` times. Returns whether it had. Lets a
 * scenario prove from JS, without a race, whether a foreign caller was already released.
 */
FFITEST_EXPORT bool thread_wait_returned(int32_t slot, uint32_t count, uint32_t timeout_ms)
{
    if (slot < 0 || slot >= MAX_THREADS)
        return false;
    struct timespec deadline;
    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_sec += timeout_ms / 1000;
    deadline.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&jobs_lock);
    while (jobs[slot].returned < count) {
        if (pthread_cond_timedwait(&jobs_cond, &jobs_lock, &deadline) == ETIMEDOUT)
            break;
    }
    bool ok = jobs[slot].returned >= count;
    pthread_mutex_unlock(&jobs_lock);
    return ok;
}

/* Joins one thread and returns the sum of its callback results. Blocks the caller: call it only
 * when the thread no longer needs the JS thread (its callbacks have all run). */
FFITEST_EXPORT int64_t thread_join(int32_t slot)
{
    if (slot < 0 || slot >= MAX_THREADS || !jobs[slot].running)
        return -1;
    pthread_join(jobs[slot].thread, NULL);
    pthread_mutex_lock(&jobs_lock);
    jobs[slot].running = false;
    int64_t sum = jobs[slot].sum;
    pthread_mutex_unlock(&jobs_lock);
    return sum;
}

/* Joins every running thread; returns how many were joined. */
FFITEST_EXPORT uint32_t threads_join_all(void)
{
    uint32_t n = 0;
    for (int32_t i = 0; i < MAX_THREADS; i++) {
        if (jobs[i].running) {
            thread_join(i);
            n++;
        }
    }
    return n;
}

/* ---------------------------------------------------------------------------------------------
 * Blocking work for nonblocking: true
 * ------------------------------------------------------------------------------------------- */

static atomic_int busy_now;
static atomic_int busy_max;

/* Sleeps ms and returns a + b. */
FFITEST_EXPORT uint32_t slow_add(uint32_t a, uint32_t b, uint32_t ms)
{
    ffitest_sleep_ms(ms);
    return a + b;
}

/* Sleeps ms and returns a Point; a struct result through the pool. */
FFITEST_EXPORT ffitest_point slow_point(double x, double y, uint32_t ms)
{
    ffitest_sleep_ms(ms);
    return (ffitest_point){x, y};
}

/* Sleeps ms and returns 2^53 + 1 (not representable as a Number). */
FFITEST_EXPORT int64_t slow_big(uint32_t ms)
{
    ffitest_sleep_ms(ms);
    return 9007199254740993LL;
}

/* Sleeps ms while counting how many calls are sleeping at the same time. */
FFITEST_EXPORT void metered_sleep(uint32_t ms)
{
    int now = atomic_fetch_add(&busy_now, 1) + 1;
    int max = atomic_load(&busy_max);
    while (now > max && !atomic_compare_exchange_weak(&busy_max, &max, now)) {
    }
    ffitest_sleep_ms(ms);
    atomic_fetch_sub(&busy_now, 1);
}

/* The largest number of metered_sleep calls that ran at the same time. */
FFITEST_EXPORT uint32_t metered_max(void) { return (uint32_t)atomic_load(&busy_max); }

/* Fills buf with `value` after sleeping ms (a buffer written from the pool thread). */
FFITEST_EXPORT void slow_fill(uint8_t *buf, size_t len, uint8_t value, uint32_t ms)
{
    ffitest_sleep_ms(ms);
    memset(buf, value, len);
}

/* ---------------------------------------------------------------------------------------------
 * Interrupt handler: SIGUSR1 on the main thread calls a stored callback
 * ------------------------------------------------------------------------------------------- */

static void (*signal_cb)(int32_t);
static pthread_t signal_target;
static pthread_t signal_helper;
static bool signal_helper_running;
static struct sigaction signal_old_action;
static bool signal_installed;

/*
 * Memory protection keys. On x86-64 CPUs with PKU, V8 keeps some of its memory behind protection
 * keys and the main thread runs with a PKRU register that allows access. Linux resets PKRU to its
 * default on signal delivery, so a handler that calls into V8 as it is crashes (SIGSEGV in V8
 * code). The handler therefore restores the PKRU value the main thread had when signal_install
 * was called from JS, and puts the handler's own value back afterwards.
 */
#if defined(__x86_64__)
#include <cpuid.h>
static bool have_pkeys(void)
{
    unsigned a, b, c, d;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    return (c & (1u << 4)) != 0; /* OSPKE: PKU supported and enabled by the OS */
}
static uint32_t read_pkru(void)
{
    uint32_t eax, edx;
    __asm__ volatile(".byte 0x0f,0x01,0xee" : "=a"(eax), "=d"(edx) : "c"(0)); /* rdpkru */
    return eax;
}
static void write_pkru(uint32_t v)
{
    __asm__ volatile(".byte 0x0f,0x01,0xef" : : "a"(v), "c"(0), "d"(0)); /* wrpkru */
}
#else
static bool have_pkeys(void) { return false; }
static uint32_t read_pkru(void) { return 0; }
static void write_pkru(uint32_t v) { (void)v; }
#endif
static bool signal_pkeys;
static uint32_t signal_pkru;

static void write_str(const char *s)
{
    /* write(2) is async-signal-safe; stdout's buffer is always empty (everything is flushed). */
    ssize_t r = write(STDOUT_FILENO, s, strlen(s));
    (void)r;
}

static void on_sigusr1(int signo)
{
    int saved = errno;
    uint32_t handler_pkru = signal_pkeys ? read_pkru() : 0;
    if (signal_pkeys)
        write_pkru(signal_pkru);
    write_str("NATIVE signal handler: calling back\n");
    if (signal_cb)
        signal_cb(signo);
    write_str("NATIVE signal handler: callback returned\n");
    if (signal_pkeys)
        write_pkru(handler_pkru);
    errno = saved;
}

/* Installs the SIGUSR1 handler; the calling thread (the JS main thread) is the one signal_raise
 * targets. cb receives the signal number. */
FFITEST_EXPORT void signal_install(void (*cb)(int32_t))
{
    signal_cb = cb;
    signal_target = pthread_self();
    signal_pkeys = have_pkeys();
    signal_pkru = signal_pkeys ? read_pkru() : 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigusr1;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, signal_installed ? NULL : &signal_old_action);
    signal_installed = true;
}

/* Puts the previous SIGUSR1 disposition back and forgets the callback. */
FFITEST_EXPORT void signal_uninstall(void)
{
    if (signal_installed)
        sigaction(SIGUSR1, &signal_old_action, NULL);
    signal_installed = false;
    signal_cb = NULL;
}

static void *signal_helper_main(void *arg)
{
    uint32_t ms = (uint32_t)(uintptr_t)arg;
    /* This thread never takes the signal itself; pthread_kill sends it to the main thread only. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    ffitest_sleep_ms(ms);
    ffitest_say("NATIVE helper: raising SIGUSR1 on the main thread");
    pthread_kill(signal_target, SIGUSR1);
    /* A line 50 ms later shows what the JS thread did (or did not do) right after the handler. */
    ffitest_sleep_ms(50);
    ffitest_say("NATIVE helper: 50 ms after the signal");
    return NULL;
}

/* Starts a helper thread that sends SIGUSR1 to the main thread after ms milliseconds, and prints
 * a line 50 ms after that. */
FFITEST_EXPORT bool signal_raise_after(uint32_t ms)
{
    if (signal_helper_running || !signal_installed)
        return false;
    /* Block SIGUSR1 while creating the helper so it starts with it blocked, then restore. */
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    int rc = pthread_create(&signal_helper, NULL, signal_helper_main, (void *)(uintptr_t)ms);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    signal_helper_running = rc == 0;
    return signal_helper_running;
}

/* Joins the helper thread (call after the signal was handled). */
FFITEST_EXPORT void signal_join(void)
{
    if (signal_helper_running)
        pthread_join(signal_helper, NULL);
    signal_helper_running = false;
}

/* ---------------------------------------------------------------------------------------------
 * Deno's own FFI test library (tests/ffi/src/lib.rs): the three functions its
 * event_loop_integration test uses, so that the test runs here unchanged in substance.
 * ------------------------------------------------------------------------------------------- */

static void (*_Atomic stored_function)(void);

FFITEST_EXPORT void store_function(void (*fn)(void)) { stored_function = fn; }

/* Calls the stored function synchronously; does not log. */
FFITEST_EXPORT void call_stored_function(void)
{
    void (*fn)(void) = stored_function;
    if (fn)
        fn();
}

static void *stored_function_thread_main(void *arg)
{
    (void)arg;
    /* Deno's version sleeps 1500 ms; 300 ms keeps the same order (the test's timers are 100 ms
     * and 200 ms) and the suite quick. */
    ffitest_sleep_ms(300);
    void (*fn)(void) = stored_function;
    if (!fn)
        return NULL;
    fn();
    ffitest_say("STORED_FUNCTION called");
    return NULL;
}

/* Calls the stored function from a new detached thread after 300 ms, then logs
 * "STORED_FUNCTION called". */
FFITEST_EXPORT void call_stored_function_thread_safe_and_log(void)
{
    pthread_t thread;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_create(&thread, &attr, stored_function_thread_main, NULL);
    pthread_attr_destroy(&attr);
}
