/*
 * ffitest.c: the native library behind the "ffi" conformance suite (scenarios/ffi/).
 *
 * Scenarios open it with Deno.dlopen(Deno.env.get("LOOPSCOPE_TEST_LIB"), {...}). This file holds
 * the synchronous part: values of every FFI type, buffers and pointers, structs by value, and
 * callbacks called during a call ("result callbacks") or kept and called later ("stored
 * callbacks"). ffitest_threads.c holds native threads, blocking functions for `nonblocking: true`
 * symbols and the signal ("interrupt handler") helpers.
 *
 * Everything the C side prints goes to stdout and is flushed at once (ffitest_say), so that in
 * the merged output the native lines interleave with console.log exactly in the order in which
 * they were written. Native lines start with "NATIVE ".
 *
 * C11, libc and pthreads only. Built by tests/conformance/CMakeLists.txt (target
 * loopscope_ffitest) and by capture.sh (cc -shared -fPIC -O2 -pthread -Wl,-z,nodelete).
 */
#include "ffitest.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---------------------------------------------------------------------------------------------
 * Printing
 * ------------------------------------------------------------------------------------------- */

static pthread_mutex_t say_lock = PTHREAD_MUTEX_INITIALIZER;

/* Print one line ("NATIVE " is part of fmt) to stdout and flush it; safe from any thread. */
void ffitest_say(const char *fmt, ...)
{
    va_list ap;
    pthread_mutex_lock(&say_lock);
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
    fputc('\n', stdout);
    fflush(stdout);
    pthread_mutex_unlock(&say_lock);
}

/* Print a JS-supplied NUL-terminated string from C: "NATIVE says: <text>". */
FFITEST_EXPORT void native_say(const char *text)
{
    ffitest_say("NATIVE says: %s", text ? text : "(null)");
}

/* The same on stderr, to show that both streams are merged in order. */
FFITEST_EXPORT void native_say_stderr(const char *text)
{
    pthread_mutex_lock(&say_lock);
    fprintf(stderr, "NATIVE stderr: %s\n", text ? text : "(null)");
    fflush(stderr);
    pthread_mutex_unlock(&say_lock);
}

/* ---------------------------------------------------------------------------------------------
 * Values of every type: identities (JS sees what C received) and arithmetic
 * ------------------------------------------------------------------------------------------- */

FFITEST_EXPORT bool id_bool(bool v) { return v; }
FFITEST_EXPORT int8_t id_i8(int8_t v) { return v; }
FFITEST_EXPORT uint8_t id_u8(uint8_t v) { return v; }
FFITEST_EXPORT int16_t id_i16(int16_t v) { return v; }
FFITEST_EXPORT uint16_t id_u16(uint16_t v) { return v; }
FFITEST_EXPORT int32_t id_i32(int32_t v) { return v; }
FFITEST_EXPORT uint32_t id_u32(uint32_t v) { return v; }
FFITEST_EXPORT int64_t id_i64(int64_t v) { return v; }
FFITEST_EXPORT uint64_t id_u64(uint64_t v) { return v; }
FFITEST_EXPORT size_t id_usize(size_t v) { return v; }
FFITEST_EXPORT ptrdiff_t id_isize(ptrdiff_t v) { return v; }
FFITEST_EXPORT float id_f32(float v) { return v; }
FFITEST_EXPORT double id_f64(double v) { return v; }
FFITEST_EXPORT void *id_ptr(void *v) { return v; }

/* Signed sums wrap (computed unsigned) instead of overflowing. */
FFITEST_EXPORT int32_t add_i32(int32_t a, int32_t b)
{
    return (int32_t)((uint32_t)a + (uint32_t)b);
}
FFITEST_EXPORT uint32_t add_u32(uint32_t a, uint32_t b) { return a + b; }
FFITEST_EXPORT int64_t add_i64(int64_t a, int64_t b)
{
    return (int64_t)((uint64_t)a + (uint64_t)b);
}
FFITEST_EXPORT uint64_t add_u64(uint64_t a, uint64_t b) { return a + b; }
FFITEST_EXPORT double add_f64(double a, double b) { return a + b; }
FFITEST_EXPORT float add_f32(float a, float b) { return a + b; }
FFITEST_EXPORT bool both(bool a, bool b) { return a && b; }

