// What several test programs need: record a real run into a trace and read it back, the bundled
// examples, and the folder screenshots go to (build/<preset>/screenshots via the environment).
#pragma once

#include "runtime/run.h"
#include "trace/tracefile.h"

#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QTemporaryDir>

namespace loopscope::test {

// resources/examples/NAME.js (LOOPSCOPE_EXAMPLES_DIR is a compile definition of the test).
inline QString examplePath(const char *name)
{
#ifdef LOOPSCOPE_EXAMPLES_DIR
    return QStringLiteral(LOOPSCOPE_EXAMPLES_DIR "/%1.js").arg(QLatin1StringView(name));
#else
    return qEnvironmentVariable("LOOPSCOPE_SOURCE_DIR") + QStringLiteral("/resources/examples/%1.js").arg(QLatin1StringView(name));
#endif
}

// Runs `script` (or `source` under that name) as `loopscope run --trace` would, and reads the
// trace back. Fails the whole test program if either step fails: every caller needs the trace.
inline trace::TraceData recordRun(const QString &script, const QString &source = {})
{
    static QTemporaryDir dir;
    static int n = 0;
    RunOptions options;
    options.scriptPath = script;
    options.source = source;
    options.tracePath = dir.filePath(QStringLiteral("run%1.lstrace").arg(++n));
    options.timeoutSeconds = 20;
    Run run(options);
    QEventLoop loop;
    QObject::connect(&run, &Run::finished, &loop, &QEventLoop::quit);
    if (!run.start())
        qFatal("cannot record: %s", qPrintable(run.errorString()));
    loop.exec();
    run.wait();
    trace::TraceData data;
    QString error;
    if (!trace::readTrace(options.tracePath, &data, &error))
        qFatal("cannot read the trace: %s", qPrintable(error));
    return data;
}

inline QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("LOOPSCOPE_SCREENSHOT_DIR", QDir::tempPath());
    QDir().mkpath(dir);
    return dir;
}

} // namespace loopscope::test
