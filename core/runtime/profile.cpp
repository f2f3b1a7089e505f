// The version profiles: one row of behaviour flags per Deno behaviour that changed. The levels
// and their mechanisms are deno-semantics.md §12; docs/profiles.md says what each flag does in
// the engine and which scenario shows it.
#include "runtime/profile.h"

#include <QtCore/QCoreApplication>

#include <array>

namespace loopscope {

namespace {

constexpr std::array kProfiles = {
    Profile{
        "deno-1.26", "L0", "1.23.2 - 1.26.1",
        QT_TRANSLATE_NOOP("Profile", "an FFI middleware and one global ref counter: a ref'ed callback spins the loop at 100 % CPU"),
        QT_TRANSLATE_NOOP("Profile",
            "Callbacks called from other threads go through an event-loop middleware that Deno "
            "polls once per loop turn, and ref()/unref() move one counter shared by all callbacks. "
            "While that counter is above zero the middleware reports work every time, so the loop "
            "re-polls at once: the engine thread spins at 100 % CPU and the process never exits. "
            "A foreign call wakes nothing; the spinning loop picks it up, otherwise it waits until "
            "something else (a timer) polls the loop. Queued calls run newest first. ref() and "
            "unref() return undefined and there is no UnsafeCallback.threadSafe(). Web timers; "
            "microtasks run whenever the JavaScript stack empties (V8's automatic policy)."),
        InboxOrder::Lifo, ForeignDispatch::Middleware, ForeignWake::Never, RefModel::GlobalCounter,
        /*refReturnsCount=*/false, /*hasThreadSafe=*/false, MicrotaskPolicy::Auto,
        /*interruptDrains=*/true, /*lazyTimersCheckpoint=*/false, TimerModel::Web, /*nestingClamp=*/true, /*timersSkipFirstTurn=*/true, /*nodeGlobals=*/false,
        /*rustTimers=*/false},
    Profile{
        "deno-1.30", "L1", "1.26.2 - 1.30.x",
        QT_TRANSLATE_NOOP("Profile", "ref() makes a cancelable op: after unref() a callback can no longer wake the loop or keep it alive"),
        QT_TRANSLATE_NOOP("Profile",
            "ref() starts an async op whose waker lets a foreign call wake the loop, and unref() "
            "cancels that op for good. A callback that was never ref'ed cannot wake the loop. "
            "After unref(), a new ref() makes an op that resolves at once: the callback neither "
            "keeps the process alive nor wakes it, so a call from a thread is served only when "
            "something else wakes the loop; otherwise the run exits under the waiting thread, or "
            "hangs at 0 % CPU (fixed in 1.31.0). Queued calls run newest first, after the timers. "
            "ref() and unref() return the new count; there is no UnsafeCallback.threadSafe(). "
            "Web timers; automatic microtasks."),
        InboxOrder::Lifo, ForeignDispatch::Middleware, ForeignWake::WhileRefOpPending, RefModel::CancelableOp,
        true, false, MicrotaskPolicy::Auto, true, false, TimerModel::Web, true, true, false, false},
    Profile{
        "deno-1.34", "L2", "1.31.0 - 1.34.1",
        QT_TRANSLATE_NOOP("Profile", "ref()/unref() toggle one op; a callback that was never ref'ed still cannot wake the loop"),
        QT_TRANSLATE_NOOP("Profile",
            "ref() and unref() ref and unref the same op and return the new count, and "
            "UnsafeCallback.threadSafe() exists. A callback that was ref'ed once wakes the loop "
            "from then on, even after unref(); one that was never ref'ed still does not, so its "
            "calls from threads wait until something else wakes the loop. The middleware runs "
            "queued calls once per loop turn, after the timers, newest first. Web timers; "
            "automatic microtasks."),
        InboxOrder::Lifo, ForeignDispatch::Middleware, ForeignWake::AfterFirstRef, RefModel::ToggledOp,
        true, true, MicrotaskPolicy::Auto, true, false, TimerModel::Web, true, true, false, false},
    Profile{
        "deno-1.38", "L3", "1.34.2 - 1.38.x",
        QT_TRANSLATE_NOOP("Profile", "every callback wakes the loop; the middleware still runs after the timers"),
        QT_TRANSLATE_NOOP("Profile",
            "Every callback wakes the loop when a thread calls it, ref'ed or not: the callbacks "
            "share the runtime's waker. ref() only decides whether the callback keeps the process "
            "alive. The middleware still serves foreign calls once per loop turn, after the timers "
            "and op results, oldest first (1.34.2 and 1.35 ran them newest first); queued calls "
            "alone do not keep the loop alive. Web timers; automatic microtasks."),
        InboxOrder::Fifo, ForeignDispatch::Middleware, ForeignWake::Always, RefModel::ToggledOp,
        true, true, MicrotaskPolicy::Auto, true, false, TimerModel::Web, true, true, false, false},
    Profile{
        "deno-2.7", "L4", "1.39.0 - 2.7.4",
        QT_TRANSLATE_NOOP("Profile", "the task spawner with V8's automatic microtask policy"),
        QT_TRANSLATE_NOOP("Profile",
            "Foreign calls go through V8's cross-thread task spawner: they run in their own phase "
            "before the timers, up to three batches per loop turn, and queued calls keep the loop "
            "alive. Microtasks follow V8's automatic policy: they run whenever the JavaScript "
            "stack empties, so an interrupt-handler callback drains them as it returns, and a "
            "timer's or callback's microtasks run as soon as it returns. Web timers (a number id, "
            "0 ms allowed) next to Node's setImmediate, process and nextTick."),
        InboxOrder::Fifo, ForeignDispatch::TaskSpawner, ForeignWake::Always, RefModel::ToggledOp,
        true, true, MicrotaskPolicy::Auto, true, false, TimerModel::Web, false, true, true, true},
    Profile{
        "deno-2.8", "L5", "2.7.5 - 2.8.x",
        QT_TRANSLATE_NOOP("Profile", "V8's explicit microtask policy: microtasks run only at Deno's checkpoints"),
        QT_TRANSLATE_NOOP("Profile",
            "Microtasks run only at Deno's explicit checkpoints (the policy changed in 2.7.5 for "
            "the order of process.nextTick). A thread-safe callback still drains them before its "
            "thread is released, but an interrupt-handler callback no longer does: its microtasks "
            "wait until something else wakes the loop. The timer and process globals are loaded "
            "at start-up, so reading them never runs microtasks."),
        InboxOrder::Fifo, ForeignDispatch::TaskSpawner, ForeignWake::Always, RefModel::ToggledOp,
        true, true, MicrotaskPolicy::Explicit, false, false, TimerModel::Node, false, true, true, false},
    Profile{
        "deno-2.9", "L6", "2.9.0 and later",
        QT_TRANSLATE_NOOP("Profile", "today's Deno (the default)"),
        QT_TRANSLATE_NOOP("Profile",
            "Today's Deno, and the default. As deno-2.8, but setTimeout, setInterval, "
            "setImmediate, their clear functions and process are loaded lazily: the first read of "
            "one of them outside top-level evaluation and outside a microtask runs a microtask "
            "checkpoint, so a microtask queued just before it in a callback runs at that read."),
        InboxOrder::Fifo, ForeignDispatch::TaskSpawner, ForeignWake::Always, RefModel::ToggledOp,
        true, true, MicrotaskPolicy::Explicit, false, true, TimerModel::Node, false, false, true, false},
};

} // namespace

QString Profile::description() const
{
    return QCoreApplication::translate("Profile", detail);
}

QString Profile::summaryText() const
{
    return QCoreApplication::translate("Profile", summary);
}

std::span<const Profile> profiles()
{
    return kProfiles;
}

const Profile &defaultProfile()
{
    return kProfiles.back();
}

const Profile *findProfile(const QString &name)
{
    for (const Profile &p : kProfiles)
        if (name == QLatin1String(p.name))
            return &p;
    return nullptr;
}

QStringList profileNames()
{
    QStringList names;
    for (const Profile &p : kProfiles)
        names << QLatin1String(p.name);
    return names;
}

QString profilesHelp(int width)
{
    QString out;
    const QString indent(6, u' ');
    for (const Profile &p : kProfiles) {
        out += QStringLiteral("  %1 (%2, Deno %3)%4\n")
                   .arg(QLatin1String(p.name), QLatin1String(p.level), QLatin1String(p.versions),
                        &p == &defaultProfile() ? QStringLiteral(", the default") : QString());
        QString line = indent;
        for (const QString &word : QString::fromUtf8(p.detail).split(u' ', Qt::SkipEmptyParts)) {
            if (line.size() > indent.size() && line.size() + 1 + word.size() > width) {
                out += line + u'\n';
                line = indent;
            }
            if (line.size() > indent.size())
                line += u' ';
            line += word;
        }
        out += line + u'\n';
    }
    return out;
}

} // namespace loopscope
