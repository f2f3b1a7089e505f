/*
 * demo_threads.c - the asynchronous half of libloopscope_demo (see demo.h for the overview).
 *
 * Three ways native code calls JavaScript from somewhere other than an FFI call:
 *
 *  1. Native threads (demo_thread_start). A callback called from a thread other than the one
 *     that created it is a *thread-safe callback* call: Deno queues the call for its event loop,
 *     wakes the loop, and this thread BLOCKS until the main thread has run the JavaScript
 *     function *and* the microtasks it queued. Only then does the call below return.
 *
 *  2. Blocking work for `nonblocking: true` symbols (demo_sleep, demo_worker_call). Deno runs
 *     those on a thread of its own blocking pool and resolves a promise when they return; a
 *     callback called from there is a thread-safe call like (1).
 *
 *  3. A signal handler that calls a callback on the JavaScript thread (demo_interrupt_*): the
 *     "interrupt handler" case, which the Denonomicon calls undefined behaviour. It happens to
 *     work when the JavaScript thread is idle (and only after restoring the CPU's protection-key
 *     register, see below), which is the only way the example uses it.
 *
 * Deadlock warning: never make the JavaScript thread wait (demo_threads_join from a normal,
 * blocking FFI call) for a thread that still wants to call back. The thread waits for the event
 * loop, the event loop waits for the join: both wait for ever. Join when the threads are done,
 * or declare the join `nonblocking: true` so that it waits on a pool thread.
 */
#define _POSIX_C_SOURCE 200809L
#include "demo.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---------------------------------------------------------------------------------------------
 * Native threads that call back after a delay and then at an interval
 * ------------------------------------------------------------------------------------------- */

#define DEMO_MAX_THREADS 16

struct demo_thread {
    int used;       /* slot taken (until joined) */
    int finished;   /* the thread function has returned */
    int joining;    /* a demo_threads_join() call is joining it (two joins would be an error) */
    pthread_t handle;
    int32_t id;     /* chosen by the script, printed as "t<id>" */
    int32_t delay_ms, interval_ms, count;
    demo_thread_cb cb;
    char message[64]; /* the string handed to the callback; rewritten after every call */
};

static struct demo_thread threads[DEMO_MAX_THREADS];
static pthread_mutex_t threads_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t threads_wake;  /* signalled by demo_threads_stop() */
static int threads_stopping;         /* set by demo_threads_stop(), under threads_lock */
static int32_t threads_returned;     /* callback calls that have returned, under threads_lock */
static pthread_once_t threads_once = PTHREAD_ONCE_INIT;

static void init_wake_cond(void)
{
    /* Timed waits measure CLOCK_MONOTONIC, so changing the wall clock cannot disturb them. */
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&threads_wake, &attr);
    pthread_condattr_destroy(&attr);
}

/* Waits until `deadline` or until demo_threads_stop() is called; returns 1 if stopped. */
static int wait_until(const struct timespec *deadline)
{
    pthread_mutex_lock(&threads_lock);
    int rc = 0;
    while (!threads_stopping && rc != ETIMEDOUT)
        rc = pthread_cond_timedwait(&threads_wake, &threads_lock, deadline);
    int stopped = threads_stopping;
    pthread_mutex_unlock(&threads_lock);
    return stopped;
}

static void add_ms(struct timespec *t, int32_t ms)
{
    t->tv_sec += ms / 1000;
    t->tv_nsec += (long)(ms % 1000) * 1000000L;
    if (t->tv_nsec >= 1000000000L) {
        t->tv_sec++;
        t->tv_nsec -= 1000000000L;
    }
}

static void *thread_main(void *arg)
{
    struct demo_thread *t = arg;
    /* Deadlines are computed from the start, so the interval does not drift by the time each
     * callback takes (a call blocks while the JavaScript thread is busy). */
    struct timespec next;
    clock_gettime(CLOCK_MONOTONIC, &next);
    add_ms(&next, t->delay_ms);

    for (int32_t k = 0; k < t->count; k++) {
        if (k > 0)
            add_ms(&next, t->interval_ms);
        if (wait_until(&next)) {
            demo_say("[native t%d] stopped before call %d", (int)t->id, (int)k);
            break;
        }
        snprintf(t->message, sizeof t->message, "t%d call %d", (int)t->id, (int)k);
        demo_say("[native t%d] calling back", (int)t->id);
        /* This blocks until Deno's main thread has run the callback and its microtasks. */
        int32_t r = t->cb(t->id, k, t->message);
        demo_say("[native t%d] callback returned %d", (int)t->id, (int)r);
        pthread_mutex_lock(&threads_lock);
        threads_returned++; /* counted after the line above is out: see demo_threads_returned */
        pthread_mutex_unlock(&threads_lock);
        /* The message buffer is ours again: reuse it. A script that kept the pointer and reads
         * it later (say, in a setTimeout) sees this text instead of its message. */
        snprintf(t->message, sizeof t->message, "(reused by t%d after call %d)", (int)t->id,
                 (int)k);
    }

    pthread_mutex_lock(&threads_lock);
    t->finished = 1;
    pthread_mutex_unlock(&threads_lock);
    return NULL;
}

