// Plain values that describe a run: what to run, how it ended. Shared by the engine, the
// command line and the GUI.
#pragma once

#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <memory>

namespace loopscope {

namespace trace {
class Recorder;
}

enum class Stream { Stdout, Stderr };

// Why a run ended. The exit code follows Deno's where Deno has one.
enum class ExitReason {
    Completed,          // nothing ref'ed was pending any more (exit code 0)
    UncaughtException,  // "error: Uncaught ..." (1)
    UnhandledRejection, // "error: Uncaught (in promise) ..." (1)
    SyntaxError,        // the module could not be parsed (1)
    LoadError,          // the script file could not be read, or an import was refused (1)
    StalledTopLevelAwait, // the top-level await can never resolve (1)
    Stopped,            // stopped by the user: Stop button or Ctrl+C (130)
    TimedOut,           // --timeout expired (124)
};

struct RunOptions {
    QString scriptPath;     // absolute or relative path of the script
    QString source;         // when non-empty, used instead of reading scriptPath
    bool writeToStdio = false; // console output goes straight to fds 1 and 2, unbuffered
    double timeoutSeconds = 0; // 0 = no limit
    // What happens to native threads still waiting for a callback when the run ends: like Deno
    // (the process is about to exit), they stay blocked; an app that lives on releases them
    // with a zero result instead, and later calls get 0 at once.
    bool releaseNativeThreadsAtEnd = true;
    // Recording (core/trace): into this file (.lstrace) when set; `record` alone keeps the events
    // in memory for a live view. Run fills `recorder`; the engine records into it when set.
    QString tracePath;
    bool record = false;
    QString profile = QStringLiteral("deno-2.9");
    std::shared_ptr<trace::Recorder> recorder;
};

struct RunResult {
    ExitReason reason = ExitReason::Completed;
    int exitCode = 0;
    QString message;        // the error text as printed, empty for a normal end
    double durationMs = 0;
};

QString exitReasonName(ExitReason reason);
int exitCodeFor(ExitReason reason);

} // namespace loopscope

Q_DECLARE_METATYPE(loopscope::Stream)
Q_DECLARE_METATYPE(loopscope::RunResult)
