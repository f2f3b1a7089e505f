#include "runtime/timerlist.h"

#include <cmath>
#include <limits>
#include <vector>

namespace loopscope {

// One list of timers that share a duration, oldest first.
struct TimerList_List {
    std::pair<double, std::uint64_t> key; // in TimerList::m_lists
    double msecs = 0;
    double expiry = 0;
    std::int64_t id = 0;
    Timer *head = nullptr; // oldest: the next to fire
    Timer *tail = nullptr;

    void append(Timer *t)
    {
        t->prev = tail;
        t->next = nullptr;
        if (tail)
            tail->next = t;
        else
            head = t;
        tail = t;
        t->list = this;
    }
    void remove(Timer *t)
    {
        if (t->prev)
            t->prev->next = t->next;
        else
            head = t->next;
        if (t->next)
            t->next->prev = t->prev;
        else
            tail = t->prev;
        t->prev = t->next = nullptr;
        t->list = nullptr;
    }
};

bool TimerList::ListOrder::operator()(const List *a, const List *b) const
{
    if (a->expiry != b->expiry)
        return a->expiry < b->expiry;
    return a->id < b->id;
}

TimerList::TimerList(Host *host)
    : m_host(host)
    , m_nextExpiry(std::numeric_limits<double>::infinity())
    // Node starts list ids at Number.MIN_SAFE_INTEGER; only their order matters.
    , m_nextListId(-9007199254740991LL)
{
}

TimerList::~TimerList() = default;

double TimerList::clampDelay(double after, bool undefinedDelay, Clamp *why)
{
    Clamp reason = Clamp::None;
    if (undefinedDelay) {
        after = 1;
    } else if (!(after >= 1 && after <= kTimeoutMax)) {
        if (after > kTimeoutMax)
            reason = Clamp::Overflow;
        else if (after < 0)
            reason = Clamp::Negative;
        else if (std::isnan(after))
            reason = Clamp::NotANumber;
        else
            reason = Clamp::BelowOne;
        after = 1;
    }
    if (why)
        *why = reason;
    return after;
}

Timer *TimerList::create(double after, bool repeat, bool refed)
{
    auto owned = std::make_unique<Timer>();
    Timer *timer = owned.get();
    timer->id = m_nextTimerId++;
    timer->timeout = after;
    timer->repeat = repeat ? after : 0;
    timer->interval = repeat;
    timer->refed = refed;
    m_timers.emplace(timer->id, std::move(owned));
    if (refed)
        incRef();
    insert(timer, after, m_host->now());
    return timer;
}

Timer *TimerList::find(std::uint64_t id) const
{
    auto it = m_timers.find(id);
    return it == m_timers.end() ? nullptr : it->second.get();
}

void TimerList::insert(Timer *timer, double msecs, double start)
{
    msecs = std::trunc(msecs);
    timer->idleStart = start;
    const std::pair<double, std::uint64_t> key(msecs, m_oneListPerTimer ? timer->id : 0);
    auto it = m_lists.find(key);
    List *list;
    if (it == m_lists.end()) {
        const double expiry = start + msecs;
        auto owned = std::make_unique<List>();
        list = owned.get();
        list->key = key;
        list->msecs = msecs;
        list->expiry = expiry;
        list->id = m_nextListId++;
        m_lists.emplace(key, std::move(owned));
        m_queue.insert(list);
        if (m_nextExpiry > expiry) {
            m_host->schedule(msecs);
            m_nextExpiry = expiry;
        }
    } else {
        list = it->second.get();
    }
    list->append(timer);
}

void TimerList::unlink(Timer *timer)
{
    if (timer->list)
        timer->list->remove(timer);
}

void TimerList::incRef()
{
    ++m_refCount;
}

void TimerList::decRef()
{
    --m_refCount;
}

void TimerList::destroy(Timer *timer)
{
    // Called for a timer that is in no list and will never fire again.
    const std::uint64_t id = timer->id;
    m_host->released(id);
    m_timers.erase(id);
}

void TimerList::cancel(Timer *timer)
{
    if (timer->destroyed)
        return;
    timer->destroyed = true;
    timer->hasCallback = false;
    if (timer->refed)
        decRef();
    unlink(timer);
    // A timer cancelled from inside its own callback is finished by listOnTimeout; an
    // interval cancelled there is, as in Deno, put back into its list once more (inert).
    if (timer != m_running)
        destroy(timer);
}

void TimerList::setRefed(Timer *timer, bool refed)
{
    if (timer->refed == refed)
        return;
    timer->refed = refed;
    if (!timer->destroyed)
        refed ? incRef() : decRef();
}

void TimerList::refresh(Timer *timer)
{
    if (timer->destroyed)
        return;
    unlink(timer);
    insert(timer, timer->timeout, m_host->now());
}

double TimerList::processTimers(double now)
{
    m_nextExpiry = std::numeric_limits<double>::infinity();
    m_aborted = false;
    bool ranAtLeastOneList = false;
    if (m_oneListPerTimer) {
        // Deno's Rust WebTimers took every expired timer first, then ran them: a timer that a
        // callback creates waits for the next pass even if it is due at once. A list is only
        // erased by listOnTimeout, so the pointers stay valid until each is run.
        std::vector<List *> due;
        for (List *list : m_queue) {
            if (list->expiry > now)
                break;
            due.push_back(list);
        }
        for (List *list : due) {
            if (!listOnTimeout(list, now)) {
                m_aborted = true;
                return 0;
            }
        }
        if (m_queue.empty())
            return 0;
        m_nextExpiry = (*m_queue.begin())->expiry;
        return m_refCount > 0 ? m_nextExpiry : -m_nextExpiry;
    }
    while (!m_queue.empty()) {
        List *list = *m_queue.begin();
        if (list->expiry > now) {
            m_nextExpiry = list->expiry;
            return m_refCount > 0 ? m_nextExpiry : -m_nextExpiry;
        }
        if (ranAtLeastOneList) {
            if (!m_host->runNextTicks()) {
                m_aborted = true;
                return 0;
            }
        } else {
            ranAtLeastOneList = true;
        }
        if (!listOnTimeout(list, now)) {
            m_aborted = true;
            return 0;
        }
    }
    return 0;
}

bool TimerList::listOnTimeout(List *list, double now)
{
    const double msecs = list->msecs;
    bool ranAtLeastOneTimer = false;
    while (Timer *timer = list->head) {
        const double diff = now - timer->idleStart;
        // A 0 ms Web timer (deno-1.x profiles) put back by this very pass waits for the next.
        if (diff < msecs || (msecs == 0 && timer->idleStart >= now)) {
            // The rest of this list is not due yet: move the list to its new place.
            m_queue.erase(list);
            list->expiry = std::max(timer->idleStart + msecs, now + 1);
            list->id = m_nextListId++;
            m_queue.insert(list);
            return true;
        }
        if (ranAtLeastOneTimer) {
            if (!m_host->runNextTicks())
                return false;
        } else {
            ranAtLeastOneTimer = true;
        }
        list->remove(timer);

        if (!timer->hasCallback) {
            // A cancelled interval that was put back once: drop it without running anything.
            if (!timer->destroyed) {
                timer->destroyed = true;
                if (timer->refed)
                    decRef();
            }
            destroy(timer);
            continue;
        }

        m_running = timer;
        const bool ok = m_host->fire(*timer);
        m_running = nullptr;
        if (timer->interval && !timer->list) {
            timer->timeout = timer->repeat;
            insert(timer, timer->timeout, now);
        } else if (!timer->list) {
            if (!timer->destroyed) {
                timer->destroyed = true;
                if (timer->refed)
                    decRef();
            }
            destroy(timer);
        }
        if (!ok)
            return false;
    }
    // The list is empty: forget it.
    auto it = m_lists.find(list->key);
    if (it != m_lists.end() && it->second.get() == list) {
        m_queue.erase(list);
        m_lists.erase(it);
    }
    return true;
}

const Timer *TimerList::nextDue() const
{
    for (const List *list : m_queue)
        for (const Timer *t = list->head; t; t = t->next)
            if (t->hasCallback)
                return t;
    return nullptr;
}

} // namespace loopscope