/*
 * Starts a native thread "t<id>" that waits delay_ms, calls cb(id, k, message) and then calls it
 * again every interval_ms, `count` calls in all. Returns 0, or -1 if no slot is free (16 threads
 * at most until joined).
 *
 * JavaScript: demo_thread_start:
 *   { parameters: ["function", "i32", "i32", "i32", "i32"], result: "i32" }
 * The callback must stay open (not close()d) until the thread has made its last call.
 */
DEMO_API int32_t demo_thread_start(demo_thread_cb cb, int32_t id, int32_t delay_ms,
                                   int32_t interval_ms, int32_t count)
{
    pthread_once(&threads_once, init_wake_cond);
    pthread_mutex_lock(&threads_lock);
    struct demo_thread *t = NULL;
    for (int i = 0; i < DEMO_MAX_THREADS && !t; i++)
        if (!threads[i].used)
            t = &threads[i];
    if (!t) {
        pthread_mutex_unlock(&threads_lock);
        demo_say("[native] no free thread slot for t%d", (int)id);
        return -1;
    }
    memset(t, 0, sizeof *t);
    t->used = 1;
    t->id = id;
    t->delay_ms = delay_ms;
    t->interval_ms = interval_ms;
    t->count = count;
    t->cb = cb;
    /* Printed here, on the calling (JavaScript) thread, so its place in the output is fixed. */
    if (count == 1)
        demo_say("[native] starting t%d: one call after %d ms", (int)id, (int)delay_ms);
    else
        demo_say("[native] starting t%d: %d calls, first after %d ms, then every %d ms", (int)id,
                 (int)count, (int)delay_ms, (int)interval_ms);
    if (pthread_create(&t->handle, NULL, thread_main, t) != 0) {
        t->used = 0;
        pthread_mutex_unlock(&threads_lock);
        demo_say("[native] pthread_create failed for t%d", (int)id);
        return -1;
    }
    pthread_mutex_unlock(&threads_lock);
    return 0;
}

/*
 * Waits for every started thread to finish and frees their slots. Returns how many it joined.
 *
 * JavaScript: demo_threads_join: { parameters: [], result: "i32" }
 * Called normally this blocks the JavaScript thread: only do it when the threads have made all
 * their calls (deadlock otherwise, see the top of this file). Declared with
 * `nonblocking: true` it waits on a Deno pool thread and returns a promise instead.
 */
DEMO_API int32_t demo_threads_join(void)
{
    int32_t joined = 0;
    for (int i = 0; i < DEMO_MAX_THREADS; i++) {
        pthread_mutex_lock(&threads_lock);
        int mine = threads[i].used && !threads[i].joining;
        threads[i].joining |= mine;
        pthread_t handle = threads[i].handle;
        int32_t id = threads[i].id;
        pthread_mutex_unlock(&threads_lock);
        if (!mine)
            continue;
        pthread_join(handle, NULL); /* never hold threads_lock here: the thread needs it */
        pthread_mutex_lock(&threads_lock);
        threads[i].used = 0;
        threads[i].joining = 0;
        pthread_mutex_unlock(&threads_lock);
        demo_say("[native] joined t%d", (int)id);
        joined++;
    }
    return joined;
}

/*
 * Tells every thread to stop at its next wait (a thread in the middle of a callback call
 * finishes that call first), then joins them. Returns how many it joined.
 * JavaScript: demo_threads_stop: { parameters: [], result: "i32" }
 */
DEMO_API int32_t demo_threads_stop(void)
{
    pthread_once(&threads_once, init_wake_cond);
    pthread_mutex_lock(&threads_lock);
    threads_stopping = 1;
    pthread_cond_broadcast(&threads_wake);
    pthread_mutex_unlock(&threads_lock);
    int32_t joined = demo_threads_join();
    pthread_mutex_lock(&threads_lock);
    threads_stopping = 0;
    pthread_mutex_unlock(&threads_lock);
    return joined;
}

