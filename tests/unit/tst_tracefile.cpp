// .lstrace files: round trips, the live writer, the size budget, a writer killed with SIGKILL,
// and every kind of bad file giving a clear error instead of a crash.
#include "trace/recorder.h"
#include "trace/synthetic.h"
#include "trace/tracefile.h"
#include "trace/tracewriter.h"

#include <QtTest/QtTest>

#include <random>
#include <thread>

#include <sqlite3.h>

using namespace loopscope::trace;

namespace {

void compareTraces(const TraceData &got, const TraceData &expected)
{
    QCOMPARE(got.events.size(), expected.events.size());
    for (std::size_t i = 0; i < got.events.size(); ++i) {
        if (!(got.events[i] == expected.events[i]))
            QFAIL(qPrintable(QStringLiteral("event %1 (seq %2) differs").arg(i).arg(expected.events[i].seq)));
    }
    QCOMPARE(got.strings, expected.strings);
    QCOMPARE(got.threads.size(), expected.threads.size());
    for (std::size_t i = 0; i < got.threads.size(); ++i) {
        QCOMPARE(got.threads[i].name, expected.threads[i].name);
        QCOMPARE(got.threads[i].kind, expected.threads[i].kind);
        QCOMPARE(got.threads[i].osId, expected.threads[i].osId);
    }
    QCOMPARE(got.callbacks.size(), expected.callbacks.size());
    for (std::size_t i = 0; i < got.callbacks.size(); ++i) {
        QCOMPARE(got.callbacks[i].id, expected.callbacks[i].id);
        QCOMPARE(got.callbacks[i].definition, expected.callbacks[i].definition);
        QCOMPARE(got.callbacks[i].label, expected.callbacks[i].label);
    }
}

// Runs SQL on a trace file as a user with the sqlite3 shell would.
bool execSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok)
        qWarning("%s", sqlite3_errmsg(db));
    sqlite3_close(db);
    return ok;
}

std::int64_t queryInt(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    std::int64_t value = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

} // namespace

class TestTraceFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(QStringLiteral("good.lstrace"));
        QString error;
        QVERIFY2(writeTrace(m_good, syntheticTrace({.events = 20'000}), &error), qPrintable(error));
    }

    void roundTrip()
    {
        const TraceData data = syntheticTrace({.events = 50'000, .seed = 7});
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.lstrace"));
        QString error;
        QVERIFY2(writeTrace(path, data, &error), qPrintable(error));
        TraceData back;
        QVERIFY2(readTrace(path, &back, &error), qPrintable(error));
        compareTraces(back, data);
        QCOMPARE(back.meta, data.meta);
        QCOMPARE(back.formatVersion, kFormatVersion);
        QVERIFY(back.complete);
        // The views a user queries give the same numbers as the packed table.
        QCOMPARE(queryInt(path, "SELECT count(*) FROM events"), std::int64_t(data.events.size()));
        QCOMPARE(queryInt(path, "SELECT t FROM events WHERE seq = 40000"), data.events[39'999].t);
        QCOMPARE(queryInt(path, "SELECT flow FROM events WHERE seq = 40000"), std::int64_t(data.events[39'999].flow));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM events_named WHERE kind = 'microtask_run_start'"),
                 std::int64_t(std::count_if(data.events.begin(), data.events.end(),
                                            [](const Event &e) { return e.kind == Kind::MicrotaskRunStart; })));
    }

    // The CPU samples of a sampler thread, a spin (idle -2) and a hang diagnostic survive the
    // file; SQL sees their names.
    void roundTripCpuSpinAndHang()
    {
        TraceData data = spinningTrace({.spinNs = 400'000'000});
        // A hang diagnostic from the worker about its foreign call (id 1), carrying its flow.
        const auto queued = std::find_if(data.events.begin(), data.events.end(),
                                         [](const Event &e) { return e.kind == Kind::ForeignCallQueued; });
        QVERIFY(queued != data.events.end());
        data.strings.push_back(QStringLiteral("worker waits for onTick"));
        Event hang = data.events.back();
        hang.seq += 1;
        hang.t += 1000;
        hang.kind = Kind::Diagnostic;
        hang.thread = 1;
        hang.value = int(DiagnosticKind::Hang);
        hang.id = queued->id2;
        hang.id2 = queued->id;
        hang.flow = queued->seq;
        hang.str = std::uint32_t(data.strings.size() - 1);
        data.events.push_back(hang);

        const QString path = m_dir.filePath(QStringLiteral("spin.lstrace"));
        QString error;
        QVERIFY2(writeTrace(path, data, &error), qPrintable(error));
        TraceData back;
        QVERIFY2(readTrace(path, &back, &error), qPrintable(error));
        compareTraces(back, data);
        QCOMPARE(back.threads[2].kind, ThreadKind::Sampler);
        const auto samples = std::count_if(data.events.begin(), data.events.end(),
                                           [](const Event &e) { return e.kind == Kind::CpuUsage; });
        QVERIFY(samples > 10);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM events_named WHERE kind = 'cpu_usage' AND thread = 'cpu sampler'"),
                 std::int64_t(samples));
        QCOMPARE(queryInt(path, "SELECT max(value) FROM events WHERE kind = 33"),
                 std::max_element(data.events.begin(), data.events.end(), [](const Event &a, const Event &b) {
                     return (a.kind == Kind::CpuUsage ? a.value : -1) < (b.kind == Kind::CpuUsage ? b.value : -1);
                 })->value);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM events_named WHERE kind = 'idle' AND value_name = 'spin'"), 1);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM events_named WHERE kind = 'diagnostic' AND value_name = 'hang'"), 1);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM threads WHERE kind = 'sampler'"), 1);
        QCOMPARE(queryInt(path, "SELECT value FROM value_names WHERE kind = 21 AND name = 'spin'"), -2);
        QCOMPARE(queryInt(path, "SELECT id FROM kinds WHERE name = 'cpu_usage'"), 33);
    }

    // Four threads record through a TraceWriter; the file holds exactly the batches the
    // listener saw, and can be read while it is being written.
    void liveWriter()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.lstrace"));
        auto recorder = std::make_shared<Recorder>();
        recorder->registerThread(ThreadKind::Engine, QStringLiteral("main"));
        recorder->defineCallback({1, QStringLiteral("{ parameters: [], result: \"void\" }"), QStringLiteral("tick")});
        std::vector<Event> seen;
        std::mutex seenMutex;
        TraceWriter writer(recorder, TraceWriter::Options{.intervalMs = 10});
        writer.setBatchListener([&](const TraceWriter::Batch &batch) {
            std::lock_guard lock(seenMutex);
            seen.insert(seen.end(), batch->begin(), batch->end());
        });
        QString error;
        TraceMeta meta;
        meta.profile = QStringLiteral("test");
        meta.scriptPath = QStringLiteral("/tmp/script.ts");
        meta.scriptText = QStringLiteral("console.log(1);\n");
        QVERIFY2(writer.start(path, meta, &error), qPrintable(error));
        recorder->record(Kind::RunStart, {.str = recorder->intern(meta.scriptPath)});
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&recorder, t] {
                recorder->registerThread(ThreadKind::Pool, QStringLiteral("worker %1").arg(t));
                for (std::uint32_t i = 0; i < 20'000; ++i) {
                    const std::uint32_t s = i % 1000 == 0 ? recorder->intern(QStringLiteral("t%1 i%2").arg(t).arg(i)) : 0;
                    recorder->record(Kind::NonblockingComplete, {.id = i, .id2 = std::uint32_t(t), .str = s});
                    if (i % 5000 == 0)
                        std::this_thread::sleep_for(std::chrono::milliseconds(15));
                }
            });
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        TraceData partial;
        QVERIFY2(readTrace(path, &partial, &error), qPrintable(error));
        QVERIFY(!partial.complete);
        for (auto &t : threads)
            t.join();
        recorder->record(Kind::RunEnd);
        writer.setMeta(QStringLiteral("exit_reason"), QStringLiteral("completed"));
        writer.finish();
        QVERIFY(writer.errorString().isEmpty());
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

        TraceData back;
        QVERIFY2(readTrace(path, &back, &error), qPrintable(error));
        QVERIFY(back.complete);
        std::sort(seen.begin(), seen.end(), [](const Event &a, const Event &b) { return a.seq < b.seq; });
        QCOMPARE(back.events.size(), std::size_t(4 * 20'000 + 2));
        QCOMPARE(back.events, seen);
        QCOMPARE(writer.stats().eventsWritten, std::uint64_t(seen.size()));
        QCOMPARE(back.threads.size(), std::size_t(5));
        QCOMPARE(back.threads[0].kind, ThreadKind::Engine);
        QCOMPARE(back.threads[1].kind, ThreadKind::Pool);
        QCOMPARE(back.callbacks.size(), std::size_t(1));
        QCOMPARE(back.callbacks[0].label, QStringLiteral("tick"));
        QCOMPARE(back.meta[QStringLiteral("exit_reason")], QStringLiteral("completed"));
        QCOMPARE(back.meta[QStringLiteral("script_text")], meta.scriptText);
        QCOMPARE(back.meta[QStringLiteral("events_lost")], QStringLiteral("0"));
        for (const Event &e : back.events) {
            if (e.str)
                QVERIFY(!back.string(e.str).isEmpty());
        }
        QCOMPARE(back.string(back.events.front().str), meta.scriptPath);
    }

    // The budget: at most 24 bytes per event on disk for a 1 M-event run, dense (0.3 s) or
    // spread out (10 s: longer times).
    void sizeBudget_data()
    {
        QTest::addColumn<double>("gap");
        QTest::newRow("1M events in 0.3 s") << 300.0;
        QTest::newRow("1M events in 10 s") << 10'000.0;
    }
    void sizeBudget()
    {
        QFETCH(double, gap);
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
        if (gap > 1000)
            QSKIP("Slow under sanitizers, and the same code as the first row");
#endif
        const TraceData data = syntheticTrace({.events = 1'000'000, .meanGapNs = gap});
        const QString path = m_dir.filePath(QStringLiteral("budget.lstrace"));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(writeTrace(path, data, &error), qPrintable(error));
        const qint64 writeMs = timer.elapsed();
        const double perEvent = double(QFileInfo(path).size()) / double(data.events.size());
        timer.restart();
        TraceData back;
        QVERIFY2(readTrace(path, &back, &error), qPrintable(error));
        const qint64 readMs = timer.elapsed();
        qInfo("%.2f bytes/event; write %lld ms, read %lld ms", perEvent, writeMs, readMs);
        QCOMPARE(back.events.size(), data.events.size());
        QCOMPARE(back.events.back(), data.events.back());
        QVERIFY2(perEvent <= 24.0, qPrintable(QString::number(perEvent)));
        QFile::remove(path);
    }

    // A recording process killed with SIGKILL leaves a file that opens and holds every batch
    // it reported committed, each thread's events a gapless prefix.
    void killedWriter()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.lstrace"));
        QProcess child;
        child.start(QStringLiteral(LOOPSCOPE_TRACE_CHILD), {path});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        std::uint64_t committed = 0;
        int commits = 0;
        QByteArray pending;
        QElapsedTimer timer;
        timer.start();
        while (commits < 8 && timer.elapsed() < 20'000) {
            child.waitForReadyRead(100);
            pending += child.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> fields = pending.left(nl).split(' ');
                pending.remove(0, nl + 1);
                if (fields.size() == 3 && fields[0] == "committed") {
                    committed = fields[1].toULongLong();
                    ++commits;
                }
            }
        }
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        QVERIFY2(commits >= 8, child.readAllStandardError().constData());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(committed > 0);

        TraceData back;
        QString error;
        QVERIFY2(readTrace(path, &back, &error), qPrintable(error));
        QVERIFY(!back.complete);
        QVERIFY2(back.events.size() >= committed,
                 qPrintable(QStringLiteral("%1 < %2").arg(back.events.size()).arg(committed)));
        std::uint32_t next[3] = {0, 0, 0};
        for (const Event &e : back.events) {
            QCOMPARE(e.kind, Kind::ConsoleOutput);
            QVERIFY(e.id == 1 || e.id == 2);
            QCOMPARE(e.id2, next[e.id]);
            QCOMPARE(e.value, std::int64_t(e.id2) * 3 + e.id);
            QCOMPARE(back.string(e.str), QStringLiteral("producer %1").arg(e.id));
            ++next[e.id];
        }
        qInfo("killed after %d commits: %llu events committed, %zu in the file", commits,
              static_cast<unsigned long long>(committed), back.events.size());
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << "missing.lstrace" << "does not exist";
        QTest::newRow("empty") << "empty.lstrace" << "is empty";
        QTest::newRow("text") << "text.lstrace" << "not an SQLite database";
        QTest::newRow("garbage") << "garbage.lstrace" << "not an SQLite database";
        QTest::newRow("header only") << "short.lstrace" << "truncated";
        for (const qint64 at : {5, 60, 100, 1000, 4096, 50'000, -4096, -1})
            QTest::addRow("truncated at %lld", at) << QStringLiteral("cut%1.lstrace").arg(at) << "truncated";
        QTest::newRow("newer user_version") << "newer1.lstrace" << "newer version";
        QTest::newRow("newer meta") << "newer2.lstrace" << "newer version";
        QTest::newRow("no format version") << "noversion.lstrace" << "no valid format_version";
        QTest::newRow("missing table") << "notable.lstrace" << "\"strings\" is missing";
        QTest::newRow("other database") << "other.lstrace" << "not a loopscope trace";
        QTest::newRow("damaged pages") << "damaged.lstrace" << "damaged";
        QTest::newRow("dangling string") << "dangling.lstrace" << "damaged";
    }
    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(name);
        QByteArray good;
        {
            QFile f(m_good);
            QVERIFY(f.open(QIODevice::ReadOnly));
            good = f.readAll();
        }
        auto write = [&path](const QByteArray &bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        };
        auto copyGood = [&] { write(good); };

        if (name == QLatin1String("empty.lstrace")) {
            write({});
        } else if (name == QLatin1String("text.lstrace")) {
            write("console.log('not a trace');\n");
        } else if (name == QLatin1String("garbage.lstrace")) {
            std::mt19937 rng(3);
            QByteArray bytes(65536, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng());
            write(bytes);
        } else if (name == QLatin1String("short.lstrace")) {
            write(good.left(60));
        } else if (name.startsWith(QLatin1String("cut"))) {
            const qint64 at = name.mid(3, name.indexOf(QLatin1Char('.')) - 3).toLongLong();
            write(good.left(at >= 0 ? at : good.size() + at));
        } else if (name == QLatin1String("newer1.lstrace")) {
            copyGood();
            QVERIFY(execSql(path, "PRAGMA user_version = 99"));
        } else if (name == QLatin1String("newer2.lstrace")) {
            copyGood();
            QVERIFY(execSql(path, "UPDATE meta SET value = '2' WHERE key = 'format_version'"));
        } else if (name == QLatin1String("noversion.lstrace")) {
            copyGood();
            QVERIFY(execSql(path, "DELETE FROM meta WHERE key = 'format_version'"));
        } else if (name == QLatin1String("notable.lstrace")) {
            copyGood();
            QVERIFY(execSql(path, "DROP VIEW events_named; DROP TABLE strings"));
        } else if (name == QLatin1String("other.lstrace")) {
            QVERIFY(execSql(path, "CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES('hello')"));
        } else if (name == QLatin1String("damaged.lstrace")) {
            // Two pages in the middle of event_data overwritten.
            QByteArray bytes = good;
            const qsizetype page = 4096, at = (bytes.size() / page / 2) * page;
            for (qsizetype i = at; i < at + 2 * page && i < bytes.size(); ++i)
                bytes[i] = char(0xA5 ^ (i & 0xff));
            write(bytes);
        } else if (name == QLatin1String("dangling.lstrace")) {
            copyGood();
            QVERIFY(execSql(path, "DELETE FROM strings WHERE id > 3"));
        }

        TraceData data;
        QString error;
        QVERIFY(!readTrace(path, &data, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(data.events.empty());
    }

    // Bytes changed anywhere give a result or an error, never a crash (run it under ASan).
    void randomDamage()
    {
        const QString path = m_dir.filePath(QStringLiteral("fuzz.lstrace"));
        QFile f(m_good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        std::mt19937 rng(11);
        int failures = 0;
        for (int round = 0; round < 60; ++round) {
            QByteArray bytes = good;
            const int spans = 1 + int(rng() % 4);
            for (int s = 0; s < spans; ++s) {
                const qsizetype at = qsizetype(rng() % std::uint32_t(bytes.size()));
                const qsizetype len = 1 + qsizetype(rng() % 64);
                for (qsizetype i = at; i < at + len && i < bytes.size(); ++i)
                    bytes[i] = char(rng());
            }
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes);
            out.close();
            TraceData data;
            QString error;
            if (!readTrace(path, &data, &error)) {
                ++failures;
                QVERIFY2(error.contains(path), qPrintable(error));
            }
        }
        qInfo("%d of 60 damaged copies refused", failures);
    }

private:
    QTemporaryDir m_dir;
    QString m_good;
};

QTEST_GUILESS_MAIN(TestTraceFile)
#include "tst_tracefile.moc"