/* Returns 1 + 2 + ... + n as u64, to show 64-bit results are BigInt even when small. */
FFITEST_EXPORT uint64_t triangle_u64(uint32_t n) { return (uint64_t)n * (n + 1) / 2; }

/* %.<digits>g, except that every NaN is "NaN" (its sign and payload bits are not compared). */
static void format_float(char *buf, size_t size, double v, int digits)
{
    if (isnan(v))
        snprintf(buf, size, "NaN");
    else
        snprintf(buf, size, "%.*g", digits, v);
}

/* Prints every argument as C received it. */
FFITEST_EXPORT void print_all(uint8_t u8, int8_t i8, uint16_t u16, int16_t i16, uint32_t u32,
                              int32_t i32, uint64_t u64, int64_t i64, size_t usize,
                              ptrdiff_t isize, float f32, double f64, bool b)
{
    ffitest_say("NATIVE print_all u8=%u i8=%d u16=%u i16=%d u32=%u i32=%d", u8, i8, u16, i16,
                u32, i32);
    ffitest_say("NATIVE print_all u64=%llu i64=%lld usize=%zu isize=%td",
                (unsigned long long)u64, (long long)i64, usize, isize);
    char f32s[40], f64s[40];
    format_float(f32s, sizeof f32s, f32, 9);
    format_float(f64s, sizeof f64s, f64, 17);
    ffitest_say("NATIVE print_all f32=%s f64=%s bool=%d", f32s, f64s, b ? 1 : 0);
}

/* ---------------------------------------------------------------------------------------------
 * Buffers, pointers and static data
 * ------------------------------------------------------------------------------------------- */

/* Sum of the bytes; a NULL buffer sums to 0 (and says so). */
FFITEST_EXPORT uint32_t sum_bytes(const uint8_t *buf, size_t len)
{
    if (!buf) {
        ffitest_say("NATIVE sum_bytes got NULL");
        return 0;
    }
    uint32_t sum = 0;
    for (size_t i = 0; i < len; i++)
        sum += buf[i];
    return sum;
}

/* Fills buf[i] = start + i (mod 256). */
FFITEST_EXPORT void fill_sequence(uint8_t *buf, size_t len, uint8_t start)
{
    for (size_t i = 0; i < len; i++)
        buf[i] = (uint8_t)(start + i);
}

/* Upper-cases an ASCII C string in place and returns its length. */
FFITEST_EXPORT size_t upcase_in_place(char *s)
{
    size_t n = 0;
    for (; s && s[n]; n++)
        if (s[n] >= 'a' && s[n] <= 'z')
            s[n] = (char)(s[n] - 'a' + 'A');
    return n;
}

FFITEST_EXPORT size_t c_strlen(const char *s) { return s ? strlen(s) : 0; }
FFITEST_EXPORT bool is_null(const void *p) { return p == NULL; }
FFITEST_EXPORT const void *ptr_add(const void *p, size_t n) { return (const char *)p + n; }
/* Returns the distance b - a in bytes. */
FFITEST_EXPORT ptrdiff_t ptr_diff(const void *a, const void *b)
{
    return (const char *)b - (const char *)a;
}
FFITEST_EXPORT void *null_ptr(void) { return NULL; }

/* UTF-8 text with non-ASCII characters, NUL-terminated. */
static const char greeting_text[] = "h\xc3\xa9llo from C \xe2\x9c\x93";
FFITEST_EXPORT const char *greeting(void) { return greeting_text; }

/* A static record with one field of every kind at fixed offsets (see ffitest.h). */
static const ffitest_blob blob_data = {
    .u8 = 0xFF,
    .i8 = -2,
    .u16 = 0xBEEF,
    .i32 = -123456,
    .u32 = 4000000000u,
    .f32 = 1.5f,
    .i64 = -9007199254740993LL,
    .u64 = 18446744073709551615ULL,
    .f64 = 3.141592653589793,
    .text_ptr = greeting_text,
    .text = "ABC",
};
FFITEST_EXPORT const ffitest_blob *blob(void) { return &blob_data; }
FFITEST_EXPORT size_t blob_size(void) { return sizeof(ffitest_blob); }

/* A mutable static array of 8 i32 values: 10, 20, ..., 80 (reset by ints_reset). */
static int32_t ints_data[8] = {10, 20, 30, 40, 50, 60, 70, 80};
FFITEST_EXPORT int32_t *ints(void) { return ints_data; }
FFITEST_EXPORT void ints_reset(void)
{
    for (int i = 0; i < 8; i++)
        ints_data[i] = 10 * (i + 1);
}
FFITEST_EXPORT int32_t ints_sum(void)
{
    int32_t s = 0;
    for (int i = 0; i < 8; i++)
        s += ints_data[i];
    return s;
}