/* How many started threads have not finished yet (a poll-friendly alternative to joining).
 * JavaScript: demo_threads_running: { parameters: [], result: "i32" } */
DEMO_API int32_t demo_threads_running(void)
{
    int32_t n = 0;
    pthread_mutex_lock(&threads_lock);
    for (int i = 0; i < DEMO_MAX_THREADS; i++)
        n += threads[i].used && !threads[i].finished;
    pthread_mutex_unlock(&threads_lock);
    return n;
}

/* How many callback calls made by the threads have returned so far, all threads together
 * (counted right after the "[native tN] callback returned" line is printed). A script can read it
 * in a timer to learn whether the native thread had already carried on: that is how
 * examples/threadsafe-settimeout-race.js scores the race.
 * JavaScript: demo_threads_returned: { parameters: [], result: "i32" } */
DEMO_API int32_t demo_threads_returned(void)
{
    pthread_mutex_lock(&threads_lock);
    int32_t n = threads_returned;
    pthread_mutex_unlock(&threads_lock);
    return n;
}

/* ---------------------------------------------------------------------------------------------
 * Blocking work, meant for `nonblocking: true` symbols
 * ------------------------------------------------------------------------------------------- */

/*
 * Sleeps ms milliseconds, then returns value.
 * JavaScript: demo_sleep: { parameters: ["i32", "i32"], result: "i32", nonblocking: true }
 * (Declare it again without `nonblocking` to see a synchronous call freeze the event loop.)
 * It only prints when it is done: a line printed at the start would race with the JavaScript
 * that runs on after the call.
 */
DEMO_API int32_t demo_sleep(int32_t ms, int32_t value)
{
    demo_sleep_plain(ms);
    demo_say("[native sleep] slept %d ms, returning %d", (int)ms, (int)value);
    return value;
}

/*
 * Sleeps delay_ms, calls cb(0, 0, "worker call") from the current thread (a Deno pool thread
 * when the symbol is nonblocking), then returns the callback's result + 1000.
 * JavaScript: demo_worker_call:
 *   { parameters: ["function", "i32"], result: "i32", nonblocking: true }
 * No ref() is needed on the callback: the pending nonblocking call keeps Deno alive, and every
 * call from a foreign thread wakes the event loop.
 */
DEMO_API int32_t demo_worker_call(demo_thread_cb cb, int32_t delay_ms)
{
    char message[32] = "worker call";
    demo_sleep_plain(delay_ms);
    demo_say("[native worker] calling back");
    int32_t r = cb(0, 0, message);
    demo_say("[native worker] callback returned %d", (int)r);
    return r + 1000;
}

/* ---------------------------------------------------------------------------------------------
 * The "interrupt handler": a signal handler that calls into JavaScript
 *
 * UNDEFINED BEHAVIOUR, shown on purpose. V8 does not expect to be entered from a signal
 * handler: if the signal arrived while JavaScript was running, the callback would run on top of
 * the interrupted JavaScript frames. The example only raises the signal while Deno's event
 * loop is idle (parked in epoll_wait), where it happens to work. Do not do this in real code: set
 * a flag in the handler and poll it from a setInterval() instead.
 * ------------------------------------------------------------------------------------------- */

/* JavaScript: { parameters: ["i32"], result: "void" } */
typedef void (*demo_signal_cb)(int32_t signo);

static demo_signal_cb signal_cb;       /* the stored callback */
static pthread_t signal_target;        /* the JavaScript thread (the one that installed it) */
static pthread_t raiser;
static int raiser_started;
static struct sigaction old_action;
static int handler_installed;

/*
 * Memory protection keys (PKU). On x86-64 CPUs that have them, V8 (Deno's V8 included) guards
 * some of its memory with a protection key, and the JS thread runs with a PKRU register value
 * that allows access. Linux resets PKRU to its default when it delivers a signal, so a handler
 * that simply calls into V8 crashes with SIGSEGV inside V8, even when the loop is idle. The
 * handler therefore switches to the PKRU value the JS thread had when demo_interrupt_install()
 * was called, and back afterwards. (One more reason why this is undefined behaviour.)
 */
