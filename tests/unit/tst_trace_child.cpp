// Helper of tst_tracefile's crash test: records from two threads into a TraceWriter until it is
// killed. After each commit it prints "committed <events written> <batches>" on stdout, so that
// the test knows what the file must hold at least when it kills this process.
//
// Each producer thread p records events with id = p, id2 = its counter, value = a checksum, so
// that the test can check that each thread's events in the file are a gapless prefix.
#include "trace/recorder.h"
#include "trace/tracewriter.h"

#include <atomic>
#include <cstdio>
#include <thread>

using namespace loopscope::trace;

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    auto recorder = std::make_shared<Recorder>();
    recorder->registerThread(ThreadKind::Engine, QStringLiteral("main"));
    TraceWriter writer(recorder, TraceWriter::Options{.intervalMs = 20});
    writer.setBatchListener([&writer](const TraceWriter::Batch &) {
        const TraceWriter::Stats stats = writer.stats();
        std::printf("committed %llu %llu\n", static_cast<unsigned long long>(stats.eventsWritten),
                    static_cast<unsigned long long>(stats.batches));
        std::fflush(stdout);
    });
    QString error;
    TraceMeta meta;
    meta.profile = QStringLiteral("crash-test");
    if (!writer.start(QString::fromLocal8Bit(argv[1]), meta, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::vector<std::thread> producers;
    for (std::uint32_t p = 1; p <= 2; ++p) {
        producers.emplace_back([&recorder, p] {
            recorder->registerThread(ThreadKind::Native, QStringLiteral("producer %1").arg(p));
            const std::uint32_t text = recorder->intern(QStringLiteral("producer %1").arg(p));
            for (std::uint32_t i = 0;; ++i) {
                recorder->record(Kind::ConsoleOutput, {.id = p, .id2 = i, .value = std::int64_t(i) * 3 + p, .str = text});
                // Below 100 000 events a second from both threads, so that a writer slowed down
                // by a sanitizer keeps up: batches of a few thousand events.
                if (i % 50 == 49)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
    }
    for (auto &p : producers)
        p.join(); // never: the test kills the process
    return 0;
}
