// EngineControl: the one part of a run that other threads may touch.
#include "runtime/engine.h"

#include <QtCore/QEventLoop>

namespace loopscope {

void EngineControl::attach(v8::Isolate *isolate, QObject *waker, QEventLoop *parkLoop)
{
    std::lock_guard lock(m_mutex);
    m_isolate = isolate;
    m_waker = waker;
    m_parkLoop = parkLoop;
    // A stop that came before the engine existed still has to end the run.
    if (m_stopRequested.load())
        m_isolate->TerminateExecution();
}

void EngineControl::detach()
{
    std::lock_guard lock(m_mutex);
    m_isolate = nullptr;
    m_waker = nullptr;
    m_parkLoop = nullptr;
}

void EngineControl::requestStop(ExitReason reason)
{
    std::function<void()> handler;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopRequested.load())
            return;
        m_reason = reason;
        m_stopRequested.store(true, std::memory_order_release);
        // Termination is sticky when no JavaScript runs (it then hits the next call), which is
        // what we want here: once a stop is requested the engine runs no more JavaScript.
        if (m_isolate)
            m_isolate->TerminateExecution();
        handler = m_stopHandler;
    }
    if (handler)
        handler();
    wake();
}

void EngineControl::setStopHandler(std::function<void()> handler)
{
    std::lock_guard lock(m_mutex);
    m_stopHandler = std::move(handler);
}

ExitReason EngineControl::stopReason() const
{
    std::lock_guard lock(m_mutex);
    return m_reason;
}

void EngineControl::wake()
{
    std::lock_guard lock(m_mutex);
    if (!m_waker || m_wakePending.exchange(true))
        return;
    QEventLoop *loop = m_parkLoop;
    QMetaObject::invokeMethod(
        m_waker,
        [this, loop] {
            m_wakePending.store(false);
            loop->quit();
        },
        Qt::QueuedConnection);
}


} // namespace loopscope
