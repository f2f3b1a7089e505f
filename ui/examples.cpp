#include "examples.h"

#include "runtime/profile.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>

static void initExampleResources()
{
    Q_INIT_RESOURCE(examples);
}

namespace loopscope::ui {

QVector<Example> Examples::all()
{
    static const bool initialised = (initExampleResources(), true);
    Q_UNUSED(initialised);
    const QString seed = tr("Caveats of the seed text");
    const QString kinds = tr("Kinds of callback");
    const QString loop = tr("The event loop");
    const QString data = tr("Values and errors");
    const QString versions = tr("Older Deno versions");
    return {
        {QStringLiteral("threadsafe-microtask.js"), tr("queueMicrotask inside a thread-safe callback"),
         tr("A native thread calls back twice. The microtasks the callback queues (the sum, promise reactions, "
            "nested microtasks) all run before the native thread gets control back: Deno runs a microtask "
            "checkpoint after every thread-safe callback and releases the thread only then."),
         seed},
        {QStringLiteral("threadsafe-settimeout-defer.js"), tr("setTimeout(…, 10) defers work past the native thread"),
         tr("To let the native thread go on first, defer the work with a timer of 10 ms or more: timers run in "
            "a later loop phase, after the thread was released."),
         seed},
        {QStringLiteral("threadsafe-settimeout-race.js"), tr("setTimeout(…, 0/1/5): a race"),
         tr("A short timer may already be due when the callback's task ends; the engine thread goes straight on "
            "to the timers while the released native thread must be scheduled by the OS. Which prints first "
            "varies from run to run (in Deno too)."),
         seed},
        {QStringLiteral("sync-callback-microtask.js"), tr("queueMicrotask is enough in a synchronous callback"),
         tr("A callback called synchronously from inside an FFI call cannot run a checkpoint: its microtasks "
            "wait until the JavaScript that made the FFI call has returned."),
         seed},
        {QStringLiteral("ref-keeps-alive.js"), tr("ref() keeps the process alive"),
         tr("A ref'ed callback keeps the event loop running (at no CPU cost) until close(): the native thread's "
            "late calls are still served."),
         seed},
        {QStringLiteral("unref-exits.js"), tr("unref() lets the process exit"),
         tr("An un-ref'ed callback still wakes the loop when a thread calls it, but it does not keep the process "
            "alive: the run ends although a native thread would call back later."),
         seed},
        {QStringLiteral("ref-counts.js"), tr("ref() and unref() count"),
         tr("ref() and unref() return the new count, which never goes below 0; threadSafe() starts at 1; a "
            "second close() throws BadResource."),
         seed},
        {QStringLiteral("sync-vs-threadsafe.js"), tr("Synchronous vs thread-safe"),
         tr("The same callback called two ways: synchronously its microtask waits for the surrounding "
            "JavaScript; from a thread it runs before the thread continues."),
         kinds},
        {QStringLiteral("interrupt-handler.js"), tr("An interrupt handler"),
         tr("A signal handler calls the callback on the engine thread while the loop is idle: it runs at once, "
            "but its microtasks wait for the next wake (here a timer)."),
         kinds},
        {QStringLiteral("nonblocking-order.js"), tr("Nonblocking calls"),
         tr("nonblocking: true symbols run on a worker pool and return promises that resolve in the order the "
            "calls finish; the same call made blocking freezes the timers."),
         kinds},
        {QStringLiteral("nonblocking-callback.js"), tr("A callback from a nonblocking worker"),
         tr("Native code running a nonblocking call calls back from the pool thread: a thread-safe call, "
            "served by the loop, without any ref()."),
         kinds},
        {QStringLiteral("many-threads.js"), tr("Several threads at once"),
         tr("Calls from several threads are queued and served first in, first out, each followed by its "
            "microtask checkpoint and the release of its thread."),
         kinds},
        {QStringLiteral("microtasks-vs-timers.js"), tr("Microtasks vs timers"),
         tr("Microtasks run at checkpoints (after the top level, between timers); timers run in the loop's "
            "timer phase."),
         loop},
        {QStringLiteral("threadsafe-nexttick-immediate.js"), tr("nextTick and setImmediate after the release"),
         tr("process.nextTick and setImmediate queued in a thread-safe callback run only after the native "
            "thread was released; a microtask runs before."),
         loop},
        {QStringLiteral("first-settimeout-quirk.js"), tr("Deno 2.9: the first setTimeout runs microtasks"),
         tr("The first read of setTimeout loads node:timers lazily, and that load runs a microtask checkpoint: "
            "pending microtasks run in the middle of the callback."),
         loop},
        {QStringLiteral("callback-exceptions.js"), tr("Exceptions in callbacks"),
         tr("A synchronous callback's exception reaches the JavaScript caller after the native code saw 0; a "
            "thread-safe callback's is printed and swallowed, and the thread gets 0."),
         data},
        {QStringLiteral("structs-and-buffers.js"), tr("Structs, buffers and pointers"),
         tr("Structs by value, buffers filled by native code, C strings, 64-bit results as BigInt, and function "
            "pointers called from JavaScript."),
         data},
        // Each names the two profiles to compare ("// loopscope-compare:"): the window offers that.
        {QStringLiteral("profile-spin.js"), tr("deno-1.26: a ref'ed callback spins the loop"),
         tr("A native thread calls a ref'ed callback three times, 300 ms apart. Today the loop sleeps between the "
            "calls. In Deno 1.23 to 1.26 the FFI middleware reported work on every poll while a callback was "
            "ref'ed: the loop re-polled at once and burnt a whole core until close(). The output is the same; "
            "the timeline shows \"spinning\" instead of idle, and the CPU track 100 %."),
         versions},
        {QStringLiteral("profile-reref-hang.js"), tr("deno-1.30: a re-ref'ed callback cannot wake the loop"),
         tr("The callback is ref'ed, unref'ed and ref'ed again, then a thread calls it. Today the call wakes the "
            "loop at once. In Deno 1.26.2 to 1.30 unref() cancelled the callback's ref op for good: the thread "
            "waits while the loop sleeps at 0 % CPU, until a 3 s watchdog timer wakes it. Without that timer "
            "Deno 1.30 hung for ever (fixed in 1.31.0)."),
         versions},
        {QStringLiteral("profile-never-refed-order.js"), tr("deno-1.34: a never-ref'ed callback waits, newest first"),
         tr("Three threads call a callback that was never ref'ed while the loop sleeps until a 400 ms timer. Today "
            "every call wakes the loop and runs at once, in order. In Deno 1.31 to 1.34 only ref() gave a "
            "callback a way to wake the loop: the threads wait for the timer, then the FFI middleware serves "
            "their calls newest first: t3, t2, t1."),
         versions},
    };
}

QString Examples::source(const QString &file)
{
    (void)all(); // registers the resources
    QFile f(QStringLiteral(":/examples/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

Example Examples::forPath(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    for (const Example &e : all())
        if (e.file == name)
            return e;
    return {};
}

QStringList Examples::compareProfiles(const QString &source)
{
    static const QRegularExpression line(QStringLiteral(R"(^[ \t]*//[ \t]*loopscope-compare:[ \t]*(.*)$)"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(source);
    if (!m.hasMatch())
        return {};
    QStringList names;
    for (const QString &name : m.captured(1).split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
        if (!findProfile(name) || names.contains(name))
            return {}; // a typo: better no suggestion than half of one
        names << name;
    }
    return names.size() >= 2 ? names.mid(0, 2) : QStringList();
}

} // namespace loopscope::ui
