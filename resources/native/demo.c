/*
 * demo.c - the synchronous half of libloopscope_demo (see demo.h for the overview).
 *
 * Everything in this file runs on the thread that made the FFI call, i.e. the JavaScript
 * (isolate) thread. A callback called from here is a *synchronous callback*: it runs in the
 * middle of the JavaScript statement that made the FFI call, like a function call, and the
 * JavaScript call stack never becomes empty while it runs. That is why a queueMicrotask() made
 * inside such a callback waits until the surrounding JavaScript has finished (see
 * examples/sync-callback-microtask.js).
 */
#define _POSIX_C_SOURCE 200809L
#include "demo.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* ---------------------------------------------------------------------------------------------
 * Printing and sleeping helpers (also used by demo_threads.c)
 * ------------------------------------------------------------------------------------------- */

void demo_say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    flockfile(stdout); /* one line at a time, even with several native threads */
    vfprintf(stdout, fmt, ap);
    fputc('\n', stdout);
    fflush(stdout); /* stdout is fully buffered when piped: flush, or the order is lost */
    funlockfile(stdout);
    va_end(ap);
}

void demo_sleep_plain(int32_t ms)
{
    if (ms <= 0)
        return;
    struct timespec left = {ms / 1000, (long)(ms % 1000) * 1000000L};
    while (nanosleep(&left, &left) == -1 && errno == EINTR) {
        /* a signal (e.g. the interrupt demo's SIGUSR1) cut the sleep short: sleep the rest */
    }
}

/* ---------------------------------------------------------------------------------------------
 * Synchronous callbacks, "result callback" form: called during the FFI call they are passed to.
 * ------------------------------------------------------------------------------------------- */

/* JavaScript: { parameters: ["i32", "f64"], result: "i32" }. */
typedef int32_t (*demo_sync_cb)(int32_t index, double value);

/*
 * Calls cb(i, i + 0.5) for i = 0 .. n-1 on the calling thread and returns the sum of the
 * results.
 *
 * JavaScript: demo_call_n: { parameters: ["function", "i32"], result: "i32" }
 *
 * If the JavaScript callback throws, Deno hands us 0 as its result and keeps the exception
 * pending: it is rethrown to the JavaScript caller of demo_call_n() only after this function has
 * returned (see examples/callback-exceptions.js).
 */
DEMO_API int32_t demo_call_n(demo_sync_cb cb, int32_t n)
{
    int32_t sum = 0;
    for (int32_t i = 0; i < n; i++) {
        double value = i + 0.5;
        demo_say("[native sync] calling cb(%d, %.1f)", (int)i, value);
        int32_t r = cb(i, value);
        demo_say("[native sync] cb returned %d", (int)r);
        sum += r;
    }
    demo_say("[native sync] returning sum %d", (int)sum);
    return sum;
}

/* ---------------------------------------------------------------------------------------------
 * Synchronous callbacks, "stored callback" form: the library keeps the pointer and calls it in
 * response to a later FFI call. Still synchronous: the call comes from JavaScript.
 * ------------------------------------------------------------------------------------------- */

/* JavaScript: { parameters: ["i32"], result: "void" }. */
typedef void (*demo_stored_cb)(int32_t value);

static demo_stored_cb stored_cb; /* only touched from the JavaScript thread */

/* JavaScript: demo_store_callback: { parameters: ["function"], result: "void" }.
 * Pass null to forget the callback. Forget it before you close() the UnsafeCallback: calling a
 * closed callback is undefined behaviour (usually a crash). */
DEMO_API void demo_store_callback(demo_stored_cb cb)
{
    stored_cb = cb;
    demo_say(cb ? "[native] callback stored" : "[native] stored callback forgotten");
}

/* JavaScript: demo_call_stored: { parameters: ["i32"], result: "i32" }.
 * Calls the stored callback with value; returns 1 if there was one, 0 if not. */
DEMO_API int32_t demo_call_stored(int32_t value)
{
    if (!stored_cb) {
        demo_say("[native] no stored callback");
        return 0;
    }
    demo_say("[native] calling the stored callback with %d", (int)value);
    stored_cb(value);
    demo_say("[native] stored callback returned");
    return 1;
}

/* ---------------------------------------------------------------------------------------------
 * Plain functions and function pointers
 * ------------------------------------------------------------------------------------------- */

/* JavaScript: demo_add: { parameters: ["i32", "i32"], result: "i32" } */
DEMO_API int32_t demo_add(int32_t a, int32_t b)
{
    return a + b;
}

/* Returns a pointer to demo_add, to be called through `new Deno.UnsafeFnPointer(ptr, def)`.
 * JavaScript: demo_get_adder: { parameters: [], result: "function" } */
DEMO_API void *demo_get_adder(void)
{
    /* Converting a function pointer to void* is not ISO C, but POSIX (dlsym) requires it. */
    int32_t (*fn)(int32_t, int32_t) = demo_add;
    void *p;
    memcpy(&p, &fn, sizeof p);
    return p;
}