/* ---------------------------------------------------------------------------------------------
 * Structs by value
 * ------------------------------------------------------------------------------------------- */

FFITEST_EXPORT ffitest_point make_point(double x, double y) { return (ffitest_point){x, y}; }
FFITEST_EXPORT double point_sum(ffitest_point p) { return p.x + p.y; }
FFITEST_EXPORT ffitest_point point_scale(ffitest_point p, double k)
{
    return (ffitest_point){p.x * k, p.y * k};
}
FFITEST_EXPORT ffitest_padded make_padded(uint8_t tag, uint32_t value, uint16_t small)
{
    ffitest_padded p;
    memset(&p, 0, sizeof p); /* padding bytes are zero, so JS sees deterministic bytes */
    p.tag = tag;
    p.value = value;
    p.small = small;
    return p;
}
FFITEST_EXPORT uint32_t padded_sum(ffitest_padded p) { return p.tag + p.value + (uint32_t)p.small; }
/* Unsigned arithmetic: wraps instead of overflowing. */
FFITEST_EXPORT ffitest_big make_big(int64_t a)
{
    return (ffitest_big){a, (int64_t)((uint64_t)a * 2), (int64_t)((uint64_t)a * 3)};
}
FFITEST_EXPORT int64_t big_sum(ffitest_big b)
{
    return (int64_t)((uint64_t)b.a + (uint64_t)b.b + (uint64_t)b.c);
}

/* ---------------------------------------------------------------------------------------------
 * Result callbacks: called during the call that received them
 * ------------------------------------------------------------------------------------------- */

/* Calls cb once around two native prints; the "NATIVE after" line shows when control came back. */
FFITEST_EXPORT void call_void(void (*cb)(void))
{
    ffitest_say("NATIVE call_void: before callback");
    cb();
    ffitest_say("NATIVE call_void: after callback");
}

/* Calls cb(arg) and returns its result, printing what it got. */
FFITEST_EXPORT int32_t call_i32(int32_t (*cb)(int32_t), int32_t arg)
{
    ffitest_say("NATIVE call_i32: calling cb(%d)", arg);
    int32_t r = cb(arg);
    ffitest_say("NATIVE call_i32: cb returned %d", r);
    return r;
}

/* Calls cb(0), ..., cb(n-1) and returns the sum of the results, without printing. */
FFITEST_EXPORT int64_t sum_callback(int32_t (*cb)(uint32_t), uint32_t n)
{
    int64_t sum = 0;
    for (uint32_t i = 0; i < n; i++)
        sum += cb(i); /* at most 2^32 * 2^31 in magnitude: no overflow */
    return sum;
}

/* Calls cb with one fixed value of every type (the extremes where it matters). */
FFITEST_EXPORT void call_with_all_types(void (*cb)(uint8_t, int8_t, uint16_t, int16_t, uint32_t,
                                                   int32_t, uint64_t, int64_t, size_t, ptrdiff_t,
                                                   float, double, bool, const void *,
                                                   const void *))
{
    cb(255, -128, 65535, -32768, 4294967295u, -2147483647 - 1, 18446744073709551615ULL,
       -9223372036854775807LL - 1, 42, -42, 0.1f, 0.1, true, NULL, greeting_text);
}

