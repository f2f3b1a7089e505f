// The timer lists on their own, with a hand-driven clock: clamping, FIFO per duration, the
// order of lists, intervals, cancelling from inside a callback, ref counting.
#include "runtime/timerlist.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace loopscope;

namespace {

class FakeHost : public TimerList::Host
{
public:
    double clock = 0;
    std::vector<double> scheduled;
    QStringList log;
    std::function<bool(Timer &)> onFire;
    std::map<std::uint64_t, QString> names;
    int ticks = 0;
    std::vector<std::uint64_t> releasedIds;

    double now() override { return clock; }
    void schedule(double msecs) override { scheduled.push_back(msecs); }
    bool fire(Timer &t) override
    {
        log << names[t.id];
        return onFire ? onFire(t) : true;
    }
    bool runNextTicks() override
    {
        ++ticks;
        log << QStringLiteral("|");
        return true;
    }
    void released(std::uint64_t id) override { releasedIds.push_back(id); }
};

} // namespace

class TestTimerList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clamp_data()
    {
        QTest::addColumn<double>("after");
        QTest::addColumn<bool>("undefinedDelay");
        QTest::addColumn<double>("expected");
        QTest::addColumn<int>("why");
        const double nan = std::nan("");
        QTest::newRow("undefined") << 0.0 << true << 1.0 << int(TimerList::Clamp::None);
        QTest::newRow("zero") << 0.0 << false << 1.0 << int(TimerList::Clamp::BelowOne);
        QTest::newRow("half") << 0.5 << false << 1.0 << int(TimerList::Clamp::BelowOne);
        QTest::newRow("negative") << -5.0 << false << 1.0 << int(TimerList::Clamp::Negative);
        QTest::newRow("nan") << nan << false << 1.0 << int(TimerList::Clamp::NotANumber);
        QTest::newRow("overflow") << 2147483648.0 << false << 1.0 << int(TimerList::Clamp::Overflow);
        QTest::newRow("max") << 2147483647.0 << false << 2147483647.0 << int(TimerList::Clamp::None);
        QTest::newRow("fraction kept until insert") << 1.9 << false << 1.9 << int(TimerList::Clamp::None);
        QTest::newRow("ten") << 10.0 << false << 10.0 << int(TimerList::Clamp::None);
    }
    void clamp()
    {
        QFETCH(double, after);
        QFETCH(bool, undefinedDelay);
        QFETCH(double, expected);
        QFETCH(int, why);
        TimerList::Clamp reason;
        QCOMPARE(TimerList::clampDelay(after, undefinedDelay, &reason), expected);
        QCOMPARE(int(reason), why);
    }

    // Which timers fire, in which order, when the clock reaches `at`.
    void order_data()
    {
        QTest::addColumn<QList<double>>("delays");
        QTest::addColumn<double>("at");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fifo within one duration") << QList<double>{1, 1, 1} << 5.0 << "t0 | t1 | t2";
        QTest::newRow("fraction truncated joins the 1 ms list") << QList<double>{1, 1.9, 1} << 5.0 << "t0 | t1 | t2";
        QTest::newRow("shorter list first") << QList<double>{10, 5} << 20.0 << "t1 | t0";
        QTest::newRow("only due timers") << QList<double>{10, 5, 30} << 12.0 << "t1 | t0";
        QTest::newRow("nothing due") << QList<double>{10} << 9.0 << "";
        QTest::newRow("earlier expiry first") << QList<double>{2, 1} << 2.0 << "t1 | t0";
    }
    void order()
    {
        QFETCH(QList<double>, delays);
        QFETCH(double, at);
        QFETCH(QString, expected);
        FakeHost host;
        TimerList timers(&host);
        for (int i = 0; i < delays.size(); ++i) {
            Timer *t = timers.create(delays[i], false, true);
            host.names[t->id] = QStringLiteral("t%1").arg(i);
        }
        timers.processTimers(at);
        QCOMPARE(host.log.join(u' '), expected);
    }

    void equalExpiryDifferentStart()
    {
        // Created 1 ms apart, a 2 ms and a 1 ms timer expire together; the older list wins.
        FakeHost host;
        TimerList timers(&host);
        Timer *a = timers.create(2, false, true);
        host.names[a->id] = QStringLiteral("a");
        host.clock = 1;
        Timer *b = timers.create(1, false, true);
        host.names[b->id] = QStringLiteral("b");
        QCOMPARE(timers.processTimers(2), 0.0);
        QCOMPARE(host.log.join(u' '), QStringLiteral("a | b"));
    }

    void returnsNextExpiry()
    {
        FakeHost host;
        TimerList timers(&host);
        timers.create(5, false, true);
        Timer *later = timers.create(50, false, true);
        QCOMPARE(timers.processTimers(6), 50.0);
        timers.setRefed(later, false);
        QCOMPARE(timers.processTimers(7), -50.0);
        QCOMPARE(timers.processTimers(60), 0.0);
        QCOMPARE(timers.activeCount(), std::size_t(0));
        QCOMPARE(timers.listCount(), std::size_t(0));
    }

    void schedulesOnlyEarlierExpiries()
    {
        FakeHost host;
        TimerList timers(&host);
        timers.create(50, false, true);
        timers.create(100, false, true);
        timers.create(10, false, true);
        QCOMPARE(host.scheduled, (std::vector<double>{50, 10}));
    }

    void intervalRepeatsFromNow()
    {
        FakeHost host;
        TimerList timers(&host);
        Timer *t = timers.create(10, true, true);
        host.names[t->id] = QStringLiteral("i");
        QCOMPARE(timers.processTimers(10), 20.0);
        QCOMPARE(timers.processTimers(15), 20.0);
        QCOMPARE(timers.processTimers(21), 31.0); // re-inserted with start = now
        QCOMPARE(host.log.join(u' '), QStringLiteral("i i"));
        QCOMPARE(timers.refCount(), 1);
    }

    void cancelBeforeFiring()
    {
        FakeHost host;
        TimerList timers(&host);
        Timer *a = timers.create(1, false, true);
        Timer *b = timers.create(1, false, true);
        host.names[b->id] = QStringLiteral("b");
        timers.cancel(a);
        QCOMPARE(timers.refCount(), 1);
        timers.processTimers(5);
        QCOMPARE(host.log.join(u' '), QStringLiteral("b"));
        QCOMPARE(timers.refCount(), 0);
    }

    void cancelOtherTimerFromCallback()
    {
        FakeHost host;
        TimerList timers(&host);
        Timer *a = timers.create(1, false, true);
        Timer *b = timers.create(1, false, true);
        host.names[a->id] = QStringLiteral("a");
        host.names[b->id] = QStringLiteral("b");
        const std::uint64_t bId = b->id;
        host.onFire = [&](Timer &t) {
            if (t.id == a->id)
                timers.cancel(timers.find(bId));
            return true;
        };
        timers.processTimers(5);
        QCOMPARE(host.log.join(u' '), QStringLiteral("a"));
        QCOMPARE(timers.activeCount(), std::size_t(0));
    }

    void intervalCancelledInsideItsCallback()
    {
        // As in Deno: the interval is put back into its list once more, inert, and dropped
        // (after a tick drain) when that list comes due.
        FakeHost host;
        TimerList timers(&host);
        Timer *t = timers.create(10, true, true);
        host.names[t->id] = QStringLiteral("i");
        host.onFire = [&](Timer &timer) {
            timers.cancel(&timer);
            return true;
        };
        QCOMPARE(timers.processTimers(10), -20.0);
        QCOMPARE(timers.refCount(), 0);
        QCOMPARE(timers.activeCount(), std::size_t(1));
        host.onFire = nullptr;
        QCOMPARE(timers.processTimers(20), 0.0);
        QCOMPARE(host.log.join(u' '), QStringLiteral("i"));
        QCOMPARE(timers.activeCount(), std::size_t(0));
    }

    void timerAddedDuringProcessingWaits()
    {
        FakeHost host;
        TimerList timers(&host);
        Timer *a = timers.create(1, false, true);
        host.names[a->id] = QStringLiteral("a");
        host.onFire = [&](Timer &) {
            host.clock = 3;
            Timer *n = timers.create(1, false, true);
            host.names[n->id] = QStringLiteral("nested");
            return true;
        };
        QCOMPARE(timers.processTimers(2), 4.0);
        QCOMPARE(host.log.join(u' '), QStringLiteral("a"));
    }

    void abortStopsProcessing()
    {
        FakeHost host;
        TimerList timers(&host);
        for (int i = 0; i < 3; ++i) {
            Timer *t = timers.create(1, false, true);
            host.names[t->id] = QStringLiteral("t%1").arg(i);
        }
        host.onFire = [](Timer &) { return false; };
        QCOMPARE(timers.processTimers(5), 0.0);
        QVERIFY(timers.aborted());
        QCOMPARE(host.log.join(u' '), QStringLiteral("t0"));
    }
};

QTEST_GUILESS_MAIN(TestTimerList)
#include "tst_timerlist.moc"
