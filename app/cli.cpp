#include "cli.h"
#include "cli_trace.h"

#include "runtime/output.h"
#include "runtime/profile.h"
#include "runtime/run.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSocketNotifier>
#include <QtCore/QTimer>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace loopscope::cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

void err(const QString &text)
{
    writeAll(STDERR_FILENO, (text + u'\n').toUtf8());
}

int runCommand(const QStringList &args)
{
    RunOptions options;
    options.writeToStdio = true;
    // The process ends with the run, as Deno's does: native threads still waiting for a
    // callback are not released (they would print what Deno never lets them print).
    options.releaseNativeThreadsAtEnd = false;
    QString script;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](const QString &name) -> QString {
            if (a.contains(u'='))
                return a.section(u'=', 1);
            if (i + 1 >= args.size()) {
                err(QStringLiteral("error: %1 needs a value").arg(name));
                return {};
            }
            return args[++i];
        };
        if (a == u"--timeout" || a.startsWith(u"--timeout=")) {
            bool ok = false;
            options.timeoutSeconds = value(QStringLiteral("--timeout")).toDouble(&ok);
            if (!ok || options.timeoutSeconds <= 0) {
                err(QStringLiteral("error: --timeout wants a positive number of seconds"));
                return 2;
            }
        } else if (a == u"--trace" || a.startsWith(u"--trace=")) {
            options.tracePath = value(QStringLiteral("--trace"));
            if (options.tracePath.isEmpty())
                return 2;
        } else if (a == u"--profile" || a.startsWith(u"--profile=")) {
            options.profile = value(QStringLiteral("--profile"));
            if (options.profile.isEmpty())
                return 2;
            if (!findProfile(options.profile)) {
                err(QStringLiteral("error: unknown profile \"%1\"; the profiles are:\n\n%2")
                        .arg(options.profile, profilesHelp()));
                return 2;
            }
        } else if (a.startsWith(u"--")) {
            err(QStringLiteral("error: unknown option %1\n\n%2").arg(a, usage()));
            return 2;
        } else if (script.isEmpty()) {
            script = a;
        } else {
            // Arguments after the script belong to the script; loopscope has no Deno.args yet.
            break;
        }
    }
    if (script.isEmpty()) {
        err(QStringLiteral("error: `loopscope run` needs a script\n\n") + usage());
        return 2;
    }
    options.scriptPath = script;

    // Ctrl+C and SIGTERM stop the run cleanly from the main thread.
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
    }
    Run run(options);
    // A stop ends JavaScript at once, and native threads waiting for a callback are released;
    // but native code the engine thread itself is in cannot be interrupted. If the run has not
    // ended a few seconds after a stop, the process ends without it.
    auto watchdog = [&run](ExitReason reason) {
        QTimer::singleShot(3000, qApp, [&run, reason] {
            if (!run.isRunning())
                return;
            err(QStringLiteral("error: run stopped, but the engine thread is stuck in native code; "
                               "exiting without waiting for it"));
            ::_exit(exitCodeFor(reason));
        });
    };
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &run, [&run, watchdog] {
        char buf[16];
        while (::read(g_signalPipe[0], buf, sizeof buf) > 0) {}
        run.stop(ExitReason::Stopped);
        watchdog(ExitReason::Stopped);
    });
    if (options.timeoutSeconds > 0)
        QTimer::singleShot(int(options.timeoutSeconds * 1000), qApp, [watchdog] { watchdog(ExitReason::TimedOut); });
    int exitCode = 0;
    QObject::connect(&run, &Run::finished, qApp, [&exitCode](const RunResult &result) {
        exitCode = result.exitCode;
        QCoreApplication::exit(result.exitCode);
    });
    if (!run.start()) {
        err(QStringLiteral("error: %1").arg(run.errorString()));
        return 1;
    }
    QCoreApplication::exec();
    run.wait();
    return exitCode;
}

} // namespace

QString usage()
{
    return QStringLiteral(
        "loopscope %1 — see what Deno FFI callbacks and the event loop do, and why\n"
        "\n"
        "Usage:\n"
        "  loopscope                         start the desktop app\n"
        "  loopscope FILE                    start the app with a script\n"
        "  loopscope run SCRIPT [options]    run a script headless, printing what Deno prints\n"
        "  loopscope export FILE [options]   convert a trace for Perfetto UI (JSON) or as CSV\n"
        "  loopscope summary FILE            summarize a trace: the run, counts, longest waits\n"
        "\n"
        "Options for run:\n"
        "  --timeout SECONDS   stop the run after SECONDS (exit code 124)\n"
        "  --trace FILE        record every step into FILE (.lstrace, an SQLite database;\n"
        "                      see docs/trace-format.md)\n"
        "  --profile NAME      reproduce the behaviour of an older Deno (see Profiles;\n"
        "                      default deno-2.9)\n"
        "\n"
        "Options for export:\n"
        "  --format chrome|csv Chrome Trace Event Format JSON (the default; open it in\n"
        "                      https://ui.perfetto.dev) or CSV, one row per event\n"
        "  -o OUT              the output file, - for standard output (default: FILE\n"
        "                      with .json or .csv)\n"
        "\n"
        "  -h, --help          show this help\n"
        "  -V, --version       show the version\n"
        "\n"
        "Profiles (the event-loop and FFI behaviour of each Deno that changed it):\n"
        "%2"
        "\n"
        "Exit codes of run: the script's (0, or 1 after an uncaught error), 124 on --timeout,\n"
        "130 when stopped with Ctrl+C, 2 for a bad command line.\n"
        "Exit codes of export and summary: 0, 1 when the trace cannot be read or the output\n"
        "cannot be written, 2 for a bad command line.\n")
        .arg(QStringLiteral(LOOPSCOPE_VERSION), profilesHelp());
}

bool isCommandLine(const QStringList &args)
{
    if (args.size() < 2)
        return false;
    const QString &a = args[1];
    return a == u"run" || a == u"export" || a == u"summary" || a == u"--help" || a == u"-h"
        || a == u"--version" || a == u"-V";
}

int main(const QStringList &args)
{
    const QString &command = args[1];
    if (command == u"--help" || command == u"-h") {
        writeAll(STDOUT_FILENO, usage().toUtf8());
        return 0;
    }
    if (command == u"--version" || command == u"-V") {
        writeAll(STDOUT_FILENO, QStringLiteral("loopscope %1 (V8 10.2; Deno 2.9 semantics, older ones with --profile)\n")
                                    .arg(QStringLiteral(LOOPSCOPE_VERSION))
                                    .toUtf8());
        return 0;
    }
    if (command == u"export")
        return exportCommand(args.mid(2));
    if (command == u"summary")
        return summaryCommand(args.mid(2));
    return runCommand(args.mid(2));
}

} // namespace loopscope::cli
