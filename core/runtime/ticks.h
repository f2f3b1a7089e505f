// The nextTick queue (Node's, as Deno 2.9 runs it). Nothing in the script API queues ticks yet
// except process warnings, but the checkpoint rules depend on whether a tick is scheduled.
#pragma once

#include <deque>
#include <functional>

namespace loopscope {

class TickQueue
{
public:
    // A tick returns false when the run must stop.
    using Tick = std::function<bool()>;

    void push(Tick tick) { m_ticks.push_back(std::move(tick)); }
    bool empty() const { return m_ticks.empty(); }
    Tick take()
    {
        Tick t = std::move(m_ticks.front());
        m_ticks.pop_front();
        return t;
    }
    void clear() { m_ticks.clear(); }

private:
    std::deque<Tick> m_ticks;
};

} // namespace loopscope
