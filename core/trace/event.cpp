#include "trace/event.h"

#include <array>
#include <cstring>
#include <span>

namespace loopscope::trace {

namespace {

constexpr std::array<const char *, std::size_t(Kind::Count)> kKindNames = {
    "none",
    "run_start",
    "run_end",
    "script_eval_start",
    "script_eval_end",
    "console_output",
    "native_call_start",
    "native_call_end",
    "nonblocking_start",
    "nonblocking_complete",
    "nonblocking_resolve",
    "callback_created",
    "callback_closed",
    "ref",
    "unref",
    "callback_start",
    "callback_end",
    "foreign_call_queued",
    "foreign_call_invoked",
    "foreign_call_released",
    "loop_phase",
    "idle",
    "wake",
    "timer_scheduled",
    "timer_fired",
    "timer_cleared",
    "microtask_enqueued",
    "microtask_run_start",
    "microtask_run_end",
    "checkpoint_start",
    "checkpoint_end",
    "diagnostic",
    "events_lost",
    "cpu_usage",
};
static_assert(kKindNames.back() != nullptr, "every kind has a name");

// In the order of loopscope::ExitReason (runtime/runtypes.h), which RunEnd stores as a number.
constexpr const char *kExitReasons[] = {"completed", "uncaught_exception", "unhandled_rejection",
                                        "syntax_error", "load_error", "stalled_top_level_await",
                                        "stopped", "timed_out"};
constexpr const char *kStreams[] = {"stdout", "stderr"};
constexpr const char *kCallbackKinds[] = {"sync", "threadsafe", "interrupt"};
constexpr const char *kWakeCauses[] = {"timer", "foreign_call", "nonblocking", "signal", "stop", "other"};
constexpr const char *kMicrotaskSources[] = {"queue_microtask", "promise_reaction", "await", "thenable",
                                             "next_tick"};
constexpr const char *kDiagnostics[] = {"warning", "deadlock", "call_after_close", "error", "hang"};
constexpr const char *kPhases[] = {"iteration_start", "module_progress", "foreign_calls", "timers",
                                   "completions", "handled_rejections", "ticks",
                                   "unhandled_rejections", "immediates", "iteration_end"};

std::span<const char *const> valueNames(Kind kind)
{
    switch (kind) {
    case Kind::RunEnd:
        return kExitReasons;
    case Kind::ConsoleOutput:
        return kStreams;
    case Kind::CallbackStart:
    case Kind::CallbackEnd:
        return kCallbackKinds;
    case Kind::Wake:
        return kWakeCauses;
    case Kind::MicrotaskEnqueued:
        return kMicrotaskSources;
    case Kind::Diagnostic:
        return kDiagnostics;
    case Kind::LoopPhase:
        return kPhases;
    default:
        return {};
    }
}

static_assert(std::size(kPhases) == std::size_t(Phase::IterationEnd) + 1);
static_assert(std::size(kWakeCauses) == std::size_t(WakeCause::Other) + 1);
static_assert(std::size(kMicrotaskSources) == std::size_t(MicrotaskSource::NextTick) + 1);
static_assert(std::size(kDiagnostics) == std::size_t(DiagnosticKind::Hang) + 1);
static_assert(std::size(kCallbackKinds) == std::size_t(CallbackKind::Interrupt) + 1);

} // namespace

bool operator==(const Event &a, const Event &b)
{
    return a.t == b.t && a.seq == b.seq && a.flow == b.flow && a.value == b.value && a.id == b.id
        && a.id2 == b.id2 && a.str == b.str && a.kind == b.kind && a.thread == b.thread;
}

const char *kindName(Kind kind)
{
    const auto i = std::size_t(kind);
    return i < kKindNames.size() ? kKindNames[i] : "unknown";
}

Kind kindFromName(const char *name)
{
    for (std::size_t i = 1; i < kKindNames.size(); ++i) {
        if (std::strcmp(kKindNames[i], name) == 0)
            return Kind(i);
    }
    return Kind::None;
}

const char *threadKindName(ThreadKind kind)
{
    switch (kind) {
    case ThreadKind::Engine:
        return "engine";
    case ThreadKind::Native:
        return "native";
    case ThreadKind::Pool:
        return "pool";
    case ThreadKind::Sampler:
        return "sampler";
    }
    return "native";
}

ThreadKind threadKindFromName(const QString &name)
{
    for (ThreadKind kind : {ThreadKind::Engine, ThreadKind::Native, ThreadKind::Pool, ThreadKind::Sampler}) {
        if (name == QLatin1String(threadKindName(kind)))
            return kind;
    }
    return ThreadKind::Native;
}

// Named values outside 0..n-1: a kind whose value is mostly a number (Idle: a timeout).
struct SpecialValue {
    Kind kind;
    std::int64_t value;
    const char *name;
};
constexpr SpecialValue kSpecialValues[] = {{Kind::Idle, kIdleSpin, "spin"}};

const char *valueName(Kind kind, std::int64_t value)
{
    for (const SpecialValue &s : kSpecialValues) {
        if (s.kind == kind && s.value == value)
            return s.name;
    }
    const auto names = valueNames(kind);
    if (value < 0 || std::uint64_t(value) >= names.size())
        return nullptr;
    return names[std::size_t(value)];
}

int valueNameCount(Kind kind)
{
    return int(valueNames(kind).size());
}

std::vector<std::pair<std::int64_t, const char *>> namedValues(Kind kind)
{
    std::vector<std::pair<std::int64_t, const char *>> out;
    for (const SpecialValue &s : kSpecialValues) {
        if (s.kind == kind)
            out.emplace_back(s.value, s.name);
    }
    const auto names = valueNames(kind);
    for (std::size_t v = 0; v < names.size(); ++v)
        out.emplace_back(std::int64_t(v), names[v]);
    return out;
}

} // namespace loopscope::trace
