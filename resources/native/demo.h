/*
 * demo.h - shared declarations of libloopscope_demo, the native library that the bundled
 * examples (the .js files in resources/examples) load with Deno.dlopen().
 *
 * The library is teaching material: whatever calls back or waits prints what it does on stdout
 * (one line, flushed at once), so you can see how native work interleaves with the JavaScript
 * side's console.log() output. Lines printed by native code start with "[native ...]".
 *
 * The code is split in two files:
 *   demo.c          synchronous calls, stored callbacks, structs by value, buffers, strings
 *   demo_threads.c  native threads calling back, blocking work for `nonblocking: true`
 *                   calls, and a signal handler that calls back ("interrupt handler")
 *
 * Build it alone (no CMake needed) with:
 *   cc -shared -fPIC -O2 -pthread -Wl,-z,nodelete demo.c demo_threads.c -o libloopscope_demo.so
 *
 * -z nodelete keeps the library mapped even after Deno (or loopscope) closes it: a native thread
 * that is still running must never find its code unmapped under its feet.
 */
#ifndef LOOPSCOPE_DEMO_H
#define LOOPSCOPE_DEMO_H

#include <stdint.h>

/* Only the functions marked DEMO_API are exported (the CMake build uses -fvisibility=hidden;
 * with a plain `cc` build everything is visible anyway). */
#define DEMO_API __attribute__((visibility("default")))

/* The callback type shared by native threads and the nonblocking worker.
 * JavaScript definition: { parameters: ["i32", "i32", "pointer"], result: "i32" }
 *   thread_id   the id the script gave the thread (1, 2, ...), 0 for the nonblocking worker
 *   call_index  0 for the first call of that thread, 1 for the second, ...
 *   message     a NUL-terminated string owned by the native side. It is only valid during the
 *               call: the thread overwrites it as soon as the callback returns (read it with
 *               Deno.UnsafePointerView.getCString() inside the callback, never later). */
typedef int32_t (*demo_thread_cb)(int32_t thread_id, int32_t call_index, const char *message);

/* printf() + fflush(stdout) as one atomic step, so lines from several threads never mix and
 * every line reaches the terminal (or pipe) before the next JavaScript console.log(). */
void demo_say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Sleeps for ms milliseconds (restarting after signals). */
void demo_sleep_plain(int32_t ms);

#endif