/* One function per result type: calls cb() and prints the value C received. */
#define FFITEST_CALL_RET(name, type, fmt, cast)                                                 \
    FFITEST_EXPORT type call_ret_##name(type (*cb)(void))                                     \
    {                                                                                           \
        type v = cb();                                                                          \
        ffitest_say("NATIVE call_ret_" #name " got " fmt, cast v);                             \
        return v;                                                                               \
    }
FFITEST_CALL_RET(bool, bool, "%d", (int))
FFITEST_CALL_RET(u8, uint8_t, "%u", (unsigned))
FFITEST_CALL_RET(i8, int8_t, "%d", (int))
FFITEST_CALL_RET(u16, uint16_t, "%u", (unsigned))
FFITEST_CALL_RET(i16, int16_t, "%d", (int))
FFITEST_CALL_RET(u32, uint32_t, "%u", (unsigned))
FFITEST_CALL_RET(i32, int32_t, "%d", (int))
FFITEST_CALL_RET(u64, uint64_t, "%llu", (unsigned long long))
FFITEST_CALL_RET(i64, int64_t, "%lld", (long long))
FFITEST_CALL_RET(usize, size_t, "%zu", (size_t))
FFITEST_CALL_RET(isize, ptrdiff_t, "%td", (ptrdiff_t))
#undef FFITEST_CALL_RET

/* Floats: NaN is printed as "NaN" whatever its sign and payload bits. */
FFITEST_EXPORT float call_ret_f32(float (*cb)(void))
{
    float v = cb();
    char text[40];
    format_float(text, sizeof text, v, 9);
    ffitest_say("NATIVE call_ret_f32 got %s", text);
    return v;
}
FFITEST_EXPORT double call_ret_f64(double (*cb)(void))
{
    double v = cb();
    char text[40];
    format_float(text, sizeof text, v, 17);
    ffitest_say("NATIVE call_ret_f64 got %s", text);
    return v;
}

/* Pointer results are printed as what they point to: NULL, the greeting, or the first byte. */
FFITEST_EXPORT const void *call_ret_ptr(const void *(*cb)(void))
{
    const void *p = cb();
    if (!p)
        ffitest_say("NATIVE call_ret_ptr got NULL");
    else if (p == greeting_text)
        ffitest_say("NATIVE call_ret_ptr got the greeting");
    else
        ffitest_say("NATIVE call_ret_ptr got a pointer to byte %u", *(const uint8_t *)p);
    return p;
}

FFITEST_EXPORT ffitest_point call_ret_point(ffitest_point (*cb)(double), double arg)
{
    ffitest_point p = cb(arg);
    ffitest_say("NATIVE call_ret_point got {%g, %g}", p.x, p.y);
    return p;
}

/* Passes a Point by value to the callback (JS receives a Uint8Array copy). */
FFITEST_EXPORT double call_with_point(double (*cb)(ffitest_point), double x, double y)
{
    double r = cb((ffitest_point){x, y});
    ffitest_say("NATIVE call_with_point got %g", r);
    return r;
}

/* Calls the callback it is given with a pointer to the greeting, so JS can read it. */
FFITEST_EXPORT void call_with_greeting(void (*cb)(const char *, size_t))
{
    cb(greeting_text, strlen(greeting_text));
}

/* ---------------------------------------------------------------------------------------------
 * Stored callbacks: kept by the library, called from a later FFI call
 * ------------------------------------------------------------------------------------------- */

static int32_t (*stored_cb)(int32_t);

FFITEST_EXPORT void store_callback(int32_t (*cb)(int32_t))
{
    stored_cb = cb;
}

FFITEST_EXPORT int32_t call_stored(int32_t arg)
{
    if (!stored_cb) {
        ffitest_say("NATIVE call_stored: nothing stored");
        return -1;
    }
    ffitest_say("NATIVE call_stored: calling stored(%d)", arg);
    int32_t r = stored_cb(arg);
    ffitest_say("NATIVE call_stored: stored returned %d", r);
    return r;
}

FFITEST_EXPORT void clear_stored(void) { stored_cb = NULL; }

/* ---------------------------------------------------------------------------------------------
 * Function pointers for Deno.UnsafeFnPointer (declare the result as "function" or "pointer")
 * ------------------------------------------------------------------------------------------- */

FFITEST_EXPORT ffitest_fn fn_add_i32(void) { return (ffitest_fn)add_i32; }
FFITEST_EXPORT ffitest_fn fn_call_i32(void) { return (ffitest_fn)call_i32; }
FFITEST_EXPORT ffitest_fn fn_make_point(void) { return (ffitest_fn)make_point; }
/* slow_add lives in ffitest_threads.c. */
uint32_t slow_add(uint32_t a, uint32_t b, uint32_t ms);
FFITEST_EXPORT ffitest_fn fn_slow_add(void) { return (ffitest_fn)slow_add; }

/* ---------------------------------------------------------------------------------------------
 * Small state: a counter
 * ------------------------------------------------------------------------------------------- */

static atomic_int counter;
FFITEST_EXPORT int32_t counter_add(int32_t n) { return atomic_fetch_add(&counter, n) + n; }
FFITEST_EXPORT int32_t counter_get(void) { return atomic_load(&counter); }
