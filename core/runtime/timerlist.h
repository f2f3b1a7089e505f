// The timer lists of Deno 2.9 (which are Node's): one FIFO list per duration, the lists kept in
// a priority order by (expiry, list id). Pure bookkeeping, no V8: the engine supplies the clock,
// runs the callbacks and drains ticks between them through TimerList::Host.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

namespace loopscope {

struct TimerList_List;

struct Timer {
    std::uint64_t id = 0;
    double idleStart = 0;   // ms since run start when the timer was (re)inserted
    double timeout = 1;     // ms, already clamped and truncated
    double repeat = 0;      // ms between the calls of an interval (0 is possible for Web timers)
    bool interval = false;  // setInterval, not setTimeout
    bool refed = true;
    bool hasCallback = true; // cleared by cancel(); a cancelled timer left in a list is skipped
    bool destroyed = false;
    // Intrusive list links; both null when the timer is in no list.
    Timer *prev = nullptr;
    Timer *next = nullptr;
    TimerList_List *list = nullptr;
};

class TimerList
{
public:
    // The largest delay Node accepts: 2^31 - 1 ms.
    static constexpr double kTimeoutMax = 2147483647.0;

    class Host
    {
    public:
        virtual ~Host() = default;
        virtual double now() = 0;                 // ms since run start, fractional
        virtual void schedule(double msecs) = 0;  // arm the loop's timer (op_timer_schedule)
        // Runs the timer's callback. Returns false when the run must stop (uncaught error,
        // termination): processing ends at once.
        virtual bool fire(Timer &timer) = 0;
        // Drains ticks and microtasks between two timer callbacks (Node's runNextTicks).
        virtual bool runNextTicks() = 0;
        // The timer is gone for good: its callback and arguments can be released.
        virtual void released(std::uint64_t id) = 0;
    };

    explicit TimerList(Host *host);
    ~TimerList();
    // Deno's Rust WebTimers (Profile::rustTimers): every timer is its own list, so timers fire
    // in (deadline, creation) order instead of Node's per-duration FIFO lists.
    void setOneListPerTimer(bool on) { m_oneListPerTimer = on; }
    TimerList(const TimerList &) = delete;
    TimerList &operator=(const TimerList &) = delete;

    // Node's delay rules: undefined -> 1; values outside [1, 2^31-1] (0, negative, NaN, too
    // large) -> 1; fractions are truncated later, on insertion.
    enum class Clamp { None, Overflow, Negative, NotANumber, BelowOne };
    static double clampDelay(double after, bool undefinedDelay, Clamp *why = nullptr);

    // Creates and inserts a timer; `after` must already be clamped.
    Timer *create(double after, bool repeat, bool refed);
    Timer *find(std::uint64_t id) const;
    // clearTimeout / clearInterval.
    void cancel(Timer *timer);
    void setRefed(Timer *timer, bool refed);
    // Timeout.prototype.refresh: starts the timer's delay again from now.
    void refresh(Timer *timer);

    // Runs every expired list in order. Returns the next expiry (> 0 if ref'ed timers remain,
    // < 0 if only un-ref'ed ones do) or 0 when no timers are left.
    double processTimers(double now);
    // True when processTimers stopped early because the host asked it to.
    bool aborted() const { return m_aborted; }

    int refCount() const { return m_refCount; }
    std::size_t activeCount() const { return m_timers.size(); }
    std::size_t listCount() const { return m_lists.size(); }
    double nextExpiry() const { return m_nextExpiry; }
    // The timer that fires next (the oldest of the list that expires first), or null.
    const Timer *nextDue() const;

private:
    using List = TimerList_List;
    struct ListOrder {
        bool operator()(const List *a, const List *b) const;
    };

    void insert(Timer *timer, double msecs, double start);
    bool listOnTimeout(List *list, double now);
    void unlink(Timer *timer);
    void destroy(Timer *timer);
    void incRef();
    void decRef();

    Host *m_host;
    std::unordered_map<std::uint64_t, std::unique_ptr<Timer>> m_timers;
    // By duration (timerListMap); the second part is 0, or the timer's id with one list per timer.
    std::map<std::pair<double, std::uint64_t>, std::unique_ptr<List>> m_lists;
    std::set<List *, ListOrder> m_queue;             // by (expiry, id) (timerListQueue)
    double m_nextExpiry;
    std::int64_t m_nextListId;
    std::uint64_t m_nextTimerId = 1;
    int m_refCount = 0;
    bool m_aborted = false;
    bool m_oneListPerTimer = false;
    Timer *m_running = nullptr;
};

} // namespace loopscope