#if defined(__x86_64__)
#include <cpuid.h>
static int have_pkeys(void)
{
    unsigned a, b, c, d;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return 0;
    return (c & (1u << 4)) != 0; /* OSPKE: the CPU has PKU and the kernel enabled it */
}
static uint32_t read_pkru(void)
{
    uint32_t eax, edx;
    __asm__ volatile(".byte 0x0f,0x01,0xee" : "=a"(eax), "=d"(edx) : "c"(0)); /* rdpkru */
    return eax;
}
static void write_pkru(uint32_t value)
{
    __asm__ volatile(".byte 0x0f,0x01,0xef" : : "a"(value), "c"(0), "d"(0)); /* wrpkru */
}
#else
static int have_pkeys(void) { return 0; }
static uint32_t read_pkru(void) { return 0; }
static void write_pkru(uint32_t value) { (void)value; }
#endif
static int use_pkeys;
static uint32_t js_thread_pkru;

/* Signal handlers may only call async-signal-safe functions: write(), not printf(). Nothing is
 * ever left in stdout's buffer (demo_say flushes every line), so mixing the two is fine. */
static void say_raw(const char *s)
{
    ssize_t unused = write(STDOUT_FILENO, s, strlen(s));
    (void)unused;
}

static void on_sigusr1(int signo)
{
    int saved_errno = errno;
    uint32_t handler_pkru = use_pkeys ? read_pkru() : 0;
    if (use_pkeys)
        write_pkru(js_thread_pkru);
    say_raw("[native handler] SIGUSR1 arrived on the JS thread, calling back\n");
    if (signal_cb)
        signal_cb(signo); /* the undefined-behaviour part */
    say_raw("[native handler] callback returned, handler done\n");
    if (use_pkeys)
        write_pkru(handler_pkru);
    errno = saved_errno;
}

/*
 * Installs a SIGUSR1 handler that calls cb(SIGUSR1). Must be called from the JavaScript thread:
 * the helper started by demo_interrupt_raise_after() sends the signal to the thread that called
 * this function.
 * JavaScript: demo_interrupt_install: { parameters: ["function"], result: "i32" } (returns the
 * signal number, 10 on Linux).
 */
DEMO_API int32_t demo_interrupt_install(demo_signal_cb cb)
{
    signal_cb = cb;
    signal_target = pthread_self();
    use_pkeys = have_pkeys();
    js_thread_pkru = use_pkeys ? read_pkru() : 0;

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigusr1;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR1, &sa, handler_installed ? NULL : &old_action);
    handler_installed = 1;

    /* Make sure this thread can receive it. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);

    demo_say("[native] SIGUSR1 handler installed for the JS thread");
    return SIGUSR1;
}

static void *raiser_main(void *arg)
{
    int32_t ms = (int32_t)(intptr_t)arg;
    /* SIGUSR1 is blocked in this thread (see demo_interrupt_raise_after), so it can never be the
     * one that runs the handler, even if someone sends the signal to the whole process
     * (kill -USR1 <pid>). pthread_kill below aims it at the JS thread only. */
    demo_sleep_plain(ms);
    demo_say("[native raiser] raising SIGUSR1 on the JS thread");
    pthread_kill(signal_target, SIGUSR1);
    return NULL;
}

/* Starts a helper thread that sends SIGUSR1 to the JavaScript thread after ms milliseconds.
 * JavaScript: demo_interrupt_raise_after: { parameters: ["i32"], result: "i32" } (0 = ok) */
DEMO_API int32_t demo_interrupt_raise_after(int32_t ms)
{
    if (!handler_installed || raiser_started)
        return -1;
    /* Block SIGUSR1 while creating the helper, so that it starts with the signal blocked (a new
     * thread inherits the creator's mask), then unblock it again here. */
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    int rc = pthread_create(&raiser, NULL, raiser_main, (void *)(intptr_t)ms);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rc != 0)
        return -1;
    raiser_started = 1;
    demo_say("[native] the raiser thread will send SIGUSR1 in %d ms", (int)ms);
    return 0;
}

/* Joins the helper thread (if any) and restores the previous SIGUSR1 action. Call it before you
 * close() the callback.
 * JavaScript: demo_interrupt_uninstall: { parameters: [], result: "void" } */
DEMO_API void demo_interrupt_uninstall(void)
{
    if (raiser_started) {
        pthread_join(raiser, NULL);
        raiser_started = 0;
    }
    if (handler_installed) {
        sigaction(SIGUSR1, &old_action, NULL);
        handler_installed = 0;
    }
    signal_cb = NULL;
    demo_say("[native] SIGUSR1 handler removed");
}
