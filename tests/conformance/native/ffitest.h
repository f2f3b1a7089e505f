/*
 * ffitest.h: types and helpers shared by ffitest.c and ffitest_threads.c (the native library of
 * the "ffi" conformance suite). Only the FFITEST_EXPORT functions are part of the library's
 * interface; scenarios describe them to Deno.dlopen themselves.
 */
#ifndef LOOPSCOPE_FFITEST_H
#define LOOPSCOPE_FFITEST_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FFITEST_EXPORT __attribute__((visibility("default")))

/* { struct: ["f64", "f64"] }: 16 bytes, returned in registers. */
typedef struct {
    double x;
    double y;
} ffitest_point;

/* { struct: ["u8", "u32", "u16"] }: 12 bytes with padding after tag and after small. */
typedef struct {
    uint8_t tag;
    uint32_t value;
    uint16_t small;
} ffitest_padded;

/* { struct: ["i64", "i64", "i64"] }: 24 bytes, returned through memory. */
typedef struct {
    int64_t a;
    int64_t b;
    int64_t c;
} ffitest_big;

/* The static record returned by blob(); the offsets are what scenarios read with
 * UnsafePointerView: u8 0, i8 1, u16 2, i32 4, u32 8, f32 12, i64 16, u64 24, f64 32,
 * text_ptr 40, text 48 ("ABC" then NULs); 56 bytes in all. */
typedef struct {
    uint8_t u8;
    int8_t i8;
    uint16_t u16;
    int32_t i32;
    uint32_t u32;
    float f32;
    int64_t i64;
    uint64_t u64;
    double f64;
    const char *text_ptr;
    char text[8];
} ffitest_blob;

/* Any function pointer (returned by the fn_* getters). */
typedef void (*ffitest_fn)(void);

/* Prints one line to stdout and flushes it (thread-safe; not for signal handlers). */
void ffitest_say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Sleeps ms milliseconds (restarting after signals). */
void ffitest_sleep_ms(uint32_t ms);

#endif