/* ---------------------------------------------------------------------------------------------
 * Structs by value
 *
 * In Deno a struct type is written as a list of its fields' types: { struct: ["f64", "f64"] }.
 * A struct argument is passed as a Uint8Array (or any TypedArray/ArrayBuffer) holding the
 * struct's bytes in native layout; a struct result comes back as a fresh Uint8Array. Read it with
 * a Float64Array/DataView over the same bytes.
 * ------------------------------------------------------------------------------------------- */

typedef struct {
    double x;
    double y;
} demo_point; /* 16 bytes: returned in two SSE registers on x86-64 */

typedef struct {
    demo_point origin; /* nested struct: { struct: [Point, Point] } in JavaScript */
    demo_point size;
} demo_rect; /* 32 bytes: passed and returned through memory */

/* JavaScript: demo_point_make: { parameters: ["f64", "f64"], result: Point } */
DEMO_API demo_point demo_point_make(double x, double y)
{
    demo_point p = {x, y};
    return p;
}

/* JavaScript: demo_point_add: { parameters: [Point, Point], result: Point } */
DEMO_API demo_point demo_point_add(demo_point a, demo_point b)
{
    demo_say("[native] point_add (%g, %g) + (%g, %g)", a.x, a.y, b.x, b.y);
    demo_point p = {a.x + b.x, a.y + b.y};
    return p;
}

/* JavaScript: demo_rect_area: { parameters: [Rect], result: "f64" } */
DEMO_API double demo_rect_area(demo_rect r)
{
    return r.size.x * r.size.y;
}

/* JavaScript: demo_rect_center: { parameters: [Rect], result: Point } */
DEMO_API demo_point demo_rect_center(demo_rect r)
{
    demo_point c = {r.origin.x + r.size.x / 2, r.origin.y + r.size.y / 2};
    return c;
}

/* Grows the rectangle by `by` on every side.
 * JavaScript: demo_rect_grow: { parameters: [Rect, "f64"], result: Rect } */
DEMO_API demo_rect demo_rect_grow(demo_rect r, double by)
{
    demo_rect g = {{r.origin.x - by, r.origin.y - by}, {r.size.x + 2 * by, r.size.y + 2 * by}};
    return g;
}

/* A callback that receives a struct by value: the JavaScript function gets a Uint8Array *copy*
 * of the 16 bytes. Calls cb(point_i, i) for the points (i, i*i), i = 0 .. n-1, and sums the
 * results.
 * JavaScript: demo_visit_points: { parameters: ["function", "i32"], result: "f64" }
 *             callback:          { parameters: [Point, "i32"], result: "f64" } */
typedef double (*demo_point_cb)(demo_point p, int32_t index);

DEMO_API double demo_visit_points(demo_point_cb cb, int32_t n)
{
    double sum = 0;
    for (int32_t i = 0; i < n; i++) {
        demo_point p = {i, (double)i * i};
        sum += cb(p, i);
    }
    return sum;
}

/* ---------------------------------------------------------------------------------------------
 * Buffers and C strings
 *
 * A "buffer" parameter takes a TypedArray (or ArrayBuffer); native code sees a pointer to its
 * bytes. The memory belongs to JavaScript: do not keep the pointer after the call returns.
 * ------------------------------------------------------------------------------------------- */

/* buf[i] = start + i (wrapping at 256).
 * JavaScript: demo_buffer_fill: { parameters: ["buffer", "usize", "u8"], result: "void" } */
DEMO_API void demo_buffer_fill(uint8_t *buf, size_t len, uint8_t start)
{
    for (size_t i = 0; i < len; i++)
        buf[i] = (uint8_t)(start + i);
}

/* The sum of the bytes. A 64-bit result always arrives in JavaScript as a BigInt (4950n).
 * JavaScript: demo_buffer_sum: { parameters: ["buffer", "usize"], result: "u64" } */
DEMO_API uint64_t demo_buffer_sum(const uint8_t *buf, size_t len)
{
    uint64_t sum = 0;
    for (size_t i = 0; i < len; i++)
        sum += buf[i];
    return sum;
}

/* A C string owned by the library (static storage, valid for ever).
 * JavaScript: demo_greeting: { parameters: [], result: "pointer" }, then
 *             Deno.UnsafePointerView.getCString(ptr) */
DEMO_API const char *demo_greeting(void)
{
    return "hello from libloopscope_demo";
}

/* Upper-cases a NUL-terminated string in place and returns its length. JavaScript passes a
 * Uint8Array holding the UTF-8 bytes *and* a terminating 0 byte.
 * JavaScript: demo_upcase: { parameters: ["buffer"], result: "usize" } */
DEMO_API size_t demo_upcase(char *s)
{
    size_t n = 0;
    for (; s[n] != '\0'; n++)
        s[n] = (char)toupper((unsigned char)s[n]);
    return n;
}
