#include "timeline/timelinemodel.h"

#include "timeline/timelinestyle.h"

#include <algorithm>

namespace loopscope::ui {

using trace::Event;
using trace::Kind;

namespace {

std::uint64_t callbackKey(const Event &e)
{
    return (std::uint64_t(e.id) << 32) | e.id2;
}

SpanKind callbackSpanKind(std::int64_t value)
{
    switch (trace::CallbackKind(value)) {
    case trace::CallbackKind::ThreadSafe:
        return SpanKind::ThreadSafeCallback;
    case trace::CallbackKind::Interrupt:
        return SpanKind::InterruptCallback;
    case trace::CallbackKind::Sync:
        break;
    }
    return SpanKind::SyncCallback;
}

std::uint64_t packedKey(SpanKind kind, std::uint32_t id)
{
    return (std::uint64_t(kind) << 32) | id;
}

int kindRank(trace::ThreadKind kind)
{
    switch (kind) {
    case trace::ThreadKind::Engine:
        return 0;
    case trace::ThreadKind::Native:
        return 1;
    case trace::ThreadKind::Pool:
        return 2;
    case trace::ThreadKind::Sampler:
        return 3; // never a lane
    }
    return 1;
}

} // namespace

void TimelineModel::clear()
{
    *this = TimelineModel();
}

int TimelineModel::laneOfThread(std::uint16_t thread) const
{
    return thread < m_laneOfThread.size() ? m_laneOfThread[thread] : -1;
}

void TimelineModel::sortLanes()
{
    std::stable_sort(m_order.begin(), m_order.end(), [this](std::uint16_t a, std::uint16_t b) {
        const int ra = kindRank(m_lanes[a].kind), rb = kindRank(m_lanes[b].kind);
        return ra != rb ? ra < rb : a < b;
    });
    for (std::size_t i = 0; i < m_order.size(); ++i)
        m_laneOfThread[m_order[i]] = int(i);
    for (std::size_t t = 0; t < m_alias.size(); ++t) {
        if (m_alias[t] != t)
            m_laneOfThread[t] = m_laneOfThread[m_alias[t]];
    }
}

Lane &TimelineModel::laneFor(std::uint16_t thread)
{
    if (thread >= m_lanes.size() || m_laneOfThread[thread] < 0) {
        if (thread >= m_lanes.size()) {
            m_lanes.resize(std::size_t(thread) + 1);
            m_threads.resize(std::size_t(thread) + 1);
            m_laneOfThread.resize(std::size_t(thread) + 1, -1);
            const std::size_t old = m_alias.size();
            m_alias.resize(std::size_t(thread) + 1);
            for (std::size_t t = old; t < m_alias.size(); ++t)
                m_alias[t] = std::uint16_t(t);
        }
        Lane &lane = m_lanes[thread];
        lane.thread = thread;
        lane.kind = thread == 0 ? trace::ThreadKind::Engine : trace::ThreadKind::Native;
        lane.name = TimelineStyle::tr("thread %1").arg(thread);
        m_order.push_back(thread);
        sortLanes();
    }
    return m_lanes[m_alias[thread]];
}

void TimelineModel::updateThreads(const trace::TraceData &data)
{
    bool reorder = false;
    for (const trace::ThreadInfo &info : data.threads) {
        if (!trace::isShownThread(info.kind)) {
            // loopscope's own thread: no lane (drop one made before its kind was known).
            if (info.index < m_laneOfThread.size() && m_laneOfThread[info.index] >= 0
                && m_alias[info.index] == info.index) {
                std::erase(m_order, info.index);
                m_laneOfThread[info.index] = -1;
                m_lanes[info.index].kind = info.kind;
                reorder = true;
            }
            continue;
        }
        laneFor(info.index);
        Lane &lane = m_lanes[info.index];
        if (lane.kind != info.kind)
            reorder = true;
        lane.kind = info.kind;
        if (!info.name.isEmpty())
            lane.name = info.name;
        // The pool's threads take turns with calls: they share one lane, that of the first.
        if (info.kind == trace::ThreadKind::Pool) {
            if (m_poolThread < 0) {
                m_poolThread = info.index;
            } else if (info.index != m_poolThread && m_alias[info.index] == info.index) {
                m_alias[info.index] = std::uint16_t(m_poolThread);
                std::erase(m_order, info.index);
                reorder = true;
            }
        }
    }
    if (reorder)
        sortLanes();
}

void TimelineModel::append(const trace::TraceData &data, std::size_t first, std::size_t count)
{
    updateThreads(data);
    const std::size_t last = std::min(data.events.size(), first + count);
    for (std::size_t i = first; i < last; ++i)
        apply(data, std::uint32_t(i));
}

void TimelineModel::open(std::uint16_t thread, SpanKind kind, std::uint64_t key, const Event &e, std::uint32_t index,
                         std::uint8_t detail)
{
    Lane &lane = laneFor(thread);
    ThreadState &state = m_threads[thread];
    const auto row = std::uint32_t(state.stack.size());
    if (lane.rows.size() <= row)
        lane.rows.resize(row + 1);
    std::vector<Span> &spans = lane.rows[row];
    // Every span opened at this depth before has been closed (the stack was popped), at a time
    // no later than now: the row stays sorted.
    spans.push_back({.start = e.t, .end = Span::kOpen, .startEvent = index, .endEvent = kNoEvent, .kind = kind,
                     .detail = detail});
    state.stack.push_back({kind, key, row, std::uint32_t(spans.size() - 1)});
    m_spanKinds |= 1u << unsigned(kind);
}

bool TimelineModel::close(std::uint16_t thread, SpanKind kind, std::uint64_t key, const Event &e, std::uint32_t index,
                          bool anyKey)
{
    if (thread >= m_threads.size())
        return false;
    std::vector<Open> &stack = m_threads[thread].stack;
    auto it = std::find_if(stack.rbegin(), stack.rend(),
                           [&](const Open &o) { return o.kind == kind && (anyKey || o.key == key); });
    if (it == stack.rend())
        return false; // its start was lost, or came before the trace
    // Whatever was opened inside it and is still open (its end was lost) ends with it, so that
    // depths stay those of a stack.
    const std::size_t from = std::size_t(stack.rend() - it) - 1;
    Lane &lane = m_lanes[m_alias[thread]];
    for (std::size_t k = from; k < stack.size(); ++k) {
        Span &s = lane.rows[stack[k].row][stack[k].index];
        s.end = std::max(e.t, s.start);
        s.endEvent = index;
    }
    stack.resize(from);
    return true;
}

TimelineModel::Packed TimelineModel::openPacked(std::uint16_t thread, SpanKind kind, std::int64_t start,
                                                std::uint32_t index)
{
    Lane &lane = laneFor(thread);
    // Pool threads run calls side by side: the first row free at `start` takes it.
    std::size_t row = 0;
    while (row < lane.rows.size() && !lane.rows[row].empty() && lane.rows[row].back().end > start)
        ++row;
    if (row == lane.rows.size())
        lane.rows.emplace_back();
    lane.rows[row].push_back({.start = start, .end = Span::kOpen, .startEvent = index, .endEvent = kNoEvent,
                              .kind = kind, .detail = 0});
    m_spanKinds |= 1u << unsigned(kind);
    return {m_alias[thread], std::uint32_t(row), std::uint32_t(lane.rows[row].size() - 1)};
}

void TimelineModel::insertPacked(std::uint16_t thread, const Span &span)
{
    const Packed p = openPacked(thread, span.kind, span.start, span.startEvent);
    m_lanes[p.thread].rows[p.row][p.index] = span;
}

void TimelineModel::mark(std::uint16_t thread, MarkerKind kind, const Event &e, std::uint32_t index)
{
    std::vector<Marker> &markers = laneFor(thread).markers[std::size_t(kind)];
    // Times of one thread never decrease; keep the vector sorted even so.
    markers.push_back({markers.empty() ? e.t : std::max(e.t, markers.back().t), index});
    m_markerKinds |= 1u << unsigned(kind);
}

void TimelineModel::sample(CounterKind kind, std::uint32_t id, std::int64_t t, std::int64_t value)
{
    const std::uint64_t key = (std::uint64_t(kind) << 32) | id;
    auto [it, inserted] = m_counterOf.try_emplace(key, m_counters.size());
    if (inserted)
        m_counters.push_back({.kind = kind, .id = id, .t = {}, .value = {}});
    CounterSeries &s = m_counters[it->second];
    // Events of different threads may be tens of ns out of order: a series must not go back.
    s.t.push_back(s.t.empty() ? t : std::max(t, s.t.back()));
    s.value.push_back(value);
}

void TimelineModel::apply(const trace::TraceData &data, std::uint32_t i)
{
    const Event &e = data.events[i];
    const std::uint16_t th = e.thread;
    if (m_events == 0)
        m_start = e.t;
    m_start = std::min(m_start, e.t);
    m_end = std::max(m_end, e.t);
    ++m_events;
    if (e.kind == Kind::CpuUsage) {
        // Recorded by a sampler thread, which has no lane, about thread `id`: a counter only,
        // the value holding from the start of the interval it measured.
        sample(CounterKind::Cpu, e.id, std::max<std::int64_t>(0, e.t - std::int64_t(e.id2) * 1000),
               std::clamp<std::int64_t>(e.value, 0, 1000));
        return;
    }
    laneFor(th);

    switch (e.kind) {
    case Kind::RunStart:
    case Kind::CallbackCreated:
        break;
    case Kind::RunEnd:
        close(th, SpanKind::Timer, 0, e, i, true);
        close(th, SpanKind::Idle, 0, e, i, true);
        close(th, SpanKind::Spinning, 0, e, i, true);
        mark(th, MarkerKind::RunEnd, e, i);
        break;
    case Kind::ScriptEvalStart:
        open(th, SpanKind::Script, 0, e, i);
        break;
    case Kind::ScriptEvalEnd:
        close(th, SpanKind::Script, 0, e, i);
        break;
    case Kind::ConsoleOutput:
        mark(th, MarkerKind::Console, e, i);
        break;
    case Kind::NativeCallStart:
        if (laneFor(th).kind == trace::ThreadKind::Pool)
            m_packed[packedKey(SpanKind::NativeCall, e.id)] = openPacked(th, SpanKind::NativeCall, e.t, i);
        else
            open(th, SpanKind::NativeCall, e.id, e, i);
        break;
    case Kind::NativeCallEnd:
        if (auto it = m_packed.find(packedKey(SpanKind::NativeCall, e.id)); it != m_packed.end()) {
            Span &s = m_lanes[it->second.thread].rows[it->second.row][it->second.index];
            s.end = std::max(e.t, s.start);
            s.endEvent = i;
            m_packed.erase(it);
        } else {
            close(th, SpanKind::NativeCall, e.id, e, i);
        }
        break;
    case Kind::NonblockingStart: {
        mark(th, MarkerKind::Nonblocking, e, i);
        sample(CounterKind::Nonblocking, 0, e.t, ++m_nonblocking);
        // The call waits in the pool from now: drawn on the first pool lane, if the trace has one.
        const auto pool = std::find_if(m_order.begin(), m_order.end(), [this](std::uint16_t t) {
            return m_lanes[t].kind == trace::ThreadKind::Pool;
        });
        if (pool != m_order.end())
            m_packed[packedKey(SpanKind::Nonblocking, e.id)] = openPacked(*pool, SpanKind::Nonblocking, e.t, i);
        else
            m_nonblockingStart[e.id] = {e.t, i};
        break;
    }
    case Kind::NonblockingComplete:
        if (auto it = m_packed.find(packedKey(SpanKind::Nonblocking, e.id)); it != m_packed.end()) {
            Span &s = m_lanes[it->second.thread].rows[it->second.row][it->second.index];
            s.end = std::max(e.t, s.start);
            s.endEvent = i;
            m_packed.erase(it);
        } else if (auto st = m_nonblockingStart.find(e.id); st != m_nonblockingStart.end()) {
            insertPacked(th, {.start = st->second.first, .end = std::max(e.t, st->second.first),
                              .startEvent = st->second.second, .endEvent = i, .kind = SpanKind::Nonblocking,
                              .detail = 0});
            m_nonblockingStart.erase(st);
        }
        break;
    case Kind::NonblockingResolve:
        mark(th, MarkerKind::Nonblocking, e, i);
        m_nonblocking = std::max<std::int64_t>(0, m_nonblocking - 1);
        sample(CounterKind::Nonblocking, 0, e.t, m_nonblocking);
        break;
    case Kind::CallbackClosed:
        // A closed callback keeps nothing alive, whatever its count was.
        if (m_counterOf.count((std::uint64_t(CounterKind::Refcount) << 32) | e.id))
            sample(CounterKind::Refcount, e.id, e.t, 0);
        break;
    case Kind::Ref:
        mark(th, MarkerKind::Ref, e, i);
        sample(CounterKind::Refcount, e.id, e.t, e.value);
        break;
    case Kind::Unref:
        mark(th, MarkerKind::Unref, e, i);
        sample(CounterKind::Refcount, e.id, e.t, e.value);
        break;
    case Kind::CallbackStart:
        open(th, callbackSpanKind(e.value), callbackKey(e), e, i);
        break;
    case Kind::CallbackEnd:
        close(th, callbackSpanKind(e.value), callbackKey(e), e, i);
        break;
    case Kind::ForeignCallQueued:
        open(th, SpanKind::Blocked, e.id, e, i);
        m_foreignThread[e.id] = th;
        m_invoked[e.id] = false;
        sample(CounterKind::Inbox, 0, e.t, ++m_inbox);
        break;
    case Kind::ForeignCallInvoked:
        if (auto it = m_invoked.find(e.id); it != m_invoked.end() && !it->second) {
            it->second = true;
            m_inbox = std::max<std::int64_t>(0, m_inbox - 1);
            sample(CounterKind::Inbox, 0, e.t, m_inbox);
        }
        break;
    case Kind::ForeignCallReleased:
        // Released on the engine thread or on its own: the span is on the thread that queued it.
        if (auto it = m_foreignThread.find(e.id); it != m_foreignThread.end()) {
            close(it->second, SpanKind::Blocked, e.id, e, i);
            m_foreignThread.erase(it);
        }
        if (auto it = m_invoked.find(e.id); it != m_invoked.end()) {
            if (!it->second) { // released without running
                m_inbox = std::max<std::int64_t>(0, m_inbox - 1);
                sample(CounterKind::Inbox, 0, e.t, m_inbox);
            }
            m_invoked.erase(it);
        }
        break;
    case Kind::LoopPhase:
        // A timer's callback (the macrotask) lasts until the loop moves on.
        close(th, SpanKind::Timer, 0, e, i, true);
        close(th, SpanKind::Idle, 0, e, i, true);
        close(th, SpanKind::Spinning, 0, e, i, true);
        break;
    case Kind::Idle:
        close(th, SpanKind::Timer, 0, e, i, true);
        open(th, e.value == trace::kIdleSpin ? SpanKind::Spinning : SpanKind::Idle, 0, e, i);
        break;
    case Kind::Wake:
        // Only a wake ends an idle span: an interrupt callback runs while the loop stays parked.
        close(th, SpanKind::Idle, 0, e, i, true);
        close(th, SpanKind::Spinning, 0, e, i, true);
        mark(th, MarkerKind::Wake, e, i);
        break;
    case Kind::TimerScheduled:
        mark(th, MarkerKind::TimerScheduled, e, i);
        break;
    case Kind::TimerFired:
        close(th, SpanKind::Timer, 0, e, i, true);
        mark(th, MarkerKind::TimerFired, e, i);
        open(th, SpanKind::Timer, e.id, e, i);
        break;
    case Kind::TimerCleared:
        mark(th, MarkerKind::TimerCleared, e, i);
        break;
    case Kind::MicrotaskEnqueued:
        m_jobSource[e.id] = std::uint8_t(e.value);
        sample(CounterKind::Microtasks, 0, e.t, ++m_microtasks);
        break;
    case Kind::MicrotaskRunStart: {
        std::uint8_t source = 0xff;
        if (auto it = m_jobSource.find(e.id); it != m_jobSource.end()) {
            source = it->second;
            m_jobSource.erase(it);
        }
        open(th, SpanKind::Microtask, e.id, e, i, source);
        m_microtasks = std::max<std::int64_t>(0, m_microtasks - 1);
        sample(CounterKind::Microtasks, 0, e.t, m_microtasks);
        break;
    }
    case Kind::MicrotaskRunEnd:
        close(th, SpanKind::Microtask, e.id, e, i);
        break;
    case Kind::CheckpointStart:
        // The stack is empty at a checkpoint: a timer callback before it has returned.
        close(th, SpanKind::Timer, 0, e, i, true);
        open(th, SpanKind::Checkpoint, 0, e, i);
        break;
    case Kind::CheckpointEnd:
        close(th, SpanKind::Checkpoint, 0, e, i);
        break;
    case Kind::Diagnostic:
    case Kind::EventsLost:
        mark(th, MarkerKind::Diagnostic, e, i);
        break;
    case Kind::CpuUsage: // above
    case Kind::None:
    case Kind::Count:
        break;
    }
}

ItemRef TimelineModel::itemForEvent(const trace::TraceData &data, std::size_t index) const
{
    if (index >= data.events.size())
        return {};
    const Event &e = data.events[index];
    for (int l = 0; l < laneCount(); ++l) {
        const Lane &ln = lane(l);
        for (std::size_t r = 0; r < ln.rows.size(); ++r) {
            const std::vector<Span> &row = ln.rows[r];
            auto it = std::lower_bound(row.begin(), row.end(), e.t,
                                       [](const Span &s, std::int64_t t) { return s.start < t; });
            for (; it != row.end() && it->start == e.t; ++it) {
                if (it->startEvent == index)
                    return {l, int(r), MarkerKind::Console, std::size_t(it - row.begin())};
            }
        }
    }
    if (const int l = laneOfThread(e.thread); l >= 0) {
        const Lane &ln = lane(l);
        for (std::size_t k = 0; k < ln.markers.size(); ++k) {
            const std::vector<Marker> &v = ln.markers[k];
            auto it = std::lower_bound(v.begin(), v.end(), e.t,
                                       [](const Marker &m, std::int64_t t) { return m.t < t; });
            for (; it != v.end() && it->t == e.t; ++it) {
                if (it->event == index)
                    return {l, -1, MarkerKind(k), std::size_t(it - v.begin())};
            }
        }
    }
    for (int l = 0; l < laneCount(); ++l) {
        const Lane &ln = lane(l);
        for (std::size_t r = 0; r < ln.rows.size(); ++r) {
            const std::vector<Span> &row = ln.rows[r];
            auto it = std::lower_bound(row.begin(), row.end(), e.t,
                                       [](const Span &s, std::int64_t t) { return s.end < t; });
            for (; it != row.end() && it->end == e.t; ++it) {
                if (it->endEvent == index)
                    return {l, int(r), MarkerKind::Console, std::size_t(it - row.begin())};
            }
        }
    }
    return {};
}

ItemRef TimelineModel::itemAt(int laneIndex, int row, std::int64_t t, std::int64_t tolerance) const
{
    if (laneIndex < 0 || laneIndex >= laneCount())
        return {};
    const Lane &ln = lane(laneIndex);
    ItemRef best;
    std::int64_t bestDistance = tolerance + 1;
    if (row < 0) {
        for (std::size_t k = 0; k < ln.markers.size(); ++k) {
            const std::vector<Marker> &v = ln.markers[k];
            auto it = std::lower_bound(v.begin(), v.end(), t - tolerance,
                                       [](const Marker &m, std::int64_t x) { return m.t < x; });
            for (; it != v.end() && it->t <= t + tolerance; ++it) {
                const std::int64_t d = std::abs(it->t - t);
                // Later kinds are drawn on top: they win a tie.
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = {laneIndex, -1, MarkerKind(k), std::size_t(it - v.begin())};
                }
            }
        }
        return best;
    }
    if (std::size_t(row) >= ln.rows.size())
        return {};
    const std::vector<Span> &spans = ln.rows[std::size_t(row)];
    auto it = std::lower_bound(spans.begin(), spans.end(), t - tolerance,
                               [](const Span &s, std::int64_t x) { return s.end < x; });
    for (; it != spans.end() && it->start <= t + tolerance; ++it) {
        const std::int64_t end = drawEnd(*it);
        const std::int64_t d = t < it->start ? it->start - t : (t > end ? t - end : 0);
        if (d < bestDistance) {
            bestDistance = d;
            best = {laneIndex, row, MarkerKind::Console, std::size_t(it - spans.begin())};
            if (d == 0)
                break;
        }
    }
    return best;
}

std::size_t TimelineModel::countIn(int laneIndex, std::int64_t t0, std::int64_t t1) const
{
    if (laneIndex < 0 || laneIndex >= laneCount())
        return 0;
    const Lane &ln = lane(laneIndex);
    std::size_t n = 0;
    for (const std::vector<Span> &row : ln.rows) {
        auto a = std::lower_bound(row.begin(), row.end(), t0, [](const Span &s, std::int64_t x) { return s.end < x; });
        auto b = std::upper_bound(a, row.end(), t1, [](std::int64_t x, const Span &s) { return x < s.start; });
        n += std::size_t(b - a);
    }
    for (const std::vector<Marker> &v : ln.markers) {
        auto a = std::lower_bound(v.begin(), v.end(), t0, [](const Marker &m, std::int64_t x) { return m.t < x; });
        auto b = std::upper_bound(a, v.end(), t1, [](std::int64_t x, const Marker &m) { return x < m.t; });
        n += std::size_t(b - a);
    }
    return n;
}

} // namespace loopscope::ui
